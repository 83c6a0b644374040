"""Licence strings against Commons:Licensing (NC/ND refused; PDM is a claim)."""

from typing import Any

import pytest

from copyright_check import Verdict
from copyright_check.licences import LicenceClass, parse_licence


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("CC BY-SA 4.0", "Cc-by-sa-4.0"),
        ("cc-by-sa-4.0", "Cc-by-sa-4.0"),
        ("Creative Commons Attribution-ShareAlike 4.0 International", "Cc-by-sa-4.0"),
        ("https://creativecommons.org/licenses/by/4.0/deed.sv", "Cc-by-4.0"),
        ("CC BY 3.0 NL", "Cc-by-3.0-nl"),
        ("CC0", "Cc-zero"),
        ("CC0 1.0", "Cc-zero"),
        ("Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)", "Cc-by-sa-4.0"),
        ("see https://creativecommons.org/licenses/by/4.0/ for the terms", "Cc-by-4.0"),
    ],
)
def test_accepted_licences_give_their_template(text: str, template: str) -> None:
    found = parse_licence(text)
    assert found.cls is LicenceClass.FREE
    assert found.template == template


@pytest.mark.parametrize("text", ["CC BY-NC 4.0", "CC BY-ND 4.0", "CC BY-NC-SA 3.0",
                                  "all rights reserved", "InC-EDU"])
def test_nc_nd_and_reserved_are_not_free(text: str) -> None:
    # Commons:Licensing#Acceptable_licenses: commercial use and derivatives must be allowed.
    assert parse_licence(text).cls is LicenceClass.NOT_FREE


@pytest.mark.parametrize("text", ["PDM", "Public Domain Mark 1.0", "public domain", "Gemeinfrei",
                                  "http://rightsstatements.org/vocab/NoC-NC/1.0/"])
def test_public_domain_mark_is_a_claim(text: str) -> None:
    assert parse_licence(text).cls is LicenceClass.MARK


def test_version_missing_is_not_guessed() -> None:
    assert parse_licence("CC BY").cls is LicenceClass.UNRECOGNISED


def test_empty_is_no_licence() -> None:
    assert parse_licence("").cls is LicenceClass.NONE


@pytest.mark.parametrize("text", ["PDMark-owner", "PDM (owner)",
                                  "Public Domain Mark applied by the copyright holder"])
def test_public_domain_mark_applied_by_the_owner_is_pdmark_owner(text: str) -> None:
    # Template:PDMark-owner (rev. 5 Feb 2024) and Commons:Flickr files: a PDM applied by
    # the copyright holder to its own work is accepted as a release.
    found = parse_licence(text)
    assert found.cls is LicenceClass.FREE and found.template == "PDMark-owner"


@pytest.mark.parametrize("text", ["United States Government Work", "US Government Work"])
def test_flickr_united_states_government_work_is_pd_usgov(text: str) -> None:
    # Commons:Flickr files: "United States government work" -> {{PD-USGov}}.
    found = parse_licence(text)
    assert found.cls is LicenceClass.FREE and found.template == "PD-USGov"


def test_flickr_no_known_copyright_restrictions_is_a_claim() -> None:
    # Commons:Flickr files: "No known copyright restrictions" is "Unclear" — it needs a
    # specific PD tag, so the PD finding must stand on its own.
    found = parse_licence("No known copyright restrictions")
    assert found.cls is LicenceClass.MARK and found.id == "flickr-no-known-copyright-restrictions"
    assert "Commons:Flickr_files" in (found.source or "")


# Commons:Multi-licensing: "as many licenses for a file as they wish, as long as at least
# one of them meets the criteria for free licenses"; an NC licence is OK only beside a free one.
@pytest.mark.parametrize("cell", ["CC BY-SA 4.0 or CC BY-NC 4.0", "CC BY-NC 4.0 eller CC BY-SA 4.0",
                                  "either CC BY-SA 4.0 or CC BY-NC 4.0", "dual-licensed CC BY-SA 4.0 / CC BY-NC 4.0",
                                  "Dual licensed under CC BY-SA 4.0 and CC BY-NC 4.0"])
