"""Combined Commons templates (rules/tags.yaml): where Commons has one template for a
pair (PD-old-auto + PD-US-expired = PD-old-auto-expired), emit the one it prefers; where
a template takes another as its reason (PD-Art), put the photo's tag inside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copyright_check.datafile import load_yaml
from copyright_check.paths import rules_dir

if TYPE_CHECKING:
    from copyright_check.facts import FactReader

TagUse = tuple[str, list[tuple[str, Any]]]


@dataclass(frozen=True, slots=True)
class Combination:
    all: tuple[str, ...]
    use: str
    source: str
    # Parameters `use` is given that say what the pair said (PD-Brazil-Photo's 1=1923: its own
    # text then states the PD-US-expired side instead of its default PD-1996 one).
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RangedYear:
    """A tag whose year parameter (`param`) must not be given a year the record holds only
    as a range, and the tags that say no year instead: each with the term (in years after
    the author's death) it states has run out (rules/tags.yaml, ranged_death_year)."""
    tag: str
    param: str
    use: tuple[tuple[str, int], ...]
    source: str

    def instead(self, term_years: int, latest_death: int, as_of_year: int) -> str | None:
        """The first tag of `use` whose term is at least the law's own and has run out
        from the latest year the record allows (the author died more than that many years
        before the as-of year): its text is then true whenever in the range the author
        died. None when none fits."""
        for name, years in self.use:
            if years >= term_years and latest_death + years < as_of_year:
                return name
        return None


@dataclass(frozen=True, slots=True)
class Wrap:
    when: tuple[tuple[str, str], ...]
    use: str
    source: str


def load_combinations(path: Path | None = None) -> tuple[Combination, ...]:
    data = load_yaml(path or rules_dir() / "tags.yaml", "tags")
    return tuple(Combination(tuple(c["all"]), c["use"], c["source"],
                             tuple((str(k), str(v)) for k, v in (c.get("params") or {}).items()))
                 for c in data["combine"])


def combine_tags(found: list[TagUse], combinations: tuple[Combination, ...]) -> list[TagUse]:
    out = list(found)
    for combo in combinations:
        names = [name for name, _ in out]
        if not all(n in names for n in combo.all):
            continue
        first = names.index(combo.all[0])
        # The combination's own parameters, the first tag's, then any other's it lacks
        # (PD-1996's reason=, which PD-old-auto-1996 takes too).
        params: list[tuple[str, Any]] = list(combo.params)
        keys = {key for key, _ in params}
        params += [(key, value) for key, value in out[first][1] if key not in keys]
        keys |= {key for key, _ in params}
        for name, more in out:
            if name in combo.all and name != combo.all[0]:
                params += [(key, value) for key, value in more if key not in keys]
        out = [t for t in out if t[0] not in combo.all]
        out.insert(min(first, len(out)), (combo.use, params))
    return out


def load_ranged_years(path: Path | None = None) -> dict[str, RangedYear]:
    data = load_yaml(path or rules_dir() / "tags.yaml", "tags")
    return {r["tag"]: RangedYear(r["tag"], r["param"], tuple((u["name"], int(u["years"])) for u in r["use"]),
                                 r["source"]) for r in data.get("ranged_death_year") or ()}


def load_wraps(path: Path | None = None) -> tuple[Wrap, ...]:
    data = load_yaml(path or rules_dir() / "tags.yaml", "tags")
    return tuple(Wrap(tuple((str(k), str(v)) for k, v in w["when"].items()), w["use"], w["source"])
                 for w in data.get("wrap") or ())


def wrap_tags(groups: dict[str, list[TagUse]], facts: FactReader,
              wraps: tuple[Wrap, ...], kind: Callable[[str], str | None]) -> dict[str, list[TagUse]]:
    """The photo's one tag as the first parameter of a wrapping template (PD-Art's reason),
    where the record's facts call for it; the depicted work's tags would only repeat that
    reason, so they go. A photo whose tags are one for the work's home country and US tags
    (`pd_us` in the register: {{PD-old-assumed}} {{PD-US-expired}}) has the home tag wrapped
    and the US tags beside it, as the wrapper's own text asks ("You must also include a
    United States public domain tag": Template:PD-Art around PD-old-70); they were written
    bare, a page saying a photo of 2020 was itself an anonymous work 120 years old (review 16
    G4). A photo with no such single tag is left as it is: the register check then says what
    is missing rather than a wrapper around nothing."""
    photo = groups["photo"]
    us = [t for t in photo if kind(t[0]) == "pd_us"] if len(photo) > 1 else []
    home = [t for t in photo if t not in us]
    for wrap in wraps:
        if len(home) != 1 or any(facts.get(k) != v for k, v in wrap.when):
            continue
        name, params = home[0]
        return {"photo": [(wrap.use, [("1", name), *params]), *us], "depicted": []}
    return groups
