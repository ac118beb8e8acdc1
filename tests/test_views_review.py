"""Corrections and review status through the pages: permission, CSRF, history on the claim page."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import make_datasette, post_form_as
from datasette_claims.views.base import encode_id
from test_factcheck_web import IS_1_0, REVIEWERS, actor_cookies

CLAIM = "planet-1:51-102"   # "Nobody expected the harbour bridge to open so soon."
TAX = "hansard.2020/01:0-50"


def url(cid, suffix=""):
    return f"/claims/-/claims/claim/{encode_id(cid)}{suffix}"


async def post_json(ds, actor, path, body):
    """A JSON POST as a script would send it (0.65 wants the CSRF token as a header)."""
    cookies = actor_cookies(ds, actor)
    headers = {"content-type": "application/json"}
    if not IS_1_0:
        page = await ds.client.get(url(TAX), cookies=cookies)
        cookies["ds_csrftoken"] = page.cookies.get("ds_csrftoken") or ""
        headers["x-csrftoken"] = cookies["ds_csrftoken"]
    return await ds.client.post(path, content=json.dumps(body), headers=headers, cookies=cookies)


async def post_form(ds, actor, path, fields, with_token=True):
    return await post_form_as(ds, actor, url(TAX), path, fields, with_token)


@pytest.mark.asyncio
async def test_only_reviewers_may_correct(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    for actor in (None, "mallory"):
        r = await post_json(ds, actor, url(CLAIM, "/correct"), {"kind": "speaker", "value": "Ola Brenn"})
        assert r.status_code == 403, r.text
    assert sqlite3.connect(story_db_path).execute("select count(*) from corrections").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_a_speaker_fix_shows_with_the_machine_value_and_who(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    r = await post_json(ds, "alice", url(CLAIM, "/correct"),
                        {"kind": "speaker", "value": "Ola Brenn", "reason": "the harbour master said it"})
    assert r.status_code == 201, r.text
    j = (await ds.client.get(url(CLAIM, ".json"))).json()
    assert j["claim"]["speaker"] == "Ola Brenn"
    assert j["machine"] == {"speaker": "Jane Doe"}
    c = j["corrections"][0]
    assert (c["kind"], c["value"], c["actor"], c["in_force"]) == ("speaker", "Ola Brenn", "alice", True)
    html = (await ds.client.get(url(CLAIM), cookies=actor_cookies(ds, "alice"))).text
    assert "the harbour master said it" in html and "Fix speaker" in html
    assert f"/correction/{c['id']}/undo" in html  # the reviewer may take it back
    anonymous = (await ds.client.get(url(CLAIM))).text
    assert "Fix speaker" not in anonymous and "/undo" not in anonymous


@pytest.mark.asyncio
async def test_form_posts_need_the_csrf_token_on_0_65(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    fields = {"kind": "sourcing", "value": "unnamed_official"}
    r = await post_form(ds, "alice", url(TAX, "/correct"), fields, with_token=False)
    if not IS_1_0:
        assert r.status_code == 403
    r = await post_form(ds, "alice", url(TAX, "/correct"), fields)
    assert r.status_code == 302
    assert sqlite3.connect(story_db_path).execute("select sourcing from claims where id = ?", [TAX]).fetchone()[0] \
        == "unnamed_official"


@pytest.mark.asyncio
async def test_bad_corrections_are_400(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    for body in ({"kind": "rename"}, {"kind": "sourcing", "value": "gossip"}, {"kind": "speaker", "value": ""},
                 {"kind": "link_reject", "other_id": "nope"}):
        r = await post_json(ds, "alice", url(TAX, "/correct"), body)
        assert r.status_code == 400 and r.json()["ok"] is False, (body, r.text)
    r = await post_json(ds, "alice", url("nope:0-1", "/correct"), {"kind": "not_a_claim"})
    assert r.status_code == 404  # an id that names nothing, as for the pages
    r = await post_json(ds, "alice", url(TAX, "/correct"), {"kind": "undo"})
    kinds = r.json()["error"]
    assert r.status_code == 400 and "story_move" in kinds and "undo" not in kinds  # what this address takes


@pytest.mark.asyncio
async def test_unknown_ids_in_review_addresses_are_404(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    story = sqlite3.connect(story_db_path).execute("select story_id from claims where id = ?", [TAX]).fetchone()[0]
    for path, body in ((url("nope:0-1", "/status"), {"status": "assigned"}),
                       ("/claims/-/claims/story/st-nope/status", {"status": "assigned"}),
                       ("/claims/-/claims/story/st-nope/merge", {"into": story}),
                       ("/claims/-/claims/story/st-nope/split", {"claims": [TAX]}),
                       ("/claims/-/claims/speaker/nobody-known/merge", {"into": "jane-doe"}),
                       ("/claims/-/claims/correction/999/undo", {"reason": "none such"})):
        r = await post_json(ds, "alice", path + ".json", body)
        assert r.status_code == 404 and r.json()["ok"] is False, (path, r.text)
    r = await post_json(ds, "alice", "/claims/-/claims/story/st-nope/status.json", {"status": "assigned"})
    assert r.json()["error"] == "Story not found"
    r = await post_json(ds, "alice", "/claims/-/claims/speaker/jane-doe/merge.json", {"into": "nobody-known"})
    assert r.status_code == 400  # the other speaker is a value, not the address


@pytest.mark.asyncio
async def test_not_a_claim_and_undo(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    r = await post_json(ds, "alice", url(CLAIM, "/correct"), {"kind": "not_a_claim", "reason": "a headline"})
    assert r.status_code == 201
    assert (await ds.client.get(url(CLAIM, ".json"))).status_code == 404
    number = r.json()["ids"][0]
    r = await post_json(ds, "alice", f"/claims/-/claims/correction/{number}/undo.json", {"reason": "it was a claim"})
    assert r.status_code == 201, r.text
    assert (await ds.client.get(url(CLAIM, ".json"))).status_code == 200
    # a second undo of it is refused with its reason (before: recorded again, silently)
    r = await post_json(ds, "alice", f"/claims/-/claims/correction/{number}/undo.json", {"reason": "twice"})
    assert r.status_code == 400 and "already undone" in r.text, r.text


@pytest.mark.asyncio
async def test_status_shows_in_the_queue_and_on_the_claim(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    r = await post_json(ds, "alice", url(TAX, "/status"), {"status": "assigned", "assignee": "ines"})
    assert r.status_code == 201, r.text
    j = (await ds.client.get(url(TAX, ".json"))).json()
    assert j["review_status"]["status"] == "assigned" and j["review_status"]["actor"] == "alice"
    q = (await ds.client.get("/claims/-/claims/queue.json?assignee=ines")).json()
    assert [c["id"] for c in q["claims"]] == [TAX]
    bad = await post_json(ds, "alice", url(TAX, "/status"), {"status": "closed"})
    assert bad.status_code == 400


@pytest.mark.asyncio
async def test_speaker_merge_through_the_api(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    other = sqlite3.connect(story_db_path).execute(
        "select speaker_id from claims where article_id = 'star-1' limit 1").fetchone()[0]
    r = await post_json(ds, "alice", f"/claims/-/claims/speaker/{encode_id(other)}/merge.json", {"into": "jane-doe"})
    assert r.status_code == 201, r.text
    assert r.json()["into"] == "jane-doe"
    # the merged name's address leads to the speaker now holding its claims
    gone = await ds.client.get(f"/claims/-/claims/speaker/{encode_id(other)}.json")
    assert gone.status_code == 302 and gone.headers["location"].endswith("/speaker/jane-doe.json")
