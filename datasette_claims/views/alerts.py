"""``/<db>/-/claims/alerts``: claims that repeat something already checked.

HTML, ``.json`` and an Atom feed (``.atom``), newest first, read from the
``claim_alerts`` table (see ``datasette_claims.factchecks.alerts``).  The
claim's report (``articles``), the fact-check and the story an alert points
to are shown only to those who may see those tables: ``list_alerts`` runs
under ``Page.read``, where hidden tables read as NULL.  An alert on a story's
verdict is left out for those who may not see ``stories``.
"""

from __future__ import annotations

from datasette.utils.asgi import Response

from ..factchecks import alerts as alerts_mod
from .data import REPORTED_SPEECH, readable_time, safe_url, story_title

PAGE_SIZE = 100
MAX_SIZE = 1000
ARTICLE_KEYS = ("headline", "outlet", "article_url", "published")


async def alerts_page(page):
    size = page.size(default=PAGE_SIZE, maximum=MAX_SIZE)
    offset = page.offset()
    rows = []
    if await page.can_view("claim_alerts"):
        rows = await page.read(lambda conn: alerts_mod.list_alerts(conn, limit=size + 1, offset=offset))
    more = len(rows) > size
    rows = rows[:size]
    if not await page.can_view("stories"):
        # a story's verdict reaches the claim through its story, which this actor may not see
        # (as on every page: ``data.statement_verdicts``); nor is the claim's story named
        rows = [dict(row, story_id=None) for row in rows if row["kind"] != "story"]
    rows = [_alert(page, row) for row in rows]
    if not await page.can_view("articles"):
        for row in rows:
            for key in ARTICLE_KEYS:
                row.pop(key, None)
    fmt = page.format
    base = page.urls.overview() + "/alerts"
    next_url = f"{base}{fmt}?_size={size}&_offset={offset + size}" if more else None
    data = {"database": page.database, "alerts": rows, "next_url": next_url}
    if fmt == ".atom":
        return await _atom(page, base, rows)
    return "claims_alerts.html", data, {"atom_url": base + ".atom"}


def _alert(page, row: dict) -> dict:
    row["claim_url"] = page.urls.claim(row["claim_id"])
    # Reported speech is shown without quotation marks, as on every other page.
    row["reported"] = row.get("quote_type") in REPORTED_SPEECH
    match = row.get("match") or {}
    match["reported"] = match.get("quote_type") in REPORTED_SPEECH
    if row["kind"] == "verdict":
        row["match_url"] = page.urls.claim(row["match_id"])
    elif row["kind"] == "story":
        # NULL label: the story is hidden (or gone), so no link either.
        row["match_url"] = page.urls.story(row["match_id"]) if match.get("label") is not None else None
        match["title"] = story_title(match.get("label"), match.get("first_quote_type") in REPORTED_SPEECH)
    else:
        row["match_url"] = safe_url(match.get("url"))
    if "article_url" in row:
        row["article_url"] = safe_url(row.get("article_url"))
    row["created_label"] = readable_time(row.get("created"))
    return row


async def _atom(page, base: str, rows: list[dict]) -> Response:
    ds, request = page.ds, page.request
    context = {
        "database": page.database,
        "alerts": rows,
        "feed_url": ds.absolute_url(request, base + ".atom"),
        "page_url": ds.absolute_url(request, base),
        "absolute": lambda path: ds.absolute_url(request, path) if path and path.startswith("/") else path,
        "updated": rows[0]["created"] if rows else "1970-01-01T00:00:00+00:00",
    }
    return Response(
        await ds.render_template("claims_alerts.atom", context, request=request),
        content_type="application/atom+xml; charset=utf-8",
    )
