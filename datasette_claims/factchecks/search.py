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
   title's content words found in the statement, a cosine of character
   4-grams with idf taken over the pool (robust to "singlepayer" against
   "single-payer", plurals and tenses), and whether the statement and the
   fact-check share a number ("$1.7 billion", "23 million").

Words, stop words and FTS5 query strings come from ``datasette_claims.text``,
as for claim search and matching.

A prior for prolific claimants is added last: ``CLAIMANT_WEIGHT *
log(1 + checks of this claimant) / log(1 + all checks)``, counted in the
archive being searched.  Whoever has been checked often is likely to be
repeating something already checked (the same talking point in the next
debate, the same hoax in the next viral post).  A second claimant prior adds
``QUOTED_CLAIMANT_WEIGHT * (share of the claimant's checks whose claim is a
quotation)``: the statements searched here are things people said (a claim
of a report, a line of a debate), and they repeat claimants the archive
quotes -- politicians, officials -- more often than claimants it can only
paraphrase ("Facebook posts", "Viral image", "Bloggers").

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
import sqlite3
from collections import Counter
from typing import NamedTuple

from rapidfuzz import fuzz, utils

from ..matching.similarity import stem
from ..text import STOPWORDS, match_any, tokens
from ..text import content_words as _content_words
from .parse import norm_date
from ..store.connection import has_table

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
    "numbers": 0.0,  # 1 when the statement and the fact-check (claim or title) share a number
}

# rerank bonus for claimants with many fact-checks in the archive (log-scaled, 1.0 = every check is theirs)
CLAIMANT_WEIGHT = 1.0
# rerank bonus for claimants whose checked claims are quotations (times the share of their checks that are)
QUOTED_CLAIMANT_WEIGHT = 0.75
QUOTE_MARKS = ('"', "\u201c")  # a claim that starts with one of these quotes its claimant

# The date prior (only with ``when``): tuned on the CheckThat! 2021 2B training queries.
DATE_WEIGHT = 1.0  # rerank bonus for a claim made on the statement's day, decaying with
DATE_SCALE_DAYS = 365.0  # ... exp(-days_before / scale)
DATE_SLACK_DAYS = 1  # a claim dated up to this many days after the statement still counts as "before"
DATE_WINDOW_DAYS = 365  # FTS stage: claims made this many days before (up to the slack after) ...
DATE_POOL_BOOST = 2.0  # ... have their bm25 multiplied by this when the candidates are picked


def query_words(q: str) -> list[str]:
    """The distinct lower-cased words of ``q``, in order."""
    return list(dict.fromkeys(tokens(q)))


def fts_query(q: str, extra=()) -> str | None:
    """An FTS5 OR-query over the words of ``q`` (no operators leak through)."""
    words = query_words(q)
    words += [w for w in extra if w not in words]
    return match_any(words)


