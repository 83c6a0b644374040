"""Seeded generator of realistic batches: `python -m benchmarks.generate --rows N`.

Photographers and artists come from a skewed (Zipf-like) pool of a few thousand people
with birth and death years, so a few prolific photographers dominate as in a real
collection; dates are exact or fuzzy; ~2% of cells are damaged. `--hostile` makes every
row a different legal situation (distinct death years, dates and countries), which
defeats the situation cache.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Any

import yaml

from copyright_check.record import COLUMNS

HERE = Path(__file__).resolve().parent
FIRST = ["Anna", "Erik", "Karin", "Lars", "Marie", "Jean", "Hans", "Greta", "Giulia", "Pieter",
         "Sofia", "Ahmed", "Yuki", "Olga", "Juan", "Ingrid", "Per", "Liisa", "Søren", "Clara"]
LAST = ["Andersson", "Halldin", "Müller", "Dupont", "de Vries", "Rossi", "García", "Nieminen",
        "Hansen", "Larsen", "Smith", "Novak", "Kowalski", "Haddad", "Tanaka", "Ivanova", "Silva",
        "Berg", "Lindqvist", "Öhrström"]
BAD_CELLS = ["sometime", "??", "19xx-13", "n/a n/a", "1920-talet?", "Sverige?", "\u00a0", "0000"]


def made_by(person: dict[str, Any]) -> int:
    """The last year a person can have made something."""
    return min(person["died"] or 2020, 2020)


def _weighted(table: dict[str, float]) -> tuple[list[str], list[float]]:
    return list(table), [float(w) for w in table.values()]


def _fuzzy(rng: random.Random, year: int) -> str:
    form = rng.random()
    if form < 0.55:
        return str(year)
    if form < 0.70:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form < 0.82:
        return f"ca. {year}"
    if form < 0.90:
        return f"{year // 10 * 10}s"
    if form < 0.95:
        return f"{year}/{year + rng.randint(1, 5)}"
    return f"before {year + 1}"


def _people(rng: random.Random, n: int) -> list[dict[str, Any]]:
    people = []
    for i in range(n):
        born = rng.randint(1820, 1990)
        died: int | None = born + rng.randint(25, 95)
        if died is not None and died > 2025:
            died = None
        people.append({"name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", "born": born, "died": died})
    return people


def rows(n: int, seed: int = 1, hostile: bool = False) -> Any:
    rng = random.Random(seed)
    pop = yaml.safe_load((HERE / "population.yaml").read_text("utf-8"))
    countries, cw = _weighted(pop["countries"])
    licences, lw = _weighted(pop["licences"])
    types, tw = _weighted(pop["depicted_types"])
    photographers = _people(rng, 3000)
    artists = _people(rng, 2000)
    # Zipf-like weights: the k-th person is 1/k as likely as the first.
    pw = [1 / (k + 1) for k in range(len(photographers))]
    aw = [1 / (k + 1) for k in range(len(artists))]
    for i in range(n):
        p = rng.choices(photographers, pw)[0]
        a = rng.choices(artists, aw)[0]
        if hostile:
            p = {"name": f"Person {i}", "born": 1800 + i % 150, "died": 1850 + (i * 7919) % 175}
            a = {"name": f"Artist {i}", "born": 1700 + i % 250, "died": 1750 + (i * 104729) % 275}
        lo = p["born"] + 18
        hi = min(p["died"] or 2024, 2024)
        made = rng.randint(min(lo, hi), hi)
        anonymous = rng.random() < 0.08
        row = {
            "id": f"B-{i:08d}",
            "title": f"Photo {i} of a {rng.choice(['church', 'bridge', 'square', 'statue', 'ruin'])}",
            "photographer": "" if anonymous else p["name"],
            "photographer_death_year": str(p["died"]) if p["died"] and rng.random() < 0.8 else "",
            "photographer_birth_year": str(p["born"]) if rng.random() < 0.5 else "",
            "anonymous": "yes" if anonymous else rng.choice(["no", ""]),
            "image_date": _fuzzy(rng, made),
            "published_date": str(made + rng.randint(0, 5)) if rng.random() < 0.6 else "",
            "origin_country": rng.choices(countries, cw)[0],
            "photo_kind": rng.choice(["", "", "photographic_work", "simple_photograph"]),
            "licence": rng.choices(licences, lw)[0],
            "rights_holder": rng.choice(["", "Museum", "Riksantikvarieämbetet"]),
            "depicted_country": rng.choices(countries, cw)[0],
            "depicted_type": rng.choices(types, tw)[0],
            "depicted_creator": rng.choice([a["name"], a["name"], "unknown", ""]),
            "depicted_creator_death_year": str(a["died"]) if a["died"] and rng.random() < 0.7 else "",
            "depicted_date": _fuzzy(rng, rng.randint(min(a["born"] + 20, made_by(a)), made_by(a))),
            "depicted_setting": rng.choice(["outdoor_public", "outdoor_public", "indoor_public", "private", ""]),
            "depicted_permanent": rng.choice(["yes", "yes", "no", ""]),
        }
        if hostile:
            row["origin_country"] = countries[i % len(countries)]
            row["depicted_country"] = countries[(i * 31) % len(countries)]
        for col in COLUMNS[1:]:
            if rng.random() < 0.02 / 4:
                row[col] = rng.choice(BAD_CELLS)
        yield row


def write(path: Path | None, n: int, seed: int, hostile: bool) -> None:
    out = path.open("w", encoding="utf-8", newline="") if path else sys.stdout
    try:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows(n, seed, hostile):
            writer.writerow(row)
    finally:
        if path:
            out.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hostile", action="store_true", help="every row a different legal situation")
    parser.add_argument("--output", "-o", type=Path)
    args = parser.parse_args()
    write(args.output, args.rows, args.seed, args.hostile)


if __name__ == "__main__":
    main()
