"""In a real browser (tests/test_browser.py's Chromium and ``datasette serve`` of the demo):
a reviewer rates one report of a story; another report's claim page then says the
statement was checked, naming the rated report's outlet and linking to it."""

from __future__ import annotations

import sqlite3

import pytest
from test_browser import CHROMIUM, browser, demo_db, review_server  # noqa: F401 (fixtures)
from test_desk3_browser import _sign_in

from datasette_claims.views.base import encode_id

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")


def test_a_verdict_on_one_report_shows_on_another_reports_page(review_server, browser, demo_db):  # noqa: F811
    _sign_in(browser, review_server)
    with sqlite3.connect(demo_db) as conn:
        rated, other, outlet = conn.execute(
            "select c.id, o.id, a.outlet from claims c join claims o on o.story_id = c.story_id and o.id != c.id "
            "join articles a on a.id = c.article_id where a.outlet is not null order by c.id limit 1").fetchone()
    rated_url = review_server + "/claims-demo/-/claims/claim/" + encode_id(rated)
    browser.goto(rated_url)
    browser.wait_for("document.querySelector('.claims-verdict-form')")
    browser.js("document.querySelector('#claims-verdict-rating').value = 'False'")
    browser.click(".claims-verdict-form input[type=submit]")
    browser.wait_for("document.querySelector('.claims-verdict-withdraw')")
    browser.goto(review_server + "/claims-demo/-/claims/claim/" + encode_id(other))
    browser.wait_for("document.querySelector('.claims-review-status')")
    line = browser.text(".claims-review-status")
    assert "published" in line and f"checked via {outlet}'s report of this statement" in line, line
    assert browser.js("document.querySelector('.claims-review-status a').href") == rated_url
