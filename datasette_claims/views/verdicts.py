"""Verdicts: the panel on claim and story pages, the POST routes, ClaimReview out.

``panel_context()`` is what the claim and story pages put in their context as
``verdict_panel`` (and in their JSON); ``claims_verdict_panel.html`` renders it.
"""

from __future__ import annotations

import json

from datasette import NotFound
from datasette.utils.asgi import Response

from .. import compat
from ..factchecks import alerts as alerts_mod
from ..factchecks import records
from ..permissions import ACTION, PLUGIN
from .base import claims_path, decode_id
from .data import safe_url

MAX_NOTE = 10_000
MAX_URL = 2_000


# -- configuration -------------------------------------------------------------


def plugin_config(datasette, database=None) -> dict:
    return datasette.plugin_config(PLUGIN, database=database) or {}


def rating_scale(datasette, database=None) -> list[dict]:
    return records.rating_scale(plugin_config(datasette, database).get("ratings"))


def review_author(datasette, database=None) -> dict:
    """The fact-checking organisation (plugin config ``author``: a name or an object)."""
    author = plugin_config(datasette, database).get("author")
    if isinstance(author, str) and author.strip():
        return {"@type": "Organization", "name": author.strip()}
    if isinstance(author, dict) and author.get("name"):
        out = {"@type": author.get("@type") or author.get("type") or "Organization", "name": author["name"]}
        if author.get("url"):
            out["url"] = author["url"]
        return out
    return dict(records.DEFAULT_AUTHOR)


# -- URLs ------------------------------------------------------------------------


def resolve_database(datasette, request):
    """The (db, name) a ``(?P<database>...)`` route names, the way the other claims pages find it."""
    route = decode_id(request.url_vars["database"])
    try:
        db = datasette.get_database(route=route)
    except KeyError:
        raise NotFound(f"Database not found: {route}")
    return db, db.name


async def readable_database(datasette, request, tables):
    """``(db, name, None)`` when the actor may read ``tables``, else ``(None, None, error response)``."""
    try:
        db, database = resolve_database(datasette, request)
    except NotFound as e:
        return None, None, compat.json_error(str(e), 404)
    for table in tables:
        if not await compat.can_view_table(datasette, request.actor, database, table):
            return None, None, compat.json_error("Forbidden", 403)
    return db, database, None


def claims_base(datasette, database: str) -> str:
    return claims_path(datasette, database)


def target_path(datasette, database: str, claim_id=None, story_id=None) -> str:
    """The claim (or story) page: ids tilde-encoded like the other claims pages."""
    kind, ident = ("claim", claim_id) if claim_id is not None else ("story", story_id)
    return claims_path(datasette, database, kind, ident)


# Only absolute http(s) links reach an href (imported data may hold anything).
safe_link = safe_url


IMMUTABLE_MESSAGE = (
    "Database {database} is read-only here (opened immutable, e.g. with -i), so verdicts cannot be "
    "recorded. Serve it as a mutable database (datasette {database}.db, without -i) to record verdicts."
)


# -- the panel ---------------------------------------------------------------------


async def may_review(datasette, actor, database: str) -> bool:
    return await compat.can(datasette, actor, ACTION, database)


async def panel_context(datasette, request, database, claim_id=None, story_id=None) -> dict:
    """Everything the verdict panel (and the page's JSON) needs for one claim or story.

    Keys: ``target`` ("claim"/"story"), ``target_id``, ``current`` (latest verdict or
    None), ``history`` (newest first), ``story_current`` (a claim's story verdict),
    ``can_record``, ``mutable``, ``reason`` (why not, or None), ``form`` (action URL
    and field names), ``ratings`` (the scale, best first), ``previously_checked``
    (bool) with ``matches`` (fact-checks and judged claims stating the same),
    ``claimreview`` (dict or None) and ``jsonld`` (that, escaped for a script tag).
    """
    actor = request.actor if request is not None else None
    db = datasette.get_database(database)
    scale = rating_scale(datasette, database)
    author = review_author(datasette, database)
    allowed = await may_review(datasette, actor, database)
    mutable = bool(db.is_mutable)
    base = claims_base(datasette, database)

    def read(conn):
        history = records.verdict_history(conn, claim_id=claim_id, story_id=story_id)
        if claim_id is not None:
            checked = alerts_mod.previously_checked(conn, claim_id)
        else:
            checked = alerts_mod.story_previously_checked(conn, story_id)
        review = records.claimreview(conn, history[0], scale=scale, author=author) if history else None
        return history, checked, review

    history, checked, review = await db.execute_fn(read)
    for fc in checked["factchecks"]:
        fc["url"] = safe_link(fc.get("url"))
    for m in checked["verdicts"]:
        m["claim_url"] = target_path(datasette, database, claim_id=m["claim_id"])
    if not allowed:
        reason = "You do not have permission to record verdicts (claims-review)."
    elif not mutable:
        reason = IMMUTABLE_MESSAGE.format(database=database)
    else:
        reason = None
    target, ident = ("claim", claim_id) if claim_id is not None else ("story", story_id)
    return {
        "database": database,
        "target": target,
        "target_id": ident,
        "current": history[0] if history else None,
        "history": history,
        "story_current": checked.get("story_verdict"),
        "can_record": allowed and mutable,
        "allowed": allowed,
        "mutable": mutable,
        "reason": reason,
        "show_form": allowed,
        "form": {
            "action": target_path(datasette, database, claim_id, story_id) + "/verdict",
            "method": "POST",
            "fields": ["rating", "note", "url", "csrftoken"],
        },
        "ratings": scale,
        "previously_checked": checked["previously_checked"],
        "matches": {"factchecks": checked["factchecks"], "verdicts": checked["verdicts"]},
        "alerts_url": base + "/alerts",
        "claimreview": review,
        "jsonld": records.jsonld_script_text(review) if review else None,
    }


