"""Similar claims across reports, and the FTS5 candidates search ranks.

Links the matching step stored (``claim_matches``, the claim's story) come
first; claims it never linked are found with FTS (a candidate prefilter).
The queries and the ranking live in ``matching.similar`` and ``text``; this
module only runs them against the database the page may read.
"""

from __future__ import annotations

from typing import NamedTuple

from datasette.database import QueryInterrupted

from ..matching.similar import rank_similar, similar_queries
from ..text import Stage, match_all, parse_query, search_stages, search_words
from .data import claim_dicts, claim_rows, has_changes, word_diff

FTS_CANDIDATES = 40
STORY_CANDIDATES = 40
# A word matching more claims than this is "common" when the search picks
# its rarest words (counting stops here, so the probe stays cheap).
DF_PROBE = 2000
# The rare stage's OR is ranked by bm25, which scores every claim holding any
# of its words: its words are the rarest ones whose counts add up to at most
# this many claims (ranking costs 5-8 ms per 1,000 claims on a busy machine).
RARE_ROWS = 2000
# A search stage or similar-claims tier is ranked by bm25 only when it matches
# at most this many claims (ranking scores every match, 5-8 ms per 1,000 on a
# busy machine); beyond, its first matches are taken unranked, as the loosest
# similar-claims tier always is.
SEARCH_RANKED_ROWS = 10000
SIMILAR_RANKED_ROWS = 500


def _fts_sql(page, where: str) -> str:
    return (
        "select c.id from claims_fts f join claims c on c.rowid = f.rowid "
        + ("join articles a on a.id = c.article_id " if where else "")
        + "where claims_fts match ? "
        + where
    )


async def _can_search(page) -> bool:
    return await page.can_view_all("claims", "claims_fts")


async def fts_candidates(page, text: str, limit: int = FTS_CANDIDATES, where: str = "", params=None) -> list:
    """Claim ids sharing words with claim ``text`` (for similar claims), best bm25 first per tier.

    A query interrupted by Datasette's time limit ends the search with what
    was found so far.  The tiers run in one trip to the database.
    """
    if not await _can_search(page):
        return []
    sql = _fts_sql(page, where)
    return await page.run(lambda query: _tier_ids(query, sql, text, limit, list(params or [])))


def _tier_ids(query, sql: str, text: str, limit: int, params: list) -> list[str]:
    found: list[str] = []
    for tier in similar_queries(text):
        if len(found) >= min(limit, tier.run_below):
            break
        try:
            rows = stage_rows(query, sql, [tier.match, *params], limit, tier.ranked, SIMILAR_RANKED_ROWS)
        except QueryInterrupted:
            break
        for row in rows:
            if row[0] not in found:
                found.append(row[0])
    return found[:limit]


class Rarity(NamedTuple):
    """Words of a query, rarest first, with how many claims hold each (``DF_PROBE``: at least that many)."""

    words: list[str]
    counts: list[int]

    def rare(self) -> list[str]:
        """The rarest words whose counts add up to at most ``RARE_ROWS`` (none when even the rarest is common)."""
        picked, total = [], 0
        for word, count in zip(self.words, self.counts):
            total += count
            if count >= DF_PROBE or total > RARE_ROWS:
                break
            picked.append(word)
        return picked


async def _rarest_first(page, words: list[str], probe: int = 12) -> Rarity:
    """The ``probe`` longest of ``words`` ordered by how many claims hold them
    (counted up to ``DF_PROBE``; one statement)."""
    counted = sorted(words, key=len, reverse=True)[:probe]
    sql = " union all ".join(
        f"select {i}, count(*) from (select 1 from claims_fts where claims_fts match ? limit {DF_PROBE})"
        for i in range(len(counted))
    )
    counts = dict.fromkeys(range(len(counted)), DF_PROBE)
    if counted:
        try:
            counts.update(dict(await page.execute(sql, [match_all([w], "content") for w in counted])))
        except QueryInterrupted:
            pass
    ranked = sorted(range(len(counted)), key=lambda i: (counts[i], -len(counted[i])))
    return Rarity([counted[i] for i in ranked], [counts[i] for i in ranked])


def _loose_stage(query, rarity: Rarity) -> Stage | None:
    """The rare-words stage: any of the rare words; when every word is common,
    any two of the four rarest together (intersections stay small)."""
    rare = rarity.rare()
    if rare:
        return next((s for s in search_stages(query, rare=rare) if s.name == "rare"), None)
    four = rarity.words[:4]
    if len(four) < 3:  # two words together: the "all" stage asked that already
        return None
    required = [" ".join(p) for p in query.phrases]
    pairs = [f"({match_all(required + [a, b])})" for i, a in enumerate(four) for b in four[i + 1 :]]
    return Stage("rare", "content : (" + " OR ".join(pairs) + ")")


