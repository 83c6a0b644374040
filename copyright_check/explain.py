"""One row explained as a tree: each question the engine asked, the cells it read and how
it read them, the rule and law file that answered, and — for a question left open — the
values of the deciding fact that would settle it each way.

The ranges are not written per rule: they are found by asking the engine itself, with
the deciding cell set to each value it could hold (every year of its plausible span, or
each word of its vocabulary) and everything else as the row has it. So "ok if
photographer_death_year ≤ 1955" is true of the rules and law files as shipped, by
construction, and stays true when they change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from copyright_check.assessment import Assessment, Reason
from copyright_check.assessor import Assessor
from copyright_check.libinput import row_cells
from copyright_check.record import (
    COLUMNS,
    OPTIONAL_COLUMNS,
    TITLE_INTERIOR,
    TITLE_WORKS,
    TITLE_WORKS_SEEN_INSIDE,
    Record,
    normalise_keys,
    record_from_row,
    title_says,
    title_says_aerial,
)
from copyright_check.vocabularies import YES_NO_FIELDS
from copyright_check.vocabulary import vocabulary

# The order and names of the tree's nodes (presentation, not law).
LABELS = {
    "photo_origin": "the photo in its origin country",
    "photo_us": "the photo in the US",
    "depicted": "the depicted work",
    "depicted_us": "the depicted work in the US",
    "fop": "freedom of panorama",
    "licence": "the licence",
    "verdict": "verdict",
}
# The cells each node shows as read (presentation: which columns a reader wants beside it).
NODE_COLUMNS = {
    "photo_origin": ("photographer", "photographer_death_year", "photographer_birth_year", "anonymous",
                     "image_date", "published_date", "origin_country", "photo_kind", "rehabilitation_year"),
    "photo_us": ("origin_country", "image_date", "published_date", "photographer_death_year", "copyright_notice",
                 "copyright_renewed", "copyright_registered"),
    "depicted": ("depicted_country", "depicted_origin_country", "depicted_type", "depicted_creator",
                 "depicted_creator_death_year", "depicted_date", "depicted_copyright_notice",
                 "depicted_copyright_renewed", "depicted_rehabilitation_year", "depicted_anonymous"),
    "depicted_us": ("depicted_country", "depicted_origin_country", "depicted_type", "depicted_creator_death_year",
                    "depicted_date"),
    "fop": ("depicted_country", "depicted_type", "depicted_setting", "depicted_permanent", "taken_from",
            "shows_works_inside"),
    "licence": ("licence", "rights_holder"),
    "verdict": (),
}
YEAR_COLUMNS = ("photographer_death_year", "photographer_birth_year", "image_date", "published_date",
                "depicted_creator_death_year", "depicted_date")
_RECORD_FIELD = {"photographer_death_year": "photographer_death", "photographer_birth_year": "photographer_birth",
                 "published_date": "published", "depicted_creator_death_year": "depicted_creator_death",
                 "rehabilitation_year": "rehabilitation", "depicted_rehabilitation_year": "depicted_rehabilitation"}
# How far back an empty year cell is tried: the longest human life plus the longest term
# runs well inside this; older years all answer alike and are reported as one range.
SPAN = 250


@dataclass(frozen=True, slots=True)
class Reading:
    """A cell as written and what the reader made of it."""

    column: str
    cell: str
    read_as: str


@dataclass(frozen=True, slots=True)
class Settle:
    """Putting the column to a value in [lo, hi] (years) or to `value` (a word) gives `verdict`;
    `then`: for a needs_review outcome, the columns the row asks for next with that value (an
    interior's shows_works_inside once its architect's death year is given: review 25c F3,
    where no value of the column named made the row ok and the one that could went unnamed)."""

    column: str
    verdict: str
    lo: int | None = None
    hi: int | None = None
    value: str | None = None
    then: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self._when() + (f" (then asks for {', '.join(self.then)})" if self.then else "")

    def _when(self) -> str:
        if self.value is None and self.lo is None and self.hi is None:
            return f"{self.verdict} whatever {self.column} is"
        if self.value is not None:
            return f"{self.verdict} if {self.column} is {self.value}"
        if self.lo is None and self.hi is not None:
            return f"{self.verdict} if {self.column} ≤ {self.hi}"
        if self.hi is None and self.lo is not None:
            return f"{self.verdict} if {self.column} ≥ {self.lo}"
        if self.lo == self.hi:
            return f"{self.verdict} if {self.column} is {self.lo}"
        return f"{self.verdict} if {self.column} is {self.lo}–{self.hi}"


@dataclass(slots=True)
class Node:
    question: str
    label: str
    rule: str
    answer: str | None
    file: str
    reasons: list[Reason]
    readings: list[Reading]
    open_facts: list[str] = field(default_factory=list)
    settles: list[Settle] = field(default_factory=list)


@dataclass(slots=True)
class Explanation:
    assessment: Assessment
    as_of: date
    nodes: list[Node]
    readings: dict[str, Reading]


def _read_as(record: Record, column: str, cell: str) -> str:
    if not cell.strip():
        return "unknown (empty)"
    value = getattr(record, _RECORD_FIELD.get(column, column), None)
    if value is None and column == "published_date" and record.never_published:
        return "never published (not before 2003)"
    if value is None:
        return "unknown (not read: see errors)"
    return str(getattr(value, "value", value))


def readings(record: Record, cells: Mapping[str, str]) -> dict[str, Reading]:
    # The optional columns (the formalities, taken_from) only where the file has them: a
    # file without them explains its rows as before.
    return {c: Reading(c, cells.get(c) or "", _read_as(record, c, cells.get(c) or ""))
            for c in COLUMNS if c not in ("id", "title") and (c in cells or c not in OPTIONAL_COLUMNS)}


# What a title that stood for an empty cell was read as, by the fact it gave (facts.py, record.
# _interior_by_title): freedom of panorama's node shows it beside the cells it read.
_TITLE_SAYS = {
    "aerial_title": "says the photo was taken from the air (rules/vocabulary.yaml aerial_title_words): "
                    "read as taken_from aerial",
    "elevated_title": "says the photo was taken from above, not from where (rules/vocabulary.yaml "
                      "elevated_title_words, or a height in figures: height_units): taken_from to be checked",
    "interior": "says the photo shows the building's inside (rules/vocabulary.yaml interior_title_words): "
                "read as depicted_setting indoor",
    "interior_conflict": "says the photo shows the building's inside (rules/vocabulary.yaml "
                         "interior_title_words), which depicted_setting outdoor_public contradicts",
}


_TITLE_FACTS = ("aerial_title", "elevated_title")


def title_reading(record: Record, cells: Mapping[str, str]) -> tuple[Reading, str] | None:
    """The title as freedom of panorama read it, where it stood for an empty cell: an aerial
    or elevated title for taken_from, an interior title for depicted_setting (or contradicting
    it), with the fact it gave; None where the title decided nothing there (review 14 M8:
    explain listed the empty taken_from cell but not the title that decided)."""
    title = cells.get("title") or ""
    if not title.strip() or record.title is None:
        return None
    said = title_says_aerial(record.title) if not (cells.get("taken_from") or "").strip() else ""
    categories = vocabulary().depicted_types.get(record.depicted_type or "", ())
    setting = (cells.get("depicted_setting") or "").strip()
    works = (TITLE_WORKS_SEEN_INSIDE if setting else TITLE_WORKS) if "building" in categories else 0
    if not said and title_says(record.title) & (TITLE_INTERIOR | works):
        if not setting and record.depicted_setting == "indoor":
            said = "interior"
        elif record.depicted_setting == "outdoor_public" and any(
                "the title says" in c for c in [*record.conflicts, *record.depicted_conflicts]):
            said = "interior_conflict"
    return (Reading("title", title, _TITLE_SAYS[said]), said) if said else None


def deciding_columns(missing: str | None) -> list[str]:
    """The record columns a rule's `missing` phrase names, longest names first so that
    `photographer_death_year` is not also read as a shorter column inside it."""
    if not missing:
        return []
    found: dict[str, int] = {}
    text = missing
    for column in sorted(COLUMNS, key=len, reverse=True):
        # A whole word only: "id" is inside "died" ("open: id" under a Russian death year).
        named = re.search(rf"(?<![A-Za-z0-9_]){column}(?![A-Za-z0-9_])", text)
        if named is not None:
            found[column] = named.start()
            text = text[:named.start()] + " " * len(column) + text[named.end():]
    return sorted(found, key=found.__getitem__)


def _candidates(column: str, record: Record, as_of: date) -> list[str]:
    vocab = vocabulary()
    if column in YEAR_COLUMNS:
        current = getattr(record, _RECORD_FIELD.get(column, column), None)
        bound = vocab.year_bounds.get(column)
        lo = as_of.year - SPAN if current is None else current.lo
        hi = as_of.year if current is None else current.hi
        if bound is not None:
            lo = max(lo, bound.lo) if bound.lo is not None else lo
            hi = min(hi, bound.hi) if bound.hi is not None else hi
        return [str(y) for y in range(lo, hi + 1)]
    if column == "photo_kind":
        return list(vocab.photo_kinds)
    if column in YES_NO_FIELDS:
        return ["yes", "no"]
    if column == "depicted_setting":
        return list(vocab.settings)
    if column == "depicted_type":
        return list(vocab.depicted_types)
    return []


def settle(assessor: Assessor, cells: Mapping[str, str], column: str, as_of: date) -> list[Settle]:
    """The verdict the whole row gets for each value the column could hold, consecutive
    years with the same verdict joined into one range (open at the ends of the span)."""
    record = record_from_row(cells, as_of.year, normalised=True)
    values = _candidates(column, record, as_of)
    if not values:
        return []
    outcomes = [(v, assessor.assess_cells({**cells, column: v, "id": "explain"}, as_of).verdict.value)
                for v in values]
    if column not in YEAR_COLUMNS:
        return [Settle(column, verdict, value=v, then=_then(assessor, cells, column, v, verdict, as_of))
                for v, verdict in outcomes]
    found: list[Settle] = []
    start = 0
    for i in range(1, len(outcomes) + 1):
        if i == len(outcomes) or outcomes[i][1] != outcomes[start][1]:
            lo, hi = int(outcomes[start][0]), int(outcomes[i - 1][0])
            verdict = outcomes[start][1]
            # Its first, middle and last years stand for the range (an end may straddle a day the
            # law names, or contradict another cell: the photo published before it was made).
            then = tuple(dict.fromkeys(c for y in dict.fromkeys((hi, (lo + hi) // 2, lo))
                                       for c in _then(assessor, cells, column, str(y), verdict, as_of)))
            found.append(Settle(column, verdict, lo, hi, then=then))
            start = i
    if not (cells.get(column) or "").strip():
        # An empty cell: the span's ends stand for every year beyond them.
        found[0] = Settle(column, found[0].verdict, None, found[0].hi, then=found[0].then)
        found[-1] = Settle(column, found[-1].verdict, found[-1].lo if len(found) > 1 else None, None,
                           then=found[-1].then)
    return found


def _then(assessor: Assessor, cells: Mapping[str, str], column: str, value: str, verdict: str,
          as_of: date) -> tuple[str, ...]:
    """The columns a needs_review row asks for once `column` holds `value` (its undecided
    questions' and its verdict's `missing`), other than the column itself."""
    if verdict != "needs_review":
        return ()
    record = record_from_row({**cells, column: value}, as_of.year, normalised=True)
    asked: list[str] = []
    for _question, rule, reasons in assessor.answers(record, as_of):
        named = [r.missing for r in reasons] if rule.answer == "unknown" else (
            [rule.missing] if rule.verdict == "needs_review" and rule.missing else [])
        for missing in named:
            asked.extend(c for c in deciding_columns(missing) if c != column and c not in asked)
    return tuple(asked)


def explain(
    assessor: Assessor, row: Mapping[str, object], as_of: date | None = None, assessment: Assessment | None = None,
) -> Explanation:
    """`assessment`: the row's assessment as the batch gave it (with its reading errors and
    the assumptions it rests on), when the caller has it; else the row is assessed here."""
    when = as_of or assessor.as_of or date.today()
    raw, _errors = row_cells(row)
    cells = normalise_keys(raw)
    a = assessment or assessor.assess_cells(cells, when, normalised=True)
    record = record_from_row(cells, when.year, normalised=True)
    read = readings(record, cells)
    titled = title_reading(record, cells)
    nodes: list[Node] = []
    for question, rule, reasons in assessor.answers(record, when):
        node = Node(question, LABELS.get(question, question), rule.id, rule.answer, rule.file, reasons,
                    [read[c] for c in NODE_COLUMNS.get(question, ()) if c in read])
        if question == "fop" and titled is not None and (titled[1] not in _TITLE_FACTS
                                                         or titled[1] in str(rule.when)):
            # An aerial or elevated title is shown where the rule that answered read it (a
            # clause covering the view from public ground only); an interior title always,
            # since the setting it gave is what every rule of the question reads.
            node.readings.insert(0, titled[0])
        if rule.answer == "unknown" or (rule.verdict == "needs_review" and rule.missing):
            # A review verdict that names the cell it waits for (an interior's
            # shows_works_inside) leaves that cell open as an undecided question does.
            named = [r.missing for r in reasons] if rule.answer == "unknown" else [rule.missing]
            for missing in named:
                for column in deciding_columns(missing):
                    if column not in node.open_facts:
                        node.open_facts.append(column)
            for column in node.open_facts:
                node.settles.extend(settle(assessor, cells, column, when))
        nodes.append(node)
    licence = [r for r in a.reasons if r.rule.startswith("licence-") or r.rule.startswith("assumed:")]
    nodes.insert(len(nodes) - 1, Node("licence", LABELS["licence"], licence[0].rule if licence else "",
                                      None, "rules/licences.yaml", licence,
                                      [read[c] for c in NODE_COLUMNS["licence"]]))
    return Explanation(a, when, nodes, read)
