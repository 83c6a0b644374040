"""A row's own title against its own cells: where the title says what a cell denies, the row says
two things of one photo and goes to a person (needs-review-contradictory-facts), as a batch's
assumption is not taken for such a title (tests/test_assume_against_the_row.py; review 17)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from copyright_check.cli import app

runner = CliRunner()


def _assess(tmp_path: Path, text: str, *args: str) -> list[dict[str, object]]:
    path = tmp_path / "batch.csv"
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["assess", str(path), "--as-of", "2026-12-01", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]


def _rules(row: dict[str, object]) -> list[str]:
    return [r["rule"] for r in row["reasons"]]  # type: ignore[attr-defined,index]


def test_a_faithful_reproduction_cell_beside_a_title_naming_a_3d_object_is_a_contradiction(tmp_path: Path) -> None:
    # Review 17 G2 (play/g11_repro17.csv): a museum's own photo_kind faithful_reproduction on 2020 photos titled
    # "Byst av Gustav III" (Sergel d. 1814), "Vas", "Mynt", "Medalj", typed artwork, was ok {{PD-Art}}.
    # Commons:When to use the PD-Art tag covers "a faithful reproduction of an old, public domain, two-dimensional
    # work of art" (stored http://commons.wikimedia.org/wiki/Commons:When_to_use_the_PD-Art_tag); a bust or a coin
    # is no flat work.
    row = ",Museifotograf,2020,SE,faithful_reproduction,,SE,artwork,{c},{d},{m},indoor_public\n"
    text = ("id,title,photographer,image_date,origin_country,photo_kind,licence,depicted_country,depicted_type,"
            "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting\n"
            "R3,Byst av Gustav III" + row.format(c="Johan Tobias Sergel", d=1814, m=1790)
            + "R2,Vas" + row.format(c="okänd", d="", m=1750)
            + "R4,Mynt" + row.format(c="okänd", d="", m=1650)
            + "R8,Medalj" + row.format(c="okänd", d="", m=1700)
            + "R0,\"Oljemålning, Midsommardans\"" + row.format(c="Anders Zorn", d=1920, m=1897))
    rows = _assess(tmp_path, text)
    assert [r["verdict"] for r in rows] == ["needs_review"] * 4 + ["ok"]
    assert all("needs-review-contradictory-facts" in _rules(r) for r in rows[:4])


def test_a_permanent_cell_beside_a_title_naming_a_work_temporary_by_its_kind_is_a_contradiction(
        tmp_path: Path) -> None:
    # Review 17 G6 (play/g6_temp17.csv): the Wrapped Reichstag, a sand, an ice or a snow sculpture, a light
    # installation, typed outdoor_public and depicted_permanent yes, was ok {{FoP-Germany}}. UrhG § 59(1) covers works
    # "bleibend" at public places; BGH, 24 January 2002, I ZR 102/99, Verhüllter Reichstag: the two weeks' wrapping
    # was not (stored http://www.urteilsrubrik.de/urheberrecht/reichstagsenthullungen-aus-karlsruhe/).
    row = (",Hans Meyer,2019,DE,photographic_work,CC BY 4.0,Hans Meyer,DE,sculpture,Hans Künstler,,2019,"
           "outdoor_public,{p}\n")
    text = ("id,title,photographer,image_date,origin_country,photo_kind,licence,rights_holder,depicted_country,"
            "depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,"
            "depicted_permanent\n"
            + "".join(f"T{i},{t}" + row.format(p="yes") for i, t in enumerate(
                ["\"Verhüllter Reichstag, Christo und Jeanne-Claude 1995\"", "Wrapped Reichstag by Christo",
                 "Sandskulptur am Strand", "Snow sculpture", "Lichtinstallation am Dom", "Kunstaktion 2019"]))
            + "P1,Skulptur am Marktplatz" + row.format(p="yes"))
    rows = _assess(tmp_path, text)
    assert [r["verdict"] for r in rows] == ["needs_review"] * 6 + ["ok"]
    assert all("needs-review-contradictory-facts" in _rules(r) for r in rows[:6])


def test_a_batch_s_permanence_does_not_answer_a_title_naming_a_work_temporary_by_its_kind(tmp_path: Path) -> None:
    # Review 17 G6 (play/g6_temp17b.csv): the same with the cell empty and --assume depicted_permanent=yes.
    row = (",Hans Meyer,2019,DE,photographic_work,CC BY 4.0,Hans Meyer,DE,sculpture,Hans Künstler,,2019,"
           "outdoor_public,\n")
    text = ("id,title,photographer,image_date,origin_country,photo_kind,licence,rights_holder,depicted_country,"
            "depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,"
            "depicted_permanent\n" + "T1,\"Eisskulptur, Weihnachtsmarkt\"" + row
            + "T2,Reichstag verhüllt" + row)
    rows = _assess(tmp_path, text, "--assume", "depicted_permanent=yes")
    assert [r["verdict"] for r in rows] == ["needs_review", "needs_review"]
    assert all("not-assumed:depicted_permanent" in _rules(r) for r in rows)


_OWN = ("id,title,photographer,image_date,origin_country,photo_kind,licence,rights_holder,depicted_country,"
        "depicted_type,depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting,depicted_permanent\n")


def test_an_outdoor_public_cell_beside_a_museum_or_exhibition_title_is_a_contradiction(tmp_path: Path) -> None:
    # Review 17 G9 (play/g12_own17.csv O1, O2): Hepworth (d. 1975) typed outdoor_public under "Ausstellungsansicht,
    # Museum Ludwig" was ok {{FoP-Germany}}. UrhG § 59(1) covers works "bleibend an öffentlichen Wegen, Straßen oder
    # Plätzen" (stored https://www.ipwiki.de/urheberrecht:werke_an_oeffentlichen_plaetzen), not a museum's rooms. A
    # museum's own building is photographed from the street, so a building's row is not read.
    row = ",Anna,2020,DE,photographic_work,CC BY 4.0,Anna,DE,{t},{c},{d},{m},outdoor_public,yes\n"
    text = (_OWN + "O1,\"Ausstellungsansicht, Museum Ludwig\"" + row.format(t="sculpture", c="Barbara Hepworth",
                                                                           d=1975, m=1960)
            + "O2,Kunstmuseum Wolfsburg" + row.format(t="building", c="Schweger und Partner", d="", m=1994)
            + "O3,Skulptur vor dem Rathaus" + row.format(t="sculpture", c="Barbara Hepworth", d=1975, m=1960))
    rows = _assess(tmp_path, text)
    assert rows[0]["verdict"] == "needs_review" and "needs-review-contradictory-facts" in _rules(rows[0])
    assert "needs-review-contradictory-facts" not in _rules(rows[1])
    assert rows[2]["verdict"] == "ok"


def test_a_batch_s_country_does_not_answer_a_title_naming_a_place_of_another_country(tmp_path: Path) -> None:
    # Review 17 G9/G12 (play/g12_own17.csv O3, O5): I. M. Pei's Louvre pyramid (d. 2019) under a batch's country
    # SE would be ok {{FoP-Sweden}}; France has no freedom of panorama (Commons:Deletion requests/Pictures of the Louvre
    # Pyramid, stored https://download.osmand.net/wiki/Commons:Deletion_requests/Pictures_of_the_Louvre_Pyramid). The
    # places are vocabularies/persons.yaml's. The row's own depicted_country is the cataloguer's and stands: a title
    # names foreign cities for much else ("Vancouver, Washington", RC-US-54; README Known limits).
    row = ",Anna,2020,SE,photographic_work,CC BY 4.0,Anna,,building,I. M. Pei,2019,1989,outdoor_public,yes\n"
    text = (_OWN + "P1,\"Louvrepyramiden, Paris\"" + row + "P2,\"Kulturhuset, Stockholm\"" + row
            + "P3,\"Från Stockholm till Paris\"" + row)
    rows = _assess(tmp_path, text, "--assume", "depicted_country=SE")
    assert "not-assumed:depicted_country" in _rules(rows[0]) and rows[0]["verdict"] != "ok"
    assert "not-assumed:depicted_country" not in _rules(rows[1]) and rows[1]["verdict"] == "ok"
    assert "not-assumed:depicted_country" not in _rules(rows[2])


def test_a_listed_place_a_title_names_for_something_else_is_not_read(tmp_path: Path) -> None:
    # rules/vocabulary.yaml title_places_not_read: Danish "lille" is "little" (examples/records.csv EX-012, the Little
    # Mermaid, not Lille), and "St. John's Cathedral, Belize City" (EX-BZ-1) names a saint, not Antigua's capital.
    row = ",Anna,2020,{c},photographic_work,CC BY 4.0,Anna,,building,unknown,,1820,outdoor_public,yes\n"
    for title, country in (("Den lille Havfrue, Langelinie", "DK"), ("St. John's Cathedral, Belize City", "BZ")):
        rows = _assess(tmp_path, _OWN + f"L1,\"{title}\"" + row.format(c=country), "--assume",
                       f"depicted_country={country}")
        assert "not-assumed:depicted_country" not in _rules(rows[0]), title


_OBJECT = ("id,title,photographer,image_date,origin_country,photo_kind,licence,depicted_country,depicted_type,"
           "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting\n")
_OBJECT_ROW = ",Museifotograf,2020,SE,{k},,SE,artwork,okänd,,1650/1750,indoor_public\n"


def test_a_faithful_reproduction_cell_beside_a_title_naming_a_museum_s_3d_object_is_a_contradiction(
        tmp_path: Path) -> None:
    # Review 18 G5 (play/fr18.csv): 71 of 72 museum objects of 1650/1750 photographed in 2020 with no licence, typed
    # faithful_reproduction, were ok {{PD-Art|1=PD-old-assumed}}: church silver, vessels, furniture and clocks, arms,
    # jewellery and regalia, dolls and masks. Commons:When to use the PD-Art tag covers "a faithful reproduction of an
    # old, public domain, two-dimensional work of art" (stored
    # http://commons.wikimedia.org/wiki/Commons:When_to_use_the_PD-Art_tag); a photo of a chalice or a chair has its
    # photographer's framing and lighting (rules/vocabulary.yaml object_title_words).
    titles = ["\"Kalk, silver\"", "Nattvardskalk", "Ljusstake i mässing", "\"Teller, Fayence\"", "Kelch", "Monstranz",
              "\"Chalice, silver-gilt\"", "Candlestick", "Urna", "Teapot", "\"Stol, 1700-tal\"", "Standuhr",
              "Longcase clock", "Sedia", "Hjälm", "Schwert", "Épée", "\"Ring, guld\"", "Brosche", "Couronne", "Puppe",
              "Maschera", "Netsuke", "Snuff box", "Porzellanfigur", "Skål med lock", "茶碗"]
    rows = _assess(tmp_path, _OBJECT + "".join(f"F{i},{t}" + _OBJECT_ROW.format(k="faithful_reproduction")
                                                for i, t in enumerate(titles)))
    assert [r["verdict"] for r in rows] == ["needs_review"] * len(titles)
    assert all("needs-review-contradictory-facts" in _rules(r) for r in rows)


def test_a_painting_s_title_naming_an_object_it_shows_is_no_contradiction_of_a_faithful_reproduction(
        tmp_path: Path) -> None:
    # Review 18 G5, the other side: a still life or a portrait names the objects painted ("Still life with a jug",
    # "Stilleben med kanna", "Portrait of a man with a sword"), and a title naming the flat work ("Stilleben, kanna",
    # "Gemälde: Krone und Zepter") is a painting's; an inn's sign ("Gasthof zur Krone") names no object. Each stays a
    # faithful reproduction of an old flat work, ok {{PD-Art}} (rules/vocabulary.yaml flat_work_title_words,
    # object_held_title_words).
    # Typed painting (review 19 G2: the type that says the work is flat), each; typed the generic artwork, those
    # whose title names the flat work (a still life, a Gemälde).
    titles = ["Still life with a jug", "Stilleben med kanna", "Portrait of a man with a sword",
              "Girl with a Pearl Earring", "Nature morte au pichet", "\"Stilleben, kanna\"",
              "Gemälde: Krone und Zepter", "Gasthof zur Krone", "The Fortune Teller", "Midsommardans"]
    painting = _OBJECT_ROW.format(k="faithful_reproduction").replace(",artwork,", ",painting,")
    rows = _assess(tmp_path, _OBJECT + "".join(f"P{i},{t}" + painting for i, t in enumerate(titles)))
    assert [r["verdict"] for r in rows] == ["ok"] * len(titles)
    assert all("{{PD-Art|1=PD-old-assumed}}" in r["templates"] for r in rows)  # type: ignore[operator]
    flat = ["Still life with a jug", "Stilleben med kanna", "Nature morte au pichet", "\"Stilleben, kanna\"",
            "Gemälde: Krone und Zepter"]
    rows = _assess(tmp_path, _OBJECT + "".join(f"P{i},{t}" + _OBJECT_ROW.format(k="faithful_reproduction")
                                                for i, t in enumerate(flat)))
    assert [r["verdict"] for r in rows] == ["ok"] * len(flat)
    assert all("{{PD-Art|1=PD-old-assumed}}" in r["templates"] for r in rows)  # type: ignore[operator]


_WORK = ("id,title,photographer,image_date,origin_country,photo_kind,licence,depicted_country,depicted_type,"
         "depicted_creator,depicted_creator_death_year,depicted_date,depicted_setting\n")


def test_pd_art_only_for_a_work_the_row_says_is_flat_not_for_the_generic_artwork(tmp_path: Path) -> None:
    # Review 19 G2 (play/fr19b.csv): 2020 museum photos typed faithful_reproduction beside the generic konstverk
    # (depicted_type artwork, which is a painting or a sculpture) of Rodin's Le Penseur, Michelangelo's David,
    # Molin's Bältespännarna were ok {{PD-Art}}. PD-Art is for "a faithful reproduction of an old, public domain,
    # two-dimensional work of art" (Commons:When to use the PD-Art tag, stored
    # http://commons.wikimedia.org/wiki/Commons:When_to_use_the_PD-Art_tag); a photo of a sculpture has its
    # photographer's copyright. Nothing in these rows says the work is flat: a person says which it is.
    rows = _assess(tmp_path, _WORK
                   + "S1,Le Penseur,Museifotograf,2020,SE,faithful_reproduction,,SE,konstverk,Auguste Rodin,1917,"
                     "1904,indoor_public\n"
                   + "S2,David,Museifotograf,2020,SE,faithful_reproduction,,SE,Kunstwerk,Michelangelo,1564,"
                     "1504,indoor_public\n"
                   + "S3,\"Bältespännarna, brons\",Museifotograf,2020,SE,faithful_reproduction,,SE,work of art,"
                     "Johan Peter Molin,1873,1859,indoor_public\n")
    assert [r["verdict"] for r in rows] == ["needs_review"] * 3
    assert all("photo-faithful-reproduction-not-of-a-2d-work" in _rules(r) for r in rows[:2])
    # Review 31a F2: Swedish "brons" (bronze) is a three_d_title_words entry now, so S3's own title
    # contradicts its faithful_reproduction (needs-review-contradictory-facts) before the type is asked.
    assert "needs-review-contradictory-facts" in _rules(rows[2])
    assert all(not r["templates"] for r in rows)
    assert "flat" in rows[0]["reasons"][0]["text"]  # type: ignore[index]


def test_pd_art_for_a_painting_typed_as_one_or_titled_as_one(tmp_path: Path) -> None:
    # The same rule, the flat side (Commons:When to use the PD-Art tag): a painting word in depicted_type
    # (målning, Gemälde, painting: depicted_type painting) or, beside the generic artwork, a title naming a
    # flat work (flat_work_title_words: "Oljemålning", "Kupferstich") says the work is flat.
    rows = _assess(tmp_path, _WORK
                   + "P1,Midsommardans,Museifotograf,2020,SE,faithful_reproduction,,SE,målning,Anders Zorn,1920,"
                     "1897,indoor_public\n"
                   + "P2,Midsommardans,Museifotograf,2020,SE,faithful_reproduction,,SE,Gemälde,Anders Zorn,1920,"
                     "1897,indoor_public\n"
                   + "P3,\"Midsommardans, oljemålning\",Museifotograf,2020,SE,faithful_reproduction,,SE,konstverk,"
                     "Anders Zorn,1920,1897,indoor_public\n"
                   + "P4,Midsommardans,Museifotograf,2020,SE,faithful_reproduction,,SE,konstverk,Anders Zorn,1920,"
                     "1897,indoor_public\n")
    assert [r["verdict"] for r in rows] == ["ok", "ok", "ok", "needs_review"]
    assert all("{{PD-Art|1=PD-old-auto-expired|deathyear=1920}}" in r["templates"]  # type: ignore[operator]
               for r in rows[:3])


def test_a_museum_s_object_photographed_as_a_photographic_work_is_read_as_before(tmp_path: Path) -> None:
    # The object words are read beside faithful_reproduction only: a chalice photographed as the photographer's own
    # work is no contradiction (review 18 G5; README "Batch-wide facts").
    rows = _assess(tmp_path, _OBJECT + "F1,\"Kalk, silver\"" + _OBJECT_ROW.format(k="photographic_work"))
    assert "needs-review-contradictory-facts" not in _rules(rows[0])


def test_an_outdoor_public_cell_beside_a_work_said_to_stand_in_a_named_museum_is_a_contradiction(
        tmp_path: Path) -> None:
    # Review 18 G9 (play/ex18.csv): a sculpture typed outdoor_public under "im Kunstmuseum Wolfsburg", "in der
    # Kunsthalle Bielefeld", "in der Pinakothek der Moderne", "in der Ausstellung", "in der Sammlung des Museums",
    # "Dauerausstellung" was ok {{FoP-Germany}}. UrhG § 59(1) covers works "bleibend an öffentlichen Wegen, Straßen
    # oder Plätzen" (stored https://www.ipwiki.de/urheberrecht:werke_an_oeffentlichen_plaetzen), not a museum's rooms.
    row = ",Anna,2020,DE,photographic_work,CC BY 4.0,Anna,DE,sculpture,Barbara Hepworth,1975,1960,outdoor_public,yes\n"
    titles = ["Skulptur im Kunstmuseum Wolfsburg", "Plastik in der Kunsthalle Bielefeld",
              "Skulptur in der Pinakothek der Moderne", "Skulptur in der Ausstellung",
              "Skulptur in der Sammlung des Museums", "\"Skulptur, Dauerausstellung\"", "Skulptur i museet",
              "Skulptur im Innenhof des Museums", "Skulptur vor dem Rathaus"]
    rows = _assess(tmp_path, _OWN + "".join(f"E{i},{t}{row}" for i, t in enumerate(titles)))
    assert [r["verdict"] for r in rows] == ["needs_review"] * 7 + ["ok", "ok"]
    assert all("needs-review-contradictory-facts" in _rules(r) for r in rows[:7])
