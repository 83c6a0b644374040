"""Combined Commons templates (rules/tags.yaml): where Commons has one template for a
pair (PD-old-auto + PD-US-expired = PD-old-auto-expired), emit the one it prefers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copyright_check.datafile import load_yaml
from copyright_check.paths import rules_dir

TagUse = tuple[str, list[tuple[str, Any]]]


@dataclass(frozen=True, slots=True)
class Combination:
    all: tuple[str, ...]
    use: str
    source: str


def load_combinations(path: Path | None = None) -> tuple[Combination, ...]:
    data = load_yaml(path or rules_dir() / "tags.yaml", "tags")
    return tuple(Combination(tuple(c["all"]), c["use"], c["source"]) for c in data["combine"])


def combine_tags(found: list[TagUse], combinations: tuple[Combination, ...]) -> list[TagUse]:
    out = list(found)
    for combo in combinations:
        names = [name for name, _ in out]
        if not all(n in names for n in combo.all):
            continue
        first = names.index(combo.all[0])
        params = out[first][1]
        out = [t for t in out if t[0] not in combo.all]
        out.insert(min(first, len(out)), (combo.use, params))
    return out
