"""Search imported fact-checks for a statement (the "Past fact-checks" list)."""

from __future__ import annotations

import re
import sqlite3

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _table_exists(conn, name: str) -> bool:
    return bool(
        conn.execute("select 1 from sqlite_master where type in ('table','view') and name = ?", [name]).fetchone()
    )


def fts_query(q: str) -> str:
    """An FTS5 OR-query over the words of ``q`` (no operators leak through)."""
    words = []
    seen = set()
    for w in _TOKEN.findall((q or "").lower()):
        if w not in seen:
            seen.add(w)
            words.append('"%s"' % w)
    return " OR ".join(words)


def search_factchecks(conn, q: str, limit: int = 10) -> list[dict]:
    """Fact-checks most likely to be about ``q``, best first ([] without the table)."""
    if not q or not q.strip() or not _table_exists(conn, "factchecks_fts"):
        return []
    match = fts_query(q)
    if not match:
        return []
    prev = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            """
            select factchecks.*, bm25(factchecks_fts) as bm25
            from factchecks_fts join factchecks on factchecks.rowid = factchecks_fts.rowid
            where factchecks_fts match :q
            order by bm25 limit :limit
            """,
            {"q": match, "limit": int(limit)},
        ).fetchall()
    finally:
        conn.row_factory = prev
    return [dict(r) for r in rows]
