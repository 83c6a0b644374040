"""Commons' presumptions (rules/presumptions.yaml), as terms the engine can evaluate.

A presumption is Commons practice, not law: Template:PD-old-assumed treats a work made
more than 120 years ago, whose author's death year is unknown after research, as PD
where the origin term is life + 70 or shorter. Expressed as a term ("120 years from
creation") it runs through the same three-valued arithmetic as any other, and the rule
that uses it names it as a presumption.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from copyright_check.datafile import load_yaml
from copyright_check.jurisdictions import Jurisdiction, Tag, Term
from copyright_check.paths import rules_dir


@dataclass(frozen=True, slots=True)
class OldAssumed:
    term: Term  # counts from creation: the years since creation the template asks for
    max_years_after_death: int
    excluded: dict[str, str]
    caveats: dict[str, str]

    def serves(self, j: Jurisdiction) -> bool:
        """The template serves an origin whose general term is life + N, N no longer than
        its maximum, and that it does not name as excluded; a term under review is not
        settled enough to presume anything on, unless its review ends with a law whose term
        was read (`review_until`: only the law on older dates, the URAA date, is unknown)."""
        general = j.terms.get("general")
        return (general is not None and general.counts_from == "death"
                and general.longest_years <= self.max_years_after_death and general.at_least is None
                and (not general.review or general.review_until is not None) and j.code not in self.excluded)


@lru_cache(maxsize=1)
def old_assumed() -> OldAssumed:
    path = rules_dir() / "presumptions.yaml"
    data = load_yaml(path, "presumptions")["old_assumed"]
    tag = data["tag"]
    term = Term(key="presumed_old", counts_from="creation", years=data["years_since_creation"],
                unpublished_window=None, not_revived=(), in_force_from=None, review=None,
                tag=Tag(tag["name"], (), (tag["source"],)), sources=(data["source"],))
    return OldAssumed(term, data["max_years_after_death"], dict(data["excluded"]),
                      dict(data.get("caveats") or {}))
