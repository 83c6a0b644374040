"""What a row's reasons say is still open must read as a sentence, whichever kind of thing
settles it: a column to fill in ("photographer_death_year is needed") or a law file's own
review, which is a sentence of its own ("... a person must check."). Review 27a found
"could not be read from COM:Kyrgyzstan or the statute; a person must check. is needed." and
"only a working hypothesis.." in rows of law files whose terms are under review.

Every law file with a term, an anonymous term or a photograph term under review is run with
a photo by a named photographer with and without a death year, an anonymous one, and a
mural of a known artist: no reason may end a review's sentence twice or put "is needed"
after it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from copyright_check.assessor import Assessor

_LAW = Path(__file__).resolve().parent.parent / "jurisdictions"
# The questions' labels in the verdict's list of what is still open (reasons._open_facts).
_LABELS = ("the photo in its origin country", "the photo in the US", "the depicted work", "freedom of panorama",
           "the depicted work in the US")


def _reviewed_codes() -> list[str]:
    codes = []
    for path in sorted(_LAW.glob("[A-Z][A-Z].yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        terms = data.get("terms") or {}
        if any(isinstance(t, dict) and t.get("review") for t in terms.values()):
            codes.append(path.stem)
    return codes


_ROWS = (
    {"photographer": "Anna Berg", "photographer_death_year": "1950", "image_date": "1930",
     "published_date": "1930", "depicted_type": "landscape"},
    {"photographer": "Anna Berg", "image_date": "1990", "published_date": "1990", "depicted_type": "landscape"},
    {"photographer": "unknown", "anonymous": "yes", "image_date": "1900", "published_date": "1900",
     "depicted_type": "landscape"},
    {"photographer": "Anna Berg", "image_date": "2019", "published_date": "2019", "licence": "CC BY-SA 4.0",
     "rights_holder": "Anna Berg", "depicted_type": "mural", "depicted_creator": "Karl Lund",
     "depicted_creator_death_year": "2006", "depicted_date": "2005", "depicted_setting": "outdoor_public",
     "depicted_permanent": "yes"},
)


@pytest.mark.parametrize("code", _reviewed_codes())
def test_a_law_files_review_reads_as_its_own_sentence_in_every_reason(code: str) -> None:
    # Commons:Copyright rules by territory: a territory whose law was not read is a person's
    # question; the reason must still say which, readably.
    assessor = Assessor(as_of="2026-12-03")
    for i, row in enumerate(_ROWS):
        cells = {"id": f"{code}-{i}", "origin_country": code, "depicted_country": code, **row}
        for r in assessor.assess(cells).reasons:
            assert ". is needed" not in r.text, (cells, r.rule, r.text)
            assert ".." not in r.text.replace("...", ""), (cells, r.rule, r.text)
            # The verdict's list of open questions names each after its question's label.
            assert not any(f". ({label})" in r.text for label in _LABELS), (cells, r.rule, r.text)


def test_a_fact_that_settles_the_question_is_still_named_as_needed() -> None:
    # A depicted work of unknown kind in Britain: whether the US protects it turns on its
    # status at home on the URAA date (17 USC 104A(h)(6)), which the columns named decide.
    a = Assessor(as_of="2026-12-03").assess({
        "id": "x", "photographer": "Per Kowalski", "photographer_birth_year": "1970", "image_date": "2010",
        "published_date": "2012", "origin_country": "FI", "photo_kind": "photographic_work",
        "depicted_country": "GB", "depicted_creator": "Liisa Ivanova", "depicted_creator_death_year": "1864",
        "depicted_date": "1861", "depicted_setting": "outdoor_public", "depicted_permanent": "no"})
    texts = [r.text for r in a.reasons if r.rule == "depicted-us-undecided"]
    assert texts and texts[0].endswith("(depicted_creator_death_year, depicted_date) is needed."), a.reasons


def test_every_terms_review_is_a_sentence_of_its_own() -> None:
    # reasons._needed tells a review's sentence from a fact to fill in by its full stop: a
    # term's review without one would read "... is for a person to check is needed."
    for path in sorted(_LAW.glob("[A-Z][A-Z].yaml")):
        terms = yaml.safe_load(path.read_text(encoding="utf-8")).get("terms") or {}
        for name, term in terms.items():
            review = term.get("review") if isinstance(term, dict) else None
            assert review is None or review.rstrip().endswith("."), (path.name, name, review)
