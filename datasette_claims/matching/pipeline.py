"""Match claims against the database: links, drift, duplicates, stories.

``match_articles(db, article_ids)`` runs after every load (the loader calls
it) and compares only the new claims with the whole database;
``rebuild(db)`` recomputes everything from scratch, deterministically.

For each claim, candidates come from its rare words' posting lists and from the claims of the
same (alias-resolved) speaker (see ``candidates``), and each pair is decided
by ``decide.link`` (the rules, from the speakers' relation to paraphrase,
are there).  Pairs a cheap token-set prefilter finds too different in wording
(six in seven) get the quoted-stretch test only: the whole shorter claim, a
quoted run and a paraphrase each need much of one claim's words in the
other, as the prefilter does.

The kind of a link (``decide.kind_of``): ``drift`` for two quotations whose
words differ (the word diff goes to ``claim_matches.diff``), ``conflict`` for
a paraphrase whose negation, number, modal or name differs, else ``same``;
a reprint's claims too (a quotation altered in a reprint is drift).  ``method`` says how a link was found:
``speaker`` / ``fts`` / ``speaker+fts``, then ``:exact`` / ``:fuzzy`` /
``:partial`` / ``:quoted-run`` / ``:paraphrase`` / ``:speaker-conflict``, or
``duplicate`` for a reprint.
Stories are cut from the links by ``stories.group_stories``.

A pair ``decide.judge`` refuses only as another occasion -- one speaker's
like words said again days or months later (``decide.Again``) -- is no
link: it goes to ``claim_repeats`` (a ``Repeat``, earlier claim first),
which no story, drift count or scorer reads.  Its rows travel with the
links (a pool's workers send both) and are parted from them
(``part_repeats``) before the links are filtered and written; a load
replaces the repeats of its claims as it replaces their links, a rebuild
all of them.
"""

from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from typing import NamedTuple

from rapidfuzz import fuzz, process

from . import batch_pool
from .aliases import SAME, resolve_speakers
from .blocks import SpeakerBlocks
from .decide import FRAGMENT_MIN_WORDS, Again, ClaimInfo, Found, judge, kind_of, without_neighbours
from .stock import key_phrases, links_made_stock, without_stock_phrases
from .candidates import DocFreq, Reads, SpeakerPool, rare_candidates, rare_candidates_of
from .duplicates import detect_duplicates, reprints_ahead
from .similarity import (
    DEFAULT_THRESHOLD,
    may_quote,
    quoted_tokens,
    processed,
    word_set,
)
from .. import collector, corrections, queue_scores
from .stories import closure, write_stories
from ..dates import day_number
from ..store.connection import retry_locked
from ..text import counted
from ..store.connection import has_index, has_table, in_lists
from ..store.schema import MATCHING_ARTICLES

# Claims proposed by rare words: the best 10 (of up to 600 holding them).  In a
# 2,000-article Wikinews load, the candidates ranked 11th-20th gave 14 of 1,052
# links, 13 of them wrong ("his resignation" across five people, paraphrases
# that share only "the Downing Street memo"), and half of the pairs scored.
FTS_K = 10
SPEAKER_K = 20
SPEAKER_POOL_CAP = 5_000  # larger pools are left to FTS
# Candidates below this token_set_ratio are not scored in full: no MRPC
# pair under 55 reaches the default threshold.
PREFILTER = 55


def _select(conn) -> str:
    """The claim columns matching needs; ``utterance_id`` only where the
    claims table has it (databases written before the statement grain do not).
    The article's columns come from the index made for them where there is one
    (``store.schema.m023_articles_for_matching``; the planner would take the
    primary key's and read ``duplicate_of`` past the article's text)."""
    utterance = "c.utterance_id" if _has_column(conn, "claims", "utterance_id") else "null"
    by = f" indexed by {MATCHING_ARTICLES}" if has_index(conn, MATCHING_ARTICLES) else ""
    return f"""select c.rowid, c.id, c.article_id, c.speaker_id, c.content, c.quote_type,
                      a.published, coalesce(a.duplicate_of, a.id), coalesce(s.name, c.speaker), {utterance},
                      c.source_text, c.stance, c.speaker_role
               from claims c join articles a{by} on a.id = c.article_id
               left join speakers s on s.id = c.speaker_id"""


def _has_column(conn, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"pragma table_info({table})"))


def _load(conn, where: str, values, select: str | None = None) -> list[ClaimInfo]:
    return [ClaimInfo(*r) for r in conn.execute(f"{select or _select(conn)} where {where}", values)]


def _of_articles(conn, article_ids, select: str | None = None) -> list[ClaimInfo]:
    """The claims of these articles."""
    out: list[ClaimInfo] = []
    for chunk in in_lists(article_ids):
        out.extend(_load(conn, f"c.article_id in ({','.join('?' * len(chunk))})", chunk, select))
    return out


