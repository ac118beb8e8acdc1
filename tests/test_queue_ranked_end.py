"""The queue's ranked part: a page scores at most ``queue.RANKED`` candidates, so its cost
is bounded however deep it is; past them the page says the ranked part ended (no next
page) instead of scoring every claim, and every row it did show is the full order's."""

from __future__ import annotations

import base64
import json
import sqlite3

import pytest

from conftest import build_claims_db, make_datasette
from datasette_claims import queue_scores
from datasette_claims.views import queue
from test_queue_scores import QUEUE, all_pages, invented_docs

HIDDEN = {"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}}


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    from datasette_claims.loader import load

    path = build_claims_db(tmp_path_factory.mktemp("ranked"), docs=invented_docs(n_docs=40, seed=11))
    load(path, [], match=True)
    return path


async def walk(ds, query: str, size: int = 6) -> tuple[list, int | None]:
    """Every row the queue shows page by page, and the last page's ``ranked_end``."""
    out, url, end = [], f"{QUEUE}?{query}&_size={size}", None
    while url:
        j = (await ds.client.get(url)).json()
        out += [(c["id"], c["score"]) for c in j["claims"]]
        url, end = j["next_url"], j["ranked_end"]
    return out, end


def token(score: float, claim_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([score, claim_id]).encode()).decode().rstrip("=")


@pytest.fixture
def small_rank(monkeypatch):
    """A ranked part of 30 claims, reached by widening from 4 candidates; the limits asked for."""
    asked = []
    real = queue_scores.candidates

    def counted(conn, limit, *more):
        asked.append(limit)
        return real(conn, limit, *more)

    monkeypatch.setattr(queue, "RANKED", 30)
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 4)
    monkeypatch.setattr(queue, "WIDEN", 2)
    monkeypatch.setattr(queue, "FEW", 1)  # filtered pages pre-ranked too
    monkeypatch.setattr(queue_scores, "candidates", counted)
    return asked


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["status=all&reports=all", "x=1", "outlet=Outlet+1", "status=all&since=2021-03-05"])
async def test_the_ranked_part_is_the_full_orders_first_rows(many, small_rank, query):
    full = await all_pages(make_datasette([many], config=HIDDEN), query=query, size=50)
    rows, end = await walk(make_datasette([many]), query)
    assert end == 30
    assert 0 < len(rows) < len(full)
    assert rows == full[:len(rows)]
    assert small_rank and max(small_rank) <= 30  # never more candidates than the ranked part


@pytest.mark.asyncio
async def test_a_page_past_the_ranked_part_says_so(many, small_rank):
    conn = sqlite3.connect(many)
    low = conn.execute("select min(score) from claim_scores").fetchone()[0]
    ds = make_datasette([many])
    j = (await ds.client.get(f"{QUEUE}?status=all&_next={token(low, '')}")).json()
    assert (j["claims"], j["next"], j["ranked_end"]) == ([], None, 30)
    assert small_rank == []  # the depth alone told it: no candidates scored
    html = (await ds.client.get(f"/claims/-/claims/queue?status=all&_next={token(low, '')}")).text
    assert "End of the ranked part of the queue" in html and "30" in html
    assert "Nothing in the queue" not in html


@pytest.mark.asyncio
async def test_a_queue_within_the_ranked_part_does_not_end(many, monkeypatch):
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 4)
    monkeypatch.setattr(queue, "WIDEN", 2)
    full = await all_pages(make_datasette([many], config=HIDDEN), query="status=all", size=50)
    rows, end = await walk(make_datasette([many]), "status=all", size=50)
    assert (rows, end) == (full, None)
    html = (await make_datasette([many]).client.get("/claims/-/claims/queue?status=all")).text
    assert "End of the ranked part" not in html


def test_depth_stops_counting_past_most(many):
    conn = sqlite3.connect(many)
    low = conn.execute("select min(score) from claim_scores").fetchone()[0]
    every = conn.execute("select count(*) from claim_scores").fetchone()[0]
    assert queue_scores.depth(conn, low) == every > 11
    assert queue_scores.depth(conn, low, most=10) == 11
