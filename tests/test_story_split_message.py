"""After a split the story page says how many claims went and where (it said "Story
split" alone, and the page listed the story without them).  Invented reports, the real
CLI, a real Datasette, the form as a browser posts it."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette, post_form_as
from test_desk_stories import DOCS
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

BASE = "/claims/-/claims"


@pytest.mark.asyncio
async def test_the_split_says_how_many_went_and_where(tmp_path):
    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        story, claim = conn.execute("select story_id, id from claims where article_id = 'altered'").fetchone()
    assert story
    ds = make_datasette([path], config=REVIEWERS)
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    r = await post_form_as(ds, "alice", BASE, f"{BASE}/story/{encode_id(story)}/split",
                           {"claim": claim, "reason": "misquote"})
    assert r.status_code == 302, r.text
    page = await ds.client.get(r.headers["location"], cookies={**cookies, **dict(r.cookies)})
    assert "Story split: 1 claim split off, now in no story: a claim alone" in page.text, page.text[:3000]
