"""A free licence is a release only by the holder of the photo's copyright: a licence cell beside
a rights_holder cell that says the holder is unknown, or was not asked, releases nothing.

Commons talk:Licensing (stored http://www.pageonewebmarketing.com/commons_talk_licensing.html),
Jmabel on a ministry's CC0 label on photos of unknown authors: "They cannot possibly be CC-0. The
only way for a file to be CC-0 is that someone hold/held full copyright and overtly licensed it";
User:Mdaniels5757/JMabel on CC vs PD (stored https://download.osmand.net/wiki/User:Mdaniels5757/JMabel_on_CC_vs_PD):
"Only the person who owns the copyright can grant such a license". Review 10, F12.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict, batch
from copyright_check.output import write

AS_OF = date(2026, 12, 1)
RULE = "needs-review-licence-holder-unknown"
# A Swedish photographic work of 1980 by a photographer who died in 2000: protected to 2070
# (URL 43 §: life + 70), so only the licence could make it uploadable.
PROTECTED = {"photographer": "Per Foto", "photographer_death_year": "2000", "anonymous": "no",
             "image_date": "1980", "published_date": "1980", "origin_country": "SE",
             "photo_kind": "photographic_work", "licence": "CC BY-SA 4.0", "depicted_type": "none"}


def _assess(holder: str, **cells: str) -> object:
    return Assessor(as_of=AS_OF).assess({"id": "RH", "rights_holder": holder, **PROTECTED, **cells})


@pytest.mark.parametrize("holder", ["okänd", "unknown", "Unbekannt", "[okänd]", "Per Fotos arvingar (ej tillfrågade)",
                                    "heirs unknown", "Rättighetsinnehavare: okänd", "orphan work",
                                    "Verwaistes Werk", "inconnu", "?"])
def test_a_licence_beside_a_holder_said_to_be_unknown_is_no_release(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE
    assert "rights_holder" in a.reasons[-1].text and "CC BY-SA 4.0" in a.reasons[-1].text


# Review 12, C2 (play/rh.csv): a rights_holder cell that names no holder who released the
# photo, in words other than "unknown" (rules/vocabulary.yaml, no_release_holder_words). Only
# the copyright holder can apply a CC licence ("you can apply a Creative Commons license to a
# work when: you are the copyright holder", CC Certificate, stored
# https://researchbysubject.bucknell.edu/cclicense/mod2); a collecting society holds its members'
# rights under mandates that mostly leave them no CC licence of their own (Open-Access-Kommentar,
# stored https://oa-kommentar.de/en/kommentierungen/g-verwertungsgesellschaften).
@pytest.mark.parametrize("holder", [
    # the body named denies holding the copyright
    "Upplandsmuseet (ej upphovsrättsinnehavare)", "not the copyright holder", "inte rättighetsinnehavare",
    "kein Rechteinhaber",
    # not cleared, no permission yet
    "rights not cleared", "Rechte nicht geklärt", "Rechte ungeklärt", "ej klarerad", "no permission",
    "tillstånd saknas", "permission pending", "pending", "awaiting reply", "TBC", "to be checked",
    # the licence cell contradicted outright
    "all rights reserved", "tous droits réservés", "Alle Rechte vorbehalten",
    # an orphan work's holder not traced (Directive 2012/28/EU art. 3's diligent search)
    "orphan", "Orphaned", "verwaist", "föräldralös", "not traced", "could not be traced", "nicht auffindbar",
    "ej anträffad",
    # no one named, or the name doubted
    "N.N.", "NN", "anonym", "keine Angabe", "k.A.", "unbek.", "s.n.", "unclear", "oklar", "Per Foto?",
    "possibly Per Foto", "vermutlich Per Foto",
    # a collecting society (review 14, play/cs.csv: SOFAM, ARS, VAGA and BUS's English name were ok)
    "Bildupphovsrätt i Sverige (BUS)", "VG Bild-Kunst", "ADAGP", "SOFAM", "ARS", "VAGA", "© ARS, New York",
    "Visual Arts Copyright Society in Sweden", "SAIF"])
def test_a_licence_beside_a_holder_cell_naming_no_release_is_no_release(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE


# Review 13, D4 (play/rh13.csv): the same in the other languages an export is written in, and a
# rights statement in place of a holder: "RightsStatements describes status; CC grants rights … A
# photograph still under copyright by an unknown holder cannot carry a CC licence" (stored
# https://digitalrelics.uk/posts/copyright-rights/rightsstatements-org.html).
@pytest.mark.parametrize("holder", [
    "In Copyright", "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable", "InC-RUU",
    "http://rightsstatements.org/vocab/InC-RUU/1.0/", "Copyright Not Evaluated", "CNE", "Copyright Undetermined",
    "Alle rettigheter reservert", "Kaikki oikeudet pidätetään", "Wszelkie prawa zastrzeżone",
    "Todos os direitos reservados", "Copyright reserved", "Rättighetsinnehavare ej identifierad",
    "Upphovsrättsinnehavare saknas", "keine Freigabe", "nicht freigegeben", "not released", "sin autorización",
    "licence not confirmed", "Eredi non contattati", "Neznámý", "Ismeretlen", "Nepoznat", "Kopiosto",
    # two holders in doubt: neither is said to be the one who released it
    "Per Foto eller Anna Riwkin", "Per Foto or Anna Riwkin", "Per Foto oder Anna Riwkin"])
def test_a_holder_cell_in_other_words_or_a_rights_statement_is_no_release(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE


# A rights statement's short code as the whole holder cell ("InC", "UND", "InC-EDU", "NKC"
# is a claim, not here): the codes the word search leaves out, since "Inc." and "und" stand in
# holders' names ("Getty Images Inc.", "Müller und Sohn"). Any statement rules/licences.yaml
# reads as no release (class not_free or none) names no holder who released the photo: the
# statements "are not intended to be used by individuals to license their own creations"
# (RightsStatements.org, as quoted at the stored https://library-nd.libguides.com/copyright/rights).
# Each beside CC BY-SA 4.0 was ok {{Cc-by-sa-4.0}} (fix16 brief item 4).
@pytest.mark.parametrize("holder", ["InC", "inc", "UND", "InC-EDU", "InC-NC", "CNE",
                                    "https://rightsstatements.org/vocab/InC/1.0/", "©", "Copyright",
                                    "Rights Reserved - Free Access", "Unknown copyright status"])
def test_a_rights_statement_standing_as_the_whole_holder_cell_names_no_holder(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == RULE


@pytest.mark.parametrize("holder", ["Getty Images Inc.", "Foto Müller und Sohn", "Inc Studio", "Anna Lind ©"])
def test_a_holder_s_name_holding_a_statement_s_code_as_a_word_is_still_a_name(holder: str) -> None:
    a = _assess(holder)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


@pytest.mark.parametrize("holder", ["© Anna Lind", "Per Fotos arvingar", "Erben", "dödsbo",
                                    "Riksantikvarieämbetet", "Upplandsmuseet (förvaltar)", "Bussbolaget AB",
                                    "Stockholms stadsmuseum", "Museovirasto"])
def test_a_holder_s_name_or_credit_is_still_taken_as_the_licensor(holder: str) -> None:
    # A © notice naming a person is the usual credit beside a CC licence; heirs or an estate hold
    # the rights; a name holding a listed word only inside a longer word ("Bussbolaget") is a name.
    # ("© Per Foto" or "Per Foto (d. 2000)" here, the photographer who died in 2000, cannot have
    # granted CC BY-SA 4.0 of 2013: tests/test_rules_licence_after_death.py.)
    a = _assess(holder)
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


def test_an_anonymous_photo_with_its_holder_unknown_is_no_release_either() -> None:
    a = _assess("unknown", photographer="", photographer_death_year="", anonymous="yes")
    assert a.verdict is Verdict.NEEDS_REVIEW and a.reasons[-1].rule == RULE


@pytest.mark.parametrize("holder", ["", "Upplandsmuseet", "Getty Images", "-", "n/a"])
def test_a_holder_named_or_not_given_leaves_the_licence_as_it_was(holder: str) -> None:
    # An empty cell (or an export's null for it) says nothing of the holder: the licence is
    # taken as the institution's, as before, where the photographer lived to grant it (d. 2020;
    # one dead before the licence existed granted none: tests/test_rules_licence_after_death.py).
    # A name is not checked against anything.
    a = _assess(holder, photographer_death_year="2020")
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-sa-4.0}}"]


def test_a_public_domain_photo_needs_no_release() -> None:
    # Photographer died 1900, photo of 1890: PD in Sweden and in the US whatever the licence
    # cell says; the holder's cell decides nothing (ok on its PD tags).
    a = _assess("okänd", photographer_death_year="1900", image_date="1890", published_date="1890")
    assert a.verdict is Verdict.OK and RULE not in [r.rule for r in a.reasons]
    assert "{{Cc-by-sa-4.0}}" not in a.templates


def test_a_us_government_work_has_no_holder_to_ask() -> None:
    # Flickr's "United States Government Work" is read as {{PD-USGov}} (17 USC 105: no
    # copyright), a statement of the law, not a holder's release: "unknown" beside it is no
    # contradiction.
    a = _assess("unknown", licence="United States Government Work", origin_country="US")
    assert RULE not in [r.rule for r in a.reasons]


def test_a_licence_Commons_refuses_is_still_not_ok() -> None:
    # A known block decides before the holder's question (Commons:Licensing: no NC).
    a = _assess("okänd", licence="CC BY-NC 4.0")
    assert a.verdict is Verdict.NOT_OK


def _rows(order: list[str]) -> str:
    header = "id,rights_holder," + ",".join(PROTECTED)
    values = ",".join(PROTECTED.values())
    return "\n".join([header, *(f"R{i},{holder},{values}" for i, holder in enumerate(order))]) + "\n"


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("order", [["okänd", "Upplandsmuseet"], ["Upplandsmuseet", "okänd"],
                                   ["okänd", "Upplandsmuseet", "unknown", "Getty Images", "okänd", ""]])
def test_rows_equal_but_for_the_holder_never_share_an_answer(tmp_path: Path, jobs: int, order: list[str]) -> None:
    # rights_holder is outside the whole-row cache's key but for whether it says the holder is
    # unknown (assessor._row_key): one row's answer is never another's, in either order, in
    # one process or several.
    path = tmp_path / "rh.csv"
    path.write_text(_rows(order * 40), "utf-8")
    out = io.StringIO()
    with batch.rendered_file(path, "csv", AS_OF, jobs=jobs) as (columns, rows):
        for _ in write("csv", rows, out, columns):
            pass
    lines = out.getvalue().splitlines()[1:]
    assert len(lines) == len(order) * 40
    for i, line in enumerate(lines):
        # (An empty holder beside Per Foto, d. 2000, and CC BY-SA 4.0 of 2013: no release either.)
        unknown = order[i % len(order)] in ("okänd", "unknown", "")
        assert (",needs_review," in line) is unknown and (",ok," in line) is not unknown, line


@pytest.mark.parametrize("order", [["okänd", "Upplandsmuseet"], ["Upplandsmuseet", "okänd"]])
def test_a_library_caller_s_repeated_row_keeps_its_own_holder(order: list[str]) -> None:
    # The library's read-again path (assessor._read_again) and its whole-row cache.
    assessor = Assessor(as_of=AS_OF)
    for round_ in range(3):
        for i, holder in enumerate(order):
            a = assessor.assess({"id": f"{round_}-{i}", "rights_holder": holder, **PROTECTED})
            assert (a.verdict is Verdict.NEEDS_REVIEW) is (holder == "okänd"), (round_, holder)
