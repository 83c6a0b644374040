"""Two US-term promises review 25c broke (17 USC 302-304; Commons:Hirtle chart).

- 17 USC 303(a): a work made before 1978 and first published 1978-2002 is protected to the end of
  2047 at least. A photo is made by its photographer, so no later than their death: a row with
  no image_date whose photographer died in 1940 was read as possibly made after 1977, and a 1990
  first publication was `ok` (F2).
- 17 USC 304 counts 95 years from publication for works published before 1978 only: a 1980 photo
  by an author who died 2015 (life + 70, to the end of 2085) was listed by `calendar` for 2076
  and `ok` then (F1).
"""

from __future__ import annotations

from datetime import date

from copyright_check import Assessor, Verdict

HINE = {"id": "LH", "title": "Mill children", "photographer": "Lewis Hine", "photographer_death_year": "1940",
        "photographer_birth_year": "1874", "anonymous": "no", "published_date": "1990", "origin_country": "US",
        "depicted_type": "none"}


def test_a_photo_with_no_date_is_made_no_later_than_its_photographers_death_for_303a() -> None:
    a = Assessor(as_of=date(2026, 12, 1)).assess(HINE)
    dated = Assessor(as_of=date(2026, 12, 1)).assess({**HINE, "image_date": "1920"})
    assert (a.verdict, a.uploadable_from) == (dated.verdict, dated.uploadable_from) == (Verdict.NOT_OK, 2048)


def test_95_years_from_publication_is_no_term_of_a_work_published_after_1977() -> None:
    row = {"id": "JR", "title": "Street", "photographer": "Jane Roe", "photographer_death_year": "2015",
           "anonymous": "no", "image_date": "1980", "published_date": "1980", "origin_country": "US",
           "photo_kind": "photographic_work", "copyright_notice": "yes", "depicted_type": "none"}
    a = Assessor(as_of=date(2076, 1, 1)).assess(row)
    assert a.verdict is Verdict.NOT_OK and a.uploadable_from == 2086
