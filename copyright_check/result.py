"""What `Assessor.assess(record)` hands an upload script: the Assessment (its public fields
unchanged) plus the calls that turn it into what is uploaded — `wikitext()` for the file
page, `sdc()` for the structured data, `explain()` for the tree a reviewer reads.

A subclass, built only by `Assessor.assess` (the library call, one record at a time): the
batch renders from plain Assessments and never pays for the row and assessor kept here.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from copyright_check.assessment import Assessment, Reason, RowError, Verdict, unmatched_id
from copyright_check.record import COLUMNS, Record, Tri
from copyright_check.years import YearRange

if TYPE_CHECKING:
    from copyright_check.assessor import Assessor
    from copyright_check.explain import Explanation


class UploadDateWarning(UserWarning):
    """A file page or structured data of an `ok` row made as of a day after today: Commons
    judges an upload by the law on the day it is uploaded, and a later date (a typo, 2031 for
    2026) gives pages for works still protected today. The CLI says the same on stderr for
    --as-of (review 12 C10)."""


def _warn_later(a: Assessment, as_of: date | None) -> None:
    today = date.today()
    if as_of is not None and as_of > today and a.verdict is Verdict.OK:
        warnings.warn(UploadDateWarning(
            f"{a.id!r}: assessed as of {as_of.isoformat()}, after today ({today.isoformat()}): this page is for an "
            f"upload on or after {as_of.isoformat()}; a work it calls free may still be protected today"),
            stacklevel=3)


class AssessmentResult(Assessment):
    """An Assessment that remembers the row it was made from (`cells`, the README record
    columns as read), the date it was made for and the Assessor that made it."""

    __slots__ = ("_assessor", "_row", "as_of")

    def __init__(
        self, id: str, verdict: Verdict, templates: list[str] | None = None,
        uploadable_from: int | None = None, reasons: list[Reason] | None = None,
        errors: list[RowError] | None = None, own: int | None = None, *, cells: Mapping[str, str] | None = None,
        as_of: date | None = None, assessor: Assessor | None = None,
    ) -> None:
        # `dataclasses.replace` calls this with the Assessment fields only: the copy then
        # has no row, and its wikitext()/explain() say so instead of guessing.
        super().__init__(id, verdict, templates if templates is not None else [], uploadable_from,
                         reasons if reasons is not None else [], errors if errors is not None else [], own)
        self._row: dict[str, str] | None = dict(cells) if cells is not None else None
        self.as_of = as_of
        self._assessor = assessor

    def __eq__(self, other: object) -> bool:
        """Equal to an Assessment with the same public fields: the row kept here is context."""
        if not isinstance(other, Assessment):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, like Assessment

    def __reduce__(self) -> tuple[Any, ...]:
        # The Assessor (a compiled rule engine) is not sent along: explain() in another
        # process uses that process's default Assessor.
        return (_rebuild, (self.id, self.verdict, self.templates, self.uploadable_from, self.reasons,
                           self.errors, self._row, self.as_of, self.own))

    @property
    def cells(self) -> dict[str, str]:
        """The row as the assessment read it (record column -> cell text)."""
        if self._row is None:
            raise ValueError(f"assessment {self.id!r} was copied without its row (dataclasses.replace): "
                             "assess the record again for its file page or explanation")
        return self._row

    @property
    def source(self) -> str:
        """The file page's source (wikitext.page_source): "" when the row names none."""
        from copyright_check.wikitext import page_source

        return page_source(self.cells)

    @property
    def page_templates(self) -> list[str]:
        """The templates as the file page writes them (wikitext.page_templates): `templates`
        with, on a row whose page credits the rights holder (no photographer named), the
        holder as the licence tag's `|1=` ({{Cc-by-4.0|1=Riksantikvarieämbetet}}). What a
        script that builds its own page writes; `templates` is the finding alone."""
        from copyright_check.wikitext import page_templates

        return page_templates(self.cells, self)

    # -- the calls before upload ----------------------------------------------------------
    def wikitext(self, categories: Iterable[str] | str = ()) -> str:
        """The Commons file page for an `ok` row ({{Information}}, the licence section with
        this assessment's templates, then `categories` — the institution's own, e.g. its
        batch category; the templates add their own categories on Commons). For any other
        verdict: a wikitext comment with the verdict and the reason (and, for a row that
        becomes uploadable later, Commons' `Category:Undelete in YYYY` hint), never a page;
        the same comment for an `ok` row whose id is empty (no upload could match the page
        to its record). Every record value is escaped (templates/*.j2)."""
        from copyright_check.wikitext import categories_block, row_text

        _warn_later(self, self.as_of)
        if isinstance(categories, str):  # one category, not one per character
            categories = [categories]
        paged = self.verdict is Verdict.OK and unmatched_id(self.errors) is None
        return row_text(self.cells, self) + (categories_block(categories) if paged else "")

    def sdc(self) -> dict[str, Any]:
        """The structured data for this file, as `--format sdc` writes it (sdc.py): `claims`
        are what an upload script posts with wbeditentity (empty unless ok), `registry` the
        rights statement, rationale and determination methods, `left_out` what has no
        statement and why."""
        from copyright_check.sdc import sdc_claims

        _warn_later(self, self.as_of)
        return sdc_claims(self, self.cells, self.as_of)

    def explain(self) -> Explanation:
        """The tree `copyright-check explain` prints: every question asked, the cells read,
        the rule and law file that answered, and for an open question the values that would
        settle it. `explain_text()` gives it as plain text."""
        from copyright_check.explain import explain

        return explain(self._engine(), self.cells, self.as_of, self)

    def explain_text(self) -> str:
        """explain() as the plain text the command prints (no colours): for a log or a ticket."""
        from copyright_check.console import print_explanation

        buf = io.StringIO()
        print_explanation(self.explain(), buf)
        return buf.getvalue()

    def _engine(self) -> Assessor:
        if self._assessor is None:
            from copyright_check.assessor import default_assessor

            self._assessor = default_assessor()
        return self._assessor


