"""A reviewer at the desk, in a real browser (tests/test_browser.py's Chromium and
``datasette serve`` of the demo): rate the queue's first claim from its page, see it
leave the open queue, withdraw the verdict, see it come back; on 0.65 a form sent
with a stale CSRF token lands on a page that says so and leads back; a bookmarked
story URL whose story was regrouped lands on the story holding its first claim.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_browser import CHROMIUM, SECRET, browser, demo_db, review_server  # noqa: F401 (fixtures)

from datasette_claims.compat import IS_1_0

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")

FIRST_CLAIM = "document.querySelector('table.claims-queue tbody tr td:nth-child(2) a')"


def _sign_in(browser, server):  # noqa: F811
    from datasette.app import Datasette

    host = server.split("//")[1].split(":")[0]
    browser.call("Network.enable")
    browser.call("Network.setCookie", name="ds_actor", value=Datasette(secret=SECRET).sign({"a": {"id": "root"}},
                 "actor"), domain=host, path="/")
    return host


def _in_open_queue(browser, server, href) -> bool:  # noqa: F811
    browser.goto(server + "/claims-demo/-/claims/queue?reports=all&_size=max")
    browser.wait_for("document.querySelector('table.claims-queue')")
    return browser.js(f"[...document.querySelectorAll('table.claims-queue a')].some(a => a.href === {href!r})")


def _open_first_claim(browser, server) -> str:  # noqa: F811
    """Go from the queue to its first claim's page, its verdict form shown; the page's address."""
    browser.goto(server + "/claims-demo/-/claims/queue")
    browser.wait_for(FIRST_CLAIM)
    href = browser.js(FIRST_CLAIM + ".href")
    browser.goto(href)
    browser.wait_for("document.querySelector('.claims-verdict-form')")
    return href


def test_a_verdict_closes_a_claim_and_withdrawing_reopens_it(review_server, browser):  # noqa: F811
    host = _sign_in(browser, review_server)
    href = _open_first_claim(browser, review_server)
    browser.js("document.querySelector('#claims-verdict-rating').value = 'False'")
    browser.click(".claims-verdict-form input[type=submit]")
    browser.wait_for("document.querySelector('.claims-verdict-withdraw')")
    assert "False" in browser.text(".claims-verdict-current")
    assert not _in_open_queue(browser, review_server, href)
    browser.goto(href)
    browser.wait_for("document.querySelector('.claims-verdict-withdraw')")
    browser.click(".claims-verdict-withdraw summary")
    browser.js("document.querySelector('.claims-verdict-withdraw input[name=reason]').value = 'wrong report'")
    browser.click(".claims-verdict-withdraw button")
    browser.wait_for("document.querySelector('.claims-verdict-withdrawn')")
    assert "wrong report" in browser.js("document.querySelector('.claims-verdict-history').textContent")
    assert _in_open_queue(browser, review_server, href)
    browser.call("Network.deleteCookies", name="ds_actor", domain=host)


@pytest.mark.skipif(IS_1_0, reason="0.65's asgi-csrf token check")
def test_a_stale_form_says_so_and_leads_back(review_server, browser):  # noqa: F811
    host = _sign_in(browser, review_server)
    href = _open_first_claim(browser, review_server)
    browser.js("document.querySelector('.claims-verdict-form input[name=csrftoken]').value = 'stale'")
    browser.click(".claims-verdict-form input[type=submit]")
    browser.wait_for("document.title.includes('The form was not sent')")
    assert "Nothing was recorded" in browser.text()
    browser.click("a[href$='" + href.split(review_server)[1] + "']")
    browser.wait_for(f"location.href === {href!r}")
    browser.call("Network.deleteCookies", name="ds_actor", domain=host)


def test_a_regrouped_story_url_lands_on_the_story_now(review_server, browser, demo_db):  # noqa: F811
    with sqlite3.connect(demo_db) as conn:
        story, first = conn.execute("select id, first_claim_id from stories order by report_count desc, id").fetchone()
        conn.execute("insert or replace into story_moves (story_id, first_claim_id, moved) values (?, ?, ?)",
                     ["st-000000desk3", first, "2026-12-05T09:00:00Z"])
    browser.call("Page.navigate", url=review_server + "/claims-demo/-/claims/story/st-000000desk3")
    browser.wait_for(f"location.href.endsWith('/story/{story}')")
    browser.wait_for("document.querySelector('h1')")
    assert "Not found" not in browser.text("h1")
