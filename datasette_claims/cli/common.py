"""What every command does with a database path and with failures.

A user gets one line saying what is wrong and what to do, never a
traceback: a database that cannot be opened exits with status 2 (nothing
was done), a failure part-way exits with status 1.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import contextmanager

import click

from ..store.connection import DatabaseProblem, explain


def fail(message: str, status: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(status)


# What to say when the file given as the database reads as an article: ``load``
# takes articles after the database, so there the arguments were most likely
# swapped; the other commands take the database alone.
SWAPPED_HINT = "did you swap the arguments? The database comes first: datasette claims load DB_PATH FILES..."
DATABASE_ONLY_HINT = ("this command takes a claims database, such as the one "
                      "`datasette claims load DB_PATH FILES...` makes from articles")


def _holds_claims(db_path: str) -> bool | None:
    """Whether the existing file at ``db_path`` has this plugin's schema, read
    without writing; None when SQLite cannot read it (``open_db`` says why)."""
    import sqlite3

    from ..metadata import has_claims_schema

    try:
        conn = sqlite3.connect(db_path)
    except sqlite3.Error:
        return None
    try:
        return has_claims_schema(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def open_database(db_path: str, must_exist: bool = False, article_hint: str = DATABASE_ONLY_HINT):
    """The claims database at ``db_path``, schema up to date, or exit 2 with the
    reason (and ``article_hint`` when the file given looks like an article).
    ``must_exist``: a claims database already made (by ``load`` or
    ``import-factchecks``), never a new, empty or foreign file given the schema."""
    import os

    from ..store import open_db

    if must_exist and db_path and not os.path.exists(db_path):
        fail(f"no such database: {db_path}", 2)
    # A command that works on claims already loaded must not give another application's
    # database (or an empty file) the plugin's tables and then report "nothing to match".
    if must_exist and os.path.isfile(db_path) and _holds_claims(db_path) is False:
        fail(f"{db_path} is not a claims database (it has none of the tables datasette claims load makes); "
             "nothing was changed. A claims database is made by: datasette claims load DB_PATH FILES...", 2)
    _refuse_empty_article(db_path, article_hint)
    try:
        return open_db(db_path)
    except DatabaseProblem as e:
        fail(f"{e} ({article_hint})" if e.looks_like_article else str(e), 2)


def _refuse_empty_article(db_path: str, article_hint: str) -> None:
    """An empty file named as an article (``empty.txt``, ``feed.jsonl``) is no database:
    SQLite reads an empty file as an empty database, and ``load empty.txt story.txt``
    turned the article file into a claims database, with no word said."""
    from ..readers.base import CSV_SUFFIXES, SUPPORTED, suffix_of

    if not db_path or not os.path.isfile(db_path) or os.path.getsize(db_path) != 0:
        return
    suffix = suffix_of(db_path)
    if suffix in SUPPORTED | CSV_SUFFIXES or db_path.lower().endswith(".gz"):
        fail(f"{db_path} is an empty file named as an article ({suffix}), not a database: nothing was "
             f"changed ({article_hint})", 2)


# The exit status of a command stopped by Ctrl-C, as shells give it (128 + SIGINT).
INTERRUPTED = 130
INTERRUPTED_MESSAGE = (
    "interrupted: what was written before is kept and nothing is half-written (each write is one "
    "transaction); run the same command again to finish: what is already there is skipped"
)


@contextmanager
def reported(db_path: str):
    """Turn database errors met while working into one line and exit 1;
    Ctrl-C into one line saying what was kept, and exit 130.

    Click's own answer to Ctrl-C is "Aborted!", which leaves a user who
    stopped a long load wondering whether to start again from scratch.
    """
    try:
        yield
    except KeyboardInterrupt:
        fail(INTERRUPTED_MESSAGE, INTERRUPTED)
    except DatabaseProblem as e:
        fail(str(e))
    except sqlite3.Error as e:
        fail(str(explain(e, db_path)))


def database_name(db_path: str) -> str:
    """The name Datasette serves a database file under (``/<name>/-/claims``): its file name
    without the extension."""
    return os.path.splitext(os.path.basename(db_path))[0]
