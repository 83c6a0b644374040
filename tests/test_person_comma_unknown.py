"""A named photographer and "unknown" on either side of one comma beside one death year.

"Halldin, Oscar" is one person written surname first (README, Known limits), but "Oscar
Halldin, okänd" cannot be: a full name on one side and a word saying the person is unknown on
the other are a named author and an unknown one, as the same cell with ";" is read. The term of
a joint work runs from the death of the last of its authors (Berne Convention art. 7bis); an
unknown co-author's death is unknown, so the one death year given decides nothing (review 12
C12, play/comma12.csv: 8 such cells were ok {{PD-old-auto-expired|deathyear=1948}}).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor, Verdict

AS_OF = date(2026, 12, 1)
# Sweden, life + 70 (URL 43 §); published 1930 (US: over 95 years): ok on a death in 1948 alone.
PHOTO = {"id": "K", "photographer_death_year": "1948", "image_date": "1930", "published_date": "1930",
         "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none"}


@pytest.mark.parametrize("cell", [
    "Oscar Halldin, okänd", "Oscar Halldin, unknown", "Oscar Halldin, N.N.", "Oscar Halldin, anonym",
    "Oscar Halldin, unbekannt", "Oscar Halldin, inconnu", "okänd, Oscar Halldin", "unknown, Oscar Halldin",
    "Oscar Halldin, [okänd]",
])
def test_a_named_and_an_unknown_author_joined_by_a_comma_are_never_ok_on_one_death(cell: str) -> None:
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.NEEDS_REVIEW and a.templates == []


@pytest.mark.parametrize("cell", ["Halldin, Oscar", "Halldin, okänd"])
def test_a_surname_first_cell_stays_one_person(cell: str) -> None:
    # "Halldin, okänd": a surname and a given name not known, the documented ambiguity.
    a = Assessor().assess({**PHOTO, "photographer": cell}, as_of=AS_OF)
    assert a.verdict is Verdict.OK and a.templates == ["{{PD-old-auto-expired|deathyear=1948}}"]
