"""A fact-checker following one statement through the story pages, with invented reports.

A verdict on one report rates the statement: the claim page, the search, the stories list
and the queue said so for every report, but the story's timeline marked only the report it
was recorded on (and a verdict on the story itself on none).  A story whose later report
said "she said" listed "Jane Doe, she" as its speakers.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from conftest import make_datasette, post_form_as
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

HANSARD, PLANET = "hansard.2020/01:0-50", "planet-1:0-50"  # one story (conftest.add_story)
STORY = "story:fuel<tax>"
STORY_URL = f"/claims/-/claims/story/{encode_id(STORY)}"


async def _rate(ds, target: str):
    page = f"/claims/-/claims/{target}"
    r = await post_form_as(ds, "alice", page, page + "/verdict", {"rating": "False", "note": "Invented note."})
    assert r.status_code == 302, r.text


def _rows(html: str) -> list[str]:
    return re.findall(r"<li[^>]*>.*?</li>", html.split("Timeline of appearances", 1)[1], flags=re.S)


@pytest.mark.asyncio
async def test_the_timeline_rates_every_report_of_a_rated_statement(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    await _rate(ds, f"claim/{encode_id(PLANET)}")
    data = (await ds.client.get(STORY_URL + ".json")).json()
    rows = {t["claim"]["id"]: t for t in data["timeline"]}
    assert rows[PLANET]["verdict"] == rows[HANSARD]["verdict"] == "False"
    assert rows[PLANET]["verdict_via"] is None  # its own verdict
    via = rows[HANSARD]["verdict_via"]
    assert (via["claim_id"], via["outlet"], via["other_wording"]) == (PLANET, "Daily Planet", False)
    html = (await ds.client.get(STORY_URL)).text
    rows = _rows(html)
    assert len(rows) == 2 and all("rated False" in r for r in rows)
    assert sum("checked via" in r for r in rows) == 1
    assert f'href="/claims/-/claims/claim/{encode_id(PLANET)}">Daily Planet\'s report</a>' in html.replace("&#39;", "'")


@pytest.mark.asyncio
async def test_a_verdict_on_the_story_rates_every_report_in_its_timeline(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    await _rate(ds, f"story/{encode_id(STORY)}")
    timeline = (await ds.client.get(STORY_URL + ".json")).json()["timeline"]
    assert [(t["verdict"], t["verdict_via"]) for t in timeline] == [("False", None)] * 2


@pytest.mark.asyncio
async def test_no_timeline_rating_without_the_verdicts_table(story_db_path):
    await _rate(make_datasette([story_db_path], config=REVIEWERS), f"claim/{encode_id(PLANET)}")
    hidden = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})
    timeline = (await hidden.client.get(STORY_URL + ".json")).json()["timeline"]
    assert [(t["verdict"], t["verdict_via"]) for t in timeline] == [(None, None)] * 2
    assert "rated False" not in (await hidden.client.get(STORY_URL)).text


@pytest.mark.asyncio
async def test_a_withdrawn_verdict_leaves_the_timeline(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    await _rate(ds, f"claim/{encode_id(PLANET)}")
    with sqlite3.connect(story_db_path) as conn:
        verdict = conn.execute("select id from verdicts").fetchone()[0]
    page = f"/claims/-/claims/claim/{encode_id(PLANET)}"
    r = await post_form_as(ds, "alice", page, f"{page}/verdict/{verdict}/withdraw", {"reason": "Invented reason."})
    assert r.status_code == 302, r.text
    timeline = (await ds.client.get(STORY_URL + ".json")).json()["timeline"]
    assert [t["verdict"] for t in timeline] == [None, None]


def _speakers(db_path, speakers: str):
    with sqlite3.connect(db_path) as conn:
        conn.execute("update stories set speakers = ?", [speakers])


@pytest.mark.asyncio
async def test_a_story_lists_its_people_not_the_pronoun_of_a_report(story_db_path):
    _speakers(story_db_path, '["Jane Doe", "she"]')
    ds = make_datasette([story_db_path])
    listed = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"][0]
    assert listed["speakers"] == ["Jane Doe"]
    assert (await ds.client.get(STORY_URL + ".json")).json()["story"]["speakers"] == ["Jane Doe"]
    for url in ("/claims/-/claims/stories", STORY_URL):
        html = (await ds.client.get(url)).text
        assert "Jane Doe, she" not in html and "Jane Doe" in html


@pytest.mark.asyncio
async def test_a_story_told_by_pronoun_alone_keeps_it(story_db_path):
    _speakers(story_db_path, '["they"]')
    listed = (await make_datasette([story_db_path]).client.get("/claims/-/claims/stories.json")).json()
    assert listed["stories"][0]["speakers"] == ["they"]


# -- a report that says only "she said" -------------------------------------------------

QUOTE = "We will keep the lighthouse at Skerrow lit every night until the new beacon is built"
SHE_DOCS = [
    {"id": "gannet-1", "outlet": "Gannet Review", "published": "2031-04-02",
     "text": f'"{QUOTE}," coastguard director Runa Halvik told reporters at the quay.'},
    {"id": "petrel-1", "outlet": "Petrel Post", "published": "2031-04-03",
     "text": f'"{QUOTE}," Runa Halvik said on Tuesday.'},
    {"id": "skua-1", "outlet": "Skua Notes", "published": "2031-04-04",
     "text": f'Readers have asked what the beacon plan means for them.\n\n"{QUOTE}," she said at the quay.'},
]


@pytest.mark.asyncio
async def test_a_claim_whose_report_names_nobody_points_to_the_people_of_its_story(tmp_path):
    from conftest import load_docs_with_cli

    path = load_docs_with_cli(tmp_path, SHE_DOCS)
    with sqlite3.connect(path) as conn:
        she, story = conn.execute("select id, story_id from claims where article_id = 'skua-1' and speaker = 'she'"
                                  ).fetchone()
        first, halvik = conn.execute("select id, speaker_id from claims where article_id = 'gannet-1'").fetchone()
    assert story  # matching put the report in the story of the two named ones
    ds = make_datasette([path])
    listed = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    assert [s["speakers"] for s in listed if s["id"] == story] == [["Runa Halvik"]]
    url = f"/claims/-/claims/claim/{encode_id(she)}"
    data = (await ds.client.get(url + ".json")).json()
    assert data["story_people"] == [{"name": "Runa Halvik", "url": f"/claims/-/claims/speaker/{halvik}"}]
    html = (await ds.client.get(url)).text
    assert "This report does not say who “she” is; the reports of its story quote" in html
    assert f'<a href="/claims/-/claims/speaker/{halvik}">Runa Halvik</a>' in html
    # a named report's page has nothing of it
    named = (await ds.client.get(f"/claims/-/claims/claim/{encode_id(first)}.json")).json()
    assert named["story_people"] is None
    hidden = make_datasette([path], config={"databases": {"claims": {"tables": {"speakers": {"allow": False}}}}})
    data = (await hidden.client.get(url + ".json")).json()
    assert data["story_people"] == []
    assert "Runa Halvik" not in (await hidden.client.get(url)).text.split("<dt>Sourcing")[0].split("<dt>Speaker")[1]


# -- a story first reported in the reporter's words --------------------------------------

LEAD_DOCS = [
    {"id": "wren-1", "outlet": "Wren Chronicle", "published": "2031-05-04",
     "text": "The north pier has been shut since the February storm, and the ferries have used the south quay.\n\n"
             "Harbourmaster Tove Lindqvist said on Monday that the north pier would reopen "
             "before the summer season.\n\n"
             '"We will reopen the north pier before the summer season begins," Lindqvist told reporters at the quay.'},
    {"id": "finch-1", "outlet": "Finch Daily", "published": "2031-05-06",
     "text": '"We will reopen the north pier before the summer season starts," Tove Lindqvist said.'},
]


@pytest.mark.asyncio
async def test_quotations_are_diffed_from_the_first_quotation_not_from_a_paraphrase(tmp_path):
    from conftest import load_docs_with_cli

    path = load_docs_with_cli(tmp_path, LEAD_DOCS)
    with sqlite3.connect(path) as conn:
        story, first = conn.execute("select id, first_claim_id from stories").fetchone()
        quote = conn.execute("select id from claims where article_id = 'wren-1' and quote_type = 'direct'"
                             ).fetchone()[0]
        assert conn.execute("select quote_type from claims where id = ?", [first]).fetchone()[0] == "indirect"
    ds = make_datasette([path])
    url = f"/claims/-/claims/story/{encode_id(story)}"
    data = (await ds.client.get(url + ".json")).json()
    assert data["diff_from"]["claim_id"] == quote and data["diff_from"]["outlet"] == "Wren Chronicle"
    rows = {t["claim"]["id"]: t for t in data["timeline"]}
    assert rows[first]["first"] and rows[first]["paraphrase"] and rows[first]["diff"] == []
    assert rows[quote]["diff_base"] and rows[quote]["diff"] == []
    finch = next(t for t in data["timeline"] if t["claim"]["article"]["id"] == "finch-1")
    changed = [(op["op"], op["text"].strip()) for op in finch["diff"] if op["op"] != "equal"]
    assert changed == [("delete", "begins"), ("insert", "starts")]  # the outlet's change, not the reporter's words
    html = (await ds.client.get(url)).text
    assert "each quotation's wording is shown as changed from the first quotation" in html
    assert "first quotation</span>" in html
