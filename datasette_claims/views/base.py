"""What every claims page shares: resolving the database, permission checks,
URLs, parameters, pagination and turning a page's data into HTML or JSON.

A page is an ``async def handler(page)`` that returns ``(template, data)``.
``data`` is the JSON body (``"ok": true`` is added here) and also the
template context, so the HTML and the JSON never disagree.  Handlers raise
``NotFound`` / ``BadRequest`` / ``Forbidden``; ``view()`` turns them into
Datasette's error page, or ``{"ok": false, "error", "status"}`` for JSON.
"""

from __future__ import annotations

import base64
import datetime
import json
import logging
import math
import re
import sqlite3
import urllib.parse

from datasette.database import QueryInterrupted, Results
from datasette.tracer import trace
from datasette.utils import sqlite_timelimit, tilde_encode
from datasette.utils.asgi import BadRequest, Base400, Forbidden, NotFound, Response

from .. import compat
from .data import QUERY_MAX
from .access import (
    CLAIMS_TABLES,
    DENY,
    IGNORE,
    HiddenTableRead,
    Reads,
    TableAccess,
    guarded,
)

log = logging.getLogger(__name__)

DEFAULT_SIZE = 20
MAX_SIZE = 200
MAX_OFFSET = 10_000_000
# SQLite integers are signed 64-bit: larger values cannot even be bound as parameters.
SQLITE_MAX_INT = 2**63 - 1


def encode_id(value) -> str:
    """Tilde-encode an id for a URL path segment (":" -> "~3A", "." -> "~2E")."""
    return tilde_encode(str(value))


_ESCAPE = re.compile(r"[~%]([0-9A-Fa-f]{2})|\+")