def _indexed(conn, word: str, cache: dict) -> bool:
    if word not in cache:
        cache[word] = bool(
            conn.execute("select 1 from factchecks_fts where factchecks_fts match ? limit 1", [match_any([word])]).fetchone()
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


def content_words(text: str) -> set[str]:
    """The stems of ``text``'s content words (``text.content_words``)."""
    return {stem(w) for w in _content_words(text)}


def _cover(words: set[str], query_words: set[str]) -> float:
    return len(words & query_words) / len(words) if words else 0.0


def char_grams(text: str, n: int = 4) -> Counter:
    """Character n-grams of each content word, padded with spaces ("singlepayer" ~ "single-payer")."""
    grams = Counter()
    for word in tokens(text):
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


_CLAIMANT_COUNTS: dict = {}  # archive fingerprint -> ClaimantCounts


class ClaimantCounts(NamedTuple):
    total: int  # fact-checks in the archive
    checks: dict  # {claimant: their fact-checks}
    quoted: dict  # {claimant: their fact-checks whose claim is a quotation}


def _claimant_counts(conn) -> ClaimantCounts:
    """How many fact-checks there are, and per claimant (all, and those quoting the claimant).

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
        rows = cur.execute(
            "select claimant, count(*), sum(substr(ltrim(claim), 1, 1) in (?, ?)) from factchecks"
            " where claimant is not null group by claimant",
            QUOTE_MARKS,
        ).fetchall()
        counts = ClaimantCounts(total, {r[0]: r[1] for r in rows}, {r[0]: r[2] or 0 for r in rows})
        if not path:
            return counts
        _CLAIMANT_COUNTS[key] = counts
    return _CLAIMANT_COUNTS[key]


def claimant_prior(conn, rows) -> dict:
    """``{claimant: log(1 + their checks) / log(1 + all checks)}`` for the claimants among ``rows``."""
    names = {r.get("claimant") for r in rows if r.get("claimant")}
    if not names:
        return {}
    counts = _claimant_counts(conn)
    if counts.total < 2:
        return {}
    scale = math.log(1 + counts.total)
    return {name: math.log(1 + counts.checks[name]) / scale for name in names if counts.checks.get(name)}


def quoted_claimant_prior(conn, rows) -> dict:
    """``{claimant: share of their fact-checks whose claim is a quotation}`` for the claimants among ``rows``."""
    names = {r.get("claimant") for r in rows if r.get("claimant")}
    if not names:
        return {}
    counts = _claimant_counts(conn)
    return {name: counts.quoted.get(name, 0) / counts.checks[name] for name in names if counts.checks.get(name)}


def numbers(text: str | None) -> set[str]:
    """The numbers written in ``text`` ("$1.7 billion" -> 1, 7), as FTS5 tokens."""
    return {w for w in tokens(text) if w.isdigit()}


def features(q_norm: str, q_words: set[str], row: dict, q_numbers: frozenset = frozenset()) -> dict[str, float]:
    """The text features of one candidate (names as in ``WEIGHTS``; the pool-relative ones are added by the caller)."""
    claim = utils.default_process(row.get("claim") or "")
    title = utils.default_process(row.get("title") or "")
    shared = q_numbers and q_numbers & (numbers(row.get("claim")) | numbers(row.get("title")))
    return {
        "numbers": 1.0 if shared else 0.0,
        "claim_set": fuzz.token_set_ratio(q_norm, claim) / 100,
        "title_set": fuzz.token_set_ratio(q_norm, title) / 100 if title else 0.0,
        "claim_inside": fuzz.partial_ratio(claim, q_norm) / 100 if claim else 0.0,
        "claim_cover": _cover(content_words(row.get("claim")), q_words),
        "title_cover": _cover(content_words(row.get("title")), q_words),
    }


def _pool(conn, match: str, pool: int, order: str, params: dict) -> list[dict]:
    """The ``pool`` best fact-checks for FTS5 query ``match``: rows plus ``_rowid``,
    ``bm25`` (claim and title) and ``title_bm25`` (lower is better)."""
    weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
    prev = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            f"""
            select factchecks.rowid as _rowid, factchecks.*, bm25(factchecks_fts, {weights}) as bm25,
                bm25(factchecks_fts, 0.0, 1.0, 0.0) as title_bm25
            from factchecks_fts join factchecks on factchecks.rowid = factchecks_fts.rowid
            where factchecks_fts match :q
            order by {order} limit :limit
            """,
            {**params, "q": match, "limit": pool},
        ).fetchall()
    finally:
        conn.row_factory = prev
    return [dict(r) for r in rows]


def candidates(conn, q: str, pool: int, when=None) -> tuple[str, list[dict]]:
    """The ``pool`` best FTS5 candidates for ``q`` by bm25 over all its words
    (rows plus ``bm25`` and ``title_bm25``), and the query text with any split
    compounds appended.

    Function words stay in the query: debate lines are mostly function words,
    and bm25 over content words alone ranked worse on the training queries.
    """
    extra = split_compounds(conn, query_words(q)) if SPLIT_COMPOUNDS else []
    match = fts_query(q, extra)
    if not match:
        return q, []
    if extra:
        q = q + " " + " ".join(extra)
    weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
    day = as_date(when)
    params: dict = {}
    order = f"bm25(factchecks_fts, {weights})"
    if day is not None:
        # bm25 is negative (lower is better): multiplying by the boost favours recent claims
        order += " * (case when factchecks.claim_date between :start and :end then :boost else 1.0 end)"
        params.update(
            start=(day - datetime.timedelta(days=DATE_WINDOW_DAYS)).isoformat(),
            end=(day + datetime.timedelta(days=DATE_SLACK_DAYS)).isoformat() + "~",  # any time text on that day
            boost=float(DATE_POOL_BOOST),
        )
    rows = _pool(conn, match, pool, order, params)
    for r in rows:
        r.pop("_rowid")
    return q, rows


def pool_features(conn, q: str, rows: list[dict], when=None) -> list[dict[str, float]]:
    """Every feature of every candidate in ``rows`` (from ``candidates``), as ``WEIGHTS`` names them,
    plus ``date``, ``claimant`` and ``quoted_claimant`` (the priors)."""
    if not rows:
        return []
    best = -min(r["bm25"] for r in rows) or 1.0
    best_title = -min(r["title_bm25"] for r in rows) or 1.0
    q_norm = utils.default_process(q)
    q_words = content_words(q)
    q_grams = char_grams(q)
    q_numbers = frozenset(numbers(q))
    row_grams = [char_grams(f"{r.get('claim') or ''} {r.get('title') or ''}") for r in rows]
    df = Counter()
    for g in row_grams:
        df.update(g.keys())
    n = len(rows) + 1
    idf = {k: math.log((n + 1) / (1 + df.get(k, 0))) for k in q_grams}
    prolific = claimant_prior(conn, rows)
    quoted = quoted_claimant_prior(conn, rows)
    day = as_date(when)
    out = []
    for r, g in zip(rows, row_grams):
        f = features(q_norm, q_words, r, q_numbers)
        f.update(
            bm25=-r["bm25"] / best,
            title_bm25=-r["title_bm25"] / best_title,
            char_grams=_cosine(q_grams, g, idf),
            date=date_prior(day, r.get("claim_date")),
            claimant=prolific.get(r.get("claimant"), 0.0),
            quoted_claimant=quoted.get(r.get("claimant"), 0.0),
        )
        out.append(f)
    return out


def combine(f: dict[str, float]) -> float:
    """The rerank score of one candidate's features."""
    score = sum(WEIGHTS[k] * f.get(k, 0.0) for k in WEIGHTS)
    score += CLAIMANT_WEIGHT * f.get("claimant", 0.0) + QUOTED_CLAIMANT_WEIGHT * f.get("quoted_claimant", 0.0)
    return score + DATE_WEIGHT * f.get("date", 0.0)


def search_factchecks(conn, q: str, limit: int = 10, pool: int | None = None, when=None) -> list[dict]:
    """Fact-checks most likely to be about ``q``, best first ([] without the table).

    Each row is a ``factchecks`` row plus ``bm25`` (FTS5, lower is better) and
    ``score`` (the rerank score, higher is better).  ``pool`` is how many FTS
    candidates are reranked (default ``POOL``; fewer is faster).  ``when`` is
    the date the statement was made (a date, datetime or date text), if known:
    fact-checks of claims made shortly before it then rank higher.  Without it
    (or if it does not parse) the ranking is text only.
    """
    if not q or not q.strip() or not has_table(conn, "factchecks_fts"):
        return []
    q, rows = candidates(conn, q, max(int(limit), POOL if pool is None else int(pool)), when)
    for r, f in zip(rows, pool_features(conn, q, rows, when)):
        r.pop("title_bm25", None)
        r["score"] = round(combine(f), 4)
    rows.sort(key=lambda r: -r["score"])
    return rows[: int(limit)]
