"""``datasette claims load | extract | demo``: getting articles in."""

from __future__ import annotations

import re
import sys

import click

from .. import collector, loader, parallel
from ..readers import MAX_ARTICLE_CHARS
from ..text import counted
from .common import SWAPPED_HINT, fail, open_database, reported


def _max_size_option(fn):
    return click.option(
        "--max-article-size",
        "max_chars",
        type=click.IntRange(1),
        default=MAX_ARTICLE_CHARS,
        show_default=True,
        help="Longest article text accepted, in characters; longer ones are load errors",
    )(fn)


def _common_input_options(fn, paths_required: bool = True):
    fn = click.option("--date", "date", help="Published date YYYY-MM-DD (single file only)")(fn)
    fn = click.option("--outlet", help="Outlet name (single file only)")(fn)
    fn = click.option("--url", help="Address of the article (single file only)")(fn)
    fn = _source_options(fn)
    fn = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                      help="Processes for extraction (default: one per core; 1 = this process)")(fn)
    fn = click.argument("paths", nargs=-1, required=paths_required)(fn)
    return fn


def _load_input_options(fn):
    """``load``'s inputs: PATHS may be missing at click's level, so that the
    command can say what was left out (``_refuse_no_paths``)."""
    return _common_input_options(fn, paths_required=False)


def _source_options(fn):
    """Options for addresses, feeds and manifests (see fetch.py, manifest.py)."""
    fn = click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
                      help="CSV or JSON lines file mapping file names to url, outlet, date, headline")(fn)
    fn = click.option("--max-bytes", type=click.IntRange(min=1), default=5_000_000, show_default=True,
                      help="Largest page or feed to fetch")(fn)
    fn = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
                      help="Seconds to wait for each fetched page")(fn)
    return fn


def _sources(timeout, max_bytes, manifest) -> dict:
    from ..fetch import FetchOptions

    return {"fetch_options": FetchOptions(timeout=timeout, max_bytes=max_bytes), "manifest": manifest}


def _what(paths) -> str:
    """What was given instead of a single file, in the words of the usage error."""
    import os

    if len(paths) != 1:
        return f"{len(paths)} inputs"
    if paths[0] == "-":
        return "standard input"
    return "a folder" if os.path.isdir(paths[0]) else "a list of addresses"


def _overrides(paths, url, outlet, date) -> loader.Overrides:
    overrides = loader.Overrides(url=url, outlet=outlet, date=date)
    if overrides:
        import os

        from ..readers import address_list

        if len(paths) != 1 or paths[0] == "-" or os.path.isdir(paths[0]) or address_list(paths[0]) is not None:
            raise click.UsageError(f"--url, --outlet and --date apply to a single file, not {_what(paths)}")
        try:
            overrides.date = loader.validate_date(date)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--date")
    return overrides


def _refuse_no_paths(db_path: str, paths) -> None:
    """``datasette claims load articles/``: one argument, so the database was
    left out (or the articles were); say which comes first rather than click's
    "Missing argument 'PATHS...'"."""
    import os

    if paths:
        return
    if db_path.lower().endswith(_DATABASE_SUFFIXES) and not os.path.isdir(db_path):
        fail(f"no articles given: name the files, folders or addresses to load after the database "
             f"(datasette claims load {db_path} articles/)", 2)
    fail(f"nothing to load: the database comes first, then the articles (datasette claims load claims.db "
         f"{db_path}); {db_path} alone was read as the database", 2)


_DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".sqlitedb")


def _refuse_folder(db_path: str) -> None:
    """A folder where the database goes is almost always the articles, named first."""
    import os

    if os.path.isdir(db_path):
        fail(f"{db_path} is a folder, not a database file: the database comes first, then the articles "
             f"(datasette claims load claims.db {db_path}); did you swap the arguments?", 2)


