"""Merging and splitting stories through the pages and the JSON API: the claims-review
permission, CSRF, the story page's forms and history, and undo (both Datasette lines)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from conftest import make_datasette
from datasette_claims.views.base import encode_id
from test_factcheck_web import IS_1_0, REVIEWERS, actor_cookies
from test_views_review import post_json

TAX_A, TAX_B = "hansard.2020/01:0-50", "planet-1:0-50"
NURSES, DIESEL = "hansard.2020/01:106-153", "star-1:84-129"
BASE = "/claims/-/claims"


def story_url(story_id, suffix=""):
    return f"{BASE}/story/{encode_id(story_id)}{suffix}"


def story_of(path, claim_id):
    return sqlite3.connect(path).execute("select story_id from claims where id = ?", [claim_id]).fetchone()[0]


def count(path, table):
    return sqlite3.connect(path).execute(f"select count(*) from {table}").fetchone()[0]


async def post_story_form(ds, actor, path, story_id, fields, with_token=True, headers=None):
    """As a browser: GET the story page (0.65 sets the CSRF cookie), then POST its form."""
    cookies = actor_cookies(ds, actor)
    page = await ds.client.get(story_url(story_id), cookies=cookies)
    if page.cookies.get("ds_csrftoken"):
        cookies["ds_csrftoken"] = page.cookies["ds_csrftoken"]
    found = re.search(r'name="csrftoken" value="([^"]*)"', page.text)
    data = dict(fields)
    if with_token and found:
        data["csrftoken"] = found.group(1)
    return await ds.client.post(path, data=data, cookies=cookies, headers=headers or {})


async def two_stories(ds, path):
    r = await post_json(ds, "alice", f"{BASE}/claim/{encode_id(NURSES)}/correct.json",
                        {"kind": "link_confirm", "other_id": DIESEL})
    assert r.status_code == 201, r.text
    tax, nurses = story_of(path, TAX_A), story_of(path, NURSES)
    assert tax and nurses and tax != nurses and story_of(path, DIESEL) == nurses
    return tax, nurses


@pytest.mark.asyncio
async def test_only_reviewers_may_merge_or_split(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    story = "story:fuel<tax>"
    for actor in (None, "mallory"):
        r = await post_json(ds, actor, story_url(story, "/merge.json"), {"into": "other"})
        assert r.status_code == 403, r.text
        r = await post_json(ds, actor, story_url(story, "/split.json"), {"claims": [TAX_B]})
        assert r.status_code == 403, r.text
        r = await post_story_form(ds, actor, story_url(story, "/split"), story, {"claim": TAX_B})
        assert r.status_code == 403
    assert count(story_db_path, "corrections") == 0
    assert story_of(story_db_path, TAX_B) == story
    anonymous = (await ds.client.get(story_url(story))).text
    assert "Merge stories" not in anonymous and 'name="claim"' not in anonymous
    html = (await ds.client.get(story_url(story), cookies=actor_cookies(ds, "alice"))).text
    assert "Merge stories" in html and f'value="{TAX_B}" form="claims-split-form"' in html


@pytest.mark.asyncio
async def test_merge_through_the_api_shows_on_the_story_page_and_undo(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    tax, nurses = await two_stories(ds, story_db_path)
    r = await post_json(ds, "alice", story_url(nurses, "/merge.json"), {"into": tax, "reason": "one budget <b>"})
    assert r.status_code == 201, r.text
    merged = r.json()["story"]
    assert {story_of(story_db_path, c) for c in (TAX_A, TAX_B, NURSES, DIESEL)} == {merged}
    j = (await ds.client.get(story_url(merged, ".json"))).json()
    assert j["story"]["claim_count"] == 4
    c = [c for c in j["corrections"] if c["kind"] == "story_merge"][0]
    assert (c["actor"], c["reason"], c["in_force"], c["into"]) == ("alice", "one budget <b>", True, tax)
    html = (await ds.client.get(story_url(merged), cookies=actor_cookies(ds, "alice"))).text
    assert "one budget &lt;b&gt;" in html and f"/correction/{c['id']}/undo" in html
    r = await post_json(ds, "alice", f"{BASE}/correction/{c['id']}/undo.json", {})
    assert r.status_code == 201, r.text
    assert story_of(story_db_path, TAX_A) == story_of(story_db_path, TAX_B) != story_of(story_db_path, NURSES)


@pytest.mark.asyncio
async def test_split_from_the_story_page_form_needs_the_csrf_token(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    tax, nurses = await two_stories(ds, story_db_path)
    merged = (await post_json(ds, "alice", story_url(nurses, "/merge.json"), {"into": tax})).json()["story"]
    fields = {"claim": [NURSES, DIESEL], "reason": "two pledges"}
    # 0.65 wants the form's token; 1.0 refuses a cross-site POST
    r = await post_story_form(ds, "alice", story_url(merged, "/split"), merged, fields, with_token=IS_1_0,
                              headers={"sec-fetch-site": "cross-site", "origin": "https://evil.example"})
    assert r.status_code == 403
    assert len({story_of(story_db_path, c) for c in (TAX_A, NURSES)}) == 1
    r = await post_story_form(ds, "alice", story_url(merged, "/split"), merged, fields)
    assert r.status_code == 302, r.text
    left, off = story_of(story_db_path, TAX_A), story_of(story_db_path, NURSES)
    assert left == story_of(story_db_path, TAX_B) and off == story_of(story_db_path, DIESEL) and left != off
    assert r.headers["location"].endswith(story_url(left))


@pytest.mark.asyncio
async def test_bad_merges_and_splits_are_400(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    story = "story:fuel<tax>"
    for suffix, body in (("/merge.json", {"into": "nope"}), ("/merge.json", {}),
                         ("/split.json", {"claims": "x"}), ("/split.json", {"claims": [NURSES]}),
                         ("/split.json", {"claims": [TAX_A, TAX_B]})):
        r = await post_json(ds, "alice", story_url(story, suffix), body)
        assert r.status_code == 400 and r.json()["ok"] is False, (suffix, body, r.text)
    r = await post_json(ds, "alice", story_url("nope", "/split.json"), {"claims": [TAX_A]})
    assert r.status_code == 404  # the address names no story
    for value in ("{", "[1]", '{"story": "story:fuel<tax>", "into": "x"}'):
        r = await post_json(ds, "alice", f"{BASE}/claim/{encode_id(TAX_A)}/correct.json",
                            {"kind": "story_merge", "value": value})
        assert r.status_code == 400, r.text
    r = await ds.client.get(story_url(story, "/merge"), cookies=actor_cookies(ds, "alice"))
    assert r.status_code in (400, 405)
    assert count(story_db_path, "corrections") == 0
