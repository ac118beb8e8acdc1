"""``/<db>/-/claims/search``: paste a claim, get where it appeared, earliest first-class."""

from __future__ import annotations

import json
import os
import urllib.parse
from typing import NamedTuple

from datasette.database import QueryInterrupted
from datasette.utils.asgi import BadRequest

from ..matching.drift import meaning_flags
from ..matching.drift import word_diff as meaning_diff
from ..matching.similar import prepare_query, search_score
from ..matching.similarity import NEGATIONS
from ..store.schema import full_text_deferred
from ..text import content_word_set, content_words, search_stages, tokens
from .data import (
    QUERY_MAX,
    SOURCING_LABELS,
    STORY_SELECT,
    UNNAMED_SOURCING,
    claims_in_order,
    fetch_claims,
    is_common,
    json_list,
    like_pattern,
    public,
    statement_ratings,
    story_dict,
)
from .search_speakers import HAS_CLAIMS, NamedSpeaker, named_score, speaker_candidates, speaker_in_query
from .similar import search_candidates
from .verdict_hook import past_factchecks

MIN_SCORE = 0.3
STRONG_SCORE = 0.6
# Fewer words than this state nothing to negate: keywords (``statement_of``).
STATEMENT_WORDS = 4
# FTS candidates re-ranked per query (rapidfuzz, a few microseconds each).
CANDIDATES = 100
# The longest query read from an address before it is cut to QUERY_MAX (a server takes
# addresses of about 16 kB): past it a 400, as for any parameter too long to be a query.
QUERY_LINK_MAX = 20_000


class Filters(NamedTuple):
    shown: dict  # the values asked for, as the page shows them
    where: list[str]  # SQL conditions on ``c`` claims and ``a`` articles
    params: list
    by_date: bool  # a filter matches many claims: list them walking the dates


class Found(NamedTuple):
    results: list[dict]  # {"score", "claim", "negation_flipped"}, the page's
    next: list | None  # the token of the next page
    earliest: dict | None = None  # the earliest strong match (with words only)
    capped: bool = False  # the candidates stopped at CANDIDATES
    speaker: dict | None = None  # the speaker the query names: {"name", "url", "rest"}


async def _filters(page) -> Filters:
    """SQL conditions (on ``c`` claims and ``a`` articles) and their parameters."""
    values = {**page.place_and_time_args(), "sourcing": page.arg("sourcing", max_length=50)}
    if values["sourcing"] and not await _known_sourcing(page, values["sourcing"]):
        raise BadRequest("sourcing must be one of: " + ", ".join([*SOURCING_LABELS, "unnamed"]))
    if values["since"] and values["until"] and values["since"][: len(values["until"])] > values["until"]:
        raise BadRequest("since must not be after until")
    where, params, by_date = [], [], False
    if values["speaker"]:
        cond, more, common = await _speaker_condition(page, values["speaker"])
        where.append(cond)
        params += more
        by_date = by_date or common
    if values["outlet"]:
        where.append("a.outlet = ?")
        params.append(values["outlet"])
    if values["since"]:
        where.append("a.published >= ?")
        params.append(values["since"])
    if values["until"]:
        # "2008" and "2008-06" include the whole year / month.
        where.append("a.published <= ?")
        params.append(values["until"] + "~")
    if values["sourcing"]:
        kinds = list(UNNAMED_SOURCING) if values["sourcing"] == "unnamed" else [values["sourcing"]]
        marks = ", ".join("?" for _ in kinds)
        column, common = await _column_for(page, "sourcing", kinds)
        where.append(f"{column} in ({marks})")
        params += kinds
        by_date = by_date or common
    return Filters(values, where, params, by_date)


async def _known_sourcing(page, value: str) -> bool:
    """A sourcing the extractor gives, ``unnamed``, or one stored by other means (the index answers)."""
    if value in SOURCING_LABELS or value == "unnamed":
        return True
    return (await page.execute("select 1 from claims where sourcing = ? limit 1", [value])).first() is not None


