"""Library input (issue 13): what a Python caller hands over means what the caller means,
or is refused clearly; and a shared Assessor never gives different answers to threads."""

from __future__ import annotations

import math
import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 11, 24)
# Oscar Halldin (d. 1948), a Swedish photographic work: PD-old-auto-expired in 2026
# (Upphovsrättslag 43 §: life + 70; published 1925, so PD in the US).
HALLDIN = {"id": "X", "photographer": "Oscar Halldin", "photographer_death_year": "1948", "image_date": "1925",
           "published_date": "1925", "origin_country": "SE", "photo_kind": "photographic_work",
           "depicted_type": "none"}


@pytest.fixture(scope="module")
def lib() -> Assessor:
    return Assessor()


def _same(a: Any, b: Any) -> bool:
    return (a.verdict, a.templates, [r.text for r in a.reasons], a.errors) == \
        (b.verdict, b.templates, [r.text for r in b.reasons], b.errors)


# -- as_of ------------------------------------------------------------------------------------
@pytest.mark.parametrize("as_of", ["2026-11-24", " 2026-11-24 ", datetime(2026, 11, 24, 15, 30), "2026-11-24T15:30"])
def test_as_of_as_iso_string_or_datetime_is_that_date(lib: Assessor, as_of: Any) -> None:
    assert _same(lib.assess(HALLDIN, as_of), lib.assess(HALLDIN, AS_OF))


def test_as_of_given_to_the_assessor_is_read_the_same_way() -> None:
    assert Assessor(as_of="2026-11-24").as_of == AS_OF
    assert Assessor(as_of=datetime(2026, 11, 24, 1, 2)).as_of == AS_OF


@pytest.mark.parametrize("as_of,error", [("yesterday", ValueError), ("24/11/2026", ValueError),
                                         (2026, TypeError), (1.5, TypeError), (b"2026-11-24", TypeError)])
def test_as_of_that_is_not_a_date_is_refused_clearly(lib: Assessor, as_of: Any, error: type) -> None:
    with pytest.raises(error, match="as_of"):
        lib.assess(HALLDIN, as_of)


@pytest.mark.parametrize("row", ["id,title", None, ["id", "1"]])
def test_a_row_that_is_not_a_mapping_is_refused_clearly(lib: Assessor, row: Any) -> None:
    with pytest.raises(TypeError, match="mapping"):
        lib.assess(row, AS_OF)


# -- cells --------------------------------------------------------------------------------------
@pytest.mark.parametrize("missing", [None, float("nan"), ""])
def test_nan_and_none_cells_are_unknown(lib: Assessor, missing: Any) -> None:
    a = lib.assess({**HALLDIN, "photographer_death_year": missing}, AS_OF)
    assert _same(a, lib.assess({**HALLDIN, "photographer_death_year": ""}, AS_OF))
    assert a.verdict is not Verdict.OK and not a.errors  # unknown, not a bad cell


@pytest.mark.parametrize("year", [1948, 1948.0, b"1948", bytearray(b"1948")])
def test_numbers_and_bytes_mean_their_year(lib: Assessor, year: Any) -> None:
    a = lib.assess({**HALLDIN, "photographer_death_year": year}, AS_OF)
    assert _same(a, lib.assess(HALLDIN, AS_OF)) and a.verdict is Verdict.OK


def test_bytes_that_are_not_utf8_are_a_per_cell_error(lib: Assessor) -> None:
    a = lib.assess({**HALLDIN, "photographer": b"Halldin \xff"}, AS_OF)
    assert [e.column for e in a.errors] == ["photographer"] and "UTF-8" in a.errors[0].message


@pytest.mark.parametrize("cell", ["Åström och Riwkin".encode("latin-1"), b"Oscar Halldin m.fl. \xe9",
                                  b"Halldin \xff"])
