"""A first load does not merge the full-text indexes batch by batch (issue 14).

A load into a database without articles ends by merging each full-text index
into one segment (``merge_full_text``), so the merging FTS5 does at every
write (``automerge``) was work rewritten at the end: 16% of what the two
indexes cost the writer.  A first load now sets ``automerge`` to 0 for its
batches and puts the default back at its end; a later load puts it back if a
crash left it paused.  The database is the same as before, search included.
Below: a first load fills the full-text indexes once at its end."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from datasette_claims.loader import load
from datasette_claims.store import open_db
from datasette_claims.store.schema import FULL_TEXT_COLUMNS, full_text_triggers

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

# A first load also fills the full-text indexes of claims and articles once at its
# end (``store.schema.defer_full_text`` / ``fill_full_text``): their triggers are
# dropped for its batches, each index is rebuilt from its table at the end.  What
# must hold: the same database, search included; a load that reads the index on
# its way (a text-only article looked up by its text) fills it first; another
# process opening the database meanwhile, or after the load was killed, fills it
# (``open_db``), and the load still ends right.

TRIGGERS = [name for table in FULL_TEXT_COLUMNS for name in full_text_triggers(table)]


def _triggers(path: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}


def _search(path: str) -> tuple[int, int]:
    """Hits for a word of every article and claim, each index checked by FTS5."""
    with sqlite3.connect(path) as conn:
        for t in ("articles_fts", "claims_fts"):
            conn.execute(f"insert into {t}({t}, rank) values('integrity-check', 1)")
        return (conn.execute("select count(*) from articles_fts where articles_fts match 'bakery'").fetchone()[0],
                conn.execute("select count(*) from claims_fts where claims_fts match 'bakery'").fetchone()[0])


def test_the_triggers_put_back_are_those_a_new_database_has(tmp_path):
    path = str(tmp_path / "c.db")
    open_db(path).conn.close()
    with sqlite3.connect(path) as conn:
        stored = dict(conn.execute("select name, sql from sqlite_master where type = 'trigger'"))
    for table in FULL_TEXT_COLUMNS:
        for name, sql in full_text_triggers(table).items():
            assert stored[name] == sql


def test_a_first_load_fills_the_indexes_at_its_end(tmp_path):
    path = str(tmp_path / "c.db")
    seen = []
    report = load(path, [_write(tmp_path / "mill.jsonl", _records(7))], match=False, batch_size=2,
                  progress=lambda n: seen.append(_triggers(path)))
    assert report.new == 7
    assert seen and all(not s & set(TRIGGERS) for s in seen)  # no row-by-row indexing during the batches
    assert set(TRIGGERS) <= _triggers(path)
    assert _search(path) == (7, 7)
    with sqlite3.connect(path) as conn:  # FTS5's hash size back to its default: no setting row left
        assert not conn.execute("select 1 from articles_fts_config where k = 'hashsize' union all "
                                "select 1 from claims_fts_config where k = 'hashsize'").fetchall()


def test_a_later_load_indexes_row_by_row(tmp_path):
    path = str(tmp_path / "c.db")
    load(path, [_write(tmp_path / "a.jsonl", _records(3))], match=False)
    seen = []
    load(path, [_write(tmp_path / "b.jsonl", _records(3, start=3))], match=False, batch_size=2,
         progress=lambda n: seen.append(_triggers(path)))
    assert seen and all(set(TRIGGERS) <= s for s in seen)
    assert _search(path) == (6, 6)


def test_a_load_that_looks_a_text_up_fills_the_index_first(tmp_path):
    """A text-only record is the article stored earlier in the same load with
    that text: found through ``articles_fts`` (``stored_with_text``)."""
    path = str(tmp_path / "c.db")
    first = _records(1)[0]
    again = {"text": first["text"]}  # no id, no address: known by its text
    report = load(path, [_write(tmp_path / "mill.jsonl", [first, *_records(2, start=1), again])],
                  match=False, batch_size=1)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 3, report.summary()
    assert _search(path) == (3, 3)


def test_another_process_opening_the_database_mid_load_fills_it(tmp_path):
    path = str(tmp_path / "c.db")
    opened = []

    def open_meanwhile(n):
        if not opened and not _triggers(path) & set(TRIGGERS):
            opened.append(open_db(path))  # as another command would: fills, puts the triggers back
            assert set(TRIGGERS) <= _triggers(path)

    report = load(path, [_write(tmp_path / "mill.jsonl", _records(9))], match=False, batch_size=2,
                  progress=open_meanwhile)
    assert opened and report.new == 9
    assert _search(path) == (9, 9)
    opened[0].conn.close()


KILLED = r"""
import os, sys
from datasette_claims.loader import load
written = []
def stop(n):
    written.append(n)
    if len(written) == 6:  # three batches of two committed, then killed outright
        os._exit(9)
load(sys.argv[1], [sys.argv[2]], match=False, batch_size=2, progress=stop)
"""


def test_a_load_killed_half_way_leaves_a_database_the_next_command_repairs(tmp_path):
    path = str(tmp_path / "c.db")
    src = _write(tmp_path / "mill.jsonl", _records(9))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    assert subprocess.run([sys.executable, "-c", KILLED, path, src], env=env).returncode == 9
    with sqlite3.connect(path) as conn:
        stored = conn.execute("select count(*) from articles").fetchone()[0]
    assert 0 < stored < 9
    open_db(path).conn.close()  # any command (claims match, serve's migrations, a load) opens it so
    assert set(TRIGGERS) <= _triggers(path)
    assert _search(path) == (stored, stored)
    load(path, [src], match=False)  # and a load again completes it
    assert _search(path) == (9, 9)


def test_a_load_killed_half_way_is_completed_by_the_next_load(tmp_path):
    path = str(tmp_path / "c.db")
    src = _write(tmp_path / "mill.jsonl", _records(9))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    subprocess.run([sys.executable, "-c", KILLED, path, src], env=env)
    report = load(path, [src], match=True)
    assert report.ok
    assert set(TRIGGERS) <= _triggers(path)
    assert _search(path) == (9, 9)


def test_a_first_load_stopped_by_ctrl_c_is_searchable_at_once(tmp_path):
    """Ctrl-C (not a kill): what was written is searchable without another command
    opening the database first, so ``datasette claims.db`` right after finds it."""
    path = str(tmp_path / "c.db")
    seen = []

    def interrupt(n):
        seen.append(n)
        if len(seen) == 6:
            raise KeyboardInterrupt

    try:
        load(path, [_write(tmp_path / "mill.jsonl", _records(9))], match=False, batch_size=2, progress=interrupt)
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("the load was not interrupted")
    assert set(TRIGGERS) <= _triggers(path)
    with sqlite3.connect(path) as conn:
        stored = conn.execute("select count(*) from articles").fetchone()[0]
    assert 0 < stored < 9
    assert _search(path) == (stored, stored)
