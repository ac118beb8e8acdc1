"""A private ``stories`` table hides every verdict that reaches a claim only through its story.

A verdict on a story, or on one report of it, rates every report of the statement
(``views.data.statement_verdicts``).  To an actor who may not see ``stories`` a claim has
no story: each page shows a claim's own verdict alone, and nothing of the story (no link,
no id, no count of its other reports, no status or verdict set on the story or on another
report).  Before, the queue, the claim page's verdict panel and its "said before" read the
stored story and showed the story's verdict and another report's.

Invented reports loaded with the real CLI and served by a real Datasette: a port
councillor's line on a ferry toll told by two outlets in January (one story) and said again
in June (a repeat), and one unrelated report.  Verdicts are recorded through the forms by a
reviewer who sees everything; the pages are then read with ``stories`` (then ``verdicts``,
then ``claim_repeats``) private to all but that reviewer.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette, post_form_as
from datasette.cli import cli

from datasette_claims.views.base import encode_id

LINE = '"The ferry toll will pay for the new breakwater," said Ines Varga, the port councillor.'
DOCS = [
    {"id": "toll-jan", "outlet": "Quay Gazette", "date": "2031-01-05", "title": "Toll plan",
     "text": f"The council met on Monday.\n\n{LINE}"},
    {"id": "toll-jan-b", "outlet": "Dune Observer", "date": "2031-01-06", "title": "Toll plan debated",
     "text": f"Harbour traders gathered.\n\n{LINE}"},
    {"id": "toll-jun", "outlet": "Reed Post", "date": "2031-06-20", "title": "Toll plan again",
     "text": f"The toll came up again.\n\n{LINE}"},
    {"id": "bus-1", "outlet": "Quay Gazette", "date": "2031-03-02", "title": "Fares",
     "text": 'Bus fares are going up.\n\n"Tickets on the night bus will double until the depot reopens," '
             'said Pia Holm.'},
]
NOTE = "Invented note on the toll, seven"
BASE = "/claims/-/claims"
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": ["alice"]}}}}


def _config(private=None):
    config = json.loads(json.dumps(REVIEWERS))
    if private:
        config["databases"] = {"claims": {"tables": {private: {"allow": {"id": "alice"}}}}}
    return config


def _cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


@pytest.fixture
def loaded(tmp_path):
    path = tmp_path / "claims.db"
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", str(path), str(docs)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(path) as conn:
        ids = {a: (c, s) for c, a, s in conn.execute("select id, article_id, story_id from claims")}
        repeats = conn.execute("select claim_a, claim_b from claim_repeats").fetchall()
    # the fixture itself: one story of the two January reports, June said again after both
    assert ids["toll-jan"][1] and ids["toll-jan"][1] == ids["toll-jan-b"][1] and ids["toll-jun"][1] is None
    assert {b for _, b in repeats} == {ids["toll-jun"][0]}
    return str(path), ids


def _claim(claim_id, suffix=""):
    return f"{BASE}/claim/{encode_id(claim_id)}{suffix}"


async def _verdict(ds, page, rating="False"):
    r = await post_form_as(ds, "alice", page, page + "/verdict", {"rating": rating, "note": NOTE, "url": ""})
    assert r.status_code == 302, r.text


def _pages(ids):
    """Every plugin page the claims of the fixture appear on (without the format)."""
    story = encode_id(ids["toll-jan"][1])
    return [("overview", "", ""), ("search", "/search", "q=ferry+toll+breakwater"), ("stories", "/stories", ""),
            ("story", f"/story/{story}", ""), ("speakers", "/speakers", ""), ("speaker", "/speaker/ines-varga", ""),
            ("queue", "/queue", ""), ("queue-all", "/queue", "status=all&reports=all"),
            ("claim", _claim(ids["toll-jan"][0])[len(BASE):], ""),
            ("said-before", _claim(ids["toll-jun"][0])[len(BASE):], ""),
            ("article", "/article/toll-jan", "")]


async def _get_all(ds, ids, actor_id=None):
    out = {}
    for name, path, query in _pages(ids):
        for fmt in ("", ".json"):
            response = await ds.client.get(BASE + path + fmt + ("?" + query if query else ""),
                                           cookies=_cookies(ds, actor_id))
            out[name + fmt] = response
    return out


def _rows(data: dict, key: str) -> dict:
    """claim id -> verdict of the rows of a list page's JSON (``claims`` or ``results``)."""
    return {(r.get("claim") or r)["id"]: r.get("verdict") for r in data[key]}


