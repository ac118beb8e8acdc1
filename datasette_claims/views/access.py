"""Which tables one request may read, decided before its first query and
enforced on every read.

Each route declares the tables it reads (``views.ROUTES``): the tables it
*needs* (without permission to see them there is no page: 403) and the ones
it *shows* when allowed (left out otherwise).  ``TableAccess.check()`` asks
Datasette about every declared table (view-instance, view-database and
view-table, through ``compat``) before the page runs.

The answer is then enforced by SQLite itself: every read a page makes runs
under an authorizer (``guarded``) that refuses tables outside the visible
set, so a query that forgot to ask fails instead of leaking.  Two modes:

* ``DENY`` (the pages' own SQL): reading a hidden table is an error, which
  ``view()`` turns into a 403; a page that means to leave something out asks
  ``page.can_view()`` first.
* ``IGNORE`` (the fact-check module's shared readers, which know nothing of
  permissions): columns of hidden tables read as NULL, so rows joined or
  filtered on them drop out (a verdict history on a hidden ``verdicts`` table
  is empty, an alert's article headline is NULL).  Full-text MATCH cannot run
  under IGNORE; callers skip fact-check search when its tables are hidden.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import dataclass

from .. import compat

# Tables a database must have to be a claims database at all.
CLAIMS_TABLES = ("articles", "claims")
# Shadow tables of full-text indexes: reading ``claims_fts`` makes SQLite read these.
FTS_SHADOWS = ("_data", "_idx", "_config", "_docsize", "_content", "_segments", "_segdir", "_stat")
# Always readable: the schema (``store.connection.has_table`` checks) and Datasette's own bookkeeping.
ALWAYS = frozenset({"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_sequence"})

# A table whose rows are read through another: a verdict is current unless
# ``verdict_withdrawals`` says it was withdrawn.  To an actor who may not see the
# withdrawals every withdrawn verdict would read as current (and be published as
# ClaimReview), so such an actor may not see the verdicts either.
QUALIFIED_BY = {"verdicts": "verdict_withdrawals"}

DENY = sqlite3.SQLITE_DENY
IGNORE = sqlite3.SQLITE_IGNORE


class UndeclaredTable(RuntimeError):
    """A page asked about a table its route does not declare (a bug, caught by the tests)."""


class HiddenTableRead(Exception):
    """A query touched a table the actor may not see (refused by the authorizer)."""


@dataclass(frozen=True)
class Reads:
    """The tables a route reads: ``needs`` (403 without) and ``shows`` (left out without)."""

    needs: tuple[str, ...] = CLAIMS_TABLES
    shows: tuple[str, ...] = ()

    def __add__(self, other: Reads) -> Reads:
        return Reads(
            tuple(dict.fromkeys(self.needs + other.needs)), tuple(dict.fromkeys(self.shows + other.shows))
        )

    @property
    def declared(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.needs + self.shows))


class TableAccess:
    """Visibility of the declared tables for one actor and database."""

    def __init__(self, reads: Reads, existing: set[str], visible: set[str]):
        self.reads = reads
        self.existing = frozenset(existing)
        self.visible = frozenset(visible)
        shadows = {name + suffix for name in self.visible if name.endswith("_fts") for suffix in FTS_SHADOWS}
        self.readable = ALWAYS | self.visible | frozenset(shadows)

    @classmethod
    async def check(cls, ds, actor, database: str, existing: set[str], reads: Reads) -> TableAccess:
        """Ask Datasette about every declared table that exists; 403 when a needed one is private."""
        from datasette.utils.asgi import Forbidden

        qualifiers = [QUALIFIED_BY[t] for t in reads.declared if t in QUALIFIED_BY]
        declared = [t for t in (*reads.declared, *qualifiers) if t in existing]
        visible = await compat.visible_tables(ds, actor, database, declared) if declared else set()
        unqualified = {t: q for t, q in QUALIFIED_BY.items() if t in visible and q in existing and q not in visible}
        visible -= set(unqualified)
        for table in reads.needs:
            if table in unqualified:
                raise Forbidden(f"You do not have permission to view the {unqualified[table]} table, "
                                f"which says which of the {table} stand")
            if table in existing and table not in visible:
                raise Forbidden(f"You do not have permission to view the {table} table")
        return cls(reads, existing, visible)

    def can_view(self, table: str) -> bool:
        if table not in self.reads.declared:
            raise UndeclaredTable(f"this page does not declare that it reads {table!r}")
        return table in self.visible

    def authorizer(self, mode: int, refused: list):
        readable = self.readable

        def authorize(action, arg1, arg2, db_name, source):
            if action == sqlite3.SQLITE_READ and arg1 not in readable:
                if mode == DENY:
                    refused.append(arg1)
                return mode
            return sqlite3.SQLITE_OK

        return authorize


@contextmanager
def guarded(conn, access: TableAccess, mode: int = DENY):
    """Run reads on ``conn`` with only ``access``'s visible tables readable."""
    refused: list[str] = []
    conn.set_authorizer(access.authorizer(mode, refused))
    try:
        yield conn
    except sqlite3.DatabaseError as e:
        if refused:
            raise HiddenTableRead(f"refused to read {sorted(set(refused))}: {e}") from e
        raise
    finally:
        # Python 3.10 cannot unregister with None (it installs a failing callback).
        conn.set_authorizer(None if sys.version_info >= (3, 11) else _allow)


def _allow(*args):
    return sqlite3.SQLITE_OK
