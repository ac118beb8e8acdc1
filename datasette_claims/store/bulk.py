"""Rows written with prepared statements, a batch at a time, for the load's hot path.

sqlite-utils builds each insert by looking up the table's schema again (nine
look-ups and several statements per article in a load), which made storing
cost as much as extracting.  The loader's rows always have the same columns,
so one statement per table and column list, built once, writes the same rows
for a fraction of the cost.

The full-text indexes follow their tables through triggers.  A trigger makes
every row's INSERT a statement with its own savepoint, and FTS5 writes its
pending index data to disk at every savepoint: fed by ``executemany``, the
index took three times as long as the rows.  So a batch's rows go in as
statements of many rows each (``insert ... values (...), (...), ...``): the
triggers fire row by row inside one statement and FTS5 indexes the rows in
one go.  The rows, their rowids (insertion order) and the index are what
row-at-a-time inserts give.

One statement of many rows rather than ``executemany`` also steps SQLite once
for all of them instead of once a row, and each step lets go of the GIL and
takes it back: in a load the reading thread holds it meanwhile, so every row
of ``executemany`` was a hand-over of the GIL to the reading thread and a wait
to get it back (thousands of switches a load).  (Before, the rows went
through a temporary staging table by ``executemany`` and then into their
table with one ``INSERT ... SELECT``: as many steps as rows, and the rows
copied twice.)  The statements come in sizes that are powers of two, so the
few of them are prepared once and kept in the connection's statement cache.

sqlite-utils keeps the schema and the migrations (``schema.py``); this
module only writes rows.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from itertools import chain

SPEAKER_COLUMNS = ("id", "name", "kind", "role", "aliases")
ERROR_COLUMNS = ("path", "reason", "level", "created")


def upsert_rows(conn: sqlite3.Connection, table: str, rows: list[dict], pk: str = "id") -> None:
    """Insert ``rows``, or update the given columns of those already there.

    Rows with the same columns go in statements of many rows, in their order
    (see the module docstring).
    """
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        cols = tuple(row)
        groups.setdefault(cols, []).append(tuple(row.values()))
    for cols, values in groups.items():
        insert_values(conn, table, cols, values, pk)


def insert_values(conn: sqlite3.Connection, table: str, cols: tuple[str, ...], values: list[tuple],
                  pk: str = "id") -> None:
    """``upsert_rows`` for rows given as tuples of ``cols``: no Python per row."""
    insert_many(conn, _upsert_head(table, cols), len(cols), values, _upsert_tail(cols, pk))


def insert_many(conn: sqlite3.Connection, head: str, width: int, rows: list[tuple], tail: str = "") -> None:
    """``conn.executemany(head + " values (?, ...) " + tail, rows)`` in a few
    statements of many rows each (see the module docstring), the rows in their
    order; each row a tuple of ``width`` values.  Rows with the same key in one
    statement meet its ``on conflict`` clause as they would one after another."""
    most = _rows_at_most(conn, width)
    done = 0
    while done < len(rows):
        n = min(most, 1 << ((len(rows) - done).bit_length() - 1))  # the largest power of two that fits
        part = rows[done:done + n]
        conn.execute(_many_sql(head, width, n, tail), part[0] if n == 1 else list(chain.from_iterable(part)))
        done += n


# Rows in one statement at most: past a few hundred, a longer statement saves
# nothing more, and its SQL and its prepared program grow with it.
MANY_ROWS = 256


def _rows_at_most(conn: sqlite3.Connection, width: int) -> int:
    """The largest power of two of rows, up to MANY_ROWS, whose values fit in one statement."""
    most = min(MANY_ROWS, max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    return 1 << (most.bit_length() - 1)


@lru_cache(maxsize=256)
def _many_sql(head: str, width: int, n: int, tail: str) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    return f"{head} values {', '.join([row] * n)} {tail}".rstrip()


def ensure_speakers(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Add speakers not yet known; give a known one a role if it had none.

    ``rows`` are tuples of SPEAKER_COLUMNS.  The batch is resolved in memory
    first (one row per speaker), as applying the rows in order would: the
    first row of a new speaker names it and the first role anyone gives it
    sticks.
    """
    insert_many(conn, _SPEAKER_HEAD, len(SPEAKER_COLUMNS), resolve_speakers(rows), _SPEAKER_TAIL)


_ROLE = SPEAKER_COLUMNS.index("role")


def resolve_speakers(rows: list[tuple]) -> list[tuple]:
    """One row per speaker id, in order of first mention, with the first role given."""
    first: dict[str, tuple] = {}
    for row in rows:
        known = first.get(row[0])
        if known is None:
            first[row[0]] = row
        elif known[_ROLE] is None and row[_ROLE]:
            first[row[0]] = known[:_ROLE] + (row[_ROLE],) + known[_ROLE + 1:]
    return list(first.values())


def insert_errors(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """``load_errors`` rows, as (path, reason, level, created) tuples.

    A row the table already holds (the same path, reason and level: the same
    bad input loaded again) is not written a second time, so loading the same
    inputs again changes nothing here either; its first ``created`` stays.
    """
    conn.executemany(_ERROR_SQL, [(*row, *row[:3]) for row in rows])


_ERROR_SQL = (
    f"insert into load_errors ({', '.join(ERROR_COLUMNS)}) select {', '.join('?' * len(ERROR_COLUMNS))} "
    "where not exists (select 1 from load_errors where path is ? and reason is ? and level is ?)"
)


_SPEAKER_HEAD = f"insert into speakers ({', '.join(SPEAKER_COLUMNS)})"
_SPEAKER_TAIL = ("on conflict(id) do update set role = excluded.role "
                 "where speakers.role is null and coalesce(excluded.role, '') <> ''")


@lru_cache(maxsize=64)
def _upsert_head(table: str, cols: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    return f'insert into "{table}" ({names})'


@lru_cache(maxsize=64)
def _upsert_tail(cols: tuple[str, ...], pk: str) -> str:
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != pk)
    return f'on conflict("{pk}") ' + (f"do update set {updates}" if updates else "do nothing")
