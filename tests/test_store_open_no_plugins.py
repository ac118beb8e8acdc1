"""Opening a claims database looks up no sqlite-utils plugin.

sqlite-utils finds its plugins by reading every installed package's entry
points, the first time a process opens a database (13 ms CPU on the
development machine, in every load); this package uses none of them.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.plugins import pm

from datasette_claims.store import open_db


def test_opening_a_claims_database_runs_no_sqlite_utils_plugin(tmp_path):
    calls = []

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn):
            calls.append(conn)

    pm.register(Plugin(), name="invented-test-plugin")
    try:
        db = open_db(str(tmp_path / "c.db"))
    finally:
        pm.unregister(name="invented-test-plugin")
    assert calls == []
    assert db.execute("select count(*) from articles").fetchone()[0] == 0