def _refuse_nothing_to_read(db_path: str, paths) -> None:
    """No new database for inputs none of which is there (a mistyped folder):
    the user would be left with an empty claims database and a second name."""
    import os

    from ..fetch import is_url

    if os.path.exists(db_path) or any(not p or p == "-" or is_url(p) or os.path.lexists(p) for p in paths):
        return
    for path in paths:
        click.echo(f"error: {path}: no such file or folder", err=True)
    fail(f"nothing to load, so {db_path} was not created")


def _refuse_database(paths) -> None:
    """``extract`` given a database first was meant to be ``load``."""
    from ..store.connection import SQLITE_HEADER

    try:
        with open(paths[0], "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return  # a folder, an address, standard input, nothing there: read as usual
    if head == SQLITE_HEADER:
        fail(f"{paths[0]} is a SQLite database: extract reads articles and prints their claims as JSON lines, "
             f"touching no database; to load articles into {paths[0]}, run datasette claims load "
             f"{paths[0]} FILES...", 2)


@click.command(name="extract")
@_common_input_options
@click.option("--indent", type=int, default=None, help="Pretty-print with this indent")
@_max_size_option
def extract_command(paths, url, outlet, date, timeout, max_bytes, manifest, jobs, indent, max_chars):
    """Print extracted claims as JSON lines, one object per article.

    Touches no database.  Offsets index the input text exactly (for HTML,
    the extracted text that the "text" field carries).  The output can be
    loaded with ``claims load`` without extracting again.  The same command
    starts faster as: python -m datasette_claims extract (without Datasette's
    own start-up).
    """
    _refuse_database(paths)
    overrides = _overrides(paths, url, outlet, date)
    items = loader.iter_documents(paths, overrides, max_chars=max_chars, **_sources(timeout, max_bytes, manifest))
    # The cyclic collector off for the whole run (``collector``): reading and writing make
    # no cycles, and each collection between two articles walked the extractor's tables
    # (1% of the command's CPU; peak RSS unchanged over the Wikinews corpus).
    with collector.paused():
        failed = _print_lines(items, jobs or parallel.default_jobs(), indent)
    collector.frozen_at_exit()  # (the process ends here: its exit need not walk the heap)
    if failed:
        sys.exit(1)


def register(claims: click.Group) -> None:
    @claims.command(name="load")
    @click.argument("db_path", type=click.Path())
    @_load_input_options
    @click.option("--no-match", is_flag=True, help="Skip matching the new claims against the database")
    @click.option("-q", "--quiet", is_flag=True, help="No progress bar")
    @_max_size_option
    def load_command(db_path, paths, url, outlet, date, timeout, max_bytes, manifest, jobs, no_match, quiet,
                     max_chars):
        """Load articles from PATHS into the SQLite database DB_PATH.

        PATHS may be .txt, .html and .jsonl/.json files (.gz too), a .csv
        table, pages saved by a browser (.mhtml, .webarchive), web archives
        (.warc, .warc.gz, .wacz), .zip files of articles, exports of many
        articles from Nexis Uni, Factiva or ProQuest, folders of them, http(s)
        addresses of pages, RSS/Atom feeds (addresses or .rss/.atom/.xml
        files), a text file of addresses, or - for standard input; a file
        without a known extension is read by its content.  Bad records are recorded in the load_errors table
        and the load goes on; the exit status is 1 if any input failed or
        nothing was loaded, 2 if the database cannot be used.
        """
        _refuse_no_paths(db_path, paths)
        overrides = _overrides(paths, url, outlet, date)
        _refuse_folder(db_path)
        _refuse_nothing_to_read(db_path, paths)
        db = open_database(db_path, article_hint=SWAPPED_HINT)
        with reported(db_path):
            report = _run_load(db, paths, overrides, quiet, match=not no_match,
                               jobs=jobs or parallel.default_jobs(), max_chars=max_chars,
                               **_sources(timeout, max_bytes, manifest))
        _echo_errors(report.errors)
        _echo_warnings(report.warnings)
        click.echo(report.summary(db_path))
        _echo_undated(db, report.changed_article_ids)
        _echo_duplicates(db, report.changed_article_ids)
        if report.errors:
            sys.exit(1)
        if not report.articles and not report.copies:  # copies of stored articles are not "nothing found"
            fail("no articles found in the input")

    claims.add_command(extract_command)

    @claims.command(name="demo")
    @click.option("--db", "db_path", default="claims-demo.db", show_default=True, type=click.Path(dir_okay=False),
                  help="Database file to build (in the working folder)")
    @click.option("--port", default=8001, show_default=True, type=int, help="Port to serve on")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on")
    @click.option("--no-serve", is_flag=True, help="Build the database and stop")
    def demo_command(db_path, port, host, no_serve):
        """Build a database from the bundled demo corpus and serve it."""
        from .. import demo

        if not no_serve and demo.port_taken(host, port):
            click.echo(f"error: port {port} on {host} is in use (another server, or a demo already running): "
                       f"pass --port {port + 1}, or --no-serve to only build {db_path}", err=True)
            sys.exit(1)
        db = open_database(db_path)
        with reported(db_path):
            report = demo.build(db)
        click.echo(report.summary(db_path))
        if report.errors:
            for err in report.errors:
                click.echo(f"error: {err.path}: {err.reason}", err=True)
            sys.exit(1)
        if no_serve:
            return
        demo.serve(db_path, host=host, port=port)


# Warnings of one reason printed before the rest are counted in one line: a
# news API's free plan cuts every text short, and ten thousand identical
# lines would bury the errors.  Every one is still a load_errors row.
WARNINGS_PER_REASON = 10


# Errors printed before the rest are counted: a dump of 25,000 broken lines
# printed 25,000 lines (their reasons name their lines, so they cannot be
# summed up by reason as warnings are).  Every one is a load_errors row.
ERRORS_SHOWN = 50


def _print_lines(items, jobs: int, indent: int | None) -> bool:
    """``claims extract``'s output: each article's JSON line on stdout, its
    problems on stderr; whether any was an error."""
    failed = False
    # One buffered write per article to the stream ``click.echo`` writes to: ``click.echo``
    # would flush it and scan the line for terminal colour codes every time (JSON escapes
    # control characters anyway).  (``click.get_text_stream`` is deprecated in Click 8.4.)
    out = sys.stdout
    # (the JSON line is built where the claims are, in the worker with --jobs 2+)
    for item in parallel.prepared(items, jobs, lines=parallel.Lines(indent)):
        if isinstance(item, loader.LoadError):
            click.echo(f"{item.level}: {item.path}: {item.reason}", err=True)
            failed = failed or item.level == "error"
            continue
        if item.error:
            click.echo(f"error: {item.error.path}: {item.error.reason}", err=True)
            failed = True
            continue
        for f in item.failures:
            warn = loader.rule_warning(item.path, item.article_id, f)
            click.echo(f"{warn.level}: {warn.path}: {warn.reason}", err=True)
        out.write(item.line)
    out.flush()
    return failed


def _echo_errors(errors) -> None:
    for err in errors[:ERRORS_SHOWN]:
        click.echo(f"error: {err.path}: {err.reason}", err=True)
    if len(errors) > ERRORS_SHOWN:
        click.echo(f"error: {len(errors) - ERRORS_SHOWN:,} more errors (every one is in the load_errors table)",
                   err=True)


# What a warning's reason names (an id or a title in quotes, a path, a line number) is left out
# when warnings are summed up: 217 "the same article as 'ID' ..., already loaded from PATH:47"
# were 217 lines, each reason its own.
_NAMED = re.compile(r"'[^']*'|\"[^\"]*\"|\S*[/\\]\S*|\d+")


def _echo_warnings(warnings) -> None:
    shown: dict[str, int] = {}  # the reason, what it names left out ("…") -> how many
    for warn in warnings:
        reason = _NAMED.sub("…", warn.reason)
        shown[reason] = shown.get(reason, 0) + 1
        if shown[reason] <= WARNINGS_PER_REASON:
            click.echo(f"warning: {warn.path}: {warn.reason}", err=True)
    for reason, n in shown.items():
        if n > WARNINGS_PER_REASON:
            click.echo(f"warning: {n - WARNINGS_PER_REASON:,} more like this: {reason} "
                       "(every one is in the load_errors table)", err=True)


UNDATED_SHOWN = 3


def _echo_undated(db, article_ids: list[str]) -> None:
    """Say which of the articles just written have no date (no date in the record or page, a dateline
    without its year: "KARSVIK, March 3 (Reuters) -"), and how to give one. The pages cannot place them:
    a story's and a search's first appearance is the earliest *dated* report, so an undated wire story
    that came first is passed over; said at load time, the desk can fix it before asking "who said it first?"."""
    undated = _articles_where(
        db, "select coalesce(source_path, url, id), dateline_date from articles where published is null "
        "and id in ({ids})", article_ids)
    if not undated:
        return
    shown = "; ".join(f"{where} (dateline \"{day}\", no year)" if day else str(where)
                      for where, day in undated[:UNDATED_SHOWN])
    more = f" and {len(undated) - UNDATED_SHOWN:,} more" if len(undated) > UNDATED_SHOWN else ""
    click.echo(f"note: {counted(len(undated), 'article')} without a date: {shown}{more}. The pages list them as "
               "\"undated\" and cannot tell whether they came first. Give the dates in a manifest, a CSV of "
               "file,published naming them as above (a folder's own manifest.csv is read by itself; any other "
               "with --manifest FILE), with --date for a single file, or as \"published\" in JSON lines, and load "
               "again.", err=True)


def _articles_where(db, sql: str, article_ids: list[str]) -> list[tuple]:
    """The rows of ``sql`` (its ``{ids}`` the article ids, asked a list at a time), sorted."""
    from ..store.connection import in_lists

    rows: list[tuple] = []
    for chunk in in_lists(article_ids):
        rows += db.conn.execute(sql.format(ids=", ".join("?" for _ in chunk)), chunk).fetchall()
    return sorted(rows, key=lambda r: tuple("" if v is None else str(v) for v in r))


DUPLICATES_SHOWN = 3


def _echo_duplicates(db, article_ids: list[str]) -> None:
    """Say which of the articles just written matching found to duplicate another (a reprint of
    the same report: ``articles.duplicate_of``), and which: the summary's "1 duplicate article"
    alone leaves the desk to hunt for it."""
    dups = _articles_where(
        db, "select coalesce(a.source_path, a.url, a.id), coalesce(o.source_path, o.url, o.id), o.id "
        "from articles a join articles o on o.id = a.duplicate_of where a.id in ({ids})", article_ids)
    if not dups:
        return
    shown = "; ".join(f"{where} duplicates {orig}" + (f" ({ident})" if ident != orig else "")
                      for where, orig, ident in dups[:DUPLICATES_SHOWN])
    more = f" and {len(dups) - DUPLICATES_SHOWN:,} more" if len(dups) > DUPLICATES_SHOWN else ""
    # (a duplicate is loaded and browsable; "duplicate" alone read as if it had been skipped)
    click.echo(f"note: {counted(len(dups), 'duplicate article')} (loaded, each marked as a copy): "
               f"{shown}{more}.", err=True)


def _run_load(db, paths, overrides, quiet, match=True, jobs=1, max_chars=MAX_ARTICLE_CHARS, **sources):
    show = not quiet and sys.stderr.isatty()
    if not show:
        return loader.load(db, paths, overrides, match=match, jobs=jobs, max_chars=max_chars, **sources)
    total = loader.count_inputs(paths)
    with click.progressbar(length=total, label="Loading", file=sys.stderr) as bar:
        report = loader.load(db, paths, overrides, progress=bar.update, match=match, jobs=jobs,
                             max_chars=max_chars, **sources)
        # the load is done: a bar left at 62% (files skipped with a warning count no step)
        # read as a load that stopped part-way
        if total:
            bar.update(max(0, total - bar.pos))
        return report
