"""Reprinted articles: wire copy carried verbatim by a second outlet.

Candidates come from ``articles_fts``: three probes of the three longest
words of a 15-word window (at a quarter, half and three quarters of the
body), searched with FTS5 NEAR (selective, and cheap because long words have
short posting lists).  The later of two
reports is a duplicate when at least 80% of its five-word shingles occur in
the earlier one (a reprint may trim a paragraph or change a headline; a
report that copies one paragraph and adds its own is not a reprint).
The later report (by publication date, then id) gets ``duplicate_of`` =
the earliest report of the chain.
"""

from __future__ import annotations

import re

_W = re.compile(r"[A-Za-z0-9]+")
CONTAINMENT = 0.8


def _words(text: str) -> list[str]:
    return [w.lower() for w in _W.findall(text or "")]


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


def _order_key(row) -> tuple:
    return (row[1] or "9999", row[0])


def detect_duplicates(conn, article_ids: list[str]) -> int:
    """Set ``articles.duplicate_of`` for reprints among/against ``article_ids``."""
    found = 0
    for aid in sorted(set(article_ids)):
        row = conn.execute(
            "select id, published, text, rowid from articles where id = ?", [aid]
        ).fetchone()
        if not row:
            continue
        words = _words(row[2])
        phrases = _probes(words)
        if not phrases:
            continue
        hits: dict[int, int] = {}
        for q in phrases:
            try:
                for (rid,) in conn.execute(
                    "select rowid from articles_fts where articles_fts match ? limit 50", [q]
                ):
                    if rid != row[3]:
                        hits[rid] = hits.get(rid, 0) + 1
            except Exception:
                continue
        mine = None
        for rid, n in sorted(hits.items()):
            if n < 2:
                continue
            other = conn.execute(
                "select id, published, text, duplicate_of from articles where rowid = ?", [rid]
            ).fetchone()
            if not other:
                continue
            if mine is None:
                mine = shingles(words)
            theirs = shingles(_words(other[2]))
            earlier, later = sorted([(row[0], row[1]), (other[0], other[1])], key=_order_key)
            # the later report must be (nearly) all copy; an article that
            # quotes a paragraph of another and adds its own is not a reprint
            later_sh, earlier_sh = (mine, theirs) if later[0] == row[0] else (theirs, mine)
            if containment(later_sh, earlier_sh) < CONTAINMENT:
                continue
            root = earlier[0]
            seen = {later[0]}
            while True:  # follow the chain to the first report
                up = conn.execute("select duplicate_of from articles where id = ?", [root]).fetchone()
                if not up or not up[0] or up[0] in seen:
                    break
                seen.add(root)
                root = up[0]
            if root == later[0]:
                continue
            cur = conn.execute(
                "update articles set duplicate_of = ? where id = ? and duplicate_of is not ?",
                [root, later[0], root],
            )
            found += cur.rowcount
    return found
