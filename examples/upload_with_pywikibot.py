"""A pre-upload check with pywikibot: assess each row of a batch, skip every row that is not
`ok` (or that has an unreadable cell, an unsafe id or one another row repeats, or no source), and upload the
others with their file page and their structured data.

    python examples/upload_with_pywikibot.py records.csv images/
    python examples/upload_with_pywikibot.py export.xlsx images/ --profile museum.yaml --sheet Urval

Give it the same --profile, --sheet, --map and --assume as the `copyright-check assess` run
that was checked: the file is then read exactly as that run read it (another sheet or other
columns would be another batch). A workbook with more than one visible sheet is refused
unless --sheet or the profile's `sheet:` names one: a spreadsheet opens on its first sheet,
which may hold every record where the institution chose a few on another.

Each row's image is `images/<id>.jpg`; the file name on Commons is the row's title with the
characters MediaWiki forbids in a title replaced, and the id added so that two photos with the
same title get two names. A file already on Commons is skipped, so a stopped run can simply be
run again. pywikibot must be installed and logged in (its own user-config.py); copyright-check
does not depend on it. Run `copyright-check assess records.csv` first to see what would be
skipped, and why.

The file is read by copyright-check's own reader (`assess_file`), not csv.DictReader: DictReader
keeps the last of two columns with one header, and knows no spreadsheet error values, hidden
rows or encodings, so a row the CLI sends to a person could be uploaded.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from copyright_check import AssessmentResult, assess_file
from copyright_check.reader import InputError

# MediaWiki's title rules (Manual:Page title): these characters cannot be in a title; a
# colon would also read as a namespace or interwiki prefix.
_NOT_IN_TITLE = re.compile(r"[#<>\[\]|{}:/\\\x00-\x1f\x7f]+")
# Also refused (MediaWiki's Help:Bad title, stored https://www.mediawiki.org/wiki/Help:Bad_title/ca):
# three tildes or more (a signature), a percent-encoded byte ("50%20"), an HTML entity
# ("Tom &amp; Jerry"); and invisible format characters (a bidi override, a zero-width
# space), which make two names that look alike two different files. Each becomes a space.
_BAD_IN_TITLE = re.compile(r"~{3,}|%[0-9A-Fa-f]{2}|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"
                           r"|[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


# MediaWiki keeps a page title in at most 255 bytes of UTF-8, the namespace ("File:") not
# counted (Manual:Page table, page_title; its message Title-invalid-too-long: "It must be no
# longer than $1 bytes in UTF-8 encoding", stored https://wiki.keyestudio.com/MediaWiki:Title-invalid-too-long;
# https://github.com/wpoa/recitation-bot/issues/15: "255 bytes according to
# https://www.mediawiki.org/wiki/Manual:Page_table#page_title"). A Greek, Cyrillic or CJK letter
# takes two or three bytes: a limit in characters let a title of 90-180 of them through too long.
_TITLE_BYTES = 255


def file_name(title: str, rid: str) -> str:
    tail = f" ({rid}).jpg"
    name = " ".join(_NOT_IN_TITLE.sub(" ", _BAD_IN_TITLE.sub(" ", title)).split())
    budget = _TITLE_BYTES - len(tail.encode("utf-8"))
    if len(name.encode("utf-8")) > budget:
        # Cut at a whole character within the bytes left beside the id and extension.
        name = name.encode("utf-8")[:max(budget, 0)].decode("utf-8", "ignore").rstrip()
    return f"File:{name or 'Untitled'}{tail}"


def upload_batch(assessed: Iterable[AssessmentResult], site: Any, page: Callable[[str], Any],
                 images: Path) -> dict[str, str]:
    """Uploads every `ok` row; returns, for each row it did not upload (or whose structured
    data it could not write after the upload), why. The whole batch
    is read first: a row whose id another row repeats, earlier or later, is never uploaded
    (two bindings of one Wikidata item, a work of two creators, are two rows with one id;
    the first alone was uploaded on its creator's death year: review 13 D11)."""
    batch = list(assessed)
    count = Counter(a.id for a in batch)
    skipped = {}
    for a in batch:
        row = a.cells
        rid, text = a.id, a.wikitext() if a.verdict.value == "ok" else ""
        why = ("verdict " + a.verdict.value if not text
               else "id not usable as a file name" if not _SAFE_ID.match(rid)
               else "id repeated in the batch" if count[rid] > 1
               else "unreadable cells" if a.errors
               else "no source on the page" if not a.source else "")
        target = None if why else page(file_name(row.get("title") or "", rid))
        if target is not None and target.exists():
            why = "already on Commons"
        if why:
            skipped[rid] = why
            continue
        try:  # pywikibot raises on any upload warning (a duplicate, a bad name): the row only
            done = site.upload(target, source_filename=str(images / f"{rid}.jpg"), text=text,
                               comment="Upload after copyright-check (verdict ok)")
        except Exception as exc:  # one refused file must not stop the batch
            done, why = False, f"upload failed: {exc}"
        if not done:
            skipped[rid] = why or "upload refused"
            continue
        try:  # the file is up: a refused claim or a lapsed token must not stop the batch either
            site.simple_request(action="wbeditentity", id=f"M{target.pageid}",
                                data=json.dumps({"claims": a.sdc()["claims"]}), token=site.tokens["csrf"],
                                summary="Copyright status from copyright-check").submit()
        except Exception as exc:
            # A rerun skips the file as already on Commons: say so, so the claims are added.
            skipped[rid] = f"uploaded, but its structured data was not written ({exc}): add it to {target.title}"
    return skipped


def options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Upload the ok rows of a batch to Commons.")
    parser.add_argument("records", help="the batch, as `copyright-check assess` took it")
    parser.add_argument("images", type=Path, help="folder of <id>.jpg")
    parser.add_argument("--profile", help="the profile the assess run used")
    parser.add_argument("--sheet", help="the spreadsheet's sheet the assess run read")
    parser.add_argument("--map", action="append", default=[], help="'THEIR COLUMN=field', as for assess")
    parser.add_argument("--assume", action="append", default=[], help="field=value, as for assess")
    return parser.parse_args(argv[1:])


def sheet_in_doubt(records: str, sheet: str | None, profile: str | None) -> str:
    """Why a workbook cannot be read without a named sheet ("" where it can): more than
    one visible worksheet, and neither --sheet nor the profile names one."""
    if sheet is not None or Path(records).suffix.lower() not in (".xlsx", ".xlsm", ".xls", ".ods"):
        return ""
    if profile is not None:
        from copyright_check.profile import load_profile

        if load_profile(Path(profile)).sheet is not None:
            return ""
    from copyright_check.sources import visible_worksheets

    visible = visible_worksheets(records)
    if len(visible) < 2:
        return ""
    return (f"{records} has {len(visible)} visible sheets ({', '.join(visible)}): "
            "name the one the assess run read with --sheet")


def main(argv: list[str]) -> int:
    args = options(argv)
    try:
        doubt = sheet_in_doubt(args.records, args.sheet, args.profile)
        # Read whole here (upload_batch reads it whole anyway): a file that cannot be read
        # raises as its rows are read, and is said in one line before anything is uploaded.
        assessed = [] if doubt else list(assess_file(args.records, profile=args.profile, sheet=args.sheet,
                                                     maps=args.map, assumes=args.assume))
    except InputError as exc:  # the one line `copyright-check assess` prints, not a traceback
        doubt = f"error: {exc}"
    if doubt:
        print(doubt, file=sys.stderr)
        return 2

    import pywikibot  # only the upload needs it

    site = pywikibot.Site("commons", "commons")
    skipped = upload_batch(assessed, site, lambda title: pywikibot.FilePage(site, title), args.images)
    for rid, why in skipped.items():
        print(f"skipped {rid}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
