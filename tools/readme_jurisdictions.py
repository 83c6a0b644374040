"""Regenerate the README's jurisdiction table from jurisdictions/ (a test keeps it in step)."""

from __future__ import annotations

import re
from pathlib import Path

from copyright_check.facts import describe_term
from copyright_check.jurisdictions import Fop, load_all

ROOT = Path(__file__).resolve().parent.parent


def table() -> str:
    lines = ["| code | country | general term | photo term | FoP outdoors: buildings / sculptures |",
             "|---|---|---|---|---|"]

    def fop(entry: Fop) -> str:
        shown = {True: "yes", False: "no"}.get(entry.outdoor_public, str(entry.outdoor_public))  # type: ignore[call-overload]
        if entry.outdoor_public is not False and entry.commercial is False:
            shown += " (non-commercial only)"
        elif entry.outdoor_public is not False and entry.commercial == "disputed":
            shown += " (commercial use disputed)"
        return shown

    for j in load_all(ROOT / "jurisdictions").values():
        simple = j.terms.get("simple_photograph") or j.terms.get("photograph")
        kind = "simple photos" if "simple_photograph" in j.terms else "all photos"
        lines.append(f"| `{j.code}` | {j.name} | {describe_term(j.terms['general'])} | "
                     f"{f'{kind}: {describe_term(simple)}' if simple else '—'} | "
                     f"{fop(j.fop['building'])} / {fop(j.fop['artwork_3d'])} |")
    return "\n".join(lines)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text("utf-8")
    new = re.sub(r"(<!-- jurisdictions:start -->\n).*?(<!-- jurisdictions:end -->)",
                 lambda m: m.group(1) + table() + "\n" + m.group(2), text, flags=re.S)
    readme.write_text(new, "utf-8")


if __name__ == "__main__":
    main()
