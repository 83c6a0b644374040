"""The HTML report in a real browser (issue 11): headless Chromium opens the report of
examples/records.csv from disk, with no network, takes a screenshot and dumps the DOM it
built. The page must log nothing to the console (it has no script, so any message is a
refused load, a Content-Security-Policy violation or a parse problem) and must show the
counts that a recount of the JSON output gives. A second run drives the page over the
DevTools protocol and clicks each verdict filter.

Chromium is Debian's package `chromium` (`.ci/run` installs it when missing); where it
cannot be found the test is skipped, saying so.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from report_html import EXAMPLE, Report, assessed_json, recount, report

# What the environment setting CHROMIUM names, else the first of these found on PATH.
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WIDTH, HEIGHT = 1280, 1600
TIMEOUT_S = 60


def _browser() -> str:
    found = os.environ.get("CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not found:
        pytest.skip("headless Chromium not found (install the Debian package `chromium`, as .ci/run does, "
                    "or set CHROMIUM to a Chromium binary): the browser test of the HTML report did not run")
    return found


HEADLESS = ["--headless", "--disable-gpu", "--no-first-run", "--disable-quic", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-default-browser-check",
            f"--window-size={WIDTH},{HEIGHT}"]


def _flags(tmp_path: Path) -> list[str]:
    flags = [*HEADLESS, f"--user-data-dir={tmp_path / 'profile'}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
    return flags


def _open(page: Path, tmp_path: Path, screenshot: Path) -> tuple[str, list[str]]:
    """The DOM as Chromium built it, and the console messages it logged."""
    flags = [*_flags(tmp_path), "--enable-logging=stderr", "--v=0", f"--screenshot={screenshot}", "--dump-dom"]
    done = subprocess.run([_browser(), *flags, page.as_uri()], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line]


def _pixels(png: bytes, first: int) -> tuple[int, int, list[bytes]]:
    """Width, height and the `first` scanlines (unfiltered, RGB) of an 8-bit, non-interlaced
    RGB or RGBA PNG (what Chromium writes), read with zlib only (PNG spec, ISO/IEC 15948,
    9: filters); every chunk's CRC and the image data's length are checked. Only the top
    lines are decoded: this is pure Python, and the top holds the title and the counts."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(png):
        (length,), kind = struct.unpack(">I", png[pos:pos + 4]), png[pos + 4:pos + 8]
        data = png[pos + 8:pos + 8 + length]
        assert zlib.crc32(kind + data) == struct.unpack(">I", png[pos + 8 + length:pos + 12 + length])[0]
        if kind == b"IHDR":
            header = data
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "an 8-bit RGB(A) PNG"
    bpp = 3 if colour == 2 else 4
    raw, stride, lines = zlib.decompress(idat), width * bpp, []
    assert len(raw) == height * (stride + 1), "image data of the size the header gives"
    prev = bytearray(stride)
    for y in range(min(first, height)):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pred = (a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c)
                    else c)
            line[i] = (line[i] + (0, a, b, (a + b) // 2, pred)[kind]) & 0xFF
        lines.append(bytes(line[j] for j in range(stride) if bpp == 3 or j % 4 != 3))  # drop alpha
        prev = line
    return width, height, lines


def test_report_opens_in_chromium_without_console_errors_and_shows_the_counts(tmp_path: Path) -> None:
    _browser()
    page = tmp_path / "report.html"
    report(EXAMPLE, tmp_path)  # writes tmp_path/report.html
    screenshot = tmp_path / "report.png"
    dom, console = _open(page, tmp_path, screenshot)
    assert console == [], "the browser's console:\n" + "\n".join(console)
    # The counts as the browser's DOM holds them, against a recount of the JSON output.
    shown = Report(dom)
    rows = assessed_json(EXAMPLE, tmp_path)
    assert shown.counts == recount(rows)
    assert len(shown.rows) == len(rows)
    # A real picture: the size asked for, and not blank (several colours at the top, where
    # the title and the counts are, and a good share of its pixels not the background).
    width, height, lines = _pixels(screenshot.read_bytes(), 240)
    assert (width, height) == (WIDTH, HEIGHT)
    colours = {line[i:i + 3] for line in lines[::8] for i in range(0, len(line), 3 * 8)}
    assert len(colours) > 10
    background = lines[0][:3]
    drawn = sum(1 for line in lines[::4] for i in range(0, len(line), 3 * 4) if line[i:i + 3] != background)
    assert drawn > 0.02 * (len(lines[::4]) * len(range(0, len(lines[0]), 12)))


class DevTools:
    """Chromium driven over its DevTools protocol on a pipe (`--remote-debugging-pipe`: it
    reads commands on fd 3 and answers on fd 4, each a JSON message ending in NUL): the
    standard library only, no port, no driver package. Console calls, uncaught exceptions
    and log entries (a refused load, a CSP violation) are kept in `problems`."""

    def __init__(self, browser: str, tmp_path: Path) -> None:
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()
        # Above 9 so that placing them on 3 and 4 in the child cannot overwrite one another.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]

        def place() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        # preexec_fn: the pipes must be fds 3 and 4 in the child, which pass_fds alone cannot do.
        self._proc = subprocess.Popen(
            [browser, *_flags(tmp_path), "--remote-debugging-pipe", "about:blank"], pass_fds=(3, 4),
            preexec_fn=place, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_browser, from_browser, *high):
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        page = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self._session = self.call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})[
            "sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def _message(self) -> dict[str, Any]:
        """The next message; a browser that says nothing for a minute fails the test, not hangs it."""
        while b"\0" not in self._buffer:
            if not select.select([self._replies], [], [], TIMEOUT_S)[0]:
                raise TimeoutError(f"Chromium sent nothing on the DevTools pipe for {TIMEOUT_S} s")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, params: dict[str, Any] | None = None, session: bool = False) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self._next:
                assert "error" not in reply, reply
                result: dict[str, Any] = reply["result"]
                return result
            self.events.append(reply)

    def open(self, url: str) -> None:
        self.call("Page.navigate", {"url": url}, session=True)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._message())

    def evaluate(self, expression: str) -> Any:
        found = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        assert "exceptionDetails" not in found, found["exceptionDetails"]
        return found["result"].get("value")

    @property
    def problems(self) -> list[dict[str, Any]]:
        kinds = ("Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded")
        return [e["params"] for e in self.events if e.get("method") in kinds]

    def __enter__(self) -> DevTools:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        with contextlib.suppress(OSError, EOFError):
            self.call("Browser.close")
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._commands)
        os.close(self._replies)