def test_an_ok_never_rests_on_a_person_cell_read_as_unknown(lib: Assessor, cell: bytes) -> None:
    # Review 10, F3: read as unknown, the cell could not be checked for a second author
    # ("och": and) or a doubt; the term of a joint work runs from the death of the last
    # surviving author (Directive 2006/116/EC art. 1(2)), so the death year beside it carries
    # no ok, as the batch reader's unreadable cell (needs-review-unreadable-cells). The error
    # reaches the rules: it was once listed after an ok assessment.
    a = lib.assess({**HALLDIN, "photographer": cell}, AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer"]
    depicted = {**HALLDIN, "licence": "CC BY-SA 4.0", "image_date": "2020", "published_date": "2020",
                "photographer_death_year": "", "depicted_country": "FR", "depicted_type": "building",
                "depicted_creator": "Boileau et Carlu, architectes associés".encode("cp1252"),
                "depicted_creator_death_year": "1948", "depicted_date": "1937", "depicted_setting": "outdoor_public",
                "depicted_permanent": "yes"}
    assert lib.assess(depicted, AS_OF).verdict is Verdict.NEEDS_REVIEW


def test_text_bytes_are_decoded_as_utf8(lib: Assessor) -> None:
    a = lib.assess({**HALLDIN, "title": "Kyrka i Västerås".encode(), "origin_country": b"Sverige"}, AS_OF)
    assert _same(a, lib.assess(HALLDIN, AS_OF))


def test_numpy_scalars_mean_what_they_hold(lib: Assessor) -> None:
    np = pytest.importorskip("numpy")
    base = lib.assess(HALLDIN, AS_OF)
    for year in (np.int64(1948), np.float64(1948.0), np.float32(1948.0), np.int32(1948)):
        assert _same(lib.assess({**HALLDIN, "photographer_death_year": year}, AS_OF), base), type(year)
    unknown = lib.assess({**HALLDIN, "photographer_death_year": np.nan}, AS_OF)
    assert _same(unknown, lib.assess({**HALLDIN, "photographer_death_year": None}, AS_OF))
    assert math.isnan(np.nan)


def test_pandas_missing_values_are_unknown(lib: Assessor) -> None:
    pd = pytest.importorskip("pandas")
    unknown = lib.assess({**HALLDIN, "photographer_death_year": None}, AS_OF)
    for missing in (pd.NA, pd.NaT, float("nan")):
        assert _same(lib.assess({**HALLDIN, "photographer_death_year": missing}, AS_OF), unknown), missing
    row = pd.DataFrame([{**HALLDIN, "photographer_death_year": 1948.0}]).iloc[0]
    assert lib.assess(row.to_dict(), AS_OF).verdict is Verdict.OK


# -- threads ------------------------------------------------------------------------------------
def test_shared_assessor_gives_every_thread_the_serial_answer() -> None:
    """durable-rules keeps process-wide state: without the lock, threads swap answers."""
    shared = Assessor(as_of=AS_OF, cache_size=1, row_cache_size=1)  # every row reaches the engine
    rows = [{**HALLDIN, "id": f"{i}", "photographer_death_year": str(1900 + i % 120),
             "origin_country": ("SE", "FR", "US", "DE")[i % 4], "published_date": str(1890 + i % 130)}
            for i in range(120)]
    expected = {r["id"]: Assessor(as_of=AS_OF).assess(r) for r in rows}
    found: dict[str, list[Any]] = {r["id"]: [] for r in rows}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(offset: int) -> None:
        try:
            start.wait()
            for r in rows[offset:] + rows[:offset]:
                found[r["id"]].append(shared.assess(r))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k * 15,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    for rid, answers in found.items():
        assert len(answers) == 8
        assert all(_same(a, expected[rid]) for a in answers), rid


def test_a_list_cell_is_its_value_or_its_values_joined(lib: Assessor) -> None:
    # A caller's multi-valued field (an API's "year": ["1925"]): one value is that value;
    # two photographers beside one death year are seen as two (test_person_cells.py).
    listed = {k: [v] if k != "id" else v for k, v in HALLDIN.items()}
    assert _same(lib.assess(listed, AS_OF), lib.assess(HALLDIN, AS_OF))
    two = lib.assess({**HALLDIN, "photographer": ["Oscar Halldin", "Anna Riwkin"]}, AS_OF)
    assert two.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in two.errors] == ["photographer_death_year"]


# A query service's xsd:dateTime parsed by pandas (pd.to_datetime('1950-01-01T00:00:00Z') is
# Timestamp('1950-01-01 00:00:00+0000', tz='UTC'); a datetime with a time zone here) may stand for
# a decade (Wikidata Help:Dates, "January 1 as date"): the library reads it as the command line
# reads its ISO text, 1950-1959, so a death "in the 1950s" is no ok on 1950 (review 12 C3).
def test_a_time_zone_aware_first_of_january_is_read_as_the_query_services_text(lib: Assessor) -> None:
    row = {**HALLDIN, "photographer_death_year": datetime(1950, 1, 1, tzinfo=UTC)}
    a = lib.assess(row, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    # A day, or a naive datetime (a spreadsheet's date cell), stays its year.
    for value in (datetime(1948, 6, 3, tzinfo=UTC), datetime(1948, 1, 1)):
        b = lib.assess({**HALLDIN, "photographer_death_year": value}, as_of=AS_OF)
        assert b.templates == ["{{PD-old-auto-expired|deathyear=1948}}"]