def test_several_licences_offered_as_a_choice_one_free_is_accepted_under_the_free_one(cell: str) -> None:
    lic = parse_licence(cell)
    assert lic.cls is LicenceClass.FREE and lic.template == "Cc-by-sa-4.0"
    assert "several licences" in str(lic.why)


# A cell that joins licences with a sign or "and" does not say whether it offers a choice
# or both apply (the image under one, its metadata under another): with a free licence
# beside one Commons refuses, an ok would rest on reading it as a choice.
@pytest.mark.parametrize("cell", ["CC BY-SA 4.0 + CC BY-NC 4.0", "CC BY 4.0 and CC BY-NC-ND 4.0",
                                  "CC BY-SA 4.0 / CC BY-NC 4.0", "CC BY-SA 4.0; CC BY-NC 4.0",
                                  "CC BY-SA 4.0 | CC BY-NC 4.0", "CC0 / CC BY-NC 4.0", "In Copyright / CC BY 4.0",
                                  "Public Domain Mark + CC BY 4.0", "CC BY 4.0 & PDM", "CC BY-SA 4.0 og CC BY-NC 4.0"])
def test_several_licences_joined_without_a_choice_standing_apart_go_to_a_person(cell: str) -> None:
    lic = parse_licence(cell)
    assert lic.cls is LicenceClass.UNRECOGNISED
    assert "without saying whether" in str(lic.why)


@pytest.mark.parametrize("cell", ["CC BY 4.0 / CC BY-SA 4.0", "CC BY-SA 4.0 and CC BY 4.0"])
def test_several_free_licences_joined_without_a_choice_are_free_either_way(cell: str) -> None:
    assert parse_licence(cell).cls is LicenceClass.FREE


@pytest.mark.parametrize("cell", ["CC0 (metadata), CC BY-NC (image)",
                                  "CC BY-SA 4.0, all rights reserved for commercial use"])
def test_a_licence_beside_words_no_licence_names_goes_to_a_person(cell: str) -> None:
    assert parse_licence(cell).cls is LicenceClass.UNRECOGNISED


def test_several_licences_none_free_are_not_free() -> None:
    lic = parse_licence("CC BY-NC-ND 4.0 | CC BY-NC 4.0")
    assert lic.cls is LicenceClass.NOT_FREE and lic.template is None


def test_several_licences_with_an_unreadable_part_go_to_a_person() -> None:
    assert parse_licence("CC BY-SA 4.0; see contract").cls is LicenceClass.UNRECOGNISED


def test_two_licences_are_never_merged_into_one_ported_licence() -> None:
    # "CC BY-SA 3.0 or CC BY 3.0" once read as BY-SA 3.0 ported to "cc": the template
    # {{Cc-by-sa-3.0-cc}} does not exist. A port is an ISO 3166-1 code, last, after the version.
    assert parse_licence("CC BY-SA 3.0 or CC BY 3.0").template == "Cc-by-sa-3.0"
    assert parse_licence("CC BY 3.0 CC BY-SA 3.0").cls is LicenceClass.UNRECOGNISED
    assert parse_licence("CC BY-SA 3.0 or").cls is LicenceClass.UNRECOGNISED
    assert parse_licence("CC BY-SA 3.0 DE").template == "Cc-by-sa-3.0-de"


