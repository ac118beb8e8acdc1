"""A first load's full-text indexes tokenised beside it, batch by batch (issue 14).

A first load used to fill its two full-text indexes with one ``rebuild`` after
its last batch, while the extraction workers sat idle.  Now each batch's rows
go into an index of the same declaration in a temporary database of its own,
in one open transaction, and at the end that index is copied into the real
one: the same search, whatever the batches.  Whenever the copy might not hold
what a rebuild would (an article replaced in the load, another connection
writing meanwhile, a database in memory) the load rebuilds as before."""

from __future__ import annotations

import glob
import json
import os
import sqlite3
import tempfile

import sqlite_utils

from datasette_claims.loader import load
from datasette_claims.store import open_db
from datasette_claims.store.articles import save_articles
from datasette_claims.store.schema import fill_full_text, full_text_deferred, pause_merges
from datasette_claims.store.side_index import SideIndex

FULL_TEXT = ("claims_fts", "articles_fts")


def _records(n: int, start: int = 0, word: str = "bakery") -> list[dict]:
    return [{"id": f"quay-{i}", "title": f"Quay notice {i}", "url": f"https://harbour-post.example/quay/{i}",
             "outlet": "Harbour Post", "date": "2023-05-02",
             "text": f"The Tollbridge quay will reopen as a {word} in {i + 2} weeks, "
                     f"harbourmaster Orla Penhallow said on Monday. \"We expect {i + 40} boats a day,\" "
                     f"she told reporters."} for i in range(start, start + n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _index(conn: sqlite3.Connection, fts: str) -> list[tuple]:
    """What an index holds, term by term and position by position."""
    conn.execute(f"create virtual table if not exists temp.[{fts}_v] using fts5vocab(main, [{fts}], instance)")
    return conn.execute(f"select * from temp.[{fts}_v] order by 1, 2, 3, 4").fetchall()


def _as_rebuilt(path: str) -> None:
    """Each index holds what a rebuild from its table gives, and passes FTS5's own check."""
    with sqlite3.connect(path) as conn:
        held = {fts: _index(conn, fts) for fts in FULL_TEXT}
        for fts in FULL_TEXT:
            conn.execute(f"insert into {fts}({fts}, rank) values('integrity-check', 1)")
            conn.execute(f"insert into {fts}({fts}) values('rebuild')")
        assert {fts: _index(conn, fts) for fts in FULL_TEXT} == held
        conn.rollback()


def _side_files() -> set[str]:
    """This process's side index files (other processes' loads may run beside the tests)."""
    return set(glob.glob(os.path.join(tempfile.gettempdir(), f"claims-side-index-{os.getpid()}-*")))


def test_a_first_load_in_batches_searches_as_one_rebuilt_and_leaves_no_file(tmp_path):
    before = _side_files()
    path = str(tmp_path / "c.db")
    report = load(path, [_write(tmp_path / "quay.jsonl", _records(9))], match=False, batch_size=2)
    assert report.new == 9 and report.claims > 9
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'bakery'").fetchone()[0] == 9
        assert conn.execute("select count(*) from claims_fts where claims_fts match 'boats'").fetchone()[0] == 9
        names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}
    assert {"claims_ai", "claims_ad", "claims_au", "articles_ai", "articles_ad", "articles_au"} <= names
    _as_rebuilt(path)
    assert _side_files() == before
    # the indexes follow later writes through their triggers again
    load(path, [_write(tmp_path / "more.jsonl", _records(2, start=9, word="chandlery"))], match=False)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'chandlery'").fetchone()[0] == 2
    _as_rebuilt(path)


def _first_load_db(path: str):
    db = open_db(path)
    with db.conn:
        pause_merges(db.conn)
    return db


def _rows(tmp_path, n: int, start: int = 0):
    from datasette_claims.loader import iter_documents, process
    from datasette_claims.store.articles import article_rows

    rows = []
    for doc in iter_documents([_write(tmp_path / f"r{start}.jsonl", _records(n, start))]):
        article, claims = process(doc)
        rows.append(article_rows(article, claims))
    return rows


def test_the_side_index_is_copied_only_when_it_holds_every_row(tmp_path):
    path = str(tmp_path / "c.db")
    db = _first_load_db(path)
    side = SideIndex(db.conn, full_text_deferred(db.conn))
    for batch in (_rows(tmp_path, 3), _rows(tmp_path, 2, start=3)):
        with db.conn:
            outcomes = save_articles(db, batch)
        side.add_committed(db.conn, outcomes)
    assert side.install(db.conn) == ["claims", "articles"]
    with db.conn:
        fill_full_text(db.conn, ["claims", "articles"])
    _as_rebuilt(path)

    # a row written after the side index read its batch: no copy
    path2 = str(tmp_path / "d.db")
    db2 = _first_load_db(path2)
    side2 = SideIndex(db2.conn, full_text_deferred(db2.conn))
    with db2.conn:
        outcomes = save_articles(db2, _rows(tmp_path, 3, start=10))
    side2.add_committed(db2.conn, outcomes)
    with db2.conn:
        save_articles(db2, _rows(tmp_path, 1, start=20))
    assert side2.install(db2.conn) == []


def test_another_connection_writing_meanwhile_means_a_rebuild(tmp_path):
    path = str(tmp_path / "c.db")
    wrote = []

    def meanwhile(_):
        if not wrote and os.path.exists(path):
            with sqlite3.connect(path, timeout=30) as other:
                if other.execute("select count(*) from articles").fetchone()[0]:
                    other.execute("update claims set content = content || ' Lighthouse.' where rowid = 1")
                    wrote.append(True)

    load(path, [_write(tmp_path / "quay.jsonl", _records(8))], match=False, batch_size=2, progress=meanwhile)
    assert wrote
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from claims_fts where claims_fts match 'lighthouse'").fetchone()[0] == 1
    _as_rebuilt(path)


def test_an_article_replaced_within_the_first_load_means_a_rebuild(tmp_path):
    path = str(tmp_path / "c.db")
    first = _records(4)
    again = dict(first[0], id="quay-0-again", text=first[0]["text"].replace("bakery", "ropewalk"))
    load(path, [_write(tmp_path / "quay.jsonl", first + _records(3, start=4) + [again])], match=False, batch_size=2)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'ropewalk'").fetchone()[0] == 1
    _as_rebuilt(path)


def test_a_database_in_memory_is_rebuilt_as_before(tmp_path):
    db = open_db(sqlite_utils.Database(memory=True))
    assert SideIndex(db.conn, ["claims", "articles"]).tables == []
    report = load(db, [_write(tmp_path / "quay.jsonl", _records(3))], match=False, batch_size=2)
    assert report.new == 3
    assert db.conn.execute("select count(*) from articles_fts where articles_fts match 'bakery'").fetchone()[0] == 3


def test_the_next_load_removes_a_side_index_left_by_a_killed_load_and_keeps_a_running_ones(tmp_path):
    import subprocess
    import sys

    from datasette_claims.store.side_index import PREFIX, remove_orphans

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(gone.stdout)
    dead = tmp_path / f"{PREFIX}{dead_pid}-abc.db"
    running = tmp_path / f"{PREFIX}{os.getpid()}-def.db"
    other = tmp_path / "claims-notes.db"
    for path in (dead, running, other):
        path.write_bytes(b"x")
    assert remove_orphans(str(tmp_path)) == 1
    assert not dead.exists() and running.exists() and other.exists()


def _side_in_thread(tmp_path, name: str):
    """A first load's database and a side index whose tokenising runs in its own thread."""
    db = _first_load_db(str(tmp_path / name))
    return db, SideIndex(db.conn, full_text_deferred(db.conn), beside=True)


def test_the_side_index_tokenised_in_a_thread_holds_what_a_rebuild_would(tmp_path):
    db, side = _side_in_thread(tmp_path, "c.db")
    assert side.thread is not None and side.thread.is_alive()
    for batch in (_rows(tmp_path, 3), _rows(tmp_path, 2, start=3), _rows(tmp_path, 4, start=5)):
        with db.conn:
            outcomes = save_articles(db, batch)
        side.add_committed(db.conn, outcomes)
    assert side.install(db.conn) == ["claims", "articles"]
    assert side.thread is None and not side.side_path
    with db.conn:
        fill_full_text(db.conn, ["claims", "articles"])
    _as_rebuilt(str(tmp_path / "c.db"))


def test_a_failed_insert_in_the_side_thread_means_a_rebuild_and_no_file(tmp_path):
    db, side = _side_in_thread(tmp_path, "c.db")
    with db.conn:
        outcomes = save_articles(db, _rows(tmp_path, 3))
    side.side.execute('drop table "claims_fts"')  # (the thread's insert into it fails)
    path = side.side_path
    side.add_committed(db.conn, outcomes)
    assert side.install(db.conn) == []
    assert side.failed and not os.path.exists(path)


def test_a_side_index_discarded_with_batches_queued_stops_its_thread_and_leaves_no_file(tmp_path):
    db, side = _side_in_thread(tmp_path, "c.db")
    thread, path = side.thread, side.side_path
    for start in range(0, 12, 3):
        with db.conn:
            outcomes = save_articles(db, _rows(tmp_path, 3, start=start))
        side.add_committed(db.conn, outcomes)
    side.discard()
    assert not thread.is_alive() and not os.path.exists(path)
    assert side.install(db.conn) == []


def test_a_two_job_load_tokenises_in_a_thread_and_fills_the_indexes_as_one_job_does(tmp_path):
    before = _side_files()
    src = _write(tmp_path / "quay.jsonl", _records(12))
    held = {}
    for jobs in (1, 2):
        path = str(tmp_path / f"c{jobs}.db")
        assert load(path, [src], match=False, batch_size=2, jobs=jobs).new == 12
        _as_rebuilt(path)
        with sqlite3.connect(path) as conn:
            held[jobs] = {fts: _index(conn, fts) for fts in FULL_TEXT}
    assert held[1] == held[2]
    assert _side_files() == before
