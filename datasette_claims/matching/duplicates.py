"""Reprinted articles: wire copy carried verbatim by a second outlet.

Candidates come from ``articles_fts``: three probes of the three longest
words of a 15-word window (at a quarter, half and three quarters of the
body), searched with FTS5 NEAR (selective, and cheap because long words have
short posting lists).  The later of two
reports is a duplicate when at least 80% of its five-word shingles occur in
the earlier one (a reprint may trim a paragraph or change a headline; a
report that copies one paragraph and adds its own is not a reprint).
An edit (its own headline and lead, a local paragraph, no credit) is a
copy too when the body both share is most of each text (``edited_copy``)
and the two ran within ``EDIT_DAYS``.
The later report (by publication date; when a date is missing or both are
one day's, not the agency's own copy, then the one the other holds, then by
id) gets
``duplicate_of`` = the earliest report of the chain.  Words are full-text search's own
(``text.tokens``), so a reprint in Greek, Cyrillic or with accents has
shingles too, and the probes ask ``articles_fts`` for words it holds.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from ..dates import day_number
from ..store.connection import in_lists
from ..text import tokens

CONTAINMENT = 0.8
# A regional paper's edit of a wire story (its own headline and lead, a
# local paragraph added, the last paragraph cut, no credit line) holds less
# than CONTAINMENT of the wire, and the wire less than that of it; it is
# still a copy when the body they share is most of each text
# (``EDIT_SHARE`` of both sides' shingles) and long (``EDIT_MIN_SHINGLES``,
# about three paragraphs).  A report that quotes a paragraph or two of
# another and writes the rest itself shares far less of its own text.
# A regional paper runs the wire the same day or the next morning: an edit
# is looked for in reports at most EDIT_DAYS apart (a later report that reuses
# an earlier one's background under news of its own, an obituary after a
# report of the hospital stay twelve days before, is no copy).
EDIT_SHARE = 0.6
EDIT_MIN_SHINGLES = 50
EDIT_DAYS = 2
MIN_HELD = min(CONTAINMENT, EDIT_SHARE)  # the least share of a copy's shingles an original holds


def shingles(words: list[str], n: int = 5) -> set:
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def containment(part: set, whole: set) -> float:
    """Share of ``part``'s shingles found in ``whole``."""
    if not part or not whole:
        return 0.0
    return len(part & whole) / len(part)


def _probes(words: list[str], window: int = 15, count: int = 3) -> list[str]:
    """Three cheap FTS5 probes: the three longest words of a 15-word window
    (at 1/4, 1/2 and 3/4 of the text) that must occur NEAR each other.

    Long words have short posting lists, so a probe costs little even over
    hundreds of thousands of articles, while a reprint matches all three.
    """
    if len(words) < window * 2:
        return []
    out = []
    for frac in (0.25, 0.5, 0.75)[:count]:
        start = min(int(len(words) * frac), len(words) - window)
        chunk = words[start : start + window]
        longest = sorted(set(chunk), key=lambda w: (-len(w), w))[:3]
        if len(longest) < 3 or len(longest[-1]) < 4:
            continue
        out.append("text : NEAR(" + " ".join(f'"{w}"' for w in longest) + f", {window})")
    return out


class Reprint(NamedTuple):
    """Two reports, the later (nearly) all copy of the earlier."""

    earlier: str
    later: str


def reprints_of(conn, aid: str) -> list[Reprint]:
    """The reprint pairs ``aid`` forms with the reports its probes find, in
    the found reports' rowid order; reads only (see ``detect_duplicates``)."""
    row = conn.execute("select id, published, text, rowid, outlet from articles where id = ?", [aid]).fetchone()
    if not row:
        return []
    words = tokens(row[2])
    hits: dict[int, int] = {}
    probes = _probes(words)
    for i, q in enumerate(probes):
        if len(probes) - i < 2 and not hits:
            break  # a report needs two probes' hits: the last probe alone cannot make a pair
        try:
            for (rid,) in conn.execute("select rowid from articles_fts where articles_fts match ? limit 50", [q]):
                if rid != row[3]:
                    hits[rid] = hits.get(rid, 0) + 1
        except Exception:
            continue
    mine = None
    out = []
    for rid, n in sorted(hits.items()):
        if n < 2:
            continue
        other = conn.execute("select id, published, text, outlet from articles where rowid = ?", [rid]).fetchone()
        if not other:
            continue
        if mine is None:
            mine = shingles(words)
        theirs = shingles(tokens(other[2]))
        pair = _copy_of(_Report(row[0], row[1], mine, _credit_test(row[2]), row[4]),
                        _Report(other[0], other[1], theirs, _credit_test(other[2]), other[3]))
        # the later report must be (nearly) all copy; an article that
        # quotes a paragraph of another and adds its own is not a reprint
        if pair is not None:
            out.append(pair)
    return out


