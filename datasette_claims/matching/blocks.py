"""Every speaker's block of claims, indexed in one pass (for ``rebuild``).

Incremental matching builds a speaker's ``SpeakerPool`` when one of the
new claims names that speaker: one SELECT of the speaker's claims and their
words, kept for the chunk.  A rebuild asks for every speaker's pool, over
and over: its claims come in rowid order, every range of a few thousand
holds claims of thousands of speakers, and a Matcher keeps a bounded number
of pools, so the same speaker's claims were read and split into words once
per range -- the cost that grew with the database (a million claims: about
two thirds of a rebuild's links phase).

``SpeakerBlocks`` reads ``claims`` once, in rowid order, and keeps for each
speaker with at most ``cap`` claims the same word -> rowids index a
``SpeakerPool`` builds; a speaker with more claims is "too big", as there.
The pools it hands out propose exactly the candidates the per-speaker
SELECTs would, on the same table.  Built in the rebuild's parent process
before its workers fork, so the workers share it.
"""

from __future__ import annotations

from array import array

from .candidates import SpeakerPool, first_varint, has_docsize, index_words, text_size


class Lengths:
    """Every claim's length in words by rowid (``candidates._lengths``), in a flat array (-1: no such claim)."""

    def __init__(self, top: int):
        self.values = array("l", [-1]) * (top + 1)

    def __contains__(self, rowid: int) -> bool:
        return 0 <= rowid < len(self.values) and self.values[rowid] >= 0

    def __getitem__(self, rowid: int) -> int:
        return self.values[rowid]

    def get(self, rowid: int, default: int | None = None) -> int | None:
        """The claim's length, ``default`` when there is no such claim (as ``dict.get``)."""
        return self.values[rowid] if 0 <= rowid < len(self.values) and self.values[rowid] >= 0 else default


class SpeakerBlocks:
    """word -> rowids for each speaker's claims, and every claim's length, read in one pass."""

    def __init__(self, conn, cap: int):
        self.index: dict[str, dict[str, list[int]]] = {}
        self.too_big: set[str] = set()
        self.lengths = Lengths(conn.execute("select coalesce(max(rowid), 0) from claims").fetchone()[0])
        counts: dict[str, int] = {}
        for rowid, speaker_id, content in conn.execute("select rowid, speaker_id, content from claims order by rowid"):
            if not speaker_id:
                continue
            n = counts[speaker_id] = counts.get(speaker_id, 0) + 1
            if n > cap:
                if speaker_id not in self.too_big:
                    self.too_big.add(speaker_id)
                    self.index.pop(speaker_id, None)
                continue
            words = self.index.setdefault(speaker_id, {})
            for w in index_words(content):
                words.setdefault(w, []).append(rowid)

        self._read_lengths(conn)

    def _read_lengths(self, conn) -> None:
        """Every claim's length in words, as ``candidates._lengths`` reads it for some."""
        values = self.lengths.values
        if has_docsize(conn):
            rows = ((rid, first_varint(sz)) for rid, sz in conn.execute("select id, sz from claims_fts_docsize"))
        else:
            rows = ((rid, text_size(content)) for rid, content in conn.execute("select rowid, content from claims")
                    if content is not None)
        for rowid, size in rows:
            if 0 <= rowid < len(values):
                values[rowid] = size

    def pool(self, speaker_id: str) -> SpeakerPool:
        """The speaker's pool, as ``SpeakerPool(conn, speaker_id, cap)`` gives it."""
        if speaker_id in self.too_big:
            return SpeakerPool.of({}, too_big=True)
        return SpeakerPool.of(self.index.get(speaker_id, {}))
