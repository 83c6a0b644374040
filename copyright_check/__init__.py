"""copyright-check: may this heritage image go to Wikimedia Commons, under which
templates, and why?

    from copyright_check import assess, Assessor
    a = assess({"id": "1", "photographer_death_year": "1948", ...}, as_of=date(2026, 11, 24))
    a.verdict, a.templates, a.uploadable_from, a.reasons, a.errors
    a.wikitext(), a.explain_text()      # the file page; the tree a reviewer reads
    for a in assess_file("records.xlsx"): ...   # a whole export, read as the CLI reads it
"""

from copyright_check.datacache import generated_code as _generated_code

with _generated_code():  # the dataclasses' generated methods compiled once (datacache.generated_code)
    from copyright_check.assessment import Assessment, Reason, RowError, Verdict
    from copyright_check.assessor import Assessor, assess
    from copyright_check.files import assess_file
    from copyright_check.result import AssessmentResult
    from copyright_check.wikitext import file_page

__all__ = ["Assessment", "AssessmentResult", "Assessor", "Reason", "RowError", "Verdict", "assess", "assess_file",
           "file_page"]
