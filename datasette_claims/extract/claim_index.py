"""Look-ups over the claims made so far, without a scan of all of them.

Why: many rules ask "is there already a claim whose content covers this
position?" or "which claims of this sentence came before this cue?".  Asked
with ``any(... for c in ctx.claims)``, each question costs time in proportion
to the number of claims, and an article with thousands of claims (hostile
input, or a very long transcript) then costs time in proportion to the square
of its length.  This index files the claims by content start and by cue start in
blocks of the text (each pass adds claims from the article's start again, so a
sorted list would shift its tail on every insertion), catches up with the
claims appended since the last question, and is rebuilt when the list was
replaced or shortened (a filter pass).  Answers are
the same claims, in the same (creation) order, as the scan would give.

Rules must not move a claim's content start or cue start while the index is in
use without calling ``refresh`` (only the headline rules do, at the very end).
"""

from __future__ import annotations

_BLOCK = 256   # characters of text per block
# Contents longer than this (a heading's whole paragraph) are few and are kept in
# a list of their own, so that the others are looked for near a position only.
_LONG = 2500


class _Index:
    __slots__ = ("by_cue", "by_start", "claims", "long", "longest", "longest_cue", "n", "tail")

    def __init__(self) -> None:
        self.claims: list | None = None
        self.n = 0
        self.tail = None
        self.by_start: dict[int, list] = {}   # block -> [(creation order, claim)] by content start
        self.by_cue: dict[int, list] = {}     # block -> [(creation order, claim)] by cue start
        self.long: list[tuple[int, object]] = []   # (creation order, claim) of long contents
        self.longest = 0                           # the longest of the other contents
        self.longest_cue = 0

    def sync(self, claims: list) -> None:
        n = self.n
        if claims is self.claims and len(claims) == n and (not n or claims[n - 1] is self.tail):
            return  # (the usual case: nothing appended since the last question)
        if claims is not self.claims or len(claims) < n or (n and claims[n - 1] is not self.tail):
            self.__init__()
            self.claims = claims
            n = 0
        for i in range(n, len(claims)):
            c = claims[i]
            self.by_start.setdefault(c.content.start // _BLOCK, []).append((i, c))
            length = c.content.end - c.content.start
            if length > _LONG:
                self.long.append((i, c))
            else:
                self.longest = max(self.longest, length)
            if c.cue is not None:
                self.by_cue.setdefault(c.cue.start // _BLOCK, []).append((i, c))
                self.longest_cue = max(self.longest_cue, c.cue.end - c.cue.start)
        self.n = len(claims)
        self.tail = claims[-1] if claims else None


def _index(ctx) -> _Index:
    ix = ctx._claim_index
    if ix is None:
        ix = ctx._claim_index = _Index()
    ix.sync(ctx.claims)
    return ix


def refresh(ctx) -> None:
    """Forget the index (after a rule moved a claim's content or cue start)."""
    ctx._claim_index = None


def _in_blocks(blocks: dict, lo: int, hi: int):
    """(creation order, claim) filed in the blocks that hold positions lo..hi."""
    for b in range(max(lo, 0) // _BLOCK, hi // _BLOCK + 1):
        yield from blocks.get(b, ())


def starting_in(ctx, lo: int, hi: int) -> list:
    """Claims whose content starts in [lo, hi], in creation order."""
    ix = _index(ctx)
    first = max(lo, 0) // _BLOCK
    if first == hi // _BLOCK:
        # one block (the usual question, about one sentence): filed in creation order
        return [c for _, c in ix.by_start.get(first, ()) if lo <= c.content.start <= hi]
    found = sorted((i, c) for i, c in _in_blocks(ix.by_start, lo, hi) if lo <= c.content.start <= hi)
    return [c for _, c in found]


def covering(ctx, pos: int) -> list:
    """Claims whose content holds ``pos`` (start <= pos < end), in creation order."""
    ix = _index(ctx)
    found = {i: c for i, c in _in_blocks(ix.by_start, pos - ix.longest, pos)}
    found.update(ix.long)
    return [found[i] for i in sorted(found) if found[i].content.start <= pos < found[i].content.end]


def covers(ctx, pos: int) -> bool:
    """``any(c.content.start <= pos < c.content.end for c in ctx.claims)``"""
    ix = _index(ctx)
    return any(c.content.start <= pos < c.content.end
               for _, c in _in_blocks(ix.by_start, pos - ix.longest, pos)) or any(
        c.content.start <= pos < c.content.end for _, c in ix.long)


def cue_in(ctx, lo: int, hi: int) -> list:
    """Claims with a cue that starts in [lo, hi), in creation order."""
    ix = _index(ctx)
    found = sorted((i, c) for i, c in _in_blocks(ix.by_cue, lo, hi) if lo <= c.cue.start < hi)
    return [c for _, c in found]


def cue_overlaps(ctx, lo: int, hi: int) -> bool:
    """``any(c.cue is not None and c.cue.start < hi and lo < c.cue.end for c in ctx.claims)``"""
    ix = _index(ctx)
    return any(c.cue.start < hi and lo < c.cue.end for _, c in _in_blocks(ix.by_cue, lo - ix.longest_cue, hi))