async def _column_for(page, column, values):
    """``c.<column>``, or ``+c.<column>`` (index unused) for common values, and
    whether the listing should then walk the claims in date order."""
    if await is_common(page, column, values):
        return f"+c.{column}", True
    return f"c.{column}", False


# A name typed as the claims give it ("Varga", "ms. varga", "dunst"): the
# speakers whose name or an alias it is, whatever the case, else those in whose
# name or an alias its words stand together ("dunst" in "Karel Dunst").  Only
# asked when no id or exact name matched through the indexes; LIKE narrows the
# rows (ASCII case folded), Python reads their JSON lists (the authorizer
# refuses json_each).
SPEAKER_BY_NAME = f"""select id, name, aliases from speakers
    where (name like ?1 escape '\\' or aliases like ?2 escape '\\' or aliases like ?3 escape '\\')
    and {HAS_CLAIMS} limit 500"""


def _words_within(words: list[str], name: str) -> bool:
    have = tokens(name)
    return any(have[i:i + len(words)] == words for i in range(len(have) - len(words) + 1))


async def _speakers_named(page, value: str) -> list[str]:
    patterns = [like_pattern(value)] + [like_pattern(json.dumps(value, ensure_ascii=a)[1:-1]) for a in (True, False)]
    rows = [(r["id"], [r["name"], *json_list(r["aliases"])]) for r in await page.execute(SPEAKER_BY_NAME, patterns)]
    rows = [(ident, [n for n in names if isinstance(n, str)]) for ident, names in rows]
    wanted, words = value.casefold(), tokens(value)
    exact = [ident for ident, names in rows if any(n.casefold() == wanted for n in names)]
    if exact or not words:
        return exact[:50]
    return [ident for ident, names in rows if any(_words_within(words, n) for n in names)][:50]


async def _speaker_condition(page, value):
    """A speaker id, name or alias, matched through the speakers table (its indexes first)."""
    if await page.can_view("speakers"):
        rows = await page.execute(f"select id from speakers where (id = ? or name = ?) and {HAS_CLAIMS} limit 50",
                                  [value, value])
        ids = [r[0] for r in rows] or await _speakers_named(page, value)
        if ids:
            marks = ", ".join("?" for _ in ids)
            column, common = await _column_for(page, "speaker_id", ids)
            return f"{column} in ({marks})", ids, common
    return "(c.speaker_id = ? or c.speaker = ?)", [value, value], False


async def search_page(page):
    await page.resolve()
    q, cut = _query(page)
    size = page.size()
    token = page.next_token()
    filters = await _filters(page)
    found = Found([], None)
    if q:
        found = await _ranked(page, q, filters.where, filters.params, size, token)
    elif filters.where:
        found = await _filtered(page, filters.where, filters.params, size, token, filters.by_date)
    await _rated(page, found)
    await _speaker_names(page, found)
    next_token, next_url = page.next_url(found.next)
    data = {
        "q": q,
        # a longer paste (a link, a script) is searched by its first QUERY_MAX characters, as
        # the search box keeps them: the number of characters left out, or 0
        "q_cut": cut,
        "filters": filters.shown,
        "earliest": found.earliest,
        # a speaker's name in the query: their claims were searched on its other words
        "speaker_named": found.speaker,
        "results": found.results,
        # Search ranks the first CANDIDATES claims full-text search finds: say so when it
        # stopped there, and where every claim holding the words is listed.
        "capped": found.capped,
        "every_match_url": _every_match_url(page, q) if found.capped else None,
        # (without filters: the articles' text is searched whatever its claims' speaker or date)
        "in_articles": (await _in_articles(page, q)
                        if q and _none_strong(found.results) and not filters.where and token is None else []),
        "factchecks": await past_factchecks(page, q) if q else [],
        "next": next_token,
        "next_url": next_url,
        # a first load killed before its end left its full-text indexes to fill (``defer_full_text``)
        "index_unfilled": bool(await page.read(full_text_deferred)),
    }
    if page.is_json:
        return "claims_search.html", data
    extra = {"sourcing_options": SOURCING_LABELS, "outlet_options": await _outlets(page), "candidates": CANDIDATES,
             "strong_score": STRONG_SCORE,  # (where the page marks the weaker matches)
             "db_file": os.path.basename(page.db.path or page.database)}
    return "claims_search.html", data, extra


