"""The writer hands SQLite many rows a statement, with the rows one at a time would give.

Each SQLite step lets go of the GIL and takes it back; with a reading thread beside
the writer (a load that extracts), a step per row was a hand-over per row.  Counted
here by SQLite's own trace of the statements it runs (one per ``executemany`` row).
"""

from __future__ import annotations

import sqlite3

from datasette_claims.store import bulk, open_db
from datasette_claims.store.articles import CLAIM_COLUMNS


def _traced(conn: sqlite3.Connection) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    return seen


def _people(n: int) -> list[tuple]:
    return [(f"person-{i}", f"Person {i}", "person", None, f'["Person {i}"]') for i in range(n)]


def test_staged_rows_go_many_to_a_statement_in_their_order():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table t (id text primary key, a, b)")
    rows = [(f"r{i}", i, None if i % 3 else f"x{i}") for i in range(200)]
    seen = _traced(conn)
    bulk.insert_values(conn, "t", ("id", "a", "b"), rows)
    staged = [s for s in seen if s.startswith("insert into temp.stage")]
    assert len(staged) <= 4  # 200 rows: 3 of 64 and one of 8; one a row before
    assert conn.execute("select id, a, b from t order by rowid").fetchall() == rows


def test_a_batch_of_speakers_is_a_few_statements_and_keeps_the_first_role(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    conn = db.conn
    bulk.ensure_speakers(conn, [("ada-vell", "Ada Vell", "person", None, '["Ada Vell"]')])
    conn.commit()
    rows = _people(130) + [("ada-vell", "Ada Vell", "person", "mayor", '["Ada Vell"]'),
                           ("person-3", "Person 3", "person", "clerk", '["Person 3"]')]
    seen = _traced(conn)
    bulk.ensure_speakers(conn, rows)
    conn.set_trace_callback(None)
    assert len([s for s in seen if s.startswith("insert into speakers")]) <= 3
    roles = dict(conn.execute("select id, role from speakers"))
    assert roles["ada-vell"] == "mayor"  # a known speaker without a role takes the first given
    assert roles["person-3"] == "clerk" and roles["person-4"] is None
    assert conn.execute("select count(*) from speakers").fetchone()[0] == 131
    ids = [r[0] for r in conn.execute("select id from speakers order by rowid")]
    assert ids == ["ada-vell"] + [f"person-{i}" for i in range(130)]


def test_a_full_claims_row_fits_a_statement_of_many_rows(tmp_path):
    """The widest rows the load stages (the claims', 27 values) bind within SQLite's limit."""
    conn = sqlite3.connect(":memory:")
    names = ", ".join(f'"{c}"' for c in CLAIM_COLUMNS)
    conn.execute(f"create table claims ({names}, primary key (id))")
    rows = [tuple(f"c{i}" if c == "id" else i for c in CLAIM_COLUMNS) for i in range(bulk.ROWS_A_STATEMENT * 2 + 5)]
    bulk.insert_values(conn, "claims", CLAIM_COLUMNS, rows)
    assert conn.execute("select count(*) from claims").fetchone()[0] == len(rows)


def test_opening_a_claims_database_runs_no_sqlite_utils_plugin(tmp_path):
    """Looking the plugins up reads every installed package's entry points (13 ms a load)."""
    import sqlite_utils
    from sqlite_utils.plugins import pm

    calls = []

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn):
            calls.append(conn)

    plugin = Plugin()
    pm.register(plugin, name="invented-test-plugin")
    try:
        open_db(str(tmp_path / "c.db"))
    finally:
        pm.unregister(name="invented-test-plugin")
    assert calls == []