def _by_rowid(conn, rowids, cache: dict, select: str | None = None) -> list[ClaimInfo]:
    """Read the claims of these rowids not in ``cache`` into it; returns those read."""
    need = [r for r in set(rowids) if r not in cache]
    select = select or _select(conn)
    read: list[ClaimInfo] = []
    for chunk in in_lists(need):
        marks = ",".join("?" * len(chunk))
        read.extend(_load(conn, f"c.rowid in ({marks})", chunk, select))
    cache.update((c.rowid, c) for c in read)
    return read


class Text(NamedTuple):
    """What the cheap cut reads of a candidate (``Matcher._chosen``): the claims
    row alone, no join.  Its report's date and root and its speaker's name
    (``_select``: a lookup in the articles' index and one in the speakers'
    each) are read only for the candidates that pass the cut (``_by_rowid``)."""

    rowid: int
    article_id: str
    content: str
    quote_type: str | None


_TEXTS = "select c.rowid, c.article_id, c.content, c.quote_type from claims c"


def _texts_by_rowid(conn, rowids, texts: dict) -> int:
    """Read the ``Text`` of these rowids (those in ``claims``) into ``texts``; returns how many were read."""
    read = 0
    for chunk in in_lists(rowids):
        marks = ",".join("?" * len(chunk))
        got = [Text(*r) for r in conn.execute(f"{_TEXTS} where c.rowid in ({marks})", chunk)]
        texts.update((t.rowid, t) for t in got)
        read += len(got)
    return read


class Pick(NamedTuple):
    """A candidate the cheap cut kept, to be decided in full (``link``)."""

    rowid: int
    wording: bool  # passed the token-set prefilter (else: a quoted fragment only)
    swapped: bool  # the candidate is the first of the pair (``Matcher._pair``)


# Claims a Matcher keeps read (candidates of earlier claims): a chunk of a large
# load would otherwise hold most of the database's claims by its end.
CACHE_CLAIMS = 20_000