def result_of(a: Assessment, cells: dict[str, str], as_of: date, assessor: Assessor) -> AssessmentResult:
    """`a` as the library call's result, keeping `cells` itself: the caller's own, fresh
    dict, not copied again (set after __init__, which would copy it). Compiled (this module
    and assessment.py are, pyproject.toml), __init__ and the dataclass's are compiled calls
    that store each field; interpreted, they were three interpreted calls (~10,000
    instructions of a ~630,000 instruction call) and the fields were set here one by one.
    tests/test_library.py compares the result with one __init__ makes."""
    r = AssessmentResult(a.id, a.verdict, a.templates, a.uploadable_from, a.reasons, a.errors, a.own,
                         as_of=as_of, assessor=assessor)
    r._row = cells
    return r


def _rebuild(rid: str, verdict: Verdict, templates: list[str], uploadable_from: int | None, reasons: list[Reason],
             errors: list[RowError], cells: dict[str, str] | None, as_of: date | None,
             own: int | None = None) -> AssessmentResult:
    return AssessmentResult(rid, verdict, templates, uploadable_from, reasons, errors, own, cells=cells, as_of=as_of)


# Record attributes whose column has another name (the record, README).
_RECORD_ATTRIBUTE = {"photographer_death_year": "photographer_death", "photographer_birth_year": "photographer_birth",
                     "published_date": "published", "depicted_creator_death_year": "depicted_creator_death"}


def record_cells(record: Record) -> dict[str, str]:
    """A Record written back as cells (a year range as `lo/hi`, an unknown as empty), for a
    caller who assessed a Record: the file page and the explanation read cells."""
    cells: dict[str, str] = {}
    for column in COLUMNS:
        value = getattr(record, _RECORD_ATTRIBUTE.get(column, column), None)
        if isinstance(value, YearRange):
            cells[column] = str(value.lo) if value.is_exact else f"{value.lo}/{value.hi}"
        elif isinstance(value, Tri):
            cells[column] = "" if value is Tri.UNKNOWN else value.value
        else:
            cells[column] = "" if value is None else str(value)
    if record.never_published:
        cells["published_date"] = "never"
    return cells
