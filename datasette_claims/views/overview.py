"""``/<db>/-/claims``: counts, latest stories, quotations whose wording drifted, most-quoted
speakers, sourcing mix."""

from __future__ import annotations

import os
import time

from datasette.database import QueryInterrupted

from .data import SOURCING_LABELS, STORY_SELECT, UNNAMED_SOURCING, rated_stories, story_dict

CACHE_SECONDS = 30
_cache: dict = {}
# What the page calls each count, one and several.  The load summary's word for a row of
# ``claim_matches`` is "link" ("40 links (5 drift)"): the page said "40 claim matches" for
# the same rows (and "1 stories").  Another table: its name.
COUNT_NOUNS = {"articles": ("article", "articles"), "claims": ("claim", "claims"),
               "speakers": ("speaker", "speakers"), "stories": ("story", "stories"),
               "claim_matches": ("link between claims", "links between claims")}
# A sourcing holding more than this share of the claims is not counted row by row:
# its count is what count(*) leaves (SQLite counts a table from its b-tree pages).
DOMINANT_SHARE = 0.1
SMALL = 1000  # below this depth, counting row by row is cheap anyway
# The sourcing values, one index seek each (a loose scan of idx_claims_sourcing).
_VALUES = """
with recursive v(s) as (
  select min(sourcing) from claims
  union all select (select min(sourcing) from claims where sourcing > v.s) from v where v.s is not null
) select s from v where s is not null
"""


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
    # (read on every request, outside the cache: a verdict recorded or withdrawn adds no row
    # to the tables the cache watches, and whether a rating shows depends on who asks)
    out["latest_stories"] = await rated_stories(page, data["latest_stories"])
    out["drifted_stories"] = await rated_stories(page, data["drifted_stories"])
    out["urls"] = {
        "search": page.urls.search(),
        "stories": page.urls.stories() if "stories" in visible else None,
        "drifted": page.urls.stories(drift=1) if "stories" in visible else None,
        "speakers": page.urls.speakers() if "speakers" in visible else None,
        "queue": page.urls.queue(),
        "alerts": page.urls.alerts() if await page.can_view("claim_alerts") else None,
        # the verdicts as schema.org ClaimReview (before, no page linked to the export)
        "claimreview": page.urls.claimreview() if await page.can_view("verdicts") else None,
        "articles": page.urls.table("articles"),
        "load_errors": page.urls.table("load_errors") if await page.can_view("load_errors") else None,
        "database": page.urls.database_url(),
    }
    out["load_problems"] = await _load_problems(page) if out["urls"]["load_errors"] else None
    # Each count opens what it counts: the plugin's list where there is one, else Datasette's table.
    pages = {"speakers": out["urls"]["speakers"], "stories": out["urls"]["stories"]}
    # The claims table unasked for facet suggestions: Datasette tries each of its ~30 columns
    # three ways (1.5 of the 1.8 s the page took on Wikinews's 43,276 claims; the plugin's
    # own facets are shown all the same).
    pages["claims"] = page.urls.table("claims") + "?_nosuggest=1"
    out["count_urls"] = {t: pages.get(t) or page.urls.table(t) for t in data["counts"] if t in visible}
    out["database"] = page.database
    # Datasette's own ``urls`` shadows a template variable of that name.  An empty database's
    # page says the command that fills it, with the file's name (memory databases have none).
    db_file = os.path.basename(page.db.path) if page.db.path else None
    return "claims_overview.html", out, {"links": out["urls"], "db_file": db_file, "count_nouns": COUNT_NOUNS}




async def _load_problems(page) -> dict | None:
    """Inputs that failed (``error``) or loaded with a caveat (``warning``).

    A reload writes its errors again, so each distinct (path, reason) counts
    once: the figure says how many inputs need a look, not how many loads ran.
    """
    try:
        rows = await page.execute(
            "select level, count(*) as n from (select distinct path, reason, level from load_errors) group by level"
        )
    except QueryInterrupted:
        return None
    found = {r["level"]: r["n"] for r in rows}
    return {"errors": found.get("error", 0), "warnings": found.get("warning", 0)}


class _Rows:
    """Runs the overview's queries: a query stopped by Datasette's time limit gives no
    rows and marks the figures ``partial``."""

    def __init__(self, page):
        self.page = page
        self.partial = False

    async def __call__(self, sql, params=None) -> list:
        try:
            return list(await self.page.execute(sql, params))
        except QueryInterrupted:
            self.partial = True
            return []


