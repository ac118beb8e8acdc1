"""Rows written with prepared statements, for the load's hot path.

sqlite-utils builds each insert by looking up the table's schema again (nine
look-ups and several statements per article in a load), which made storing
cost as much as extracting.  The loader's rows always have the same columns,
so one statement per table and column list, built once and reused with
``executemany``, writes the same rows for a fraction of the cost.  The FTS
tables follow through their triggers, as before.  sqlite-utils keeps the
schema and the migrations (``schema.py``); this module only writes rows.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

SPEAKER_COLUMNS = ("id", "name", "kind", "role", "aliases")


def upsert_rows(conn: sqlite3.Connection, table: str, rows: list[dict], pk: str = "id") -> None:
    """Insert ``rows``, or update the given columns of those already there."""
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        cols = tuple(row)
        groups.setdefault(cols, []).append(tuple(row[c] for c in cols))
    for cols, values in groups.items():
        conn.executemany(_upsert_sql(table, cols, pk), values)


def ensure_speakers(conn: sqlite3.Connection, rows: list[dict]) -> None:
    """Add speakers not yet known; give a known one a role if it had none.

    Rows are applied in order, so the first row of a new speaker names it
    and the first role anyone gives it sticks, as one row at a time would.
    """
    conn.executemany(_SPEAKER_SQL, [tuple(r[c] for c in SPEAKER_COLUMNS) for r in rows])


_SPEAKER_SQL = (
    "insert into speakers (id, name, kind, role, aliases) values (?, ?, ?, ?, ?) "
    "on conflict(id) do update set role = excluded.role "
    "where speakers.role is null and coalesce(excluded.role, '') <> ''"
)


@lru_cache(maxsize=64)
def _upsert_sql(table: str, cols: tuple[str, ...], pk: str) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" * len(cols))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != pk)
    action = f"do update set {updates}" if updates else "do nothing"
    return f'insert into "{table}" ({names}) values ({marks}) on conflict("{pk}") {action}'