class Matcher:
    """Finds links for a batch of claims against the whole database.

    ``reads`` (a ``candidates.Reads``) carries what the index said from one
    Matcher to the next of a load that matches chunk after chunk."""

    def __init__(
        self, conn, threshold: float | None = None, reads: Reads | None = None, blocks=None,
        batch: frozenset[str] | None = None,
    ):
        self.conn = conn
        # the articles matched now (``match_articles``): claims of other articles
        # waiting to be matched are left to their own matching (``_waiting``)
        self.batch = batch
        self.waiting: dict[str, bool] = {}
        self.originals: dict[str, list[int]] = {}  # a reprinted article's claims (``_claims_of``)
        self.done: set[tuple[int, int]] = set()  # pairs of this batch's claims scored (``_pair``)
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.pools: dict[str, SpeakerPool] = {}
        self.blocks = blocks  # every speaker's pool, read in one pass (``blocks.SpeakerBlocks``; rebuild)
        self.cache: dict[int, ClaimInfo] = {}
        self.texts: dict[int, Text] = {}  # candidates' texts read for the cheap cut (``Text``)
        self.df = DocFreq(conn, reads=reads)
        if blocks is not None:
            self.df.all_lengths = blocks.lengths
        self.idf = self.df.idf
        self.select = _select(conn)
        self.rare_ahead: dict[int, list[int]] = {}  # rowid -> rare candidates found ahead (``rare_of``)

    def keep(self, speakers: set[str] | None, reprints: int, step: int | None = None) -> None:
        """Use the claims' rows and speakers' pools the Matcher of the last step
        of this load (``reads``) read, not read again.  A load writes every
        article, then matches chunk after chunk; each chunk's Matcher read
        most of the same rows and pools again (a tenth of a 2,000-article
        load's matching).  Between two steps, a row changes only when its
        speaker is merged (``speakers``: dropped, with their pools) or an
        article's reprint is marked (``reprints``: all dropped); a reload
        changes the claims (``Reads.fresh`` empties everything); reviewers'
        corrections may change rows too: with any, nothing is kept.
        ``step`` (``batch_pool.next_step``): what this process kept is kept
        only if it read it at the step just before (a step scored by a pool's
        workers, or a worker given no slice of one, sent no changes here)."""
        kept = self.df.reads.kept
        if reprints or (step is not None and kept.get("step") != step - 1):
            kept.clear()
        if step is not None:
            kept["step"] = step
        self.cache = kept.setdefault("rows", self.cache)
        self.texts = kept.setdefault("texts", self.texts)  # (no speaker in them: kept through merges)
        self.pools = kept.setdefault("pools", self.pools)
        if speakers:
            for rid in [rid for rid, c in self.cache.items() if c.speaker_id in speakers]:
                del self.cache[rid]
            for speaker in speakers:
                self.pools.pop(speaker, None)

    def pool(self, speaker_id: str) -> SpeakerPool:
        if self.blocks is not None:
            return self.blocks.pool(speaker_id)
        if speaker_id not in self.pools:
            if len(self.pools) > 2000:
                self.pools.clear()
            self.pools[speaker_id] = SpeakerPool(self.conn, speaker_id, SPEAKER_POOL_CAP)
        return self.pools[speaker_id]

    def sources(self, claim: ClaimInfo, rare: list[int] | None = None) -> dict[int, set[str]]:
        """rowid -> how each candidate was proposed (its claim read later,
        ``_by_rowid``; a proposed rowid no longer in ``claims`` drops out there);
        ``rare``: its ``rare_candidates`` when known."""
        sources: dict[int, set[str]] = {}
        if rare is None:
            rare = rare_candidates(claim.content, self.df, FTS_K)
        for rid in rare:
            sources.setdefault(rid, set()).add("fts")
        if claim.speaker_id:
            for rid in self.pool(claim.speaker_id).candidates(claim.content, SPEAKER_K, PREFILTER):
                sources.setdefault(rid, set()).add("speaker")
        if claim.root_article != claim.article_id:
            # a reprint: the original's claims are candidates, whatever their words
            for rid in self._claims_of(claim.root_article):
                sources.setdefault(rid, set()).add("reprint")
        sources.pop(claim.rowid, None)
        return sources

    def _claims_of(self, article_id: str) -> list[int]:
        """rowids of an article's claims (read once per batch; the rows go to the cache)."""
        got = self.originals.get(article_id)
        if got is None:
            infos = _load(self.conn, "c.article_id = ?", [article_id], self.select)
            self.cache.update((info.rowid, info) for info in infos)
            got = self.originals[article_id] = [info.rowid for info in infos]
        return got

    def links_for(self, claim: ClaimInfo) -> list[tuple]:
        """The claim's links (no ``Repeat``)."""
        return part_repeats(self.links_for_all([claim])).links

    def links_for_all(self, claims: list[ClaimInfo], step: int = 200) -> list[tuple]:
        """``links_for`` of each claim, in order, with its ``Repeat`` rows (``links_by_claim``)."""
        return [row for rows in self.links_by_claim(claims, step) for row in rows]

    def links_by_claim(self, claims: list[ClaimInfo], step: int = 200) -> list[list[tuple]]:
        """``links_for`` of each claim, a list per claim: candidates proposed for
        ``step`` claims at a time, their texts read together, cut cheaply
        (``_chosen``), then the full rows of those kept read together and
        decided (``_decided``)."""
        out: list[list[tuple]] = []
        for i in range(0, len(claims), step):
            if len(self.cache) > CACHE_CLAIMS:  # memory stays bounded; a claim no longer held is read again
                self.cache.clear()
            if len(self.texts) > CACHE_CLAIMS:
                self.texts.clear()
            part = claims[i : i + step]
            rare = self.rare_of(part)
            group = [(claim, self.sources(claim, rare[claim.rowid])) for claim in part]
            texts = self._texts_of({rid for _, sources in group for rid in sources})
            if self.batch is not None:  # (rows kept from the last step too: ``keep``)
                self._note_waiting({t.article_id for t in texts.values()})
                # the batch's own claims: their dates order a pair of two of them (``_pair``)
                _by_rowid(self.conn, [r for r, t in texts.items() if t.article_id in self.batch], self.cache,
                          self.select)
            picks = [self._chosen(claim, sources, texts) for claim, sources in group]
            _by_rowid(self.conn, {p.rowid for chosen in picks for p in chosen}, self.cache, self.select)
            out.extend(self._decided(claim, sources, chosen) for (claim, sources), chosen in zip(group, picks))
        return out

    def _texts_of(self, rowids: set[int]) -> dict[int, "Text | ClaimInfo"]:
        """rowid -> the candidate's row if read in full, else its ``Text`` (read
        now when neither is held); a rowid no longer in ``claims`` is left out."""
        cache, texts = self.cache, self.texts
        _texts_by_rowid(self.conn, [r for r in rowids if r not in cache and r not in texts], texts)
        out: dict[int, Text | ClaimInfo] = {}
        for rid in rowids:
            got = cache.get(rid) or texts.get(rid)
            if got is not None:
                out[rid] = got
        return out

    def rare_of(self, claims: list[ClaimInfo]) -> dict[int, list[int]]:
        """rowid -> the claim's ``rare_candidates``: found ahead by this worker
        (``rare_ahead``: ``batch_pool._warm``), else now."""
        known = self.rare_ahead
        todo = [c for c in claims if c.rowid not in known]
        found = {c.rowid: known[c.rowid] for c in claims if c.rowid in known}
        for i in range(0, len(todo), 200):  # (the lengths at the cuts read together, 200 claims at a time)
            part = todo[i : i + 200]
            found.update(zip((c.rowid for c in part), rare_candidates_of([c.content for c in part], self.df, FTS_K)))
        return found

    def claims_of_articles(self, articles: list[str]) -> list[ClaimInfo]:
        return _of_articles(self.conn, articles, self.select)

    def _note_waiting(self, articles: set[str]) -> None:
        """Which of these candidates' articles wait to be matched (no
        ``match_state`` row) outside this batch: a link to one of their
        claims made now would be deleted when their own matching begins (a
        claim's old links go first) and found again from their side.  A load
        writes every article, then matches chunk after chunk: two pairs in
        five it scored were of this kind.  (Dropped after the ranking: the
        claims kept are the candidates they were.  A reloaded article's
        stale row counts as matched: its claims are scored, as before.)"""
        need = [a for a in articles - self.batch if a not in self.waiting]
        if not need or not has_table(self.conn, "match_state"):
            self.waiting.update(dict.fromkeys(need, False))
            return
        self.waiting.update(dict.fromkeys(need, True))
        for chunk in in_lists(need):
            marks = ",".join("?" * len(chunk))
            self.waiting.update(
                (r[0], False)
                for r in self.conn.execute(f"select article_id from match_state where article_id in ({marks})", chunk)
            )

    def _chosen(self, claim: ClaimInfo, sources: dict[int, set[str]], texts: dict) -> list[Pick]:
        """The cheap cut of a claim's candidates (``texts``: their ``Text``): those
        worth a full decision, the pair's order settled (``_pair``)."""
        others = self._others(claim, sources, texts)
        if not others:
            return []
        # cheap C-level prefilter before the full feature scoring
        hits = process.extract(
            processed(claim.content),
            [processed(o.content) for o in others],
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=PREFILTER,
            limit=None,
        )
        close = {h[2] for h in hits}
        out = []
        quoted, claim_words = quoted_tokens(claim.content, claim.quote_type), word_set(claim.content)
        least = FRAGMENT_MIN_WORDS[SAME]
        for idx, other in enumerate(others):
            swapped = self._pair(claim, other)
            if idx in close:
                out.append(Pick(other.rowid, True, swapped))
            elif (quoted and may_quote(quoted, word_set(other.content), least)) or may_quote(
                quoted_tokens(other.content, other.quote_type), claim_words, least
            ):
                # too different in wording for the full score, a pair may
                # still be a quoted fragment of the other
                out.append(Pick(other.rowid, False, swapped))
        return out

    def _decided(self, claim: ClaimInfo, sources: dict[int, set[str]], chosen: list[Pick]) -> list[tuple]:
        """The links among the candidates the cheap cut kept (their full rows
        read), and a ``Repeat`` for each pair one speaker said again."""
        out = []
        for pick in chosen:
            other = self.cache.get(pick.rowid)
            if other is None:
                continue  # (gone since its text was read: not in one load)
            first, second = (other, claim) if pick.swapped else (claim, other)
            found = judge(first, second, self.threshold, self.df, wording=pick.wording)
            if isinstance(found, Found):
                out.append(self._row(claim, other, found, sources[other.rowid]))
            elif isinstance(found, Again):
                out.append(_repeat(claim, other, found))
        return out

    def _others(self, claim: ClaimInfo, sources: dict[int, set[str]], texts: dict) -> list["Text | ClaimInfo"]:
        """The candidates to score: read, of another article, not waiting to be
        matched later, and not already scored from their side in this batch."""
        waiting, done = self.waiting, self.done
        others = []
        for rid in sorted(sources):
            other = texts.get(rid)
            if other is None or other.article_id == claim.article_id or waiting.get(other.article_id):
                continue
            if (rid, claim.rowid) in done:
                continue  # this batch's earlier claim proposed and scored the pair
            others.append(other)
        return others

    def _pair(self, claim: ClaimInfo, other: "Text | ClaimInfo") -> bool:
        """Is the candidate first in the order ``link`` sees the pair in?  The
        claim being matched first, but of two claims of this batch the earlier
        first, whichever side proposed them, so that the pair is scored once,
        alike in any slicing of the batch (``batch_pool``); the later claim
        skips a pair the earlier one scored.  (A batch's claim's full row is
        read before the cut: ``links_by_claim``.)"""
        if self.batch is None or other.article_id not in self.batch:
            return False
        if claim.order <= self.cache[other.rowid].order:
            self.done.add((claim.rowid, other.rowid))
            return False
        return True

    def _row(self, claim: ClaimInfo, other: ClaimInfo, found: Found, how_proposed: set[str]) -> tuple:
        """A ``claim_matches`` row: the earlier claim first."""
        score, how = found
        a, b = (claim, other) if _first_of(claim, other) else (other, claim)
        kind, diff = kind_of(a, b)
        if a.root_article == b.root_article and a.article_id != b.article_id:
            method = "duplicate"
        else:
            method = "+".join(sorted(how_proposed, reverse=True)) + ":" + how
        return (a.id, b.id, score, kind, method, diff)


