"""Look-ups over the claims made so far, without a scan of all of them.

Why: many rules ask "is there already a claim whose content covers this
position?" or "which claims of this sentence came before this cue?".  Asked
with ``any(... for c in ctx.claims)``, each question costs time in proportion
to the number of claims, and an article with thousands of claims (hostile
input, or a very long transcript) then costs time in proportion to the square
of its length.  This index keeps the claims sorted by content start and by cue
start, catches up with the claims appended since the last question, and is
rebuilt when the list was replaced or shortened (a filter pass).  Answers are
the same claims, in the same (creation) order, as the scan would give.

Rules must not move a claim's content start or cue start while the index is in
use without calling ``refresh`` (only the headline rules do, at the very end).
"""

from __future__ import annotations

import bisect

_KEY = "_claim_index"
# Contents longer than this (a heading's whole paragraph) are few and are kept in
# a list of their own; a shorter one covering a position starts at most this far
# before it, so a position's candidates are a short slice of the sorted starts.
_LONG = 2500


class _Index:
    __slots__ = ("by_cue", "by_start", "claims", "cue_starts", "long", "longest", "n", "starts", "tail")

    def __init__(self) -> None:
        self.claims: list | None = None
        self.n = 0
        self.tail = None
        self.starts: list[tuple[int, int]] = []     # (content start, creation order)
        self.by_start: dict[int, object] = {}       # creation order -> claim
        self.cue_starts: list[tuple[int, int]] = []  # (cue start, creation order)
        self.by_cue: dict[int, object] = {}
        self.long: list[tuple[int, object]] = []    # (creation order, claim) of long contents
        self.longest = 0                            # the longest of the other contents

    def sync(self, claims: list) -> None:
        n = self.n
        if claims is not self.claims or len(claims) < n or (n and claims[n - 1] is not self.tail):
            self.__init__()
            self.claims = claims
            n = 0
        for i in range(n, len(claims)):
            c = claims[i]
            bisect.insort(self.starts, (c.content.start, i))
            self.by_start[i] = c
            length = c.content.end - c.content.start
            if length > _LONG:
                self.long.append((i, c))
            else:
                self.longest = max(self.longest, length)
            if c.cue is not None:
                bisect.insort(self.cue_starts, (c.cue.start, i))
                self.by_cue[i] = c
        self.n = len(claims)
        self.tail = claims[-1] if claims else None


def _index(ctx) -> _Index:
    ix = ctx.__dict__.get(_KEY)
    if ix is None:
        ix = ctx.__dict__[_KEY] = _Index()
    ix.sync(ctx.claims)
    return ix


def refresh(ctx) -> None:
    """Forget the index (after a rule moved a claim's content or cue start)."""
    ctx.__dict__.pop(_KEY, None)


def starting_in(ctx, lo: int, hi: int) -> list:
    """Claims whose content starts in [lo, hi], in creation order."""
    ix = _index(ctx)
    return [ix.by_start[i] for i in _orders_starting_in(ix, lo, hi)]


def _orders_starting_in(ix: _Index, lo: int, hi: int) -> list[int]:
    a = bisect.bisect_left(ix.starts, (lo, -1))
    b = bisect.bisect_right(ix.starts, (hi, ix.n + 1))
    return sorted(i for _, i in ix.starts[a:b])


def covering(ctx, pos: int) -> list:
    """Claims whose content holds ``pos`` (start <= pos < end), in creation order."""
    ix = _index(ctx)
    found = [(i, ix.by_start[i]) for i in _orders_starting_in(ix, pos - ix.longest, pos)]
    seen = {i for i, _ in found}
    found.extend((i, c) for i, c in ix.long if i not in seen)
    found.sort(key=lambda x: x[0])
    return [c for _, c in found if c.content.start <= pos < c.content.end]


def covers(ctx, pos: int) -> bool:
    """``any(c.content.start <= pos < c.content.end for c in ctx.claims)``"""
    ix = _index(ctx)
    starts, by_start = ix.starts, ix.by_start
    k = bisect.bisect_right(starts, (pos, ix.n + 1))
    lo = pos - ix.longest
    while k > 0 and starts[k - 1][0] >= lo:
        k -= 1
        if pos < by_start[starts[k][1]].content.end:
            return True
    return any(c.content.start <= pos < c.content.end for _, c in ix.long)


def cue_in(ctx, lo: int, hi: int) -> list:
    """Claims with a cue that starts in [lo, hi), in creation order."""
    ix = _index(ctx)
    a = bisect.bisect_left(ix.cue_starts, (lo, -1))
    b = bisect.bisect_left(ix.cue_starts, (hi, -1))
    return [ix.by_cue[i] for i in sorted(i for _, i in ix.cue_starts[a:b])]