def _query(page) -> tuple[str | None, int]:
    """The query and how many characters of it were left out: the box keeps the first
    QUERY_MAX characters of a paste, and a longer query in a link or from a script is cut
    the same way, at a word's end, not refused (an address holds far less than the limit)."""
    q = page.arg("q", max_length=QUERY_LINK_MAX)
    if q is None or len(q) <= QUERY_MAX:
        return q, 0
    kept = q[:QUERY_MAX]
    if not q[QUERY_MAX].isspace() and " " in kept:
        kept = kept[:kept.rindex(" ")]
    kept = kept.rstrip()
    return kept, len(q) - len(kept)


async def _rated(page, found: Found) -> None:
    """Each result (and the earliest appearance) with ``verdict``: the current rating of its
    statement (``statement_ratings``), so that a pasted claim the desk has already checked
    says so where it is found (before, only its claim page did)."""
    shown = list(found.results) + ([found.earliest] if found.earliest else [])
    ratings = await statement_ratings(page, [r["claim"] for r in shown])
    for r in shown:
        r["verdict"] = ratings.get(r["claim"]["id"])


async def _speaker_names(page, found: Found) -> None:
    """Each result's claim with ``speaker_name``: the name the speakers table gives its
    speaker, when a reader may see that table and it differs from the claim's own wording.
    A speaker merged into another (a report's "Roe" into "Jo Roe", a transcript's "Ald. Jo
    Roe") is listed by the name the speaker's page shows; before, a list of one person's
    claims showed as many names as reports wrote, each linking to the same page."""
    claims = [r["claim"] for r in found.results if r["claim"].get("speaker_url")]
    ids = sorted({c["speaker_id"] for c in claims if c.get("speaker_id")})
    if not ids or not await page.can_view("speakers"):
        return
    names = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = await page.execute(f"select id, name from speakers where id in ({', '.join('?' for _ in chunk)})",
                                  chunk)
        names.update((row[0], row[1]) for row in rows)
    for c in claims:
        name = names.get(c["speaker_id"])
        if name and name != c["speaker"]:
            c["speaker_name"] = name


async def _earliest(page, first: tuple | None, strong: list[tuple], claims: dict) -> dict | None:
    """The earliest strong match (``first``: -score, date, id) with its story; the story's
    own first appearance instead when it is a strong match of that day (or undated, out by
    that day through a reprint): a day's reports tie on the date, and the story knows which
    one the others reprint, where the claim ids would pick one at random."""
    if not first or first[2] not in claims:
        return None
    claim, score, story = claims[first[2]], -first[0], None
    if claim["story_id"] and await page.can_view("stories"):
        row = (await page.execute(STORY_SELECT + " where id = ?", [claim["story_id"]])).first()
        # The story knows the first appearance across the whole database,
        # beyond the candidates this search ranked.
        story = story_dict(row, page.urls) if row else None
    lead = story["first_claim_id"] if story else None
    scores = {r[2]: -r[0] for r in strong}
    if lead and lead != claim["id"] and lead in scores and story["first_published"] == first[1]:
        claim = (await fetch_claims(page, [lead])).get(lead, claim)
        score = scores[lead] if claim["id"] == lead else score
    return {"score": score, "claim": public(claim), "story": story}


