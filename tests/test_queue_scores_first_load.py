"""A first load makes the review queue's ``claim_scores`` rows with their secondary
indexes built after the rows (one sort each), not row by row: the same rows, the same
indexes (their stored SQL) at the end, and a load cut short before its commit leaves
the indexes as they were."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import write_docs
from datasette_claims import queue_scores
from datasette_claims.loader import load
from datasette_claims.store import open_db
from datasette_claims.store.connection import retry_locked

DOCS = [
    {"id": f"mill-{i}", "kind": "transcript", "speaker": speaker, "outlet": outlet, "date": "2021-05-03",
     "title": f"Mill {i}", "text": text}
    for i, (speaker, outlet, text) in enumerate([
        ("Oda Varnell", "Millbrook Gazette", "The weir at Millbrook will be rebuilt before the spring floods. "
                                             "The town spent 30,000 crowns on the old sluice last year."),
        ("Oda Varnell", "Millbrook Gazette", "Nobody on the board has read the survey of the canal locks."),
        ("Tam Orrin", "Fenside Courier", "The grain barges will carry 400 tonnes a week from the new quay."),
    ])
]

INDEXES = ("select name, sql from sqlite_master where type = 'index' and tbl_name = 'claim_scores' "
           "and sql is not null order by name")


def _loaded(tmp_path, name: str) -> str:
    folder = tmp_path / f"docs-{name}"
    folder.mkdir()
    path = str(tmp_path / f"{name}.db")
    load(path, [write_docs(folder, DOCS)], match=False)
    return path


def _indexes(path: str) -> list:
    return sqlite3.connect(path).execute(INDEXES).fetchall()


def _emptied(path: str) -> sqlite3.Connection:
    """The database as a first load leaves it just before the queue's rows are made."""
    conn = open_db(path).conn
    conn.execute("delete from claim_scores")
    conn.commit()
    return conn


def test_first_load_builds_the_queue_indexes_after_its_rows(tmp_path):
    path = _loaded(tmp_path, "a")
    before = _indexes(path)
    assert {n for n, _ in before} >= {"idx_claim_scores_rank", "idx_claim_scores_speaker"}
    rows = sqlite3.connect(path).execute("select * from claim_scores order by rowid").fetchall()
    conn = _emptied(path)
    seen: list[tuple[int, str | None]] = []  # (action, index or table name)

    def watch(action, arg1, arg2, dbname, source):
        if action in (sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_INSERT):
            seen.append((action, arg1))
        return sqlite3.SQLITE_OK

    conn.set_authorizer(watch)
    assert retry_locked(lambda: queue_scores.refresh(conn), conn) == len(rows)
    conn.set_authorizer(None)
    inserted = seen.index((sqlite3.SQLITE_INSERT, "claim_scores"))
    dropped = [i for i, (a, _) in enumerate(seen) if a == sqlite3.SQLITE_DROP_INDEX]
    created = [i for i, (a, _) in enumerate(seen) if a == sqlite3.SQLITE_CREATE_INDEX]
    assert dropped and max(dropped) < inserted < min(created)  # no index kept up row by row
    assert conn.execute("select * from claim_scores order by rowid").fetchall() == rows
    assert conn.execute(INDEXES).fetchall() == before
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)


def test_queue_indexes_survive_a_first_load_cut_short(tmp_path):
    path = _loaded(tmp_path, "b")
    before = _indexes(path)
    conn = _emptied(path)

    def cut_short():
        queue_scores.refresh(conn)
        raise KeyboardInterrupt  # after the rows and indexes are made, before the commit

    with pytest.raises(KeyboardInterrupt):
        retry_locked(cut_short, conn)
    conn.close()
    assert _indexes(path) == before
    assert sqlite3.connect(path).execute("select count(*) from claim_scores").fetchone() == (0,)


def test_refresh_outside_a_transaction_keeps_the_indexes_row_by_row(tmp_path):
    path = _loaded(tmp_path, "c")
    before = _indexes(path)
    conn = _emptied(path)
    assert not conn.in_transaction
    assert queue_scores.refresh(conn) > 0
    conn.commit()
    assert _indexes(path) == before