class _Report(NamedTuple):
    id: str
    published: str | None
    shingles: set
    credits: Callable[[str | None], bool]  # does its text name this outlet ("OSLO, March 3 (Reuters) -")?
    outlet: str | None


def _credit_test(text: str) -> Callable[[str | None], bool]:
    def credits(outlet: str | None) -> bool:
        return bool(outlet) and len(outlet) >= 2 and re.search(rf"\b{re.escape(outlet)}\b", text) is not None
    return credits


def _copy_of(one: _Report, two: _Report) -> Reprint | None:
    """Which of two reports copies the other, if one does.

    Dates decide when both are known and differ.  An undated report (a wire's
    own copy, datelined "OSLO, March 3" with no year) is not the later for
    lack of a date, nor is either of two reports of one day: then the
    agency's own copy is the original (a report whose outlet the other's text
    names, "(Nordwire)", and whose own text names it too), and failing that
    the report the other holds is the copy (``_held_copy``)."""
    if one.published and two.published and one.published != two.published:
        one_first = one.published < two.published
    elif _own_copy(one, two) != _own_copy(two, one):
        one_first = _own_copy(one, two)
    else:
        return _held_copy(one, two)
    first, later = (one, two) if one_first else (two, one)
    if containment(later.shingles, first.shingles) >= CONTAINMENT or (
        _days_apart(first, later) <= EDIT_DAYS and edited_copy(later.shingles, first.shingles)
    ):
        return Reprint(first.id, later.id)
    return None


def _days_apart(one: _Report, two: _Report) -> int:
    """Days between two reports (0 when a date is unknown: an undated wire copy)."""
    da, db = day_number(one.published), day_number(two.published)
    return 0 if da is None or db is None else abs(da - db)


def edited_copy(later: set, first: set) -> bool:
    """Is ``later`` an edit of ``first`` (``EDIT_SHARE``): a long shared body
    that is most of each text, whatever the headline, lead and credit line?"""
    if len(later) < EDIT_MIN_SHINGLES or len(first) < EDIT_MIN_SHINGLES:
        return False
    shared = len(later & first)
    return shared >= EDIT_MIN_SHINGLES and shared >= EDIT_SHARE * max(len(later), len(first))


def _held_copy(one: _Report, two: _Report) -> Reprint | None:
    """Of two reports nothing else orders (one day's, neither the agency's
    own by its credit), the one whose text the other holds is the copy: a
    local site that shortened the wire's lead and dropped its last
    paragraph, on the day the wire ran it.  When each holds the other (the
    same text twice), the ids decide.  Of an edit (``edited_copy``: each
    holds most of the other), the copy is the one more of whose text is the
    other's (the original has none of the edit's own lines), then the ids."""
    first, later = (one, two) if one.id <= two.id else (two, one)
    if containment(later.shingles, first.shingles) >= CONTAINMENT:
        return Reprint(first.id, later.id)
    if containment(first.shingles, later.shingles) >= CONTAINMENT:
        return Reprint(later.id, first.id)
    if not edited_copy(later.shingles, first.shingles):
        return None
    if containment(first.shingles, later.shingles) > containment(later.shingles, first.shingles):
        return Reprint(later.id, first.id)
    return Reprint(first.id, later.id)


def _own_copy(report: _Report, other: _Report) -> bool:
    """Is ``report`` the copy of the outlet ``other`` credits (the wire's own)?"""
    return report.outlet != other.outlet and other.credits(report.outlet) and report.credits(report.outlet)


def _mark(conn, pair: Reprint) -> int:
    """Point the later report at the first report of the earlier's chain."""
    root = pair.earlier
    seen = {pair.later}
    while True:  # follow the chain to the first report
        up = conn.execute("select duplicate_of from articles where id = ?", [root]).fetchone()
        if not up or not up[0] or up[0] in seen:
            break
        seen.add(root)
        root = up[0]
    if root == pair.later:
        return 0
    cur = conn.execute(
        "update articles set duplicate_of = ? where id = ? and duplicate_of is not ?", [root, pair.later, root]
    )
    return cur.rowcount


