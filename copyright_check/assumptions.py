"""Which batch-wide assumptions a verdict rests on, as reasons a reviewer can see.

An assumption fills an empty cell with what the institution asserts for the whole batch
(mapping.py). The verdict *rests on* one if, without it, the row's verdict, templates or
uploadable_from would differ; each such assumption becomes its own reason
(`assumed:FIELD`), placed before the verdict's own sentence, in every output format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from copyright_check.assessment import Assessment, Reason, RowError, Verdict
from copyright_check.mapping import DECLINED, Assumption
from copyright_check.record import holder_names_no_one, holder_unknown


def _outcome(a: Assessment) -> tuple[object, ...]:
    return a.verdict, tuple(a.templates), a.uploadable_from


def reason(a: Assumption, value: str) -> Reason:
    shown = f"the {a.copies} ({value})" if a.copies else repr(value)
    return Reason(
        f"assumed:{a.field}",
        # Worded as a statement, for it stands under `permission` on the file page too
        # (Template:Information: "License and other usage limitations and warnings"): "licence
        # was empty and is assumed" read to a Commons patroller as no permission (review 24b W01).
        f"The institution states for the whole batch that {a.field} is {shown} (the row's cell is empty; "
        f"{a.origin}); the verdict rests on this statement.",
        None, f"institution's assertion ({a.origin})")


# What the row's title says, by the word list that said it (mapping._denied_by).
_TITLE_SAID = {
    "works_inside": "names a work of its own shown (an altarpiece, a mosaic, a painting, a sculpture)",
    "work": "names a work shown (a painting, a mosaic, stained glass, a sculpture, a statue, a bust), which has a "
            "copyright of its own",
    "temporary": "says the work is temporary",
    "exhibition": "says the work was photographed in a museum, an exhibition, a gallery or a studio",
    "private_place": "says the work stands on private ground or in an indoor place (a courtyard, a private garden, "
                     "a hotel lobby, a shopping centre), which is no public outdoor place",
    "three_d": "names a three-dimensional object (a sculpture, a bust, a vase), which a faithful "
               "reproduction of a two-dimensional work cannot show",
    "statue": "names a statue or a sculpture, a work of its own and no building",
    "monument": "names a monument, a memorial, a fountain or another work of its own",
    "building": "names a building or a structure (a church, a tower, a bridge), a work of architecture with a "
                "copyright of its own while its architect's term runs",
    "artwork": "names a work of art (an artwork, a mural, graffiti, street art, a mosaic), which a building's "
               "freedom of panorama does not cover",
    "building_art": "names a work of art on or before a building (a relief, sgraffito, azulejos, public art), "
                    "which a building's freedom of panorama does not cover",
    "maker": "names the work's maker",
    "maker_name": "names a person as a work's maker is named (beside a colon or a dash, in brackets, after 'de'), "
                  "the architect or the artist of a work with a copyright of its own",
    "place": "names a place in another country",
}


def declined_reason(a: Assumption, said: str) -> Reason:
    """mapping.Mapping.prepare left the cell empty: the row's own title says otherwise (or its
    column naming the kind of object: "object")."""
    if said == "object":
        return Reason(
            f"not-assumed:{a.field}",
            f"{a.field} is not assumed to be {a.value!r} ({a.origin}): the row's own column naming its kind of object "
            "(Sakord, Object name, Objektbezeichnung …) names another kind of work, which an assertion for the whole "
            "batch does not answer for this row; its cell is left empty.",
            None, f"institution's assertion ({a.origin}), not taken")
    return Reason(
        f"not-assumed:{a.field}",
        f"{a.field} is not assumed to be {a.value!r} ({a.origin}): the row's own title {_TITLE_SAID[said]}, which "
        "an assertion for the whole batch does not answer for this row; its cell is left empty.",
        None, f"institution's assertion ({a.origin}), not taken")


def cite(
    result: Assessment, cells: Mapping[str, str], filled: Mapping[str, Assumption],
    run: Callable[[dict[str, str]], Assessment],
) -> Assessment:
    """`result` was assessed from `cells` with the `filled` assumptions in them; `run`
    assesses other cells. Adds a reason for each assumption the outcome rests on: one that
    changes it alone, or all of them when only together they do."""
    if not filled:
        return result
    declined = [declined_reason(a, name.rpartition(":")[2]) for name, a in filled.items() if name.startswith(DECLINED)]
    if declined:
        result.reasons[-1:-1] = declined
        filled = {name: a for name, a in filled.items() if not name.startswith(DECLINED)}
    decisive = []
    for name in filled:
        without = dict(cells)
        without[name] = ""
        if _outcome(run(without)) != _outcome(result):
            decisive.append(name)
    if not decisive and len(filled) > 1:
        without = dict(cells)
        for name in filled:
            without[name] = ""
        if _outcome(run(without)) != _outcome(result):
            decisive = list(filled)
    if decisive:
        notes = [reason(filled[n], cells[n]) for n in decisive]
        result.reasons[-1:-1] = notes
    return result


def not_taken(
    result: Assessment, cells: Mapping[str, str], suspects: list[tuple[str, RowError]],
    run: Callable[[dict[str, str]], Assessment],
) -> Assessment:
    """`result` assessed with assumptions some column of the row may contradict (`suspects`:
    field, the row's error naming the columns; mapping._country_against). Where the outcome
    rests on one (it changes without it), the row is assessed without it, its own question
    asked, and the error says why; where it does not, the result stands as it is."""
    for field_, error in suspects:
        without = dict(cells)
        without[field_] = ""
        other = run(without)
        if _outcome(other) == _outcome(result) or other.verdict is Verdict.OK:
            continue  # nothing rests on it, or only a block the row's own facts lift
        other.errors.append(error)
        return other
    return result


# The rule a licence the photographer could not have granted gives (rules/verdict.yaml), and
# the one where the photographer's death year that would decide it is not given.
AFTER_DEATH = "needs-review-licence-after-holder-death"
NO_HOLDER_AFTER_DEATH = "needs-review-licence-no-holder-after-death"
DEATH_UNKNOWN = "needs-review-licence-holder-death-unknown"


def licence_over_no_holder(
    result: Assessment, cells: Mapping[str, str], filled: Mapping[str, Assumption],
    run: Callable[[dict[str, str]], Assessment],
) -> Assessment:
    """A batch's licence (--assume licence=...) over a row that names the photographer and no
    rights holder: the licence is read as the photographer's own release (the author is the
    first holder of a photo's copyright), and one first published after the photographer's
    death (rules/licences.yaml, `published`) is no release, as where the holder cell names
    the photographer (needs-review-licence-after-holder-death; review 15 F5: a photo by Anna
    Riwkin, d. 1970, under a batch's CC0 of 2009 was ok {{Cc-zero}}), or, with no death year
    given, may have been (needs-review-licence-holder-death-unknown; review 19 G1: a photo of
    1950 by a photographer born 1890 under a batch's CC BY 4.0 of 2013). `result` is the row as
    assessed with the assumptions in `cells`; `run` assesses other cells. A row's own licence
    beside an empty holder cell is not checked (README, rights_holder)."""
    holder = (cells.get("rights_holder") or "").strip()
    # A holder cell that names no one ("N/A", "©": record.holder_names_no_one) is the empty
    # cell it stands for (review 16 G1).
    if "licence" not in filled or (holder and (holder_unknown(holder) or not holder_names_no_one(holder))):
        return result
    photographer = (cells.get("photographer") or "").strip()
    if not photographer or any(r.rule == NO_HOLDER_AFTER_DEATH for r in result.reasons):
        # (Already no release by anyone named: the row's own reason says so, without a holder
        # read into the empty cell; review 32h N3.)
        return result
    held = dict(cells)
    held["rights_holder"] = photographer
    checked = run(held)
    if not any(r.rule in (AFTER_DEATH, DEATH_UNKNOWN) for r in checked.reasons):
        return result
    checked.reasons[-1:-1] = [Reason(
        "assumed:rights_holder",
        f"rights_holder was empty and the licence is the batch's ({filled['licence'].origin}): it is read as "
        f"released by the photographer ({photographer}), the author and first holder of the photo's copyright; "
        "no one else is named who could have released it.",
        None, f"institution's assertion ({filled['licence'].origin})")]
    return cite(checked, cells, filled, run)
