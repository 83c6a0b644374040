"""Append to examples/records.csv one real case from each jurisdiction file that the
batch does not yet exercise (its first example), so the bundled batch covers every
jurisdiction shipped. Run after adding a jurisdiction file."""

from __future__ import annotations

import csv
from pathlib import Path

from copyright_check.jurisdictions import load_all
from copyright_check.record import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "records.csv"


def main() -> None:
    with EXAMPLES.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or COLUMNS)
        rows = list(reader)
    covered = {r.get("origin_country", "") for r in rows} | {r.get("depicted_country", "") for r in rows}
    added = 0
    for code, j in load_all(ROOT / "jurisdictions").items():
        if code in covered:
            continue
        ex = j.examples[0]
        row = {c: str(ex["record"].get(c, "")) for c in header}
        row["id"] = f"EX-{code}-1"
        row["title"] = row["title"] or ex["name"][:80]
        row["collection_note"] = f"from jurisdictions/{code}.yaml examples"
        rows.append(row)
        added += 1
    with EXAMPLES.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"added {added} rows")


if __name__ == "__main__":
    main()
