"""Candidate counterparts for a claim: FTS5 bm25 plus same-speaker blocking.

Nothing here compares a claim with every other claim.  Two cheap sources
propose candidates, and only those are scored in full:

* ``fts_candidates``: the claim's distinctive words, OR-ed, against the
  ``content`` column of ``claims_fts`` (porter stemming), best ``k`` by
  bm25.  Catches counterparts whatever speaker the extractor assigned.
* ``SpeakerPool``: every claim already attributed to the same speaker is
  a candidate when it shares two content words with the claim (an
  in-memory inverted index per speaker); the best ``k`` by shared words.

The pipeline then drops candidates under rapidfuzz ``token_set_ratio`` 55
(rewards a short quote contained in a long sentence) before full scoring.

Only SELECTs run here; the module never creates or alters tables.
"""

from __future__ import annotations

import math
import re

from ..text import NEWS_COMMON, STOPWORDS, content_words, match_all, match_any

_QWORD = re.compile(r"[A-Za-z0-9]+")
# Words too common in news quotes to help bm25 find a counterpart.
FTS_STOP = STOPWORDS | NEWS_COMMON


RARE_DF = 150
# A "rare" word for paraphrase evidence: in at most 0.5% of the claims (and
# at least 5, so that a small database has rare words too).
PARAPHRASE_RARE_SHARE = 0.005
PARAPHRASE_RARE_MIN = 5


class DocFreq:
    """Which words are rare enough to query: estimated, then checked.

    An OR query costs SQLite a bm25 computation per matching claim, so at a
    million claims the query must use the claim's *rare* words.  Words are
    ordered by a document-frequency estimate from a sample of up to
    ``sample`` claims (counted once per batch); since FTS5 matches porter
    stems ("wells" finds "well", "dos" finds "do"), each chosen word is then
    checked against the index itself -- does ``content : "word"`` match
    more than ``RARE_DF`` claims? -- which costs at most ``RARE_DF`` steps
    and is remembered for the batch.
    """

    def __init__(self, conn, sample: int = 20_000):
        self.conn = conn
        row = conn.execute("select count(*), max(rowid) from claims").fetchone()
        self.total = row[0] or 0
        step = max(1, (row[1] or 0) // sample)
        counts: dict[str, int] = {}
        seen_docs = 0
        for (content,) in conn.execute(
            "select content from claims where rowid % ? = 0 limit ?", [step, sample]
        ):
            seen_docs += 1
            for w in {w.lower() for w in _QWORD.findall(content or "")}:
                counts[w] = counts.get(w, 0) + 1
        self.scale = (self.total / seen_docs) if seen_docs else 1.0
        self.counts = counts
        self.checked: dict[str, bool] = {}

    def estimate(self, word: str) -> float:
        return self.counts.get(word, 0) * self.scale

    def idf(self, word: str) -> float:
        """log((claims + 1) / (estimated claims holding ``word`` + 1))."""
        return math.log((self.total + 1) / (self.estimate(word) + 1))

    @property
    def rare_idf(self) -> float:
        """The idf of a word held by ``PARAPHRASE_RARE_SHARE`` of the claims
        (at least ``PARAPHRASE_RARE_MIN`` claims): rarer words are "rare"."""
        held = max(PARAPHRASE_RARE_MIN, PARAPHRASE_RARE_SHARE * self.total)
        return math.log((self.total + 1) / (held + 1))

    def is_rare(self, word: str) -> bool:
        got = self.checked.get(word)
        if got is None:
            if self.estimate(word) > RARE_DF * 2:
                got = False
            else:
                try:
                    got = (
                        self.conn.execute(
                            "select 1 from claims_fts where claims_fts match ? limit 1 offset ?",
                            [match_all([word], "content"), RARE_DF],
                        ).fetchone()
                        is None
                    )
                except Exception:
                    got = False
            if len(self.checked) > 200_000:
                self.checked.clear()
            self.checked[word] = got
        return got


def fts_query(text: str, max_terms: int = 4, df: DocFreq | None = None) -> str | None:
    """An FTS5 query for the claim's most distinctive words.

    With a ``DocFreq``: OR of up to ``max_terms`` words matching at most
    ``RARE_DF`` claims each (rarest first by estimate); if none is that
    rare, claims holding all three least common words (an AND stays
    selective); a claim of one or two common words gets no FTS query (the
    same-speaker pool still covers it).  Without one: OR of the longest words.
    """
    seen: dict[str, int] = {}
    for i, w in enumerate(_QWORD.findall(text or "")):
        low = w.lower()
        if len(low) < 3 or low in FTS_STOP or low in seen:
            continue
        seen[low] = i
    if not seen:
        return None
    if df is None or not df.total:
        terms = sorted(seen, key=lambda w: (-len(w), seen[w]))[:max_terms]
        return match_any(terms, "content")
    ranked = sorted(seen, key=lambda w: (df.estimate(w), -len(w), seen[w]))
    rare = []
    for w in ranked[: max_terms * 2]:
        if df.is_rare(w):
            rare.append(w)
            if len(rare) == max_terms:
                break
    if rare:
        return match_any(rare, "content")
    if len(ranked) < 3:
        return None  # "the deal", "it happened": nothing distinctive to search for
    return match_all(ranked[:3], "content")


def fts_candidates(conn, text: str, k: int = 20, df: DocFreq | None = None) -> list[int]:
    """rowids of the ``k`` claims best matching ``text`` by bm25."""
    q = fts_query(text, df=df)
    if not q:
        return []
    try:
        return [
            r[0]
            for r in conn.execute(
                "select rowid from claims_fts where claims_fts match ? order by rank limit ?", [q, k]
            )
        ]
    except Exception:  # a malformed query must not stop a load
        return []


class SpeakerPool:
    """All claims of one speaker, with a small in-memory inverted index.

    Built once per speaker per batch; a lookup counts, for every claim of
    the speaker sharing a content word with the query, how many it shares,
    and returns the best ``k`` sharing at least two (or all, for queries
    of one or two words).  Cost grows with the query's postings, not with
    the speaker's claim count.
    """

    def __init__(self, conn, speaker_id: str, cap: int):
        rows = conn.execute(
            "select rowid, content from claims where speaker_id = ? limit ?", [speaker_id, cap + 1]
        ).fetchall()
        self.too_big = len(rows) > cap
        self.index: dict[str, list[int]] = {}
        if self.too_big:
            return
        for rowid, content in rows:
            for w in _content_words(content):
                self.index.setdefault(w, []).append(rowid)

    def candidates(self, text: str, k: int = 20, cutoff: float = 55) -> list[int]:
        if self.too_big or not self.index:
            return []
        words = _content_words(text)
        if not words:
            return []
        need = 2 if len(words) > 2 else len(words)
        counts: dict[int, int] = {}
        for w in words:
            for rid in self.index.get(w, ()):
                counts[rid] = counts.get(rid, 0) + 1
        best = sorted((rid for rid, n in counts.items() if n >= need), key=lambda r: (-counts[r], r))
        return best[:k]


def _content_words(text: str) -> set[str]:
    return set(content_words(text, FTS_STOP))
