"""Print a register entry (rules/templates.yaml) for each template name a data file emits
that the register does not hold yet (`--write` adds them to it): run after adding a
jurisdiction file, then check each
name against its Commons page, fill `seen` with the copy read and set `status: current`.

The stub is `unconfirmed` and carries the conditions of its kind (a country PD tag needs a
US tag beside it; a FoP tag the photo's own licence), so a new name is never looser than
the register's rules."""

from __future__ import annotations

import sys
from pathlib import Path

from copyright_check.register import emitted_names, load_register

ROOT = Path(__file__).resolve().parent.parent
REGISTER = ROOT / "rules" / "templates.yaml"
# With --write the stubs go into the register, under this heading (before its families).
_HEADING = "  # -- named by new files, not yet checked against Commons (tools/register_missing.py) --\n"
_FAMILIES = "\n# Template families"
_KIND_CONDITIONS = {"pd_country": "[us_tag_beside]", "fop": "[photo_licence_beside]"}


def stub(name: str, where: list[str]) -> str:
    kind = "fop" if name.startswith("FoP-") else "pd_country"
    page = "https://commons.wikimedia.org/wiki/Template:" + name.replace(" ", "_")
    files = ", ".join(sorted({w.split(":")[0] for w in where}))
    return (f"  - name: {name}\n    kind: {kind}\n    page: \"{page}\"\n    seen: \"\"\n"
            f"    status: unconfirmed\n    conditions: {_KIND_CONDITIONS[kind]}\n"
            f"    note: \"Named by {files}; not yet checked against a copy of its Commons page.\"\n")


def main() -> None:
    register = load_register(REGISTER)
    missing: dict[str, list[str]] = {}
    for name, where in emitted_names(ROOT / "rules", ROOT / "jurisdictions"):
        if register.find(name) is None:
            missing.setdefault(name, []).append(where)
    stubs = "".join(stub(name, where) for name, where in sorted(missing.items()))
    if "--write" not in sys.argv[1:]:
        print(stubs, end="")
        return
    text = REGISTER.read_text("utf-8")
    if stubs:
        at = text.index(_HEADING) + len(_HEADING) if _HEADING in text else text.index(_FAMILIES)
        block = stubs if _HEADING in text else "\n" + _HEADING + stubs
        REGISTER.write_text(text[:at] + block + text[at:], "utf-8")
    print(f"{len(missing)} name(s) added to {REGISTER.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
