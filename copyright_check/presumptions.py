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
        return self._life_term(j.terms.get("general")) and j.code not in self.excluded

    def serves_photographs(self, j: Jurisdiction) -> bool:
        """For a photo, the origin's photograph term, where it has one, is the term the
        template stands in for: it serves where that term too is life + N, N no longer than
        its maximum (Malawi's life + 50, Japan's life + 70), and not where it counts from the
        making or the publication (Vietnam's 75 years from publication), which an unknown
        death year does not leave open."""
        photograph = j.terms.get("photograph")
        return self.serves(j) and (photograph is None or self._life_term(photograph))

    def _life_term(self, term: Term | None) -> bool:
        return (term is not None and term.counts_from == "death"
                and term.longest_years <= self.max_years_after_death and term.at_least is None
                and (not term.review or term.review_until is not None))


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
