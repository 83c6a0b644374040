"""Person and source cells that name no one: no author, no death, no source (review 16 G9, G5, G19, G18, G11, G2).

A placeholder ("NA", "TODO", "..."), a ditto word or mark ("see above", "ditto", 〃) or a role
word alone ("Fotografen", "Author") in the photographer or depicted_creator cell names no
person, nor does "unknown" beside a role in either order ("onbekende fotograaf", "Fotograaf:
onbekend", "Unknown (photographer)", 撮影者不詳): README, "`Fotograf` or `Foto: okänd` alone is an
unknown photographer". A death year beside such a cell is no one's known death: on the photo's
side the photographer is not identified (Berne Convention art. 7(3): the anonymous term applies
only where the author is not disclosed), on the depicted side the year is the cell's error, so
no anonymous-work rule runs the author's life from it. A soft hyphen or zero-width character
inside a word is no part of it (Unicode Default_Ignorable_Code_Point), and Swedish is written
"okand" where å ä ö cannot be typed (Lucene's ScandinavianFoldingFilter, stored
https://lucene.apache.org/core/4_7_1/analyzers-common/org/apache/lucene/analysis/miscellaneous/ScandinavianFoldingFilter.html).
A source cell that says there is none is no source (Template:No source since, stored
https://fanyv88.com:443/https/commons.wikimedia.org/wiki/Template:No_source); a page whose photographer is not
named says so with {{Author|unknown}} (Template:Author, stored
https://commons.m.wikimedia.org/wiki/Template:Author), as {{Information}}'s author is required.
"""

from __future__ import annotations

from datetime import date

import mwparserfromhell
import pytest

from copyright_check import Assessor, Verdict
from copyright_check.wikitext import page_source, row_text

AS_OF = date(2026, 12, 1)
# A Dutch photographic work of 1920 and a death year of 1930: PD if the year were a person's.
PD_IF_NAMED = {"id": "P", "image_date": "1920", "published_date": "1920", "origin_country": "NL",
               "photo_kind": "photographic_work", "photographer_death_year": "1930", "depicted_type": "none"}
# A Swedish photographic work of 1963 under CC BY 4.0, no holder: ok only with an author to credit.
BY = {"id": "B", "image_date": "1963", "published_date": "1963", "origin_country": "SE",
      "photo_kind": "photographic_work", "licence": "CC BY 4.0", "depicted_type": "none"}
NO_ONE = ["NA", "--", "0", "...", "x", "TODO", "see above", "ditto", '"', "〃", "siehe oben", "se ovan",
          "Fotografen", "The photographer", "Kuvaaja", "Upphovsman", "Creator", "Author", "Urheber", "Auteur",
          "Artist", "Konstnär", "Studio", "Atelier", "Foto", "Photo", "Bild", "Kuva"]
UNKNOWN_PHRASES = ["onbekende fotograaf", "Onbekende maker", "Anonieme fotograaf", "Fotograaf: onbekend",
                   "tuntematon kuvaaja", "photographe anonyme", "nieznany autor", "Unknown (photographer)",
                   "Unbekannt (Fotograf)", "撮影者不詳", "摄影者不详", "摄影师不详", "攝影者不詳", "작가미상",
                   "작자미상", "사진가 미상", "촬영자 미상", "מחבר לא ידוע", "مصور مجهول", "Ok\u200bänd fotograf",
                   "okand fotograf", "Okaend", "o\u00adkänd"]


