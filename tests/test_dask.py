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


def test_a_repeated_id_gives_every_row_that_holds_it_an_id_error(client: Any, tmp_path: Path) -> None:
    # Review 14 E9: a Wikidata item with two creators as two bindings (Oscar Halldin d. 1948 and
    # Anna Riwkin d. 1970) is two rows with one id. A joint work runs from the last author's death
    # (Berne art. 7bis: protected in Sweden to 2040); an upload keyed by id must take neither row,
    # as assess_file marks both (9af50e1). The repeat may sit in another partition.
    path = tmp_path / "dup.csv"
    path.write_text("id,title,photographer,photographer_death_year,image_date,published_date,origin_country,"
                    "photo_kind,depicted_type\n"
                    "Q111,Stadsvy,Oscar Halldin,1948,1930,1930,SE,photographic_work,none\n"
                    "Q222,Gata,Oscar Halldin,1948,1930,1930,SE,photographic_work,none\n"
                    "Q333,Torg,Oscar Halldin,1948,1930,1930,SE,photographic_work,none\n"
                    " Q111 ,Stadsvy,Anna Riwkin,1970,1930,1930,SE,photographic_work,none\n", "utf-8")
    ddf = dd.read_csv(path, dtype=str, keep_default_na=False, blocksize=None).repartition(npartitions=2)
    assert ddf.npartitions == 2
    out = assess_dataframe(ddf, as_of=AS_OF).compute()
    errors = [[e["column"] for e in json.loads(x)] for x in out["errors"]]
    assert errors == [["id"], [], [], ["id"]]
    assert "Q111" in json.loads(out["errors"].iloc[0])[0]["message"]
    assert list(out["verdict"])[:3] == ["ok", "ok", "ok"]  # the verdicts stand; the error stops the upload
