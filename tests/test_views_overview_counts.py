"""The overview's sourcing mix, counted value by value with the deepest value taken from
count(*): the same figures as grouping every claim, whatever the shares (invented claims)."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import build_claims_db, make_datasette
from datasette_claims.views import overview
from test_queue_scores import invented_docs

GROUPED = "select coalesce(sourcing, '') as s, count(*) from claims group by 1"


@pytest.fixture
def db_path(tmp_path):
    path = build_claims_db(tmp_path, docs=invented_docs(n_docs=20, seed=9))
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("select id from claims order by id")]
    # every shape the old grouping met: no sourcing, an empty one, a rare one, a dominant one
    conn.execute("update claims set sourcing = null where id in (?, ?)", ids[:2])
    conn.execute("update claims set sourcing = '' where id = ?", [ids[2]])
    conn.execute("update claims set sourcing = 'document' where id in (?, ?, ?)", ids[3:6])
    conn.commit()
    conn.close()
    return path


async def mix(path):
    overview._cache.clear()  # each case computed, not cached
    j = (await make_datasette([path]).client.get("/claims/-/claims.json")).json()
    return {m["sourcing"] or "": m["count"] for m in j["sourcing_mix"]}, j


@pytest.mark.asyncio
@pytest.mark.parametrize("share", [0.5, 0.2, 0.0, 1.0])
async def test_the_mix_is_the_grouped_count(db_path, monkeypatch, share):
    monkeypatch.setattr(overview, "SMALL", 1)
    monkeypatch.setattr(overview, "DOMINANT_SHARE", share)  # one, several or no values deeper than the cap
    conn = sqlite3.connect(db_path)
    expected = dict(conn.execute(GROUPED).fetchall())
    assert len(expected) >= 3 and expected[""] == 3
    found, j = await mix(db_path)
    assert found == expected
    assert j["counts"]["claims"] == sum(expected.values())
    counts = [m["count"] for m in j["sourcing_mix"]]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.asyncio
async def test_an_empty_database_has_no_mix(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("delete from claims")
    conn.commit()
    found, j = await mix(db_path)
    assert found == {} and j["counts"]["claims"] == 0
