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

A prior for prolific claimants is added last: ``CLAIMANT_WEIGHT *
log(1 + checks of this claimant) / log(1 + all checks)``, counted in the
archive being searched.  Whoever has been checked often is likely to be
repeating something already checked (the same talking point in the next
debate, the same hoax in the next viral post).

When the caller knows when the statement was made (``when``), a date prior
joins both stages: fact-checks of claims made in the year before the
statement have their bm25 doubled when the candidates are picked, and the
rerank adds ``DATE_WEIGHT * exp(-days_before / DATE_SCALE_DAYS)`` for a
claim made on or up to ``DATE_SLACK_DAYS`` after that day (0 for later
claims and undated fact-checks).  Politicians repeat themselves, and a
repeated claim is usually checked around the time it is going round.

The weights were tuned on the CheckThat! 2021 2A and 2B training queries
(see ``benchmarks/eval_factcheck_retrieval.py`` and docs/factchecks.md).
"""

from __future__ import annotations

import datetime
import math
import re
import sqlite3
from collections import Counter

from rapidfuzz import fuzz, utils

from .parse import norm_date

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

# rerank bonus for claimants with many fact-checks in the archive (log-scaled, 1.0 = every check is theirs)
CLAIMANT_WEIGHT = 1.0

# The date prior (only with ``when``): tuned on the CheckThat! 2021 2B training queries.
DATE_WEIGHT = 1.0  # rerank bonus for a claim made on the statement's day, decaying with
DATE_SCALE_DAYS = 365.0  # ... exp(-days_before / scale)
DATE_SLACK_DAYS = 1  # a claim dated up to this many days after the statement still counts as "before"
DATE_WINDOW_DAYS = 365  # FTS stage: claims made this many days before (up to the slack after) ...
DATE_POOL_BOOST = 2.0  # ... have their bm25 multiplied by this when the candidates are picked

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


def as_date(value) -> datetime.date | None:
    """A ``datetime.date`` from a date, datetime or date text ("2016-09-26", "September 26, 2016"); else None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = norm_date(value)
    try:
        return datetime.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def date_prior(when: datetime.date | None, claim_date) -> float:
    """1.0 for a claim made on the day of the statement, decaying the longer before it; 0 if after or undated."""
    if when is None or not claim_date:
        return 0.0
    try:
        said = datetime.date.fromisoformat(str(claim_date)[:10])
    except ValueError:
        return 0.0
    days = (when - said).days
    if days < -DATE_SLACK_DAYS:
        return 0.0
    return math.exp(-max(days, 0) / DATE_SCALE_DAYS)


_CLAIMANT_COUNTS: dict = {}  # archive fingerprint -> (all checks, {claimant: checks})


def _claimant_counts(conn) -> tuple[int, dict]:
    """How many fact-checks there are, and per claimant.

    Cached per database file until the archive gains or loses fact-checks (an
    update that only changes a claimant is picked up at the next import that
    adds one; the prior is a nudge, so that is good enough).
    """
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples whatever the connection uses
    path = next((row[2] for row in cur.execute("pragma database_list") if row[1] == "main"), "")
    total, last = cur.execute("select count(*), max(rowid) from factchecks").fetchone()
    key = (path, total, last)
    if not path or key not in _CLAIMANT_COUNTS:  # in-memory databases are counted every time
        if len(_CLAIMANT_COUNTS) > 16:
            _CLAIMANT_COUNTS.clear()
        counts = dict(cur.execute("select claimant, count(*) from factchecks where claimant is not null group by claimant"))
        if not path:
            return total, counts
        _CLAIMANT_COUNTS[key] = (total, counts)
    return _CLAIMANT_COUNTS[key]


def claimant_prior(conn, rows) -> dict:
    """``{claimant: log(1 + their checks) / log(1 + all checks)}`` for the claimants among ``rows``."""
    names = {r.get("claimant") for r in rows if r.get("claimant")}
    if not names:
        return {}
    total, counts = _claimant_counts(conn)
    if total < 2:
        return {}
    scale = math.log(1 + total)
    return {name: math.log(1 + counts[name]) / scale for name in names if counts.get(name)}


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


def search_factchecks(conn, q: str, limit: int = 10, pool: int | None = None, when=None) -> list[dict]:
    """Fact-checks most likely to be about ``q``, best first ([] without the table).

    Each row is a ``factchecks`` row plus ``bm25`` (FTS5, lower is better) and
    ``score`` (the rerank score, higher is better).  ``pool`` is how many FTS
    candidates are reranked (default ``POOL``; fewer is faster).  ``when`` is
    the date the statement was made (a date, datetime or date text), if known:
    fact-checks of claims made shortly before it then rank higher.  Without it
    (or if it does not parse) the ranking is text only.
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
    day = as_date(when)
    params = {"q": match, "limit": max(int(limit), POOL if pool is None else int(pool))}
    order = "bm25"
    if day is not None:
        # bm25 is negative (lower is better): multiplying by the boost favours recent claims
        order = "bm25 * (case when factchecks.claim_date between :start and :end then :boost else 1.0 end)"
        params.update(
            start=(day - datetime.timedelta(days=DATE_WINDOW_DAYS)).isoformat(),
            end=(day + datetime.timedelta(days=DATE_SLACK_DAYS)).isoformat() + "~",  # any time text on that day
            boost=float(DATE_POOL_BOOST),
        )
    prev = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            f"""
            select factchecks.*, bm25(factchecks_fts, {weights}) as bm25,
                bm25(factchecks_fts, 0.0, 1.0, 0.0) as title_bm25
            from factchecks_fts join factchecks on factchecks.rowid = factchecks_fts.rowid
            where factchecks_fts match :q
            order by {order} limit :limit
            """,
            params,
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
    prolific = claimant_prior(conn, rows) if CLAIMANT_WEIGHT else {}
    for r, g in zip(rows, row_grams):
        r["score"] = round(
            rerank_score(q_norm, q_words, r, -r["bm25"] / best, -r.pop("title_bm25") / best_title,
                         _cosine(q_grams, g, idf))
            + DATE_WEIGHT * date_prior(day, r.get("claim_date"))
            + CLAIMANT_WEIGHT * prolific.get(r.get("claimant"), 0.0),
            4,
        )
    rows.sort(key=lambda r: -r["score"])
    return rows[: int(limit)]
