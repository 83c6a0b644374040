"""The three questions combined (rules/verdict.yaml, Commons:Licensing)."""

import pytest

from tests.conftest import rules_of

LANDSCAPE = {"origin_country": "SE", "depicted_type": "landscape",
             "photo_kind": "photographic_work"}


def test_free_licence_releases_a_protected_photo(check):
    a = check(photographer="V", image_date="2020", licence="CC BY 4.0", **LANDSCAPE)
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-by-4.0}}"]


def test_nc_licence_on_protected_photo_is_not_ok(check):
    a = check(photographer="V", image_date="2015", licence="CC BY-NC 4.0", **LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert rules_of(a)[0] == "licence-not_free"


def test_pdm_on_a_protected_photo_is_not_ok(check):
    # PDM is a claim, not a release: Hammarskiöld died 2012.
    a = check(photographer="Hans Hammarskiöld", photographer_death_year="2012", image_date="1958",
              published_date="1958", licence="PDM", **LANDSCAPE)
    assert a.verdict.value == "not_ok"
    assert a.uploadable_from == 2083


def test_pd_photo_under_nc_licence_is_still_pd(check):
    a = check(photographer="P", photographer_death_year="1900", image_date="1890",
              published_date="1890", licence="CC BY-NC 4.0", **LANDSCAPE)
    assert a.verdict.value == "ok"


def test_unreadable_licence_needs_review(check):
    a = check(photographer="V", image_date="2015", licence="free to use", **LANDSCAPE)
    assert a.verdict.value == "needs_review"
    assert "needs-review-licence-unreadable" in rules_of(a)


def test_photo_and_depicted_both_block_uploadable_from_is_the_later(check):
    a = check(photographer="P", photographer_death_year="1960", image_date="1935",
              published_date="1935", licence="all rights reserved", origin_country="US",
              depicted_country="US", depicted_type="sculpture", depicted_creator="S",
              depicted_creator_death_year="1980", depicted_date="1930",
              depicted_setting="outdoor_public", depicted_permanent="yes")
    assert a.verdict.value == "needs_review" or a.uploadable_from == 2051


def test_photo_and_depicted_work_both_protected_gives_the_later_year(check):
    # Photo by a photographer who died 1980 (PD in SE 2051; published 1975 and restored in
    # the US by the URAA, so PD there from 2071), of a sculpture by an artist who died 1990
    # in France (PD 2061), no FoP for Commons in France (CPI L122-5 11°): the latest wins.
    a = check(photographer="P", photographer_death_year="1980", image_date="1975", published_date="1975",
              licence="all rights reserved", origin_country="SE", photo_kind="photographic_work",
              depicted_country="FR", depicted_type="sculpture", depicted_creator="S",
              depicted_creator_death_year="1990", depicted_date="1970", depicted_setting="outdoor_public",
              depicted_permanent="yes")
    assert "not-ok-photo-and-depicted-work-protected" in rules_of(a)
    assert a.uploadable_from == 2071


def test_protected_photo_without_licence_is_not_ok(check):
    a = check(photographer="P", photographer_death_year="1980", image_date="1975", published_date="1975",
              **LANDSCAPE)
    assert "not-ok-photo-protected-no-free-licence" in rules_of(a)
    assert a.uploadable_from == 2071


def test_pd_photo_of_a_pd_work_and_of_a_fop_work(check):
    # Helsinki Central Station (Eliel Saarinen, d. 1950) by I. K. Inha (d. 1930), published 1920.
    pd = check(photographer="I. K. Inha", photographer_death_year="1930", image_date="1920",
               published_date="1920", origin_country="FI", photo_kind="photographic_work",
               depicted_country="FI", depicted_type="building", depicted_creator="Eliel Saarinen",
               depicted_creator_death_year="1950", depicted_date="1919", depicted_setting="outdoor_public",
               depicted_permanent="yes")
    assert "ok-photo-public-domain-depicted-free" in rules_of(pd)
    assert pd.templates == ["{{PD-old-auto-expired|deathyear=1930}}", "{{PD-old-auto|deathyear=1950}}"]
    fop = check(photographer="P", photographer_death_year="1930", image_date="1925", published_date="1925",
                origin_country="DE", photo_kind="photographic_work", depicted_country="DE",
                depicted_type="building", depicted_creator="A", depicted_creator_death_year="1990",
                depicted_date="1924", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert "ok-photo-public-domain-fop" in rules_of(fop)
    assert fop.templates[-1] == "{{FoP-Germany}}"


def test_licensed_photo_of_a_pd_work_and_of_a_fop_work(check):
    pd = check(photographer="V", image_date="2020", licence="CC BY 4.0", origin_country="SE",
               depicted_country="SE", depicted_type="sculpture", depicted_creator="Per Hasselberg",
               depicted_creator_death_year="1894", depicted_date="1893", depicted_setting="outdoor_public",
               depicted_permanent="yes")
    assert "ok-photo-freely-licensed-depicted-free" in rules_of(pd)
    fop = check(photographer="V", image_date="2020", licence="CC BY 4.0", origin_country="DE",
                depicted_country="DE", depicted_type="building", depicted_creator="A",
                depicted_date="2006", depicted_setting="outdoor_public", depicted_permanent="yes")
    assert "ok-photo-freely-licensed-fop" in rules_of(fop)


def test_free_photo_of_an_undecided_work_names_the_depicted_fact(check):
    a = check(photographer="V", image_date="2020", licence="CC BY 4.0", origin_country="SE",
              depicted_type="building")
    assert "needs-review-depicted-work" in rules_of(a)
    assert "depicted_country" in a.summary


def test_undecided_photo_of_nothing_names_the_photo_fact(check):
    a = check(photographer="P", image_date="1925", published_date="1925", **LANDSCAPE)
    assert "needs-review-photo" in rules_of(a)
    assert "photographer_death_year" in a.summary


def test_both_undecided_lists_every_open_fact(check):
    a = check(photographer="P", image_date="1925", published_date="1925", origin_country="SE",
              photo_kind="photographic_work", depicted_type="building")
    assert "needs-review-open-facts" in rules_of(a)
    assert "photographer_death_year" in a.summary and "depicted_country" in a.summary


# Commons:Licensing: a file's status must be clear. A cell a rule reads that could not be
# read is unknown, and an unknown may pass a presumption ("the death year cannot be found",
# Template:PD-old-assumed) that the real value would fail: never an ok on it.
def test_needs_review_unreadable_cells_never_ok_on_a_misread_death_year(check):
    # Louis-Émile Durandelle, the Eiffel Tower under construction (1888): his life dates
    # written "f. 1839, d. 1960" in the death-year cell are unreadable; read right (1960)
    # the photo is protected to 2030.
    row = dict(photographer="Louis-Émile Durandelle", photographer_birth_year="1839", anonymous="no",
               image_date="1888", published_date="1889", origin_country="FR",
               photo_kind="photographic_work", depicted_country="FR", depicted_type="building",
               depicted_creator="Gustave Eiffel", depicted_creator_death_year="1923",
               depicted_date="1889", depicted_setting="outdoor_public", depicted_permanent="yes")
    misread = check(photographer_death_year="f. 1839, d. 1960", **row)
    assert "needs-review-unreadable-cells" in rules_of(misread)
    assert misread.verdict.value == "needs_review" and misread.templates == []
    assert check(photographer_death_year="1960", **row).verdict.value == "not_ok"


def test_needs_review_unreadable_cells_leaves_a_known_block_standing(check):
    # Anna Riwkin-Brick (d. 1970), a 1950 photo, all rights reserved: protected whatever an
    # unreadable depicted_date says.
    a = check(photographer="Anna Riwkin-Brick", photographer_death_year="1970", image_date="1950",
              published_date="1950", origin_country="SE", photo_kind="photographic_work",
              licence="all rights reserved", depicted_type="building", depicted_date="sometime")
    assert a.verdict.value == "not_ok"


# Commons:Licensing: a file is acceptable if it is PD in its source country and in the US, or
# if its rights holder releases it under a free licence. Where the PD finding's own Commons
# templates cannot be written (Template:PD-US-expired asks for a source-country tag beside it;
# PD-old-auto-expired for a deathyear= the record does not give; no template at all for the
# finding), the holder's licence still makes the file acceptable: the page rests on it.
AUSTRIAN_1908 = dict(photographer="Ingrid Andersson", image_date="1905", published_date="1908",
                     origin_country="AT", photo_kind="simple_photograph", depicted_type="none")


def test_pd_photo_whose_pd_templates_are_incomplete_rests_on_the_holders_free_licence(check):
    # Austria's simple-photo term has no Commons tag here, so PD-US-expired would stand alone.
    bare = check(**AUSTRIAN_1908)
    assert bare.verdict.value == "needs_review" and "needs-review-template-conditions" in rules_of(bare)
    a = check(**AUSTRIAN_1908, licence="CC BY-SA 4.0", rights_holder="Riksantikvarieämbetet")
    assert (a.verdict.value, a.templates) == ("ok", ["{{Cc-by-sa-4.0}}"])
    assert rules_of(a)[-2:] == ["ok-licence-instead-of-pd-templates", "ok-photo-freely-licensed-depicted-free"]
    assert "Template:PD-US-expired" in a.reasons[-2].text


def test_a_simple_photo_whose_photographers_life_term_has_run_out_states_that_term(check):
    # Review 12 C4, generator row B-00000844: a German simple photograph (UrhG § 72: 50 years,
    # no Commons tag found for it) of 1852 by a photographer who died in 1858. His life term
    # (§ 64: 70 years p.m.a.) has run out too, and Template:PD-old-auto-expired states it with
    # the US side (published 1855): the page says so instead of resting on the holder's CC BY 4.0,
    # as the same row typed photographic_work always did.
    row = dict(photographer="Anna Larsen", photographer_death_year="1858", image_date="1852",
               published_date="1855", origin_country="DE", photo_kind="simple_photograph", depicted_type="none",
               licence="CC BY 4.0", rights_holder="Riksantikvarieämbetet")
    a = check(**row)
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-old-auto-expired|deathyear=1858}}"])
    assert "template-life-term-instead" in rules_of(a) and "ok-licence-instead-of-pd-templates" not in rules_of(a)
    assert check(**{**row, "photo_kind": "photographic_work"}).templates == a.templates
    # Whose death year is not given, the simple-photo term alone decides: still the licence.
    b = check(**{**row, "photographer_death_year": ""})
    assert "template-life-term-instead" not in rules_of(b)