def detect_duplicates(
    conn, article_ids: list[str], workers: int = 1, path: str | None = None, ahead: dict | None = None
) -> int:
    """Set ``articles.duplicate_of`` for reprints among/against ``article_ids``.

    Finding the pairs only reads (``reprints_of``); marking them follows
    chains this call has written, so it runs here, article after article in
    id order.  With ``workers`` > 1 and the database file's ``path``, the
    pairs are found by that many processes over contiguous slices of the
    sorted ids (what they read, texts and the FTS index, this step does not
    write), and marked here in the same order: the same rows as one process.
    Over many articles (a rebuild), ``copies.possible_reprints`` first
    leaves out the articles that cannot be in a pair, whose probes would
    find none: the same pairs, from a fraction of the probes.
    ``ahead``: pairs found before this step (``reprints_ahead``), taken
    (and removed) for the articles whose text is still the one they were
    found for.
    """
    found = _with_ahead(conn, article_ids, ahead) if ahead else find_pairs(conn, article_ids, workers, path)
    return sum(_mark(conn, pair) for pairs in found for pair in pairs)


class Ahead(NamedTuple):
    """An article's reprint pairs found before its matching step, and the
    content hash of the text they were found for."""

    content_hash: str | None
    pairs: list[Reprint]


def reprints_ahead(conn, article_ids) -> dict[str, Ahead]:
    """``reprints_of`` of each article, found ahead of its step: a load
    matching chunk after chunk probes the next chunk's articles while its
    pool scores this one.  The probes read only the articles' texts and
    ``articles_fts``, which matching does not write, so they find what they
    would at the article's own step (an article reloaded meanwhile is probed
    again there: ``_with_ahead``)."""
    return {aid: Ahead(digest, reprints_of(conn, aid)) for aid, digest in _hashes(conn, article_ids).items()}


def _hashes(conn, article_ids) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for chunk in in_lists(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"select id, content_hash from articles where id in ({marks})", chunk))
    return out


def _with_ahead(conn, article_ids, ahead: dict[str, Ahead]):
    """``find_pairs`` of these articles, in id order, from the pairs found
    ahead where the article's text is the one they were found for."""
    now = _hashes(conn, article_ids)
    for aid in sorted(set(article_ids)):
        got = ahead.pop(aid, None)
        fits = got is not None and aid in now and got.content_hash == now[aid]
        yield got.pairs if fits else reprints_of(conn, aid)


def find_pairs(conn, article_ids, workers: int = 1, path: str | None = None):
    """``reprints_of`` of each of ``article_ids``, in id order (reads only)."""
    ids = sorted(set(article_ids))
    if _worth_filtering(conn, len(ids)):
        from .copies import possible_reprints

        # most articles cannot be in a pair: their probes would find none
        maybe = possible_reprints(conn)
        ids = [aid for aid in ids if aid in maybe]
    if workers > 1 and path and len(ids) >= PARALLEL_MIN_ARTICLES:
        return _pooled(ids, workers, path)
    return (reprints_of(conn, aid) for aid in ids)


def _worth_filtering(conn, n_ids: int) -> bool:
    """Reading every article once costs about a tenth of probing one: the
    filter pays when the ids are more than an eighth of the articles."""
    if n_ids < FILTER_MIN_ARTICLES:
        return False
    return n_ids * 8 >= conn.execute("select count(*) from articles").fetchone()[0]


PARALLEL_MIN_ARTICLES = 5_000
FILTER_MIN_ARTICLES = 1_000
SLICE = 500
_WORKER: dict = {}


def _pooled(ids: list[str], workers: int, path: str):
    from .batch_pool import pool_context

    ctx = pool_context()
    slices = [ids[i : i + SLICE] for i in range(0, len(ids), SLICE)]
    with ctx.Pool(workers, initializer=_init, initargs=(path,)) as pool:
        for part in pool.imap(_run, slices):  # imap keeps the slices' order
            yield from part


def _init(path: str) -> None:
    from .batch_pool import reader

    _WORKER["conn"] = reader(path)


def _run(ids: list[str]) -> list[list[Reprint]]:
    return [reprints_of(_WORKER["conn"], aid) for aid in ids]
