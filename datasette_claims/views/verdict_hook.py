"""Where the claim, story and search pages meet the fact-check workflow:
the verdict panel and past fact-checks."""

from __future__ import annotations

import logging
import sqlite3

from ..factchecks.search import search_factchecks
from . import verdicts
from .data import safe_url

log = logging.getLogger(__name__)


async def verdict_panel(page, claim_id=None, story_id=None) -> dict:
    """``{"context": <template dict>, "json": <JSON dict>}``."""
    context = await verdicts.panel_context(page, claim_id=claim_id, story_id=story_id)
    return {"context": context, "json": verdicts.panel_json(context)}


async def past_factchecks(page, q: str, limit: int = 10) -> list[dict]:
    """Fact-checks about ``q`` ([] without the fact-check tables, or permission to see them)."""
    if not q or not await page.can_view_all("factchecks", "factchecks_fts"):
        return []

    def run(conn):
        return search_factchecks(conn, q, limit)

    try:
        rows = await page.read(run)
    except sqlite3.Error:
        log.exception("fact-check search failed")
        return []
    out = []
    for r in rows or []:
        item = {k: v for k, v in dict(r).items() if not isinstance(v, bytes)}
        item["url"] = safe_url(item.get("url"))
        out.append(item)
    return out