def test_a_simple_photo_whose_life_term_ran_past_the_uraa_date_gives_the_real_reason_for_the_us_side(check):
    # Review 13 D6: a German simple photograph (UrhG § 72: 50 years from publication) published
    # 1935 was PD at home from 1986, so the URAA did not restore it (17 USC 104A(h)(6)); its
    # photographer died in 1940, and life + 70 (§ 64) ran only to 2010. The page's life-term tag
    # alone would then claim, falsely, that the life term made it PD at home on 1 January 1996.
    # Template:PD-old-X-1996: "there must be a statement on this page explaining why the work was
    # PD on the URAA date in its source country"; Template:PD-old-auto-1996 takes it as reason=
    # ("Reason the image was in Public domain in the source country at the URAA date").
    row = dict(photographer="Hans Meyer", photographer_death_year="1940", image_date="1935",
               published_date="1935", origin_country="DE", photo_kind="simple_photograph", depicted_type="none")
    a = check(**row)
    assert a.verdict.value == "ok" and len(a.templates) == 1
    assert a.templates[0].startswith("{{PD-old-auto-1996|deathyear=1940|reason=A simple (non-original) photograph")
    assert "Germany" in a.templates[0] and "PD there since 1986" in a.templates[0]
    assert "URAA date" in next(r.text for r in a.reasons if r.rule == "template-life-term-instead")
    # A life term that had run out by the URAA date (death 1920: PD 1991) explains it itself.
    b = check(**{**row, "photographer_death_year": "1920", "image_date": "1915"})
    assert b.templates == ["{{PD-old-auto-1996|deathyear=1920}}"]


