"""A law file's review of its US relations (us_relations.review) may hold only for works that
may have been published before a day (`review_before`): a state's works from before it existed
may count in the US as its predecessor's (17 USC 104(b), 104A(h)(3)); Circular 38a."""

from datetime import date

from copyright_check.facts import build, us_relations_at
from copyright_check.record import record_from_row
from copyright_check.years import YearRange
from tests.test_rules_depicted_us import _us_answer


def _sculpture(country: str, made: str) -> dict[str, str]:
    return {"origin_country": country, "depicted_country": country, "depicted_type": "sculpture",
            "depicted_creator": "A Sculptor", "depicted_creator_death_year": "1970",
            "depicted_date": made, "depicted_setting": "outdoor_public", "depicted_permanent": "yes",
            "photographer": "Volunteer", "image_date": "2019", "licence": "CC BY-SA 4.0"}


def test_south_sudan_work_from_before_independence_goes_to_a_person(assessor):
    # COM:South Sudan: 'gained its independence from the Republic of the Sudan on 9 July 2011';
    # COM:Sudan: Berne since 28 December 2000. A sculpture put up in Juba in 1965 may count in the
    # US as Sudan's, restored on Sudan's URAA date, not as a work of a country with no relations
    # (review 28c finding 1: it was ok through depicted-us-no-relations).
    assert _us_answer(assessor, _sculpture("SS", "1965")) == "depicted-us-relations-open"


def test_south_sudan_relations_by_year(assessor):
    ss = assessor.jurisdictions["SS"]
    assert us_relations_at(ss, YearRange(1965, 1965)) == "unknown"
    assert us_relations_at(ss, YearRange(2011, 2011)) == "unknown"  # 2011 may be before 9 July
    assert us_relations_at(ss, YearRange(2005, 2015)) == "unknown"
    assert us_relations_at(ss, YearRange(2012, 2012)) == "no"


def test_mauritius_relations_from_berne_and_a_person_before(assessor):
    # WIPO Berne Notification No. 123: the Berne Convention in force for Mauritius from 10 May
    # 1989 (the US a party since 1 March 1989). Before that an earlier (UCC) relation was not
    # verified: a person, never the no-relations rule (review 28a L1: the file said 1995).
    mu = assessor.jurisdictions["MU"]
    assert us_relations_at(mu, YearRange(1990, 1990)) == "yes"
    assert us_relations_at(mu, YearRange(1989, 1989)) == "unknown"
    assert us_relations_at(mu, YearRange(1970, 1970)) == "unknown"
    s = build(record_from_row({"id": "t", **_sculpture("MU", "1992")}, 2026), date(2026, 12, 3),
              assessor.jurisdictions, assessor.ruleset.host)
    assert s.facts["depicted_us_relations"] == "yes"