class Repeat(NamedTuple):
    """A ``claim_repeats`` row: one speaker's like words on two occasions,
    the earlier claim first (``decide.Again``)."""

    claim_a: str
    claim_b: str
    days_apart: int | None  # (the occasion gates need both days: None only in principle)
    score: float
    reason: str  # the occasion gate that refused the link


def _repeat(claim: ClaimInfo, other: ClaimInfo, again: Again) -> Repeat:
    a, b = (claim, other) if _first_of(claim, other) else (other, claim)
    da, db = day_number(a.published), day_number(b.published)
    return Repeat(a.id, b.id, abs(db - da) if da is not None and db is not None else None, again.score, again.why)


class Parted(NamedTuple):
    """Matching's rows parted: ``claim_matches`` rows and ``Repeat`` rows."""

    links: list[tuple]
    repeats: list[Repeat]


def part_repeats(rows: list[tuple]) -> Parted:
    """The links and the repeats of rows found together, each in its order;
    a pair linked (from either side) is no repeat."""
    links = [r for r in rows if not isinstance(r, Repeat)]
    linked = {(r[0], r[1]) for r in links}
    return Parted(links, [r for r in rows if isinstance(r, Repeat) and (r.claim_a, r.claim_b) not in linked])


def _first_of(claim: ClaimInfo, other: ClaimInfo) -> bool:
    """Is ``claim`` the earlier of a link's two?  An original comes before its
    reprint, whatever the dates and ids say (a reprint's altered quotation is
    diffed from the original's words); else the earlier report."""
    if claim.root_article == other.root_article and claim.article_id != other.article_id:
        if claim.article_id == claim.root_article or other.article_id == other.root_article:
            return claim.article_id == claim.root_article
    return claim.order <= other.order


