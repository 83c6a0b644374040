"""A pre-upload check with pywikibot: assess each row of a batch, skip every row that is not
`ok`, and upload the others with their file page and their structured data.

    python examples/upload_with_pywikibot.py records.csv images/

Each row's image is `images/<id>.jpg`; the file name on Commons is the row's title. pywikibot
must be installed and logged in (its own user-config.py); copyright-check does not depend
on it. Run `copyright-check assess records.csv` first to see what would be skipped, and why.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from copyright_check import Assessor


def upload_batch(rows: Iterable[Mapping[str, str]], site: Any, page: Callable[[str], Any], images: Path) -> list[str]:
    """Uploads every `ok` row; returns the ids of the rows it skipped."""
    assessor, skipped = Assessor(), []
    for row in rows:
        a = assessor.assess(row)
        if a.verdict.value != "ok":
            skipped.append(a.id)
            continue
        target = page(f"File:{row['title']}.jpg")
        site.upload(target, source_filename=str(images / f"{a.id}.jpg"), text=a.wikitext(),
                    comment="Upload after copyright-check (verdict ok)")
        claims = a.sdc()["claims"]
        site.simple_request(action="wbeditentity", id=f"M{target.pageid}", data=json.dumps({"claims": claims}),
                            token=site.tokens["csrf"], summary="Copyright status from copyright-check").submit()
    return skipped


def main(argv: list[str]) -> int:
    import pywikibot  # only the upload needs it

    site = pywikibot.Site("commons", "commons")
    with open(argv[1], encoding="utf-8", newline="") as f:
        skipped = upload_batch(csv.DictReader(f), site, lambda title: pywikibot.FilePage(site, title), Path(argv[2]))
    print(f"skipped (not ok): {', '.join(skipped) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