def panel_json(panel: dict) -> dict:
    """The panel without its HTML-only parts, for a page's JSON."""
    return {k: v for k, v in panel.items() if k not in ("jsonld", "form", "show_form")}


# -- recording -------------------------------------------------------------------


async def _record(datasette, request, claim_id=None, story_id=None):
    db, database = resolve_database(datasette, request)
    wants_json = "application/json" in (request.headers.get("content-type") or "")
    page = target_path(datasette, database, claim_id, story_id)

    def fail(message, status):
        if wants_json:
            return compat.json_error(message, status)
        return Response.html(
            f"<h1>{status}</h1><p>{_esc(message)}</p><p><a href=\"{_esc(page)}\">Back</a></p>", status=status
        )

    if not await compat.can_view_table(datasette, request.actor, database, "claims"):
        return fail("Forbidden", 403)
    if not await may_review(datasette, request.actor, database):
        return fail("You do not have permission to record verdicts (claims-review).", 403)
    if not db.is_mutable:
        return fail(IMMUTABLE_MESSAGE.format(database=database), 403)
    if request.method != "POST":
        return fail("POST rating, note and url to record a verdict.", 405)
    if wants_json:
        try:
            data = json.loads(await request.post_body() or b"{}")
        except ValueError:
            return fail("Body is not valid JSON", 400)
        if not isinstance(data, dict):
            return fail("Body must be a JSON object", 400)
    else:
        data = await request.post_vars()
    rating = str(data.get("rating") or "").strip()
    note = str(data.get("note") or "").strip()
    url = str(data.get("url") or "").strip()
    scale = rating_scale(datasette, database)
    labels = [r["label"] for r in scale]
    if rating not in labels:
        match = [lab for lab in labels if lab.lower() == rating.lower()]
        if not match:
            return fail(f"Rating must be one of: {', '.join(labels)}", 400)
        rating = match[0]
    if len(note) > MAX_NOTE:
        return fail(f"Note is longer than {MAX_NOTE} characters", 400)
    if url and (len(url) > MAX_URL or not url.lower().startswith(("http://", "https://"))):
        return fail("URL must start with http:// or https://", 400)
    actor = request.actor or {}
    reviewer = actor.get("id")
    reviewer = str(reviewer) if reviewer is not None else None

    def write(conn):
        import sqlite_utils

        from ..store import schema

        schema.migrate(sqlite_utils.Database(conn))  # a database made before the verdict tables
        exists = records.get_claim(conn, claim_id) if claim_id is not None else records.get_story(conn, story_id)
        if exists is None:
            return None
        with conn:
            vid = records.record_verdict(
                conn, claim_id=claim_id, story_id=story_id, rating=rating, note=note, url=url, reviewer=reviewer
            )
            alerts_mod.refresh_after_verdict(conn, claim_id=claim_id, story_id=story_id)
        return vid

    vid = await db.execute_write_fn(write, block=True)
    if vid is None:
        return fail(f"{'Claim' if claim_id is not None else 'Story'} not found", 404)
    if wants_json:
        return Response.json({"ok": True, "id": vid, "rating": rating, "redirect": page}, status=201)
    datasette.add_message(request, f"Verdict recorded: {rating}", datasette.INFO)
    return Response.redirect(page)


def _esc(text) -> str:
    from markupsafe import escape

    return str(escape(text))


async def claim_verdict(datasette, request):
    return await _record(datasette, request, claim_id=decode_id(request.url_vars["claim_id"]))


async def story_verdict(datasette, request):
    return await _record(datasette, request, story_id=decode_id(request.url_vars["story_id"]))


# -- ClaimReview ---------------------------------------------------------------------


async def claimreview_json(datasette, request):
    db, database, error = await readable_database(datasette, request, ("claims", "verdicts"))
    if error:
        return error
    scale = rating_scale(datasette, database)
    author = review_author(datasette, database)
    base = datasette.absolute_url(request, claims_base(datasette, database))
    reviews = await db.execute_fn(lambda conn: records.claimreviews(conn, scale=scale, author=author, base_url=base))
    return Response.json(reviews)


def factcheck_routes() -> list:
    from . import alerts

    db = r"^/(?P<database>[^/]+)/-/claims"
    return [
        (db + r"/claim/(?P<claim_id>[^/]+)/verdict$", claim_verdict),
        (db + r"/story/(?P<story_id>[^/]+)/verdict$", story_verdict),
        (db + r"/claimreview\.json$", claimreview_json),
    ] + alerts.routes()