def similar_claims(db, claim_id: str, limit: int = 10, matcher: "Matcher | None" = None) -> list[dict]:
    """Claims like ``claim_id`` in the database, best first, computed afresh.

    The same candidates and scoring as matching, without writing anything:
    for a "similar claims" panel, or for a claim matched before newer
    reports arrived.  Pass a ``Matcher`` to reuse its caches across calls.
    """
    m = matcher or Matcher(db.conn)
    rows = _load(db.conn, "c.id = ?", [claim_id])
    if not rows:
        return []
    out = []
    for a, b, score, kind, method, diff in m.links_for(rows[0]):
        other = b if a == claim_id else a
        out.append({"claim_id": other, "score": score, "kind": kind, "method": method})
    out.sort(key=lambda r: (-r["score"], r["claim_id"]))
    return out[:limit]


def _insert_repeats(conn, repeats: list[Repeat]) -> None:
    """Write ``repeats`` (the first of a pair found wins, as for links)."""
    if repeats and has_table(conn, "claim_repeats"):
        conn.executemany(
            "insert or ignore into claim_repeats (claim_a, claim_b, days_apart, score, reason) values (?, ?, ?, ?, ?)",
            repeats,
        )


def _insert_links(conn, rows) -> None:
    conn.executemany(
        "insert or ignore into claim_matches (claim_a, claim_b, score, kind, method, diff) "
        "values (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _summary(links: int, drift: int, stories: int, dups: int, merged: dict, seconds: float, repeats: int = 0) -> str:
    parts = [f"{counted(links, 'link')} ({drift} drift)", counted(stories, "story", "stories")]
    if repeats:
        parts.append(counted(repeats, "repeat"))
    if dups:
        parts.append(counted(dups, "duplicate article"))
    if merged.get("merged"):
        parts.append(counted(merged["merged"], "speaker alias merged", "speaker aliases merged"))
    return ", ".join(parts)


def match_articles(
    db, article_ids, threshold: float | None = None, reads: Reads | None = None, workers: int = 1,
    ahead: list[str] | None = None,
) -> str:
    """Match the claims of ``article_ids`` against the whole database.

    Replaces the links of those claims, regroups every story they touch
    and returns a one-line summary for the load report.  A load matching
    chunk after chunk passes one ``candidates.Reads`` to every call.  With
    ``workers`` > 1, a batch of at least ``batch_pool.PARALLEL_MIN_NEW`` claims in
    a database file is scored by that many processes (the same links).
    Claims of other articles still waiting to be matched are not linked
    now: their own matching finds those links (``Matcher._note_waiting``).
    ``ahead``: the articles of the load's next call, whose reprints are
    probed while a pool scores this batch (kept in ``reads`` for that call).
    """
    with page_cache(db.conn), collector.paused():
        return _match_articles(db, article_ids, threshold, reads, workers, ahead)


# A load's matching reads rows scattered over the database (candidates'
# lengths, then the same candidates' rows): SQLite's default page cache
# (2 MB) has forgotten a large database's pages by the second read.  This
# one is bounded too (memory stays flat) and the connection's own comes back after.
# A load matching chunk after chunk holds it over all its chunks (``loader``):
# given back after each, it dropped the pages the next chunk reads again.
MATCH_PAGE_CACHE_KIB = 32_768


@contextmanager
def page_cache(conn):
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    if before < 0 and -before >= MATCH_PAGE_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{MATCH_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _match_articles(db, article_ids, threshold, reads, workers, ahead=None) -> str:
    conn = db.conn
    started = time.perf_counter()
    article_ids = sorted(set(article_ids))
    speaker_ids = _distinct_of_claims(conn, "speaker_id", "article_id", article_ids)
    reloaded = _matched_before(conn, article_ids)
    merged = resolve_speakers(db, speaker_ids=speaker_ids, article_ids=article_ids)
    dups = detect_duplicates(conn, article_ids, ahead=reads.ahead if reads is not None else None)
    new = _of_articles(conn, article_ids)
    new.sort(key=lambda c: c.order)
    new_ids = {c.id for c in new}
    # Old links and stories of these claims are recomputed, and so are
    # stories that lost a claim when a reloaded article dropped it (looked
    # for only after a reload: it reads every story).
    stale = _stale_stories(conn) if reloaded else []
    seeds = set(new_ids)
    seeds.update(_distinct_of_claims(conn, "id", "story_id", stale))
    # links of earlier loads that this batch's speakers make a stock phrase's (``stock``)
    made_stock = links_made_stock(conn, [c.content for c in new], new_ids)
    seeds.update(c for pair in made_stock for c in pair)
    old_members, _ = closure(conn, seeds)
    old_stories = _story_ids(conn, old_members) | set(stale)
    repeats_kept = has_table(conn, "claim_repeats")
    for chunk in in_lists(new_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"delete from claim_matches where claim_a in ({marks}) or claim_b in ({marks})", chunk + chunk
        )
        if repeats_kept:
            conn.execute(
                f"delete from claim_repeats where claim_a in ({marks}) or claim_b in ({marks})", chunk + chunk
            )
    conn.executemany("delete from claim_matches where claim_a = ? and claim_b = ?", sorted(made_stock))
    found = part_repeats(_new_links(
        conn, new, threshold, reads, workers, frozenset(article_ids), (merged.get("speakers"), dups), ahead
    ))
    rows = without_stock_phrases(conn, without_neighbours(found.links))
    _insert_links(conn, rows)
    _insert_repeats(conn, found.repeats)
    corrections.apply(conn)  # reviewers' rejected links stay out, confirmed ones in
    members, edges = closure(conn, new_ids | old_members)
    old_stories |= _story_ids(conn, members)
    n_stories = write_stories(conn, members, edges, old_stories)
    # the review queue's bounds move for these claims and speakers only (a reloaded
    # article's dropped claims leave no trace of their speakers: then all of them)
    queue_scores.note(conn, [queue_scores.ALL] if reloaded else
                      new_ids | members | old_members | speaker_ids | merged.get("speakers", set()))
    _mark_matched(conn, article_ids)
    kinds = {(r[0], r[1]): r[3] for r in reversed(rows)}  # first found wins, as inserted
    drift = sum(1 for k in kinds.values() if k == "drift")
    return _summary(len(kinds), drift, n_stories, dups, merged, time.perf_counter() - started,
                    len({(r.claim_a, r.claim_b) for r in found.repeats}))


def start_pool(db, article_ids: list[str], reads: Reads, workers: int) -> None:
    """Before a load's first matching step: when that step is scored by a pool,
    the pool started now and the step's candidates read ahead by its workers
    while this process settles the step's aliases and reprints
    (``batch_pool.start``); the step then finds the pool started.  The index's
    word sample is read first, as the step would read it (``candidates._SAMPLES``:
    one unchanged database's), so that the workers inherit it, as before."""
    path = _db_path(db.conn)
    if workers > 1 and path and article_ids:
        DocFreq(db.conn, reads=reads)
        batch_pool.start(db.conn, path, None, workers, reads, article_ids)


def _new_links(
    conn, new: list[ClaimInfo], threshold, reads: Reads | None, workers: int, batch: frozenset[str], changed=(None, 0),
    ahead: list[str] | None = None,
) -> list[tuple]:
    """The batch's links; ``changed``: (speakers merged, reprints marked) by this
    step, which the rows and pools kept from the last step must not hold (``Matcher.keep``);
    ``ahead``: the next step's articles, probed for reprints while a pool scores
    (the parent would wait idle: ``duplicates.reprints_ahead``)."""
    matcher = Matcher(conn, threshold, reads, batch=batch)  # (forked workers inherit its word sample and reads)
    path = _db_path(conn)
    keep = reads is not None and not _corrected(conn)
    step = batch_pool.next_step()
    if workers > 1 and path and batch_pool.pooled(len(new), path, threshold, workers, matcher.df.reads):
        found = matcher.df.reads.ahead
        return batch_pool.links(
            conn, path, new, threshold, workers, matcher.df.reads, batch, changed if keep else None, step,
            meanwhile=(lambda: found.update(reprints_ahead(conn, ahead))) if ahead and reads is not None else None,
            ahead=ahead if reads is not None else None,
        )
    if keep:
        matcher.keep(*changed, step=step)
        # read after this step's merges and reprints: a later step's candidates need not read them again
        matcher.cache.update((c.rowid, c) for c in new)
    if not path or len(new) < LOCK_FREE_MIN_NEW:
        return matcher.links_for_all(new)
    with batch_pool.lock_given_up(conn, snapshot=True):  # scored in this process, the lock free meanwhile
        return matcher.links_for_all(new)


# A batch of at least this many new claims is scored in this process with the
# write lock given up (``batch_pool.lock_given_up``), as a pool scores: a load
# then need not pause between two chunks for a waiting writer.  A smaller one
# (a load of a few articles) keeps the lock: a commit and a pause would cost
# more than its scoring.
LOCK_FREE_MIN_NEW = 200


def _corrected(conn) -> bool:
    """Does the database hold reviewers' corrections (which may change claims' rows between steps)?"""
    return has_table(conn, "corrections") and conn.execute("select 1 from corrections limit 1").fetchone() is not None


def _stale_stories(conn) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "select s.id from stories s where s.claim_count != "
            "(select count(*) from claims c where c.story_id = s.id)"
        )
    ]


