"""A ClaimReview's own address, when the verdict names none: the claim's page,
its id encoded as one path segment (an article id may hold "/" or "?")."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import make_datasette

from datasette_claims import loader
from datasette_claims.factchecks import records


@pytest.mark.asyncio
async def test_the_review_url_opens_the_claim_page(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "desk/2031?7", "title": "Harbour",
                                "text": "Mayor Ana Roe said on Monday that the Sorvik harbour would reopen."}) + "\n")
    path = str(tmp_path / "c.db")
    assert loader.load(path, [str(dump)], match=False).ok
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    (claim_id,) = conn.execute("select id from claims").fetchone()
    verdict = {"claim_id": claim_id, "story_id": None, "rating": "false", "created": "2031-05-01T10:00:00Z"}
    review = records.claimreview(conn, verdict, base_url="/c/-/claims")
    assert review is not None and "/" not in review["url"][len("/c/-/claims/claim/"):]
    response = await make_datasette([path]).client.get(review["url"])
    assert response.status_code == 200 and "Sorvik harbour" in response.text