def decode_id(raw: str) -> str:
    """Inverse of ``encode_id``; also accepts ids sent raw or %-encoded.

    One pass, so "%2B" stays "+" and "~7E" stays "~" (Datasette's
    ``tilde_decode`` would turn a %-decoded "+" into a space).
    """
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(raw):
        out += raw[pos : m.start()].encode("utf-8")
        out += b" " if m.group(0) == "+" else bytes([int(m.group(1), 16)])
        pos = m.end()
    out += raw[pos:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


def claims_path(datasette, database: str, *parts, fmt: str | None = None, **query) -> str:
    """A URL under ``/<database>/-/claims`` built on ``datasette.urls`` (honours base_url)."""
    path = datasette.urls.database(database) + "/-/claims"
    for part in parts:
        path += "/" + encode_id(part)
    if fmt:
        path += "." + fmt
    query = {k: v for k, v in query.items() if v not in (None, "")}
    if query:
        path += "?" + urllib.parse.urlencode(query)
    return path


class Urls:
    """URL builders handed to templates and used for JSON ``url`` fields."""

    def __init__(self, datasette, database):
        self.ds = datasette
        self.database = database
        # Built once: a page links to hundreds of claims.
        self.base = datasette.urls.database(database) + "/-/claims"

    def overview(self, fmt=None):
        return claims_path(self.ds, self.database, fmt=fmt)

    def search(self, **query):
        return claims_path(self.ds, self.database, "search", **query)

    def stories(self, **query):
        return claims_path(self.ds, self.database, "stories", **query)

    def queue(self, **query):
        return claims_path(self.ds, self.database, "queue", **query)

    def speakers(self, **query):
        return claims_path(self.ds, self.database, "speakers", **query)

    def alerts(self, fmt=None):
        return claims_path(self.ds, self.database, "alerts", fmt=fmt)

    def claimreview(self):
        return claims_path(self.ds, self.database, "claimreview", fmt="json")

    def _item(self, kind, value):
        return f"{self.base}/{kind}/{encode_id(value)}" if value else None

    def claim(self, claim_id):
        return self._item("claim", claim_id)

    def story(self, story_id):
        return self._item("story", story_id)

    def speaker(self, speaker_id):
        return self._item("speaker", speaker_id)

    def article(self, article_id):
        return self._item("article", article_id)

    def table(self, table):
        return self.ds.urls.table(self.database, table)

    def claims_table(self, fmt: str | None = None, **filters) -> str:
        """Datasette's ``claims`` table filtered by columns (``speaker_id=...``): the rows a
        page lists, with the table's facets, or every one of them as CSV (``fmt="csv"``:
        streamed, not only the first page, with labels for the ids)."""
        query = dict(filters)
        if fmt == "csv":
            query.update({"_labels": "on", "_stream": "on"})
        return self.ds.urls.table(self.database, "claims", format=fmt) + "?" + urllib.parse.urlencode(query)

    def row(self, table, pk):
        return self.ds.urls.row(self.database, table, tilde_encode(str(pk)))

    def database_url(self):
        return self.ds.urls.database(self.database)


class MethodNotAllowed(Base400):
    status = 405


class Page:
    """One request to one claims page.

    ``view()`` opens it (``open``) before the handler runs: the database is
    found, and every table the route declares is checked with Datasette's
    permissions.  Reads go through ``execute`` (the page's own SQL) and
    ``read`` (a function over the connection), both under ``access.guarded``.
    """

    def __init__(self, datasette, request):
        self.ds = datasette
        self.request = request
        self.format = request.url_vars.get("format") or ""
        content_type = request.headers.get("content-type") or ""
        self.is_json = self.format == ".json" or (request.method == "POST" and "application/json" in content_type)
        self.database = None
        self.db = None
        self.urls = None
        self.access = None
        self._tables: set[str] = set()
        self._allowed: dict[str, bool] = {}

    @property
    def actor(self):
        return self.request.actor

    async def open(self, reads: Reads):
        """Find the database; 404 unless it is a claims database, 403 unless the
        actor may see it and every table the route needs."""
        route = decode_id(self.request.url_vars["database"])
        try:
            db = self.ds.get_database(route=route)
        except KeyError:
            raise NotFound("Database not found")
        self.database = db.name
        self.db = db
        if not await compat.can_view_database(self.ds, self.actor, self.database):
            raise Forbidden("You do not have permission to view this database")
        names = set(await db.table_names())
        if not all(t in names for t in CLAIMS_TABLES):
            raise NotFound("Not a claims database")
        self._tables = names
        self.urls = Urls(self.ds, self.database)
        self.access = await TableAccess.check(self.ds, self.actor, self.database, names, reads)

    async def resolve(self, tables=CLAIMS_TABLES):
        """The route has opened the page already; this only re-checks ``tables``."""
        for table in tables:
            if not self.access.can_view(table):
                raise Forbidden(f"You do not have permission to view the {table} table")

    async def can_view(self, table: str) -> bool:
        """May the actor see ``table`` (declared by the route)?  False also when it is missing."""
        return self.access.can_view(table)

    async def can_view_all(self, *tables: str) -> bool:
        return all(self.access.can_view(t) for t in tables)

    async def hidden(self, table: str) -> bool:
        """Is ``table`` here but not for this actor?  (A write into it is then refused:
        a route that writes a table declares it among the tables it needs.)"""
        return table in self._tables and not self.access.can_view(table)

    async def allowed(self, action: str) -> bool:
        """May the actor do ``action`` (database-scoped) here?  Asked of Datasette once per
        request: the claim page's verdict and review panels both need claims-review."""
        if action not in self._allowed:
            self._allowed[action] = await compat.can(self.ds, self.actor, action, self.database)
        return self._allowed[action]

    # ---- parameters ----------------------------------------------------

    def arg(self, name: str, default=None, max_length: int = 2000):
        value = self.request.args.get(name)
        if value is None:
            return default
        # a browser sends a textarea's line breaks as CRLF, while its maxlength counted
        # each as one character: a paste the box took is never "too long" here
        value = value.replace("\r\n", "\n").strip()
        if len(value) > max_length:
            raise BadRequest(f"{name} is too long (max {max_length} characters)")
        if "\x00" in value:
            raise BadRequest(f"{name} contains a NUL character")
        return value or default

    def size(self, default=DEFAULT_SIZE, maximum=MAX_SIZE) -> int:
        raw = self.arg("_size")
        if raw is None:
            return default
        if raw == "max":
            return maximum
        if not re.fullmatch(r"[0-9]{1,9}", raw) or int(raw) < 1:
            raise BadRequest("_size must be a positive integer (or max)")
        return min(int(raw), maximum)

    def offset(self, maximum=MAX_OFFSET) -> int:
        raw = self.arg("_offset", max_length=30)
        if raw is None:
            return 0
        if not re.fullmatch(r"[0-9]{1,30}", raw) or int(raw) > maximum:
            raise BadRequest(f"_offset must be an integer from 0 to {maximum}")
        return int(raw)

    def date_arg(self, name):
        value = self.arg(name, max_length=10)
        if value is None:
            return None
        valid = re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", value) is not None
        if valid:
            padded = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
            try:
                datetime.date.fromisoformat(padded)
            except ValueError:
                valid = False
        if not valid:
            raise BadRequest(f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    def place_and_time_args(self) -> dict:
        """The filters the search and the queue share: ``speaker``, ``outlet``, ``since``, ``until``."""
        return {
            "speaker": self.arg("speaker", max_length=200), "outlet": self.arg("outlet", max_length=200),
            "since": self.date_arg("since"), "until": self.date_arg("until"),
        }

    def next_token(self):
        """The decoded keyset token from ``_next`` (a JSON list), or None."""
        raw = self.arg("_next", max_length=1000)
        if raw is None:
            return None
        try:
            padded = raw + "=" * (-len(raw) % 4)
            value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
        except Exception:
            raise BadRequest("_next is not a valid pagination token")
        if not isinstance(value, list) or not all(_token_value(v) for v in value):
            raise BadRequest("_next is not a valid pagination token")
        return value

    def sorted_token(self, first: type):
        """The ``_next`` token of a list sorted by one column, then id: ``[value, id]``
        with ``value`` of type ``first``; None on the first page."""
        token = self.next_token()
        if token is None:
            return None
        if len(token) != 2 or type(token[0]) is not first or not isinstance(token[1], str):
            raise BadRequest("_next is not a valid pagination token")
        return token

    def next_url(self, token_values) -> tuple[str | None, str | None]:
        """``(next, next_url)`` for a keyset token; the URL keeps the other args."""
        if token_values is None:
            return None, None
        token = base64.urlsafe_b64encode(json.dumps(token_values).encode("utf-8")).decode("ascii").rstrip("=")
        pairs = [(k, v) for k, v in urllib.parse.parse_qsl(self.request.query_string, keep_blank_values=False) if k != "_next"]
        pairs.append(("_next", token))
        return token, self.served_path() + "?" + urllib.parse.urlencode(pairs)

    def served_path(self) -> str:
        """This page's path as the browser sees it (with base_url behind a proxy)."""
        return served_path(self.ds, self.request)

    async def execute(self, sql, params=None):
        """Run the page's own SQL: hidden tables refused, Datasette's time limit applied."""
        access, limit = self.access, self.ds.sql_time_limit_ms

        def run(conn):
            with guarded(conn, access, DENY), sqlite_timelimit(conn, limit):
                try:
                    cursor = conn.execute(sql, params or [])
                    return Results(cursor.fetchall(), False, cursor.description)
                except sqlite3.OperationalError as e:
                    if e.args == ("interrupted",):
                        raise QueryInterrupted(e, sql, params)
                    raise

        with trace("sql", database=self.database, sql=sql.strip(), params=params):
            return await self.db.execute_fn(run)

    async def run(self, fn):
        """``fn(query)`` in one trip to a read connection: ``query(sql, params)`` returns the
        rows of the page's own SQL as ``execute`` does (hidden tables refused, each statement
        under Datasette's time limit, ``QueryInterrupted`` when it runs out).  For a page
        part that runs several statements: one thread hop instead of one per statement."""
        access, limit = self.access, self.ds.sql_time_limit_ms

        def run(conn):
            def query(sql, params=None):
                with sqlite_timelimit(conn, limit):
                    try:
                        return conn.execute(sql, params or []).fetchall()
                    except sqlite3.OperationalError as e:
                        if e.args == ("interrupted",):
                            raise QueryInterrupted(e, sql, params)
                        raise

            with guarded(conn, access, DENY):
                return fn(query)

        return await self.db.execute_fn(run)

    async def read(self, fn, mode=IGNORE):
        """``fn(conn)`` on a read connection; hidden tables read as NULL (``IGNORE``) or refused."""
        access = self.access

        def run(conn):
            with guarded(conn, access, mode):
                return fn(conn)

        return await self.db.execute_fn(run)


def _token_value(v) -> bool:
    """A value a keyset token may hold: what SQLite can bind and compare."""
    if v is None or isinstance(v, str):
        return True
    if isinstance(v, int):
        return -SQLITE_MAX_INT - 1 <= v <= SQLITE_MAX_INT
    return isinstance(v, float) and math.isfinite(v)


def view(handler, reads: Reads):
    """Wrap ``handler`` into a Datasette route view producing HTML or JSON.

    ``reads`` declares the tables the page reads; they are checked before the
    handler runs.  A handler returns ``(template, data[, extra context])``,
    or a ``Response`` of its own (a redirect, a feed, a JSON list).
    Errors (``NotFound``, ``Forbidden``, ``BadRequest``...) become Datasette's
    error page, or ``{"ok": false, "error", "status"}`` for JSON.
    """

    async def route(datasette, request):
        page = Page(datasette, request)
        try:
            try:
                await page.open(reads)
                result = await handler(page)
            except HiddenTableRead as e:
                # A read the page did not ask about: refused by the authorizer.
                log.error("claims page %s read a table it may not: %s", request.path, e)
                raise Forbidden("You do not have permission to view part of this page")
            except QueryInterrupted:
                # Datasette's sql_time_limit_ms stopped a query: say so, not a 500.
                raise TooSlow("This page took too long to build; try narrower filters")
        except Base400 as e:
            if page.is_json:
                return compat.json_error(str(e.args[0] if e.args else e), e.status)
            if request.method == "POST":
                return await _form_refused(datasette, request, e)
            raise
        if isinstance(result, Response):
            return result
        template, data = result[0], result[1]
        if page.is_json:
            return Response.json({"ok": True, **data}, default=str)
        context = dict(data)
        if len(result) > 2:
            context.update(result[2])
        context.update(
            {
                "database": page.database,
                "claims_urls": page.urls,
                "json_url": json_url(datasette, request),
                "claims_css": datasette.urls.static_plugins("datasette-claims", "claims.css"),
                "claims_query_max": QUERY_MAX,
            }
        )
        return Response.html(await datasette.render_template(template, context, request=request))

    return route


async def _form_refused(datasette, request, error: Base400) -> Response:
    """A reviewer's form the route refused (a bad link, a note too long, no permission):
    Datasette's error page said only "Error 400" and the reason, with no way back to the
    page the form was on; this one says nothing was recorded and links back to it."""
    from .csrf import back_to

    # the reason as a sentence under the heading that says nothing was recorded (the reason
    # appended with "Nothing was recorded." ran on: "... the id in its address Nothing was recorded.")
    reason = str(error.args[0] if error.args else error).strip()
    message = reason if reason.endswith((".", "!", "?", ")")) else f"{reason}."
    html = await datasette.render_template(
        "claims_csrf.html", {"heading": "Nothing was recorded", "message": message,
                             "back": back_to(served_path(datasette, request))}, request=request)
    return Response.html(html, status=error.status)


class TooSlow(Base400):
    status = 503


def served_path(datasette, request) -> str:
    """``request.path`` with base_url added when a proxy stripped it."""
    path = request.path
    base_url = datasette.setting("base_url") or "/"
    if base_url != "/" and not path.startswith(base_url):
        path = base_url.rstrip("/") + path
    return path


def json_url(datasette, request) -> str:
    """The same page with ``.json`` before the query string."""
    path = served_path(datasette, request)
    if path.endswith(".json"):
        path = path[: -len(".json")]
    qs = request.query_string
    return path + ".json" + ("?" + qs if qs else "")
