"""A speaker's name in a search ("Mayor Ola Dahl housing"): that speaker's claims, on the other words.

Search ranks claims on their text (``search_score``), and a claim does not hold
its own speaker's name: "Mayor Ola Dahl housing" put other people's claims that
mention the mayor above his own on housing, and "Ola Dahl" found nothing.  A
run of the query's words that spells the name of a speaker with claims (two
words or more, any case; the speakers' last-word index finds them), or else a
surname written with a capital that only one person's name ends with
("Vardell levy"), brings
that speaker's claims in as candidates too, found by the query's other words
through the one staged search (``text.search_stages``), and scores each:

* holding one of the other words: the name's share of the query counts as
  matched, the rest is scored as the search of those words alone;
* holding none of them, or when the query is the name alone: ``NAME_ONLY``,
  listed under the matches but never a strong match (the page's "earliest
  appearance" answers a pasted claim, not a name).

A claim that the whole query matches better on its text keeps that score.
"""

from __future__ import annotations

from typing import NamedTuple

from ..matching.similar import prepare_query, search_score
from ..store.schema import SPEAKER_LAST_WORD
from ..text import capitalised_words, content_words, tokens, without_name
from .similar import Candidate, search_candidates

# A speaker without claims (a merge moved them to a fuller name's: "Obama" into "Barack Obama")
# is no filter: matched by its name, it gave "speaker=Obama" no results at all.
HAS_CLAIMS = "coalesce(claim_count, 0) > 0"
# The score of a claim of the named speaker that holds none of the query's other words.
NAME_ONLY = 0.5
# The most a claim found through its speaker's name scores: a verbatim paste of a claim (1.0) stays above it.
NAMED_MOST = 0.95
# A query of more words than this is a paste, not a name and a few words: no speaker is looked up.
MAX_WORDS = 8


class NamedSpeaker(NamedTuple):
    """The speaker a query names: their ids (one name may be several rows), the name as
    stored, the query's other words, and the share of the query's words the name is."""

    ids: list[str]
    name: str
    rest: list[str]
    share: float


async def speaker_in_query(page, q: str) -> NamedSpeaker | None:
    """The speaker with claims whose name stands in ``q`` (the longest name, when several do)."""
    words = tokens(q)
    if not 2 <= len(words) <= MAX_WORDS or not await page.can_view("speakers"):
        return None
    # SQLite's lower() folds ASCII only: a name written "Øyvind" is also looked up as written.
    lasts = list(dict.fromkeys(v for w in dict.fromkeys(words) for v in (w, w[:1].upper() + w[1:])))
    marks = ", ".join("?" for _ in lasts)
    rows = await page.execute(
        f"select id, name, kind from speakers where {SPEAKER_LAST_WORD} in ({marks}) and {HAS_CLAIMS} limit 200", lasts)
    best: NamedSpeaker | None = None
    for r in rows:
        rest = without_name(words, r["name"])
        if rest is None:
            continue
        named = NamedSpeaker([r["id"]], r["name"], rest, 1 - len(rest) / len(words))
        if best is None or len(rest) < len(best.rest):
            best = named
        elif len(rest) == len(best.rest) and tokens(r["name"]) == tokens(best.name):
            best.ids.append(r["id"])
    return best or _surname_alone(q, words, rows)


def _surname_alone(q: str, words: list[str], rows) -> NamedSpeaker | None:
    """The speaker a query names by the surname alone ("Vardell levy", "Mayor Vardell levy"):
    a word written with a capital in ``q`` that is the last word of one person's name only
    (several speakers of that surname name no one: "Bush" may be either)."""
    written = set(tokens(" ".join(capitalised_words(q))))
    people: dict[tuple, NamedSpeaker] = {}
    for r in rows:
        have = tokens(r["name"])
        if len(have) < 2 or have[-1] not in written or r["kind"] != "person":
            continue
        rest = [w for w in words if w != have[-1]]
        named = people.setdefault(tuple(have), NamedSpeaker([], r["name"], rest, 1 - len(rest) / len(words)))
        named.ids.append(r["id"])
    return next(iter(people.values())) if len(people) == 1 else None


async def speaker_candidates(page, named: NamedSpeaker, limit: int, where: str = "", params=None) -> list[Candidate]:
    """The named speaker's claims: those the other words find first, then others of theirs."""
    marks = ", ".join("?" for _ in named.ids)
    where = f"{where} and c.speaker_id in ({marks})"
    params = [*(params or []), *named.ids]
    found: dict[str, Candidate] = {}
    if named.rest:
        for cand in await search_candidates(page, " ".join(named.rest), limit, where=where, params=params):
            found[cand.id] = cand
    if len(found) < limit:
        rows = await page.execute(
            "select c.id, c.content, coalesce(a.published, c.said_on) from claims c "
            "join articles a on a.id = c.article_id where 1 " + where + " limit ?", [*params, limit])
        for row in rows:
            found.setdefault(row[0], Candidate(row[0], row[1] or "", row[2], "speaker"))
    return list(found.values())


def named_score(named: NamedSpeaker, content: str) -> float:
    """How well a claim of the named speaker answers the query (see the module's docstring)."""
    rest = content_words(" ".join(named.rest)) or named.rest
    if not rest or not set(rest) & set(tokens(content)):
        return NAME_ONLY
    score = named.share + (1 - named.share) * search_score(prepare_query(" ".join(named.rest)), content)
    return round(min(NAMED_MOST, score), 4)
