"""Opening a claims database safely, and writing to it beside other writers.

A claims database is usually served by Datasette while ``claims load`` or
``claims match`` write to it, and Datasette records verdicts at the same
time.  SQLite allows one writer at a time, so every connection the loader
and matcher open waits for the lock (``busy_timeout``), every write
transaction takes the lock when it starts (``BEGIN IMMEDIATE``: a deferred
transaction that read first cannot wait for the lock, it fails at once),
and a lock that stays taken longer than that is retried for a while before
the write gives up with a clear message.

Before the first write, ``check_database`` refuses what is not ours to
change: a path that is a folder or in a missing folder, a file that is not
SQLite (typically an article passed where the database belongs), and
another application's database that already has tables with our names.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

# How long one statement waits for another writer (milliseconds), and how
# long a write transaction keeps retrying before it gives up (seconds).
# (DATASETTE_CLAIMS_LOCK_PATIENCE sets the patience, in seconds.)
LOCK_PATIENCE_SECONDS = float(os.environ.get("DATASETTE_CLAIMS_LOCK_PATIENCE") or 120)
BUSY_TIMEOUT_MS = int(min(10.0, LOCK_PATIENCE_SECONDS) * 1000)
# Datasette's own connections (a verdict being recorded): a web request
# waits this long for a load or a rebuild to finish its current write.
SERVED_BUSY_TIMEOUT_MS = 60_000
# A long write given in steps (a load's matching, chunk after chunk) leaves
# the lock free this long between two steps, so that a writer waiting for it
# (a verdict) gets in: SQLite's busy handler polls every 100 ms at most, and a
# lock taken again at once would starve it (``loader``, ``matching.batch_pool``).
LOCK_GAP_SECONDS = 0.15

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATION_SET = "datasette-claims"
# Tables our migrations create: finding one of them in a database that our
# migrations never touched means another application owns it.
OUR_TABLES = (
    "articles", "claims", "speakers", "stories", "claim_matches", "load_errors",
    "verdicts", "factchecks", "factcheck_errors", "claim_alerts", "match_state", "claim_repeats",
)
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".gz")

T = TypeVar("T")


class DatabaseProblem(Exception):
    """The database cannot be opened or written; the message says why and what to do.

    ``looks_like_article`` marks a file given as the database that reads as an
    article: the store cannot know which command was typed, so the command line
    adds its own hint (``cli.common.open_database``)."""

    def __init__(self, message: str, looks_like_article: bool = False):
        super().__init__(message)
        self.looks_like_article = looks_like_article


# Values bound to one ``in (...)`` list: under SQLite's limit on a statement's
# parameters (999 before 3.32), and few enough queries for thousands of ids.
IN_LIST_SIZE = 500


def in_lists(values: Iterable, size: int = IN_LIST_SIZE) -> Iterator[list]:
    """``values`` in their order, ``size`` to a list: the values of one
    ``where x in (...)`` query each (matching and corrections read ids so)."""
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def has_table(conn, name: str) -> bool:
    """True when the database holds a table (or view) of that name: the code
    that reads an optional or newer table asks here before its first query."""
    sql = "select 1 from sqlite_master where type in ('table', 'view') and name = ?"
    return conn.execute(sql, [name]).fetchone() is not None


def has_index(conn, name: str) -> bool:
    """True when the database holds an index of that name (one a later migration made)."""
    return conn.execute("select 1 from sqlite_master where type = 'index' and name = ?", [name]).fetchone() is not None


def is_locked_error(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def configure(conn: sqlite3.Connection) -> None:
    """Settings for every connection that writes: wait for the lock."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def configure_served(conn: sqlite3.Connection) -> None:
    """For Datasette's connections: a verdict waits for a load's write instead of failing."""
    conn.execute(f"PRAGMA busy_timeout = {SERVED_BUSY_TIMEOUT_MS}")