def _matched_before(conn, article_ids) -> bool:
    """Was any of these articles matched before (a reload), or is that unknown?"""
    if not has_table(conn, "match_state"):
        return True
    for chunk in in_lists(article_ids):
        marks = ",".join("?" * len(chunk))
        if conn.execute(f"select 1 from match_state where article_id in ({marks}) limit 1", chunk).fetchone():
            return True
    return False


def _mark_matched(conn, article_ids) -> None:
    if not has_table(conn, "match_state"):
        return
    now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
    for chunk in in_lists(article_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"insert or replace into match_state (article_id, content_hash, matched_at) "
            f"select id, content_hash, ? from articles where id in ({marks})",
            [now] + chunk,
        )


def _distinct_of_claims(conn, column: str, key: str, values) -> set[str]:
    """The distinct non-null ``column`` of the claims whose ``key`` is one of
    ``values`` (read in chunks SQLite takes as bound parameters).  ``column``
    and ``key`` are this module's own column names, never user input."""
    out = set()
    for chunk in in_lists(values):
        marks = ",".join("?" * len(chunk))
        out.update(
            r[0]
            for r in conn.execute(
                f"select distinct {column} from claims where {key} in ({marks}) and {column} is not null", chunk
            )
        )
    return out


def _story_ids(conn, claim_ids) -> set[str]:
    return _distinct_of_claims(conn, "story_id", "id", claim_ids)


