"""What every command does with a database path and with failures.

A user gets one line saying what is wrong and what to do, never a
traceback: a database that cannot be opened exits with status 2 (nothing
was done), a failure part-way exits with status 1.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager

import click

from ..store.connection import DatabaseProblem, explain


def fail(message: str, status: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(status)


def open_database(db_path: str, must_exist: bool = False):
    """The claims database at ``db_path``, schema up to date, or exit 2 with the reason."""
    import os

    from ..store import open_db

    if must_exist and db_path and not os.path.exists(db_path):
        fail(f"no such database: {db_path}", 2)
    try:
        return open_db(db_path)
    except DatabaseProblem as e:
        fail(str(e), 2)


@contextmanager
def reported(db_path: str):
    """Turn database errors met while working into one line and exit 1."""
    try:
        yield
    except DatabaseProblem as e:
        fail(str(e))
    except sqlite3.Error as e:
        fail(str(explain(e, db_path)))
