"""Which rules of a question can still answer a row: the key of the per-question answer cache.

A question (rules/*.yaml) is answered by the first of its rules, in priority order, whose
`when` holds. The answer cache (assessor.py) may reuse durable-rules' answer for another
row only where that row provably asks the same question. Keying on every fact any rule of
the question reads is safe but wide: since the PD-Art rules (photo_kind:
faithful_reproduction) photo_origin reads the depicted work's facts, so rows that differ
only there asked durable-rules again although no such rule could match them.

A *gate* narrows the key, built from the rule files alone (no fact name or value here).

- A rule's **gate tests** are the tests at the top level of its `when` (a conjunction;
  the members of a top-level `all` are top-level tests too) that are plain tests of one
  fact against text: `fact: value`, `fact: {in: [...]}`, `fact: {not: value}`,
  `fact: {not_in: [...]}` with every value a str. Each is "the fact's value is (or is not)
  in a set of strings". Everything else in the `when` — an `any`, a test of a number or a
  boolean, a form this module does not know — is the rule's **rest**.
- A rule's **`any`s** are the `any`s its `when` is a conjunction of (at the top level, or a
  member of a top-level `all`), each with its members' own gate tests (a member is a `when`
  too). An `any` fails where each of its members has a gate test that fails. Its facts are
  the rule's rest all the same.
- The question's **gate facts** are the facts some rule gate-tests, at its top level or in
  a member of one of its `any`s.
- For a row whose gate facts' values are all str, each gate test is decided by those values
  alone: a rule with a failing gate test, or with an `any` each of whose members has a
  failing gate test, is **dead** for the row; every other rule is **live**, its gate tests
  all holding. Its `live facts` are the facts the rest of the live rules read.
- An `any` of a live rule is **held** for a row where one of its members is nothing but gate
  tests of gate facts, all holding for the row's values: the `any` holds whatever its other
  facts are, so the facts only it reads are no live facts of that rule. (rules/verdict.yaml:
  a photo's kind matters to not-ok-depicted-work-protected-photo-undecided only for a painting
  or a mural, `any: [{photo_kind: ...}, {depicted_type: {not_in: [painting, mural]}}]`: for a
  building the verdict's answers are shared whatever the photo's kind.)

Why (live rules, live facts' values) determines the answer: the answer is the first rule in
priority order whose `when` holds. A dead rule's `when` is a conjunction with a false
member (a failing test, or an `any` of conjunctions each with a failing test), so it cannot
hold, whatever its other facts are: the first rule that holds is the
first *live* rule that holds. A live rule's `when` is its gate tests (all true for this row)
and its rest, so it holds exactly when its rest holds, and its rest reads only live facts.
A held `any` is a member of that conjunction that is true whatever its other facts are, so
the rule holds exactly when the rest of its rest holds. So two rows with the same live rules
and the same values of the live facts get the same answer from every rule in the same order:
the same question. The cache keeps one table per
(live rules, live facts), so answers of different live sets never meet.

The split question (ruleset.Split) asks a question once per possible value of a fact and
once more with `decides` set; each of those asks is an ordinary question about the row's
facts with one value replaced, and is looked up (and gated) as such. Which of them are asked
is decided outside the cache, from the row's own facts.

A gate value that is not a str (durable-rules coerces between types, P9 of the field guide)
decides nothing: every rule stays live and the key is the question's full reading, as
without a gate. A test whose form or value type is not listed above is never a gate test:
its rule stays live and its fact is read. The gate never answers a question: on a miss
durable-rules answers it.

It is asked with the gate facts and the live facts only (Assessor._table), and answers as
with every fact the question reads. Compiled (ruleset.compile_definition), a rule is the
conjunction of `t` and its top-level tests, each test of one fact against constants, and
durable-rules tries a test only on a property the event has (its handleAlpha walks the
event's properties to the rete's tests of each): a test of a fact the event leaves out never
holds, whatever its operator. A dead rule's failing gate test is of a gate fact, which the
event carries with the row's value: it fails there too, so the rule cannot match either
event (an `any` compiles to an `$or` of its members, each of which fails so). A live rule
tests only gate facts and live facts, carried with their values: it matches the narrower
event exactly when it matches the full one; a held `any`'s member that holds tests only gate
facts, which the narrower event carries, so its `$or` holds on both. The rules that match are
the same, so the one the event goes to (the best priority, P6) is the same. Fewer properties
are fewer to parse, sort and hash (about a quarter fewer on hostile rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from copyright_check.ruleset import Rule, RuleSet, fields

# (True, S): the value is one of S; (False, S): it is none of S.
Test = tuple[bool, frozenset[str]]
# Gate facts per question: each multiplies the rows a memo of gate values (assessor.py)
# holds by the values the fact takes, for a few facts fewer in the key.
GATE_FACTS = 3


def _gate_test(test: Any) -> Test | None:
    """A plain test of one fact against text, or None for any other form."""
    if type(test) is str:
        return True, frozenset((test,))
    if not isinstance(test, dict) or len(test) != 1:
        return None
    (op, value), = test.items()
    values = [value] if op == "not" else value if op in ("in", "not_in") and isinstance(value, list) else None
    if values is None or not all(type(v) is str for v in values):
        return None
    return op == "in", frozenset(values)


def split_when(when: dict[str, Any]) -> tuple[dict[str, Test], set[str]]:
    """A rule's `when` as its gate tests (by fact) and the facts its rest reads."""
    gates: dict[str, Test] = {}
    rest: set[str] = set()
    for key, value in when.items():
        if key == "all" and isinstance(value, list):
            for sub in value:
                sub_gates, sub_rest = split_when(sub)
                rest |= sub_rest
                for fact, test in sub_gates.items():
                    if fact in gates:  # a second test of one fact is the rest's: the fact is read
                        rest.add(fact)
                    else:
                        gates[fact] = test
        elif key == "any":
            rest.update(fields({key: value}))
        else:
            own = _gate_test(value)
            if own is None or key in gates:
                rest.add(key)
            else:
                gates[key] = own
    return gates, rest


