"""A first load goes without the trigger that empties a speaker's kept counts as its
claims are added (``speaker_counts.pause_for_first_load``: there is nothing to empty),
and puts it back with its full-text triggers: at its end, or, when it was killed
half-way, in the next command that opens the database.  Invented reports, the real CLI."""

from __future__ import annotations

import sqlite3

from conftest import load_with_cli, write_docs

from datasette_claims.store import speaker_counts
from datasette_claims.store.connection import write_transaction
from datasette_claims.store.schema import open_db, pause_merges

DOCS = [
    {"id": "brook-1", "outlet": "Brook Herald", "published": "2031-06-02",
     "text": "Alderman Petra Quillon said the weir at Ashby Mill would be repaired in July."},
    {"id": "brook-2", "outlet": "Brook Herald", "published": "2031-06-09",
     "text": "Alderman Petra Quillon said the towpath would stay closed until August."},
]
MORE = [
    {"id": "brook-3", "outlet": "Vale Echo", "published": "2031-07-01",
     "text": "Alderman Petra Quillon said the ferry would run again from Monday."},
]


def _triggers(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}


def test_a_first_load_ends_with_the_trigger_and_a_second_load_still_empties_a_kept_row(tmp_path, monkeypatch):
    monkeypatch.setattr(speaker_counts, "STORED_FROM", 1)
    db = str(tmp_path / "claims.db")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    load_with_cli(db, write_docs(tmp_path / "a", DOCS))
    assert speaker_counts.ADDED in _triggers(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select claims from speaker_counts where speaker_id = 'petra-quillon'").fetchone() == (2,)
        conn.execute("insert into claims (id, article_id, speaker_id, content) "
                     "select 'brook-1:0-1', 'brook-1', 'petra-quillon', 'A claim added by hand.'")
        assert conn.execute("select count(*) from speaker_counts").fetchone() == (0,)  # the trigger emptied it
    load_with_cli(db, write_docs(tmp_path / "b", MORE))
    with sqlite3.connect(db) as conn:
        assert conn.execute("select claims from speaker_counts where speaker_id = 'petra-quillon'").fetchone() == (4,)


def test_a_first_load_killed_half_way_gets_the_trigger_back_from_the_next_command(tmp_path):
    db = str(tmp_path / "claims.db")
    conn = open_db(db).conn
    with write_transaction(conn):
        assert pause_merges(conn)  # what a first load does before its first batch
    conn.close()  # ... and then it is killed
    assert speaker_counts.ADDED not in _triggers(db)
    open_db(db).conn.close()
    assert speaker_counts.ADDED in _triggers(db)
