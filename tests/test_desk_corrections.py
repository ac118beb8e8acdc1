"""A desk's corrections taken back: after an undo the reviewer lands on the page of
what the correction was about, not on the overview.

Invented reports, the real CLI, a real Datasette, the form as a browser posts it.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli
from test_desk_stories import DOCS
from test_factcheck_web import REVIEWERS, actor_cookies

from datasette_claims.views.base import encode_id


@pytest.fixture
def db_path(tmp_path):
    feed = tmp_path / "desk.jsonl"
    feed.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    path = str(tmp_path / "claims.db")
    assert CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"]).exit_code == 0
    return path


async def post_form(ds, path, fields):
    cookies = actor_cookies(ds, "alice")
    token = (await ds.client.get("/claims/-/claims", cookies=cookies)).cookies.get("ds_csrftoken") or ""
    if token:
        cookies["ds_csrftoken"] = token
    return await ds.client.post(path, data={**fields, "csrftoken": token}, cookies=cookies)


def _ids(path):
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("select article_id, id from claims").fetchall()), \
            conn.execute("select story_id from claims where article_id = 'wire'").fetchone()[0]


@pytest.mark.asyncio
async def test_undo_goes_back_to_the_story_or_claim_corrected(db_path):
    ds = make_datasette([db_path], config=REVIEWERS)
    claims, story = _ids(db_path)
    base = "/claims/-/claims"
    r = await post_form(ds, f"{base}/story/{encode_id(story)}/split",
                        {"claim": claims["altered"], "reason": "misquote"})
    assert r.status_code == 302, r.text
    r = await post_form(ds, f"{base}/claim/{encode_id(claims['wire'])}/correct",
                        {"kind": "link_reject", "other_id": claims["reprint"], "reason": "test"})
    assert r.status_code == 302, r.text
    with sqlite3.connect(db_path) as conn:
        split, reject = (n for (n,) in conn.execute("select id from corrections order by id"))
    r = await post_form(ds, f"{base}/correction/{split}/undo", {"reason": "it was right"})
    assert r.status_code == 302 and r.headers["location"] == f"{base}/story/{encode_id(story)}", r.headers
    r = await post_form(ds, f"{base}/correction/{reject}/undo", {})
    assert r.headers["location"] == f"{base}/claim/{encode_id(claims['wire'])}", r.headers


@pytest.mark.asyncio
async def test_correction_times_read_as_the_verdicts_do(db_path):
    ds = make_datasette([db_path], config=REVIEWERS)
    claims, story = _ids(db_path)
    base = "/claims/-/claims"
    r = await post_form(ds, f"{base}/story/{encode_id(story)}/split",
                        {"claim": claims["altered"], "reason": "misquote"})
    assert r.status_code == 302, r.text
    with sqlite3.connect(db_path) as conn:
        created = conn.execute("select created from corrections").fetchone()[0]
    for page in (f"{base}/story/{encode_id(story)}", f"{base}/claim/{encode_id(claims['altered'])}"):
        html = (await ds.client.get(page)).text
        assert created not in html, page
        assert re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC", html), page