@dataclass(frozen=True, slots=True)
class Gate:
    """One question's gate: its gate facts and, per rule in priority order, its gate tests
    (as indexes into `facts`) and the facts its rest reads."""

    question: str
    facts: tuple[str, ...]
    tests: tuple[tuple[tuple[int, Test], ...], ...]
    rest: tuple[frozenset[str], ...]
    reads: tuple[str, ...]  # every fact the question reads (ruleset.reads), in that order
    # Per rule, its `any`s that the gate facts can decide: per member, its gate tests (as
    # `tests`); a rule is dead where one of them has every member failing a test.
    anys: tuple[tuple[tuple[tuple[tuple[int, Test], ...], ...], ...], ...]
    # Per rule, its `any`s that the gate facts can hold: their members made only of gate
    # tests of gate facts, and the facts the `any` reads (left out of `rest`), read only
    # where no such member holds.
    held: tuple[tuple[tuple[tuple[tuple[tuple[int, Test], ...], ...], frozenset[str]], ...], ...] = ()

    def live(self, values: Iterable[Any]) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """For a row whose gate facts have these values (in `facts` order): the rules still
        able to answer (indexes, priority order) and the facts they read (in `reads`
        order). A value that is not a str keeps every rule live and every fact read."""
        vals = tuple(values)
        if not all(type(v) is str for v in vals):
            return tuple(range(len(self.tests))), self.reads
        live = tuple(i for i, tests in enumerate(self.tests)
                     if all((vals[at] in among) == inside for at, (inside, among) in tests)
                     and all(any(all((vals[at] in among) == inside for at, (inside, among) in member)
                                 for member in alternatives) for alternatives in self.anys[i]))
        read: set[str] = set()
        held = self.held
        for i in live:
            read |= self.rest[i]
            if held:
                for members, facts in held[i]:
                    if not any(all((vals[at] in among) == inside for at, (inside, among) in member)
                               for member in members):
                        read |= facts
        return live, tuple(f for f in self.reads if f in read)


# A rule's `any`s, each as its members' gate tests (split_when of each member).
Anys = tuple[tuple[dict[str, Test], ...], ...]


