"""``/<db>/-/claims``: counts, latest stories, most-quoted speakers, sourcing mix."""

from __future__ import annotations

import time

from datasette.database import QueryInterrupted

from .data import SOURCING_LABELS, UNNAMED_SOURCING, story_dict

CACHE_SECONDS = 30
_cache: dict = {}


async def _fingerprint(page, tables) -> tuple:
    """Changes whenever rows are added to the tables the overview counts."""
    parts = []
    for table in tables:
        try:
            row = (await page.execute(f"select max(rowid) from [{table}]")).first()
        except QueryInterrupted:
            return None
        parts.append(row[0] if row else None)
    return tuple(parts)


async def overview(page):
    visible = [t for t in ("articles", "claims", "speakers", "stories", "claim_matches") if await page.can_view(t)]
    # The file's path too: a new Datasette object can reuse a freed one's id().
    key = (id(page.ds), page.database, page.db.path, tuple(visible))
    fingerprint = await _fingerprint(page, visible)
    cached = _cache.get(key)
    if fingerprint is not None and cached and cached[0] == fingerprint and cached[1] > time.monotonic():
        data = cached[2]
    else:
        data = await _compute(page, visible)
        if not data["partial"] and fingerprint is not None:
            _cache[key] = (fingerprint, time.monotonic() + CACHE_SECONDS, data)
    out = dict(data)
    out["urls"] = {
        "search": page.urls.search(),
        "stories": page.urls.stories() if "stories" in visible else None,
        "database": page.urls.database_url(),
    }
    out["database"] = page.database
    return "claims_overview.html", out


async def _compute(page, visible) -> dict:
    """The figures; a query stopped by Datasette's time limit leaves its part empty."""
    partial = False

    async def rows(sql):
        nonlocal partial
        try:
            return list(await page.execute(sql))
        except QueryInterrupted:
            partial = True
            return []

    counts = {}
    for table in visible:
        if table != "claims":  # counted below, with the sourcing mix
            found = await rows(f"select count(*) from [{table}]")
            counts[table] = found[0][0] if found else None
    latest = []
    if "stories" in visible:
        latest = [
            story_dict(r, page.urls)
            for r in await rows("select * from stories order by first_published desc, report_count desc, id limit 10")
        ]
    speakers = []
    if "speakers" in visible:
        speakers = [
            {
                "id": r["id"],
                "url": page.urls.speaker(r["id"]),
                "name": r["name"],
                "kind": r["kind"],
                "role": r["role"],
                "claim_count": r["claim_count"],
            }
            for r in await rows(
                "select id, name, kind, role, claim_count from speakers "
                "where claim_count > 0 order by claim_count desc, id limit 10"
            )
        ]
    mix_rows = await rows(
        "select coalesce(sourcing, '') as sourcing, count(*) as n from claims group by 1 order by n desc"
    )
    total = sum(r["n"] for r in mix_rows)
    counts["claims"] = total if mix_rows or not partial else None
    counts = {t: counts[t] for t in visible}
    mix = [
        {
            "sourcing": r["sourcing"] or None,
            "label": SOURCING_LABELS.get(r["sourcing"], r["sourcing"] or "Unknown"),
            "count": r["n"],
            "share": round(r["n"] / total, 4) if total else 0.0,
            "unnamed": r["sourcing"] in UNNAMED_SOURCING,
            "search_url": page.urls.search(sourcing=r["sourcing"]) if r["sourcing"] else None,
        }
        for r in mix_rows
    ]
    unnamed = sum(m["count"] for m in mix if m["unnamed"])
    return {
        "counts": counts,
        "latest_stories": latest,
        "top_speakers": speakers,
        "sourcing_mix": mix,
        "unnamed_share": round(unnamed / total, 4) if total else 0.0,
        "partial": partial,
    }
