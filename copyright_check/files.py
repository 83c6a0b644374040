"""A whole export file assessed for an upload script, read exactly as `copyright-check assess`
reads it.

An upload script that reads the file itself (csv.DictReader, pandas) hands the library rows
from which part of the file is already gone: DictReader keeps the *last* of two columns with
one header (a second photographer's name then stands beside the first one's death year) and
neither knows a spreadsheet's hidden rows, its error values, its date-formatted years or the
file's encoding. Review 12 (C1) found the shipped example uploading such rows that the CLI
sends to a person. This reads the file with the CLI's own reader (every format, the encoding
detection, a profile), so each row's result carries the same errors, the same duplicate-id
error and the same verdict as the CLI's line for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from copyright_check.assessment import RowError
from copyright_check.assessor import Assessor
from copyright_check.libinput import as_date
from copyright_check.record import read_text
from copyright_check.result import AssessmentResult, result_of
from copyright_check.textcase import lower

if TYPE_CHECKING:
    from copyright_check.mapping import Mapping


def assess_file(
    path: Path | str, as_of: date | str | None = None, *, encoding: str | None = None,
    profile: Path | str | None = None, assessor: Assessor | None = None, sheet: str | None = None,
    maps: Iterable[str] = (), assumes: Iterable[str] = (),
) -> Iterator[AssessmentResult]:
    """Every row of the file, in order, as an AssessmentResult (`wikitext()`, `sdc()`,
    `explain()`): `.csv`, `.tsv`, `.xlsx`, `.xls`, `.ods`, `.json`, `.jsonl`, as the CLI
    takes them; `profile` is a profile file (`copyright-check profile`), `sheet`, `maps`
    ('THEIR COLUMN=field') and `assumes` ('field=value') are `assess`'s --sheet, --map and
    --assume, so that an upload script reads the batch as the `assess` run did. A file the
    CLI refuses raises its InputError (the CLI's exit 2) before the first row."""
    from copyright_check.batch import assess_file as assess_rows_of
    from copyright_check.profile import mapping_for

    mapping = mapping_for(profile, maps, assumes, sheet)
    found = assessor or Assessor()
    when = as_date(as_of) or found.as_of or date.today()
    if str(path) == "-":  # read once: the results are kept until the ids are all seen
        read = [(result_of(r.assessment, r.row.cells, when, found), r.row.line)
                for r in assess_rows_of(path, found, when, encoding, mapping)]
        again = _recurring((r.id, line) for r, line in read)
        results = [r for r, _ in read]
        for i, kept in enumerate(results):
            _mark(kept, again.get(i))
            yield kept
        return
    again = _recurring(_ids(path, encoding, mapping))
    for i, result in enumerate(assess_rows_of(path, found, when, encoding, mapping)):
        out = result_of(result.assessment, result.row.cells, when, found)
        _mark(out, again.get(i))
        yield out


def _ids(path: Path | str, encoding: str | None, mapping: Mapping) -> Iterator[tuple[str, int]]:
    """Each row's id as the record reads it, with the row's line, in file order."""
    from copyright_check.batch import prepared_rows

    for row, _ in prepared_rows(path, encoding, mapping):
        yield read_text("id", row.cells.get("id"))[0] or "", row.line


def _recurring(ids: Iterable[tuple[str, int]]) -> dict[int, tuple[str, int]]:
    """The row number (from 0) of each id's first row where a later row repeats it -> the id
    and the later row's line. Ids that differ only in case are one id, as the batch compares
    them (chunkwork.Duplicates.fingerprint: one file name on Windows and macOS)."""
    first: dict[str, int] = {}
    again: dict[int, tuple[str, int]] = {}
    for i, (rid, line) in enumerate(ids):
        if rid:
            j = first.setdefault(lower(rid), i)
            if j != i and j not in again:
                again[j] = (rid, line)
    return again


def _mark(result: AssessmentResult, later: tuple[str, int] | None) -> None:
    """The first row of a repeated id gets an id error too, as the repeat does (README, File
    pages): the CLI streams the file and sees the repeat only after writing the first row,
    but an upload script reading the whole file must not upload either. Review 13 D11: a
    Wikidata query's two bindings of one item (a work of two creators) were two rows with
    one id, and the first was uploaded on the first creator's death year."""
    if later is not None:
        result.errors.append(RowError("id", f"id {later[0]!r} repeats on a later row (line {later[1]}): "
                                            "the rows that share it cannot each be matched to their file"))