def test_a_port_without_a_commons_template_gets_no_template() -> None:
    # A red-link licence template leaves the file without a licence (deleted). Ports are
    # data (rules/licences.yaml, ports): CC 3.0 has no Swedish port, 2.5 has; 4.0 has none.
    assert parse_licence("CC BY 3.0 SE").cls is LicenceClass.UNRECOGNISED
    assert parse_licence("CC BY-SA 2.5 SE").template == "Cc-by-sa-2.5-se"
    assert parse_licence("CC BY-SA 3.0 AQ").template is None
    assert parse_licence("CC BY 4.0 DE").template is None


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("CC BY-SA 3.0 Unported", "Cc-by-sa-3.0"),
        ("Creative Commons Attribution-Share Alike 3.0 Unported", "Cc-by-sa-3.0"),
        ("CC BY 2.5 Generic", "Cc-by-2.5"),
        ("Creative Commons Attribution 2.0 Generic", "Cc-by-2.0"),
        ("CC0 1.0 Universal", "Cc-zero"),
        ("Creative Commons CC0 1.0 Universal Public Domain Dedication", "Cc-zero"),
    ],
)
def test_creative_commons_own_names_of_unported_licences_and_cc0(text: str, template: str) -> None:
    # Creative Commons names its unported licences "3.0 Unported" / "1.0-2.5 Generic" and
    # CC0 "CC0 1.0 Universal"; Template:Cc-by-sa-3.0 reads "Creative Commons
    # Attribution-Share Alike 3.0 Unported license". They are the unported Commons templates.
    found = parse_licence(text)
    assert found.cls is LicenceClass.FREE
    assert found.template == template


def test_unported_nc_licence_is_still_refused() -> None:
    # Commons:Licensing#Acceptable_licenses: the filler word changes nothing about NC.
    assert parse_licence("CC BY-NC-SA 3.0 Unported").cls is LicenceClass.NOT_FREE


@pytest.mark.parametrize("text", ["Rights Reserved - Free Access", "http://www.europeana.eu/rights/rr-f/",
                                  "http://www.europeana.eu/rights/rr-p/",
                                  "http://rightsstatements.org/vocab/InC-RUU/1.0/", "InC-OW-EU"])
def test_europeana_rights_reserved_and_in_copyright_unlocatable_are_not_free(text: str) -> None:
    # Europeana, Rights statements - an introduction: "Rights Reserved - where access to the
    # objects is provided, and additional permissions are required for re-use";
    # rightsstatements.org: InC-RUU and InC-OW-EU are statements for works in copyright.
    assert parse_licence(text).cls is LicenceClass.NOT_FREE


@pytest.mark.parametrize("text", ["Unknown copyright status", "http://www.europeana.eu/rights/unknown/"])
def test_europeana_unknown_status_is_no_licence(text: str) -> None:
    assert parse_licence(text).cls is LicenceClass.NONE


@pytest.mark.parametrize(("text", "cls"), [
    ("https://rightsstatements.org/page/NoC-US/1.0/?language=en", LicenceClass.MARK),
    ("http://rightsstatements.org/page/InC/1.0/?language=sv", LicenceClass.NOT_FREE),
    ("https://creativecommons.org/licenses/by/4.0/?ref=chooser-v1", LicenceClass.FREE),
    ("https://creativecommons.org/licenses/by/4.0/deed.sv?x=1", LicenceClass.FREE),
])
def test_a_statement_page_url_with_its_language_names_the_statement(text: str, cls: LicenceClass) -> None:
    assert parse_licence(text).cls is cls


@pytest.mark.parametrize("text", ["Public Domain Mark 1.0 Universal", "Out of copyright - non commercial re-use"])
def test_named_public_domain_statements_are_claims(text: str) -> None:
    assert parse_licence(text).cls is LicenceClass.MARK


def test_flickr_no_known_copyright_restrictions_in_swedish_is_the_flickr_claim() -> None:
    from copyright_check.translate import read_words

    cells = read_words({"licence": "Inga kända upphovsrättsliga restriktioner"})
    assert parse_licence(cells["licence"]).id == "flickr-no-known-copyright-restrictions"


# Commons:Licensing (GNU Free Documentation License): on a 2018 proposal Commons stopped
# accepting the GFDL as the only licence of photographs and other media uploaded from
# 15 October 2018 (User:MGA73/Status on Meta records the policy and its cut-off date).
@pytest.mark.parametrize("text", ["GFDL", "GFDL 1.2", "GNU Free Documentation License"])
def test_gfdl_alone_is_not_accepted_for_new_uploads_since_october_2018(text: str) -> None:
    found = parse_licence(text)
    assert found.cls is LicenceClass.NOT_FREE
    assert "15 October 2018" in str(found.why)