@pytest.mark.asyncio
@pytest.mark.parametrize("rated", ["story", "report"])
async def test_a_private_stories_table_hides_the_verdicts_that_reach_a_claim_through_its_story(loaded, rated):
    path, ids = loaded
    jan, other, jun = ids["toll-jan"][0], ids["toll-jan-b"][0], ids["toll-jun"][0]
    story = ids["toll-jan"][1]
    writer = make_datasette([path], config=_config())
    if rated == "story":
        await _verdict(writer, f"{BASE}/story/{encode_id(story)}")
    else:
        await _verdict(writer, _claim(other))

    # the reviewer who may see stories: the statement's verdict on every report (the control)
    ds = make_datasette([path], config=_config("stories"))
    seen = await _get_all(ds, ids, "alice")
    assert all(r.status_code == 200 for r in seen.values())
    assert _rows(seen["queue-all.json"].json(), "claims")[jan] == "False"
    assert _rows(seen["search.json"].json(), "results")[jan] == "False"
    panel = seen["claim.json"].json()["verdicts"]
    assert (panel["story_current"] if rated == "story" else panel["report_current"])["note"] == NOTE
    assert any(r["verdict"] for r in seen["said-before.json"].json()["repeats"]["before"] if r["claim"]["id"] == jan)
    assert seen["claim.json"].json()["review_status"]["status"] == "published"

    # anyone else: the story and its pages are gone, and each claim shows its own verdict alone
    hidden = await _get_all(ds, ids)
    assert {n for n, r in hidden.items() if r.status_code != 200} == {"stories", "stories.json", "story",
                                                                       "story.json"}
    own = {other: "False"} if rated == "report" else {}
    for name, key in (("queue-all", "claims"), ("search", "results"), ("speaker", "claims")):
        found = _rows(hidden[name + ".json"].json(), key)
        assert {c: v for c, v in found.items() if v} == own, name
    # one row per report (to them a claim has no story), none counting a story's other reports
    queue = hidden["queue.json"].json()["claims"]
    assert {jan, jun} <= {c["id"] for c in queue}
    assert all(c["story_url"] is None and not c["more_reports"] for c in queue)
    rows = {c["id"]: c for c in hidden["queue-all.json"].json()["claims"]}
    assert "unchecked" in {r["signal"] for r in rows[jan]["reasons"]}
    assert "said_again" not in {r["signal"] for r in rows[jun]["reasons"]}
    page = hidden["claim.json"].json()
    assert page["claim"]["story_id"] is None
    assert page["verdicts"]["story_current"] is None and page["verdicts"]["report_current"] is None
    assert page["verdicts"]["current"] is None
    assert page["review_status"]["status"] == "new" and page["review_status"]["via"] is None
    before = hidden["said-before.json"].json()["repeats"]["before"]
    assert before and {r["claim"]["id"]: r["verdict"] is not None for r in before} == {
        jan: False, other: rated == "report"}
    for name, response in hidden.items():
        text = response.text
        assert story not in text and encode_id(story) not in text, name
        if rated == "story":
            assert NOTE not in text and "rated False" not in text, name
    assert "Another report of this statement" not in hidden["claim"].text
    assert "more report" not in hidden["queue"].text


@pytest.mark.asyncio
@pytest.mark.parametrize("private", ["stories", "verdicts", "claim_repeats"])
async def test_every_page_answers_with_each_table_private_and_shows_nothing_of_it(loaded, private):
    path, ids = loaded
    writer = make_datasette([path], config=_config())
    await _verdict(writer, f"{BASE}/story/{encode_id(ids['toll-jan'][1])}")
    ds = make_datasette([path], config=_config(private))
    hidden = await _get_all(ds, ids)
    refused = {"stories", "stories.json", "story", "story.json"} if private == "stories" else set()
    assert {n for n, r in hidden.items() if r.status_code != 200} == refused
    said = hidden["said-before.json"].json()
    if private == "claim_repeats":
        assert said["repeats"] is None and "Said before on" not in hidden["said-before"].text
    else:
        # the story's verdict reaches no claim: the story is hidden, or the verdicts are
        assert NOTE not in "".join(r.text for r in hidden.values())
        assert all(r["verdict"] is None for r in said["repeats"]["before"])
        for name, key in (("queue-all", "claims"), ("search", "results"), ("speaker", "claims")):
            assert not any(_rows(hidden[name + ".json"].json(), key).values()), name
    if private == "verdicts":
        assert hidden["stories.json"].json()["stories"][0]["verdict"] is None


@pytest.mark.asyncio
async def test_the_alerts_leave_out_an_alert_on_a_private_storys_verdict(loaded):
    path, ids = loaded
    story = ids["toll-jan"][1]
    writer = make_datasette([path], config=_config())
    await _verdict(writer, f"{BASE}/story/{encode_id(story)}")
    ds = make_datasette([path], config=_config("stories"))
    seen = (await ds.client.get(BASE + "/alerts.json", cookies=_cookies(ds, "alice"))).json()["alerts"]
    assert any(a["kind"] == "story" and a["match_id"] == story for a in seen)  # (the control)
    hidden = (await ds.client.get(BASE + "/alerts.json")).json()["alerts"]
    assert all(a["kind"] != "story" and a["story_id"] is None for a in hidden)
    for fmt in ("", ".json", ".atom"):
        text = (await ds.client.get(BASE + "/alerts" + fmt)).text
        assert story not in text and encode_id(story) not in text, fmt