def _top_anys(when: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The `any`s a rule's `when` is a conjunction of (at its top level, or a member of a
    top-level `all`), each as the list of its members."""
    found: list[list[dict[str, Any]]] = []
    for key, value in when.items():
        if key == "all" and isinstance(value, list):
            for sub in value:
                if isinstance(sub, dict):
                    found += _top_anys(sub)
        elif key == "any" and isinstance(value, list) and value and all(isinstance(sub, dict) for sub in value):
            found.append(value)
    return found


def split_anys(when: dict[str, Any]) -> Anys:
    """The `any`s a rule's `when` is a conjunction of, each as its members' own gate tests.
    None of an `any`'s members can hold where each has a gate test that fails: the `any`
    fails, and so the rule's `when`. (Its facts are the rule's rest all the same,
    split_when: read wherever the rule is live, unless the `any` is held, `holding`.)"""
    return tuple(tuple(split_when(sub)[0] for sub in members) for members in _top_anys(when))


def _without(when: dict[str, Any], skipped: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """`when` without these of its `any`s (the very lists _top_anys found in it)."""
    kept: dict[str, Any] = {}
    for key, value in when.items():
        if key == "any" and any(value is members for members in skipped):
            continue
        if key == "all" and isinstance(value, list):
            value = [_without(sub, skipped) if isinstance(sub, dict) else sub for sub in value]
        kept[key] = value
    return kept


def holding(when: dict[str, Any], gated: frozenset[str]) -> tuple[
        dict[str, Any], tuple[tuple[tuple[dict[str, Test], ...], frozenset[str]], ...]]:
    """A rule's `when` without the `any`s the gate facts `gated` can hold, and those: per
    `any`, its members made only of gate tests of gated facts (one holding holds the `any`,
    whatever its other facts are) and the facts the `any` reads."""
    held: list[list[dict[str, Any]]] = []
    parts: list[tuple[tuple[dict[str, Test], ...], frozenset[str]]] = []
    for members in _top_anys(when):
        pure = []
        for sub in members:
            tests, rest = split_when(sub)
            if not rest and tests.keys() <= gated:
                pure.append(tests)
        if pure:
            held.append(members)
            parts.append((tuple(pure), frozenset(fields({"any": members}))))
    return (_without(when, held) if held else when), tuple(parts)


def _alive(tests: dict[str, Test], anys: Anys, values: dict[str, str]) -> bool:
    """Whether a rule with these gate tests and `any`s can hold for a row whose facts in
    `values` have those values (every other fact may have any value)."""
    for fact, (inside, among) in tests.items():
        if fact in values and (values[fact] in among) != inside:
            return False
    return all(any(all(fact not in values or (values[fact] in among) == inside
                       for fact, (inside, among) in member.items()) for member in alternatives)
               for alternatives in anys)


def _classes(fact: str, tests: tuple[dict[str, Test], ...], anys: tuple[Anys, ...] = ()) -> list[str]:
    """One value of each class of a gate fact: each value a test names (at a rule's top
    level or in a member of its `any`s), and one that no test names (standing for every
    such value: each test treats them alike)."""
    named = sorted({v for gates in (*tests, *(m for rule in anys for alt in rule for m in alt))
                    if fact in gates for v in gates[fact][1]})
    other = "\x00"
    while other in named:
        other += "\x00"
    return [*named, other]


def gate(ruleset: RuleSet, question: str, most: int = GATE_FACTS) -> Gate:
    """The question's gate. Which facts gate is a matter of speed only (any choice is
    sound, see the module's docstring): the `most` facts whose classes leave, on average,
    the fewest facts read, if that is at least one fewer than the question reads. A fact
    tested in the members of a rule's `any` can gate too: a value that fails it in every
    member leaves the rule dead (split_anys)."""
    rules: tuple[Rule, ...] = ruleset.by_question[question]
    parts = [split_when(rule.when) for rule in rules]
    tests = tuple(gates for gates, _ in parts)
    rest = tuple(other for _, other in parts)
    anys = tuple(split_anys(rule.when) for rule in rules)
    reads = [frozenset(gates.keys() | other) for gates, other in parts]
    everything = len(frozenset().union(*reads))
    scored = []
    candidates = {f for gates in tests for f in gates} | {
        f for rule in anys for alt in rule for member in alt for f in member}
    for fact in sorted(candidates):
        # The rules that do not gate-test the fact are live whatever its value.
        testing = [i for i in range(len(rules))
                   if fact in tests[i] or any(fact in m for alt in anys[i] for m in alt)]
        always = [i for i in range(len(rules)) if i not in testing]
        base = frozenset().union(*(reads[i] for i in always))
        base_reads_it = any(fact in rest[i] for i in always)
        counts = []
        classes = _classes(fact, tests, anys)
        for value in classes:
            live = [i for i in testing if _alive(tests[i], anys[i], {fact: value})]
            read = base.union(*(reads[i] for i in live))
            counts.append(len(read) - (fact in read and not (base_reads_it or any(fact in rest[i] for i in live))))
        mean = sum(counts) / len(classes)
        if mean <= everything - 1:
            # Of two facts alike on average, the one with a value that leaves fewer facts read.
            scored.append((mean, min(counts), fact))
    facts = tuple(sorted(f for _, _, f in sorted(scored)[:most]))
    at = {f: i for i, f in enumerate(facts)}

    def decidable(rule: Anys) -> tuple[tuple[tuple[tuple[int, Test], ...], ...], ...]:
        # An `any` with a member the gate facts do not test can always hold: left out.
        kept = []
        for alternatives in rule:
            members = tuple(tuple((at[f], t) for f, t in sorted(member.items()) if f in at)
                            for member in alternatives)
            if all(members):
                kept.append(members)
        return tuple(kept)

    # What each rule reads where the gate facts do not hold its `any`s (holding).
    held = [holding(rule.when, frozenset(facts)) for rule in rules]
    kept = [split_when(when) for when, _ in held]
    return Gate(
        question, facts,
        tuple(tuple((at[f], t) for f, t in sorted(gates.items()) if f in at) for gates in tests),
        tuple(frozenset(other | (gates.keys() - at.keys())) for gates, other in kept),
        ruleset.reads[question],
        tuple(decidable(rule) for rule in anys),
        tuple(tuple((tuple(tuple((at[f], t) for f, t in sorted(member.items())) for member in members), read)
                    for members, read in parts) for _, parts in held),
    )
