"""A big speaker's page counts kept by the store (``store.speaker_counts``): the page reads
one row, not every claim of the speaker (0.2 s of CPU for the most quoted at a million
claims), and shows what counting shows: right after a load, after a second load adding
claims, after matching merges a speaker's names and after a reviewer's corrections.
Invented reports, the real CLI, a real Datasette; ``STORED_FROM`` lowered so that a
speaker of a few claims is kept."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_with_cli, make_datasette, write_docs

from datasette_claims import corrections
from datasette_claims.store import speaker_counts
from datasette_claims.store.schema import open_db

FIRST = [
    {"id": "moor-1", "outlet": "Moor Courier", "published": "2032-03-02",
     "text": "Councillor Tobias Wrenfield said the reservoir at Hollin Gap would be drained in May."},
    {"id": "moor-2", "outlet": "Moor Courier", "published": "2032-03-20",
     "text": "Councillor Tobias Wrenfield said the quarry road would reopen before Easter."},
    {"id": "moor-3", "outlet": "Dale Gazette",
     "text": "Tobias Wrenfield, the parish treasurer, said the village hall roof had been mended."},
]
SECOND = [
    {"id": "moor-4", "outlet": "Dale Gazette", "published": "2032-04-11",
     "text": "Councillor Tobias Wrenfield said the bus shelter at Cragside would be rebuilt."},
    {"id": "moor-5", "outlet": "Fell Post", "published": "2032-05-01",
     "text": "Councillor Tobias Wrenfield said the footbridge over the beck was safe."},
]
INITIAL = [  # another speaker row at extraction, merged into Tobias Wrenfield's by matching
    {"id": "moor-7", "outlet": "Fell Post", "published": "2032-05-03",
     "text": "Tobias J. Wrenfield said the cattle grid would be replaced."},
]
SPEAKER = "tobias-wrenfield"
URL = f"/claims/-/claims/speaker/{SPEAKER}.json"
SHOWN = ("by_month", "undated", "roles", "roles_more", "outlets", "chart")


@pytest.fixture(autouse=True)
def small_speakers_kept(monkeypatch):
    monkeypatch.setattr(speaker_counts, "STORED_FROM", 1)


def _load(tmp_path, name, docs):
    (tmp_path / name).mkdir()
    return load_with_cli(str(tmp_path / "claims.db"), write_docs(tmp_path / name, docs))


def _kept(path, speaker=SPEAKER):
    with sqlite3.connect(path) as conn:
        row = conn.execute("select claims from speaker_counts where speaker_id = ?", [speaker]).fetchone()
        count = conn.execute("select count(*) from claims where speaker_id = ?", [speaker]).fetchone()[0]
    return row[0] if row else None, count


async def _shown(path, trace=False) -> dict:
    ds = make_datasette([path], settings={"trace_debug": True})
    data = (await ds.client.get(URL + ("?_trace=1" if trace else ""))).json()
    return data


def _counted_here(data) -> bool:
    """Did the page count the speaker's claims itself (a ``group by`` over its claims)?"""
    return any("group by" in t.get("sql", "") and "speaker_id" in t["sql"] for t in data["_trace"]["traces"])


async def _same_as_counting(path, monkeypatch) -> dict:
    """The page from the kept row, checked against the page counting (the row made unreadable)."""
    kept = await _shown(path, trace=True)
    assert not _counted_here(kept)
    with monkeypatch.context() as m:
        m.setattr(speaker_counts, "STORED_FROM", 10**9)  # no speaker kept: the page counts
        counted = await _shown(path, trace=True)
    assert _counted_here(counted)
    return {k: kept[k] for k in SHOWN}, {k: counted[k] for k in SHOWN}


@pytest.fixture
def path(tmp_path):
    return _load(tmp_path, "first", FIRST)


@pytest.mark.asyncio
async def test_kept_right_after_a_load_and_after_a_second_one(path, tmp_path, monkeypatch):
    kept, count = _kept(path)
    assert kept == count == 3
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted
    assert shown["undated"] == 1 and [o["outlet"] for o in shown["outlets"]] == ["Moor Courier", "Dale Gazette"]
    _load(tmp_path, "second", SECOND)
    kept, count = _kept(path)
    assert kept == count == 5
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted
    assert {o["outlet"]: o["claims"] for o in shown["outlets"]} == {"Moor Courier": 2, "Dale Gazette": 2,
                                                                     "Fell Post": 1}


@pytest.mark.asyncio
async def test_kept_after_matching_merges_a_speakers_names(path, tmp_path, monkeypatch):
    _load(tmp_path, "initial", INITIAL)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select speaker_id from claims where article_id = 'moor-7'").fetchone()[0] == SPEAKER
    assert _kept(path) == (4, 4)
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted


@pytest.mark.asyncio
async def test_kept_after_a_reviewers_corrections(path, tmp_path, monkeypatch):
    _load(tmp_path, "second", SECOND)
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    claim = conn.execute("select id from claims where article_id = 'moor-5'").fetchone()[0]
    corrections.record(conn, "speaker", claim_id=claim, value="Hilda Fairbrass", actor="ines")
    assert _kept(path) == (4, 4)
    assert _kept(path, "hilda-fairbrass") == (1, 1)
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted and "Fell Post" not in [o["outlet"] for o in shown["outlets"]]
    other = conn.execute("select id from claims where article_id = 'moor-4'").fetchone()[0]
    corrections.record(conn, "sourcing", claim_id=other, value="unnamed_official", actor="ines")
    assert _kept(path) == (4, 4)
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted
    corrections.record(conn, "speaker_merge", claim_id="hilda-fairbrass", other_id=SPEAKER, actor="ines")
    assert _kept(path) == (5, 5)
    shown, counted = await _same_as_counting(path, monkeypatch)
    assert shown == counted and "Fell Post" in [o["outlet"] for o in shown["outlets"]]


@pytest.mark.asyncio
async def test_a_row_that_counts_other_claims_is_not_shown(path, monkeypatch):
    """A claim written past the store's code (by hand, another tool) drops the row (the
    triggers); a row whose total is not the speaker's ``claim_count`` is counted past."""
    with sqlite3.connect(path) as conn:
        conn.execute("update claims set said_on = '2032-01-01' where article_id = 'moor-3'")
    assert _kept(path)[0] is None
    data = await _shown(path, trace=True)
    assert _counted_here(data) and data["undated"] == 0
    db = open_db(path)
    speaker_counts.refresh(db.conn)
    db.conn.commit()
    with sqlite3.connect(path) as conn:
        conn.execute("update speakers set claim_count = 7 where id = ?", [SPEAKER])
    assert _counted_here(await _shown(path, trace=True))


def test_the_migration_fills_an_older_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("drop table speaker_counts")
        for name in speaker_counts.TRIGGERS:
            conn.execute(f'drop trigger "{name}"')
        conn.execute("delete from _sqlite_migrations where name = 'm026_speaker_counts'")
    open_db(path).conn.close()
    assert _kept(path) == (3, 3)
