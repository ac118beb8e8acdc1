"""``datasette claims import-factchecks | export-claimreview | refresh-alerts``."""

from __future__ import annotations

import json
import sys
import zlib

import click

from ..store.connection import retry_locked
from ..text import counted
from .common import database_name, open_database, reported


def _claims_base(base_url: str, db_path: str) -> str:
    """``--base-url`` as the address of ``/<db>/-/claims``, which the review links extend with
    ``/claim/<id>``: a site's address alone ("https://checks.example/") gets the database's claims
    path added, said on standard error; another path not ending in ``/-/claims`` is warned about
    (it may be a proxy's own mount, so it is kept)."""
    import urllib.parse

    if not base_url:
        return base_url
    path = urllib.parse.urlsplit(base_url).path.rstrip("/")
    if path.endswith("/-/claims"):
        return base_url
    if not path:
        fixed = f"{base_url.rstrip('/')}/{urllib.parse.quote(database_name(db_path))}/-/claims"
        click.echo(f"note: --base-url is a site's address: the reviews link to the claims pages under {fixed}",
                   err=True)
        return fixed
    click.echo(f"warning: --base-url {base_url} does not end in /-/claims: the reviews will link to "
               f"{base_url.rstrip('/')}/claim/<id>; the claims pages are at /{database_name(db_path)}/-/claims "
               "under the site's address", err=True)
    return base_url


def open_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _parsed(parse, text: str, path: str) -> list:
    """Every record and problem of one file (a structure too deep to walk, or
    bytes that are no table at all, is one problem)."""
    import csv

    try:
        return list(parse.parse_text(text, name=path))
    except RecursionError:
        return [parse.Problem("file", "nested too deeply")]
    except csv.Error as e:  # random bytes read as a table: one line, not a traceback
        return [parse.Problem("file", f"not ClaimReview, JSON or a table of fact-checks ({e})")]


def _plugin_config(path: str | None) -> dict:
    """``plugins.datasette-claims`` from a datasette.yaml / metadata.json, if given; a file
    that is neither, or is shaped otherwise, stops the command with a message saying so."""
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise click.UsageError(f"-c {path}: cannot read it ({getattr(e, 'strerror', None) or e})")
    doc = _parsed_config(path, text) or {}
    plugins = doc.get("plugins") if isinstance(doc, dict) else None
    config = plugins.get("datasette-claims") if isinstance(plugins, dict) else None
    if not isinstance(doc, dict) or not isinstance(plugins or {}, dict) or not isinstance(config or {}, dict):
        raise click.UsageError(f"-c {path}: expected a Datasette config or metadata file, with "
                               "plugins: {datasette-claims: {author: ..., ratings: ...}}")
    return config or {}


def _parsed_config(path: str, text: str):
    """The YAML (``.yaml``/``.yml``) or JSON document of a config file; a usage error naming the
    first problem when it is neither."""
    if path.endswith((".yaml", ".yml")):
        import yaml

        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise click.UsageError(f"-c {path}: not valid YAML ({first})")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as e:
        raise click.UsageError(f"-c {path}: not valid JSON ({e})")


def _web_address(ctx, param, value):
    """An option that must be an http(s) address with a host (--url-base, --base-url, --author-url)."""
    from ..factchecks.parse import is_web_address

    if not value:
        return value
    if not is_web_address(value.strip()):
        raise click.BadParameter(f"{value!r} is not a web address: give one starting with https:// (or http://) "
                                 "and a host, e.g. https://factcheck.example")
    return value.strip()


def _resolve_urls(items, base: str):
    from urllib.parse import urljoin

    for item in items:
        url = getattr(item, "url", None)
        if url and not url.lower().startswith(("http://", "https://")):
            item.url = urljoin(base.rstrip("/") + "/", url)
        yield item


def _import_file(db, db_path: str, path: str, url_base: str | None) -> int:
    """Import one file's fact-checks, reporting each problem; how many there were."""
    from ..factchecks import parse, store

    from ..store.connection import SQLITE_HEADER

    try:
        raw = sys.stdin.buffer.read() if path == "-" else open_bytes(path)
        text = parse.decode_bytes(raw)
    except (OSError, EOFError, ValueError, zlib.error) as e:
        click.echo(f"error: {path}: cannot read: {getattr(e, 'strerror', None) or e}", err=True)
        return 1
    if raw.startswith(SQLITE_HEADER):
        click.echo(f"error: {path}: a SQLite database, not fact-checks (the database is named once, first: "
                   f"{IMPORT_USAGE})", err=True)
        return 1
    items = _parsed(parse, text, path)
    if url_base:
        items = _resolve_urls(items, url_base)
    with reported(db_path):
        report = retry_locked(lambda: store.import_factchecks(db.conn, items, source=path), db.conn)
    for problem in report.problems:
        click.echo(f"skipped: {path}: {problem}", err=True)
    _echo_left_out(path, report.warnings)
    click.echo(f"{path}: {report.summary()}")
    return len(report.problems)


# After this many warnings of one kind (the same field, the same reason) the rest are counted:
# a corpus of relative links is one hint, not ten thousand lines.
LEFT_OUT_SHOWN = 10


