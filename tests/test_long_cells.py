"""Very long cells: a per-row error, no crash, and no ok on a free licence whose holder
cell could not be read (session 12 brief, item 5).

Only the copyright holder can release a photo under a licence (Commons talk:Licensing; the
rule needs-review-licence-holder-unknown, rules/verdict.yaml). A rights_holder cell longer
than 10,000 characters (a pasted document) was read as no cell at all, so a free licence
beside it was ok although the cell could say "okänd" anywhere in it: it is now read as not
naming a known holder. A cell the reader cannot read (bytes not in the file's encoding) is so
too. A long title still decides nothing; a long person cell goes to review, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copyright_check import Assessor, Verdict
from copyright_check.batch import assess_file

# A photographic work of 1990 by a photographer who died in 2000: protected in Sweden to
# 2070, so an ok can rest only on its licence, released by its holder.
PROTECTED = {"id": "H1", "photographer": "Anna Riwkin", "photographer_death_year": "2000", "image_date": "1990",
             "published_date": "1990", "origin_country": "SE", "photo_kind": "photographic_work",
             "depicted_type": "none", "licence": "CC BY 4.0"}
ASSESSOR = Assessor(as_of="2026-12-01")


def _assess(**cells: str) -> tuple[Verdict, list[str], list[str]]:
    a = ASSESSOR.assess({**PROTECTED, **cells})
    return a.verdict, [r.rule for r in a.reasons], [e.column for e in a.errors]


@pytest.mark.parametrize("holder", ["okänd " * 5000, "Anna Riwkin " * 3000, "x" * 10_001])
def test_a_free_licence_beside_a_holder_cell_too_long_to_read_is_no_release(holder: str) -> None:
    verdict, rules, errors = _assess(rights_holder=holder)
    assert verdict is Verdict.NEEDS_REVIEW and "needs-review-licence-holder-unknown" in rules
    assert errors == ["rights_holder"]


def test_a_holder_cell_of_ten_thousand_characters_is_still_read() -> None:
    # (Not the photographer's name repeated: she died in 2000 and granted no CC BY 4.0 of 2013.)
    assert _assess(rights_holder=("Moderna museet " * 700)[:10_000])[0] is Verdict.OK
    assert _assess(rights_holder=("okänd " * 1700)[:10_000])[0] is Verdict.NEEDS_REVIEW


def test_the_whole_row_cache_keeps_the_long_holder_cell_apart() -> None:
    # The same keyed cells with a readable holder before and after: each its own answer.
    # (Not "Anna Riwkin", the photographer, who died in 2000: she granted no CC BY 4.0 of 2013.)
    assert _assess(rights_holder="Moderna museet")[0] is Verdict.OK
    assert _assess(rights_holder="y" * 20_000)[0] is Verdict.NEEDS_REVIEW
    assert _assess(rights_holder="y" * 20_000)[0] is Verdict.NEEDS_REVIEW
    assert _assess(rights_holder="Oscar Halldin")[0] is Verdict.OK


def test_a_public_domain_photo_needs_no_holder() -> None:
    a = ASSESSOR.assess({**PROTECTED, "photographer_death_year": "1948", "image_date": "1930",
                         "published_date": "1930", "rights_holder": "z" * 30_000})
    assert a.verdict is Verdict.OK and [e.column for e in a.errors] == ["rights_holder"]


# A title read as unknown leaves open what it would have said of the row (aerial, inside, a
# mural or a statue beside the row's type): the row goes to a person (review 29c G2; it was ok).
@pytest.mark.parametrize(("column", "verdict"), [("title", Verdict.NEEDS_REVIEW),
                                                 ("photographer", Verdict.NEEDS_REVIEW),
                                                 ("licence", Verdict.NEEDS_REVIEW)])
def test_other_long_cells_are_their_rows_error(column: str, verdict: Verdict) -> None:
    cells = {**PROTECTED, "photographer_death_year": "1948", "image_date": "1930", "published_date": "1930",
             column: "Anna Riwkin " * 3000}
    a = ASSESSOR.assess(cells)
    assert a.verdict is verdict and column in [e.column for e in a.errors]


def test_an_unreadable_holder_cell_in_a_file_is_no_release(tmp_path: Path) -> None:
    header = ",".join([*PROTECTED, "rights_holder"]) + "\n"
    good = ",".join(PROTECTED.values()) + ",Per Åström\n"
    path = tmp_path / "r.csv"
    # A UTF-8 export with one Windows-1252 byte pasted into a holder cell: read as UTF-8 (its
    # other rows say so), that cell is unreadable.
    path.write_bytes((header + good * 5).encode() + ",".join(PROTECTED.values()).encode() + b",Fot\xf6 AB\n")
    results = list(assess_file(path, ASSESSOR, ASSESSOR.as_of))
    assert [r.assessment.verdict for r in results] == [Verdict.OK] * 5 + [Verdict.NEEDS_REVIEW]
