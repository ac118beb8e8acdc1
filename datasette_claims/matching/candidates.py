"""Candidate counterparts for a claim: FTS5 bm25 plus same-speaker blocking.

Nothing here compares a claim with every other claim.  Two cheap sources
propose candidates, and only those are scored in full:

* ``fts_candidates``: the claim's distinctive words, OR-ed, against the
  ``content`` column of ``claims_fts`` (porter stemming), best ``k`` by
  bm25.  Catches counterparts whatever speaker the extractor assigned.
* ``SpeakerPool``: every claim already attributed to the same speaker is
  a candidate, pre-ranked in C by rapidfuzz ``token_set_ratio`` (which
  rewards a short quote contained in a long sentence).

Only SELECTs run here; the module never creates or alters tables.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from .similarity import STOPWORDS

_QWORD = re.compile(r"[A-Za-z0-9]+")
# Words too common in news quotes to help bm25 find a counterpart.
FTS_STOP = STOPWORDS | frozenset(
    "not also just very more most other such than then there what when where which who whom why "
    "how all any can into about over after before because people year years time government "
    "country president minister percent one two three would should could must been being".split()
)


def fts_query(text: str, max_terms: int = 10) -> str | None:
    """An FTS5 query OR-ing the claim's most distinctive words (longest first)."""
    seen: dict[str, int] = {}
    for i, w in enumerate(_QWORD.findall(text or "")):
        low = w.lower()
        if len(low) < 3 or low in FTS_STOP or low in seen:
            continue
        seen[low] = i
    if not seen:
        return None
    terms = sorted(seen, key=lambda w: (-len(w), seen[w]))[:max_terms]
    return "content : (" + " OR ".join(f'"{t}"' for t in terms) + ")"


def fts_candidates(conn, text: str, k: int = 20) -> list[int]:
    """rowids of the ``k`` claims best matching ``text`` by bm25."""
    q = fts_query(text)
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
    """All claims of one speaker, processed once, for fast pre-ranking."""

    def __init__(self, conn, speaker_id: str, cap: int):
        rows = conn.execute(
            "select rowid, content from claims where speaker_id = ? limit ?", [speaker_id, cap + 1]
        ).fetchall()
        self.too_big = len(rows) > cap
        self.rowids = [r[0] for r in rows]
        self.texts = [utils.default_process(r[1] or "") for r in rows]

    def candidates(self, text: str, k: int = 20, cutoff: float = 55) -> list[int]:
        if self.too_big or not self.texts:
            return []
        hits = process.extract(
            utils.default_process(text or ""),
            self.texts,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=k,
            score_cutoff=cutoff,
        )
        return [self.rowids[i] for _, _, i in hits]
