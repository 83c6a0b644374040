"""Every decision rule has a test named for the legal rule it encodes: a rule no test
mentions is a rule no one has checked (STYLE.md: tests read like the legal rule)."""

from pathlib import Path

from copyright_check.facts import FACT_FIELDS
from copyright_check.ruleset import load_rules

TESTS = Path(__file__).resolve().parent


def test_every_rule_is_exercised_by_a_test() -> None:
    text = "\n".join(p.read_text("utf-8") for p in TESTS.glob("test_rules_*.py"))
    rules = load_rules(fact_fields=FACT_FIELDS).rules
    untested = sorted(r for r in rules if f'"{r}"' not in text)
    assert not untested, f"rules without a test: {untested}"
