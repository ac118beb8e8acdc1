"""``/<db>/-/claims/alerts``: claims that repeat something already checked.

HTML, ``.json`` and an Atom feed (``.atom``), newest first, read from the
``claim_alerts`` table (see ``datasette_claims.factchecks.alerts``).
"""

from __future__ import annotations

from datasette.utils.asgi import Response

from .. import compat
from ..factchecks import alerts as alerts_mod

PAGE_SIZE = 100
MAX_SIZE = 1000


async def alerts_view(datasette, request):
    from .verdicts import claims_base, readable_database, safe_link, target_path

    fmt = (request.url_vars.get("format") or "").lstrip(".")
    db, database, error = await readable_database(datasette, request, ("claims", "claim_alerts"))
    if error:
        return error
    try:
        size = max(1, min(MAX_SIZE, int(request.args.get("_size") or PAGE_SIZE)))
        offset = max(0, int(request.args.get("_offset") or 0))
    except ValueError:
        return compat.json_error("_size and _offset must be integers", 400)
    rows = await db.execute_fn(lambda conn: alerts_mod.list_alerts(conn, limit=size + 1, offset=offset))
    more = len(rows) > size
    rows = rows[:size]
    for row in rows:
        row["claim_url"] = target_path(datasette, database, claim_id=row["claim_id"])
        if row["kind"] == "verdict":
            row["match_url"] = target_path(datasette, database, claim_id=row["match_id"])
        elif row["kind"] == "story":
            row["match_url"] = target_path(datasette, database, story_id=row["match_id"])
        else:
            row["match_url"] = safe_link((row.get("match") or {}).get("url"))
        row["article_url"] = safe_link(row.get("article_url"))
    base = claims_base(datasette, database) + "/alerts"
    next_url = f"{base}{'.' + fmt if fmt else ''}?_size={size}&_offset={offset + size}" if more else None
    if fmt == "json":
        return Response.json({"ok": True, "database": database, "alerts": rows, "next_url": next_url})
    if fmt == "atom":
        return Response(
            await datasette.render_template(
                "claims_alerts.atom",
                {
                    "database": database,
                    "alerts": rows,
                    "feed_url": datasette.absolute_url(request, base + ".atom"),
                    "page_url": datasette.absolute_url(request, base),
                    "absolute": lambda path: datasette.absolute_url(request, path) if path and path.startswith("/") else path,
                    "updated": rows[0]["created"] if rows else "1970-01-01T00:00:00+00:00",
                },
                request=request,
            ),
            content_type="application/atom+xml; charset=utf-8",
        )
    return Response.html(
        await datasette.render_template(
            "claims_alerts.html",
            {
                "database": database,
                "alerts": rows,
                "next_url": next_url,
                "json_url": base + ".json",
                "atom_url": base + ".atom",
            },
            request=request,
        )
    )


def routes() -> list:
    return [(r"^/(?P<database>[^/]+)/-/claims/alerts(?P<format>\.json|\.atom)?$", alerts_view)]
