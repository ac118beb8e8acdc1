"""The queue filtered by a speaker or an outlet reads the top of that key's own index
(claim_scores.speaker_id / outlet): the same pages as scoring every claim, keys that
follow the claims and articles they copy, and databases from before the keys."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import build_claims_db, make_datasette
from datasette_claims import corrections, queue_scores
from datasette_claims.views import queue
from test_queue_scores import all_pages, invented_docs

HIDDEN = {"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}}
STALE_KEYS = """
select count(*) from claim_scores s join claims c on c.id = s.claim_id left join articles a on a.id = c.article_id
where s.speaker_id is not c.speaker_id or s.outlet is not a.outlet
"""


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    from datasette_claims.loader import load

    path = build_claims_db(tmp_path_factory.mktemp("keys"), docs=invented_docs(n_docs=48, seed=5))
    load(path, [], match=True)
    return path


def copy_of(path, tmp_path) -> str:
    out = str(tmp_path / "claims.db")  # served as /claims
    source, copy = sqlite3.connect(path), sqlite3.connect(out)
    source.backup(copy)
    source.close()
    copy.close()
    return out


FILTERS = ("outlet=Outlet+1", "speaker=speaker-2", "speaker=Speaker+4", "outlet=Outlet+3&speaker=speaker-5",
           "outlet=Outlet+0&since=2021-03-09&until=2021-03-20", "outlet=Nowhere", "speaker=nobody")


@pytest.mark.asyncio
async def test_keyed_candidates_give_the_full_order_page_by_page(many, monkeypatch):
    conn = sqlite3.connect(many)
    assert conn.execute(STALE_KEYS).fetchone()[0] == 0
    keys = conn.execute("select count(distinct speaker_id), count(distinct outlet) from claim_scores").fetchone()
    assert keys == (7, 4)
    hidden = make_datasette([many], config=HIDDEN)  # scores every claim
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 3)  # widen the key's top several times
    monkeypatch.setattr(queue, "WIDEN", 2)
    monkeypatch.setattr(queue, "FEW", 1)  # a key with more filters pre-ranked too
    fast = make_datasette([many])
    for query in FILTERS:
        for status in ("status=all", "status=new"):
            full = await all_pages(hidden, query=f"{status}&{query}", size=4)
            assert await all_pages(fast, query=f"{status}&{query}", size=4) == full, query
            if "Nowhere" not in query and "nobody" not in query:
                assert full, query


def test_a_key_reads_only_its_own_top(many):
    conn = sqlite3.connect(many)
    alone = queue_scores.candidates(conn, 5, queue_scores.Key("outlet", "Outlet 2"), siblings=False)
    assert len(conn.execute(alone.sql, alone.params).fetchall()) == 5
    # with the other reports of their stories that tie with the last (the story's row may be one)
    cut = queue_scores.candidates(conn, 5, queue_scores.Key("outlet", "Outlet 2"))
    rows = conn.execute(cut.sql, cut.params).fetchall()
    scores = dict(conn.execute("select claim_id, score from claim_scores"))
    assert len(rows) >= 5 and all(scores[r[0]] >= cut.bound[0] for r in rows)
    outlets = {r[0] for r in conn.execute(
        f"select a.outlet from ({cut.sql}) k join claims c on c.id = k.claim_id join articles a on a.id = c.article_id",
        cut.params)}
    assert outlets == {"Outlet 2"}
    plan = " ".join(str(r) for r in conn.execute("explain query plan " + cut.sql, cut.params))
    assert "idx_claim_scores_outlet" in plan
    with pytest.raises(ValueError):
        queue_scores.candidates(conn, 5, queue_scores.Key("content", "x"))


def test_keys_follow_corrections_merges_and_moves(many, tmp_path):
    conn = sqlite3.connect(copy_of(many, tmp_path))
    conn.isolation_level = None
    cid = conn.execute("select id from claims where speaker_id = 'speaker-1' limit 1").fetchone()[0]
    corrections.record(conn, "speaker", claim_id=cid, value="Invented Person", actor="ines")
    moved = conn.execute("select speaker_id from claim_scores where claim_id = ?", [cid]).fetchone()
    assert moved == ("invented-person",)
    corrections.record(conn, "speaker_merge", claim_id="speaker-3", other_id="speaker-4", actor="ines")
    assert conn.execute("select count(*) from claim_scores where speaker_id = 'speaker-3'").fetchone()[0] == 0
    conn.execute("update articles set outlet = 'Renamed Outlet' where id = 'doc-0'")
    conn.execute("update claims set article_id = 'doc-1' "
                 "where id = (select id from claims where article_id = 'doc-2' limit 1)")
    assert conn.execute(STALE_KEYS).fetchone()[0] == 0
    assert conn.execute("select count(*) from claim_scores where outlet = 'Renamed Outlet'").fetchone()[0] > 0


@pytest.mark.asyncio
async def test_a_database_from_before_the_keys_widens_the_whole_top(many, tmp_path, monkeypatch):
    path = copy_of(many, tmp_path)
    conn = sqlite3.connect(path)
    for name in ("speaker", "outlet"):
        conn.execute(f"drop index idx_claim_scores_{name}")
    conn.execute("drop trigger claim_scores_moved")
    conn.execute("drop trigger claim_scores_outlet")
    conn.execute("alter table claim_scores drop column speaker_id")
    conn.execute("alter table claim_scores drop column outlet")
    conn.commit()
    assert not queue_scores.has_keys(conn)
    queue_scores.refresh(conn)  # rows made without the keys
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 3)
    monkeypatch.setattr(queue, "FEW", 1)
    old, hidden = make_datasette([path]), make_datasette([path], config=HIDDEN)
    for query in FILTERS[:2]:
        assert await all_pages(old, query=query) == await all_pages(hidden, query=query) != [], query
