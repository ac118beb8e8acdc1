"""A first load builds its secondary indexes once, at its end, and its
full-text rows once per batch, instead of row by row.

Every claim row costs its table, five secondary indexes and a full-text row
put in by a trigger; a trigger makes a row inserted by ``executemany`` a
statement of its own, so the store stages each batch in a temporary table
and copies it over with one ``INSERT ... SELECT`` (``bulk.py``).  A load
into a database that holds no articles yet (a new corpus) sets aside the
secondary indexes of ``claims`` and ``articles`` and their full-text insert
triggers, recording each in ``deferred_schema`` in the same transaction as
the drop.  Its batches then go straight into the tables, and each batch's
full-text rows are added by one ``INSERT ... SELECT`` over the rows the
batch added (``fill_fts``), in the batch's own transaction; at the end, one
transaction builds the indexes (``CREATE INDEX`` over the whole table) and
puts the triggers back.

Why the full-text rows are not left to one ``'rebuild'`` at the end: with a
reading process beside it, the writer waits for the reading, so work done
per batch is hidden, but work left to the end is added to the load's time
(a rebuild is 0.15 CPU s for 2,000 articles: the tail would double).  And
this way every committed batch is searchable: a page served while a first
load runs, or after it crashed, reads the same rows and finds them by their
words; only the secondary indexes are missing, so its queries are slower,
never wrong.

Crash safety: each batch is still its own committed transaction, full-text
rows included, so a crash keeps every batch committed before it.  A database
left without its indexes and triggers (``deferred_schema`` not empty) is
repaired by the next ``open_db`` (any ``claims`` command) before anything
else runs; that repair rebuilds the full-text indexes too, to be safe.
Kept during the load: the articles' address index (every record is looked
up by its address), the claims' article index (an article loaded again is
found by it), the primary keys, and the full-text triggers of updates and
deletes (an article loaded again in the same load).
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

TABLE = "deferred_schema"
# The indexes a load needs while it writes (address lookups, an article loaded again).
KEPT = ("idx_articles_url_key", "idx_claims_article_id")
FTS_TABLES = ("claims", "articles")


def pending(conn: sqlite3.Connection) -> bool:
    """Does the database lack indexes a load set aside (a first load running, or crashed)?"""
    if not _has_table(conn):
        return False
    return conn.execute(f"select 1 from {TABLE} limit 1").fetchone() is not None


def defer(conn: sqlite3.Connection) -> bool:
    """In the caller's write transaction: drop the deferrable indexes and full-text
    triggers of an empty database, recording each.  Returns whether it did (a
    database holding articles, or one with indexes set aside already, is left as is)."""
    if not _has_table(conn) or pending(conn):
        return False
    if conn.execute("select 1 from articles limit 1").fetchone() or conn.execute(
            "select 1 from claims limit 1").fetchone():
        return False
    found = _deferrable(conn)
    if not any(kind == "trigger" for kind, _, _, _ in found):
        return False  # no full-text triggers to set aside: nothing worth a rebuild
    conn.executemany(f"insert into {TABLE} (name, type, tbl_name, sql) values (?, ?, ?, ?)",
                     [(name, kind, table, sql) for kind, name, table, sql in found])
    for kind, name, _, _ in found:
        conn.execute(f'drop {kind} "{name}"')
    return True


def restore(conn: sqlite3.Connection, rebuild: bool = False) -> None:
    """In the caller's write transaction: build what was set aside, then forget it.
    With ``rebuild`` (a repair after a crash), each full-text index is built again
    from its table first."""
    rows = conn.execute(f"select name, type, tbl_name, sql from {TABLE} order by rowid").fetchall()
    have = {r[0] for r in conn.execute("select name from sqlite_master where type in ('index', 'trigger')")}
    for table in dict.fromkeys(table for _, kind, table, _ in rows if kind == "trigger" and rebuild):
        conn.execute(f'insert into "{table}_fts" ("{table}_fts") values (\'rebuild\')')
    for name, _, _, sql in rows:
        if name not in have:
            conn.execute(sql)
    conn.execute(f"delete from {TABLE}")


def repair(conn: sqlite3.Connection) -> None:
    """``restore`` for a database a load left without its indexes (``open_db``)."""
    restore(conn, rebuild=True)


class Marks(NamedTuple):
    """The last rowid of each full-text table's content before a batch."""

    claims: int
    articles: int


def mark(conn: sqlite3.Connection) -> Marks:
    """Where the rows a batch adds will start (call in its transaction, before it writes)."""
    return Marks(*(conn.execute(f'select coalesce(max(rowid), 0) from "{t}"').fetchone()[0] for t in FTS_TABLES))


def fill_fts(conn: sqlite3.Connection, since: Marks) -> None:
    """The full-text rows of every row added after ``since`` (what the insert
    triggers would have written), one statement per table; none for a table whose
    trigger is back (another process's ``open_db`` repaired the database meanwhile)."""
    back = {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger' and name in "
                                       "(" + ", ".join("?" * len(FTS_TABLES)) + ")",
                                       [f"{t}_ai" for t in FTS_TABLES])}
    for table, last in zip(FTS_TABLES, since):
        if f"{table}_ai" in back:
            continue
        cols = ", ".join(f'"{c}"' for c in _fts_columns(conn, table))
        conn.execute(f'insert into "{table}_fts" (rowid, {cols}) select rowid, {cols} from "{table}" '
                     f"where rowid > ? order by rowid", [last])


def _fts_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'pragma table_info("{table}_fts")')]


def _deferrable(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(type, name, table, sql) of the secondary indexes and full-text insert
    triggers of claims and articles, in schema order."""
    marks = ", ".join("?" * len(FTS_TABLES))
    triggers = [f"{t}_ai" for t in FTS_TABLES]
    rows = conn.execute(
        f"select type, name, tbl_name, sql from sqlite_master where tbl_name in ({marks}) and sql is not null "
        f"and ((type = 'index' and name not in ({', '.join('?' * len(KEPT))})) "
        f"or (type = 'trigger' and name in ({', '.join('?' * len(triggers))}))) order by rowid",
        [*FTS_TABLES, *KEPT, *triggers],
    ).fetchall()
    return [tuple(r) for r in rows]


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [TABLE]).fetchone() is not None
