"""Similar claims across reports, and ranked search over claims.

Links the matching step stored (``claim_matches``, the claim's story) come
first; claims it never linked are found with FTS (a candidate prefilter) and
scored with the matching module's ``claim_similarity``.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from rapidfuzz import fuzz, utils

from ..matching import claim_similarity
from .base import escape_fts
from .data import fetch_claims, has_changes, word_diff

SIMILAR_THRESHOLD = 0.5
FTS_CANDIDATES = 60


async def fts_candidates(page, text: str, limit: int = FTS_CANDIDATES, where: str = "", params=None) -> list:
    """Claim ids whose words overlap ``text``, best bm25 first ([] if FTS fails)."""
    if not await page.can_view("claims") or "claims_fts" not in page._tables:
        return []
    query = escape_fts(text)
    if not query:
        return []
    sql = (
        "select c.id from claims_fts f join claims c on c.rowid = f.rowid "
        + ("join articles a on a.id = c.article_id " if where else "")
        + "where claims_fts match ? "
        + where
        + " order by f.rank limit ?"
    )
    try:
        rows = await page.execute(sql, [query, *(params or []), limit])
    except QueryInterrupted:
        return []
    return [r[0] for r in rows]


async def similar_claims(page, claim: dict, limit: int = 12) -> list[dict]:
    """Claims in other reports that state the same thing as ``claim``, best first."""
    found: dict[str, dict] = {}
    if await page.can_view("claim_matches"):
        rows = await page.execute(
            """
            select claim_b as other, score, kind, method, diff from claim_matches where claim_a = :id
            union all
            select claim_a as other, score, kind, method, diff from claim_matches where claim_b = :id
            order by score desc limit 100
            """,
            {"id": claim["id"]},
        )
        for r in rows:
            if r["other"] != claim["id"] and r["other"] not in found:
                found[r["other"]] = {
                    "score": r["score"],
                    "kind": r["kind"],
                    "method": r["method"],
                    "linked": True,
                }
    if claim.get("story_id") and await page.can_view("stories"):
        rows = await page.execute(
            "select id from claims where story_id = ? and id != ? limit 100",
            [claim["story_id"], claim["id"]],
        )
        for r in rows:
            found.setdefault(r[0], {"score": None, "kind": None, "method": "story", "linked": True})
    for other in await fts_candidates(page, claim["content"]):
        if other != claim["id"] and other not in found:
            found[other] = {"score": None, "kind": None, "method": "fts+similarity", "linked": False}
    others = await fetch_claims(page, list(found))
    results = []
    for other_id, link in found.items():
        other = others.get(other_id)
        if other is None:
            continue
        if other["article"]["id"] == claim["article"]["id"] and not link["linked"]:
            continue  # the same report repeating itself is not another report
        score = link["score"]
        if score is None:
            score = claim_similarity(claim["content"], other["content"], claim["speaker"], other["speaker"])
            if not link["linked"] and score < SIMILAR_THRESHOLD:
                continue
        ops = word_diff(claim["content"], other["content"])
        results.append(
            {
                "claim": other,
                "score": round(float(score), 4),
                "kind": link["kind"] or ("same" if not has_changes(ops) else "drift"),
                "method": link["method"],
                "linked": link["linked"],
                "same_article": other["article"]["id"] == claim["article"]["id"],
                "diff": ops if has_changes(ops) else [],
            }
        )
    results.sort(key=lambda r: (-r["score"], r["claim"]["article"]["published"] or "9999", r["claim"]["id"]))
    return results[:limit]


def search_score(q: str, content: str, speaker: str | None = None) -> float:
    """How well ``content`` answers the query ``q`` (0..1).

    A few keywords (up to four words) are scored with rapidfuzz's token-set
    ratio, so a claim containing all of them scores high; a pasted claim is
    scored with the matching module's ``claim_similarity``, so a fragment
    that merely shares words does not outrank the same statement.
    """
    if is_keywords(q):
        return fuzz.token_set_ratio(q, content, processor=utils.default_process) / 100
    return claim_similarity(q, content)


def is_keywords(q: str) -> bool:
    """Up to four words is a keyword search; more is a pasted claim."""
    return len(utils.default_process(q).split()) <= 4
