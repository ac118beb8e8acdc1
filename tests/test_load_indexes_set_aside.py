"""A first load builds its tables' secondary indexes at its end (issue 14).

Kept row by row, the indexes of claims, articles, speakers and the queue's rows
were about a fifth of the writer's batches; a first load drops those it does not
read (``store.schema.set_aside_indexes``) and builds each at its end by one sort
(``restore_indexes``).  The database after is the same, schema included; a load
killed half-way leaves the definitions where the next command that opens the
database builds them; the indexes the load reads, and unique ones, stay."""

from __future__ import annotations

import json
import sqlite3

from datasette_claims.loader import load
from datasette_claims.store import open_db
from datasette_claims.store.schema import READ_BY_A_LOAD, SET_ASIDE, pause_merges


def _records(n: int) -> list[dict]:
    return [{"id": f"ferry-{i}", "title": f"Ferry timetable {i}", "url": f"https://harbour-post.example/ferry/{i}",
             "outlet": "Harbour Post", "date": f"2023-05-{1 + i % 28:02d}",
             "text": f"The island ferry will run every {i + 2} hours from June, "
                     f"harbourmaster Olwen Tregarth said on Monday. \"We are ready,\" said Pim Vaske."}
            for i in range(n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _schema(path: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("select type, name, tbl_name, sql from sqlite_master "
                                   "where name not like 'sqlite_autoindex%'").fetchall(), key=lambda r: r[:2])


def _indexes(path: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'")}


def test_a_first_load_goes_without_the_indexes_it_does_not_read_and_ends_with_them(tmp_path):
    empty = str(tmp_path / "empty.db")
    open_db(empty).conn.close()
    path = str(tmp_path / "c.db")
    during = []
    report = load(path, [_write(tmp_path / "ferry.jsonl", _records(7))], match=False, batch_size=2,
                  progress=lambda n: during.append(_indexes(path)))
    assert report.new == 7
    every = _indexes(empty)
    assert {"idx_claims_sourcing", "idx_articles_published", "idx_speakers_name"} <= every
    assert during and all("idx_claims_sourcing" not in seen and "idx_articles_published" not in seen
                          for seen in during)
    assert all(set(READ_BY_A_LOAD) <= seen for seen in during)
    assert all("idx__sqlite_migrations_migration_set_name" in seen for seen in during)  # (unique)
    assert _schema(path) == _schema(empty)
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        plan = " ".join(r[3] for r in conn.execute("explain query plan select id from claims where sourcing = ?",
                                                   ["named_person"]))
        assert "idx_claims_sourcing" in plan


def test_a_load_killed_half_way_leaves_them_for_the_next_command(tmp_path):
    empty = str(tmp_path / "empty.db")
    open_db(empty).conn.close()
    path = str(tmp_path / "c.db")
    db = open_db(path)
    with db.conn:
        assert pause_merges(db.conn)  # what a first load does before its first batch, then killed
    db.conn.close()
    with sqlite3.connect(path) as conn:
        kept = [r[0] for r in conn.execute(f'select name from "{SET_ASIDE}"')]
    assert "idx_claims_said_on" in kept and not set(kept) & set(READ_BY_A_LOAD)
    assert not set(kept) & _indexes(path)
    open_db(path).conn.close()  # the next command
    assert _schema(path) == _schema(empty)


def test_a_later_load_keeps_its_indexes(tmp_path):
    path = str(tmp_path / "c.db")
    load(path, [_write(tmp_path / "a.jsonl", _records(3))], match=False)
    every = _indexes(path)
    during = []
    load(path, [_write(tmp_path / "b.jsonl", _records(6)[3:])], match=False, batch_size=1,
         progress=lambda n: during.append(_indexes(path)))
    assert during and all(seen == every for seen in during)
