"""``datasette claims load | extract | demo``: getting articles in."""

from __future__ import annotations

import json
import sys

import click

from .. import loader
from ..models import Dateline
from ..readers import MAX_ARTICLE_CHARS
from .common import fail, open_database, reported


def _max_size_option(fn):
    return click.option(
        "--max-article-size",
        "max_chars",
        type=click.IntRange(1),
        default=MAX_ARTICLE_CHARS,
        show_default=True,
        help="Longest article text accepted, in characters; longer ones are load errors",
    )(fn)


def _common_input_options(fn):
    fn = click.option("--date", "date", help="Published date YYYY-MM-DD (single file only)")(fn)
    fn = click.option("--outlet", help="Outlet name (single file only)")(fn)
    fn = click.option("--url", help="Address of the article (single file only)")(fn)
    fn = click.argument("paths", nargs=-1, required=True)(fn)
    return fn


def _overrides(paths, url, outlet, date) -> loader.Overrides:
    overrides = loader.Overrides(url=url, outlet=outlet, date=date)
    if overrides:
        import os

        if len(paths) != 1 or paths[0] == "-" or os.path.isdir(paths[0]):
            raise click.UsageError("--url, --outlet and --date apply to a single file")
        try:
            overrides.date = loader.validate_date(date)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--date")
    return overrides


def register(claims: click.Group) -> None:
    @claims.command(name="load")
    @click.argument("db_path", type=click.Path(dir_okay=False))
    @_common_input_options
    @click.option("--no-match", is_flag=True, help="Skip matching the new claims against the database")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar")
    @_max_size_option
    def load_command(db_path, paths, url, outlet, date, no_match, quiet, max_chars):
        """Load articles from PATHS into the SQLite database DB_PATH.

        PATHS may be .txt, .html and .jsonl/.json files (.gz too), folders of
        them, or - for standard input; a file is read by its content, whatever
        its name.  Bad records are recorded in the load_errors table and the
        load goes on; the exit status is 1 if any input failed or nothing was
        loaded, 2 if the database cannot be used.
        """
        overrides = _overrides(paths, url, outlet, date)
        db = open_database(db_path)
        with reported(db_path):
            report = _run_load(db, paths, overrides, quiet, match=not no_match, max_chars=max_chars)
        for err in report.errors:
            click.echo(f"error: {err.path}: {err.reason}", err=True)
        for warn in report.warnings:
            click.echo(f"warning: {warn.path}: {warn.reason}", err=True)
        click.echo(report.summary())
        if report.errors:
            sys.exit(1)
        if not report.articles:
            fail("no articles found in the input")

    @claims.command(name="extract")
    @_common_input_options
    @click.option("--indent", type=int, default=None, help="Pretty-print with this indent")
    @_max_size_option
    def extract_command(paths, url, outlet, date, indent, max_chars):
        """Print extracted claims as JSON lines, one object per article.

        Touches no database.  Offsets index the input text exactly (for HTML,
        the extracted text that the "text" field carries).
        """
        overrides = _overrides(paths, url, outlet, date)
        failed = False
        for item in loader.iter_documents(paths, overrides, max_chars=max_chars):
            if isinstance(item, loader.LoadError):
                click.echo(f"{item.level}: {item.path}: {item.reason}", err=True)
                failed = failed or item.level == "error"
                continue
            try:
                article, found = loader.process(item)
            except Exception as e:
                click.echo(f"error: {item.path}: {type(e).__name__}: {e}", err=True)
                failed = True
                continue
            click.echo(json.dumps(article_json(article, found), ensure_ascii=False, indent=indent))
        if failed:
            sys.exit(1)

    @claims.command(name="demo")
    @click.option("--db", "db_path", default="claims-demo.db", show_default=True, type=click.Path(dir_okay=False))
    @click.option("--port", default=8001, show_default=True, type=int)
    @click.option("--host", default="127.0.0.1", show_default=True)
    @click.option("--no-serve", is_flag=True, help="Build the database and stop")
    def demo_command(db_path, port, host, no_serve):
        """Build a database from the bundled demo corpus and serve it."""
        from .. import demo

        db = open_database(db_path)
        with reported(db_path):
            report = demo.build(db)
        click.echo(report.summary())
        if report.errors:
            for err in report.errors:
                click.echo(f"error: {err.path}: {err.reason}", err=True)
            sys.exit(1)
        if no_serve:
            return
        demo.serve(db_path, host=host, port=port)


def article_json(article, claims) -> dict:
    """The extractor's JSON contract for one article (see README)."""
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "section": article.section,
        "headline": article.headline,
        "published": article.published,
        "dateline": (article.dateline or Dateline()).as_dict(),
        "text": article.text,
        "claims": [c.as_dict() for c in claims],
    }


def _run_load(db, paths, overrides, quiet, match=True, max_chars=MAX_ARTICLE_CHARS):
    show = not quiet and sys.stderr.isatty()
    if not show:
        return loader.load(db, paths, overrides, match=match, max_chars=max_chars)
    total = loader.count_inputs(paths)
    with click.progressbar(length=total, label="Loading", file=sys.stderr) as bar:
        return loader.load(db, paths, overrides, progress=bar.update, match=match, max_chars=max_chars)
