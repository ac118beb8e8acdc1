"""The review queue's query keeps its plan after ``ANALYZE``.

A desk that runs ``ANALYZE`` (or a tool that does) gives SQLite statistics: a
``verdicts.story_id`` index of mostly nulls then looked useless, and the
"unchecked" test ("a verdict on this claim or on its story") scanned every
verdict for each candidate row: at 50,000 claims the queue's query cost three
times its CPU (``benchmarks/bench_queue.py``).  Each half now has its own
index lookup.  The query is the one the page runs (Datasette's trace), planned
on a real database built by the CLI."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import make_datasette

from datasette_claims.sqlfunctions import register


def _verdicts(db_path: str, n: int) -> None:
    with sqlite3.connect(db_path) as conn:
        ids = [r[0] for r in conn.execute("select id from claims order by id")]
        conn.executemany("insert into verdicts (claim_id, rating, reviewer, created) values (?, 'False', 'ines', "
                         "'2026-01-01')", [(ids[i % len(ids)],) for i in range(n)])
        conn.execute("analyze")


@pytest.mark.asyncio
async def test_queue_query_looks_verdicts_up_by_index_after_analyze(story_db_path):
    _verdicts(story_db_path, 40)
    ds = make_datasette([story_db_path], settings={"trace_debug": True})
    r = await ds.client.get("/claims/-/claims/queue.json?status=all&_trace=1")
    assert r.status_code == 200 and r.json()["ok"]
    traced = [t for t in r.json()["_trace"]["traces"] if "claim_scores" in (t.get("sql") or "")
              and "verdicts v" in t["sql"]]
    assert traced
    with sqlite3.connect(story_db_path) as conn:
        register(conn)  # the SQL functions the plugin gives every Datasette connection
        assert conn.execute("select count(*) from sqlite_stat1 where tbl = 'verdicts'").fetchone()[0]
        for t in traced:
            plan = [row[3] for row in conn.execute("explain query plan " + t["sql"], t["params"] or [])]
            scans = [step for step in plan if step.startswith("SCAN v") and "INDEX" not in step]
            assert not scans, plan
