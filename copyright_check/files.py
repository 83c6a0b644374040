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

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from copyright_check.assessor import Assessor
from copyright_check.libinput import as_date
from copyright_check.result import AssessmentResult, result_of


def assess_file(
    path: Path | str, as_of: date | str | None = None, *, encoding: str | None = None,
    profile: Path | str | None = None, assessor: Assessor | None = None,
) -> Iterator[AssessmentResult]:
    """Every row of the file, in order, as an AssessmentResult (`wikitext()`, `sdc()`,
    `explain()`): `.csv`, `.tsv`, `.xlsx`, `.xls`, `.ods`, `.json`, `.jsonl`, as the CLI
    takes them; `profile` is a profile file (`copyright-check profile`). A file the CLI
    refuses raises its InputError (the CLI's exit 2) before the first row."""
    from copyright_check.batch import assess_file as assess_rows_of
    from copyright_check.mapping import Mapping
    from copyright_check.profile import load_profile

    mapping = load_profile(Path(profile)) if profile is not None else Mapping()
    found = assessor or Assessor()
    when = as_date(as_of) or found.as_of or date.today()
    for result in assess_rows_of(path, found, when, encoding, mapping):
        yield result_of(result.assessment, result.row.cells, when, found)
