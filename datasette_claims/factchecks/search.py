"""Search imported fact-checks for a statement (the "Past fact-checks" list).

Two stages, both plain SQLite + rapidfuzz:

1. FTS5 candidates: every word of the statement OR-ed together, ranked by
   bm25 over the fact-check's claim and title (claimant ignored: a name in the
   statement is usually the subject, not the claimant).  Words the index does
   not know are also tried as two known words ("singlepayer" -> single payer,
   "#australianfires" -> australian fires);
2. a rerank of the first ``POOL`` candidates by a weighted sum (``WEIGHTS``)
   of the bm25 scores (scaled by the best in the pool), rapidfuzz token-set
   ratios of the statement against the claim and the title, how much of the
   claim appears inside the statement (partial ratio), the share of the
   title's content words found in the statement, and a cosine of character
   4-grams with idf taken over the pool (robust to "singlepayer" against
   "single-payer", plurals and tenses).

The weights were tuned on the CheckThat! 2021 2A and 2B training queries
(see ``benchmarks/eval_factcheck_retrieval.py`` and docs/factchecks.md).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter

from rapidfuzz import fuzz, utils

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
POOL = 100
SPLIT_COMPOUNDS = True

# bm25 column weights: claim, title, claimant
COLUMN_WEIGHTS = (1.0, 1.0, 0.0)
WEIGHTS = {
    "bm25": 1.0,  # bm25 over claim + title, divided by the best in the pool
    "title_bm25": 0.1,  # bm25 over the title alone, likewise scaled
    "claim_set": 0.5,  # rapidfuzz token_set_ratio(statement, claim)
    "title_set": 0.5,  # rapidfuzz token_set_ratio(statement, title)
    "claim_inside": 0.5,  # rapidfuzz partial_ratio: the claim as a stretch of the statement
    "claim_cover": 0.0,  # share of the claim's content words found in the statement
    "title_cover": 0.1,  # share of the title's content words found in the statement
    "char_grams": 1.5,  # cosine of character 4-grams, idf over the pool
}

STOPWORDS = frozenset(
    """a an the of to in and or is are was were be been it that this for on with as at by from but not
    have has had he she they we you i his her their our its will would can could do does did there which
    who what when where why how all any more most so than then also just into about over such no only
    says said say""".split()
)


def _table_exists(conn, name: str) -> bool:
    return bool(
        conn.execute("select 1 from sqlite_master where type in ('table','view') and name = ?", [name]).fetchone()
    )


def query_words(q: str) -> list[str]:
    """The distinct lower-cased words of ``q``, in order."""
    words, seen = [], set()
    for w in _TOKEN.findall((q or "").lower()):
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def fts_query(q: str, extra=()) -> str:
    """An FTS5 OR-query over the words of ``q`` (no operators leak through)."""
    words = query_words(q)
    words += [w for w in extra if w not in words]
    return " OR ".join('"%s"' % w for w in words)


def _indexed(conn, word: str, cache: dict) -> bool:
    if word not in cache:
        cache[word] = bool(
            conn.execute("select 1 from factchecks_fts where factchecks_fts match ? limit 1", ['"%s"' % word]).fetchone()
        )
    return cache[word]


def split_compounds(conn, words, min_part: int = 3) -> list[str]:
    """Parts of words the index does not know that split into two words it does.

    Transcripts and hashtags run words together ("singlepayer", "middleincome",
    "10year", "#australianfires"); the fact-checks have them apart.
    """
    cache: dict = {}
    parts = []
    for word in words:
        if len(word) < 2 * min_part or word.isdigit() or _indexed(conn, word, cache):
            continue
        best = None
        for i in range(min_part, len(word) - min_part + 1):
            left, right = word[:i], word[i:]
            if left in STOPWORDS or right in STOPWORDS:
                continue
            if _indexed(conn, left, cache) and _indexed(conn, right, cache):
                balance = min(len(left), len(right))
                if best is None or balance > best[0]:
                    best = (balance, left, right)
        if best:
            parts += [best[1], best[2]]
    return parts


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall((text or "").lower()) if w not in STOPWORDS}


def _cover(words: set[str], query_words: set[str]) -> float:
    return len(words & query_words) / len(words) if words else 0.0


def char_grams(text: str, n: int = 4) -> Counter:
    """Character n-grams of each content word, padded with spaces ("singlepayer" ~ "single-payer")."""
    grams = Counter()
    for word in _TOKEN.findall((text or "").lower()):
        if word in STOPWORDS:
            continue
        word = f" {word} "
        if len(word) <= n:
            grams[word] += 1
        else:
            grams.update(word[i : i + n] for i in range(len(word) - n + 1))
    return grams


def _cosine(a: Counter, b: Counter, idf: dict) -> float:
    dot = sum(v * b.get(k, 0) * idf.get(k, 1.0) ** 2 for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum((v * idf.get(k, 1.0)) ** 2 for k, v in a.items()))
    nb = math.sqrt(sum((v * idf.get(k, 1.0)) ** 2 for k, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def rerank_score(q_norm: str, q_words: set[str], row: dict, bm25_scaled: float,
                 title_scaled: float = 0.0, grams: float = 0.0) -> float:
    claim = utils.default_process(row.get("claim") or "")
    title = utils.default_process(row.get("title") or "")
    w = WEIGHTS
    score = w["bm25"] * bm25_scaled + w["title_bm25"] * title_scaled + w["char_grams"] * grams
    score += w["claim_set"] * fuzz.token_set_ratio(q_norm, claim) / 100
    if title:
        score += w["title_set"] * fuzz.token_set_ratio(q_norm, title) / 100
    if claim:
        score += w["claim_inside"] * fuzz.partial_ratio(claim, q_norm) / 100
    score += w["claim_cover"] * _cover(content_words(row.get("claim")), q_words)
    score += w["title_cover"] * _cover(content_words(row.get("title")), q_words)
    return score


def search_factchecks(conn, q: str, limit: int = 10, pool: int | None = None) -> list[dict]:
    """Fact-checks most likely to be about ``q``, best first ([] without the table).

    Each row is a ``factchecks`` row plus ``bm25`` (FTS5, lower is better) and
    ``score`` (the rerank score, higher is better).  ``pool`` is how many FTS
    candidates are reranked (default ``POOL``; fewer is faster).
    """
    if not q or not q.strip() or not _table_exists(conn, "factchecks_fts"):
        return []
    extra = split_compounds(conn, query_words(q)) if SPLIT_COMPOUNDS else []
    match = fts_query(q, extra)
    if not match:
        return []
    if extra:
        q = q + " " + " ".join(extra)
    weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
    prev = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            f"""
            select factchecks.*, bm25(factchecks_fts, {weights}) as bm25,
                bm25(factchecks_fts, 0.0, 1.0, 0.0) as title_bm25
            from factchecks_fts join factchecks on factchecks.rowid = factchecks_fts.rowid
            where factchecks_fts match :q
            order by bm25 limit :limit
            """,
            {"q": match, "limit": max(int(limit), POOL if pool is None else int(pool))},
        ).fetchall()
    finally:
        conn.row_factory = prev
    rows = [dict(r) for r in rows]
    if not rows:
        return []
    best = -min(r["bm25"] for r in rows) or 1.0
    best_title = -min(r["title_bm25"] for r in rows) or 1.0
    q_norm = utils.default_process(q)
    q_words = content_words(q)
    q_grams = char_grams(q)
    row_grams = [char_grams(f"{r.get('claim') or ''} {r.get('title') or ''}") for r in rows]
    df = Counter()
    for g in row_grams:
        df.update(g.keys())
    n = len(rows) + 1
    idf = {k: math.log((n + 1) / (1 + df.get(k, 0))) for k in q_grams}
    for r, g in zip(rows, row_grams):
        r["score"] = round(
            rerank_score(q_norm, q_words, r, -r["bm25"] / best, -r.pop("title_bm25") / best_title,
                         _cosine(q_grams, g, idf)),
            4,
        )
    rows.sort(key=lambda r: -r["score"])
    return rows[: int(limit)]
