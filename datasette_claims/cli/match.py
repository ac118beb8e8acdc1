"""``datasette claims match DB``: link claims across reports."""

from __future__ import annotations

import os
import sys
import time

import click


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
        from ..matching import pipeline
        from ..store import open_db

        if not os.path.exists(db_path):
            raise click.BadParameter(f"no such database: {db_path}", param_hint="DB_PATH")
        db = open_db(db_path)
        started = time.perf_counter()
        try:
            if rebuild:
                summary = pipeline.rebuild(db, threshold=threshold)
            else:
                ids = pipeline.unmatched_articles(db.conn)
                summary = pipeline.match_articles(db, ids, threshold=threshold) if ids else "nothing to match"
            if db.conn.in_transaction:
                db.conn.commit()
        except Exception as e:  # report, don't traceback, for a CLI user
            if db.conn.in_transaction:
                db.conn.rollback()
            click.echo(f"error: matching failed: {type(e).__name__}: {e}", err=True)
            sys.exit(1)
        click.echo(f"{summary} in {time.perf_counter() - started:.1f}s")
