"""``datasette claims match DB``: link claims across reports."""

from __future__ import annotations

import sqlite3
import time

import click

from ..store.articles import unmatched_articles
from ..store.connection import explain, retry_locked
from .common import fail, open_database, reported


def register(claims: click.Group) -> None:
    @claims.command(name="match")
    @click.argument("db_path", type=click.Path(dir_okay=False))
    @click.option("--rebuild", is_flag=True, help="Recompute every link, story and alias from scratch")
    @click.option(
        "--threshold",
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help="Similarity needed to link two claims (default: the threshold tuned on MRPC train)",
    )
    def match_command(db_path, rebuild, threshold):
        """Match claims in DB_PATH: links, drift, duplicate articles, stories.

        Without --rebuild, matches the articles loaded or changed since
        matching last ran (e.g. loaded with --no-match) against the whole
        database; with it, starts over.
        """
        started = time.perf_counter()
        with reported(db_path):  # Ctrl-C: one line saying what is kept, not click's "Aborted!"
            db = open_database(db_path, must_exist=True)
            summary = _match(db, db_path, rebuild, threshold)
        click.echo(f"{summary} in {time.perf_counter() - started:.1f}s")


def _match(db, db_path: str, rebuild: bool, threshold: float | None) -> str:
    """Match what is new (or everything, with ``rebuild``) and refresh the queue; the summary."""
    from .. import queue_scores
    from ..matching import pipeline

    try:
        if rebuild:
            summary = pipeline.rebuild(db, threshold=threshold)
        else:
            ids = unmatched_articles(db.conn)
            summary = (
                retry_locked(lambda: pipeline.match_articles(db, ids, threshold=threshold), db.conn)
                if ids
                else "nothing to match"
            )
        # the queue's pre-ranking: every claim after a rebuild, what matching touched otherwise
        refresh = queue_scores.refresh if rebuild else queue_scores.refresh_noted
        retry_locked(lambda: refresh(db.conn), db.conn)
        if db.conn.in_transaction:
            db.conn.commit()
    except Exception as e:  # report, don't traceback, for a CLI user
        if db.conn.in_transaction:
            db.conn.rollback()
        if isinstance(e, sqlite3.Error):
            fail(f"matching failed, links and stories are as they were: {explain(e, db_path)}")
        fail(f"matching failed, links and stories are as they were: {type(e).__name__}: {e}")
    return summary
