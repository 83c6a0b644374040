"""Regenerate the README's jurisdiction table from jurisdictions/ (a test keeps it in step)."""

from __future__ import annotations

import re
from pathlib import Path

from copyright_check.facts import describe_term
from copyright_check.jurisdictions import load_all

ROOT = Path(__file__).resolve().parent.parent


def table() -> str:
    lines = ["| code | country | general term | simple photos | FoP buildings / artworks (outdoor) |",
             "|---|---|---|---|---|"]

    def v(x: object) -> str:
        return "yes" if x is True else "no" if x is False else str(x)

    for j in load_all(ROOT / "jurisdictions").values():
        simple = j.terms.get("simple_photograph")
        fop = f"{v(j.fop['building'].outdoor_public)} / {v(j.fop['artwork_3d'].outdoor_public)}"
        if j.fop["artwork_3d"].commercial is False and j.fop["artwork_3d"].outdoor_public is not False:
            fop += " (non-commercial only)"
        lines.append(f"| `{j.code}` | {j.name} | {describe_term(j.terms['general'])} | "
                     f"{describe_term(simple) if simple else '—'} | {fop} |")
    return "\n".join(lines)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text("utf-8")
    new = re.sub(r"(<!-- jurisdictions:start -->\n).*?(<!-- jurisdictions:end -->)",
                 lambda m: m.group(1) + table() + "\n" + m.group(2), text, flags=re.S)
    readme.write_text(new, "utf-8")


if __name__ == "__main__":
    main()