def check_path(path: str) -> None:
    """Refuse a database path that cannot be, or must not be, a claims database."""
    if not path or not str(path).strip():
        raise DatabaseProblem("no database path given (an empty argument); the database file comes first")
    path = str(path)
    if os.path.isdir(path):
        raise DatabaseProblem(f"{path} is a folder, not a database file")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise DatabaseProblem(f"cannot create {path}: the folder {folder} does not exist")
    if not os.path.exists(path):
        if not os.access(folder, os.W_OK):
            raise DatabaseProblem(f"cannot create {path}: the folder {folder} is read-only")
        return
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DatabaseProblem(f"cannot read {path}: {e.strerror or e}") from e
    if head and head != SQLITE_HEADER:
        if path.lower().endswith(ARTICLE_SUFFIXES) or _looks_like_text(path):
            raise DatabaseProblem(f"{path} is not a SQLite database: it looks like an article",
                                  looks_like_article=True)
        raise DatabaseProblem(f"{path} is not a SQLite database")


def _looks_like_text(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(2048)
    except OSError:
        return False
    return bool(head) and b"\x00" not in head


def check_schema(conn: sqlite3.Connection, name: str = "the database") -> None:
    """Refuse another application's database before anything is written to it."""
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    except sqlite3.DatabaseError as e:
        if read_only(name):  # a WAL database cannot even be read where its -shm file cannot be made
            raise explain(sqlite3.OperationalError("attempt to write a readonly database"), name) from e
        raise DatabaseProblem(f"{name} is not a usable SQLite database: {e}") from e
    clashing = sorted(tables & set(OUR_TABLES))
    if not clashing:
        return
    ours = False
    if "_sqlite_migrations" in tables:
        try:
            ours = conn.execute(
                "select 1 from _sqlite_migrations where migration_set = ? limit 1", [MIGRATION_SET]
            ).fetchone() is not None
        except sqlite3.DatabaseError:
            ours = False
    if not ours:
        raise DatabaseProblem(
            f"{name} already has tables named {', '.join(clashing)} that datasette-claims did not create "
            "(another application's database?); it was left untouched. Load into a new database file."
        )


def read_only(path: str) -> bool:
    """Is the database file at ``path``, or its folder, not writable (a
    read-only disk or mount, a file or folder without write permission)?"""
    return os.path.exists(path) and not (os.access(path, os.W_OK) and
                                         os.access(os.path.dirname(os.path.abspath(path)), os.W_OK))


def explain(error: sqlite3.Error, name: str) -> DatabaseProblem:
    """A user's message for an SQLite error met while opening or writing."""
    text = str(error)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return DatabaseProblem(f"{name} is read-only: cannot write to it ({text}); nothing was written. "
                               "Its file, its folder or its disk is read-only: copy it to a folder you can write to")
    if "disk is full" in low or "disk i/o" in low:
        return DatabaseProblem(f"{name}: the disk is full or failing ({text}); what was written before is kept "
                               "and nothing is half-written: free some space and run the same command again")
    if "unable to open" in low:
        return DatabaseProblem(f"cannot open {name} ({text})")
    if "not a database" in low or "malformed" in low:
        return DatabaseProblem(f"{name} is not a usable SQLite database ({text})")
    if is_locked_error(error):
        return DatabaseProblem(
            f"{name} stayed locked by another program for over {LOCK_PATIENCE_SECONDS:.0f}s ({text}); "
            "try again when it is less busy"
        )
    return DatabaseProblem(f"{name}: {text}")


def begin_immediate(conn: sqlite3.Connection, patience: float = LOCK_PATIENCE_SECONDS) -> None:
    """Start a write transaction, waiting (and retrying) while another writer holds the lock."""
    if conn.in_transaction:
        return
    deadline = time.monotonic() + patience
    delay = 0.05
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as e:
            if not is_locked_error(e) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


@contextmanager
def write_transaction(conn: sqlite3.Connection, patience: float = LOCK_PATIENCE_SECONDS):
    """``with write_transaction(conn):`` commits on success, rolls back on any error."""
    if conn.in_transaction:
        conn.commit()
    begin_immediate(conn, patience)
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    conn.commit()


def retry_locked(fn: Callable[[], T], conn: sqlite3.Connection, patience: float = LOCK_PATIENCE_SECONDS) -> T:
    """Run ``fn`` in a write transaction; on "database is locked", roll back and run it again."""
    deadline = time.monotonic() + patience
    delay = 0.1
    while True:
        try:
            with write_transaction(conn, patience=max(1.0, deadline - time.monotonic())):
                return fn()
        except sqlite3.OperationalError as e:
            if not is_locked_error(e) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 2.0)