def test_pd_photo_with_complete_pd_templates_keeps_them_beside_a_licence(check):
    # The PD finding comes first where its templates can be written (rules/verdict.yaml).
    a = check(photographer="Knud Knudsen", photographer_death_year="1915", image_date="1890",
              published_date="1890", origin_country="NO", depicted_type="none", licence="CC BY-SA 4.0")
    assert (a.verdict.value, a.templates) == ("ok", ["{{PD-old-auto-expired|deathyear=1915}}"])
    assert "ok-licence-instead-of-pd-templates" not in rules_of(a)


def test_incomplete_pd_templates_and_no_free_licence_still_go_to_a_person(check):
    # An NC licence releases nothing Commons accepts; a PDM is a claim, not a release.
    for licence in ("CC BY-NC 4.0", "PDM", ""):
        a = check(**AUSTRIAN_1908, licence=licence)
        assert a.verdict.value == "needs_review", licence
        assert "needs-review-template-conditions" in rules_of(a), licence


def test_the_licence_page_must_keep_the_depicted_works_conditions_too(check):
    # The fallback is the licence rule itself: a depicted work that is not free blocks it.
    # Italy has no freedom of panorama for a sculpture; its sculptor died in 1980.
    a = check(**{**AUSTRIAN_1908, "depicted_type": "sculpture", "depicted_country": "IT",
                 "depicted_creator": "A sculptor", "depicted_creator_death_year": "1980",
                 "depicted_date": "1900", "depicted_setting": "outdoor_public", "depicted_permanent": "yes"},
              licence="CC BY-SA 4.0")
    assert a.verdict.value == "not_ok", [r.rule for r in a.reasons]
    assert "ok-licence-instead-of-pd-templates" not in rules_of(a)


