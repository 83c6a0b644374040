"""The public-domain calendar: the rows that become uploadable on 1 January of a year.

Institutions publish a Public Domain Day list each January. The list is exactly the rows
whose `uploadable_from` is that year — taken from the same assessment `assess` gives, so
the calendar never decides anything on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from copyright_check.assessment import RowError, Verdict, unmatched_why
from copyright_check.assessor import Assessor
from copyright_check.batch import rendered_file
from copyright_check.mapping import Mapping
from copyright_check.output import csv_line, to_json


def entries(
    path: Path, year: int, as_of: date, encoding: str | None, jobs: int, assessor: Assessor, mapping: Mapping,
) -> Iterator[dict[str, Any]]:
    """In input order. Only the rows of the year are decoded again: the rest pass by
    as counters' worth of data (flat memory on any batch).

    A row whose term ends that year may still not be uploadable on the day: a question that
    opens only once the term has run (Russia's war record, a French 'mort pour la France', a
    Soviet rehabilitation) sends it to a person then. So the batch is assessed again as of
    1 January of the year, and such a row is listed with `on_1_january` saying so and that
    day's open question first among its reasons, never as simply becoming uploadable.

    The other way round, a row that is not ok today and has no `uploadable_from` (a person
    must settle a fact first) can be ok on the day without that fact: the fact only decided
    a term that has run by then (a US photo never published whose author's death year is
    not known is PD once it is 120 years old, 17 USC 303(a), 302(e); review 16 G7). It is
    listed too, with today's verdict beside the day's, and the day's reasons — in the year it
    becomes ok only: a row already ok on 31 December of the year before is that year's, or an
    earlier one's (review 25c F5: such rows were listed in every later year)."""
    found: dict[int, dict[str, Any]] = {}
    # One byte a row (flat memory): where the row is not ok today and no year is given, its
    # verdict's place in _VERDICTS (from 1); 0 otherwise.
    waiting = bytearray()
    with rendered_file(path, "jsonl", as_of, encoding, jobs, assessor, mapping) as (_columns, rows):
        for i, r in enumerate(rows):
            if r.digest.uploadable_from == year:
                data = json.loads(r.text)
                found[i] = {"id": data["id"], "uploadable_from": year, "verdict": data["verdict"],
                            "reasons": data["reasons"], "errors": data["errors"], "on_1_january": "ok"}
            waiting.append(_VERDICTS.index(r.digest.verdict) + 1
                           if r.digest.uploadable_from is None and r.digest.verdict != Verdict.OK.value else 0)
    day = date(year, 1, 1)
    if day > as_of and (found or any(waiting)):
        with rendered_file(path, "jsonl", day, encoding, jobs, Assessor(as_of=day), mapping) as (_c, later):
            for i, r in enumerate(later):
                entry = found.get(i)
                if entry is None:
                    if i < len(waiting) and waiting[i] and r.digest.verdict == "ok":
                        data = json.loads(r.text)
                        today = _VERDICTS[waiting[i] - 1]
                        found[i] = {"id": data["id"], "uploadable_from": year, "verdict": today,
                                    "reasons": [_settled_by_time(year, today), *data["reasons"]],
                                    "errors": data["errors"], "on_1_january": data["verdict"]}
                    continue
                data = json.loads(r.text)
                entry["on_1_january"] = data["verdict"]
                if data["verdict"] != "ok":
                    open_ = [x for x in data["reasons"] if x["rule"].startswith(("needs-review", "not-ok"))]
                    entry["reasons"] = [{**x, "text": f"On 1 January {year} this row is {data['verdict']}, "
                                                      f"not uploadable: {x['text']}"} for x in open_] + entry["reasons"]
    settled = {i for i, e in found.items() if e["reasons"] and e["reasons"][0]["rule"] == _SETTLED_BY_TIME}
    eve = date(year - 1, 12, 31)
    if settled and eve > as_of:
        with rendered_file(path, "jsonl", eve, encoding, jobs, Assessor(as_of=eve), mapping) as (_c, before):
            for i, r in enumerate(before):
                if i in settled and r.digest.verdict == "ok":
                    del found[i]
    for i in sorted(found):
        yield _keyed_by_id(found[i], year)


_VERDICTS = tuple(v.value for v in Verdict)


_SETTLED_BY_TIME = "calendar-settled-by-time"


def _settled_by_time(year: int, today: str) -> dict[str, Any]:
    return {"rule": _SETTLED_BY_TIME,
            "text": f"Today this row is {today}: the fact it asks for decides only a term that has run by "
                    f"1 January {year}, so on that day it is uploadable without it (the reasons below are that "
                    "day's).", "jurisdiction": None, "source": None}


def _keyed_by_id(entry: dict[str, Any], year: int) -> dict[str, Any]:
    """An entry whose id is empty or repeats an earlier row's is not `ok` on the day, whatever
    its verdict: `--format wikitext` and `sdc` give it no file page and no claims, since an
    upload keyed by id could not tell which image the page belongs to (README, File pages;
    review 12 C7). It is needs_review, the id's error first among its reasons: a person gives
    the row an id of its own."""
    error = next((e for e in entry["errors"] if e["column"] == "id"), None)
    if error is None or entry["on_1_january"] != "ok":
        return entry
    why = unmatched_why(RowError(error["column"], error["message"]))
    entry["on_1_january"] = "needs_review"
    entry["reasons"] = [{"rule": "needs-review-id", "text": f"On 1 January {year} this row gets no file page: {why}",
                         "jurisdiction": None, "source": None}, *entry["reasons"]]
    return entry


def noting(entry: dict[str, Any], later: list[str]) -> dict[str, Any]:
    """The entry, its id added to `later` when that day's verdict is not ok (the summary)."""
    if entry["on_1_january"] != "ok":
        later.append(entry["id"] or "(a row with no id)")
    return entry


def write_json(found: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    out.write("[")
    for entry in found:
        out.write(("\n" if n == 0 else ",\n") + to_json(entry))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_csv(found: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """One line a row; the reasons' sentences joined with ' | ' (a spreadsheet's cell).
    The id came from the input, so it is neutralised against formulas as in `assess`."""
    out.write(csv_line(["id", "uploadable_from", "reasons"]))
    n = 0
    for entry in found:
        out.write(csv_line([entry["id"], str(entry["uploadable_from"]),
                             " | ".join(r["text"] for r in entry["reasons"])]))
        n += 1
    return n
