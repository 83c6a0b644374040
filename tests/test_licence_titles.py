"""Licences as institutions write them (review 25a): Creative Commons' own licence titles with
the short form in brackets and the port named in its own language, French and German element
names, a non-commercial restriction written after the licence, the GFDL's "or any later
version", the Norwegian and Korean government licences. Each went to a person as "licence not
recognised" where Commons' practice is settled.

Commons:Licensing#Acceptable licenses: a licence must allow commercial use and derivative works
(NC and ND refused). The ported templates' texts ("Attribution-ShareAlike 3.0 Egypt",
"Attribution 2.0 Korea"): WikimediaMessages' cclicensetexts (en.json). Template:NLOD: "licensed
under the Norwegian Licence for Open Government Data (NLOD) 2.0". KOGL types: kli.korean.go.kr.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
# A photo of 2015 by a living photographer, of a landscape: only its licence decides.
ROW = {"id": "LIC", "title": "Field", "photographer": "Anna Example", "anonymous": "no", "image_date": "2015",
       "origin_country": "SE", "rights_holder": "Anna Example", "depicted_type": "landscape"}


def assess(licence: str) -> tuple[Verdict, list[str]]:
    a = Assessor(as_of=AS_OF).assess({**ROW, "licence": licence})
    return a.verdict, a.templates


@pytest.mark.parametrize(("licence", "template"), [
    ("Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland (CC BY-SA 3.0 DE)", "{{Cc-by-sa-3.0-de}}"),
    ("Attribution-ShareAlike 3.0 Germany (CC BY-SA 3.0 DE)", "{{Cc-by-sa-3.0-de}}"),
    ("Attribution 3.0 France (CC BY 3.0 FR)", "{{Cc-by-3.0-fr}}"),
    ("Paternité - Partage des Conditions Initiales à l'Identique 2.0 Générique (CC BY-SA 2.0)", "{{Cc-by-sa-2.0}}"),
    ("Attribution 2.0 Korea (CC BY 2.0 KR)", "{{Cc-by-2.0-kr}}"),
    ("Attribution 2.5 China Mainland (CC BY 2.5 CN)", "{{Cc-by-2.5-cn}}"),
])
def test_a_licence_title_with_its_short_form_in_brackets_is_that_licence(licence: str, template: str) -> None:
    verdict, templates = assess(licence)
    assert (verdict, templates) == (Verdict.OK, [template])


def test_a_title_and_a_short_form_naming_two_licences_go_to_a_person() -> None:
    # The title's port and the bracket's disagree: which licence was granted is not said.
    assert assess("Attribution 3.0 France (CC BY 3.0 DE)")[0] is Verdict.NEEDS_REVIEW


@pytest.mark.parametrize(("licence", "template"), [
    ("CC BY-SA 3.0 Hrvatska", "{{Cc-by-sa-3.0-hr}}"),
    ("CC BY-SA 3.0 Eesti", "{{Cc-by-sa-3.0-ee}}"),
    ("CC BY-SA 3.0 EG", "{{Cc-by-sa-3.0-eg}}"),
])
def test_a_port_named_in_its_own_language_or_code_gives_the_ported_template(licence: str, template: str) -> None:
    assert assess(licence) == (Verdict.OK, [template])


@pytest.mark.parametrize("licence", [
    "Namensnennung - Nicht-kommerziell - Weitergabe unter gleichen Bedingungen 4.0 International",
    "Namensnennung-Keine kommerzielle Nutzung-Weitergabe unter gleichen Bedingungen 3.0 Unported",
    "Paternité - Pas d'Utilisation Commerciale - Pas de Modification 2.0 France",
    "CC BY-SA 4.0, non-commercial use only",
    "KOGL Type 2",
    "공공누리 제4유형",
    "GFDL 1.2 or any later version",
])
def test_a_licence_forbidding_commercial_use_or_changes_or_the_gfdl_alone_is_refused(licence: str) -> None:
    assert assess(licence)[0] is Verdict.NOT_OK


def test_the_norwegian_licence_for_open_government_data_2_is_free() -> None:
    assert assess("Norsk lisens for offentlige data (NLOD) 2.0") == (Verdict.OK, ["{{NLOD}}"])
    # A bare NLOD names no version, and no template is known for 1.0: a person names it.
    assert assess("NLOD")[0] is Verdict.NEEDS_REVIEW


def test_a_country_name_read_in_another_language_only_is_no_port() -> None:
    # Review 25e: "Reino de Tanzania", a wrong name of Thailand in one of pycountry's catalogues,
    # gave {{Cc-by-3.0-th}}: a port is read from the ported countries' own names alone.
    assert assess("CC BY 3.0 Reino de Tanzania")[0] is Verdict.NEEDS_REVIEW