def test_a_licence_beside_an_unknown_holder_is_no_page_to_rest_on(check):
    # Only the holder of a photo's copyright can release it (review 10 F12, fix11a: the fact
    # holder_unknown, from a rights_holder cell such as 'okänd'): such a licence never takes
    # the place of incomplete PD templates; the row stays with a person.
    from copyright_check.facts import FACT_FIELDS

    if "holder_unknown" not in FACT_FIELDS:
        pytest.skip("the holder_unknown fact (review 10 F12) is not in this build")
    a = check(**AUSTRIAN_1908, licence="CC BY-SA 4.0", rights_holder="okänd")
    assert a.verdict.value == "needs_review"
    assert "ok-licence-instead-of-pd-templates" not in rules_of(a)


def test_photo_undecided_beside_a_protected_depicted_work_gives_no_year(check):
    # Commons:Licensing: the photo and the work it shows must both be free. A 1938-1939
    # negative of Edvard Eriksen's Little Mermaid (Eriksen d. 1959: protected in Denmark to
    # the end of 2029, and Danish freedom of panorama for art is non-commercial) by Marine
    # Photo Service (Royal Museums Greenwich P91277), its publication not recorded: unpublished,
    # an anonymous photo runs in the US to 120 years from its making (17 USC 302(c), 303(a));
    # published in 1939 in the UK, its URAA-restored term runs to the end of 2034. So 2030,
    # the sculpture's year, is no year the file becomes uploadable.
    row = dict(photographer="unknown", anonymous="yes", image_date="1938/1939", origin_country="GB",
               depicted_country="DK", depicted_type="sculpture", depicted_creator="Edvard Eriksen",
               depicted_creator_death_year="1959", depicted_date="1913",
               depicted_setting="outdoor_public", depicted_permanent="yes")
    a = check(**row)
    assert a.verdict.value == "not_ok"
    assert "not-ok-depicted-work-protected-photo-undecided" in rules_of(a)
    assert a.uploadable_from is None
    # Its publication known, both terms are known and the later decides.
    b = check(published_date="1939", **row)
    assert b.verdict.value == "not_ok" and b.uploadable_from == 2035
    # A freely licensed photo's own term does not matter: the sculpture's year stands.
    c = check(**{**row, "photographer": "Volunteer", "anonymous": "no", "image_date": "2019",
                 "licence": "CC BY-SA 4.0"})
    assert c.verdict.value == "not_ok" and c.uploadable_from == 2030