REBUILD_STEP = 5000
# A rebuild asks for every claim's rare words: the posting lists and the words
# found common are kept for the whole run (rows of the index, not claims).
REBUILD_CACHES = (400_000, 2_000_000)  # candidates.Reads(postings_cache, common_cache)
PARALLEL_MIN_CLAIMS = 20_000


def _links_for_range(conn, lo: int, hi: int, threshold, matcher=None) -> list[tuple]:
    """The links of the claims with rowids ``lo``..``hi``, the collector paused
    (``collector``: a rebuild worker's caches hold millions of objects, which
    every full collection walked; it may run again between ranges)."""
    m = matcher or Matcher(conn, threshold)
    with collector.paused():
        claims = _load(conn, "c.rowid between ? and ?", [lo, hi], m.select)
        for claim in claims:
            m.cache[claim.rowid] = claim
        rows = m.links_for_all(claims)
    if len(m.cache) > 200_000:
        m.cache.clear()
    return rows


_WORKER: dict = {}


def _worker_init(path: str, threshold) -> None:
    conn = batch_pool.reader(path)
    _WORKER["conn"] = conn
    _WORKER["matcher"] = Matcher(conn, threshold, Reads(*REBUILD_CACHES), blocks=_WORKER.get("blocks"))


def _worker_range(bounds: tuple[int, int]) -> list[tuple]:
    return _links_for_range(_WORKER["conn"], bounds[0], bounds[1], None, _WORKER["matcher"])


def _db_path(conn) -> str | None:
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or None
    return None


