"""What the engine says about one record (the record contract in the README).

Compiled in the compiled build (pyproject.toml): the row path reads these fields a dozen
times a row (output, summary, the row cache), and a compiled module reads a native class's
field from its struct where it read an interpreted class's slot through Python's generic
attribute lookup. Each class's __init__ is written out (init=False): the one dataclasses
generates is interpreted Python even in a compiled module (~2k instructions an Assessment),
a written one is compiled. The frozen classes set their fields with object.__setattr__, as
a frozen dataclass's own __init__ does; compiled, that is a store into the struct.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from copyright_check.pickling import by_fields


class Verdict(str, Enum):
    OK = "ok"
    NOT_OK = "not_ok"
    NEEDS_REVIEW = "needs_review"


@dataclass(frozen=True, slots=True, init=False)
class Reason:
    """One decisive rule, with the file and legal source a reviewer can check."""

    rule: str
    text: str
    jurisdiction: str | None = None
    source: str | None = None
    # This rule left its question open (the fact it names decides): shown under a
    # needs_review summary in the terminal. Not part of the JSON contract.
    open: bool = False
    # For an open question, the fact that would settle it (its column, or a phrase naming
    # what is missing): what the unlock report counts. Not part of the JSON contract.
    missing: str | None = None

    def __init__(self, rule: str, text: str, jurisdiction: str | None = None, source: str | None = None,
                 open: bool = False, missing: str | None = None) -> None:
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "jurisdiction", jurisdiction)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "open", open)
        object.__setattr__(self, "missing", missing)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text": self.text,
            "jurisdiction": self.jurisdiction,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True, init=False)
class RowError:
    """A cell that could not be read; the fact it held is treated as unknown."""

    column: str
    message: str

    def __init__(self, column: str, message: str) -> None:
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "message", message)

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "message": self.message}


def unmatched_id(errors: list[RowError]) -> RowError | None:
    """The row's id error (empty, or repeating an earlier row's id), if any. An upload keyed
    by id cannot match such a row's file page to its record: the upload-ready outputs
    (`--format wikitext`, `sdc`) hand out no page and no claims for it (README, File pages)."""
    for e in errors:
        if e.column == "id":
            return e
    return None


def unmatched_why(error: RowError) -> str:
    """Why an `ok` row gets no file page or claims (unmatched_id)."""
    return (f"the row's id cannot name one record ({error.message}): an upload keyed by id could not match "
            "a file page or its structured data to the record; give the row an id of its own and assess again")


@dataclass(slots=True, init=False)
class Assessment:
    id: str
    verdict: Verdict
    templates: list[str] = field(default_factory=list)
    uploadable_from: int | None = None
    reasons: list[Reason] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # How many of `templates`, from the first, are the photograph's own (its licence or PD
    # tags); the rest are the depicted work's. None where not known. What the structured
    # data needs (a depicted building's PD tag is no copyright status of the file). Not
    # part of the JSON contract.
    own: int | None = None

    def __init__(self, id: str, verdict: Verdict, templates: list[str] | None = None,
                 uploadable_from: int | None = None, reasons: list[Reason] | None = None,
                 errors: list[RowError] | None = None, own: int | None = None) -> None:
        # A list left out is a new one, as the fields' default_factory gives.
        self.id = id
        self.verdict = verdict
        self.templates = [] if templates is None else templates
        self.uploadable_from = uploadable_from
        self.reasons = [] if reasons is None else reasons
        self.errors = [] if errors is None else errors
        self.own = own

    @property
    def summary(self) -> str:
        """The one-line reason: the verdict rule's own sentence."""
        return self.reasons[-1].text if self.reasons else ""

    @property
    def open_reasons(self) -> list[Reason]:
        """The reasons whose question is still open: what a reviewer has to research."""
        return [r for r in self.reasons if r.open]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.verdict.value,
            "templates": list(self.templates),
            "uploadable_from": self.uploadable_from,
            "reasons": [r.to_dict() for r in self.reasons],
            "errors": [e.to_dict() for e in self.errors],
        }


# Compiled, a frozen class unpickles (and copies) through its own __setattr__, which refuses:
# rebuilt from its fields instead (pickling.py), in the pure build alike.
by_fields(Reason, RowError)
