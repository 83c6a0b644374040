"""A photographer cell naming several people beside one death year (vocabularies/persons.yaml).

The term of a joint work runs from the death of the last of its authors (Berne Convention
art. 7bis; Commons:Licensing: the file must be free everywhere it is used). A collection
system's multi-valued field exported into one cell ("Halldin, Oscar; Riwkin, Anna") beside
one death year does not say whose death that is: read as the term's year, a photo by a
co-author who died in 1970 was `ok` on the other's 1948.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.record import names_several

AS_OF = date(2026, 11, 30)
# Sweden, life + 70; published 1925 (US: over 95 years): ok on a death in 1948 alone.
PHOTO = {"id": "P-1", "photographer_death_year": "1948", "image_date": "1920", "published_date": "1925",
         "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none"}
# A Swedish photo of 1930, ok on a photographer's death in 1948 alone: the row beside which
# each test below writes its person cell.
SE_1930 = {"photographer_death_year": "1948", "image_date": "1930", "published_date": "1930",
           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none"}


@pytest.mark.parametrize("cell", [
    "Oscar Halldin; Anna Riwkin", "Halldin, Oscar; Riwkin, Anna", "Oscar Halldin & Anna Riwkin",
    "Oscar Halldin och Anna Riwkin", "Oscar Halldin and Anna Riwkin", "Oscar Halldin / Anna Riwkin",
    "Oscar Halldin | Anna Riwkin", "Oscar Halldin\nAnna Riwkin", "Oscar Halldin, Anna Riwkin",
    "Halldin, Oscar, Riwkin, Anna", '["Oscar Halldin", "Anna Riwkin"]',
    # the joins of one letter in lower case, and in a cell of capitals, where an initial and a
    # join look alike
    "Oscar Halldin u. Anna Riwkin", "Oscar Halldin e Anna Riwkin", "OSCAR HALLDIN E ANNA RIWKIN",
    # Title Case joins: a capital letter between names of more than one word, or beside a
    # firm's word, is no middle initial (review 25e P4)
    "Oscar Halldin E Anna Riwkin", "Paul U. Maria Halldin", "Halldin (U.) Riwkin", "Mayo Y Compañía",
])
def test_one_death_year_beside_several_photographers_is_never_ok(cell: str) -> None:
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "names more than one person" in a.errors[0].message


@pytest.mark.parametrize("cell", [
    "Oscar Halldin", "Halldin, Oscar", "Halldin, Oscar Emanuel", "van Gogh, Vincent Willem",
    "Halldin, Oscar (1873-1948)", "O. Halldin", "Oscar Halldin;",
    # a capital letter between two names is a middle initial, not a join of one letter ("u.",
    # "e", "y", "i"): review 25b, the Capitol's architect Thomas U. Walter
    "Thomas U. Walter", "John E Smith", "Juan I Garcia",
    # and before a surname with its particles (review 25f P7)
    "Fritz U. von Opel", "Thomas U. Van Dyke",
])
def test_one_person_written_surname_first_or_with_particles_is_one_person(cell: str) -> None:
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.errors == []
    assert a.verdict is Verdict.OK


def test_n_a_twice_is_no_join_of_two_people_but_names_no_one() -> None:
    # "n/a" is no join (realistic-20000's 'n/a n/a'), and the cell is an export's placeholder twice: the
    # death year beside it is no one's (review 18 G14: "n/a" is found whole before the cell is split at "/").
    a = Assessor().assess({**PHOTO, "photographer": "n/a n/a"}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW and not names_several("n/a n/a")
    assert "photo-author-not-identified" in [r.rule for r in a.reasons]


def test_several_photographers_whose_given_death_still_protects_stay_not_ok() -> None:
    # The last of them died no earlier than the year given: a term still running on that
    # year runs on the last death too (Sweden, life + 70: 1970 runs to 2040).
    a = Assessor().assess({**PHOTO, "photographer": "Oscar Halldin; Anna Riwkin",
                           "photographer_death_year": "1970", "published_date": "1935"}, as_of=AS_OF)
    assert a.verdict is Verdict.NOT_OK


def test_several_photographers_without_a_death_year_get_no_such_error() -> None:
    a = Assessor().assess({**PHOTO, "photographer": "Oscar Halldin; Anna Riwkin",
                           "photographer_death_year": ""}, as_of=AS_OF)
    assert not any("more than one person" in e.message for e in a.errors)


@pytest.mark.parametrize("cell", ["Anna Riwkin (1908-1970)", "Riwkin, Anna, 1908–1970", "Anna Riwkin, d. 1970",
                                  "Anna Riwkin † 1970"])
def test_a_death_year_the_name_cell_contradicts_is_never_ok(cell: str) -> None:
    # The name's own life dates say 1970, the death-year cell 1948: one of them is wrong,
    # and on 1948 the photo would be PD in Sweden, on 1970 protected to 2040.
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "gives the death year 1970" in a.errors[0].message


@pytest.mark.parametrize("cell", ["Halldin, Oscar (1873-1948)", "Oscar Halldin † 1948",
                                  "Oscar Halldin (verksam 1890-1920)", "Oscar Halldin (fl. 1890-1920)"])
def test_a_name_cell_whose_dates_agree_or_are_working_years_keeps_its_ok(cell: str) -> None:
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.errors == []
    assert a.verdict is Verdict.OK


def test_a_death_year_the_architect_cell_contradicts_is_never_ok() -> None:
    building = {**PHOTO, "photographer": "Oscar Halldin", "depicted_type": "building", "depicted_country": "SE",
                "depicted_setting": "private", "depicted_permanent": "yes", "depicted_date": "1910",
                "depicted_creator_death_year": "1940"}
    agrees = Assessor().assess({**building, "depicted_creator": "Ferdinand Boberg (1860-1940)"}, as_of=AS_OF)
    contradicts = Assessor().assess({**building, "depicted_creator": "Ferdinand Boberg (1860-1966)"}, as_of=AS_OF)
    assert agrees.verdict is Verdict.OK, agrees.reasons
    assert contradicts.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in contradicts.errors] == ["depicted_creator_death_year"]


# A building by two architects is protected until the last of them has died (Berne art.
# 7bis; Commons:Freedom of panorama: without FoP the building's own term decides). France,
# life + 70, no commercial FoP: on a death in 1950 alone the photo would be ok.
BUILDING = {**PHOTO, "photographer": "Wikimedia volunteer", "photographer_death_year": "", "image_date": "2021",
            "published_date": "", "origin_country": "FR", "licence": "CC BY-SA 4.0", "photo_kind": "",
            "depicted_type": "building", "depicted_country": "FR", "depicted_date": "1923",
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes", "depicted_creator_death_year": "1950"}


@pytest.mark.parametrize("cell", [
    "Ragnar Östberg & Carl Milles", "Ragnar Östberg\nCarl Milles", '["Ragnar Östberg", "Carl Milles"]',
    "Ragnar Östberg och Carl Milles", "Ragnar Östberg; Carl Milles", "Ragnar Östberg, Carl Milles and Ivar Tengbom",
    "architects Ragnar Östberg and Carl Milles", "Östberg, Ragnar; Milles, Carl", "Ragnar Östberg + Carl Milles",
])
def test_one_death_year_beside_several_depicted_creators_is_never_ok(cell: str) -> None:
    a = Assessor().assess({**BUILDING, "depicted_creator": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["depicted_creator_death_year"]
    assert "names more than one person" in a.errors[0].message


@pytest.mark.parametrize("cell", ["Ragnar Östberg", "Östberg, Ragnar"])
def test_one_depicted_creator_beside_a_death_year_keeps_its_ok(cell: str) -> None:
    a = Assessor().assess({**BUILDING, "depicted_creator": cell}, as_of=AS_OF)
    assert a.errors == []
    assert a.verdict is Verdict.OK, a.reasons


def test_several_depicted_creators_whose_given_death_still_protects_stay_not_ok() -> None:
    # The last of them died no earlier than 1990: the building is protected to 2060 at least.
    a = Assessor().assess({**BUILDING, "depicted_creator": "Ragnar Östberg & Carl Milles",
                           "depicted_creator_death_year": "1990", "depicted_date": "1980"}, as_of=AS_OF)
    assert a.verdict is Verdict.NOT_OK


def test_one_birth_year_beside_several_photographers_bounds_no_death() -> None:
    # With no death year, a birth year bounds the death (rules/vocabulary.yaml, lifespan):
    # born 1770, dead by 1890. One co-author's birth says nothing of the other's death.
    row = {**PHOTO, "photographer_death_year": "", "photographer_birth_year": "1770", "image_date": "1850",
           "published_date": "1850"}
    several = Assessor().assess({**row, "photographer": "Oscar Halldin; Anna Riwkin"}, as_of=AS_OF)
    one = Assessor().assess({**row, "photographer": "Oscar Halldin"}, as_of=AS_OF)
    assert [e.column for e in several.errors] == ["photographer_birth_year"]
    assert "names more than one person" in several.errors[0].message
    assert several.verdict is Verdict.NEEDS_REVIEW
    assert one.errors == []


@pytest.mark.parametrize("cell", [
    "Oscar Halldin\rAnna Riwkin", "Oscar Halldin\u2028Anna Riwkin", "Oscar Halldin\u2029Anna Riwkin",
    "Oscar Halldin\x85Anna Riwkin", "Oscar Halldin\vAnna Riwkin", "Oscar Halldin；Anna Riwkin",
    "Oscar Halldin、Anna Riwkin", "Oscar Halldin ＆ Anna Riwkin", "Оскар Халльдин и Анна Ривкин",
    "أوسكار هالدين و آنا ريفكين", "Halldin Oszkár és Riwkin Anna",
])
def test_several_photographers_on_any_line_break_or_in_any_script_are_never_ok(cell: str) -> None:
    # A cell on two lines (a classic Mac CR, Unicode's line separator), a full-width sign,
    # "and" in Cyrillic or Arabic script: two people, as "A\nB" and "A & B" are.
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]


@pytest.mark.parametrize("cell", ["\u05d0\u05d1\u05e8\u05d4\u05dd \u05e4\u05d9\u05e8\u05e1\u05d8",
                                  "\u202eOscar Halldin\u202c", "Oscar 📷 Halldin", "Oscar\u200bHalldin"])
def test_one_photographer_in_another_script_or_with_invisible_marks_is_one_person(cell: str) -> None:
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.errors == []
    assert a.verdict is Verdict.OK



@pytest.mark.parametrize("cell", ["Ragnar Östberg m.fl.", "Ragnar Östberg (m. fl.)", "Ragnar Östberg u.a.",
                                  "Ragnar Östberg, et al.", "Ragnar Östberg ym.", "Ragnar Östberg e.a."])
def test_a_name_and_others_beside_one_death_year_is_never_ok(cell: str) -> None:
    # "m.fl." (Swedish: and others) names more authors than it writes out: the last of
    # them may have died after the year given (vocabularies/persons.yaml, others).
    a = Assessor().assess({**BUILDING, "depicted_creator": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["depicted_creator_death_year"]


# Berne Convention art. 7bis: the term of a joint work runs from the death of the last
# author, so one death year beside a cell naming several people cannot carry an ok
# (README "Messy input"). Review 9, R2: joins the list did not have.
@pytest.mark.parametrize("cell", [
    "Louis-Hippolyte Boileau samt Jacques Carlu", "Louis-Hippolyte Boileau sowie Jacques Carlu",
    "Louis-Hippolyte Boileau ainsi que Jacques Carlu", "Louis-Hippolyte Boileau etc.",
    "Louis-Hippolyte Boileau – Jacques Carlu", "Louis-Hippolyte Boileau - Jacques Carlu",
    "Louis-Hippolyte Boileau · Jacques Carlu", "Louis-Hippolyte Boileau • Jacques Carlu",
    "Louis-Hippolyte Boileau plus Jacques Carlu", "Louis-Hippolyte Boileau m fl",
    "Anna Riwkin m. fl", "Anna Riwkin bl.a.", "Anna Riwkin among others", "Anna Riwkin (team)",
    "Anna Riwkin \\ Oscar Halldin", "Anna Riwkin\tOscar Halldin", "Anna Riwkin [and] Oscar Halldin",
    "A. Riwkin, O. Halldin", "Riwkin A., Halldin O.",
    # a studio or family firm of several photographers
    "Gebrüder Haeckel", "Underwood Brothers", "Bröderna Lumière",
])
def test_several_people_joined_as_catalogues_join_them_are_several(cell: str) -> None:
    assert names_several(cell)


@pytest.mark.parametrize("cell", ["Louis-Hippolyte Boileau", "Halldin, Oscar A.", "Riwkin, A.",
                                  "Anna Riwkin-Brick", "Oscar Halldin - 1948"])
def test_one_person_with_initials_or_a_double_name_stays_one(cell: str) -> None:
    assert not names_several(cell)


@pytest.mark.parametrize("cell", ["Anna Riwkin?", "Anna Riwkin (?)", "possibly Anna Riwkin",
                                  "attr. Anna Riwkin", "Anna Riwkin (attributed)", "tillskriven Anna Riwkin",
                                  "zugeschrieben Anna Riwkin", "circle of Anna Riwkin"])
def test_a_doubted_attribution_does_not_carry_an_ok_on_its_death_year(check: Any, cell: str) -> None:
    # The death year is surely the author's only if the author is: a doubted attribution
    # (as a doubted date, "1948?") goes to a person. SE photo of 1930, d. 1948: PD in
    # Sweden since 2019 if she took it.
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column == "photographer_death_year" for e in a.errors)


@pytest.mark.parametrize(("cell", "group"), [
    ("Studio of Oscar Halldin", "studio of"), ("Workshop of Anna Riwkin", "workshop of"),
    ("circle of Anna Riwkin", "circle of"), ("Follower of Anna Riwkin", "follower of"),
    ("Atelier de Nadar", "atelier de"), ("Werkstatt Hugo Schmölz", "werkstatt"), ("Bottega di Alinari", "bottega di"),
])
def test_an_attribution_to_a_studio_workshop_or_circle_names_it_and_is_never_ok(
        check: Any, cell: str, group: str) -> None:
    # A studio, workshop, circle or school is not the person named: the work is by an unnamed
    # member (or a follower), whose death the record does not give; the term runs from the
    # author's death (Berne Convention art. 7(1)), and the master's death year beside it is
    # not that. Before, "Studio of X" was said to name two people ("of" between two names).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year"
    assert f"is an attribution ({group!r})" in error.message and "more than one person" not in error.message
    born = check(photographer=cell, photographer_birth_year="1880", image_date="1930", published_date="1930",
                 origin_country="SE", photo_kind="photographic_work", depicted_type="none")
    assert [e.column for e in born.errors] == ["photographer_birth_year"]
    assert f"is an attribution ({group!r})" in born.errors[0].message


# Review 11 A2: a studio, firm, publisher, printer, collection, archive, estate, museum or
# office is no natural person, and a death year beside it is not the author's (Berne
# Convention art. 7(1); Directive 2006/116/EC art. 1(1): the author's death). Commons reads a
# studio's photo as its unnamed operator's, not its founder's: a 1935 Bassano Ltd portrait is
# argued {{PD-UK-unknown}}, Alexander Bassano's death (1913) not being its term's year
# (Commons:Deletion requests/File:Lord Runciman.jpg, stored
# https://download.osmand.net/wiki/Commons:Deletion_requests/File:Lord_Runciman.jpg).
# Until review 11 "Atelier Jaeger" was read as Jaeger himself and was ok.
@pytest.mark.parametrize(("cell", "firm"), [
    ("Atelier Jaeger", "atelier"), ("Ateljé Jaeger", "ateljé"), ("Studio Lisa", "studio"), ("Atelier Nadar", "atelier"),
    ("Studio Harcourt", "studio"), ("F.lli Alinari", "f.lli"), ("Foto-Atelier Schmidt", "foto-atelier"),
    ("Jaeger (studio)", "studio"), ("Jaeger AS", "as"), ("Firma Jaeger", "firma"), ("Jaeger Verlag", "verlag"),
    ("Jaeger Kunstverlag", "kunstverlag"), ("Oscar Halldin (förlag)", "förlag"),
    ("Oscar Halldin, utgivare", "utgivare"),
    ("Samling Oscar Halldin", "samling"), ("Nachlass Oscar Halldin", "nachlass"), ("Oscar Halldin estate", "estate"),
    ("Oscar Halldin (samlare)", "samlare"), ("Repro: Oscar Halldin", "repro"), ("Print: Oscar Halldin", "print"),
    ("Nordiska museet", "museet"), ("Upplandsmuseet", "upplandsmuseet"),
    ("Riksantikvarieämbetet", "riksantikvarieämbetet"),
    ("Ателье Карла Буллы", "ателье"),
])
def test_a_studio_firm_publisher_collection_or_museum_is_no_person_beside_a_death_year(
        check: Any, cell: str, firm: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year"
    assert f"names a studio, firm, publisher, collection or institution ({firm!r})" in error.message
    born = check(photographer=cell, photographer_birth_year="1880", image_date="1930", published_date="1930",
                 origin_country="SE", photo_kind="photographic_work", depicted_type="none")
    assert [e.column for e in born.errors] == ["photographer_birth_year"]


@pytest.mark.parametrize("cell", [
    "Atelier 5", "Atelier Jean Nouvel", "Agence Perret", "Cabinet Perret", "Perret architectes", "Perret Architects",
    "Perret Architekten", "Perret arkitekter", "Arkitektkontoret Perret", "Büro Perret", "Perret Associates",
    "Auguste Perret (office)", "Perret SARL", "Perret SA", "Entreprise Perret", "Société Perret",
])
def test_an_architecture_firm_is_no_architect_beside_a_death_year(cell: str) -> None:
    # The firm's building is by its named partners, whose deaths the record does not give
    # (review 11 A2, play/firms.csv): France has no commercial freedom of panorama, so the
    # ok would rest on the death year.
    a = Assessor().assess({**BUILDING, "depicted_creator": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["depicted_creator_death_year"]
    assert "names a studio, firm" in a.errors[0].message


@pytest.mark.parametrize("cell", ["1948", "1873-1948", "1948-03-01", "ca. 1930", "1930/1948", "c. 1930", "(1948)"])
def test_a_number_or_date_in_the_name_cell_is_no_name_beside_a_death_year(check: Any, cell: str) -> None:
    # A shifted column or a wrong mapping: the death year beside it is no one's known death.
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "is no name" in a.errors[0].message


@pytest.mark.parametrize("cell", [
    "vielleicht Anna Riwkin", "Anna Riwkin (misschien)", "måske Anna Riwkin", "talvez Anna Riwkin",
    "quizás Anna Riwkin", "być może Anna Riwkin", "Anna Riwkin (allegedly)", "cercle de Anna Riwkin",
    "taller de Anna Riwkin", "scuola di Anna Riwkin", "Anna Riwkin (school)", "Anna Riwkin (workshop)",
    # Greek, Arabic, Persian (review 13 D10's GR3)
    "πιθανώς Γιώργος Παπαδόπουλος", "ίσως Γιώργος Παπαδόπουλος", "ربما أحمد علي", "احتمالاً أحمد علي",
])
def test_the_everyday_maybe_of_each_language_doubts_the_author(check: Any, cell: str) -> None:
    # Review 11 A2 (play/doubt11.csv, attr11.csv): a doubted attribution's death year is not
    # surely the author's (as "Anna Riwkin?").
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]


# fix16 item 3: a doubted name is not a fact. Beside the doubt words already read ("Anna Riwkin?",
# "possibly Halldin", "kanske", "vermutlich", "möglicherweise", "peut-être", "mogelijk"), the
# adjective a cataloguer's note adds after the name, "doubtful"/"uncertain", in the export languages
# the list lacked it in (vocabularies/persons.yaml doubtful): "Anna Riwkin (tveksamt)" beside 1930
# was ok {{PD-old-auto-expired|deathyear=1930}}.
@pytest.mark.parametrize("cell", [
    "Anna Riwkin?", "possibly Halldin", "kanske Anna Riwkin", "vermutlich Anna Riwkin", "möglicherweise Anna Riwkin",
    "peut-être Anna Riwkin", "mogelijk Anna Riwkin", "Anna Riwkin (tveksamt)", "Anna Riwkin, tvivelaktigt",
    "Anna Riwkin (tvilsomt)", "Anna Riwkin (douteux)", "Anna Riwkin (incertain)", "Anna Riwkin (dubbio)",
    "Anna Riwkin (dudoso)", "Anna Riwkin (incerto)", "Anna Riwkin (niepewne)"])
def test_a_doubted_name_is_no_fact_a_death_year_can_rest_on(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "doubts who the author is" in a.errors[0].message


@pytest.mark.parametrize("cell", ["Anna Riwkin", "Ragnar Östberg", "Henry Le Chatelier", "Oscar Halldin (1873-1948)",
                                  "Pieter Tanaka 40", "Li Na", "Jean Dupont", "Foto: Oscar Halldin",
                                  "Lusaka studio photographer", "museum photographer Anna Riwkin"])
def test_a_plain_name_stays_a_person(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize(("cell", "year"), [
    ("Pieter Tanaka 40", None), ("Lars 148", None), ("Anna Riwkin (1908-1970)", 1970),
    ("Anna Riwkin (\u0661\u0669\u0660\u0668-\u0661\u0669\u0667\u0660)", 1970),  # Arabic-Indic digits
    ("Hugo Schmölz, gest. 1938", 1938), ("Oscar Halldin † 1948", 1948), ("Oscar Halldin (verksam 1890-1920)", None),
    ("Studio 1920 Oy", None), ("Anna Riwkin (1908–²1970)", None),
])
def test_a_name_cell_gives_a_death_year_of_its_own_only_as_four_digits(cell: str, year: int | None) -> None:
    # record._reads_death_in_name reads a year only where the cell holds four digits in a
    # row (\d, any script's decimal digits: what its patterns read), and skips its searches
    # for any other cell: a number in a name ("Pieter Tanaka 40") is no death year.
    from copyright_check.record import death_in_name

    assert death_in_name(cell) == year


def test_the_one_pass_searches_find_what_a_search_for_each_sign_and_word_finds() -> None:
    # vocabularies.PersonJoins.any_sign / any_other / any_doubt: one search over a new person
    # cell for any sign, any "and others" phrase and any word doubting the attribution, where
    # record._reads_several and _reads_doubtful once searched for each in turn. Every sign,
    # phrase and word of vocabularies/persons.yaml, alone and inside names, with the
    # characters around them that make a match or not.
    import random

    from copyright_check.vocabularies import person_joins

    joins = person_joins()
    rng = random.Random(14)
    pieces = [*joins.signs, *joins.others, *joins.doubtful, *joins.organisations, *joins.organisation_endings,
              *joins.roles, " ", ",", "(", ")", "Anna", "riwkin", "m", "fl", ".", "et", "al", "ö", "?", "of", "uppland"]
    cells = [f"Oscar Halldin {p}" for p in (*joins.signs, *joins.others, *joins.doubtful, *joins.organisations)]
    cells += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for cell in cells:
        low = cell.lower()
        assert (joins.any_sign.search(low) is not None) == any(sign in low for sign in joins.signs), cell
        spaced = f" {low} "
        assert ((joins.any_other.search(spaced) is not None)
                == any(f" {o} " in spaced for o in joins.others)), cell
        assert ((joins.any_doubt.search(spaced) is not None)
                == (any((d in spaced) if d in ("?", "\uff1f") else (f" {d} " in spaced) for d in joins.doubtful)
                    or _organisation_found(spaced, joins))), cell


def _organisation_found(spaced: str, joins: Any) -> bool:
    """An organisation's words, or a word ending as one, not followed by a person's role."""
    def found(piece: str) -> bool:
        at = spaced.find(piece)
        while at >= 0:
            rest = spaced[at + len(piece):]
            if not any(rest.startswith(r + " ") for r in joins.roles):
                return True
            at = spaced.find(piece, at + 1)
        return False

    return (any(found(f" {o} ") for o in joins.organisations)
            or any(found(f"{e} ") for e in joins.organisation_endings))


# Review 10, F1: the forms the lists lacked. The term of a work of joint authorship runs from
# the death of the last surviving author (Directive 2006/116/EC art. 1(2), stored
# http://cryer.org.uk/Directive_2006%2f116%2fEC; Berne art. 7bis): beside one death year, a
# cell naming two people, a firm, or an attribution it doubts cannot carry an ok.
@pytest.mark.parametrize("cell", [
    # a dash without spaces (unlike a hyphen, no double name is written with it), a hyphen
    # with a space on one side, a dash between no-break or thin spaces
    "Anna Riwkin–Oscar Halldin", "Anna Riwkin—Oscar Halldin", "Anna Riwkin -Oscar Halldin",
    "Anna Riwkin- Oscar Halldin", "Anna Riwkin\u00a0-\u00a0Oscar Halldin", "Anna Riwkin\u2009-\u2009Oscar Halldin",
    # an HTML line break, Excel's escaped line break written out, a zero-width space
    "Anna Riwkin<br>Oscar Halldin", "Anna Riwkin<BR>Oscar Halldin", "Anna Riwkin_x000D_Oscar Halldin",
    "Anna Riwkin\u200bOscar Halldin",
    # other scripts' and fonts' slashes, bars, dots and ampersands
    "Anna Riwkin ⁄ Oscar Halldin", "Anna Riwkin ∕ Oscar Halldin", "Anna Riwkin ‖ Oscar Halldin",
    "Anna Riwkin﹠Oscar Halldin", "Anna Riwkin ・ Oscar Halldin", "Anna Riwkin ~ Oscar Halldin",
    # two sentences, two names; the Vancouver style of initials without dots
    "Anna Riwkin. Oscar Halldin", "Fotograf: Anna Riwkin. Retusch: Oscar Halldin", "Riwkin A, Halldin O",
    # joins and "and others" of the export languages
    "Anna Riwkin wraz z Oscar Halldin", "Anna Riwkin insieme a Oscar Halldin", "Anna Riwkin a spol.",
    "Anna Riwkin m. flere", "Anna Riwkin (assisted by Oscar Halldin)",
    # a firm or a family: a company does not die
    "Hnos. Lumière", "Jaeger Söhne", "Jaeger Sons", "Jaeger Bröder", "Jaeger Co.", "Jaeger Ltd", "Jaeger AB",
    "Jaeger GmbH", "Photo Jaeger Studios", "Jaeger family",
])
def test_several_people_or_a_firm_in_the_forms_exports_write_are_several(cell: str) -> None:
    assert names_several(cell)
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW


@pytest.mark.parametrize("cell", ["Louis-Hippolyte Boileau", "Anna Riwkin-Brick", "A. Riwkin", "Dr. Anna Riwkin",
                                  "Halldin, Oscar A", "Oscar Halldin (1873–1948)", "Anna Riwkin. Stockholm"])
def test_one_person_written_with_a_dash_a_dot_or_an_initial_stays_one(cell: str) -> None:
    assert not names_several(cell)


@pytest.mark.parametrize("cell", [
    "Anna Riwkin (attrib.)", "attrib. Anna Riwkin", "ascribed Anna Riwkin", "Anna Riwkin (uncertain)",
    "Anna Riwkin (osäker)", "ev. Anna Riwkin", "evt. Anna Riwkin", "evtl. Anna Riwkin", "wohl Anna Riwkin",
    "vermutl. Anna Riwkin", "prob. Anna Riwkin", "likely Anna Riwkin", "Anna Riwkin ？", "Anna Riwkin (toegeschr.)",
    "nach Anna Riwkin", "efter Anna Riwkin", "naar Anna Riwkin", "Anna Riwkin (trol.)", "förm. Anna Riwkin",
    "enl. uppgift Anna Riwkin", "Kreis des Anna Riwkin", "in der Art von Anna Riwkin", "Kopie nach Anna Riwkin",
    "attribuable à Anna Riwkin", "dans le goût d'Anna Riwkin", "atribuible a Anna Riwkin", "navolger van Anna Riwkin",
    "krąg Anna Riwkin", "kopio Anna Riwkinin mukaan", "Anna Riwkin (disputed)", "Anna Riwkin (according to donor)",
    "Anna Riwkin (enligt givaren)", "said to be Anna Riwkin",
])
def test_a_doubt_in_the_words_catalogues_use_does_not_carry_an_ok(check: Any, cell: str) -> None:
    # As test_a_doubted_attribution_does_not_carry_an_ok_on_its_death_year: the catalogue does
    # not know the author, so the death year is not surely the author's.
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column == "photographer_death_year" for e in a.errors)


@pytest.mark.parametrize("cell", [
    "Unidentified photographer", "unidentified", "not known", "Creator unknown", "Anonymous photographer", "anon.",
    "Autore ignoto", "Ej känd", "uppgift saknas", "ingen uppgift", "Fotograf: okänd", "Upphovsperson okänd",
    "Press photographer", "Pressfoto", "None", "NULL", "nil", "??",
    # cases15: the Bundesarchiv's "o.Ang.", "unknown" in cs sk hu hr/sr sl et lv lt ro el tr ca is
    "o.Ang.", "o. Ang.", "Neznámý autor", "neznámy", "ismeretlen", "nepoznat", "neznan", "tundmatu", "nezināms",
    "nežinomas", "necunoscut", "Άγνωστος", "bilinmiyor", "desconegut", "óþekktur",
])
def test_unknown_written_in_the_words_catalogues_and_exports_use_is_no_name(check: Any, cell: str) -> None:
    # Review 10, F1b (as 9e87d59 for "unknown"/"okänd", rules/vocabulary.yaml unknown_person_words):
    # the death year beside a cell that names no one belongs to no one the row names.
    from copyright_check.record import Record, Tri

    assert Record("U", photographer=cell).photographer_named is Tri.NO
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is not Verdict.OK


@pytest.mark.parametrize(("cell", "says"), [
    ("Oscar Halldin [1873-1990]", "gives the death year 1990"),
    ("Oscar Halldin 1873/1990", "gives the death year 1990"),
    ("Oscar Halldin (verksam 1900–1960)", "working years until 1960"),
    ("Oscar Halldin (fl. 1900–1960)", "working years until 1960"),
    ("Oscar Halldin (active 1900-1960)", "working years until 1960"),
    ("Oscar Halldin (tätig 1900–1960)", "working years until 1960"),
])
def test_life_or_working_dates_in_the_name_that_outlast_the_death_year_contradict_it(
        check: Any, cell: str, says: str) -> None:
    # Review 11 A11: square brackets (the cataloguing convention for supplied data), a slash,
    # and a working period that ends after the death year: a photographer at work in 1960 did
    # not die in 1948, so {{PD-old-auto-expired|deathyear=1948}} would state what the row does
    # not establish (the term runs from the author's death: Berne Convention art. 7(1)).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and says in error.message


@pytest.mark.parametrize("cell", [
    # MARC 21 headings end with a period (LIBRIS, the LC), lists with ';' or ','
    "Halldin, Oscar, 1873-1960.", "Oscar Halldin (1873-1960);", "Oscar Halldin (1873-1960),",
    "Oscar Halldin, 1873–1960.",
    # an authority id or a relator after the dates, a zero-width space pasted from a web page
    "Oscar Halldin (1873-1960) (Q123)", "Oscar Halldin (1873-1960) ULAN 500012345",
    "Oscar Halldin (1873-1960) fotograf", "Oscar Halldin (1873–1960)\u200b",
    # the dates first, other brackets, the LC's death-only heading
    "1873–1960 Oscar Halldin", "Oscar Halldin {1873-1960}", "Oscar Halldin <1873-1960>", "Halldin, Oscar, -1960",
    # a death or working period written with its preposition
    "Oscar Halldin (morto nel 1960)", "Oscar Halldin (tätig bis 1960)", "Oscar Halldin (active until 1960)",
    "Oscar Halldin (fl. 1900s–1960)"])
def test_life_dates_anywhere_in_the_name_that_outlast_the_death_year_contradict_it(check: Any, cell: str) -> None:
    # Review 13 D13: the life dates were read only where they ended the cell; a photographer
    # who died in 1960 (Berne art. 7(1), SE URL 43 §: protected to 2030) was ok beside 1948.
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]


@pytest.mark.parametrize("cell", ["Oscar Halldin (verksam 1900–1940)", "Oscar Halldin [1873-1948]",
                                  "Oscar Halldin 1873/1948", "Halldin, Oscar, 1873-1948.",
                                  "Oscar Halldin (1873-1948) ULAN 500012345", "Halldin, Oscar, -1948"])
def test_life_or_working_dates_the_death_year_agrees_with_keep_the_ok(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize("join", ["así como", "nonché", "alsmede", "com", "kanssa", "z", "lub", "respektive",
                                  "versus", "x", "×", "và"])
def test_the_joins_of_more_languages_name_two_people(join: str) -> None:
    # Review 11 (play/joins11.csv): two authors joined by the ordinary "as well as", "with",
    # "or" of Spanish, Italian, Dutch, Portuguese, Finnish, Polish, Vietnamese: a joint work,
    # whose term runs from the last author's death (Berne art. 7bis).
    assert names_several(f"Anna Riwkin {join} Oscar Halldin")


# A French statue beside its sculptor's death year, photographed and licensed CC BY-SA 4.0:
# France has no freedom of panorama for it, so an ok rests on the death year alone.
STATUE = {**BUILDING, "depicted_type": "sculpture", "depicted_date": "1900", "depicted_creator_death_year": "1917"}


@pytest.mark.parametrize(("cell", "firm"), [
    ("Fonderia Marinelli", "fonderia"), ("Fundición Artística Codina", "fundición"), ("Gieterij Binder", "gieterij"),
    ("Kunstgieterij Binder", "kunstgieterij"), ("Bergmans konstgjuteri", "konstgjuteri"),
    ("Lauritz Rasmussen bronzestøberi", "bronzestøberi"), ("Bronzegießerei Noack", "bronzegiesserei"),
    ("Porzellanmanufaktur Meissen", "porzellanmanufaktur"), ("Rörstrands porslinsfabrik", "porslinsfabrik"),
    ("Wiener Werkstätte", "werkstätte"), ("Verrerie Daum", "verrerie"), ("Orrefors glasbruk", "glasbruk"),
    ("Odlewnia Gliwice", "odlewnia"), ("Fabbrica Ginori", "fabbrica"),
    # the French forms review 11 listed, caught since 4d9bc87
    ("Manufacture de Sèvres", "manufacture"), ("Maison Christofle", "maison"), ("F. Barbedienne fondeur", "fondeur"),
    ("Fonderies du Val d'Osne", "fonderies"), ("Atelier Rodin", "atelier"),
])
def test_a_foundry_manufactory_or_workshop_is_no_sculptor_beside_a_death_year(cell: str, firm: str) -> None:
    # A cast, a vase or a glass is made by the firm's workers, not by the person the firm is
    # named for: the term runs from the death of the author, a natural person (Berne
    # Convention art. 7(1)), and Commons reads a firm's work as its unnamed maker's
    # (Commons:Deletion requests/File:Lord Runciman.jpg, stored
    # https://download.osmand.net/wiki/Commons:Deletion_requests/File:Lord_Runciman.jpg).
    # Review 11 A2 (play/depcr.csv); the same words in German, Italian, Spanish, Dutch,
    # Swedish, Danish, Polish (review 12).
    a = Assessor().assess({**STATUE, "depicted_creator": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "depicted_creator_death_year"
    assert f"names a studio, firm, publisher, collection or institution ({firm!r})" in error.message


def test_a_sculptor_named_beside_the_statue_keeps_the_ok() -> None:
    a = Assessor().assess({**STATUE, "depicted_creator": "Auguste Rodin"}, as_of=AS_OF)
    assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize("cell", [
    "Jan Novák a Petr Dvořák", "Ján Kováč a Peter Horváth", "Jānis Bērziņš un Pēteris Kalniņš",
    "山田太郎と鈴木一郎", "山田太郎 と 鈴木一郎", "张三和李四", "張三與李四", "王小明和李大华",
    "김철수와 이영희", "박지성과 이영희", "김철수 및 이영희",
    # the Chinese comma between names and the formal 及 (review 13 D7)
    "张三，李四", "山田太郎及鈴木一郎", "张三及李四", "김철수, 이영희", "山田太郎, 鈴木一郎",
    "A.&G. Perret", "A. & G. Perret", "A&G Perret", "A. + G. Perret", "les Perret",
])
def test_two_people_joined_in_czech_latvian_chinese_japanese_korean_or_by_their_initials_are_two(
        check: Any, cell: str) -> None:
    # A joint work's term runs from the death of the last surviving author (Berne Convention
    # art. 7bis): a death year beside two names is not surely the last one's, and the tag's
    # deathyear= would state what the row does not establish (review 11 A2, play/cyr.csv,
    # play/firms.csv "les Perret", "A.&G. Perret": Auguste and Gustave Perret; review 12).
    assert names_several(cell)
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and "names more than one person" in error.message


@pytest.mark.parametrize("cell", [
    # a name's own "a" with a side of one word; a given name holding 和 or と, or 와
    "Thomas a Kempis", "Abraham a Sancta Clara", "Maria a Campo", "Jan Novák",
    "佐藤和彦", "小和田雅子", "佐藤ともこ", "和田一郎", "李和平", "欧阳和平", "与謝野晶子", "김와", "及川光博",
    "김, 철수",
    # capitalised, "Les" is a given name; two letters joined are a firm's initials, no one's
    "Les Paul", "P&O", "AT&T", "J.-P. Sartre",
])
def test_one_person_whose_name_holds_such_a_join_stays_one(cell: str) -> None:
    assert not names_several(cell)


@pytest.mark.parametrize(("cell", "says"), [
    ("Oscar Halldin (1873–)", "gives an open life span (1873–: living when catalogued)"),
    ("Oscar Halldin [1873-]", "gives an open life span (1873–: living when catalogued)"),
    ("Oscar Halldin, 1873-", "gives an open life span (1873–: living when catalogued)"),
    ("Oscar Halldin (född 1950)", "gives the birth year 1950, after photographer_death_year 1948"),
    ("Oscar Halldin (b. 1925)", "gives the birth year 1925, image_date says 1930: its author was not yet 10"),
    ("Oscar Halldin (geb. 1921)", "gives the birth year 1921, image_date says 1930: its author was not yet 10"),
])
def test_a_birth_in_the_name_that_the_death_year_or_the_photo_date_contradicts_is_for_a_person(
        check: Any, cell: str, says: str) -> None:
    # Review 11 A11: an open life span is how authority files write a living person's, so the
    # person was alive when the record was made, and a death year of 1948 beside it is one of
    # two cells gone wrong; a birth after the death year, or too late for the photo (under
    # rules/vocabulary.yaml lifespan.min_age_at_work, 10), likewise. The tag's deathyear= would
    # state what the row does not establish (the term runs from the author's death: Berne
    # Convention art. 7(1)).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and says in error.message


@pytest.mark.parametrize("cell", ["Oscar Halldin (född 1873)", "Oscar Halldin (b. 1873)", "Oscar Halldin (geb. 1873)",
                                  "Oscar Halldin (* 1873)", "Oscar Halldin (född 1915)",
                                  "Oscar Halldin (verksam 1900–)", "Oscar Halldin (född 1873, död 1948)"])
def test_a_birth_in_the_name_the_death_year_and_photo_date_agree_with_keeps_the_ok(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


def test_a_sculptor_born_after_the_statue_was_made_is_not_its_author() -> None:
    a = Assessor().assess({**STATUE, "depicted_creator": "Auguste Rodin (né 1895)"}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "depicted_creator_death_year"
    assert "gives the birth year 1895, depicted_date says 1900" in error.message


@pytest.mark.parametrize(("cell", "what"), [
    ("SE", "a country"), ("Sverige", "a country"), ("Frankrike", "a country"), ("CC BY 4.0", "a licence"),
    ("PDM", "a licence"), ("CC0", "a licence"), ("photographic_work", "a photo_kind word"),
    ("Porträtt", "a depicted_type word"), ("byggnad", "a depicted_type word"), ("utomhus", "a depicted_setting word"),
    ("Flygfoto", "a taken_from word"), ("Q123456", "a Wikidata item's id"),
    # as the country columns read them: English names in any case, alpha-3 codes, a code in
    # lower case; the yes/no words of the yes/no columns; a painting's technique (review 13 D3)
    ("Sweden", "a country"), ("SWEDEN", "a country"), ("United States", "a country"), ("SWE", "a country"),
    ("DEU", "a country"), ("se", "a country"), ("yes", "a yes/no word"), ("nej", "a yes/no word"),
    ("Nein", "a yes/no word"), ("TRUE", "a yes/no word"),
    ("oil on canvas", "a word for the object itself"), ("olja på duk", "a word for the object itself"),
    ("Öl auf Leinwand", "a word for the object itself"),
])
def test_another_columns_value_in_the_name_cell_is_no_name_beside_a_death_year(
        check: Any, cell: str, what: str) -> None:
    # A shifted column or a wrong mapping (review 11 A2, play/shift.csv): the death year beside
    # a country, a licence or a type word is no one's known death, and
    # {{PD-old-auto-expired|deathyear=}} would state that the author died then, which the row
    # does not establish (the term runs from the author's death: Berne Convention art. 7(1)).
    # Read with the vocabularies the other columns are read with (values.yaml, pycountry's
    # names); a place or an object's word: test_a_place_or_a_word_for_the_object_is_no_name.
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and f"is no name but {what}" in error.message


@pytest.mark.parametrize("cell", ["Li Wei", "Anna Sverige", "Jean France", "Oscar Halldin", "Ccarl Berg", "Q"])
def test_a_name_that_holds_such_a_word_but_is_not_one_stays_a_person(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize(("cell", "what"), [
    ("Stockholm", "a place"), ("Paris", "a place"), ("Göteborg", "a place"), ("Köpenhamn", "a place"),
    ("København", "a place"), ("Stockholm, Sverige", "a place"), ("Helsingfors", "a place"),
    ("Paris 1930", "a place"), ("Göteborg, ca. 1925", "a place"), ("Stockholm (1930)", "a place"),
    ("Sverige 1930", "a country"),
    ("okänd ort", "an unknown place"), ("Ort okänd", "an unknown place"), ("lieu inconnu", "an unknown place"),
    ("Fotografi", "a word for the object itself"), ("Foto", "a word for the object itself"),
    ("Glasplåtsnegativ", "a word for the object itself"), ("Vykort", "a word for the object itself"),
])
def test_a_place_or_a_word_for_the_object_is_no_name_beside_a_death_year(check: Any, cell: str, what: str) -> None:
    # A place-of-photography or object-type column shifted into the photographer's (or mapped
    # to it): the term runs from the death of the author, the natural person who made the work
    # (Berne Convention art. 7(1)); a city, "place unknown" or "photograph" is nobody, so the
    # death year beside it is no one's known death and {{PD-old-auto-expired|deathyear=}}
    # would state what the row does not establish (vocabularies/persons.yaml places,
    # unknown_places, object_words).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and f"is no name but {what}" in error.message


def test_a_place_beside_a_birth_year_bounds_no_death(check: Any) -> None:
    a = check(photographer="Stockholm", photographer_birth_year="1850", image_date="1900", published_date="1900",
              origin_country="SE", photo_kind="photographic_work", depicted_type="none")
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_birth_year" and "is no name but a place" in error.message


@pytest.mark.parametrize("cell", ["Jack London", "Paris Hilton", "Anna Stockholm", "Oscar Halldin, Stockholm",
                                  "Jack London 1910", "Pieter Tanaka 40",
                                  "Foto: Anna Riwkin", "Atelier Jaeger, Stockholm"])
def test_a_name_beside_a_place_or_holding_one_stays_a_person(check: Any, cell: str) -> None:
    # Only a whole cell is a place: a person named after a city, or a name with the place
    # after it, is still the author the death year is of (an atelier is an organisation).
    a = check(photographer=cell, **SE_1930)
    if cell.startswith("Atelier"):
        assert a.verdict is Verdict.NEEDS_REVIEW and "studio" in a.errors[0].message
    else:
        assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize("cell", ["Fotograf", "Photographer", "Foto: okänd", "Photo: unknown"])
def test_the_role_alone_or_photo_unknown_names_no_photographer(check: Any, cell: str) -> None:
    # No one is named: the author is not identified, and the photo's own life term cannot be
    # counted (rules/vocabulary.yaml unknown_person_words).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "photo-author-not-identified" in [r.rule for r in a.reasons]


def test_every_law_file_has_its_places_entry() -> None:
    # A law file added without its capital is seen by check-data (selfcheck.place_problems).
    from copyright_check.jurisdictions import load_all
    from copyright_check.selfcheck import place_problems

    assert place_problems(sorted(load_all())) == []
    assert place_problems(["SE", "ZZ"])[0].startswith("vocabularies/persons.yaml: places: no entry for ZZ")


@pytest.mark.parametrize("cell", [
    "galbūt Anna Riwkin", "tikriausiai Anna Riwkin", "turbūt Anna Riwkin", "varbūt Anna Riwkin",
    "droši vien Anna Riwkin", "iespējams Anna Riwkin", "võib-olla Anna Riwkin", "arvatavasti Anna Riwkin",
    "tõenäoliselt Anna Riwkin", "ilmselt Anna Riwkin", "prawdopodobnie Anna Riwkin", "zapewne Anna Riwkin",
    "może Anna Riwkin", "pravděpodobně Anna Riwkin", "možná Anna Riwkin", "snad Anna Riwkin", "nejspíš Anna Riwkin",
    "připisováno Anna Riwkin", "možno Anna Riwkin", "valószínűleg Anna Riwkin", "mutmaßlich Anna Riwkin",
    "eventuell Anna Riwkin", "vermutet Anna Riwkin", "wellicht Anna Riwkin", "vistnok Anna Riwkin",
    "kenties Anna Riwkin", "möjligtvis Anna Riwkin", "Anna Riwkin (doubtful)",
])
def test_the_baltic_polish_czech_and_other_maybe_doubts_the_author(check: Any, cell: str) -> None:
    # A doubted attribution in the export languages of the Baltic and Central European
    # collections (and forms the Nordic, German and Dutch lists lacked): the catalogue does not
    # know the author, so the death year beside the name is not surely the author's, whose
    # death the term runs from (Berne Convention art. 7(1)).
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column == "photographer_death_year" and "doubts who the author is" in e.message for e in a.errors)


@pytest.mark.parametrize("cell", ["Anna Riwkin ± Oscar Halldin", "Anna Riwkin±Oscar Halldin"])
def test_a_plus_minus_sign_between_two_names_names_two_people(cell: str) -> None:
    # Berne Convention art. 7bis: a joint work's term runs from the last author's death, which
    # one death year beside two names does not give.
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "names more than one person" in a.errors[0].message


@pytest.mark.parametrize("cell", ["Oscar Halldin (±1920)", "Gal Gadot", "Jan Chyba", "Asi Cohen", "Anna Vist"])
def test_a_name_holding_a_sign_or_a_word_left_out_of_the_doubt_list_stays_one_person(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


@pytest.mark.parametrize(("cell", "phrase"), [
    ("Studio of Anna Riwkin", "is an attribution ('studio of'): the work is by an unnamed member of a studio"),
    ("Atelier Nadar", "names a studio, firm, publisher, collection or institution ('atelier'), not a person: its "
                      "work is made by people it does not name"),
    ("ca. 1930", "is no name (a number or a date: a shifted column or a wrong mapping?)"),
    ("Stockholm", "is no name but a place (a shifted column or a wrong mapping?)"),
    ("möjligen Anna Riwkin", "doubts who the author is"),
    ("Anna Riwkin; Oscar Halldin", "names more than one person"),
])
def test_a_cell_naming_no_one_author_is_said_alike_beside_a_death_and_a_birth_year(
        check: Any, cell: str, phrase: str) -> None:
    # The term runs from the author's death (Berne art. 7(1); a joint work's from the last
    # author's, art. 7bis); a birth year matters as the bound it puts on that death. Either
    # year beside a cell that names no one author gets the same account of the cell, then what
    # that year is there (record._NOT_ONE_AUTHOR).
    row = dict(image_date="1930", published_date="1930", origin_country="SE", photo_kind="photographic_work",
               depicted_type="none", photographer=cell)
    death = check(photographer_death_year="1948", **row).errors
    birth = check(photographer_birth_year="1880", **row).errors
    assert [e.column for e in death] == ["photographer_death_year"]
    assert [e.column for e in birth] == ["photographer_birth_year"]
    assert f"photographer {cell!r} {phrase}" in death[0].message
    assert "the death year beside it" in death[0].message or "one death year" in death[0].message
    assert f"photographer {cell!r} {phrase}" in birth[0].message
    assert "birth year" in birth[0].message and "death year" not in birth[0].message


# Review 14 E4 (play/org14b.csv: 50 of 61 ok): a company, foundation, newspaper, press or
# picture agency, public photo office, authority or armed force as the photographer. Its photo
# is an unnamed employee's; the term runs from the death of the natural person who made it
# (Berne Convention art. 7(1); Commons:Deletion requests/File:Lord Runciman.jpg, the vocabulary's
# `organisations` comment), and the year beside such a name is its dissolution's or another
# column's: the year's cell gets the error, never an ok on it.
@pytest.mark.parametrize("cell", [
    "Aktiebolaget Svensk Bildbyrå", "Svensk Bildbyrå", "Nyhetsbyrån TT", "TT Nyhetsbyrån", "Pressens Bild", "Scanpix",
    "Reportagebild", "Dagens Nyheter", "Svenska Dagbladet", "Aftonbladet", "Stockholms-Tidningen", "Tidningen Vi",
    "Süddeutsche Zeitung", "Deutsche Presse-Agentur", "dpa", "Presseagentur", "Keystone", "ullstein bild", "AFP",
    "Associated Press", "AP Photo", "Reuters", "Getty Images", "Landesbildstelle Berlin", "Bundesbildstelle",
    "Bildstelle", "Aktiengesellschaft für Anilinfabrikation", "Stiftung Preußischer Kulturbesitz", "Vattenfall",
    "ASEA", "Statens Järnvägar", "Flygvapnet", "Försvarsmakten", "Marinen", "Stadsbyggnadskontoret", "Lantmäteriet",
    "Generalstabens litografiska anstalt", "Osakeyhtiö Kuvaamo", "Valokuvaamo Kuvasiskot",
    "Fotograferingsfirma Hansen", "Hansens Fotografiske Forretning", "Svenska Turistföreningen", "Nordiska kompaniet",
    "Kodak", "Agfa",
])
def test_an_organisation_as_the_photographer_gives_its_death_year_the_error(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]
    assert "names a studio, firm, publisher, collection or institution" in a.errors[0].message


# Review 15 F7 (play/org15.csv: 16 of 67 still ok on a death year of 1930): a news or photo service, a magazine,
# radio, an army's photo unit or an air force, a public heritage office. A body has no death year (Berne
# Convention art. 7(1): the term runs from the death of the author, a natural person).
@pytest.mark.parametrize("cell", [
    "Bain News Service", "Magnum Photos", "Life Magazine", "Sveriges Radio", "US Army Signal Corps", "Royal Air Force",
    "Luftwaffe", "Propagandakompanie 612", "Nordisk Pressefoto", "Granbergs Konstindustri",
    "Landesamt für Denkmalpflege", "Rijksdienst voor het Cultureel Erfgoed", "Wiener Photographen",
])
def test_a_service_magazine_radio_or_armed_force_as_the_photographer_gives_its_death_year_the_error(
        check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW, cell
    assert [e.column for e in a.errors] == ["photographer_death_year"], cell


# Lead 14 (p2.csv): another column's value as the whole person cell names no one, so the death
# year beside it is no one's (README, "a person cell naming no one author"): a setting or
# permanence word, a technique or material, a subject's word, a life date's word and year, a
# placeholder, a family word.
@pytest.mark.parametrize("cell", [
    "inside", "public", "permanent", "gelatin silver", "silver gelatin", "glass plate", "b/w", "svartvit",
    "black and white", "nitrate negative", "church", "domkyrkan", "d. 1948", "död 1948", "† 1948", "f. 1873", "xx",
    "tbd", "Mamma", "Pappa",
])
def test_another_columns_word_or_a_placeholder_as_the_photographer_is_no_ones_death(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert [e.column for e in a.errors] == ["photographer_death_year"]


@pytest.mark.parametrize("cell", ["Anna Church", "Oscar Halldin", "A. Dahl", "Hugo Schmölz", "Q5 Oscar Halldin",
                                  "Paris Hilton", "张三", "山田太郎"])
def test_a_surname_the_new_words_do_not_take_stays_a_person(check: Any, cell: str) -> None:
    # Whole cells and a company's own words only: "Anna Church" (a name with a subject's word
    # in it) stays one person, ok on the death year; so does a name after a Wikidata id ("Q5",
    # Wikidata's class "human", as a linked-data export writes it before the name), and a
    # Chinese or Japanese name, written without a space.
    a = check(photographer=cell, **SE_1930)
    assert a.errors == [] and a.verdict is Verdict.OK


# fix15: one word alone as the photographer ("Ericsson", "STF", "Swe", "Svenska",
# "Upphovsrättsfri", a surname alone): a firm, an association's abbreviation, a place, a
# nationality, a rights status and a surname are written alike, and no list of words tells them
# apart (an archive export holds thousands). A death year beside it cannot be told to be a
# natural person's, from whose death the term runs (Berne Convention art. 7(1); art. 7(3): a
# name that leaves doubt as to the author's identity gives no term from a death): the year's cell
# gets the error. (Was ok {{PD-old-auto-expired|deathyear=1930}} for each.)
@pytest.mark.parametrize("cell", ["Ericsson", "STF", "Swe", "Svenska", "Upphovsrättsfri", "Li", "Halldin",
                                  "Schmidt-Rottluff", "Nadar"])
def test_one_word_alone_as_the_photographer_is_no_ones_known_death(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    assert a.verdict is Verdict.NEEDS_REVIEW
    [error] = a.errors
    assert error.column == "photographer_death_year" and "is one word alone" in error.message
    b = check(photographer=cell, **{**{k: v for k, v in SE_1930.items() if k != "photographer_death_year"},
                                    "photographer_birth_year": "1850"})
    assert [e.column for e in b.errors] == ["photographer_birth_year"] and b.verdict is not Verdict.OK


@pytest.mark.parametrize("cell", ["Michelangelo", "Donatello"])
def test_a_depicted_creator_known_by_one_name_stays_a_person(check: Any, cell: str) -> None:
    # A painter or sculptor catalogued by one name is the depicted work's creator, not the photographer.
    a = check(depicted_type="sculpture", depicted_creator=cell, depicted_creator_death_year="1564",
              depicted_date="1512", depicted_country="IT", depicted_setting="indoor_public", depicted_permanent="yes",
              **{k: v for k, v in SE_1930.items() if k != "depicted_type"}, photographer="Anna Svensson")
    assert not [e for e in a.errors if e.column == "depicted_creator_death_year"]


# fix15: a listed place and a word for what is shown there, either order ("Uppsala domkyrka", a
# title or subject column shifted into the person's) is no one's name: the death year beside it
# is no one's. (Was ok {{PD-old-auto-expired|deathyear=1930}}.)
@pytest.mark.parametrize("cell", ["Uppsala domkyrka", "Stockholms kyrka", "Kirche Berlin", "Berlin Dom"])
def test_a_place_and_what_is_shown_there_is_no_name(check: Any, cell: str) -> None:
    a = check(photographer=cell, **SE_1930)
    [error] = a.errors
    assert error.column == "photographer_death_year" and "a place and what is shown there" in error.message
