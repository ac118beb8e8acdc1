"""Which articles can be in a reprint pair at all: a filter before the probes.

``duplicates.reprints_of`` asks ``articles_fts`` three NEAR probes per
article; over a rebuild's every article that was most of the cost
(about 2 ms an article: six minutes of CPU at 125,000 articles), though
nearly every article is a reprint of nothing.

A pair needs the later report's five-word shingles to be at least 80%
(or, for an edit, ``duplicates.EDIT_SHARE``: 60%; ``MIN_HELD`` is the lesser)
found in the earlier one.  So this module reads every article's text once
and keeps only what a pair cannot lack:

1. each distinct shingle of an article is hashed into one of ``BUCKETS``
   buckets, and a bucket counts the articles that have a shingle in it
   (up to two);
2. an article is *copy-like* when at least ``MIN_HELD`` of its shingles fall in
   buckets another article shares: the later report of a pair always is;
3. the shingles of the copy-like articles are counted against every
   article's buckets; a pair whose count reaches ``MIN_HELD`` of the copy-like
   article's shingles (80% for two reports more than ``EDIT_DAYS`` apart,
   which cannot be an edit) is kept, and both its articles may be in a pair.

Hash collisions only add articles, never remove one (a shared shingle
always shares its bucket, and a copy-like article counts one per shingle,
not per bucket), so the articles left out are exactly articles whose
probes could find no pair: ``reprints_of`` of them is empty, and probing
only the rest gives the same pairs, in the same order.
"""

from __future__ import annotations

from array import array

from ..text import tokens
from ..dates import day_number
from .duplicates import CONTAINMENT, EDIT_DAYS, MIN_HELD

BUCKETS = 1 << 27  # at most 128 MB of counters; collisions only add candidates
MIN_BUCKETS = 1 << 16
_EPS = 1e-9


class Shingled:
    """Every article's shingle buckets, one entry per distinct shingle, in one flat array."""

    def __init__(self, conn, size: int = BUCKETS):
        self.ids: list[str] = []
        self.days: list[int | None] = []  # each article's day (``dates.day_number``), None when undated
        self.buckets = array("i")
        self.offsets = array("q", [0])
        self.counts = bytearray(size)  # articles with a shingle in the bucket, up to 2
        mask = size - 1
        counts = self.counts
        for aid, text, published in conn.execute("select id, text, published from articles order by id"):
            self.days.append(day_number(published))
            words = tokens(text)
            mine = [hash(s) & mask for s in set(zip(words, words[1:], words[2:], words[3:], words[4:]))]
            for b in set(mine):
                if counts[b] < 2:
                    counts[b] += 1
            self.ids.append(aid)
            self.buckets.extend(mine)
            self.offsets.append(len(self.buckets))

    def of(self, i: int) -> array:
        return self.buckets[self.offsets[i] : self.offsets[i + 1]]

    def copy_like(self) -> list[int]:
        """Articles with at least ``MIN_HELD`` of their shingles in buckets another article shares."""
        counts = self.counts
        out = []
        for i in range(len(self.ids)):
            mine = self.of(i)
            if mine and sum(1 for b in mine if counts[b] >= 2) >= MIN_HELD * len(mine) - _EPS:
                out.append(i)
        return out


def _shared_counts(shingled: Shingled, later: list[int]) -> dict[tuple[int, int], int]:
    """(copy-like article, other article) -> the copy-like one's shingles in the other's buckets."""
    owners: dict[int, list[int]] = {}
    for i in later:
        for b in shingled.of(i):  # once per shingle: collisions count in full
            owners.setdefault(b, []).append(i)
    keys = owners.keys()
    shared: dict[tuple[int, int], int] = {}
    for x in range(len(shingled.ids)):
        for b in keys & set(shingled.of(x)):
            for i in owners[b]:
                if i != x:
                    shared[(i, x)] = shared.get((i, x), 0) + 1
    return shared


def bucket_count(conn) -> int:
    """A power of two about four buckets per shingle (a word is about six
    characters), between ``MIN_BUCKETS`` and ``BUCKETS``: a load of a few
    thousand articles needs megabytes of counters, not the rebuild's 128 MB."""
    chars = conn.execute("select coalesce(sum(length(text)), 0) from articles").fetchone()[0]
    size = min(MIN_BUCKETS, BUCKETS)
    while size < BUCKETS and size < chars * 4 // 6:
        size <<= 1
    return size


def possible_reprints(conn) -> set[str]:
    """Ids of the articles that may form a reprint pair with another article."""
    shingled = Shingled(conn, bucket_count(conn))
    later = shingled.copy_like()
    out: set[str] = set()
    for (i, x), n in _shared_counts(shingled, later).items():
        if n >= _least_held(shingled, i, x) * (shingled.offsets[i + 1] - shingled.offsets[i]) - _EPS:
            out.add(shingled.ids[i])
            out.add(shingled.ids[x])
    return out


def _least_held(shingled: Shingled, i: int, x: int) -> float:
    """The least share of ``i``'s shingles ``x`` must hold for a pair: an
    edit's (``MIN_HELD``) within ``EDIT_DAYS`` or with a date unknown, a
    copy's (``CONTAINMENT``) further apart."""
    di, dx = shingled.days[i], shingled.days[x]
    return MIN_HELD if di is None or dx is None or abs(di - dx) <= EDIT_DAYS else CONTAINMENT