def rebuild(db, threshold: float | None = None, workers: int | None = None) -> str:
    """Recompute aliases, duplicates, links and stories for the whole database.

    Deterministic: the same database gives the same links, stories and ids
    however often it runs and however many worker processes score claims
    (results are inserted in rowid order).  On large databases (>= 20,000
    claims, file-backed) claims are scored by ``workers`` processes
    (default: the number of CPUs, at most 4).

    All or nothing for links and stories: aliases and duplicates are
    settled in a first transaction (which leaves the old links and stories
    in place), links are then computed by reading alone, so Datasette and
    loads can keep writing meanwhile, and the old links and stories are
    replaced by the new ones in one last transaction.  A failure or a kill
    at any point leaves the old links and stories whole.
    """
    conn = db.conn
    started = time.perf_counter()
    if conn.in_transaction:
        conn.commit()
    if workers is None:
        workers = min(4, os.cpu_count() or 1)

    def settle():
        conn.execute("update articles set duplicate_of = null where duplicate_of is not null")
        merged = resolve_speakers(db)
        key_phrases(conn)  # (here, not in the reading phase: ``without_stock_phrases`` then finds them keyed)
        seen = conn.execute("select id, content_hash from articles order by id").fetchall()
        dups = detect_duplicates(conn, [r[0] for r in seen], workers, _db_path(conn))
        return merged, seen, dups

    merged, seen, dups = retry_locked(settle, conn)
    found = part_repeats(_all_links(conn, threshold, workers))
    rows = without_stock_phrases(conn, without_neighbours(found.links))

    def replace():
        conn.execute("delete from claim_matches")
        conn.execute("update claims set story_id = null where story_id is not null")
        conn.execute("delete from stories")
        # claims a concurrent load replaced meanwhile are left to its matching
        present = {r[0] for r in conn.execute("select id from claims")}
        _insert_links(conn, [r for r in rows if r[0] in present and r[1] in present])
        if has_table(conn, "claim_repeats"):
            conn.execute("delete from claim_repeats")
            _insert_repeats(conn, [r for r in found.repeats if r.claim_a in present and r.claim_b in present])
        corrections.apply(conn)  # reviewers' corrections survive a rebuild
        edges = [tuple(r) for r in conn.execute("select claim_a, claim_b, kind, score, method from claim_matches")]
        members = {e[0] for e in edges} | {e[1] for e in edges}
        n_stories = write_stories(conn, members, edges, set())
        if has_table(conn, "match_state"):
            # the versions this rebuild saw; anything loaded since stays unmatched
            now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
            conn.execute("delete from match_state")
            conn.executemany(
                "insert into match_state (article_id, content_hash, matched_at) values (?, ?, ?)",
                [(ident, digest, now) for ident, digest in seen],
            )
        return edges, n_stories

    edges, n_stories = retry_locked(replace, conn)
    drift = sum(1 for e in edges if e[2] == "drift")
    repeats = len({(r.claim_a, r.claim_b) for r in found.repeats})
    return _summary(len(edges), drift, n_stories, dups, merged, time.perf_counter() - started, repeats)


def _all_links(conn, threshold, workers) -> list[tuple]:
    """Every link in the database, in rowid order, computed without writing."""
    n_claims, max_rowid = conn.execute("select count(*), coalesce(max(rowid), 0) from claims").fetchone()
    ranges = [(lo, lo + REBUILD_STEP - 1) for lo in range(0, max_rowid + 1, REBUILD_STEP)]
    path = _db_path(conn)
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    with collector.paused():  # millions of lists built, none in a cycle: 25% of its CPU went to collections
        blocks = SpeakerBlocks(conn, SPEAKER_POOL_CAP)
    # millions of long-lived lists and dicts: unfrozen, every full collection
    # walks them all (in a profile at a million claims, most of the time spent
    # building the feature sets went to collections)
    gc.freeze()
    try:
        if workers > 1 and path and n_claims >= PARALLEL_MIN_CLAIMS:
            return _pooled_links(path, threshold, workers, ranges, blocks)
        matcher = Matcher(conn, threshold, Reads(*REBUILD_CACHES), blocks=blocks)
        return [row for lo, hi in ranges for row in _links_for_range(conn, lo, hi, threshold, matcher)]
    finally:
        gc.unfreeze()


def _pooled_links(path: str, threshold, workers: int, ranges, blocks) -> list[tuple]:
    ctx = batch_pool.pool_context()
    rows: list[tuple] = []
    _WORKER["blocks"] = blocks  # inherited by the forked workers
    try:
        with ctx.Pool(workers, initializer=_worker_init, initargs=(path, threshold)) as pool:
            for chunk in pool.imap(_worker_range, ranges):  # imap keeps range order
                rows.extend(chunk)
    finally:
        _WORKER.pop("blocks", None)
    return rows
