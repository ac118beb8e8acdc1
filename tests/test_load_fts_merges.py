"""A first load does not merge the full-text indexes batch by batch (issue 14).

A load into a database without articles ends by merging each full-text index
into one segment (``merge_full_text``), so the merging FTS5 does at every
write (``automerge``) was work rewritten at the end: 16% of what the two
indexes cost the writer.  A first load now sets ``automerge`` to 0 for its
batches and puts the default back at its end; a later load puts it back if a
crash left it paused.  The database is the same as before, search included."""

from __future__ import annotations

import json
import sqlite3

from datasette_claims.loader import load
from datasette_claims.store import open_db

FULL_TEXT = ("claims_fts", "articles_fts")


def _records(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"mill-{i}", "title": f"Mill notice {i}", "url": f"https://valley-ledger.example/mill/{i}",
             "outlet": "Valley Ledger", "date": "2022-03-14",
             "text": f"The old Dunmere mill will reopen as a bakery in {i + 3} weeks, "
                     f"councillor Ines Harrowgate said on Tuesday."} for i in range(start, start + n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _automerge(path: str) -> dict:
    """Each index's stored ``automerge`` row as another connection sees it (None: the default)."""
    with sqlite3.connect(path) as conn:
        return {t: (conn.execute(f"select v from {t}_config where k = 'automerge'").fetchone() or [None])[0]
                for t in FULL_TEXT}


def test_a_first_load_pauses_merging_for_its_batches_and_resumes_it(tmp_path):
    path = str(tmp_path / "c.db")
    seen = []
    report = load(path, [_write(tmp_path / "mill.jsonl", _records(9))], match=False, batch_size=2,
                  progress=lambda n: seen.append(_automerge(path)))
    assert report.new == 9
    assert seen and all(s == {"claims_fts": 0, "articles_fts": 0} for s in seen)
    assert _automerge(path) == {"claims_fts": None, "articles_fts": None}
    with sqlite3.connect(path) as conn:
        hits = conn.execute("select count(*) from articles_fts where articles_fts match 'bakery'").fetchone()[0]
        conn.execute("insert into articles_fts(articles_fts, rank) values('integrity-check', 1)")
    assert hits == 9


def test_a_later_load_merges_as_it_goes(tmp_path):
    path = str(tmp_path / "c.db")
    load(path, [_write(tmp_path / "a.jsonl", _records(3))], match=False)
    seen = []
    load(path, [_write(tmp_path / "b.jsonl", _records(3, start=3))], match=False,
         progress=lambda n: seen.append(_automerge(path)))
    assert seen and all(s == {"claims_fts": None, "articles_fts": None} for s in seen)


def test_a_pause_left_by_a_crash_is_undone_by_the_next_load(tmp_path):
    path = str(tmp_path / "c.db")
    load(path, [_write(tmp_path / "a.jsonl", _records(3))], match=False)
    db = open_db(path)
    with db.conn:
        for t in FULL_TEXT:
            db.conn.execute(f"insert into {t}({t}, rank) values('automerge', 0)")
    db.conn.close()
    load(path, [_write(tmp_path / "b.jsonl", _records(2, start=3))], match=False)
    assert _automerge(path) == {"claims_fts": None, "articles_fts": None}


def test_pause_merges_only_on_a_database_without_articles(tmp_path):
    from datasette_claims.store.schema import pause_merges

    path = str(tmp_path / "c.db")
    db = open_db(path)
    with db.conn:
        assert pause_merges(db.conn) is True
    load(db, [_write(tmp_path / "a.jsonl", _records(2))], match=False)
    with db.conn:
        assert pause_merges(db.conn) is False
    assert _automerge(path) == {"claims_fts": None, "articles_fts": None}
