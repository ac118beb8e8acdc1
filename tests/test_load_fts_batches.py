"""A first load fills its full-text indexes batch by batch, not all at its end (issue 14).

A first load drops the indexes' triggers and once filled them with one
``rebuild`` after its last batch: on two cores that step ran alone once the
reading had finished.  Now the writer adds each batch's rows to the indexes as
it writes them (``store.schema.extend_full_text``), and the end adds only the
rows since and puts the triggers back.  What must hold: the indexes are what a
``rebuild`` of the tables gives, also when the load replaced an article it had
written (its rows changed under the index) or another connection changed a row
meanwhile (a reviewer): then the end rebuilds, as before."""

from __future__ import annotations

import json
import sqlite3

from datasette_claims.loader import load
from datasette_claims.store.schema import FULL_TEXT_COLUMNS, full_text_triggers

TRIGGERS = {name for table in FULL_TEXT_COLUMNS for name in full_text_triggers(table)}


def _records(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"ferry-{i}", "title": f"Ferry timetable {i}", "url": f"https://harbour-post.example/ferry/{i}",
             "outlet": "Harbour Post", "date": "2023-05-02",
             "text": f"The Kelderwick ferry will sail twice a day from pier {i + 2}, "
                     f"harbourmaster Odile Brannagh said on Monday."} for i in range(start, start + n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _indexed(path: str) -> int:
    """Articles the full-text index of articles holds, as another connection sees it."""
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from articles_fts_docsize").fetchone()[0]


def _triggers(path: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}


def _vocab(path: str) -> dict[str, list]:
    """Every term instance of each index (term, row, column, offset), checked by FTS5."""
    with sqlite3.connect(path) as conn:
        out = {}
        for table in FULL_TEXT_COLUMNS:
            fts = f"{table}_fts"
            conn.execute(f"insert into {fts}({fts}, rank) values('integrity-check', 1)")
            conn.execute(f"create virtual table temp.{fts}_v using fts5vocab(main, {fts}, instance)")
            out[fts] = conn.execute(f"select * from temp.{fts}_v order by 1, 2, 3, 4").fetchall()
        return out


def _rebuilt(path: str, tmp_path) -> dict[str, list]:
    """``_vocab`` of a copy of the database whose indexes were rebuilt from their tables."""
    copy = str(tmp_path / "rebuilt.db")
    with sqlite3.connect(path) as conn, sqlite3.connect(copy) as to:
        conn.backup(to)  # (with what the write-ahead log holds)
    with sqlite3.connect(copy) as conn:
        for table in FULL_TEXT_COLUMNS:
            conn.execute(f"insert into {table}_fts({table}_fts) values('rebuild')")
    return _vocab(copy)


def test_a_first_load_indexes_each_batch_as_it_writes_it(tmp_path):
    path = str(tmp_path / "c.db")
    seen = []
    report = load(path, [_write(tmp_path / "ferry.jsonl", _records(9))], match=False, batch_size=2,
                  progress=lambda n: seen.append((_indexed(path), bool(_triggers(path) & TRIGGERS))))
    assert report.new == 9
    during = [indexed for indexed, triggers in seen if not triggers]
    assert during and max(during) >= 6  # batches indexed while the load went on, with no triggers
    assert TRIGGERS <= _triggers(path)
    assert _indexed(path) == 9
    assert _vocab(path) == _rebuilt(path, tmp_path)


def test_an_article_a_first_load_replaces_is_indexed_by_its_new_text(tmp_path):
    """The same address with another text later in the load: the article written
    earlier is updated under the index, so the end rebuilds it."""
    path = str(tmp_path / "c.db")
    records = _records(4)
    later = dict(records[1], id="ferry-late", text="The Kelderwick ferry is cancelled until the storm passes, "
                                                   "harbourmaster Odile Brannagh said on Monday.")
    report = load(path, [_write(tmp_path / "ferry.jsonl", [*records, *_records(3, start=4), later])],
                  match=False, batch_size=2)
    assert report.new == 7 and report.updated == 1, report.summary()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'storm'").fetchone()[0] == 1
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'pier'").fetchone()[0] == 6
    assert _vocab(path) == _rebuilt(path, tmp_path)


def test_a_row_another_connection_changes_mid_load_is_indexed_as_changed(tmp_path):
    """A reviewer's edit committed while a first load writes (no trigger re-indexes
    it): the end rebuilds the indexes rather than add the rows since."""
    path = str(tmp_path / "c.db")
    edited = []

    def edit(n):
        if not edited and _indexed(path):
            with sqlite3.connect(path) as conn:
                conn.execute("update claims set content = 'The ferry sails on Sundays only.' "
                             "where rowid = (select min(rowid) from claims)")
            edited.append(n)

    load(path, [_write(tmp_path / "ferry.jsonl", _records(9))], match=False, batch_size=2, progress=edit)
    assert edited
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from claims_fts where claims_fts match 'sundays'").fetchone()[0] == 1
    assert _vocab(path) == _rebuilt(path, tmp_path)