async def _compute(page, visible) -> dict:
    """The figures; a query stopped by Datasette's time limit leaves its part empty."""
    rows = _Rows(page)
    counts = await _table_counts(rows, visible)
    latest = await _latest_stories(rows, page.urls) if "stories" in visible else []
    drifted = await _drifted_stories(rows, page.urls) if "stories" in visible else []
    speakers = await _top_speakers(rows, page.urls) if "speakers" in visible else []
    mix_rows = await _sourcing_counts(rows)
    total = sum(r["n"] for r in mix_rows)
    counts["claims"] = total if mix_rows or not rows.partial else None
    counts = {t: counts[t] for t in visible}
    mix = _sourcing_mix(mix_rows, total, page.urls)
    unnamed = sum(m["count"] for m in mix if m["unnamed"])
    return {
        "counts": counts,
        "latest_stories": latest,
        "drifted_stories": drifted,
        "top_speakers": speakers,
        "sourcing_mix": mix,
        "unnamed_share": round(unnamed / total, 4) if total else 0.0,
        "partial": rows.partial,
    }


async def _table_counts(rows, visible) -> dict:
    """Rows in each visible table but claims (counted with the sourcing mix); None when stopped."""
    counts = {}
    for table in visible:
        if table != "claims":
            found = await rows(f"select count(*) from [{table}]")
            counts[table] = found[0][0] if found else None
    return counts


async def _latest_stories(rows, urls) -> list[dict]:
    return [
        story_dict(r, urls)
        for r in await rows(STORY_SELECT + " order by first_published desc, report_count desc, id limit 10")
    ]


# How many stories whose quoted wording drifted the overview lists.  Drift is what the
# plugin flags for a desk, and the latest stories alone may show none: on the demo they
# are one speech's quotations, and its seven drifted quotations were a page away.
DRIFTED_SHOWN = 5


async def _drifted_stories(rows, urls) -> list[dict]:
    """The stories whose quoted wording changed between reports, most reported first."""
    return [
        story_dict(r, urls)
        for r in await rows(STORY_SELECT + " where has_drift = 1 order by report_count desc, "
                            f"coalesce(first_published, '') desc, id limit {DRIFTED_SHOWN}")
    ]


async def _top_speakers(rows, urls) -> list[dict]:
    return [
        {
            "id": r["id"],
            "url": urls.speaker(r["id"]),
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


def _sourcing_mix(mix_rows, total: int, urls) -> list[dict]:
    """Each sourcing's count, share, label and search link."""
    return [
        {
            "sourcing": r["sourcing"] or None,
            "label": SOURCING_LABELS.get(r["sourcing"], r["sourcing"] or "Unknown"),
            "count": r["n"],
            "share": round(r["n"] / total, 4) if total else 0.0,
            "unnamed": r["sourcing"] in UNNAMED_SOURCING,
            "search_url": urls.search(sourcing=r["sourcing"]) if r["sourcing"] else None,
        }
        for r in mix_rows
    ]


async def _sourcing_counts(rows) -> list[dict]:
    """Claims per sourcing (None for claims without), most first, as ``{"sourcing", "n"}``.

    Grouping a million claims costs a pass over all of them (~150 ms); here each
    value is counted on its own stretch of the index, at most ``DOMINANT_SHARE``
    of the claims deep, and the one value deeper than that (a corpus's usual
    "named_person") is what remains of ``count(*)``.  Values found deeper than
    that when there are two or more are counted in full.
    """
    found = await rows("select count(*) from claims")
    if not found:
        return []
    total = found[0][0]
    values = [r[0] for r in await rows(_VALUES)]
    if await rows("select 1 from claims where sourcing is null limit 1"):
        values.append(None)
    cap = max(SMALL, int(total * DOMINANT_SHARE))
    counts, deep = {}, []
    for value in values:
        n = await rows(f"select count(*) from (select 1 from claims where sourcing is ? limit {cap + 1})", [value])
        if not n:
            return []
        if n[0][0] > cap:
            deep.append(value)
        else:
            counts[value] = n[0][0]
    if len(deep) == 1:
        counts[deep[0]] = total - sum(counts.values())
    else:
        for value in deep:
            n = await rows("select count(*) from claims where sourcing is ?", [value])
            if not n:
                return []
            counts[value] = n[0][0]
    merged: dict[str, int] = {}  # no sourcing and an empty one are one row, as before
    for value, n in counts.items():
        merged[value or ""] = merged.get(value or "", 0) + n
    ranked = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"sourcing": value, "n": n} for value, n in ranked if n]
