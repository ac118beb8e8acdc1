"""Rows written with prepared statements, a batch at a time, for the load's hot path.

sqlite-utils builds each insert by looking up the table's schema again (nine
look-ups and several statements per article in a load), which made storing
cost as much as extracting.  The loader's rows always have the same columns,
so one statement per table and column list, built once, writes the same rows
for a fraction of the cost.

The full-text indexes follow their tables through triggers.  A trigger makes
every row's INSERT a statement with its own savepoint, and FTS5 writes its
pending index data to disk at every savepoint: fed by ``executemany``, the
index took three times as long as the rows.  So a batch's rows go first to a
temporary staging table (no triggers) and then into the real table with one
``INSERT ... SELECT``: the triggers fire row by row inside one statement and
FTS5 indexes the batch in one go.  The rows, their rowids (insertion order)
and the index are what row-at-a-time inserts give.

sqlite-utils keeps the schema and the migrations (``schema.py``); this
module only writes rows (the staging tables live in the connection's
``temp`` schema and vanish with it).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

SPEAKER_COLUMNS = ("id", "name", "kind", "role", "aliases")
ERROR_COLUMNS = ("path", "reason", "level", "created")


def upsert_rows(conn: sqlite3.Connection, table: str, rows: list[dict], pk: str = "id") -> None:
    """Insert ``rows``, or update the given columns of those already there.

    Rows with the same columns go in one statement, in their order, through a
    staging table (see the module docstring).
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
    if len(values) == 1:  # one row: one statement either way
        conn.execute(_upsert_sql(table, cols, pk), values[0])
        return
    if not values:
        return
    stage = _stage(conn, table, cols)
    conn.execute(f"delete from temp.{stage}")
    conn.executemany(_stage_sql(stage, len(cols)), values)
    conn.execute(_upsert_sql(table, cols, pk, stage))
    conn.execute(f"delete from temp.{stage}")


def ensure_speakers(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Add speakers not yet known; give a known one a role if it had none.

    ``rows`` are tuples of SPEAKER_COLUMNS.  The batch is resolved in memory
    first (one row per speaker), as applying the rows in order would: the
    first row of a new speaker names it and the first role anyone gives it
    sticks.
    """
    conn.executemany(_SPEAKER_SQL, resolve_speakers(rows))


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


_SPEAKER_SQL = (
    "insert into speakers (id, name, kind, role, aliases) values (?, ?, ?, ?, ?) "
    "on conflict(id) do update set role = excluded.role "
    "where speakers.role is null and coalesce(excluded.role, '') <> ''"
)


def _stage(conn: sqlite3.Connection, table: str, cols: tuple[str, ...]) -> str:
    """The staging table for ``table`` with these columns, created once per connection."""
    name = _stage_name(table, cols)
    names = ", ".join(f'"{c}"' for c in cols)
    conn.execute(f"create temp table if not exists {name} ({names})")  # no types: values kept as given
    return name


_STAGES: dict[tuple[str, tuple[str, ...]], str] = {}


def _stage_name(table: str, cols: tuple[str, ...]) -> str:
    return _STAGES.setdefault((table, cols), f"stage_{table}_{len(_STAGES)}")


@lru_cache(maxsize=64)
def _stage_sql(stage: str, width: int) -> str:
    return f"insert into temp.{stage} values ({', '.join('?' * width)})"


@lru_cache(maxsize=64)
def _upsert_sql(table: str, cols: tuple[str, ...], pk: str, stage: str | None = None) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != pk)
    action = f"do update set {updates}" if updates else "do nothing"
    if stage is None:
        source = f"values ({', '.join('?' * len(cols))})"
    else:  # "where true" keeps "on conflict" from reading as a join's "on"
        source = f"select {names} from temp.{stage} where true order by rowid"
    return f'insert into "{table}" ({names}) {source} on conflict("{pk}") {action}'
