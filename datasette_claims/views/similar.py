"""Similar claims across reports, and ranked search over claims.

Links the matching step stored (``claim_matches``, the claim's story) come
first; claims it never linked are found with FTS (a candidate prefilter) and
scored with the matching module's ``claim_similarity``.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from rapidfuzz import fuzz, process, utils

from ..matching import claim_similarity
import re

from .base import STOPWORDS
from .data import fetch_claims, has_changes, word_diff

SIMILAR_THRESHOLD = 0.5
FTS_CANDIDATES = 40
STORY_CANDIDATES = 40
# claim_similarity (~0.25 ms a pair) runs only on the candidates a cheap
# rapidfuzz token-sort ratio puts first.
SHORTLIST = 24


def shortlist(text: str, candidates: dict[str, str], k: int = SHORTLIST) -> set[str]:
    """The ``k`` candidate ids (from ``{id: content}``) closest to ``text``, cheaply."""
    if len(candidates) <= k:
        return set(candidates)
    best = process.extract(
        text, candidates, scorer=fuzz.token_sort_ratio, processor=utils.default_process, limit=k
    )
    return {key for _, _, key in best}


def content_words(text: str) -> list[str]:
    """Distinct words of ``text`` worth searching for, longest (usually rarest) first."""
    words = []
    for word in re.findall(r"\w+", (text or "").lower()):
        if word in STOPWORDS or word in words or (len(word) < 3 and not word.isdigit()):
            continue
        words.append(word)
    if not words:  # only stopwords: search for them after all
        words = list(dict.fromkeys(re.findall(r"\w+", (text or "").lower())))
    return sorted(words, key=len, reverse=True)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_tiers(text: str) -> list[tuple[str, int]]:
    """FTS5 queries from strict to loose, each with the result count below which
    the next one is tried.

    1. all of the (up to) six longest words;
    2. any two of the four longest (paraphrases share some rare words);
    3. any word, but only when the first two found almost nothing.

    An OR of every word would rank a large share of the table by bm25 (over
    a second at a million claims); intersections stay in milliseconds.
    """
    words = content_words(text)
    if not words:
        return []
    top = words[:6]
    tiers = [(" AND ".join(_quote(w) for w in top), 10**9)]
    four = words[:4]
    if len(four) > 2:
        pairs = [f"({_quote(a)} AND {_quote(b)})" for i, a in enumerate(four) for b in four[i + 1 :]]
        tiers.append((" OR ".join(pairs), 10**9))
    if len(top) > 1:
        tiers.append((" OR ".join(_quote(w) for w in top), 10))
    return tiers


# Tiers ranked by bm25; the last, loosest one is taken unranked: ranking an
# OR of common words means scoring most of the table, and its candidates
# are re-scored anyway.
UNRANKED_TIER = 2


async def fts_candidates(page, text: str, limit: int = FTS_CANDIDATES, where: str = "", params=None) -> list:
    """Claim ids whose words overlap ``text``, best bm25 first within each tier.

    ``where`` is extra SQL (starting with " and ") on ``c`` claims and ``a``
    articles.  A query interrupted by Datasette's time limit ends the search
    with what was found so far.
    """
    if not await page.can_view_all("claims", "claims_fts"):
        return []
    sql = (
        "select c.id from claims_fts f join claims c on c.rowid = f.rowid "
        + ("join articles a on a.id = c.article_id " if where else "")
        + "where claims_fts match ? "
        + where
    )
    found: list[str] = []
    for tier, (query, run_below) in enumerate(fts_tiers(text)):
        if len(found) >= min(limit, run_below):
            break
        order = "" if tier == UNRANKED_TIER else " order by f.rank"
        try:
            rows = await page.execute(sql + order + " limit ?", [query, *(params or []), limit])
        except QueryInterrupted:
            break
        for row in rows:
            if row[0] not in found:
                found.append(row[0])
    return found[:limit]


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
            "select id from claims where story_id = ? and id != ? limit ?",
            [claim["story_id"], claim["id"], STORY_CANDIDATES],
        )
        for r in rows:
            found.setdefault(r[0], {"score": None, "kind": None, "method": "story", "linked": True})
    for other in await fts_candidates(page, claim["content"]):
        if other != claim["id"] and other not in found:
            found[other] = {"score": None, "kind": None, "method": "fts+similarity", "linked": False}
    others = await fetch_claims(page, list(found))
    unscored = {
        i: others[i]["content"] for i, link in found.items() if link["score"] is None and i in others
    }
    keep = shortlist(claim["content"], unscored)
    results = []
    for other_id, link in found.items():
        other = others.get(other_id)
        if other is None:
            continue
        if other["article"]["id"] == claim["article"]["id"] and not link["linked"]:
            continue  # the same report repeating itself is not another report
        if link["score"] is None and other_id not in keep:
            continue
        score = link["score"]
        if score is None:
            score = claim_similarity(claim["content"], other["content"], claim["speaker"], other["speaker"])
            if not link["linked"] and score < SIMILAR_THRESHOLD:
                continue
        results.append(
            {
                "claim": other,
                "score": round(float(score), 4),
                "kind": link["kind"],
                "method": link["method"],
                "linked": link["linked"],
                "same_article": other["article"]["id"] == claim["article"]["id"],
            }
        )
    results.sort(key=lambda r: (-r["score"], r["claim"]["article"]["published"] or "9999", r["claim"]["id"]))
    results = results[:limit]
    for r in results:  # diffs only for what is shown
        ops = word_diff(claim["content"], r["claim"]["content"])
        r["kind"] = r["kind"] or ("drift" if has_changes(ops) else "same")
        r["diff"] = ops if has_changes(ops) else []
    return results


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
