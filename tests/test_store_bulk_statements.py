"""The store's rows of many in one statement (``store.bulk.insert_many``) are the
rows one statement per row writes: in their order, rowids included, a repeated
key meeting the ``on conflict`` clause as it would one row after another."""

import sqlite3

import pytest

from datasette_claims.store import bulk


def _table(conn):
    conn.execute("create table items (id text primary key, label text, weight integer)")
    return conn


@pytest.mark.parametrize("count", [0, 1, 2, 3, 255, 256, 257, 700])
def test_rows_of_many_statements_are_the_rows_one_by_one(count):
    rows = [(f"item-{i % 97}", f"label {i}", i) for i in range(count)]  # keys repeat past 97
    one, many = _table(sqlite3.connect(":memory:")), _table(sqlite3.connect(":memory:"))
    cols = ("id", "label", "weight")
    for row in rows:
        one.execute("insert into items (id, label, weight) values (?, ?, ?) on conflict(id) do update set "
                    "label = excluded.label, weight = excluded.weight", row)
    bulk.insert_values(many, "items", cols, rows)
    read = "select rowid, id, label, weight from items order by rowid"
    assert many.execute(read).fetchall() == one.execute(read).fetchall()


def test_a_statement_never_holds_more_values_than_sqlite_allows():
    conn = _table(sqlite3.connect(":memory:"))
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 10)  # three columns: three rows a statement at most
    rows = [(f"item-{i}", "a label", i) for i in range(11)]
    bulk.insert_values(conn, "items", ("id", "label", "weight"), rows)
    assert conn.execute("select id from items order by rowid").fetchall() == [(r[0],) for r in rows]


def test_speakers_of_a_batch_keep_the_first_role_given():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table speakers (id text primary key, name text, kind text, role text, aliases text)")
    conn.execute("insert into speakers values ('ada-brisk', 'Ada Brisk', 'person', null, '[\"Ada Brisk\"]')")
    bulk.ensure_speakers(conn, [
        ("ada-brisk", "Ada Brisk", "person", "mayor", '["Ada Brisk"]'),
        ("tom-vale", "Tom Vale", "person", None, '["Tom Vale"]'),
        ("tom-vale", "Tom Vale", "person", "harbour master", '["Tom Vale"]'),
    ])
    assert conn.execute("select id, role from speakers order by rowid").fetchall() == [
        ("ada-brisk", "mayor"), ("tom-vale", "harbour master")]
