"""A load into an empty database: its indexes built once at the end, its
full-text indexes filled a batch at a time.

Why: in a load of ``claims extract`` output into a new database, SQLite's
own work was mostly upkeep.  Each batch's claims went into six secondary
indexes (and the articles into two), by keys in no useful order, so a
commit wrote pages scattered over every index; and the full-text indexes
were fed by a trigger per row.  Loading the first 2,000 Wikinews articles
(14,363 claims) took half the clock time, and a fifth less CPU, with the
indexes built after the rows (one sorted pass each) and the text indexed by
one ``INSERT ... SELECT`` per batch.  For a database that already holds
articles, rebuilding its indexes would cost more than it saves: only an
empty one is loaded this way.

How: ``set_aside`` records the definitions (``sqlite_master.sql``) of the
secondary indexes of ``articles`` and ``claims`` and of their full-text
insert triggers in ``_load_deferred``, and drops them, in one transaction.
While a trigger is set aside, ``bulk.insert_values`` fills that table's
full-text index itself, in the same statement batch as the rows (so every
committed batch is fully indexed: a crash loses no search results).
``put_back`` creates what is recorded, checks that each one is there, and
empties the record, in one transaction.  The loader puts them back when it
has written its rows, before anything that reads by those indexes (speaker
counts, matching); if it stopped, failed or crashed first, ``open_db`` (every
command opens the database through it) puts them back and rebuilds the
full-text indexes from their tables, in case another program added rows
meanwhile.  Another load into the same database opens it through
``open_db`` too, so it never writes without the triggers.

The rows, their rowids and the full-text contents are the same either way
(``tests/test_store_fresh_load.py``).
"""

from __future__ import annotations

import sqlite3

from .connection import has_table, write_transaction

TABLES = ("articles", "claims")
RECORD = "_load_deferred"


def set_aside(conn: sqlite3.Connection) -> bool:
    """Drop the secondary indexes and full-text insert triggers of an empty
    ``articles`` and ``claims``, recording them; False (nothing done) when the
    tables hold rows or something is set aside already."""
    if not has_table(conn, RECORD):
        return False
    with write_transaction(conn):
        if conn.execute(f"select 1 from {RECORD} limit 1").fetchone():
            return False
        if any(conn.execute(f'select 1 from "{t}" limit 1').fetchone() for t in TABLES):
            return False
        items = _definitions(conn)
        conn.executemany(f"insert into {RECORD} (type, name, tbl_name, sql) values (?, ?, ?, ?)", items)
        for kind, name, _, _ in items:
            conn.execute(f'drop {kind} "{name}"')
    return bool(items)


def _definitions(conn: sqlite3.Connection) -> list[tuple]:
    """(type, name, table, sql) of what ``set_aside`` drops: the indexes made by
    CREATE INDEX (not those of a primary key) and each ``<table>_ai`` trigger
    that feeds ``<table>_fts``."""
    marks = ", ".join("?" * len(TABLES))
    indexes = conn.execute(
        f"select type, name, tbl_name, sql from sqlite_master where type = 'index' and tbl_name in ({marks}) "
        "and sql is not null order by rowid", TABLES).fetchall()
    triggers = [row for t in TABLES if has_table(conn, f"{t}_fts") for row in conn.execute(
        "select type, name, tbl_name, sql from sqlite_master where type = 'trigger' and name = ?", [f"{t}_ai"])]
    return indexes + triggers


def fts_set_aside(conn: sqlite3.Connection, table: str) -> bool:
    """Is ``table``'s full-text insert trigger set aside (the writer fills its index)?"""
    if table not in TABLES or not has_table(conn, RECORD):
        return False
    sql = f"select 1 from {RECORD} where type = 'trigger' and tbl_name = ?"
    return conn.execute(sql, [table]).fetchone() is not None


# The full-text columns of each table, as the triggers index them.
FTS_COLUMNS = {"articles": ("headline", "text"), "claims": ("content", "speaker", "source_text")}


def fill_fts(conn: sqlite3.Connection, table: str, after_rowid: int) -> None:
    """Index the rows of ``table`` past ``after_rowid`` (those just inserted), as
    the insert trigger would have, in one statement."""
    cols = ", ".join(f'"{c}"' for c in FTS_COLUMNS[table])
    conn.execute(f'insert into "{table}_fts" (rowid, {cols}) select rowid, {cols} from "{table}" '
                 "where rowid > ? order by rowid", [after_rowid])


def max_rowid(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f'select coalesce(max(rowid), 0) from "{table}"').fetchone()[0]


def put_back(conn: sqlite3.Connection, rebuild: bool = False) -> int:
    """Create what ``set_aside`` recorded, check it is all there, and clear the
    record; with ``rebuild``, rebuild the full-text indexes whose trigger was
    set aside (after a load that did not finish).  Returns how many were made."""
    if not has_table(conn, RECORD):
        return 0
    with write_transaction(conn):
        items = conn.execute(f"select type, name, tbl_name, sql from {RECORD} order by rowid").fetchall()
        made = 0
        for kind, name, table, sql in items:
            if not _exists(conn, kind, name):
                conn.execute(sql)
                made += 1
            if kind == "trigger" and rebuild and has_table(conn, f"{table}_fts"):
                conn.execute(f'insert into "{table}_fts" ("{table}_fts") values (\'rebuild\')')
        missing = [name for kind, name, _, _ in items if not _exists(conn, kind, name)]
        if missing:
            raise sqlite3.DatabaseError(f"could not restore {', '.join(missing)} after a bulk load")
        conn.execute(f"delete from {RECORD}")
    return made


def _exists(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    sql = "select 1 from sqlite_master where type = ? and name = ?"
    return conn.execute(sql, [kind, name]).fetchone() is not None


def pending(conn: sqlite3.Connection) -> bool:
    """Is anything set aside (a load running, or one that did not finish)?"""
    return has_table(conn, RECORD) and conn.execute(f"select 1 from {RECORD} limit 1").fetchone() is not None
