"""Ranking for the two "find this claim" questions the pages ask.

* Search (``search_score``): a pasted claim, a fragment of one, a fragment
  with a word dropped or two swapped, or a few keywords.  The FTS5 stages
  (``text.search_stages``) find candidates; this module orders them by how
  much of the query stands in the claim (rapidfuzz ``partial_ratio``: the
  query as a stretch of the claim), how many of the query's content words
  the claim holds, and how much of the claim the query is (so the claim a
  full paste reproduces outranks longer claims that contain it; for a query
  of a word or two, a keyword search, only whether the claim is a statement
  of a few words, not the keyword alone).
* Similar claims (``similar_queries`` + ``rank_similar``): other reports of
  a claim, scored with ``claim_similarity`` on a cheap rapidfuzz shortlist.

Pure Python over strings and plain dicts; the views run the SQL.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz, process, utils

from ..text import Query, content_words, match_all, match_any, parse_query, tokens
from .similarity import claim_similarity, stem

# ---- search ----------------------------------------------------------------------

# Weights of the search score (sum 1): the query as a stretch of the claim,
# the share of its content words in the claim, the query against the whole claim.
W_STRETCH = 0.5
W_COVER = 0.35
W_WHOLE = 0.15
# A candidate that the phrase stage found (the query's words verbatim, in order).
PHRASE_BONUS = 0.1
# A claim lacking a phrase the query quotes keeps this share of its score.
MISSING_PHRASE = 0.8
# A query of at most KEYWORD_WORDS words is a keyword search, not a paste: there
# the whole-claim part asks only that a claim be a statement of STATEMENT_WORDS
# words or more, so "tariffs" does not put a claim of that one word first.
KEYWORD_WORDS = 2
STATEMENT_WORDS = 3


class SearchText(NamedTuple):
    """A query prepared once for scoring many candidates."""

    processed: str
    content: frozenset
    phrases: list[str]
    keyword: bool  # at most KEYWORD_WORDS words


def prepare_query(q: str | Query) -> SearchText:
    query = q if isinstance(q, Query) else parse_query(q)
    words = query.all_words
    content = frozenset(stem(w) for w in content_words(" ".join(words))) or frozenset(stem(w) for w in words)
    return SearchText(" ".join(words), content, [" ".join(p) for p in query.phrases], len(words) <= KEYWORD_WORDS)


def search_score(q: str | Query | SearchText, content: str, verbatim: bool = False) -> float:
    """How well claim text ``content`` answers the search ``q`` (0..1, rounded).

    ``verbatim``: the candidate came from the phrase stage (the whole query
    stands in it word for word) and is lifted above the rest.
    """
    s = q if isinstance(q, SearchText) else prepare_query(q)
    if not s.processed:
        return 0.0
    claim_words = tokens(content)
    claim = " ".join(claim_words)
    if not claim:
        return 0.0
    stretch = fuzz.partial_ratio(s.processed, claim) / 100
    have = {stem(w) for w in claim_words}
    cover = len(s.content & have) / len(s.content) if s.content else 0.0
    whole = min(1.0, len(claim_words) / STATEMENT_WORDS) if s.keyword else fuzz.ratio(s.processed, claim) / 100
    score = W_STRETCH * stretch + W_COVER * cover + W_WHOLE * whole
    if s.phrases and not all(f" {p} " in f" {claim} " for p in s.phrases):
        score *= MISSING_PHRASE  # the quoted words, but not as the phrase asked for
    if verbatim:
        score = min(1.0, score + PHRASE_BONUS)
    return round(score, 4)


# ---- similar claims --------------------------------------------------------------

SIMILAR_THRESHOLD = 0.5
# claim_similarity (~0.25 ms a pair) runs only on the candidates a cheap
# rapidfuzz token-sort ratio puts first.
SHORTLIST = 24


def shortlist(text: str, candidates: dict[str, str], k: int = SHORTLIST) -> set[str]:
    """The ``k`` candidate ids (from ``{id: content}``) closest to ``text``, cheaply."""
    if len(candidates) <= k:
        return set(candidates)
    best = process.extract(text, candidates, scorer=fuzz.token_sort_ratio, processor=utils.default_process, limit=k)
    return {key for _, _, key in best}


class Tier(NamedTuple):
    """One FTS5 query for similar claims; ``run_below``: tried only while fewer were found."""

    match: str
    run_below: int
    ranked: bool = True


def similar_queries(text: str, column: str = "content") -> list[Tier]:
    """FTS5 queries for other reports of claim ``text``, strict to loose.

    1. all of the (up to) six longest content words;
    2. any two of the four longest (paraphrases share some rare words);
    3. any word, only when the first two found almost nothing, unranked
       (ranking an OR of common words scores most of the table).

    Intersections stay in milliseconds at a million claims.
    """
    words = sorted(content_words(text), key=len, reverse=True) or list(dict.fromkeys(tokens(text)))
    if not words:
        return []
    top = words[:6]
    tiers = [Tier(match_all(top, column), 10**9)]
    four = words[:4]
    if len(four) > 2:
        pairs = [f"({match_all([a, b])})" for i, a in enumerate(four) for b in four[i + 1 :]]
        tiers.append(Tier(f"{column} : (" + " OR ".join(pairs) + ")", 10**9))
    if len(top) > 1:
        tiers.append(Tier(match_any(top, column), 10, ranked=False))
    return tiers


def rank_similar(claim: dict, found: dict[str, dict], others: dict[str, dict], limit: int = 12) -> list[dict]:
    """Order candidate claims as other reports of ``claim``.

    ``found`` maps claim id to its link (``score``, ``kind``, ``method``,
    ``linked``: stored by matching, or ``score`` None for FTS candidates);
    ``others`` maps claim id to the claim dict (``content``, ``speaker``,
    ``article.id``, ``article.published``).  Unlinked candidates are scored
    with ``claim_similarity`` (only a shortlist of them) and kept at or above
    ``SIMILAR_THRESHOLD``; claims of the same report are dropped unless linked.
    """
    unscored = {i: others[i]["content"] for i, link in found.items() if link["score"] is None and i in others}
    keep = shortlist(claim["content"], unscored)
    results = []
    for other_id, link in found.items():
        other = others.get(other_id)
        if other is None:
            continue
        same_article = other["article"]["id"] == claim["article"]["id"]
        if same_article and not link["linked"]:
            continue  # the same report repeating itself is not another report
        score = link["score"]
        if score is None:
            if other_id not in keep:
                continue
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
                "same_article": same_article,
            }
        )
    results.sort(key=lambda r: (-r["score"], r["claim"]["article"]["published"] or "9999", r["claim"]["id"]))
    return results[:limit]
