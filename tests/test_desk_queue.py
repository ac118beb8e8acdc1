"""The review queue after a desk rated a claim: the row says what it was rated.

A rated claim can be in the queue (a verdict marks it reviewed, but a reviewer
may reopen it; here the verdicts are written without a status); its row must
show the current rating (the claim's own, or its story's), not only "new".
Invented reports, the real CLI, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette
from test_desk_stories import DOCS


@pytest.mark.asyncio
async def test_a_rated_claim_shows_its_rating_in_the_queue(tmp_path):
    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        altered = conn.execute("select id from claims where article_id = 'altered'").fetchone()[0]
        for rating in ("Half true", "False"):  # the latest is the current one
            conn.execute("insert into verdicts (claim_id, rating, reviewer, created) values (?, ?, 'alice', ?)",
                         [altered, rating, "2026-02-05T10:00:00+00:00"])
    ds = make_datasette([path])
    rows = {c["id"]: c for c in (await ds.client.get("/claims/-/claims/queue.json?status=all")).json()["claims"]}
    assert rows[altered]["verdict"] == "False"
    assert all(c["verdict"] is None for cid, c in rows.items() if cid != altered)
    html = (await ds.client.get("/claims/-/claims/queue?status=all")).text
    assert "rated False" in html and "rated Half true" not in html
