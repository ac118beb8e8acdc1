"""A paste into the search box is searched, however its lines break: the box keeps
2,000 characters, counting a line break as one, while the browser sends each as two
(CRLF), and a longer query in a link is cut where the box would cut it, with a note,
never refused (invented texts)."""

from __future__ import annotations

import pytest

from conftest import make_datasette
from test_browser import CHROMIUM, browser, demo_db, server  # noqa: F401 (fixtures)
from datasette_claims.views.data import QUERY_MAX

LINE = "We will cut the fuel tax by ten percent next year, the minister said."


@pytest.fixture
def ds(claims_db_path):
    return make_datasette([claims_db_path])


@pytest.mark.asyncio
async def test_a_paste_with_line_breaks_as_a_browser_sends_it_is_searched(ds):
    # what Chromium sent for a 1,995-character paste of 29 lines: a 400 "q is too long" before
    text = "\n".join([LINE] * 29)[:1995]
    assert len(text) <= QUERY_MAX < len(text.replace("\n", "\r\n"))
    r = await ds.client.get("/claims/-/claims/search.json", params={"q": text.replace("\n", "\r\n")})
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["q_cut"] == 0 and j["results"] and "fuel tax" in j["results"][0]["claim"]["content"]


@pytest.mark.asyncio
async def test_a_longer_query_is_cut_at_a_word_and_the_page_says_so(ds):
    text = " ".join([LINE] * 60)  # about 4,100 characters, as a link or a script may send
    j = (await ds.client.get("/claims/-/claims/search.json", params={"q": text})).json()
    assert len(j["q"]) <= QUERY_MAX and text.startswith(j["q"]) and text[len(j["q"])] == " "
    assert j["q_cut"] == len(text) - len(j["q"]) and j["results"]
    html = (await ds.client.get("/claims/-/claims/search", params={"q": text})).text
    assert f"the {j['q_cut']:,} after them were left out" in html


@pytest.mark.asyncio
async def test_a_query_that_fits_says_nothing_was_left_out(ds):
    j = (await ds.client.get("/claims/-/claims/search.json", params={"q": "fuel tax"})).json()
    assert j["q_cut"] == 0
    assert "left out (search a paragraph" not in (await ds.client.get("/claims/-/claims/search?q=fuel+tax")).text


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
def test_a_paste_of_lines_into_the_box_in_a_browser_finds_its_claim(server, browser, demo_db):  # noqa: F811
    import sqlite3

    content = sqlite3.connect(demo_db).execute(
        "select content from claims where length(content) between 60 and 200 order by id limit 1").fetchone()[0]
    paste = "\n".join([content] * 40)[:QUERY_MAX - 5]  # lines, as copied from an article
    browser.goto(server + "/claims-demo/-/claims/search")
    browser.wait_for("document.querySelector('#claims-q')")
    browser.click("#claims-q")
    browser.call("Input.insertText", text=paste)
    assert browser.js("document.querySelector('#claims-q').value.length") == len(paste)  # the box took it all
    browser.click(".claims-search-form input[type=submit]")
    # (the page the paste was typed into is a search page too: wait for the one the query opened)
    browser.wait_for("location.search.includes('q=') && document.querySelector('.claims-results')")
    assert "is too long" not in browser.text() and content in browser.text(".claims-results")