def test_photo_protected_beside_an_undecided_depicted_work_gives_no_year(check):
    # Commons:Licensing: the photo and the work it shows must both be free. Review 24 (C24-LU): a
    # photo of 1935 by Edouard Kutter (d. 1940) of the Gëlle Fra, Luxembourg, its depicted_type
    # empty: the photo's URAA-restored US term runs to the end of 2030, but Claus Cito's monument
    # (d. 1965) is protected to the end of 2035 and Luxembourg has no freedom of panorama
    # (COM:FOP Luxembourg). 2031 was no year the file becomes uploadable.
    row = dict(title="Gëlle Fra, Luxembourg", photographer="Edouard Kutter", photographer_death_year="1940",
               anonymous="no", image_date="1935", published_date="1935", origin_country="LU", licence="PDM",
               depicted_country="LU", depicted_setting="outdoor_public", depicted_permanent="yes")
    a = check(**row)
    assert a.verdict.value == "not_ok" and a.uploadable_from is None
    assert "not-ok-photo-protected-depicted-undecided" in rules_of(a)
    assert "depicted_type" in a.reasons[-1].text
    # What it shows stated, both terms are known and the later decides.
    b = check(**row, depicted_type="monument", depicted_creator="Claus Cito", depicted_creator_death_year="1965",
              depicted_date="1923")
    assert b.verdict.value == "not_ok" and b.uploadable_from == 2036
    # Nothing protected shown: the photo's own year stands.
    c = check(**row, depicted_type="none")
    assert c.verdict.value == "not_ok" and c.uploadable_from == 2031


# Review 29d F1. Commons:Freedom of panorama: Commons accepts a photo of a work the FoP of the
# country where it stands covers, whatever the work's US status (rules/depicted_us.yaml,
# depicted-us-covered-by-fop). A work PD at home whose US copyright the URAA restored
# (95 years from 1948: to 2043) is acceptable only on that FoP, so its page carries the FoP tag
# (COM:FOP Europe: "Armenia - OK for sculptures: {{FoP-Armenia}}"), not a bare {{PD-old-auto}},
# whose own text asks for a US tag beside it ("You must also include a United States public
# domain tag"). A work beyond its US term, or a building from before the AWCPA (1 December
# 1990), keeps its home-country PD tag.
def _fop_row(country: str, depicted_type: str, died: str, made: str) -> dict[str, str]:
    return {"photographer": "Wikimedia volunteer", "image_date": "2019", "origin_country": country,
            "licence": "CC BY-SA 4.0", "rights_holder": "the photographer", "depicted_country": country,
            "depicted_type": depicted_type, "depicted_creator": "A. Sculptor", "depicted_creator_death_year": died,
            "depicted_date": made, "depicted_setting": "outdoor_public", "depicted_permanent": "yes"}


def test_fop_stands_for_the_us_side_of_a_work_pd_at_home_and_restored_in_the_us(check):
    a = check(**_fop_row("AM", "sculpture", "1950", "1948"))
    assert a.verdict.value == "ok"
    assert a.templates == ["{{Cc-by-sa-4.0}}", "{{FoP-Armenia}}"]
    assert "ok-photo-freely-licensed-fop" in rules_of(a)


def test_a_work_beyond_its_us_term_keeps_its_home_pd_tag(check):
    # Put up 1922: 95 years ran out at the end of 2017 (17 USC 304; PD-US-expired).
    a = check(**_fop_row("AM", "sculpture", "1929", "1922"))
    assert a.verdict.value == "ok" and "ok-photo-freely-licensed-depicted-free" in rules_of(a)
    assert not any(t.startswith("{{FoP-") for t in a.templates)


def test_a_building_from_before_the_awcpa_keeps_its_home_pd_tag(check):
    # 17 USC 120 note (AWCPA): no US copyright in a building built before 1 December 1990.
    a = check(**_fop_row("DE", "building", "1950", "1948"))
    assert a.verdict.value == "ok" and a.templates == ["{{Cc-by-sa-4.0}}", "{{PD-old-auto|deathyear=1950}}"]
