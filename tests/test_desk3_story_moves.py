"""A bookmarked story URL after its story was regrouped: the page follows the
story's first claim to the story holding it now (``story_moves``), or to the claim.

Invented reports: a wire quotation, its reprint, and a report found later that was
published earlier (so the story's first claim, and with it its id, changes).
Real CLI loader, real Datasette.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli
from test_desk_stories import DOCS

EARLIER = {"id": "earlier", "outlet": "Dawn Gazette", "published": "2026-02-01",
           "text": '"We have closed the ferry terminal twice this winter and we will not close it again before May," '
                   "Maren Holt, the transport secretary, told the Dawn Gazette."}


def _load(path, docs, tmp_path, name):
    feed = tmp_path / f"{name}.jsonl"
    feed.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _story_of(path, article):
    with sqlite3.connect(path) as conn:
        return conn.execute("select story_id from claims where article_id = ? and story_id is not null",
                            [article]).fetchone()[0]


@pytest.mark.asyncio
async def test_a_story_whose_id_changed_redirects_to_the_story_now_holding_its_first_claim(tmp_path):
    path = str(tmp_path / "claims.db")
    _load(path, DOCS, tmp_path, "first")
    old = _story_of(path, "wire")
    _load(path, [EARLIER], tmp_path, "later")  # an earlier report: the story's id is now its claim's
    new = _story_of(path, "wire")
    assert new != old and _story_of(path, "earlier") == new
    ds = make_datasette([path])
    for suffix in ("", ".json"):
        r = await ds.client.get(f"/claims/-/claims/story/{old}{suffix}")
        assert r.status_code == 302, r.text
        assert r.headers["location"] == f"/claims/-/claims/story/{new}{suffix}"
        assert (await ds.client.get(r.headers["location"])).status_code == 200
    assert (await ds.client.get("/claims/-/claims/story/st-000000000000")).status_code == 404


@pytest.mark.asyncio
async def test_a_story_gone_with_its_claim_alone_redirects_to_the_claim(tmp_path):
    path = str(tmp_path / "claims.db")
    _load(path, DOCS, tmp_path, "first")
    old = _story_of(path, "wire")
    with sqlite3.connect(path) as conn:  # the links gone, the story regrouped away (as a rejection does)
        first = conn.execute("select first_claim_id from stories where id = ?", [old]).fetchone()[0]
        conn.execute("update claims set story_id = null where story_id = ?", [old])
        conn.execute("delete from stories where id = ?", [old])
    r = await make_datasette([path]).client.get(f"/claims/-/claims/story/{old}")
    assert r.status_code == 302 and r.headers["location"].startswith("/claims/-/claims/claim/")
    assert first.split(":")[0] in r.headers["location"]


@pytest.mark.asyncio
async def test_a_story_merged_away_redirects_and_its_correction_links_both(tmp_path):
    from test_factcheck_web import REVIEWERS, actor_cookies

    path = str(tmp_path / "claims.db")
    _load(path, DOCS, tmp_path, "first")
    with sqlite3.connect(path) as conn:
        (ferry,), (mooring,) = conn.execute("select id from stories order by report_count desc, id").fetchall()[:2]
    ds = make_datasette([path], config=REVIEWERS)
    cookies = actor_cookies(ds, "alice")
    token = (await ds.client.get(f"/claims/-/claims/story/{mooring}", cookies=cookies)).cookies.get("ds_csrftoken")
    headers = {"content-type": "application/json"}
    if token:
        cookies["ds_csrftoken"] = token
        headers["x-csrftoken"] = token
    r = await ds.client.post(f"/claims/-/claims/story/{mooring}/merge", json={"into": ferry, "reason": "one speech"},
                             cookies=cookies, headers=headers)
    assert r.status_code == 201, r.text
    merged = r.json()["story"]
    gone = ({ferry, mooring} - {merged}).pop()
    r = await ds.client.get(f"/claims/-/claims/story/{gone}")
    assert r.status_code == 302 and r.headers["location"] == f"/claims/-/claims/story/{merged}"
    html = (await ds.client.get(f"/claims/-/claims/story/{merged}")).text
    assert f'<a href="/claims/-/claims/story/{gone}">{gone}</a>' in html
