"""What the engine decided for one set of facts: the rule that answered each question."""

from __future__ import annotations

from dataclasses import dataclass, field

from copyright_check.ruleset import Rule


@dataclass(frozen=True, slots=True)
class Decision:
    """The rule that answered each question, for one set of facts."""

    answers: dict[str, Rule]
    # For a question split on an unknown fact (ruleset.Split): the rule that answered for
    # each value it was tried with, in order.
    alternatives: dict[str, tuple[tuple[str, Rule], ...]] = field(default_factory=dict)