def test_gfdl_offered_with_a_creative_commons_licence_is_accepted_under_that_one() -> None:
    # Commons:Multi-licensing: at least one offered licence must meet Commons' criteria.
    found = parse_licence("GFDL; CC BY-SA 3.0")
    assert (found.cls, found.template) == (LicenceClass.FREE, "Cc-by-sa-3.0")


@pytest.mark.parametrize("cell", ["CC BY-SA / CC BY-NC", "CC BY-SA 4.0 / CC BY",
                                  "Erkännande 4.0 / Erkännande-DelaLika 4.0"])
def test_two_licences_named_in_words_are_never_merged_into_one(cell: str) -> None:
    # "CC BY-SA / CC BY-NC" was translated as the one licence "CC BY-NC-SA": two licences
    # are not one (the cell goes to a person unless it says they are a choice).
    from copyright_check.translate import translate

    assert translate("licence", cell) is None


# A licence named inside a longer cell is that licence only when the rest of the cell says
# nothing of its terms (rules/licences.yaml, sentence_words): "… except for commercial use"
# read as CC BY 4.0 alone was ok (Commons:Licensing: commercial use must be allowed).
@pytest.mark.parametrize("cell", [
    "Attribution 4.0 International (CC BY 4.0) for non-commercial use",
    "Licensed under https://creativecommons.org/licenses/by/4.0/ except for commercial use",
    "https://creativecommons.org/licenses/by/4.0/ (metadata only)",
    "Image: all rights reserved. Metadata: https://creativecommons.org/licenses/by/4.0/",
    "Namensnennung - Nicht kommerziell 4.0 International (CC BY 4.0)",
    "Attribution-NonCommercial 4.0 International (CC BY 4.0)",
    "Creative Commons Attribution 3.0 (CC BY 4.0)",
])
def test_a_licence_inside_a_text_that_says_more_goes_to_a_person(cell: str) -> None:
    found = parse_licence(cell)
    assert found.cls is LicenceClass.UNRECOGNISED
    assert "says more" in str(found.why)


@pytest.mark.parametrize(("cell", "template"), [
    ("Erkännande-DelaLika 4.0 Internationell (CC BY-SA 4.0)", "Cc-by-sa-4.0"),
    ("Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)", "Cc-by-sa-4.0"),
    ("Licensed under https://creativecommons.org/licenses/by/4.0/", "Cc-by-4.0"),
])
def test_a_licence_inside_its_own_name_or_a_plain_sentence_is_read(cell: str, template: str) -> None:
    found = parse_licence(cell)
    assert (found.cls, found.template) == (LicenceClass.FREE, template)


@pytest.mark.parametrize(("text", "cls", "ident"), [
    # The dedication named with what it does (CC0's deed: "Public Domain Dedication").
    ("CC0 (public domain)", LicenceClass.FREE, "CC0-1.0"),
    ("CC0 – public domain", LicenceClass.FREE, "CC0-1.0"),
    ("Public domain (CC0)", LicenceClass.FREE, "CC0-1.0"),
    # A PD claim beside CC0, with or without spaces around the sign: the image may be the
    # PD claim and the metadata CC0 (as Europeana and museums split them): a person reads it.
    ("Public domain / CC0", LicenceClass.UNRECOGNISED, None),
    ("PD/CC0", LicenceClass.UNRECOGNISED, None),
    # Claims, not releases: the PD finding must stand on its own (Commons:Licensing#Public
    # domain; Commons:Flickr files, "No known copyright restrictions": unclear status).
    ("Public Domain Mark 1.0", LicenceClass.MARK, "PDM-1.0"),
    ("No known copyright restrictions", LicenceClass.MARK, "flickr-no-known-copyright-restrictions"),
    ("http://rightsstatements.org/vocab/NoC-US/1.0/", LicenceClass.MARK, "public-domain-claim"),
    # rightsstatements.org InC-EDU: in copyright, educational use only (Commons:Licensing:
    # reuse by anyone for any purpose).
    ("In Copyright - Educational Use Permitted", LicenceClass.NOT_FREE, "InC-EDU"),
])
def test_licence_cells_as_institutions_write_them_read_as_commons_reads_them(
        text: str, cls: LicenceClass, ident: str | None) -> None:
    found = parse_licence(text)
    assert (found.cls, found.id) == (cls, ident)
    if text == "PD/CC0":
        assert "several licences (public-domain-claim, CC0-1.0)" in str(found.why)


