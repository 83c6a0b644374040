"""The gated answer cache (gates.py): a cached answer is reused only for a row that asks the
same question. The first rule in priority order whose `when` holds answers (rules/*.yaml);
a rule a row's gate facts rule out cannot answer, whatever its other facts are."""

from __future__ import annotations

import json
import random
from typing import Any

import durable_rules_engine  # type: ignore[import-not-found]
import pytest

from copyright_check import Assessor
from copyright_check.gates import gate, split_when
from copyright_check.ruleset import Rule, RuleSet, fields, load_rules

AS_OF = "2026-11-24"

# Commons:When to use the PD-Art tag: a faithful reproduction of a flat work is the work's
# status, so photo_origin reads the painting's term (rules/photo.yaml).
NIGHT_WATCH = dict(photographer="museum photographer", image_date="2015", origin_country="NL",
                   photo_kind="faithful_reproduction", licence="PDM", depicted_country="NL",
                   depicted_type="painting", depicted_creator="Rembrandt van Rijn",
                   depicted_creator_death_year="1669", depicted_date="1642",
                   depicted_setting="indoor_public", depicted_permanent="yes")
MAX_ERNST = {"depicted_creator": "Max Ernst", "depicted_creator_death_year": "1976", "depicted_date": "1922"}


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the questions put to durable-rules from now on: each event's question tag, as
    the core is handed it."""
    asked: list[str] = []
    real = durable_rules_engine.assert_event

    def recording(handle: int, event: str) -> Any:
        asked.append(json.loads(event)["t"])
        return real(handle, event)

    monkeypatch.setattr(durable_rules_engine, "assert_event", recording)
    return asked


def test_rows_differing_only_in_a_fact_a_live_rule_reads_are_asked_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # For a faithful reproduction the PD-Art rules are live and read the painting's term:
    # Rembrandt's PD painting and Max Ernst's protected one give photo_origin different
    # answers, the second from durable-rules, not from the first's cached answer.
    assessor = Assessor(as_of=AS_OF)
    pd = assessor.assess({"id": "1", **NIGHT_WATCH})
    asked = _asked(monkeypatch)
    protected = assessor.assess({"id": "2", **NIGHT_WATCH, **MAX_ERNST})
    assert "photo_origin" in asked
    assert "photo-faithful-reproduction-of-a-pd-2d-work" in pd.explain_text()
    assert "photo-faithful-reproduction-of-a-2d-work" in protected.explain_text()
    assert "photo-faithful-reproduction-of-a-pd-2d-work" not in protected.explain_text()


def test_rows_differing_only_in_facts_no_live_rule_reads_share_one_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A photographic work (not a faithful reproduction): every PD-Art rule is ruled out by
    # photo_kind, so the painting's term is no part of the photo's questions; the depicted
    # work's own question is still asked anew.
    work = {**NIGHT_WATCH, "photo_kind": "photographic_work", "photographer_death_year": "1990"}
    assessor = Assessor(as_of=AS_OF)
    first = assessor.assess({"id": "1", **work})
    asked = _asked(monkeypatch)
    second = assessor.assess({"id": "2", **work, **MAX_ERNST})
    assert "photo_origin" not in asked and "photo_us" not in asked
    assert "depicted" in asked
    assert [r for r in first.reasons if r.rule.startswith("photo-")] == \
        [r for r in second.reasons if r.rule.startswith("photo-")]


def _rule(rid: str, priority: int, when: dict[str, Any]) -> Rule:
    return Rule(id=rid, question="q", priority=priority, when=when, text="", file="", source="", answer=rid)


def _ruleset(*rules: Rule) -> RuleSet:
    reads = tuple(sorted({f for r in rules for f in fields(r.when)}))
    return RuleSet({r.id: r for r in rules}, {"q": rules}, {"q": reads}, "US")


def test_only_plain_tests_of_one_fact_against_text_at_the_top_level_gate() -> None:
    gates, rest = split_when({"all": [{"a": "1"}, {"any": [{"e": "x"}, {"f": "y"}]}],
                              "b": {"not_in": ["x"]}, "c": 1948, "d": {"in": ["p", 3]}, "g": {"not": "z"}})
    assert gates == {"a": (True, frozenset({"1"})), "b": (False, frozenset({"x"})), "g": (False, frozenset({"z"}))}
    assert rest == {"c", "d", "e", "f"}


def test_a_rule_whose_test_is_not_a_gate_form_stays_live() -> None:
    # `size` tested against a number and `kind` inside an `any` are not gate tests: their
    # rules stay live whatever kind is, and read those facts.
    rs = _ruleset(
        _rule("r1", 1, {"kind": "a", "x": "1"}),
        _rule("r2", 2, {"kind": {"in": ["a", "b"]}, "any": [{"kind": "c"}, {"y": "1"}]}),
        _rule("r3", 3, {"kind": {"not": "a"}, "z": 3}),
        _rule("r4", 4, {"size": 3}),
        _rule("r5", 5, {}),
    )
    g = gate(rs, "q", most=1)  # the one fact whose values rule out most
    assert g.facts == ("kind",)
    assert g.live(("other",)) == ((2, 3, 4), ("size", "z"))
    assert g.live(("a",)) == ((0, 1, 3, 4), ("kind", "size", "x", "y"))
    assert g.live(("b",)) == ((1, 2, 3, 4), ("kind", "size", "y", "z"))
    # A value that is not text decides nothing: every rule, every fact.
    assert g.live((None,)) == ((0, 1, 2, 3, 4), rs.reads["q"])


def test_a_rule_whose_any_fails_in_every_member_on_a_gate_fact_is_dead() -> None:
    # rules/verdict.yaml needs-review-interior-may-show-art asks only about an interior or a
    # building photographed inside (any: [{depicted_type: interior}, {depicted_type: building,
    # setting: indoor_public}]): for a painting each member fails on depicted_type, so the rule
    # cannot answer and the setting it reads is no part of the question (Comeniuskapel DR).
    rs = _ruleset(
        _rule("r1", 1, {"all": [{"any": [{"kind": "a"}, {"kind": "b", "x": "1", "w": "2"}]}]}),
        _rule("r2", 2, {"any": [{"kind": "c"}, {"y": "1"}]}),  # y may hold whatever kind is
        _rule("r3", 3, {}),
    )
    g = gate(rs, "q", most=1)
    assert g.facts == ("kind",)
    assert g.live(("other",)) == ((1, 2), ("kind", "y"))
    # kind c holds r2's `any` by a member of gate tests alone: r2 reads nothing more.
    assert g.live(("c",)) == ((1, 2), ())
    assert g.live(("b",)) == ((0, 1, 2), ("kind", "w", "x", "y"))
    assert g.live((None,)) == ((0, 1, 2), rs.reads["q"])


def test_an_any_held_by_a_member_of_gate_tests_alone_reads_none_of_its_facts() -> None:
    # r1 holds for kind a whatever x is (its `any`'s first member is a gate test of kind
    # alone): x is no part of the question there; for kind b the `any` waits on x.
    rs = _ruleset(
        _rule("r1", 1, {"z": 3, "any": [{"kind": "a"}, {"x": "1"}]}),  # z: no gate form
        _rule("r2", 2, {"all": [{"any": [{"kind": {"not_in": ["b", "c"]}}, {"kind": "c", "x": "2"}]}]}),
        _rule("r3", 3, {}),
        _rule("r4", 4, {"kind": "d", "v": 3, "w": 3}),  # so that kind pays as a gate
    )
    g = gate(rs, "q", most=1)
    assert g.facts == ("kind",)
    assert g.live(("a",)) == ((0, 1, 2), ("z",))
    assert g.live(("b",)) == ((0, 2), ("kind", "x", "z"))
    # r2's second member tests x too: it cannot hold the `any`, the first fails for c.
    assert g.live(("c",)) == ((0, 1, 2), ("kind", "x", "z"))


def test_the_verdict_reads_the_photos_kind_only_for_a_painting_or_a_mural(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # rules/verdict.yaml not-ok-depicted-work-protected-photo-undecided: a faithful
    # reproduction of a painting waits on the painting (Commons:When to use the PD-Art tag);
    # for a building the photo's kind is no part of the verdict: two rows that differ in
    # it alone share the verdict's answer, and durable-rules is not asked it again.
    from copyright_check.facts import FACT_FIELDS

    g = gate(load_rules(fact_fields=FACT_FIELDS), "verdict")
    assert "depicted_type" in g.facts
    at = {f: i for i, f in enumerate(g.facts)}
    values = ["protected"] * len(g.facts)
    values[at["depicted_type"]] = "building"
    if "works_inside" in at:
        values[at["works_inside"]] = "no"
    assert "photo_kind" not in g.live(tuple(values))[1]
    values[at["depicted_type"]] = "painting"
    if "works_inside" in at:
        values[at["works_inside"]] = "na"
    assert "photo_kind" in g.live(tuple(values))[1]

    building = dict(photographer="Anna Berg", photographer_death_year="1900", image_date="1890",
                    origin_country="SE", licence="PDM",
                    depicted_country="FR", depicted_type="building", depicted_creator="Jean Prouvé",
                    depicted_creator_death_year="1984", depicted_date="1955", depicted_setting="outdoor_public",
                    depicted_permanent="yes")
    assessor = Assessor(as_of=AS_OF)
    first = assessor.assess({"id": "1", **building, "photo_kind": "simple_photograph"})
    asked = _asked(monkeypatch)
    second = assessor.assess({"id": "2", **building, "photo_kind": "photographic_work"})
    assert "verdict" not in asked
    assert first.verdict == second.verdict


def test_the_verdict_is_gated_on_the_depicted_type_the_interior_question_tests() -> None:
    # The interior rule reads the setting and whether FoP covers art indoors: rows of other
    # kinds of work share their verdict's answers whatever those are.
    from copyright_check.facts import FACT_FIELDS

    # The interior rules also test works_inside (shows_works_inside), which facts.py gives
    # as "na" for every work that is no building: either fact gates them.
    g = gate(load_rules(fact_fields=FACT_FIELDS), "verdict")
    fact, other, interior = (("depicted_type", "painting", "interior") if "depicted_type" in g.facts
                             else ("works_inside", "na", "unknown"))
    assert fact in g.facts
    at = {f: i for i, f in enumerate(g.facts)}
    values = ["pd"] * len(g.facts)
    values[at[fact]] = other
    if fact != "works_inside" and "works_inside" in at:  # as facts.py gives it for a painting
        values[at["works_inside"]] = "na"
    _, read = g.live(tuple(values))
    assert "setting" not in read and "fop_art_indoor" not in read
    values[at[fact]] = interior
    if fact != "works_inside" and "works_inside" in at:  # an interior whose works are not stated
        values[at["works_inside"]] = "unknown"
    _, read = g.live(tuple(values))
    assert "setting" in read and "fop_art_indoor" in read


def test_durable_rules_answers_alike_every_row_the_gate_keys_alike() -> None:
    # Over the real rule files: a random reading of each question, and the same reading
    # with every fact no live rule reads changed, get the same rule from durable-rules, and
    # that rule is live. A gate that dropped a fact a live rule reads, or ruled out a rule
    # that can match, fails here.
    from copyright_check.engine import Engine
    from copyright_check.facts import FACT_FIELDS

    rs = load_rules(fact_fields=FACT_FIELDS)
    engine = Engine(rs)
    rnd = random.Random(14)
    for question, reads in rs.reads.items():
        g = gate(rs, question)
        rules = rs.by_question[question]
        pools = _pools(rs, question)
        for _ in range(300):
            row = {f: rnd.choice(pools[f]) for f in reads}
            live, read = g.live(tuple(row[f] for f in g.facts))
            other = {f: (v if f in read or f in g.facts else rnd.choice(pools[f])) for f, v in row.items()}
            answer = engine.ask(question, tuple(row[f] for f in reads))
            assert engine.ask(question, tuple(other[f] for f in reads)) == answer, (question, row, other)
            assert answer in {rules[i].id for i in live}, (question, row)


def test_durable_rules_asked_with_the_live_rules_facts_and_the_gate_facts_answers_as_with_every_fact() -> None:
    # On a miss the event carries only the facts the live rules read and the gate facts
    # (Assessor._table). A dead rule fails a gate test on a fact the event carries, and a
    # test of a fact an event leaves out never matches (durable-rules' handleAlpha tries a
    # node only for a property the event has), so no dead rule can match; a live rule tests
    # only facts the event carries, with their own values. Over the real rule files, random
    # readings get the same rule both ways.
    from copyright_check.engine import Engine
    from copyright_check.facts import FACT_FIELDS

    rs = load_rules(fact_fields=FACT_FIELDS)
    engine = Engine(rs)
    rnd = random.Random(15)
    narrower = 0
    for question, reads in rs.reads.items():
        g = gate(rs, question)
        pools = _pools(rs, question)
        for _ in range(400):
            row = {f: rnd.choice(pools[f]) for f in reads}
            _, read = g.live(tuple(row[f] for f in g.facts))
            sent = tuple(f for f in reads if f in read or f in g.facts)
            narrower += len(sent) < len(reads)
            answer = engine.ask_form(engine.form(question, sent), tuple(row[f] for f in sent))
            assert answer == engine.ask(question, tuple(row[f] for f in reads)), (question, row, sent)
    assert narrower > 1000  # most events leave facts out


def _pools(rs: RuleSet, question: str) -> dict[str, list[str]]:
    """Values to draw each fact of a question from: every text its rules test it against,
    and a few no rule names."""
    domain: dict[str, set[str]] = {f: {"unknown", "something else", ""} for f in rs.reads[question]}
    for rule in rs.by_question[question]:
        for sub in _tests(rule.when):
            for f, test in sub.items():
                named = [*test.values()] if isinstance(test, dict) else [test]
                values = [v for n in named for v in (n if isinstance(n, list) else [n])]
                domain[f].update(v for v in values if isinstance(v, str))
    return {f: sorted(vs) for f, vs in domain.items()}


def _tests(when: dict[str, Any]) -> list[dict[str, Any]]:
    """Every {fact: test} mapping inside a `when`, nested ones too."""
    found = [{k: v for k, v in when.items() if k not in ("any", "all")}]
    for key in ("any", "all"):
        for sub in when.get(key, ()):
            found += _tests(sub)
    return found
