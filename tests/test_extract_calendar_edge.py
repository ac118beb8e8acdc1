"""A publication date at the calendar's first day ("0001-01-01", what some
exports write for "unknown") is no reason for a rule to fail: a day before it
is simply not resolved.  Invented sentences."""

from datasette_claims.extract import extract_claims_report
from datasette_claims.models import Article


def test_yesterday_before_the_first_day_is_left_unresolved():
    report = extract_claims_report(Article(id="t", published="0001-01-01",
                                           text="The ferry ran late yesterday, Ann Roe said on Sunday."))
    assert report.failures == []
    assert [c.content.text for c in report.claims] == ["The ferry ran late yesterday"]
