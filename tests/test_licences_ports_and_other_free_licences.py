"""Licences the reader did not know (review 22): Creative Commons' own 1.0-3.0 names for ND
("NoDerivs"), the ports whose code is no country's two letters (3.0 IGO, 2.5 Scotland), the 2.1
ports, the Free Art License and the UK Open Government Licence. Each went to a person as "licence
not recognised" where Commons' practice is settled.

Commons:Licensing#Acceptable licenses: a licence must allow commercial use and derivative works
(NC and ND refused); Commons:Copyright tags/Various free licenses: "{{FAL}} - Free Art License";
Commons:UK Open Government Licence: the OGL "counts as a free licence for the purposes of
Wikimedia Commons". The template names of the ports: the Commons licence template -> Wikidata
mapping of Multichill's own-work bot (cc-by-2.1-jp, cc-by-sa-3.0-igo, cc-by-2.5-scotland, ogl3).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.licences import LicenceClass, parse_licence

AS_OF = date(2026, 12, 1)
# A German photo of 2015 by a living photographer, of a landscape: only its licence decides.
ROW = {"id": "LIC", "title": "Field", "photographer": "Anna Example", "anonymous": "no", "image_date": "2015",
       "origin_country": "DE", "rights_holder": "Anna Example", "depicted_type": "landscape"}


@pytest.mark.parametrize("licence", ["Attribution-NoDerivs 3.0 Unported", "Attribution-NoDerivs 2.0 Generic",
                                     "Attribution-NonCommercial-NoDerivs 3.0 Unported",
                                     "Attribution-NoDerivs License"])
def test_creative_commons_noderivs_names_are_refused_as_nd(licence: str) -> None:
    # "NoDerivs" is the element's name in Creative Commons' 1.0-3.0 licence titles.
    a = Assessor(as_of=AS_OF).assess({**ROW, "licence": licence})
    assert a.verdict is Verdict.NOT_OK
    assert any("ND (no derivatives)" in r.text for r in a.reasons)


@pytest.mark.parametrize(("licence", "template"), [
    ("CC BY-SA 3.0 IGO", "{{Cc-by-sa-3.0-igo}}"),
    ("https://creativecommons.org/licenses/by/3.0/igo/", "{{Cc-by-3.0-igo}}"),
    ("Attribution 3.0 IGO (CC BY 3.0 IGO)", "{{Cc-by-3.0-igo}}"),
    ("Attribution-ShareAlike 3.0 IGO", "{{Cc-by-sa-3.0-igo}}"),
    ("CC BY 2.1 JP", "{{Cc-by-2.1-jp}}"),
    ("Creative Commons Attribution-ShareAlike 2.1 Spain", "{{Cc-by-sa-2.1-es}}"),
    ("CC BY-SA 2.5 Scotland", "{{Cc-by-sa-2.5-scotland}}"),
    ("Free Art License 1.3", "{{FAL}}"),
    ("Licence Art Libre", "{{FAL}}"),
    ("Open Government Licence v3.0", "{{OGL3}}"),
    ("OGL v2.0", "{{OGL2}}"),
    ("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/", "{{OGL}}"),
])
def test_a_free_licence_commons_accepts_gives_its_template(licence: str, template: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "licence": licence})
    assert a.verdict is Verdict.OK, [r.text for r in a.reasons]
    assert template in a.templates


@pytest.mark.parametrize(("text", "says"), [
    # 2.1 exists only as ports: {{Cc-by-2.1}} is no template.
    ("CC BY 2.1", "only as ports"),
    # 3.0 was never ported to Scotland, and IGO is 3.0's only.
    ("CC BY 3.0 Scotland", "no Commons template"),
    ("CC BY-SA 4.0 IGO", "no Commons template"),
])
def test_a_port_or_version_without_a_commons_template_goes_to_a_person(text: str, says: str) -> None:
    found = parse_licence(text)
    assert found.cls is LicenceClass.UNRECOGNISED and found.template is None
    assert says in (found.why or "")


@pytest.mark.parametrize("text", ["OGL", "Open Government Licence", "CC BY-SA 3.0 xyz"])
def test_a_licence_named_without_what_decides_its_template_is_not_read(text: str) -> None:
    # The OGL's version decides its template ({{OGL}}, {{OGL2}}, {{OGL3}}); an unknown word
    # after a version is no port.
    assert parse_licence(text).cls is LicenceClass.UNRECOGNISED


def test_a_licence_published_after_the_photographers_death_was_not_his_to_grant() -> None:
    # Version 1.3 of the Free Art License was published on 8 April 2007: a photographer who
    # died in 2005 granted no licence under it (rules/verdict.yaml, needs-review-licence-after-holder-death).
    assert parse_licence("FAL 1.3").published == 2007
    a = Assessor(as_of=AS_OF).assess({**ROW, "licence": "FAL 1.3", "image_date": "1990",
                                      "photographer_death_year": "2005"})
    assert a.verdict is not Verdict.OK