# The ids of the rows the table shows now (not hidden by the filter's style).
VISIBLE = ("[...document.querySelectorAll('table.rows tbody tr')]"
           ".filter(r => getComputedStyle(r).display !== 'none').map(r => r.cells[0].textContent)")


def test_the_verdict_filter_shows_exactly_the_rows_of_that_verdict(tmp_path: Path) -> None:
    """Filterable by verdict (issue 11) without a script: a click on a filter's label shows
    the rows with that verdict (or with unreadable cells), in input order, and hides the rest."""
    browser = _browser()
    report(EXAMPLE, tmp_path)
    rows = assessed_json(EXAMPLE, tmp_path)
    expected = {"all": [r["id"] for r in rows], "err": [r["id"] for r in rows if r["errors"]]}
    expected |= {v: [r["id"] for r in rows if r["verdict"] == v] for v in ("ok", "not_ok", "needs_review")}
    with DevTools(browser, tmp_path) as chromium:
        chromium.open((tmp_path / "report.html").as_uri())
        assert chromium.evaluate(VISIBLE) == expected["all"]
        for choice in ("ok", "not_ok", "needs_review", "err", "all"):
            chromium.evaluate(f"document.querySelector('label[for=show-{choice}]').click()")
            assert chromium.evaluate(VISIBLE) == expected[choice], choice
        assert chromium.problems == []
