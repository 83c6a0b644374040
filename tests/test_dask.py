"""copyright_check.dask on a real two-process LocalCluster gives, row for row and in order,
the verdicts of the batch path (`assess_file`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("dask.distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from copyright_check.batch import assess_file  # noqa: E402
from copyright_check.dask import assess_dataframe  # noqa: E402

AS_OF = date(2026, 11, 24)
RECORDS = Path(__file__).resolve().parent.parent / "examples" / "records.csv"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # durable-rules is not thread-safe: worker processes, one thread each.
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dataframe_matches_assess_file(client: Any) -> None:
    expected = [(r.assessment.id, r.assessment.verdict.value, r.assessment.uploadable_from)
                for r in assess_file(RECORDS, None, AS_OF)]
    ddf = dd.read_csv(RECORDS, dtype=str, keep_default_na=False, blocksize=None).repartition(npartitions=3)
    assert ddf.npartitions >= 2
    out = assess_dataframe(ddf, as_of=AS_OF).compute()

    assert len(out) == len(expected) > 30
    got = [(i, v, None if pd.isna(u) else int(u))
           for i, v, u in zip(out["id"], out["verdict"], out["uploadable_from"], strict=True)]
    assert got == expected
    # The input columns pass through, then the assessment columns.
    assert list(out.columns)[:2] == ["id", "title"]
    assert list(out.columns)[-5:] == ["verdict", "templates", "uploadable_from", "reasons", "errors"]
    assert str(out["uploadable_from"].dtype) == "Int64"
    for reasons, errors in zip(out["reasons"], out["errors"], strict=True):
        assert json.loads(reasons) and isinstance(json.loads(errors), list)
    ok = out[out["verdict"] == "ok"]
    assert all(t.startswith("{{") for t in ok["templates"])


def test_meta_matches_computed_dtypes(client: Any) -> None:
    ddf = dd.read_csv(RECORDS, dtype=str, keep_default_na=False, blocksize=None).repartition(npartitions=2)
    lazy = assess_dataframe(ddf, as_of=AS_OF)
    out = lazy.compute()
    assert dict(lazy.dtypes) == dict(out.dtypes)


def test_dataframe_keeps_input_columns_named_like_ours(client: Any) -> None:
    pdf = pd.DataFrame([{"id": "A", "verdict": "old", "Errors": "old error", "origin_country": "SE"}])
    out = assess_dataframe(dd.from_pandas(pdf, npartitions=1), as_of=AS_OF).compute()
    assert list(out.columns)[:4] == ["id", "input_verdict", "input_Errors", "origin_country"]
    assert out["input_verdict"].iloc[0] == "old" and out["verdict"].iloc[0] in {"ok", "not_ok", "needs_review"}
