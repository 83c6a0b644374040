"""A rights_holder cell that names a party in the role of the scan's or the file's maker names no holder of the photo
(review 19 G6, play/mh19.csv).

A scan or a digitisation gives its maker no right in the photo (Commons:When to use the PD-Art tag, stored
http://commons.wikimedia.org/wiki/Commons:When_to_use_the_PD-Art_tag: "A mere mechanical reproduction ... cannot
attract additional copyright protection"); only the holder of the photo's copyright can license it (Commons:Licensing).
"Digitalisering: Nordiska museet" beside CC BY 4.0 on Per Foto's protected 1990 photo was ok {{Cc-by-4.0}}.
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
ROW = {"id": "MH", "title": "Gata", "photographer": "Per Foto", "image_date": "1990", "published_date": "1990",
       "origin_country": "SE", "photo_kind": "photographic_work", "licence": "CC BY 4.0", "depicted_type": "none"}


@pytest.mark.parametrize("holder", [
    "Digitalisering: Nordiska museet", "Nordiska museet (för digitaliseringen)", "Scan: Nordiska museet",
    "Repro: Nordiska museet", "Reproduktion: Nordiska museet", "Digitalisierung: Deutsches Museum",
    "Scanned by Nordiska museet", "Digitised by Nordiska museet", "Nordiska museet (scan)",
    "Nordiska museet (digital fil)", "Digital bild: Nordiska museet", "Digitization © Nordiska museet",
    "Numérisation : Musée Carnavalet"])
def test_a_holder_named_as_the_maker_of_the_scan_releases_nothing(holder: str) -> None:
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []
    assert a.reasons[-1].rule == "needs-review-licence-holder-unknown"


@pytest.mark.parametrize("holder", ["Nordiska museet", "Digitala museet AB"])
def test_a_holder_named_as_itself_is_not_checked(holder: str) -> None:
    # The control rows: a holder's name (README, rights_holder: "the institution's own name ... is not checked").
    a = Assessor(as_of=AS_OF).assess({**ROW, "rights_holder": holder})
    assert a.verdict is Verdict.OK and a.templates == ["{{Cc-by-4.0}}"]
