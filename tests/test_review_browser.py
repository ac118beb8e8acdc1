"""A reviewer's verdict form in a real browser (tests/test_browser.py's Chromium and
``datasette serve`` of the demo, a reviewer signed in).

The form let through what the POST refuses: a link that is not http(s) (``ftp://``,
``javascript:``) or a note over the limit went to the server and came back as a bare
"Error 400" page with no way back to the claim.  Now the browser stops such a link in
the form, saying why (``pattern``, ``maxlength``), and a refused POST that gets past
it (a browser that does not check) lands on a page that says nothing was recorded
and leads back.
"""

from __future__ import annotations

import sqlite3

import pytest
from test_browser import CHROMIUM, SECRET, browser, demo_db, review_server  # noqa: F401 (fixtures)
from test_desk3_browser import _open_first_claim, _sign_in

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")

FORM = "document.querySelector('.claims-verdict-form')"


def _fill(browser, url, check=True):  # noqa: F811
    browser.js(f"""(() => {{ const f = {FORM}; f.noValidate = {'false' if check else 'true'};
        f.querySelector('#claims-verdict-rating').value = 'False';
        f.querySelector('#claims-verdict-url').value = {url!r}; }})()""")
    browser.click(".claims-verdict-form input[type=submit]")


def _verdicts(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from verdicts").fetchone()[0]


def test_the_form_stops_what_the_server_refuses_and_a_refusal_leads_back(review_server, browser, demo_db):  # noqa: F811
    host = _sign_in(browser, review_server)
    before = _verdicts(demo_db)
    href = _open_first_claim(browser, review_server)
    assert browser.js(f"{FORM}.querySelector('#claims-verdict-note').maxLength") == 10_000
    for url in ("ftp://files.example/check", "javascript:alert(1)"):
        _fill(browser, url)
        browser.wait_for(f"!{FORM}.querySelector('#claims-verdict-url').validity.valid")
        assert browser.js("location.href") == href  # not sent
        assert browser.js(f"{FORM}.querySelector('#claims-verdict-url').validationMessage")
    _fill(browser, "ftp://files.example/check", check=False)  # as a browser that does not check
    browser.wait_for("document.title.includes('Nothing was recorded')")
    assert "http:// or https://" in browser.text("main")
    browser.click("main a[href$='" + href.split(review_server)[1] + "']")
    browser.wait_for(f"location.href === {href!r} && {FORM}")
    assert _verdicts(demo_db) == before
    browser.call("Network.deleteCookies", name="ds_actor", domain=host)
