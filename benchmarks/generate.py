"""Seeded generator of realistic batches: `python -m benchmarks.generate --rows N`.

Photographers and artists come from a skewed (Zipf-like) pool of a few thousand people
with birth and death years, so a few prolific photographers dominate as in a real
collection; dates are exact or fuzzy; ~2% of cells are damaged. As in real catalogues, a
depicted work was made before the photo of it, except a building (or monument, interior,
site) photographed while it was being built, which catalogues date by its completion.

`--hostile` makes every row a different legal situation: every jurisdiction with a law file
(and unsupported and missing countries) for origin and depicted place, death and
publication years spread over two centuries so that terms run out at every distance from
the as-of date, every kind of photo, licence, depicted object, setting, permanence,
viewpoint and US formality, and blanks everywhere; half its objects are flat works, most
photographed as faithful reproductions (PD-Art: one question then reads the photo's facts
and the work's), and a tenth of its rows have a damaged cell or a contradiction. It defeats
the per-question cache as far as the rules' facts allow (a question reads categorical facts
only, so two rows can still ask one question alike); `benchmarks.run` reports the share of
rows that reach the engine (56 % of the first 50,000).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Any

import yaml

from copyright_check.record import COLUMNS, FORMALITY_COLUMNS

HERE = Path(__file__).resolve().parent
JURISDICTIONS = HERE.parent / "jurisdictions"
FIRST = ["Anna", "Erik", "Karin", "Lars", "Marie", "Jean", "Hans", "Greta", "Giulia", "Pieter",
         "Sofia", "Ahmed", "Yuki", "Olga", "Juan", "Ingrid", "Per", "Liisa", "Søren", "Clara"]
LAST = ["Andersson", "Halldin", "Müller", "Dupont", "de Vries", "Rossi", "García", "Nieminen",
        "Hansen", "Larsen", "Smith", "Novak", "Kowalski", "Haddad", "Tanaka", "Ivanova", "Silva",
        "Berg", "Lindqvist", "Öhrström"]
BAD_CELLS = ["sometime", "??", "19xx-13", "n/a n/a", "1920-talet?", "Sverige?", "\u00a0", "0000"]
# Kinds of object that are photographed while being built (rules/vocabulary.yaml lists
# them as no contradiction), and how often a photo of one shows it unfinished.
BUILT = {"building", "interior", "archaeological_site", "monument"}
# Flat works, whose photo may be a faithful reproduction (rules/photo.yaml's PD-Art rules).
FLAT = {"painting", "mural"}
UNDER_CONSTRUCTION = 0.03
# Draws of an artist before one is found who could have made the work before the photo.
ARTIST_TRIES = 8


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
    if hostile:
        yield from _hostile(n, rng, pop)
        return
    for i in range(n):
        p = rng.choices(photographers, pw)[0]
        lo = p["born"] + 18
        hi = min(p["died"] or 2024, 2024)
        made = rng.randint(min(lo, hi), hi)
        depicted_type = rng.choices(types, tw)[0]
        # The depicted work's creator: one who could have made it before the photo.
        for _ in range(ARTIST_TRIES):
            a = rng.choices(artists, aw)[0]
            if a["born"] + 20 <= made:
                break
        else:
            a = {"name": "unknown", "born": made - 100, "died": None}
        work = rng.randint(a["born"] + 20, min(made_by(a), made))
        if depicted_type in BUILT and rng.random() < UNDER_CONSTRUCTION:
            work = made + rng.randint(1, 3)  # photographed while being built
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
            "depicted_type": depicted_type,
            "depicted_creator": rng.choice([a["name"], a["name"], "unknown", ""]),
            "depicted_creator_death_year": str(a["died"]) if a["died"] and rng.random() < 0.7 else "",
            "depicted_date": _fuzzy(rng, work),
            "depicted_setting": rng.choice(["outdoor_public", "outdoor_public", "indoor_public", "private", ""]),
            "depicted_permanent": rng.choice(["yes", "yes", "no", ""]),
        }
        _damage(rng, row)
        yield row


def _damage(rng: random.Random, row: dict[str, str]) -> None:
    for col in COLUMNS[1:]:
        if rng.random() < 0.02 / 4:
            row[col] = rng.choice(BAD_CELLS)


def _blank(rng: random.Random, value: str, share: float = 0.2) -> str:
    return "" if rng.random() < share else value


def _hostile(n: int, rng: random.Random, pop: dict[str, Any]) -> Any:
    """Every draw uniform over what changes a fact: every country with a law file, plus
    unsupported and missing ones; death years from 1830 to today, so that every term of
    every law is both run out and running somewhere; every optional column (the US
    formalities, the viewpoint, the works inside, a rights holder who may be unknown).
    Half the rows show a flat work (a museum's paintings and murals), mostly as faithful
    reproductions: the PD-Art rules read the photo's facts and the depicted work's together.
    A year stands beside a name only; photo and work dates agree with the years, except in
    the few rows a catalogue gets wrong (population.yaml, hostile: a damaged cell, a photo
    published before it was taken, a building written as a reproduction)."""
    codes = sorted(p.stem for p in JURISDICTIONS.glob("*.yaml"))
    places = [*codes, *(c for c in pop["countries"] if c not in codes), ""]
    h = pop["hostile"]
    formality_places = list(h["formality_countries"])
    licences = list(pop["licences"])
    flat = [t for t in pop["depicted_types"] if t in FLAT]
    other = [t for t in pop["depicted_types"] if t not in FLAT]
    kinds = ["", "photographic_work", "simple_photograph"]
    settings = ["outdoor_public", "indoor_public", "private", ""]
    tri = ["yes", "no", ""]
    viewpoints = ["public_ground", "ground", "aerial", ""]
    holders = ["", "Museum", "unknown"]

    def place() -> str:
        return rng.choice(formality_places) if rng.random() < h["formality_share"] else rng.choice(places)

    for i in range(n):
        died = rng.randint(1830, 2025)
        born = died - rng.randint(25, 95)
        made = rng.randint(max(born + 18, 1830), min(died, 2024))
        anonymous = rng.random() < 0.15
        a_died = rng.randint(1500, 2025)
        latest = min(a_died, made)
        work = rng.randint(min(max(a_died - 60, 1450), latest), latest)
        if rng.random() < 0.3:  # a work finished after its creator died, or old, unattributed
            work = rng.randint(1200, made)
        is_flat = rng.random() < h["flat_share"]
        depicted_type = rng.choice(flat if is_flat else other)
        reproduction = rng.random() < (h["flat_reproduction"] if is_flat else h["other_reproduction"])
        photographer = "" if anonymous else _blank(rng, f"Person {i}", 0.1)
        creator = rng.choice([f"Artist {i}", "unknown", ""])
        named = creator.startswith("Artist")
        row = {
            "id": f"H-{i:08d}",
            "title": f"Hostile {i}",
            "photographer": photographer,
            "photographer_death_year": _blank(rng, str(died), 0.25) if photographer else "",
            "photographer_birth_year": _blank(rng, str(born), 0.5) if photographer else "",
            "anonymous": "yes" if anonymous else rng.choice(["no", ""]),
            "image_date": _blank(rng, _fuzzy(rng, made), 0.1),
            "published_date": _blank(rng, str(min(made + rng.randint(0, 30), 2025)), h["unpublished"]),
            "origin_country": place(),
            "photo_kind": "faithful_reproduction" if reproduction else rng.choice(kinds),
            "licence": rng.choice(licences),
            "rights_holder": rng.choice(holders),
            "depicted_country": place(),
            "depicted_type": depicted_type,
            "depicted_creator": creator,
            "depicted_creator_death_year": _blank(rng, str(a_died), 0.3) if named else "",
            "depicted_date": _blank(rng, _fuzzy(rng, work), 0.2),
            "depicted_setting": rng.choice(settings),
            "depicted_permanent": rng.choice(tri),
            **{col: rng.choice(tri) for col in FORMALITY_COLUMNS},
            "taken_from": rng.choice(viewpoints),
            "shows_works_inside": rng.choice(tri),
        }
        if rng.random() < h["damaged"]:
            row[rng.choice(COLUMNS[2:])] = rng.choice(BAD_CELLS)
        if rng.random() < h["published_before_taken"] and made > 1830:
            row["published_date"] = str(rng.randint(1830, made - 1))
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
