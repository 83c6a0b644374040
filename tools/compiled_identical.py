"""The compiled build must write what the pure-Python source writes, byte for byte.

`pip install .` compiles the hot modules with mypyc (README, "Compiled build"). mypyc keeps
Python's semantics where the annotations are true, and raises or differs where they lie, so CI
proves the two agree on real output: every format (with its `--summary`) of the example batch
and of a generated batch of realistic and of hostile rows, as of one fixed date.

Run from the repository root with the venv's Python after `pip install .`:
`.venv/bin/python tools/compiled_identical.py [--realistic N] [--hostile N]`. The pure side runs
the checkout's sources (`python -m`, from the root: they shadow the installed package); the
compiled side runs the installed package from outside the checkout (`python -P`). Exit 1 on any
difference, or if the installed package is not compiled (`--allow-pure` accepts that, for a
machine without a C compiler).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("jsonl", "json", "csv", "table", "wikitext", "sdc", "html")
AS_OF = "2026-11-24"
PROBE = "facts"  # a module in the compiled list (pyproject.toml, hooks.custom.include)


def _where(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    probe = f"import copyright_check.{PROBE} as m; print(m.__file__)"
    return subprocess.run([sys.executable, *args, "-c", probe], cwd=cwd, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def _generate(out: Path, rows: int, hostile: bool) -> Path:
    path = out / f"{'hostile' if hostile else 'realistic'}-{rows}.csv"
    cmd = [sys.executable, "-m", "benchmarks.generate", "--rows", str(rows), "--output", str(path)]
    subprocess.run([*cmd, "--hostile"] if hostile else cmd, cwd=ROOT, check=True)
    return path


def _assess(args: list[str], cwd: Path, env: dict[str, str], path: Path, fmt: str, out: Path) -> bytes:
    """Runs one assessment; returns its exit status and error text (compared as well)."""
    target = out / f"{path.stem}.{fmt}"
    proc = subprocess.run(
        [sys.executable, *args, "-m", "copyright_check.cli", "assess", str(path), "--as-of", AS_OF,
         "--format", fmt, "--output", str(target), "--summary", f"{target}.summary.json", "--quiet"],
        cwd=cwd, env=env, capture_output=True)
    return f"exit {proc.returncode}\n".encode() + proc.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realistic", type=int, default=3000, help="generated realistic rows")
    parser.add_argument("--hostile", type=int, default=2000, help="generated hostile rows")
    parser.add_argument("--allow-pure", action="store_true", help="accept an installed package not compiled")
    opts = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    pure_env = {**env, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="compiled-identical-") as tmp:
        work = Path(tmp)
        pure_file = _where([], ROOT, pure_env)
        compiled_file = _where(["-P"], work, env)
        print(f"pure: {pure_file}\ncompiled: {compiled_file}")
        if not pure_file.endswith(".py"):
            print("error: the checkout's sources are not what `python -m` runs from the root "
                  "(a compiled file left in copyright_check/?)")
            return 1
        if not compiled_file.endswith((".so", ".pyd")) and not opts.allow_pure:
            print("error: the installed package is not compiled (see README, 'Compiled build')")
            return 1
        inputs = [ROOT / "examples" / "records.csv", _generate(work, opts.realistic, False),
                  _generate(work, opts.hostile, True)]
        failed = 0
        for path in inputs:
            for fmt in FORMATS:
                sides = []
                for name, args, cwd, side_env in (("pure", [], ROOT, pure_env), ("compiled", ["-P"], work, env)):
                    out = work / name
                    out.mkdir(exist_ok=True)
                    sides.append((out, _assess(args, cwd, side_env, path, fmt, out)))
                (a, a_log), (b, b_log) = sides
                names = [f"{path.stem}.{fmt}", f"{path.stem}.{fmt}.summary.json"]
                same = a_log == b_log and all(
                    (a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, shallow=False) for n in names)
                size = (a / names[0]).stat().st_size if (a / names[0]).exists() else 0
                print(f"{'identical' if same else 'DIFFERENT'}  {path.name} {fmt} ({size:,} bytes)")
                if not same:
                    failed += 1
                    print(f"  pure: {a_log.decode(errors='replace').strip()}\n"
                          f"  compiled: {b_log.decode(errors='replace').strip()}")
        print(f"{failed} of {len(inputs) * len(FORMATS)} outputs differ" if failed else "all outputs identical")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
