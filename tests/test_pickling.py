"""What crosses to a worker process survives pickling as it is, in the pure-Python package
and in the compiled build (copyright_check/pickling.py): a record carrying notes or an error
is sent to a worker even when workers are forked; the plan (layout, mapping) when they are
spawned. Compiled by mypyc, a frozen dataclass unpickled by the default route refused to set
its own fields."""

from __future__ import annotations

import copy
import pickle

from copyright_check.batch import Plan
from copyright_check.mapping import Assumption, Mapping
from copyright_check.reader import Layout
from copyright_check.records_cut import RawRecord
from copyright_check.sources import SourceRecord


def _round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_a_record_with_notes_reaches_a_worker_unchanged() -> None:
    record = RawRecord(7, "a,b\n", unclosed=True, notes=("the quote is never closed",))
    assert _round_trip(record) == record
    assert type(_round_trip(record)) is RawRecord


def test_a_record_with_a_source_error_keeps_its_error() -> None:
    record = SourceRecord(3, ",\n", error="line 3 is not an object")
    back = _round_trip(record)
    assert back == record and type(back) is SourceRecord and back.error == "line 3 is not an object"


def test_a_spawned_workers_plan_is_the_main_processes() -> None:
    layout = Layout(("id", "photographer"), ("ID", "Fotograf"), ";", '"', False)
    mapping = Mapping({"fotograf": "photographer"}, {"licence": {"fri": "cc0"}},
                      (Assumption("origin_country", "SE", "--assume"),), "Blad1")
    plan = Plan(layout, mapping)
    assert _round_trip(plan) == plan
    assert copy.deepcopy(mapping) == mapping and copy.copy(layout) == layout
