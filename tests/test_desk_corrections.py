"""A desk's corrections taken back: after an undo the reviewer lands on the page of
what the correction was about, not on the overview.

Invented reports, the real CLI, a real Datasette, the form as a browser posts it.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette, post_form_as
from test_desk_stories import DOCS
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id


@pytest.fixture
def db_path(tmp_path):
    path = load_docs_with_cli(tmp_path, DOCS)
    return path


async def post_form(ds, path, fields):
    return await post_form_as(ds, "alice", "/claims/-/claims", path, fields)


def _ids(path):
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("select article_id, id from claims").fetchall()), \
            conn.execute("select story_id from claims where article_id = 'wire'").fetchone()[0]


async def _split_off_altered(ds, claims, story):
    """Split the altered report out of the wire story, as a reviewer would."""
    r = await post_form(ds, f"/claims/-/claims/story/{encode_id(story)}/split",
                        {"claim": claims["altered"], "reason": "misquote"})
    assert r.status_code == 302, r.text


@pytest.mark.asyncio
async def test_undo_goes_back_to_the_story_or_claim_corrected(db_path):
    ds = make_datasette([db_path], config=REVIEWERS)
    claims, story = _ids(db_path)
    base = "/claims/-/claims"
    await _split_off_altered(ds, claims, story)
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
    await _split_off_altered(ds, claims, story)
    with sqlite3.connect(db_path) as conn:
        created = conn.execute("select created from corrections").fetchone()[0]
    for page in (f"{base}/story/{encode_id(story)}", f"{base}/claim/{encode_id(claims['altered'])}"):
        html = (await ds.client.get(page)).text
        assert created not in html, page
        assert re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC", html), page
