"""What the engine decided for one set of facts: the rule that answered each question."""

from __future__ import annotations

from dataclasses import dataclass

from copyright_check.ruleset import Rule


@dataclass(frozen=True, slots=True, init=False)
class Decision:
    """The rule that answered each question, for one set of facts. One a row: its
    __init__ is written out so that the compiled build compiles it (years.YearRange)."""

    answers: dict[str, Rule]
    # For a question split on an unknown fact (ruleset.Split): the rule that answered for
    # each value it was tried with, in order.
    alternatives: dict[str, tuple[tuple[str, Rule], ...]]

    def __init__(self, answers: dict[str, Rule],
                 alternatives: dict[str, tuple[tuple[str, Rule], ...]] | None = None) -> None:
        object.__setattr__(self, "answers", answers)
        object.__setattr__(self, "alternatives", {} if alternatives is None else alternatives)