async def _ranked(page, q, where, params, size, token) -> Found:
    """Search results for ``q``: FTS stages find candidates, ``search_score`` orders them.

    Candidates are ranked on their text and date alone; only the page shown
    (and the earliest strong match) is fetched whole.  ``capped`` says whether
    the candidates stopped at ``CANDIDATES`` (more claims may hold the words).
    """
    where_sql = "".join(" and " + w for w in where)
    query = prepare_query(q)
    scored = []
    candidates = await search_candidates(page, q, limit=CANDIDATES, where=where_sql, params=params)
    capped = len(candidates) >= CANDIDATES
    named = await speaker_in_query(page, q)
    theirs = set()
    if named:
        more = await speaker_candidates(page, named, CANDIDATES, where=where_sql, params=params)
        theirs = {c.id for c in more}
        seen = {c.id for c in candidates}
        candidates += [c for c in more if c.id not in seen]
    keywords = _keywords(q, named)
    partial = set()  # strong matches a few keywords' earliest appearance cannot be: they lack one
    for cand in candidates:
        score = search_score(query, cand.content, verbatim=cand.stage == "phrase")
        if cand.id in theirs:
            score = max(score, named_score(named, cand.content))
        if score >= MIN_SCORE:
            scored.append((-score, cand.date or "9999", cand.id))
            if keywords and score >= STRONG_SCORE and not keywords <= content_word_set(cand.content):
                partial.add(cand.id)
    scored.sort()
    strong = [r for r in scored if -r[0] >= STRONG_SCORE and r[2] not in partial]
    if token is not None:
        if len(token) != 3 or not _valid(token):
            raise BadRequest("_next is not a valid pagination token")
        after = (-float(token[0]), token[1], token[2])
        scored = [r for r in scored if r > after]
    page_rows = scored[:size]
    # the earliest date, then the best score: with every strong match undated (or of one
    # day) the lowest id stood for them, a weaker match shown as the answer above a closer one
    first = min(strong, key=lambda r: (r[1], r[0], r[2])) if strong else None
    claims = await fetch_claims(page, [r[2] for r in page_rows] + ([first[2]] if first else []))
    earliest = await _earliest(page, first, strong, claims)
    nxt = None
    if len(scored) > size:
        last = page_rows[-1]
        nxt = [-last[0], last[1], last[2]]
    shown = page_rows
    if earliest:
        # the earliest appearance heads its tie (same score, same day: a wire copy and its
        # reprint), where the ids put a reprint marked nothing above the one marked "earliest"
        lead = earliest["claim"]["id"]
        shown = sorted(page_rows, key=lambda r: (r[0], r[1], r[2] != lead))
    said = statement_of(q, named)
    results = [_result(said, -r[0], claims[r[2]]) for r in shown if r[2] in claims]
    if earliest:
        earliest["negation_flipped"] = bool(said) and negation_flipped(said, earliest["claim"]["content"])
        # The earliest is the earliest *dated* strong match: say how many strong matches have no
        # date (``cand.date`` None sorts as "9999") and so may have come first.
        earliest["undated_matches"] = sum(1 for r in strong if r[1] == "9999" and r[2] != earliest["claim"]["id"])
    speaker = None
    if named:
        url = page.urls.speaker(named.ids[0]) if len(named.ids) == 1 else None
        speaker = {"name": named.name, "url": url, "rest": " ".join(named.rest)}
    return Found(results, nxt, earliest, capped, speaker)


def _keywords(q: str, named: NamedSpeaker | None) -> frozenset[str] | None:
    """The content words a few keywords ask for ("night ferry"; a speaker's name in them
    left out), or None for a statement pasted (``STATEMENT_WORDS`` words or more), which a
    reworded claim may answer.  The earliest appearance of a few words holds every one of
    them: a dated claim on the ferry subsidy, sharing "ferry", scores as a strong match but
    is no appearance of "night ferry" (it was shown as the answer above the undated claims
    that hold both words)."""
    words = named.rest if named else tokens(q)
    if len(words) >= STATEMENT_WORDS:
        return None
    return content_word_set(" ".join(words)) or None


def _result(said: str | None, score: float, claim: dict) -> dict:
    # (a weaker match shares some words, not the statement: which of them is negated says nothing)
    flipped = bool(said) and score >= STRONG_SCORE and negation_flipped(said, claim["content"])
    return {"score": score, "claim": public(claim), "negation_flipped": flipped}


def statement_of(q: str, named: NamedSpeaker | None) -> str | None:
    """What the query states, for the negation check: ``q`` without the speaker's name it
    holds; None for a few words that state nothing ("dredging backlog", "Ines Vardell
    levy"), which a claim saying "not" or "without" does not contradict, unless they hold
    a negation themselves ("not raise levy")."""
    words = named.rest if named else tokens(q)
    if len(words) < STATEMENT_WORDS and not NEGATIONS.intersection(words):
        return None
    return " ".join(words) if named else q


