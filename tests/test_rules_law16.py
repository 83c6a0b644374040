"""Law files and tag rules checked against their stored Commons pages and statutes (session
16, helper law16). Each test is the rule as the page or statute gives it, the page named in a
comment."""

from __future__ import annotations

from typing import Any

from copyright_check import Verdict
from tests.conftest import rules_of


def _never_published(country: str, year: str, **more: str) -> dict[str, str]:
    """An anonymous photo the archive says was never published (a negative that never left it)."""
    return {"photographer": "", "anonymous": "yes", "image_date": year, "published_date": "never",
            "origin_country": country, "photo_kind": "photographic_work", "licence": "", "depicted_type": "none",
            **more}


# -- `never` published and a term "from publication, or from making if not published within N years"


def test_an_anonymous_photo_never_published_is_free_at_home_seventy_years_from_its_making(check: Any) -> None:
    # EU Term Directive 2006/116/EC art. 1(3) and 1(6); Upphovsrättslag (1960:729) 44 §: an
    # anonymous work not made public within 70 years of its making is protected 70 years from
    # its making. `never` (not published before 2003) says the window of a photo made 1910
    # closed (1980) unpublished: PD in Sweden since 1981. Its US term, 120 years from its
    # making (17 USC 302(c), 303(a)), runs to 2030: uploadable from 2031, not from 2051 (the
    # latest end had it been published in 1980).
    a = check(**_never_published("SE", "1910"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2031
    assert "photo-anonymous-expired" in rules_of(a)
    assert "us-never-published-anonymous-term-running" in rules_of(a)


def test_the_same_photo_with_its_publication_unknown_keeps_the_question(check: Any) -> None:
    # Published within the window (as late as 1980), it would be protected to 2050.
    a = check(**_never_published("SE", "1910", published_date=""))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "photo-anonymous-expired" not in rules_of(a)


def test_never_says_nothing_of_a_window_that_closed_after_2003(check: Any) -> None:
    # `never` is the archive's "not published before 2003" (17 USC 303(a); README,
    # published_date): a photo made 1940, whose 70 years ran to 2010, may have been published
    # from 2003 to 2010, within its window.
    a = check(**_never_published("DE", "1940"))
    assert "photo-anonymous-expired" not in rules_of(a)
    assert "photo-anonymous-undecided" in rules_of(a)


def test_pd_eu_no_author_disclosure_is_not_written_for_a_photo_never_published(check: Any) -> None:
    # Template:PD-EU-no author disclosure, as rendered on Commons file pages (stored copies in
    # Dutch, https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fnl.m.wikipedia.org%2Fwiki%2FBestand%3ABohdan_Julian_Piurko.jpg,
    # and Czech, https://cs.wikipedia.org./wiki/Soubor:Hans_Asperger_portrait_ca_1940.png): a
    # term "of 70 years after the work was made public", and for an anonymous work "use this
    # template only for works published more than 70 years ago". Spain's general term is
    # longer than life + 70 (Commons' 120-year presumption does not serve it), so nothing
    # else states the finding: a person chooses the tag.
    a = check(**_never_published("ES", "1880"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "template-published_anonymous_work" in rules_of(a)
    assert "{{PD-EU-no author disclosure}}" not in a.templates
    # ... and a free licence from the holder carries the file instead (README, What it decides).
    b = check(**_never_published("ES", "1880", licence="CC0", rights_holder="Museo del Prado"))
    assert b.verdict is Verdict.OK
    assert b.templates == ["{{Cc-zero}}"]
    assert "ok-licence-instead-of-pd-templates" in rules_of(b)


def test_a_photo_published_long_ago_keeps_pd_eu_no_author_disclosure(check: Any) -> None:
    a = check(**_never_published("ES", "1880", published_date="1890"))
    assert a.verdict is Verdict.OK
    assert "{{PD-EU-no author disclosure}}" in a.templates


def test_commons_presumption_for_works_over_120_years_old_gives_the_tag_where_it_holds(check: Any) -> None:
    # Template:PD-old-assumed (rules/presumptions.yaml): made over 120 years ago, the author's
    # death unknown, a term of life + 70 or less: the row is ok as it was, under that tag.
    for country in ("SE", "DE", "AT"):
        a = check(**_never_published(country, "1900"))
        assert a.verdict is Verdict.OK, country
        assert a.templates == ["{{PD-old-assumed}}", "{{PD-US-unpublished}}"], country


def test_a_uk_photo_never_published_is_pd_uk_unknown_seventy_years_from_its_taking(check: Any) -> None:
    # Template:PD-UK-unknown (stored copy, https://hessslslslsls.azureedge.net/wiki/Template:PD-UK-unknown
    # and its text on https://wikiclassic.com/wiki/File:Clarence_Blakiston_(1864%E2%80%931943)_as_Sheerluck_Jones.png):
    # "a photograph, which has never previously been made available to the public ... and
    # which was taken more than 70 years ago". CDPA 1988 s12(3). Made 1910: PD in the UK since
    # 1981; its US term (120 years from making) runs to 2030.
    a = check(**_never_published("GB", "1910"))
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2031
    assert "photo-anonymous-expired" in rules_of(a)


# -- depicted_anonymous = yes beside an identified author ------------------------------------


def _statue(**more: str) -> dict[str, str]:
    return {"photographer": "Anna Berg", "anonymous": "no", "image_date": "2019", "origin_country": "SE",
            "photo_kind": "photographic_work", "licence": "CC BY 4.0", "rights_holder": "Anna Berg",
            "depicted_country": "FR", "depicted_type": "sculpture", "depicted_date": "1940",
            "depicted_setting": "outdoor_public", "depicted_permanent": "yes", "depicted_anonymous": "yes", **more}


def test_a_named_sculptor_beside_depicted_anonymous_yes_is_a_contradiction(check: Any) -> None:
    # Berne Convention art. 7(3): the term of an anonymous work applies only while the
    # author's identity is not disclosed. A row naming the sculptor and saying the author
    # cannot be traced says two things of one author: a person settles which cell is wrong
    # (as a named photographer beside anonymous = yes, rules/photo.yaml). It was decided on
    # the name (not_ok, to 2061).
    a = check(**_statue(depicted_creator="Jean Dupont", depicted_creator_death_year="1990"))
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert rules_of(a) == ["needs-review-contradictory-facts"]
    assert "depicted_anonymous" in a.reasons[0].text and "depicted_creator names" in a.reasons[0].text


def test_a_death_year_beside_depicted_anonymous_yes_is_a_contradiction(check: Any) -> None:
    # A death year identifies the author as a name does, beside an empty creator cell or
    # one saying no one is known ("okänd").
    for creator in ("", "okänd"):
        a = check(**_statue(depicted_creator=creator, depicted_creator_death_year="1950", depicted_date="1900"))
        assert a.verdict is Verdict.NEEDS_REVIEW, creator
        assert "needs-review-contradictory-facts" in rules_of(a), creator
        assert "depicted_creator_death_year gives" in a.reasons[0].text, creator


def test_depicted_anonymous_yes_with_no_author_identified_is_no_contradiction(check: Any) -> None:
    for creator in ("", "okänd"):
        a = check(**_statue(depicted_creator=creator))
        assert "needs-review-contradictory-facts" not in rules_of(a), creator
        assert "depicted-anonymous-work-declared-expired" in rules_of(a), creator
    b = check(**_statue(depicted_creator="Jean Dupont", depicted_creator_death_year="1990", depicted_anonymous="no"))
    assert "needs-review-contradictory-facts" not in rules_of(b)
    assert b.verdict is Verdict.NOT_OK


# -- an open case's two ends in the reason (review 15 M4) -------------------------------------


def test_a_mort_pour_la_france_question_names_both_years_the_photo_can_be_free_from(check: Any) -> None:
    # CPI L123-10: 30 more years for an author 'mort pour la France' (Commons:
    # Copyright rules by territory/France reads them on top of life + 70). A photo of 1950
    # by a photographer d. 1955 (the wars in Indochina, Korea or North Africa): PD in France
    # from 2026 if he was not, from 2056 if he was. uploadable_from is 2056, the year it is
    # free whatever the answer; the reason says the year depends on the question.
    a = check(photographer="Jean Dupré", photographer_death_year="1955", anonymous="no", image_date="1950",
              published_date="1950", origin_country="FR", photo_kind="photographic_work", licence="",
              depicted_type="none")
    assert a.verdict is Verdict.NOT_OK
    assert a.uploadable_from == 2056
    origin = next(r for r in a.reasons if r.rule == "photo-origin-undecided")
    assert "mort pour la France" in origin.text
    assert "between the end of 2025 and the end of 2055" in origin.text


def test_a_missing_death_year_gives_no_range_in_the_reason(check: Any) -> None:
    # Filled in, the cell gives the year itself: the range is said only for a question no
    # cell answers.
    a = check(photographer="Jean Dupré", anonymous="no", image_date="1950", published_date="1950",
              origin_country="FR", photo_kind="photographic_work", licence="", depicted_type="none")
    assert all("Depending on it" not in r.text for r in a.reasons)


# -- two creators, one death year (tests/data/real_cases.csv RC-PT-5) -------------------------


def test_two_sculptors_beside_one_death_year_ask_for_the_last_death(check: Any) -> None:
    # Berne Convention art. 7bis: the term of a joint work runs from the death of the last
    # surviving author. Claes Oldenburg (d. 2022) and Coosje van Bruggen (d. 2009),
    # 'Plantoir' (2001), Serralves Park, Porto: one death year beside both names does not say
    # whose it is; the error names the fact that decides and the form that carries it.
    plantoir = {"photographer": "Wikimedia volunteer", "anonymous": "no", "image_date": "2019",
                "origin_country": "PT", "licence": "CC BY-SA 4.0", "rights_holder": "the photographer",
                "depicted_country": "PT", "depicted_type": "sculpture", "depicted_date": "2001",
                "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}
    a = check(**plantoir, depicted_creator="Claes Oldenburg and Coosje van Bruggen", depicted_creator_death_year="2022")
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert "the year the last of them died, beside that person's name alone" in a.errors[0].message
    # Written so, the record decides: FoP-Portugal (art. 75(2)(q), Template:FoP-Portugal).
    b = check(**plantoir, depicted_creator="Claes Oldenburg", depicted_creator_death_year="2022")
    assert b.verdict is Verdict.OK
    assert b.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Portugal}}"]


def test_a_war_record_question_is_asked_only_for_the_deaths_it_covers(check: Any) -> None:
    # CPI L123-10 adds 30 years for an author 'mort pour la France'; FR.yaml asks for deaths in
    # 1914-1920 (about 95 years after the death) and 1939-1945 (100 years). A French
    # photographer born 1815, no death year, photo of 1905: he died 1905-1935 (lifespan
    # bound). Died 1914-1920 and 'mort pour la France', free by 2016; else life + 70, by 2006:
    # PD either way. The 95 years were run over the whole bound (to 1935 + 95), which left the
    # row to Commons' 120-year presumption.
    a = check(photographer="Jean Dupré", photographer_birth_year="1815", anonymous="no", image_date="1905",
              published_date="1905", origin_country="FR", photo_kind="photographic_work", licence="",
              depicted_type="none")
    assert a.verdict is Verdict.OK
    assert "photo-author-life-term-expired" in rules_of(a)
    # Born 1827, photo of 1910: he may have died 1939-1945, the Second World War's question
    # (death + 100: free from 2046 whatever the answer), not the First's.
    b = check(photographer="Jean Dupré", photographer_birth_year="1827", anonymous="no", image_date="1910",
              published_date="1910", origin_country="FR", photo_kind="photographic_work", licence="",
              depicted_type="none")
    assert b.verdict is Verdict.NEEDS_REVIEW
    origin = next(r for r in b.reasons if r.rule == "photo-origin-undecided")
    assert "Second World War" in origin.text
    assert "between the end of 2017 and the end of 2045" in origin.text
