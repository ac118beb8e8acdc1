"""Stock phrases: short sentences many people say, which tie no two reports together.

"I don't know." is one speaker's answer in an interview and, three days
later, the same speaker's answer to another question in another report: the
same words, the same person, two statements.  One pair cannot tell that
apart from a short sentence said once and reported twice (a writer's "I
wish it had." about the war, quoted by two interviews: one statement), but
the database can: a sentence that several people say is a formula of speech,
not anyone's statement.  So over a batch's links (as ``decide.without_neighbours``),
``without_stock_phrases`` drops a link across two reports (not a reprint and
its original, not one report's own two claims) whose shorter claim is a
clause of under ``decide.SHORT_WORDS`` words that at least ``STOCK_SPEAKERS``
speakers say in the same words (``similarity.processed``); a report's
unattributed words count by report.  A noun phrase ("his resignation") is
left to ``decide.names_a_thing``: what it names, one speaker's claims may
well share.

The count reads the database as it stands: a phrase becomes stock once
enough speakers have been loaded to say it (as word rarity, ``DocFreq``).
So a load's links made before that -- "I don't know." of one speaker in two
reports, while only two people had said it -- are dropped by the load that
brings the third speaker (``links_made_stock``): a batch load then holds the
links a rebuild would, not only for its own claims.

Who says a phrase is read through the store's key of each claim's words
(``claims.phrase_key``, store migration ``m032_claim_phrase_keys``: the
claim's ``processed`` text when it is short, '' when it is not), one index
lookup a phrase.  Asked of ``claims_fts``, a phrase of common words read
every claim holding them, to keep the few whose whole text it is: a list
that grew with the database (138 claims for a batch's 99 phrases at 9,000
claims, 736 at 168,000).  ``key_phrases`` keys the rows a load or a
rebuild finds unkeyed before any lookup.
"""

from __future__ import annotations

from typing import NamedTuple

from ..extract.grain import is_fragment
from ..store.connection import in_lists
from .decide import SHORT_WORDS, article_of
from .similarity import processed, tokens

STOCK_SPEAKERS = 3


def _candidate(content: str) -> bool:
    """Short enough to be a formula, and a clause (a noun phrase is a name, weighed elsewhere)."""
    return len(tokens(processed(content))) < SHORT_WORDS and not is_fragment(content, words=10_000)


def _said_by_many(conn, content: str) -> bool:
    """Do at least ``STOCK_SPEAKERS`` speakers say ``content`` in these very words?"""
    return _sayers(conn, content, stop=True).many


class _Sayers(NamedTuple):
    many: bool  # at least ``STOCK_SPEAKERS`` speakers say it
    claims: list[str]  # the claims that say it (all of them unless stopped at ``many``)


def _sayers(conn, content: str, stop: bool) -> _Sayers:
    """The claims that say ``content`` in these very words, and whether
    ``STOCK_SPEAKERS`` speakers do (``stop``: read no further once they do),
    looked up by the phrase key (``key_phrases`` first)."""
    text = processed(content)
    if not text:
        return _Sayers(False, [])
    speakers: set[str] = set()
    claims: list[str] = []
    for claim_id, speaker, article in conn.execute(
        "select id, speaker_id, article_id from claims where phrase_key = ?", [text]
    ):
        claims.append(claim_id)
        speakers.add(speaker or "article:" + article)
        if stop and len(speakers) >= STOCK_SPEAKERS:
            break
    return _Sayers(len(speakers) >= STOCK_SPEAKERS, claims)


def phrase_key(content: str) -> str:
    """A claim's stock-phrase key: its ``processed`` text when that has fewer
    than ``SHORT_WORDS`` words (every phrase ``_candidate`` lets through, and
    every claim that could say one), '' when it has more."""
    text = processed(content or "")
    return text if len(tokens(text)) < SHORT_WORDS else ""


def key_phrases(conn) -> int:
    """Fill ``claims.phrase_key`` where it is NULL (the rows added or reworded
    since the last load's matching, found through its index); returns how many
    rows it keyed.  A change to ``phrase_key`` (``processed``, ``SHORT_WORDS``)
    needs a migration clearing the column."""
    rows = conn.execute("select rowid, content from claims where phrase_key is null").fetchall()
    if rows:
        conn.executemany("update claims set phrase_key = ? where rowid = ?",
                         [(phrase_key(content), rowid) for rowid, content in rows])
    return len(rows)


def links_made_stock(conn, contents: list[str], batch: set[str]) -> set[tuple[str, str]]:
    """The stored links, between claims outside ``batch`` (the claims being
    matched, whose links are replaced anyway), that a phrase of ``contents``
    (the batch's claims) now makes stock: across two reports, not a reprint,
    the shorter claim that phrase, which ``STOCK_SPEAKERS`` speakers now say
    (the batch's own speakers counted).  Rows ``without_stock_phrases`` would
    not have kept, had the batch been loaded first."""
    key_phrases(conn)
    gone: set[tuple[str, str]] = set()
    for text, content in {processed(c): c for c in contents if _candidate(c)}.items():
        sayers = _sayers(conn, content, stop=False)
        old = sorted(set(sayers.claims) - batch)
        if not sayers.many or not old:
            continue
        rows = []
        for chunk in in_lists(old):
            marks = ",".join("?" * len(chunk))
            rows += conn.execute(
                f"select claim_a, claim_b, score, kind, method, diff from claim_matches where claim_a in ({marks}) "
                f"union select claim_a, claim_b, score, kind, method, diff from claim_matches "
                f"where claim_b in ({marks})",
                chunk + chunk,
            ).fetchall()
        rows = [r for r in rows if r[0] not in batch and r[1] not in batch]
        kept = {(r[0], r[1]) for r in without_stock_phrases(conn, rows)}
        gone.update((r[0], r[1]) for r in rows if (r[0], r[1]) not in kept)
    return gone


def without_stock_phrases(conn, rows: list[tuple]) -> list[tuple]:
    """``claim_matches`` rows (claim_a, claim_b, score, kind, method, diff)
    less the links across reports whose shorter claim is a stock phrase."""
    across = [r for r in rows if r[4] != "duplicate" and article_of(r[0]) != article_of(r[1])]
    ids = {i for r in across for i in r[:2]}
    if not ids:
        return rows
    key_phrases(conn)
    contents: dict[str, str] = {}
    listed = sorted(ids)
    for at in range(0, len(listed), 500):
        chunk = listed[at : at + 500]
        contents.update(conn.execute(
            f"select id, content from claims where id in ({','.join('?' * len(chunk))})", chunk
        ).fetchall())
    stock: dict[str, bool] = {}

    def is_stock(content: str) -> bool:
        key = processed(content)
        if key not in stock:
            stock[key] = _candidate(content) and _said_by_many(conn, content)
        return stock[key]

    dropped = set()
    for r in across:
        a, b = contents.get(r[0]), contents.get(r[1])
        if a is None or b is None:
            continue
        shorter = min((a, b), key=lambda c: len(tokens(processed(c))))
        if _candidate(shorter) and is_stock(shorter):
            dropped.add((r[0], r[1]))
    return [r for r in rows if (r[0], r[1]) not in dropped] if dropped else rows