@pytest.mark.parametrize("cell", ["CC BY 4.0/CC BY-SA 4.0", "CC BY-SA 4.0/CC BY-NC 4.0"])
def test_a_slash_without_spaces_joins_licences_as_one_with_spaces_does(cell: str) -> None:
    assert parse_licence(cell) == parse_licence(cell.replace("/", " / "))


# Commons:Licensing#Acceptable_licenses (https://commons.wikimedia.org/wiki/Commons:Licensing):
# a licence must allow derivative works and commercial use. "No derivatives" written out
# after a CC licence is the ND element, however it is joined; read as the licence without
# it, a CC BY 4.0 {{Cc-by-4.0}} misstated the rights holder's licence (review 9, R1).
@pytest.mark.parametrize("cell", ["CC BY 4.0 no derivatives", "CC BY-SA 4.0 (no derivatives)",
                                  "CC BY 4.0, No Derivatives", "CC BY 4.0 no-derivatives",
                                  "CC BY 3.0 - No-Derivatives", "CC BY 4.0 no derivs",
                                  "CC BY 4.0 Non Commercial", "CC BY-SA 4.0 non-commercial"])
def test_no_derivatives_or_non_commercial_written_out_is_not_free(cell: str) -> None:
    assert parse_licence(cell).cls is LicenceClass.NOT_FREE


@pytest.mark.parametrize("cell", ["CC BY 4.0 derivatives", "CC BY 4.0 no", "CC BY-SA 4.0 NO"])
def test_a_lone_no_or_derivatives_is_not_dropped_from_the_licence(cell: str) -> None:
    # "no" after the version is Norway's port code; 4.0 has no ports (Creative Commons
    # stopped porting with 4.0), so no template exists: a person reads it.
    assert parse_licence(cell).cls is LicenceClass.UNRECOGNISED


def test_the_norwegian_port_of_3_0_gets_its_own_template() -> None:
    # Template:Cc-by-3.0-no exists (rules/licences.yaml ports, from UploadWizard's list).
    assert parse_licence("CC BY 3.0 NO").template == "Cc-by-3.0-no"


def test_every_nc_or_nd_word_of_the_vocabulary_after_a_free_licence_makes_it_not_ok(check: Any) -> None:
    # Every NC/ND wording vocabularies/values.yaml knows, in every export language, joined
    # to a free CC licence as catalogues join them: never ok.
    from copyright_check.vocabularies import cell_words

    words = [w for w, e in cell_words().cc_elements.items() if e in ("nc", "nd")]
    for word in [*words, "No-Derivatives", "Non Commercial"]:
        for sep in (" ", ", ", " - ", " / ", "-"):
            for lic in ("CC BY 4.0", "CC BY-SA 3.0"):
                a = check(photographer="Jan Svensson", image_date="2020", published_date="2020",
                          origin_country="SE", photo_kind="photographic_work", depicted_type="none",
                          licence=f"{lic}{sep}{word}")
                assert a.verdict is not Verdict.OK, (lic, sep, word)


@pytest.mark.parametrize("text", ["CC PDM", "CC pdm"])
def test_the_public_domain_marks_code_as_platforms_export_it_is_the_mark(text: str) -> None:
    # H5P's content metadata lists "CC PDM" as the Public Domain Mark; a claim, not a
    # release (Commons:Licensing#Public domain).
    found = parse_licence(text)
    assert (found.id, found.cls) == ("PDM-1.0", LicenceClass.MARK)
