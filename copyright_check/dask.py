"""Assess a Dask DataFrame of records, partition by partition (the optional `[dask]` extra).

    import dask.dataframe as dd  # type: ignore[import-not-found,unused-ignore]
    from dask.distributed import Client, LocalCluster
    from copyright_check.dask import assess_dataframe

    client = Client(LocalCluster(n_workers=4, processes=True, threads_per_worker=1))
    ddf = dd.read_csv("records-*.csv", dtype=str, keep_default_na=False)
    assess_dataframe(ddf, as_of=date(2026, 11, 24)).to_parquet("assessed/")

Each output row is its input row (the input columns, unchanged) followed by `verdict`,
`templates` (space-joined), `uploadable_from` (nullable Int64), `reasons` and `errors`
(JSON arrays, as in `--format json`). Rows keep their partition and their order.

Every row whose id another row of the frame repeats, in any partition, gets an `id` error
(as `assess_file` gives both rows of a repeated id one, 9af50e1): the rows that share an id
cannot each be matched to their file, and an upload keyed by id must not take either (a
Wikidata item with two creators as two bindings: review 14 E9). The ids are counted in a
pass of their own over the `id` column before the errors are written.

durable-rules keeps global state and is not thread-safe, so run workers as processes with
one thread each. Each worker process builds one `Assessor` per `as_of` on first use and
keeps it; a process-wide lock serialises assessment, so a threaded scheduler (Dask's
default without a Client) gives correct results too, only without parallelism.
"""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import Any

import dask.dataframe as dd  # type: ignore[import-not-found,unused-ignore]
import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
from dask.delayed import delayed  # type: ignore[import-not-found,unused-ignore]

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.assessor import Assessor
from copyright_check.output import RENAMED_PREFIX
from copyright_check.record import normalise_header, read_text
from copyright_check.textcase import lower

ASSESSMENT_COLUMNS = ("verdict", "templates", "uploadable_from", "reasons", "errors")

# One Assessor per worker process and as_of date: compiling the rules is the costly part.
_assessors: dict[date, Assessor] = {}
_lock = threading.Lock()


def _assessor(as_of: date) -> Assessor:
    found = _assessors.get(as_of)
    if found is None:
        found = _assessors[as_of] = Assessor(as_of=as_of)
    return found


def _cell(value: Any) -> str:
    """A cell as the reader would give it: text, with a missing value as empty."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():  # a year read into a float column (NaN elsewhere): 1948.0 -> "1948"
            return str(int(value))
    return str(value)


def _assess_one(assessor: Assessor, row: dict[Any, Any], as_of: date) -> Assessment:
    """Never raises: one row must never fail the partition (as in batch.assess_raw)."""
    cells = {str(k): _cell(v) for k, v in row.items()}
    try:
        return assessor.assess(cells, as_of)
    except Exception as exc:
        return Assessment(
            cells.get("id", "").strip(), Verdict.NEEDS_REVIEW, [], None,
            [Reason("row-error", "Needs review: this row could not be assessed; see errors.")],
            [RowError("(row)", f"{type(exc).__name__}: {exc}")],
        )


def _frame(pdf: Any, assessments: list[Assessment]) -> Any:
    """Every input column (one named like an output column renamed `input_<name>`, as in
    the CSV writer), then the assessment. Also builds the `meta` from an empty frame, so
    the declared and the computed dtypes cannot drift apart."""
    out = pdf.rename(columns={c: RENAMED_PREFIX + str(c) for c in pdf.columns
                              if normalise_header(str(c)) in ASSESSMENT_COLUMNS})
    index = pdf.index
    out["verdict"] = pd.Series([a.verdict.value for a in assessments], index=index, dtype=object)
    out["templates"] = pd.Series([" ".join(a.templates) for a in assessments], index=index, dtype=object)
    out["uploadable_from"] = pd.Series(
        pd.array([a.uploadable_from for a in assessments], dtype="Int64"), index=index)
    out["reasons"] = pd.Series(
        [json.dumps([r.to_dict() for r in a.reasons], ensure_ascii=False) for a in assessments],
        index=index, dtype=object)
    out["errors"] = pd.Series(
        [json.dumps([e.to_dict() for e in a.errors], ensure_ascii=False) for a in assessments],
        index=index, dtype=object)
    return out


def _assess_partition(pdf: Any, as_of: date) -> Any:
    """One pandas partition in, the same rows with their assessment out."""
    records: list[dict[Any, Any]] = pdf.to_dict("records")
    if not records:
        return _frame(pdf, [])
    with _lock:
        assessor = _assessor(as_of)
        assessments = [_assess_one(assessor, row, as_of) for row in records]
    return _frame(pdf, assessments)


def _id(value: Any) -> str:
    """A row's id as the record reads it (read_text: stripped; empty or unreadable is no id),
    in lower case: ids that differ only in case are one id, as the batch compares them
    (chunkwork.Duplicates.fingerprint: one file name on Windows and macOS)."""
    return lower(read_text("id", _cell(value))[0] or "")


def _repeated(counts: Any) -> dict[str, int]:
    """The ids that more than one row holds, with how many rows hold each (from the id
    column's value_counts over the whole frame)."""
    return {str(rid): int(n) for rid, n in counts.items() if rid and int(n) > 1}


def _mark_partition(pdf: Any, column: str, repeated: dict[str, int]) -> Any:
    """An assessed partition with an `id` error added to each row whose id is repeated."""
    if not repeated or pdf.empty:
        return pdf
    out = pdf.copy()
    errors = list(out["errors"])
    for i, value in enumerate(out[column]):
        n = repeated.get(_id(value))
        if n is not None:
            rid = read_text("id", _cell(value))[0] or ""
            listed = json.loads(errors[i])
            listed.append(RowError("id", f"id {rid!r} is held by {n} rows of the frame: the rows that share it "
                                         "cannot each be matched to their file").to_dict())
            errors[i] = json.dumps(listed, ensure_ascii=False)
    out["errors"] = pd.Series(errors, index=out.index, dtype=object)
    return out


def assess_dataframe(ddf: dd.DataFrame, as_of: date | None = None) -> dd.DataFrame:
    """Lazily assess every row of `ddf` (record columns (README); header case-insensitive).

    `as_of` defaults to today, fixed when this is called, so every worker uses one date.
    A repeated id gives each of its rows an `id` error (module docstring).
    """
    when = as_of or date.today()
    meta = _frame(ddf._meta, [])
    result: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
        _assess_partition, when, meta=meta)
    column = next((str(c) for c in ddf.columns if normalise_header(str(c)) == "id"), None)
    if column is None:
        return result
    counts = ddf[column].map(_id, meta=(column, object)).value_counts()  # type: ignore[no-untyped-call,unused-ignore]
    repeated = delayed(_repeated)(counts)
    marked: dd.DataFrame = result.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
        _mark_partition, column, repeated, meta=meta)
    return marked
