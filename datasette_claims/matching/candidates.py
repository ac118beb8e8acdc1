"""Candidate counterparts for a claim: rare words, then same-speaker blocks.

Nothing here compares a claim with every other claim, and nothing here
costs more as the database grows.  Two cheap sources propose candidates,
and only those are scored in full:

* ``rare_candidates``: the claims holding the claim's *rare* words (each in
  at most ``RARE_DF`` claims of ``claims_fts``' ``content`` column, porter
  stemmed).  A rare word's posting list is read with a ``LIMIT`` of
  ``RARE_DF + 1`` rows (one more says "not rare"), so a claim costs at
  most ``max_terms * 2`` bounded reads; the claims found are ranked in
  Python by the idf of the words they share (no bm25 ``order by rank``
  over every match, which grew with the database).  A claim without a
  rare word gets the first claims holding its three least common words
  together, again under a ``LIMIT``.  Catches counterparts whatever
  speaker the extractor assigned.
* ``SpeakerPool``: every claim already attributed to the same speaker is
  a candidate when it shares two content words with the claim (an
  in-memory inverted index per speaker); the best ``k`` by shared words.

The pipeline then drops candidates under rapidfuzz ``token_set_ratio`` 55
(rewards a short quote contained in a long sentence) before full scoring.

Only SELECTs run here; the module never creates or alters tables.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from functools import lru_cache
from itertools import repeat
from operator import add
from typing import NamedTuple

from ..store.connection import in_lists
from ..text import NEWS_COMMON, STOPWORDS, content_word_set, folded, match_all, match_any, tokens

_QWORD = re.compile(r"[A-Za-z0-9]+")
# Words too common in news quotes to help bm25 find a counterpart.
FTS_STOP = STOPWORDS | NEWS_COMMON


RARE_DF = 150
# Claims read for the word-frequency estimate, whatever the database's size.
# It only orders a claim's words and spares reading the lists of words it
# surely calls common (``SURELY_SEEN``); whether a word is rare is read from
# the index itself.  20,000 claims until 2026-12-05: a load of 300 articles
# spent a tenth of its matching reading them (0.2 s at 180,000 claims).
SAMPLE = 5_000
# A word is taken for common unread (more than twice RARE_DF claims by the
# estimate) only when the sample saw it at least this often: over a large
# database a small sample's few sightings say little (at 1,000,000 claims a
# word seen twice in 5,000 claims may be held by 150).
SURELY_SEEN = 5
# A "rare" word for paraphrase evidence: in at most 0.5% of the claims, and
# in at least 12 claims whatever the size: in a small database of one event's
# coverage the words of a statement that seven or ten outlets carried are in
# seven or ten claims, and were taken for common (5 until 2026-12-05: a
# paraphrase of a quotation carried by seven reports was never linked).
PARAPHRASE_RARE_SHARE = 0.005
PARAPHRASE_RARE_MIN = 12


class DocFreq:
    """Which words are rare enough to query: estimated, then read.

    Words are ordered by a document-frequency estimate from a sample of up
    to ``sample`` claims spread evenly over the rowids (read by rowid, so
    the sample costs the same at any size, and is shared by every Matcher
    of one unchanged database: ``_SAMPLES``); since FTS5 matches porter
    stems ("wells" finds "well", "dos" finds "do"), each chosen word's
    posting list is then read from the index itself, at most ``RARE_DF +
    1`` rows, and kept for the batch (``postings``).
    """

    def __init__(self, conn, sample: int | None = None, reads: "Reads | None" = None):
        self.conn = conn
        state = _state(conn, reads)
        self.total, self.scale, self.counts = _sample(conn, SAMPLE if sample is None else sample, state)
        reads = self.reads = reads.fresh(state) if reads is not None else Reads()
        self.posted = reads.posted  # rare words' posting lists
        self.common = reads.common  # words found in more than RARE_DF claims
        self.lengths = reads.lengths  # rowid -> length in words, for ties at the cut
        self.all_lengths = None  # every claim's length, when read beforehand (``blocks.Lengths``; rebuild)
        self.sized: bool | None = None  # does the index keep token counts (``has_docsize``), once asked
        self.idfs: dict[str, float] = {}

    def estimate(self, word: str) -> float:
        return self.counts.get(word, 0) * self.scale

    def idf(self, word: str) -> float:
        """log((claims + 1) / (estimated claims holding ``word`` + 1))."""
        got = self.idfs.get(word)
        if got is None:
            if len(self.idfs) > IDF_CACHE:
                self.idfs.clear()
            got = self.idfs[word] = math.log((self.total + 1) / (self.estimate(word) + 1))
        return got

    @property
    def rare_idf(self) -> float:
        """The idf of a word held by ``PARAPHRASE_RARE_SHARE`` of the claims
        (at least ``PARAPHRASE_RARE_MIN`` claims): rarer words are "rare"."""
        held = max(PARAPHRASE_RARE_MIN, PARAPHRASE_RARE_SHARE * self.total)
        return math.log((self.total + 1) / (held + 1))

    def postings(self, word: str) -> tuple[int, ...] | None:
        """rowids of the claims holding ``word`` (its stem), ascending, when
        at most ``RARE_DF`` do; None when more do (the read stops there)."""
        if word in self.posted:
            return self.posted[word]
        if word in self.common or (self.counts.get(word, 0) >= SURELY_SEEN and self.estimate(word) > RARE_DF * 2):
            return None
        if self.estimate(word) > RARE_DF and self._past_bound(word):
            return self._common(word)
        try:
            # one row, the rowids joined: a common word's 151 rows are not made Python rows
            # (its read cost 53 us of CPU a word, 32 us this way)
            (joined,) = self.conn.execute(
                "select group_concat(rowid) from (select rowid from claims_fts where claims_fts match ? limit ?)",
                [match_all([word], "content"), RARE_DF + 1],
            ).fetchone()
        except Exception:
            joined = ",".join(["0"] * (RARE_DF + 1))
        if joined and joined.count(",") >= RARE_DF:
            return self._common(word)
        if len(self.posted) > self.reads.postings_cache:
            self.posted.clear()
        got = self.posted[word] = tuple(sorted(map(int, joined.split(",")))) if joined else ()
        return got

    def _past_bound(self, word: str) -> bool:
        """Does ``word`` (its stem) have a ``RARE_DF + 1``-th claim?  Asked first of
        a word the estimate calls common: the index steps over the first
        ``RARE_DF`` rowids without handing them over (15 us of CPU against 25-32 us
        for the list, at 168,000 claims; a rare word asked so costs 11 us more)."""
        try:
            return self.conn.execute(
                "select 1 from claims_fts where claims_fts match ? limit 1 offset ?",
                [match_all([word], "content"), RARE_DF],
            ).fetchone() is not None
        except Exception:
            return True  # (as a failed read of the list: taken for common)

    def _common(self, word: str) -> None:
        if len(self.common) > self.reads.common_cache:
            self.common.clear()
        self.common.add(word)
        return None

    def is_rare(self, word: str) -> bool:
        return self.postings(word) is not None


# What a DocFreq keeps (memory stays bounded; a word forgotten is read again).
# Rare words' posting lists (at most RARE_DF rowids each, 16 on average in
# a Wikinews load, which asked for 14,780 words in 2,000 articles; emptied
# every 5,000 words, they were read three times over: 5% of its matching).
POSTINGS_CACHE = 30_000
COMMON_CACHE = 200_000  # words found not rare
LENGTHS_CACHE = 200_000  # claims' lengths
IDF_CACHE = 200_000


class Reads:
    """What the index and the claims table said, kept across the Matchers
    of one load (``match_articles`` per chunk): posting lists, words found
    common, claims' lengths.  Claims do not change while a load matches;
    should the claims table change all the same (its count or its last
    rowid moved: another writer between two chunks), everything is read
    again."""

    def __init__(self, postings_cache: int = POSTINGS_CACHE, common_cache: int = COMMON_CACHE):
        self.postings_cache, self.common_cache = postings_cache, common_cache  # the caches' bounds
        self.key: tuple | None = None
        self.counted: tuple | None = None  # (database file, last rowid, index's row count, claims) at the last count
        self.posted: dict[str, tuple[int, ...]] = {}
        self.common: set[str] = set()
        self.lengths: dict[int, int] = {}
        # what one process's Matchers hand on besides (claims' rows, speakers'
        # pools: ``pipeline.Matcher.keep``), emptied with the rest
        self.kept: dict = {}
        # reprint pairs of the next step's articles, found while a pool scored
        # this one (``duplicates.reprints_ahead``; checked against their texts)
        self.ahead: dict = {}

    def fresh(self, key: tuple) -> "Reads":
        """These reads, emptied unless ``key`` (database file, claims, last rowid) is the one they were made at."""
        if key != self.key or not key[0]:
            self.key = key
            self.posted, self.common, self.lengths, self.kept, self.ahead = {}, set(), {}, {}, {}
        return self


def _state(conn, reads: Reads | None) -> tuple:
    """(database file, claims, last rowid), the claims counted once per load.

    ``count(*)`` walks an index of every claim (13 ms at 170,000 claims, 0.7
    ms at 9,000), and each chunk of a load asked again.  The full-text index
    keeps its own count of rows in one record (FTS5's averages record,
    ``claims_fts_data`` id 1), which moves with every claim written or
    deleted: while it and the last rowid stay as they were at the last count
    (``Reads.counted``), so does the count."""
    path = _path(conn)
    top = conn.execute("select coalesce(max(rowid), 0) from claims").fetchone()[0]
    indexed = _indexed_rows(conn)
    seen = reads.counted if reads is not None else None
    if path and indexed is not None and seen is not None and seen[:3] == (path, top, indexed):
        return (path, seen[3], top)
    total = conn.execute("select count(*) from claims").fetchone()[0]
    if reads is not None:
        reads.counted = (path, top, indexed, total)
    return (path, total, top)


def _indexed_rows(conn) -> int | None:
    """The rows ``claims_fts`` holds by its own count (the first varint of its averages record); None if unread."""
    try:
        row = conn.execute("select block from claims_fts_data where id = 1").fetchone()
    except Exception:
        return None
    return first_varint(row[0]) if row and row[0] else None


_SAMPLES: dict = {}  # (database file, claims, max rowid, sample) -> (total, scale, counts): one entry


def _sample(conn, sample: int, state: tuple) -> tuple[int, float, dict[str, int]]:
    """(claims, claims per sampled claim, sampled document frequencies);
    ``state`` is (database file, claims, last rowid)."""
    _, total, top = state
    key = (*state, sample)
    if key[0] and key in _SAMPLES:
        return _SAMPLES[key]
    step = max(1, top // sample)
    counts: Counter[str] = Counter()
    seen_docs = 0
    # every step-th rowid, each read through the primary key (not a scan of the table)
    for (content,) in conn.execute(
        "with recursive r(x) as (select ? union all select x + ? from r where x + ? <= ?) "
        "select c.content from r join claims c on c.rowid = r.x limit ?",
        [step, step, step, top, sample],
    ):
        seen_docs += 1
        content = content or ""
        # lower-cased once (an ASCII text's words are its lower-cased text's words)
        counts.update(set(_QWORD.findall(content.lower())) if content.isascii()
                      else {w.lower() for w in _QWORD.findall(content)})
    got = (total or 0, (total / seen_docs) if seen_docs else 1.0, counts)
    if key[0]:
        _SAMPLES.clear()
        _SAMPLES[key] = got
    return got


def _path(conn) -> str | None:
    try:
        for _, name, path in conn.execute("PRAGMA database_list"):
            if name == "main":
                return path or None
    except Exception:
        return None
    return None


class Terms(NamedTuple):
    """The words a claim is looked up by: rare ones (OR), else common ones (AND)."""

    rare: list[str]
    common: list[str]
    postings: tuple = ()  # the rare words' posting lists, in their order


def query_terms(text: str, df: DocFreq, max_terms: int = 4) -> Terms:
    """Up to ``max_terms`` words of ``text`` matching at most ``RARE_DF``
    claims each (rarest first by estimate, among the ``2 * max_terms``
    least common); if none is that rare, its three least common words
    (claims holding all three); a claim of one or two common words gets
    neither (the same-speaker pool still covers it)."""
    seen: dict[str, int] = {}
    for i, w in enumerate(_QWORD.findall(text or "")):
        low = w.lower()
        if len(low) < 3 or low in FTS_STOP or low in seen:
            continue
        seen[low] = i
    counts, scale = df.counts, df.scale  # (``df.estimate``, inlined: a sort key per word)
    ranked = sorted(seen, key=lambda w: (counts.get(w, 0) * scale, -len(w), seen[w]))
    rare, postings = [], []
    for w in ranked[: max_terms * 2]:
        rowids = df.postings(w)
        if rowids is not None:  # rare
            rare.append(w)
            postings.append(rowids)
            if len(rare) == max_terms:
                break
    if rare:
        return Terms(rare, [], tuple(postings))
    return Terms([], ranked[:3] if len(ranked) >= 3 else [])


def fts_query(text: str, max_terms: int = 4, df: DocFreq | None = None) -> str | None:
    """An FTS5 query for the claim's most distinctive words: OR of its rare
    words, or AND of three common ones (``query_terms``); without a
    ``DocFreq``, OR of the longest words."""
    if df is None or not df.total:
        seen = dict.fromkeys(w.lower() for w in _QWORD.findall(text or ""))
        terms = sorted((w for w in seen if len(w) >= 3 and w not in FTS_STOP), key=lambda w: -len(w))
        return match_any(terms[:max_terms], "content")
    terms = query_terms(text, df, max_terms)
    return match_any(terms.rare, "content") if terms.rare else match_all(terms.common, "content")


def rare_candidates(text: str, df: DocFreq, k: int = 20) -> list[int]:
    """rowids of up to ``k`` claims sharing ``text``'s rare words, most
    shared idf first, read from bounded posting lists; or of claims holding
    its three least common words together (the first ``AND_READ`` of them).
    Ties go to the claims closest to ``text`` in length (a near copy before
    a long sentence that merely mentions the words), then the oldest."""
    return rare_candidates_of([text], df, k)[0]


def rare_candidates_of(texts: list[str], df: DocFreq, k: int = 20) -> list[list[int]]:
    """``rare_candidates`` of each text; the lengths that break the ties at
    the cuts are read together (one query for the texts' claims tied at
    their cuts, not one a text: a load's matching asked 13,000 times)."""
    cuts = [_cut(text, df, k) for text in texts]
    lengths = df.all_lengths  # (a rebuild has them all)
    if lengths is None:
        lengths = _lengths(df, list({rid for cut in cuts if len(cut.tied) > cut.room for rid in cut.tied}))
    return [cut.sure + _closest(cut, lengths, text_size(text)) if cut.tied else cut.sure
            for text, cut in zip(texts, cuts)]


class Cut(NamedTuple):
    """A claim's candidates: those surely kept (heaviest first), those tied
    at the cut (by rowid), and how many of these stay."""

    sure: list[int]
    tied: list[int]
    room: int


def _cut(text: str, df: DocFreq, k: int) -> Cut:
    weight = _shared_weights(query_terms(text, df), df, k)
    if weight is None:
        return Cut([], [], 0)
    if len(weight) <= k:
        return Cut(sorted(sorted(weight), key=weight.__getitem__, reverse=True), [], 0)  # heaviest, then by rowid
    # A claim's rare words find about a hundred claims, a few weights among
    # them: the weight of the k-th (the cut) comes from counting each weight's
    # claims, and only the claims at the cut are ordered (by length), not all.
    counts = Counter(weight.values())
    above = 0
    for cut in sorted(counts, reverse=True):
        if above + counts[cut] >= k:
            break
        above += counts[cut]
    sure = sorted(sorted([r for r, w in weight.items() if w > cut]), key=weight.__getitem__, reverse=True)
    return Cut(sure, sorted([r for r, w in weight.items() if w == cut]), k - above)


def _closest(cut: Cut, lengths, size: int) -> list[int]:
    """The claims tied at the cut that stay: the closest to ``size`` in length, then the oldest.

    ``lengths`` holds every tied claim's length (``_lengths``, or a rebuild's
    ``blocks.Lengths``); a claim it lacks (gone) counts as empty."""
    if len(cut.tied) <= cut.room:
        return cut.tied
    get = lengths.get
    # the few that stay, not the whole tie sorted (at 4x the corpus a tie holds
    # the near-copies of every claim sharing the words: ten times the places)
    return heapq.nsmallest(cut.room, cut.tied, key=lambda r: (abs(get(r, 0) - size), r))


def _shared_weights(terms: Terms, df: DocFreq, k: int) -> dict[int, int] | None:
    """rowid -> the idf of the rare words it shares with the claim, in
    millionths (whole numbers: ties are exact), for every claim that can be
    among the ``k`` heaviest or tie with the k-th; 0 for each claim holding
    its common words; None when that query fails.

    The lists are added rarest first.  Once ``k`` claims found so far weigh
    more than all the words still to add together, no claim first met in
    those lists can reach the k-th weight: the rest of the lists only add
    to the claims already found (about half of a load's postings, mostly
    its least rare word's long list, are never keyed)."""
    if terms.common:
        try:
            rows = df.conn.execute(
                "select rowid from claims_fts where claims_fts match ? limit ?",
                [match_all(terms.common, "content"), AND_READ],
            )
            return {r[0]: 0 for r in rows}
        except Exception:  # a malformed query must not stop a load
            return None
    lists = sorted(terms.postings, key=len)
    idfs = [int(math.log((df.total + 1) / (len(rowids) + 1)) * 1_000_000) for rowids in lists]
    weight: dict[int, int] = dict.fromkeys(lists[0], idfs[0]) if lists else {}
    for i in range(1, len(lists)):
        rest = sum(idfs[i:])  # the most a claim not found yet can weigh
        if len(weight) >= k and sum(map(rest.__lt__, weight.values())) >= k:  # (claims weighing more than rest)
            for rowids, idf in zip(lists[i:], idfs[i:]):
                for rid in weight.keys() & rowids:
                    weight[rid] += idf
            break
        rowids, idf = lists[i], idfs[i]
        # weight[rid] = weight.get(rid, 0) + idf for each, looped in C (a posting list holds a rowid once)
        weight.update(zip(rowids, map(add, map(weight.get, rowids, repeat(0)), repeat(idf))))
    return weight


AND_READ = 200  # claims read for a query of common words (in rowid order)


def _lengths(df: DocFreq, rowids: list[int]) -> dict[int, int]:
    """The length in words of these claims' content (those that exist), read once per load.

    FTS5 keeps each row's token count per column (``claims_fts_docsize``):
    a few bytes a claim, so the table of a large database stays in the page
    cache, where the claims' own rows are scattered over the whole file (reading
    ``length(content)`` for the ties at the cuts cost four times more at 180,000
    claims than at 9,000).  Without that table, the words are counted here.
    Read in rowid order: the index's b-tree pages in turn, not at random (a
    load's ties at 4x the corpus are 46,000 claims)."""
    known = df.lengths
    need = sorted(set(rowids).difference(known))
    if not need:
        return known
    if len(known) + len(need) > LENGTHS_CACHE:
        known.clear()
        need = sorted(set(rowids))
    sized = df.sized
    if sized is None:
        sized = df.sized = has_docsize(df.conn)
    for chunk in in_lists(need):
        marks = ",".join("?" * len(chunk))
        if sized:
            rows = df.conn.execute(f"select id, sz from claims_fts_docsize where id in ({marks})", chunk)
            # (a varint's first byte under 0x80 is the whole number: a claim of fewer than 128 words)
            known.update((rid, sz[0] if sz and sz[0] < 0x80 else first_varint(sz)) for rid, sz in rows)
        else:
            rows = df.conn.execute(f"select rowid, content from claims where rowid in ({marks})", chunk)
            known.update((rid, text_size(content)) for rid, content in rows if content is not None)
    return known


def has_docsize(conn) -> bool:
    """Does the full-text index keep its rows' token counts (not ``columnsize=0``)?"""
    return conn.execute(
        "select 1 from sqlite_master where name = 'claims_fts_docsize' and type = 'table'"
    ).fetchone() is not None


def text_size(text: str | None) -> int:
    """``text``'s length in words, as FTS5 counts the tokens of a column."""
    return len(tokens(text))


def first_varint(blob: bytes | None) -> int:
    """The first of the SQLite varints in ``blob`` (``docsize``'s first column: ``content``)."""
    value = 0
    for i, byte in enumerate(blob or b""):
        if i == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value
    return value


# Lookups a load's speaker pool answers by scanning its claims' texts; from the
# next one on it indexes them (a speaker quoted often in one load: each lookup
# would scan the whole pool again).
POOL_SCANS = 2


class SpeakerPool:
    """All claims of one speaker, looked up by the content words they share with a claim.

    Built once per speaker per batch; a lookup counts, for every claim of
    the speaker sharing a content word with the query, how many it shares,
    and returns the best ``k`` sharing at least two (or all, for queries
    of one or two words).

    A load's pool answers two lookups on average (1,685 in 787 pools for a
    300-article batch), so its claims are not indexed word by word: each
    claim's folded text (``text.folded``) is kept, and a lookup splits into
    words only the claims holding enough of the query's words as substrings
    (a word of a claim is always a substring of its folded text, so no
    claim that shares them is passed over).  At 4x the corpus a speaker's
    pool holds each of its claims four times over (near-copies of one
    another), most sharing fewer than two words with the query: the pools
    cost a fifth less there, the same at 1/4x.  A text the speaker said in
    several claims (a reprint's, word for word) is kept, scanned and indexed
    once with all its rowids (at 4x a third of the pools' claims).  A pool asked more than
    ``POOL_SCANS`` times (a speaker quoted often in one load) indexes its
    claims word by word as before; a rebuild's pools come indexed (``of``:
    ``blocks.SpeakerBlocks``), since there every claim of a speaker is
    looked up in its pool.
    """

    def __init__(self, conn, speaker_id: str, cap: int):
        rows = conn.execute(
            "select rowid, content from claims where speaker_id = ? limit ?", [speaker_id, cap + 1]
        ).fetchall()
        self.too_big = len(rows) > cap
        self.index: dict[str, list[int]] | None = None
        # the speaker's claims by text: at 4x the corpus a pool holds each claim's
        # near-copies, a third of them word for word (6,687 texts in 10,195 claims)
        # (each text split and scanned once; a text's rowids counted together)
        texts: dict[str, list[int]] = {}
        for rowid, content in [] if self.too_big else rows:
            texts.setdefault(content, []).append(rowid)
        self.rows = [(rowids, content, folded(content)) for content, rowids in texts.items()]
        self.scans = 0

    @classmethod
    def of(cls, index: dict[str, list[int]], too_big: bool = False) -> "SpeakerPool":
        """A pool from an index built elsewhere (``blocks.SpeakerBlocks``)."""
        pool = cls.__new__(cls)
        pool.index, pool.too_big, pool.rows, pool.scans = index, too_big, [], 0
        return pool

    def candidates(self, text: str, k: int = 20, cutoff: float = 55) -> list[int]:
        if self.too_big or not (self.index or self.rows):
            return []
        words = _content_words(text)
        if not words:
            return []
        need = 2 if len(words) > 2 else len(words)
        if self.index is None and self.scans >= POOL_SCANS:
            self._index_rows()
        counts = self._indexed(words) if self.index is not None else self._scanned(words, need)
        best = sorted((rid for rid, n in counts.items() if n >= need), key=lambda r: (-counts[r], r))
        return best[:k]

    def _indexed(self, words: frozenset[str]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for w in words:
            for rid in self.index.get(w, ()):
                counts[rid] = counts.get(rid, 0) + 1
        return counts

    def _index_rows(self) -> None:
        """word -> rowids of the claims read, as ``blocks.SpeakerBlocks`` builds it."""
        index: dict[str, list[int]] = {}
        for rowids, content, _ in self.rows:
            for w in _content_words(content):
                index.setdefault(w, []).extend(rowids)
        self.index, self.rows = index, []

    def _scanned(self, words: frozenset[str], need: int) -> dict[int, int]:
        """rowid -> content words shared with ``words``, for the claims sharing at least ``need``."""
        self.scans += 1
        counts: dict[int, int] = {}
        for rowids, content, low in self.rows:
            if _holds(low, words, need):
                n = len(words & _content_words(content))
                if n >= need:
                    counts.update(dict.fromkeys(rowids, n))
        return counts


def _holds(low: str, words: frozenset[str], need: int) -> bool:
    """Does ``low`` hold at least ``need`` of ``words`` as substrings?"""
    found = 0
    for w in words:
        if w in low:
            found += 1
            if found >= need:
                return True
    return False


@lru_cache(maxsize=100_000)  # a speaker's pool is built again by the next chunk's Matcher
def _content_words(text: str) -> frozenset[str]:
    return index_words(text)


def index_words(text: str | None) -> frozenset[str]:
    """The distinct content words of ``text`` not in ``FTS_STOP``."""
    return content_word_set(text, FTS_STOP)
