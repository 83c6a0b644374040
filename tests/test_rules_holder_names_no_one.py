"""A rights_holder cell that names no one who can have released the photo is no holder to credit (review 16 G1).

Only the holder of a photo's copyright can license it (Commons talk:Licensing, Jmabel: "someone
hold/held full copyright and overtly licensed it", stored
http://www.pageonewebmarketing.com/commons_talk_licensing.html), and the credit CC BY 4.0 requires
goes to "the creator(s) of the Licensed Material and any others designated to receive attribution"
(§ 3(a)(1)(A)(i), https://creativecommons.org/licenses/by/4.0/legalcode). An export's placeholder
for an empty cell ("N/A", "nan", "None"), a ditto word ("see above"), a copyright sign or label
("©", "Rights holder"), a ticked checkbox ("TRUE") or the licence's own name is neither: the row
is the row with the holder cell empty (rules/vocabulary.yaml no_holder_cells). A holder cell that
says its holder is the photographer ("Fotografen", "Anna Riwkin (fotograf)") beside a row that
names no photographer names no one else to credit; and a person the cell itself says died before
the licence was published (CC BY 4.0: 2013, CC's License Versions) did not grant it.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
# A Swedish photographic work of 1963 (protected to 2033 whoever took it: only the licence could
# make it uploadable), no photographer named, under CC BY 4.0.
ROW = {"id": "H", "image_date": "1963", "published_date": "1963", "origin_country": "SE",
       "photo_kind": "photographic_work", "photographer": "", "licence": "CC BY 4.0", "depicted_type": "none"}
CREDIT = "ok-photo-freely-licensed-credit-holder-depicted-free"
MISSING = "needs-review-licence-attribution-missing"


@pytest.mark.parametrize("holder", [
    "N/A", "n/a", "NA", "-", "--", "NULL", "None", "nan", "NaN", "0", "...", "…", "x", "[ ]", "()", "''", '"',
    "TODO", "see above", "idem", "ditto", "do.", "〃", "siehe oben", "se ovan", "©", "(c)", "Copyright",
    "Rättighetsinnehavare", "Rights holder", "see licence", "Se licens", "CC BY 4.0", "Creative Commons",
    "yes", "ja", "1", "TRUE", "Fri", "Free to use", "ok\u200bänd?"])
def test_a_holder_cell_that_names_no_one_is_no_holder_to_credit(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule != CREDIT


@pytest.mark.parametrize("holder", ["Fotografen", "the photographer", "Upphovspersonen", "Anna Riwkin (fotograf)",
                                    "Fotograf: Anna Riwkin", "Fotografen/Museet"])
def test_a_holder_cell_naming_the_unnamed_photographer_names_no_one_to_credit(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == MISSING


@pytest.mark.parametrize("holder", ["Riwkin, Anna (1908-1970)", "Anna Riwkin (1908–1970)", "Anna Riwkin, d. 1970",
                                    "Anna Riwkin †1970", "Riwkin-Brick, Anna, 1908-1970", "Anna Berg (d. 1950)"])
def test_a_holder_the_cell_says_died_before_the_licence_was_published_did_not_grant_it(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-after-named-holder-death"


@pytest.mark.parametrize("holder", ["Riksantikvarieämbetet", "Anna Riwkins dödsbo", "Familjen Svensson",
                                    "Anna Berg (1950-2020)", "© Bundesarchiv"])
def test_a_holder_who_can_have_released_the_photo_is_credited(holder: str) -> None:
    # Heirs and an estate hold the rights after the author's death; a person alive when the
    # licence was published could grant it.
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.OK and a.reasons[-1].rule == CREDIT


def test_placeholder_dead_and_named_holder_rows_never_share_a_cached_answer() -> None:
    # The whole-row cache keys on record.holder_cell_state: the holder's death year and the
    # photographer's role are in it.
    assessor = Assessor(as_of=AS_OF)
    rules = [assessor.assess({**ROW, "rights_holder": h}).reasons[-1].rule
             for h in ("Nordiska museet", "N/A", "Anna Berg (d. 1950)", "Anna Berg (d. 2020)", "Fotografen", "Museet",
                       "Nordiska museet")]
    assert rules == [CREDIT, MISSING, "needs-review-licence-after-named-holder-death", CREDIT, MISSING, MISSING, CREDIT]


# "©" alone is a rights statement that releases nothing, not an empty cell: beside a free licence
# it is no release (rules/licences.yaml; tests/test_rules_rights_holder.py).
@pytest.mark.parametrize("holder", ["N/A", "TRUE"])
def test_a_placeholder_holder_beside_a_named_photographer_is_the_empty_cell(holder: str) -> None:
    # As with the holder cell empty, the licence is read as the named photographer's own.
    row = {**ROW, "photographer": "Per Foto"}
    assert Assessor(as_of=AS_OF).assess({**row, "rights_holder": holder}).to_dict() == \
        {**Assessor(as_of=AS_OF).assess({**row, "rights_holder": ""}).to_dict()}


# Review 17 G3 (play/g1_holder17.csv, hold17.csv, inv17.csv, hd17.csv): more cells that name no one.
# A spreadsheet error in Excel's other languages (German "#NV", "#WERT!": stored
# http://wilfert.de/tipps.html; Italian "#N/D"; Spanish "#¡VALOR!") is an unreadable cell
# (reader.sheet_error), which beside a free licence is no release by a known holder.
@pytest.mark.parametrize("holder", ["#NV", "#N/D", "#WERT!", "#¡VALOR!", "#NAME?", "#VALEUR!", "#NA"])
def test_a_holder_cell_holding_a_spreadsheet_error_in_any_language_is_no_holder_to_credit(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule != CREDIT


@pytest.mark.parametrize("holder", [
    # a boolean in another Excel language
    "FALSKT", "WAHR", "VRAI", "SANT", "FALSCH", "FAUX", "VERO", "FALSO", "WAAR", "ONWAAR",
    # "not given"
    "ej angiven", "unspecified", "not applicable", "Ej tillämpligt", "N/N", "<null>", "unk", "ingen", "aucun",
    # a private owner with no name
    "Privat", "Privatbesitz", "Private collection",
    # a credit's label, a copyright label, a licence's address or element
    "Bildnachweis", "Fotonachweis", "Bildrechte", "Credit", "Credit line", "Attribution", "(c) copyright",
    "© copyright", "by", "https://creativecommons.org/licenses/by/4.0/", "BY",
    # self-upload words
    "own work", "Eget verk", "eigenes Werk", "Travail personnel", "self", "Myself", "Uploader",
    # invisible characters alone
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u3164"])
def test_more_holder_cells_that_name_no_one_are_no_holder_to_credit(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule != CREDIT


@pytest.mark.parametrize("holder", ["Fotografens arvingar", "The photographer's estate", "Erben des Fotografen",
                                    "ayants droit du photographe", "Arvingarna", "The heirs", "Familjen"])
def test_the_heirs_of_a_photographer_the_row_does_not_name_are_no_one_to_credit(holder: str) -> None:
    # README, rights_holder: "Fotografen" beside a row naming no photographer credits no one;
    # the heirs of that same unnamed photographer are no more identifiable.
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == MISSING


@pytest.mark.parametrize("holder", ["Anna Riwkin (\u271d1970)", "Anna Riwkin (décédée en 1970)",
                                    "Anna Riwkin (1908-70)"])
def test_a_holder_the_cell_says_died_in_more_spellings_did_not_grant_the_licence(holder: str) -> None:
    # A Swedish photo of 1935 under CC BY 4.0 (2013): U+271D, the cross word processors offer
    # beside †; "décédée en" as "morte en"; a life span with its last year cut to two digits.
    row = {**ROW, "image_date": "1935", "published_date": "1935"}
    a = Assessor(as_of=AS_OF).assess({**row, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-after-named-holder-death"


def test_a_holders_short_life_span_is_read_in_its_century() -> None:
    from copyright_check.record import holder_death_in_name
    assert [holder_death_in_name(c) for c in ("Anna Riwkin (1908-70)", "Per Foto (1890-05)", "Anna Berg 1950")] \
        == [1970, 1905, None]


def test_a_holders_cell_read_again_gives_the_same_death_year() -> None:
    # A batch writes one holder on every row: each cell is read once and remembered (None, no
    # death, is an answer too), so the rows after the first decide as the first did.
    from copyright_check.record import holder_death_in_name
    cells = ("Anna Riwkin (1908-70)", "Anna Berg, d. 1950", "Museet", "Anna Berg 1950", "リウキン（1908年～1970年）")
    first = [holder_death_in_name(c) for c in cells]
    assert first == [1970, 1950, None, None, 1970]
    assert [holder_death_in_name(c) for c in cells] == first


# Review 17 G3's rest (play/hold17.csv): the institution's own common noun with no name ("Museet", "Our museum",
# "Collection"), property or a sender's word, each ok with the page writing {{Cc-by-4.0|1=Museet}}. The credit CC BY
# requires is "identification of the creator(s) ... and any others designated to receive attribution" (CC BY 4.0
# § 3(a)(1)(A)(i), stored https://creativecommons.org/licenses/by/4.0/legalcode); Commons:Credit line (stored
# https://waybackassets.bk21.net/20130513183457/http://commons.wikimedia.org/wiki/Commons:Credit_line) quotes "the
# name of such party or parties". "The museum" names no one once the file leaves the export
# (rules/vocabulary.yaml no_holder_cells).
@pytest.mark.parametrize("holder", ["Museum", "Museet", "Arkivet", "Institution", "the institution", "Vår institution",
                                    "Our museum", "Eigentum", "Samlingen", "Collection", "Sender", "Le musée",
                                    "Die Sammlung", "Biblioteket"])
def test_the_institutions_common_noun_as_the_holder_credits_no_one(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == MISSING


@pytest.mark.parametrize("holder", ["Nordiska museet", "Upplandsmuseet", "Museum Folkwang", "Collection Albert Kahn",
                                    "Arkivet i Sundsvall"])
def test_an_institution_named_as_the_holder_is_credited(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.OK and a.reasons[-1].rule == CREDIT


# Review 18 G3 (play/h18.csv): holder cells that still named no one, each ok beside CC BY and no photographer.
# "Anon." and "N. N." say no one is known, and a claim that the rights have run out or are "free" ("Upphovsrätt
# utgången", "lizenzfrei", "royalty free": a paid licence's model) names no holder who released the photo: only the
# holder can license it ("All works on Wikimedia Commons are required to be released under a free license by their
# copyright holder", Commons:License laundering, stored https://commons.m.wikimedia.org/wiki/Commons:License_laundering).
@pytest.mark.parametrize("holder", ["Anon.", "N. N.", "Upphovsrätt utgången", "Fri från upphovsrätt", "Rechte frei",
                                    "lizenzfrei", "royalty free", "Royalty-free", "Libre de droits", "Publiek domein"])
def test_an_unknown_or_expired_rights_claim_as_the_holder_released_nothing(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == "needs-review-licence-holder-unknown"


# A website the photo was found on, the kind of object scanned, a publisher or agency by its role, a family's album
# or a donation with no name, a label before a ditto, the heirs "after" the unnamed photographer: none is a name
# a CC BY credit can go to (CC BY 4.0 § 3(a)(1)(A)(i), stored https://creativecommons.org/licenses/by/4.0/legalcode).
@pytest.mark.parametrize("holder", ["Wikimedia Commons", "Wikipedia", "Flickr", "Flickr user", "eBay", "Postkarte",
                                    "Vykort", "Postcard", "Scan", "Repro", "Herausgeber", "Verlag", "Publisher",
                                    "Förlag", "Éditeur", "Privately held", "Familjealbum", "Family album",
                                    "Familienarchiv", "Donation", "Samling", "XX XX", "Rättighetsinnehavare: se ovan",
                                    "Copyright: Flickr", "Arvingarna efter fotografen"])
def test_a_platform_a_source_kind_or_a_role_with_no_name_as_the_holder_credits_no_one(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == MISSING


@pytest.mark.parametrize("holder", ["Verlag Anton Schroll", "Flickr user Jane Doe", "Copyright: Anna Riwkin",
                                    "Källa: Nordiska museet", "Editions Gallimard", "Anna Bergs arvingar"])
def test_a_publisher_a_user_or_a_label_with_a_name_as_the_holder_is_credited(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.OK and a.reasons[-1].rule == CREDIT


# The same classes one step further (review 18 G3): a platform's user, a role with its article, a photo archive's
# common noun (as "Arkivet", e1f58c4), an owner with no name. Each names no one a CC BY credit can go to.
@pytest.mark.parametrize("holder", ["Flickr-Nutzer", "Der Herausgeber", "Familjens ägo", "Wikipedia Commons",
                                    "Bildarchiv", "Fotoarkivet", "Photothèque", "Eigentümer", "Ägare", "Besitzer"])
def test_a_platform_user_an_archive_s_or_an_owner_s_word_as_the_holder_credits_no_one(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == MISSING


@pytest.mark.parametrize("holder", ["Bildarchiv Foto Marburg", "Fotoarkivet i Skara", "Eigentümer: Anna Berg"])
def test_a_photo_archive_or_an_owner_named_as_the_holder_is_credited(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.OK and a.reasons[-1].rule == CREDIT


# "Expired" alone or after a label, and a free word after a label, claim that no one holds the rights (review 18
# G3 one step further): no holder released the photo (Commons:License laundering, above).
@pytest.mark.parametrize("holder", ["Copyright: expired", "Upphovsrätt: utgången", "Urheberrecht: abgelaufen",
                                    "Utgången upphovsrätt", "Expired", "Free of rights", "Rättigheter: fria"])
def test_an_expired_or_free_claim_after_a_label_as_the_holder_released_nothing(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