@pytest.mark.parametrize("photographer", NO_ONE)
def test_a_photographer_cell_that_names_no_one_leaves_no_author_to_credit(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**BY, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-attribution-missing"


@pytest.mark.parametrize("photographer", [*UNKNOWN_PHRASES, "see above", "The photographer"])
def test_a_death_year_beside_an_unknown_photographer_is_no_ones_death(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []


def test_a_named_photographer_beside_the_same_death_year_is_pd() -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": "Bernard Eilers"})
    assert a.verdict is Verdict.OK


@pytest.mark.parametrize("creator", ["okänd", "unknown", "inconnu", "unbekannt", "o.Ang.", "Arkitekt okänd",
                                     "Unknown architect", "architecte inconnu", "onbekende architect",
                                     "Künstler unbekannt", "N/A", "-", "nan", "ditto", "see above"])
def test_a_death_year_beside_a_depicted_creator_that_names_no_one_is_the_cells_error(creator: str) -> None:
    # A French building of 1940 (France: no freedom of panorama Commons accepts): an anonymous
    # work whose term was run from the 1950 beside "unknown" was ok.
    a = Assessor(as_of=AS_OF).assess({
        "id": "D", "photographer": "Anna Svensson", "image_date": "2020", "published_date": "2020",
        "origin_country": "SE", "photo_kind": "photographic_work", "licence": "CC BY 4.0",
        "rights_holder": "Anna Svensson", "depicted_country": "FR", "depicted_type": "building",
        "depicted_creator": creator, "depicted_creator_death_year": "1950", "depicted_date": "1940",
        "depicted_setting": "outdoor_public", "depicted_permanent": "yes"})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column == "depicted_creator_death_year" for e in a.errors)


@pytest.mark.parametrize("title", ["Markuskyrkan, inte\u00adriör", "Markuskyrkan, interi\u200bör"])
def test_an_invisible_character_inside_a_title_word_is_no_part_of_it(title: str) -> None:
    row = {"id": "T", "title": title, "photographer": "Anna Svensson", "image_date": "2020",
           "published_date": "2020", "origin_country": "SE", "photo_kind": "photographic_work",
           "licence": "CC BY 4.0", "rights_holder": "Anna Svensson", "depicted_country": "SE",
           "depicted_type": "building", "depicted_creator": "Sigurd Lewerentz", "depicted_creator_death_year": "1975",
           "depicted_date": "1960"}
    assert Assessor(as_of=AS_OF).assess(row).verdict is Verdict.NEEDS_REVIEW


@pytest.mark.parametrize("holder", ["ok\u200bänd", "okand", "okaend", "o\u00adkänd"])
def test_an_unknown_holder_written_with_invisible_characters_or_without_diacritics_releases_nothing(
        holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**BY, "photographer": "", "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert a.reasons[-1].rule == "needs-review-licence-holder-unknown"


@pytest.mark.parametrize("source", ["unknown", "okänd", "-", "—", "N/A", "n/a", "nan", "None", "NULL", "0", "?",
                                    "x", "TODO", "see above"])
def test_a_source_cell_that_says_there_is_none_is_no_source(source: str) -> None:
    assert page_source({"source": source}) == ""
    assert page_source({"source": source, "rights_holder": "©"}) == ""
    assert page_source({"source": source, "url": "https://example.org/item/1"}) == "https://example.org/item/1"


def test_a_credit_the_holder_page_says_its_author_is_unknown() -> None:
    row = {**BY, "photographer": "", "rights_holder": "Riksantikvarieämbetet"}
    a = Assessor(as_of=AS_OF).assess(row)
    assert a.verdict is Verdict.OK
    info = next(t for t in mwparserfromhell.parse(row_text(row, a)).filter_templates()
                if str(t.name).strip() == "Information")
    assert str(info.get("author").value).strip() == "{{Author|unknown}}"


# Review 17 G7 (play/g2_person17.csv, g2_creator17.csv, org17.csv, inv17.csv): more person cells
# that name no one, each read as a name beside a death year: a spreadsheet error in Excel's other
# languages (German "#NV", stored http://wilfert.de/tipps.html), "unknown" in Chinese (未知), "not
# identified" or "not recorded", a signature missing or unreadable, several people, an unknown word
# beside a nationality or a qualifier, a Hangul filler alone.
PERSONS_17 = ["#NV", "#N/D", "#WERT!", "未知", "Fotoğrafçı bilinmiyor", "Fotógrafo no identificado", "Not recorded",
              "Signature illegible", "Mehrere Fotografen", "Anonymous Japanese photographer", "Anonymous (Chinese)",
              "Unknown amateur", "\u3164"]


@pytest.mark.parametrize("photographer", PERSONS_17)
def test_a_death_year_beside_more_photographer_cells_naming_no_one_is_no_ones_death(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []


@pytest.mark.parametrize("photographer", ["Photo Meurisse", "Foto Marburg", "Hofatelier Elvira", "Photochrom Zürich",
                                          "Éditions Y"])
def test_a_death_year_beside_a_firm_is_no_authors_death(photographer: str) -> None:
    # A firm's photo is its unnamed operator's (vocabularies/persons.yaml organisations,
    # firm_prefixes): the year beside the firm's name is no natural person's death.
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert any(e.column == "photographer_death_year" for e in a.errors)


@pytest.mark.parametrize("photographer", ["Foto: Anna Riwkin", "Photo Anna Riwkin", "Anna Photo"])
def test_a_credit_label_before_a_name_is_no_firm(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert not any("names a studio, firm" in e.message for e in a.errors)


@pytest.mark.parametrize("creator", ["#NV", "未知", "Autor no identificado", "Not recorded", "Unknown mason",
                                     "Unknown master", "Signature illegible", "Unsigned", "Unsigniert",
                                     "Anonymous (Chinese)"])
def test_a_death_year_beside_more_depicted_creator_cells_naming_no_one_is_the_cells_error(creator: str) -> None:
    # A French monument of 1905 and a death year of 1950: the anonymous work's term was run from it.
    a = Assessor(as_of=AS_OF).assess({
        "id": "D", "photographer": "Jean Dupont", "image_date": "2020", "origin_country": "FR",
        "photo_kind": "photographic_work", "licence": "CC BY 4.0", "rights_holder": "Jean Dupont",
        "depicted_country": "FR", "depicted_type": "monument", "depicted_creator": creator,
        "depicted_creator_death_year": "1950", "depicted_date": "1905", "depicted_setting": "outdoor_public",
        "depicted_permanent": "yes"})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column in ("depicted_creator_death_year", "depicted_creator") for e in a.errors)


@pytest.mark.parametrize("photographer", ["Bernard Eilers", "C. Hallberg hovfotograf", "Anna Japanese"])
def test_a_named_photographer_beside_a_qualifier_is_still_a_name(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.OK


# Review 17 G7, review 15 F7 (play/org17.csv, org15.csv): a print's or postcard's imprint in the
# photographer's cell names the firm, not its photographer, and a firm has no death year (Berne
# Convention art. 7(1)). "ND Phot." was the Neurdein brothers' publishing house's mark (stored
# https://www.doaks.org/research/library-archives/dumbarton-oaks-archives/collections/ephemera/names/nd-phot);
# the Anderson firm of Rome outlived James Anderson (d. 1877) to 1963 (stored
# https://catalogo.museivaticani.va/index.php/Detail/entities/4445). vocabularies/persons.yaml
# credit_marks, imprints, and the publisher's "Ed." among organisations.
IMPRINTS = ["ND Phot.", "N.D. Phot.", "Phot. Nadar", "Nadar phot. Paris", "Cliché Nadar", "Fot. Jaeger", "Ed. X",
            "Éd. Lévy", "Ed. P. Marmuse", "Photoglob Zürich", "Photoglob", "Anderson Rome", "Anderson (Rome)",
            "Brogi, Firenze", "Alinari Firenze", "Giraudon Paris"]


@pytest.mark.parametrize("photographer", IMPRINTS)
def test_a_death_year_beside_a_studios_or_publishers_imprint_is_no_authors_death(photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert any(e.column == "photographer_death_year" for e in a.errors)


@pytest.mark.parametrize("photographer", ["A. Blomberg phot.", "phot. A. Blomberg", "A. Blomberg phot. Stockholm",
                                          "James Anderson", "D. Anderson, Roma", "Jack London", "Anna Stockholm",
                                          "Oscar Halldin, Stockholm", "Cl. Nadar"])
def test_a_full_name_beside_a_credit_mark_or_a_city_is_still_a_person(photographer: str) -> None:
    # The mark or the seat makes an imprint only of one word or initials; a given name or an
    # initial and a surname name the person, and a city after one word is a surname as often.
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.OK and a.errors == []


# Review 18 G14 (play/up18.csv, play/uc18.csv): more cells naming no one, each ok beside a death year: "anonymous"
# inflected before a role ("Anonymer Fotograf"), the person missing or not given ("Fotograf saknas", "Arkitekt ej
# angiven"), not attributed ("Nicht zugeordnet", "Attribution unknown"), "without" before a role ("ohne Fotograf"),
# "N/A" after a label, and a listed place after the unknown phrase ("Okänd fotograf, Stockholm", as Swedish
# archives write where the unknown photographer worked). README (photographer_death_year): the year beside a cell
# naming no one is that cell's error, since whose death it is cannot be checked; the anonymous term applies only
# while the author is not identified (Berne Convention art. 7(3)).
PERSONS_18 = ["Anonymer Fotograf", "Photographer: N/A", "ohne Fotograf", "Okänd fotograf, Stockholm",
              "Okänd fotograf (Stockholm)", "Nicht zugeordnet", "Ej attribuerad", "Attribution unknown",
              "Fotograf saknas", "Fotograf ej angiven", "Fotograf fehlt", "No photographer", "Sans photographe",
              "Anonimowy fotograf", "Fotografo non indicato", "Okänd fotograf, Skara", "Fotógrafo anónimo, Valencia",
              "Unknown photographer, 1920", "Okänd fotograf (Saint-Denis)",
              # review 24b (RC-NO-6, written as the page's author): not named or credited, with a full stop
              "Photographer not named.", "Fotograf ej namngiven", "Uncredited", "Photographer not given."]


@pytest.mark.parametrize("photographer", PERSONS_18)
def test_a_death_year_beside_an_inflected_missing_or_placed_unknown_photographer_is_no_ones_death(
        photographer: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []


@pytest.mark.parametrize("creator", ["Anonymer Bildhauer", "Anonymer Baumeister", "Okänd arkitekt, Stockholm",
                                     "Okänd konstnär (Paris)", "Arkitekt saknas", "Arkitekt ej angiven",
                                     "Architekt nicht zugeordnet", "Sculpteur non identifié, Paris",
                                     "Attribution unknown", "Ohne Angabe des Künstlers", "Künstler: N/A"])
def test_a_death_year_beside_an_inflected_missing_or_placed_unknown_depicted_creator_is_the_cells_error(
        creator: str) -> None:
    # A French monument of 1905 and a death year of 1950 (France: no freedom of panorama).
    a = Assessor(as_of=AS_OF).assess({
        "id": "D", "photographer": "Jean Dupont", "image_date": "2020", "origin_country": "FR",
        "photo_kind": "photographic_work", "licence": "CC BY 4.0", "rights_holder": "Jean Dupont",
        "depicted_country": "FR", "depicted_type": "monument", "depicted_creator": creator,
        "depicted_creator_death_year": "1950", "depicted_date": "1905", "depicted_setting": "outdoor_public",
        "depicted_permanent": "yes"})
    assert a.verdict is Verdict.NEEDS_REVIEW
    assert any(e.column in ("depicted_creator_death_year", "depicted_creator") for e in a.errors)


@pytest.mark.parametrize("photographer", ["Oscar Halldin, Stockholm", "Anna Berg (Stockholm)", "Fotograf Sem",
                                          "Sem Hartz", "Missing Person", "Anna Berg, Paris"])
def test_a_name_beside_a_place_or_a_without_word_after_the_role_is_still_a_person(photographer: str) -> None:
    # A place makes no one of a name, and "without" is read only before a role ("Fotograf Sem" is a photographer
    # named Sem), so each stays a name beside its death year.
    a = Assessor(as_of=AS_OF).assess({**PD_IF_NAMED, "photographer": photographer})
    assert a.verdict is Verdict.OK and a.errors == []


@pytest.mark.parametrize("cell", ["Sem", "Sin", "Ohne", "No", "Okänd, Anna Berg", "Anna Berg, Stockholm",
                                  "Okänd fotograf, Anna Berg", "Anna Berg, Skara"])
def test_a_without_word_alone_or_a_name_after_the_unknown_word_is_not_read_as_no_one(cell: str) -> None:
    from copyright_check.record import says_no_one
    assert not says_no_one(cell)
