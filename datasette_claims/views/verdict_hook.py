"""The seams to the fact-check work: the verdict panel and past fact-checks.

Both are optional: if the fact-check modules are not installed (or fail),
the claim, story and search pages still work, without the panel.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3

log = logging.getLogger(__name__)


async def verdict_panel(page, claim_id=None, story_id=None) -> dict:
    """``{"context": <template dict or None>, "json": <JSON dict or None>}``."""
    try:
        verdicts = importlib.import_module(".verdicts", __package__)
    except ImportError:
        return {"context": None, "json": None}
    try:
        context = await verdicts.panel_context(
            page.ds, page.request, page.database, claim_id=claim_id, story_id=story_id
        )
    except Exception:  # their bug must not take the claim page down
        log.exception("verdict panel failed")
        return {"context": None, "json": None}
    to_json = getattr(verdicts, "panel_json", None)
    return {"context": context, "json": to_json(context) if to_json and context is not None else context}


async def past_factchecks(page, q: str, limit: int = 10) -> list[dict]:
    """Fact-checks about ``q`` ([] when the fact-check module or table is absent)."""
    if not q:
        return []
    try:
        from ..factchecks.search import search_factchecks
    except ImportError:
        return []
    if "factchecks" in page._tables and not await page.can_view("factchecks"):
        return []

    def run(conn):
        return search_factchecks(conn, q, limit)

    try:
        rows = await page.db.execute_fn(run)
    except sqlite3.Error:
        log.exception("fact-check search failed")
        return []
    from .data import safe_url

    out = []
    for r in rows or []:
        item = {k: v for k, v in dict(r).items() if not isinstance(v, bytes)}
        item["url"] = safe_url(item.get("url"))
        out.append(item)
    return out
