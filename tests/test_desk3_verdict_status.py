"""A verdict moves its claim (or story) out of the open review queue, and withdrawing
it moves it back to the status it had.

Invented reports (tests/test_desk3_queue.py), the real CLI loader, a real Datasette,
the reviewer's form POSTs with the CSRF token as a browser sends them.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette, post_form_as
from test_desk3_queue import db_path  # noqa: F401 (the fixture)
from test_factcheck_web import REVIEWERS, actor_cookies

from datasette_claims.views.base import encode_id

QUEUE = "/claims/-/claims/queue.json?reports=all&_size=max"


def _url(kind, ident, suffix=""):
    return f"/claims/-/claims/{kind}/{encode_id(ident)}{suffix}"


async def _post(ds, page, target, **data):
    return await post_form_as(ds, "alice", page, target, data)


async def _open(ds, query=""):
    return {c["id"]: c for c in (await ds.client.get(QUEUE + query)).json()["claims"]}


@pytest.fixture
def copy(db_path, tmp_path):  # noqa: F811
    path = str(tmp_path / "claims.db")
    with sqlite3.connect(db_path) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return path


def _story_alerts(path, story):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from claim_alerts where kind = 'story' and match_id = ?",
                            [story]).fetchone()[0]


def _claim(path, article):
    with sqlite3.connect(path) as conn:
        return conn.execute("select id, story_id from claims where article_id = ?", [article]).fetchone()


@pytest.mark.asyncio
async def test_a_verdict_closes_the_claim_and_withdrawing_it_reopens_it(copy):
    ds = make_datasette([copy], config=REVIEWERS)
    claim, _ = _claim(copy, "denied")
    page = _url("claim", claim)
    # a reviewer had assigned it first: that is the status withdrawing the verdict gives back
    r = await _post(ds, page, page + "/status", status="assigned", assignee="bob")
    assert r.status_code == 302, r.text
    assert (await _open(ds))[claim]["status"] == "assigned"
    r = await _post(ds, page, page + "/verdict", rating="False", note="", url="")
    assert r.status_code == 302, r.text
    assert claim not in await _open(ds)
    reviewed = (await _open(ds, "&status=published"))[claim]
    assert reviewed["verdict"] == "False" and reviewed["assignee"] == "bob"
    panel = (await ds.client.get(page + ".json", cookies=actor_cookies(ds, "alice"))).json()["verdicts"]
    vid = panel["current"]["id"]
    html = (await ds.client.get(page, cookies=actor_cookies(ds, "alice"))).text
    assert f'action="{page}/verdict/{vid}/withdraw"' in html
    r = await _post(ds, page, f"{page}/verdict/{vid}/withdraw", reason="rated the wrong report")
    assert r.status_code == 302, r.text
    row = (await _open(ds))[claim]
    assert (row["status"], row["assignee"], row["verdict"]) == ("assigned", "bob", None)
    assert "unchecked" in {s["signal"] for s in row["reasons"]}
    panel = (await ds.client.get(page + ".json")).json()["verdicts"]
    assert panel["current"] is None and panel["history"][0]["withdrawn"]
    assert "the last was withdrawn" in (await ds.client.get(page)).text
    assert panel["history"][0]["withdrawn_reason"] == "rated the wrong report"
    r = await _post(ds, page, f"{page}/verdict/{vid}/withdraw")  # once only
    assert r.status_code == 400


@pytest.mark.asyncio
async def test_a_story_verdict_closes_its_claims_and_a_later_status_stands(copy):
    ds = make_datasette([copy], config=REVIEWERS)
    _, story = _claim(copy, "altered")
    page = _url("story", story)
    with sqlite3.connect(copy) as conn:
        members = {r[0] for r in conn.execute("select id from claims where story_id = ?", [story])}
    assert members <= set(await _open(ds))
    r = await _post(ds, page, page + "/verdict", rating="Misleading", note="", url="")
    assert r.status_code == 302, r.text
    assert not members & set(await _open(ds))
    for member in members:  # each claim's page says so too, as the queue does
        status = (await ds.client.get(_url("claim", member, ".json"))).json()["review_status"]
        assert (status["status"], status["from_story"], status["note"]) == ("published", 1, "verdict: Misleading")
    vid = (await ds.client.get(page + ".json")).json()["verdicts"]["current"]["id"]
    assert _story_alerts(copy, story) == len(members)  # each claim: "its story was rated"
    r = await _post(ds, page, page + "/status", status="dismissed")  # a reviewer's later decision
    assert r.status_code == 302, r.text
    r = await _post(ds, page, f"{page}/verdict/{vid}/withdraw")
    assert r.status_code == 302, r.text
    assert not members & set(await _open(ds))  # still dismissed: the withdrawal does not undo that
    assert _story_alerts(copy, story) == 0  # the alerts it raised went with it
    assert members <= set(await _open(ds, "&status=dismissed"))


@pytest.mark.asyncio
async def test_withdrawing_needs_the_permission_and_a_verdict_of_this_claim(copy):
    ds = make_datasette([copy], config=REVIEWERS)
    claim, _ = _claim(copy, "denied")
    other, _ = _claim(copy, "asserted")
    page = _url("claim", claim)
    await _post(ds, page, page + "/verdict", rating="False", note="", url="")
    vid = (await ds.client.get(page + ".json")).json()["verdicts"]["current"]["id"]
    assert (await _post(ds, page, _url("claim", other, f"/verdict/{vid}/withdraw"))).status_code == 404
    r = await ds.client.post(f"{page}/verdict/{vid}/withdraw.json", json={},
                             headers={"content-type": "application/json"})
    assert r.status_code == 403
