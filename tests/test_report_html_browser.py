"""The HTML report in a real browser (issue 11): headless Chromium opens the report of
examples/records.csv from disk, with no network, takes a screenshot and dumps the DOM it
built. The page must log nothing to the console (it has no script, so any message is a
refused load, a Content-Security-Policy violation or a parse problem) and must show the
counts that a recount of the JSON output gives.

Chromium is Debian's package `chromium` (`.ci/run` installs it when missing); where it
cannot be found the test is skipped, saying so.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from report_html import EXAMPLE, Report, assessed_json, recount, report

# What the environment setting CHROMIUM names, else the first of these found on PATH.
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
WIDTH, HEIGHT = 1280, 1600


def _browser() -> str:
    found = os.environ.get("CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if not found:
        pytest.skip("headless Chromium not found (install the Debian package `chromium`, as .ci/run does, "
                    "or set CHROMIUM to a Chromium binary): the browser test of the HTML report did not run")
    return found


def _open(page: Path, tmp_path: Path, screenshot: Path) -> tuple[str, list[str]]:
    """The DOM as Chromium built it, and the console messages it logged."""
    flags = ["--headless", "--disable-gpu", "--no-first-run", "--disable-quic", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-default-browser-check",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
             f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={screenshot}", "--dump-dom"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
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
