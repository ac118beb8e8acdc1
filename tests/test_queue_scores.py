"""The queue's pre-ranking (claim_scores): the same order as scoring every claim, page by
page, however far the candidates must widen; kept up to date by loads and corrections."""

from __future__ import annotations

import random
import sqlite3

import pytest

from conftest import build_claims_db, make_datasette
from datasette_claims import corrections, queue_scores
from datasette_claims.views import queue

QUEUE = "/claims/-/claims/queue.json"
NOUNS = ["bus fare", "school budget", "harbour toll", "rent", "water bill", "clinic queue"]
FORMS = ["The {n} rose by {k} percent this year.", "The {n} is the highest it has ever been.",
         "The {n} is lower than in the old town.", "We will look at the {n} again.",
         "Nobody here talks about the {n}.", "The {n} fell for {k} months in a row."]


def invented_docs(n_docs=40, seed=3):
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        sentences = [rng.choice(FORMS).format(n=rng.choice(NOUNS), k=rng.randint(2, 90)) for _ in range(5)]
        docs.append({"id": f"doc-{i}", "kind": "transcript", "speaker": f"Speaker {i % 7}",
                     "outlet": f"Outlet {i % 4}", "date": f"2021-03-{1 + i % 27:02d}",
                     "title": f"Meeting {i}", "text": " ".join(sentences)})
    return docs


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    from datasette_claims.loader import load

    path = build_claims_db(tmp_path_factory.mktemp("queue"), docs=invented_docs())
    load(path, [], match=True)  # stories for the repeated sentences, then the bounds
    return path


async def all_pages(ds, actor_cookies=None, size=7, query="status=all&reports=all"):
    out, url = [], f"{QUEUE}?{query}&_size={size}"
    while url:
        j = (await ds.client.get(url, cookies=actor_cookies or {})).json()
        out += [(c["id"], c["score"]) for c in j["claims"]]
        url = j["next_url"]
    return out


@pytest.mark.asyncio
async def test_the_pre_ranked_order_is_the_full_order(many, monkeypatch):
    conn = sqlite3.connect(many)
    assert conn.execute("select count(*) from claim_scores").fetchone()[0] == \
        conn.execute("select count(*) from claims").fetchone()[0] > 150
    # the full scoring: the actor may not read claim_scores
    hidden = make_datasette([many], config={"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}})
    full = await all_pages(hidden)
    assert len(full) == len({c for c, _ in full}) > 150
    assert [s for _, s in full] == sorted((s for _, s in full), reverse=True)
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 5)  # widen several times
    monkeypatch.setattr(queue, "WIDEN", 2)
    monkeypatch.setattr(queue, "FEW", 1)  # filtered pages pre-ranked too
    fast = make_datasette([many])
    assert await all_pages(fast) == full
    for query in ("outlet=Outlet+2", "speaker=speaker-3", "status=all&since=2021-03-10", "status=all",
                  "reports=all&outlet=Outlet+2"):
        assert await all_pages(fast, query=query) == await all_pages(hidden, query=query), query


def test_bounds_follow_corrections_and_go_with_their_claim(many, tmp_path):
    path = str(tmp_path / "c.db")
    source, copy = sqlite3.connect(many), sqlite3.connect(path)
    source.backup(copy)
    source.close()
    conn = copy
    conn.isolation_level = None
    cid, before = conn.execute("select c.id, s.score from claims c join claim_scores s on s.claim_id = c.id "
                               "where c.sourcing = 'named_person' limit 1").fetchone()
    corrections.record(conn, "sourcing", claim_id=cid, value="unnamed_official", actor="ines")
    after = conn.execute("select score from claim_scores where claim_id = ?", [cid]).fetchone()[0]
    assert after != before
    assert queue_scores.refresh(conn) == 0  # the correction's own refresh left nothing stale
    corrections.record(conn, "not_a_claim", claim_id=cid, actor="ines")
    assert conn.execute("select 1 from claim_scores where claim_id = ?", [cid]).fetchone() is None


@pytest.mark.asyncio
async def test_a_narrow_filter_is_scored_in_full_with_the_same_order(many):
    hidden = make_datasette([many], config={"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}})
    fast = make_datasette([many])
    query = "status=all&speaker=speaker-3"
    assert await all_pages(fast, query=query) == await all_pages(hidden, query=query) != []