def _echo_left_out(path: str, warnings) -> None:
    """One ``warning:`` line per field left out of an imported fact-check, ten of a kind at most."""
    from collections import Counter

    kinds = Counter()
    for ident, gone in warnings:
        kind = (gone.field, gone.reason)
        kinds[kind] += 1
        if kinds[kind] <= LEFT_OUT_SHOWN:
            click.echo(f"warning: {path}: fact-check {ident}: {gone}", err=True)
    for (name, reason), n in kinds.items():
        if n > LEFT_OUT_SHOWN:
            click.echo(f"warning: {path}: {n - LEFT_OUT_SHOWN} more whose {name} {reason} "
                       "(every one in the factcheck_errors table)", err=True)


def _review_author(config: dict, author: str | None, author_url: str | None) -> dict:
    """The ClaimReview author: --author (with --author-url), else the config's, as the pages read it."""
    from ..factchecks import records

    if author:
        return records.review_author({"name": author, **({"url": author_url} if author_url else {})})
    return records.review_author(config.get("author"))


IMPORT_USAGE = "datasette claims import-factchecks DB_PATH FILES..."
# A fact-check file where the database goes: the arguments were most likely swapped.
IMPORT_SWAPPED_HINT = f"did you swap the arguments? The database comes first: {IMPORT_USAGE}"


def register(claims: click.Group) -> None:
    @claims.command(name="import-factchecks")
    @click.argument("db_path", type=click.Path(dir_okay=False))
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
    @click.option("--no-alerts", is_flag=True, help="Do not re-check the database's claims against the archive")
    @click.option("--url-base", callback=_web_address,
                  help="Resolve relative review URLs against this address (e.g. https://www.politifact.com)")
    def import_command(db_path, files, no_alerts, url_base):
        """Import known fact-checks from FILES into DB_PATH.

        Reads ClaimReview JSON-LD (an object, a list, or HTML pages embedding
        it), Google Fact Check Tools claims:search responses, and JSON lines,
        JSON lists or CSV with claim text, claimant, date, rating and URL
        (.gz files too).  Malformed records are reported, recorded in the
        factcheck_errors table and skipped; re-importing a file is harmless.
        """
        from ..factchecks import alerts

        db = open_database(db_path, article_hint=IMPORT_SWAPPED_HINT)
        problems = sum(_import_file(db, db_path, path, url_base) for path in files)
        if not no_alerts:
            with reported(db_path):
                added = retry_locked(lambda: alerts.refresh_alerts(db.conn), db.conn)
            click.echo(counted(added, "new alert"))
        if problems:
            sys.exit(1)

    @claims.command(name="export-claimreview")
    @click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
    @click.option("-o", "--output", type=click.File("w"), default="-", help="Write here (default: standard output)")
    @click.option("--author", help="Name of the fact-checking organisation")
    @click.option("--author-url", callback=_web_address, help="Its web address")
    @click.option("-c", "--config", "config_path", type=click.Path(exists=True, dir_okay=False),
                  help="datasette.yaml or metadata.json whose plugins.datasette-claims sets ratings and author")
    @click.option("--base-url", default="", callback=_web_address,
                  help="Absolute URL of /<db>/-/claims, for reviews without a link")
    def export_command(db_path, output, author, author_url, config_path, base_url):
        """Write the current verdicts of DB_PATH as schema.org ClaimReview JSON-LD.

        The same list as /<db>/-/claims/claimreview.json.
        """
        from ..factchecks import records

        config = _plugin_config(config_path)
        scale = records.rating_scale(config.get("ratings"))
        review_author = _review_author(config, author, author_url)
        db = open_database(db_path, must_exist=True)  # (a file that is no claims database: said first)
        if review_author == records.DEFAULT_AUTHOR:
            click.echo(f"warning: no author given: the reviews name \"{review_author['name']}\" as the "
                       "fact-checking organisation; pass --author NAME --author-url URL, or -c a config whose "
                       "plugins.datasette-claims sets author", err=True)
        base_url = _claims_base(base_url, db_path)
        from ..views.verdicts import http_links

        # the same list as the page's: a url that is not http(s) (a config's author url, a row
        # written around the forms) is left out, never exported as a link
        reviews = http_links(records.claimreviews(db.conn, scale=scale, author=review_author, base_url=base_url))
        output.write(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n")
        if not reviews:
            # (it wrote "[]" and nothing else: an export made before the desk's verdicts read as a failure)
            click.echo("no current verdicts in this database: nothing to export (record verdicts on the claim and "
                       f"story pages, /{database_name(db_path)}/-/claims)", err=True)
        elif output.name != "<stdout>":
            click.echo(f"{counted(len(reviews), 'review')} written to {output.name}", err=True)
        unlinked = sum(1 for r in reviews if not r.get("url"))
        if unlinked:
            click.echo(f"warning: {counted(unlinked, 'review')} without a url (the verdict gave no link to the "
                       "published check): pass --base-url with the address of the claims pages "
                       f"(http://HOST/{database_name(db_path)}/-/claims) to link each to its claim or story page",
                       err=True)

    @claims.command(name="refresh-alerts")
    @click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
    def refresh_command(db_path):
        """Re-check every claim against known fact-checks and verdicts."""
        from ..factchecks import alerts

        db = open_database(db_path, must_exist=True)
        with reported(db_path):
            added = retry_locked(lambda: alerts.refresh_alerts(db.conn), db.conn)
        click.echo(counted(added, "new alert"))