async def _stage_rows(page, sql: str, params: list, limit: int, ranked: bool = True, rank_at_most: int = 0):
    """``stage_rows`` in one trip to the database."""
    return await page.run(lambda query: stage_rows(query, sql, params, limit, ranked, rank_at_most))


def stage_rows(query, sql: str, params: list, limit: int, ranked: bool = True, rank_at_most: int = 0):
    """The rows of FTS query ``sql`` (its MATCH the first of ``params``), the ``limit`` best by bm25.

    Asked unranked first: when no more than ``limit`` claims match, they are
    all of the answer and ranking them would only cost (bm25 counts every
    claim holding each word or phrase of the query, a whole posting list).
    With ``rank_at_most``, a query matching more claims than that is not
    ranked (it would score them all): its first ``limit`` matches are returned.
    ``query`` is ``Page.run``'s.
    """
    rows = query(sql + " limit ?", [*params, limit + 1])
    if len(rows) <= limit or not ranked:
        return rows[:limit]
    if rank_at_most:
        probe = query(
            "select count(*) from (select 1 from claims_fts where claims_fts match ? limit ?)",
            [params[0], rank_at_most + 1],
        )
        if probe[0][0] > rank_at_most:
            return rows[:limit]
    return query(sql + " order by f.rank limit ?", [*params, limit])


class Candidate(NamedTuple):
    """A claim a search stage found: enough to rank it before fetching it whole."""

    id: str
    content: str
    date: str | None
    stage: str


async def search_candidates(page, q: str, limit: int, where: str = "", params=None) -> list[Candidate]:
    """Claims for search ``q``, each with the stage that found it (in no particular order).

    The stages of ``text.search_stages`` run strictest first until ``limit``
    claims are found; the rare-words stage ORs the query's rarest words (by
    how many claims hold them, at most ``RARE_ROWS`` claims in all), or when
    even the rarest word is common asks for any two of the four rarest.  A stage matching more than
    ``limit`` claims keeps its ``limit`` best by bm25 (its first ``limit``
    when it matches more than ``SEARCH_RANKED_ROWS``).
    """
    if not await _can_search(page):
        return []
    query = parse_query(q)
    sql = (
        "select c.id, c.content, coalesce(a.published, c.said_on) from claims_fts f "
        "join claims c on c.rowid = f.rowid join articles a on a.id = c.article_id "
        "where claims_fts match ? " + where
    )
    found: dict[str, Candidate] = {}
    for stage in search_stages(query):
        if len(found) >= limit:
            break
        if stage.name == "rare":
            stage = _loose_stage(query, await _rarest_first(page, search_words(query)))
            if stage is None:
                continue
        try:
            rows = await _stage_rows(page, sql, [stage.match, *(params or [])], limit,
                                     rank_at_most=SEARCH_RANKED_ROWS)
        except QueryInterrupted:
            break
        for row in rows:
            if row[0] not in found:
                found[row[0]] = Candidate(row[0], row[1] or "", row[2], stage.name)
    return list(found.values())


class Sources(NamedTuple):
    """Where similar claims may come from, by what the actor may read."""

    matches: bool
    story: bool
    search: bool


async def similar_claims(page, claim: dict, limit: int = 12) -> list[dict]:
    """Claims in other reports that state the same thing as ``claim``, best first."""
    sources = Sources(await page.can_view("claim_matches"),
                      bool(claim.get("story_id")) and await page.can_view("stories"), await _can_search(page))
    def read(query):  # the stored links, the story, the FTS tiers and the claims found: one trip
        found = _found(query, claim, sources)
        return found, claim_rows(query, list(found))

    found, rows = await page.run(read)
    results = rank_similar(claim, found, claim_dicts(page, rows), limit)
    for r in results:  # diffs only for what is shown
        ops = word_diff(claim["content"], r["claim"]["content"])
        # drift is matching's judgement of a stored link; a claim that only shares the story,
        # or that search suggests, was never judged: it has a diff but no kind
        r["kind"] = r["kind"] or (None if has_changes(ops) else "same")
        r["diff"] = ops if has_changes(ops) else []
    return results


def _found(query, claim: dict, sources: Sources) -> dict[str, dict]:
    """Candidate claims and their links: stored links first, then the story's claims, then FTS."""
    found: dict[str, dict] = {}
    if sources.matches:
        rows = query(
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
                found[r["other"]] = {"score": r["score"], "kind": r["kind"], "method": r["method"], "linked": True}
    if sources.story:
        rows = query("select id from claims where story_id = ? and id != ? limit ?",
                     [claim["story_id"], claim["id"], STORY_CANDIDATES])
        for r in rows:
            found.setdefault(r[0], {"score": None, "kind": None, "method": "story", "linked": True})
    if sources.search:
        for other in _tier_ids(query, _fts_sql(None, ""), claim["content"], FTS_CANDIDATES, []):
            if other != claim["id"] and other not in found:
                found[other] = {"score": None, "kind": None, "method": "fts+similarity", "linked": False}
    return found