def negation_flipped(q: str, content: str) -> bool:
    """Does the found claim negate what the pasted text affirms, or the other
    way ("will not" / "will")?  Read from the same word diff, over the stretch
    both share, that flags a conflict between two claims on the story page;
    a claim that shares the words but says the opposite is no repeat."""
    diff = meaning_diff(q, content)
    return bool(diff.get("negation")) or "negation" in meaning_flags(diff)


def _every_match_url(page, q: str) -> str:
    """Datasette's claims table searched for the words (``_search``: every claim holding
    them all, with its facets and CSV export), where a capped search sends the reader.
    The words as this search reads them (its tokeniser, stop words left out when others
    remain), not ``q`` itself: Datasette would read its quotes and brackets its own way."""
    words = content_words(q) or list(dict.fromkeys(tokens(q)))
    return page.urls.table("claims") + "?" + urllib.parse.urlencode({"_search": " ".join(words)})


ARTICLE_HITS = 5


def _none_strong(results: list[dict]) -> bool:
    """No claim says the text closely: none found, or only weaker matches (under STRONG_SCORE),
    which share some of its words, not the statement.  A sentence pasted from a report that no
    rule attributed ("The levy passed by seven votes to four.") is then looked for in the
    articles' text, where it stands word for word, rather than left to claims about the levy."""
    return all((r.get("score") or 0) < STRONG_SCORE for r in results)


async def _in_articles(page, q) -> list[dict]:
    """Articles whose text holds the words when no claim does (or none closely: ``_none_strong``).

    A quotation no rule attributed ("a decision parents called 'a slap in the
    face'") is still in its article: the fact-checker is sent there instead of
    to an empty page.  The words as a phrase first, then all of them.
    """
    if not await page.can_view("articles_fts"):
        return []
    for stage in search_stages(q, column="text")[:2]:
        try:
            rows = await page.execute(
                """select a.id, a.headline, a.outlet, a.published,
                snippet(articles_fts, 1, '', '', '…', 16) as snippet
                from articles_fts join articles a on a.rowid = articles_fts.rowid
                where articles_fts match ? order by rank limit ?""",
                [stage.match, ARTICLE_HITS],
            )
        except QueryInterrupted:
            return []
        if rows:
            return [
                {"id": r["id"], "url": page.urls.article(r["id"]), "headline": r["headline"], "outlet": r["outlet"],
                 "published": r["published"], "snippet": r["snippet"]}
                for r in rows
            ]
    return []


def _valid(token) -> bool:
    return (
        isinstance(token[0], (int, float))
        and not isinstance(token[0], bool)
        and isinstance(token[1], str)
        and isinstance(token[2], str)
    )


async def _filtered(page, where, params, size, token, by_date=False) -> Found:
    """No query text: every claim matching the filters, earliest first."""
    story_visible = await page.can_view("stories")
    speaker_visible = await page.can_view("speakers")
    try:
        found = await claims_in_order(page, where, params, size, token, by_date=by_date,
                                      story_visible=story_visible, speaker_visible=speaker_visible)
    except QueryInterrupted:
        raise BadRequest("These filters match too much to list quickly: add search words")
    return Found([{"score": None, "claim": public(c)} for c in found.claims], found.next)


_outlet_cache: dict = {}


async def _outlets(page):
    """Outlets for the filter menu (cached until articles are added)."""
    key = (id(page.ds), page.database, page.db.path)
    fingerprint = (await page.execute("select max(rowid) from articles")).first()[0]
    cached = _outlet_cache.get(key)
    if cached and cached[0] == fingerprint:
        return cached[1]
    rows = await page.execute(
        "select distinct outlet from articles where outlet is not null order by 1 limit 200"
    )
    outlets = [r[0] for r in rows]
    _outlet_cache[key] = (fingerprint, outlets)
    return outlets
