"""Match claims against the database: links, drift, duplicates, stories.

``match_articles(db, article_ids)`` runs after every load (the loader calls
it) and compares only the new claims with the whole database;
``rebuild(db)`` recomputes everything from scratch, deterministically.

For each claim, candidates come from FTS5 bm25 and from the claims of the
same (alias-resolved) speaker (see ``candidates``); each candidate is scored
with ``similarity`` and linked when

* the speakers do not contradict (two different known speakers link only
  when a statement of at least 12 words is word for word the same: an
  attribution slip in one report, method ``...:speaker-conflict``),
* and the score reaches the threshold (``DEFAULT_THRESHOLD``, or
  ``UNKNOWN_SPEAKER_THRESHOLD`` when either speaker is unknown), or the
  shorter text is a quote of at least ``PARTIAL_MIN_WORDS`` words found
  almost verbatim (partial_ratio >= 90) inside the longer one.

A link between two quoted claims whose shared stretch differs in wording
is ``drift`` (its word diff goes to ``claim_matches.diff``), unless the two
articles are reprints of one another.  ``method`` says how a link was
found: ``speaker`` / ``fts`` / ``speaker+fts``, then ``:exact`` /
``:fuzzy`` / ``:partial``, or ``duplicate`` for a reprint.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from rapidfuzz import utils

from .aliases import resolve_speakers
from .candidates import SpeakerPool, fts_candidates
from .drift import word_diff
from .duplicates import detect_duplicates
from .similarity import DEFAULT_THRESHOLD, containment, probability, text_logit
from .stories import closure, earliest_key, write_stories

UNKNOWN_SPEAKER_THRESHOLD = 0.80
PARTIAL_MIN_WORDS = 6
PARTIAL_MIN_WORDS_UNKNOWN = 10
PARTIAL_RATIO = 90
CONFLICT_MIN_WORDS = 12
CONFLICT_THRESHOLD = 0.95
DRIFT_MAX_SHARE = 0.5
FTS_K = 20
SPEAKER_K = 20
SPEAKER_POOL_CAP = 50_000
QUOTED = ("direct", "partial", "mixed")
CHUNK = 500


@dataclass
class ClaimInfo:
    rowid: int
    id: str
    article_id: str
    speaker_id: str | None
    content: str
    quote_type: str | None
    published: str | None
    root_article: str  # the article this one reprints, or itself

    @property
    def order(self) -> tuple:
        return earliest_key(self.published, self.id)


_SELECT = """select c.rowid, c.id, c.article_id, c.speaker_id, c.content, c.quote_type,
                    a.published, coalesce(a.duplicate_of, a.id)
             from claims c join articles a on a.id = c.article_id"""


def _chunks(seq, n=CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _load(conn, where: str, values) -> list[ClaimInfo]:
    return [ClaimInfo(*r) for r in conn.execute(f"{_SELECT} where {where}", values)]


def _by_rowid(conn, rowids, cache: dict) -> None:
    need = [r for r in set(rowids) if r not in cache]
    for chunk in _chunks(need):
        marks = ",".join("?" * len(chunk))
        for c in _load(conn, f"c.rowid in ({marks})", chunk):
            cache[c.rowid] = c


def link(a: ClaimInfo, b: ClaimInfo, threshold: float) -> tuple[float, str, str | None] | None:
    """(score, how, diff) when ``a`` and ``b`` are the same claim, else None."""
    pa, pb = utils.default_process(a.content or ""), utils.default_process(b.content or "")
    if not pa or not pb:
        return None
    if a.speaker_id and b.speaker_id and a.speaker_id != b.speaker_id:
        # Two known speakers: different people, different claims -- unless
        # a long statement is word for word the same, which is far likelier
        # an attribution slip in one report than two people's words.
        if min(len(pa.split()), len(pb.split())) < CONFLICT_MIN_WORDS:
            return None
        score = probability(text_logit(a.content, b.content), 0)
        if pa == pb or score >= CONFLICT_THRESHOLD:
            return round(score if pa != pb else 1.0, 4), "speaker-conflict", None
        return None
    agree = 1 if (a.speaker_id and b.speaker_id) else 0
    if pa == pb:
        return 1.0, "exact", None
    score = probability(text_logit(a.content, b.content), agree)
    need = threshold if agree else max(threshold, UNKNOWN_SPEAKER_THRESHOLD)
    how = "fuzzy" if score >= need else None
    if how is None:
        min_words = PARTIAL_MIN_WORDS if agree else PARTIAL_MIN_WORDS_UNKNOWN
        if min(len(pa.split()), len(pb.split())) >= min_words and containment(a.content, b.content) * 100 >= PARTIAL_RATIO:
            how = "partial"
    if how is None:
        return None
    return round(score, 4), how, None


def _kind(a: ClaimInfo, b: ClaimInfo) -> tuple[str, str | None]:
    if a.root_article == b.root_article:
        return "same", None  # a reprint (or the same article): never drift
    if a.quote_type in QUOTED and b.quote_type in QUOTED:
        diff = word_diff(a.content, b.content)
        # drift = the same quoted words, partly changed; a wholly different
        # wording of the same point is a paraphrase ("same")
        if diff["changed"] and diff["changed_share"] <= DRIFT_MAX_SHARE:
            return "drift", json.dumps(diff, ensure_ascii=False)
    return "same", None


class Matcher:
    """Finds links for a batch of claims against the whole database."""

    def __init__(self, conn, threshold: float | None = None):
        self.conn = conn
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.pools: dict[str, SpeakerPool] = {}
        self.cache: dict[int, ClaimInfo] = {}

    def pool(self, speaker_id: str) -> SpeakerPool:
        if speaker_id not in self.pools:
            if len(self.pools) > 2000:
                self.pools.clear()
            self.pools[speaker_id] = SpeakerPool(self.conn, speaker_id, SPEAKER_POOL_CAP)
        return self.pools[speaker_id]

    def links_for(self, claim: ClaimInfo) -> list[tuple]:
        sources: dict[int, set[str]] = {}
        for rid in fts_candidates(self.conn, claim.content, FTS_K):
            sources.setdefault(rid, set()).add("fts")
        if claim.speaker_id:
            for rid in self.pool(claim.speaker_id).candidates(claim.content, SPEAKER_K):
                sources.setdefault(rid, set()).add("speaker")
        sources.pop(claim.rowid, None)
        _by_rowid(self.conn, sources, self.cache)
        out = []
        for rid in sorted(sources):
            other = self.cache.get(rid)
            if other is None or other.article_id == claim.article_id:
                continue
            found = link(claim, other, self.threshold)
            if not found:
                continue
            score, how, _ = found
            a, b = (claim, other) if claim.order <= other.order else (other, claim)
            kind, diff = _kind(a, b)
            if a.root_article == b.root_article and a.article_id != b.article_id:
                method = "duplicate"
            else:
                method = "+".join(sorted(sources[rid], reverse=True)) + ":" + how
            out.append((a.id, b.id, score, kind, method, diff))
        return out


def _insert_links(conn, rows) -> None:
    conn.executemany(
        "insert or ignore into claim_matches (claim_a, claim_b, score, kind, method, diff) "
        "values (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _summary(links: int, drift: int, stories: int, dups: int, merged: dict, seconds: float) -> str:
    parts = [f"{links} links ({drift} drift)", f"{stories} stories"]
    if dups:
        parts.append(f"{dups} duplicate articles")
    if merged.get("merged"):
        parts.append(f"{merged['merged']} speaker aliases merged")
    return ", ".join(parts)


def match_articles(db, article_ids, threshold: float | None = None) -> str:
    """Match the claims of ``article_ids`` against the whole database.

    Replaces the links of those claims, regroups every story they touch
    and returns a one-line summary for the load report.
    """
    conn = db.conn
    started = time.perf_counter()
    article_ids = sorted(set(article_ids))
    merged = resolve_speakers(db)
    dups = detect_duplicates(conn, article_ids)
    new: list[ClaimInfo] = []
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        new.extend(_load(conn, f"c.article_id in ({marks})", chunk))
    new.sort(key=lambda c: c.order)
    new_ids = {c.id for c in new}
    # Old links and stories of these claims are recomputed.
    old_members, _ = closure(conn, new_ids)
    old_stories = _story_ids(conn, old_members)
    for chunk in _chunks(new_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"delete from claim_matches where claim_a in ({marks}) or claim_b in ({marks})", chunk + chunk
        )
    matcher = Matcher(conn, threshold)
    rows = []
    for claim in new:
        rows.extend(matcher.links_for(claim))
    _insert_links(conn, rows)
    members, edges = closure(conn, new_ids | old_members)
    old_stories |= _story_ids(conn, members)
    n_stories = write_stories(conn, members, edges, old_stories)
    kinds = {(r[0], r[1]): r[3] for r in reversed(rows)}  # first found wins, as inserted
    drift = sum(1 for k in kinds.values() if k == "drift")
    return _summary(len(kinds), drift, n_stories, dups, merged, time.perf_counter() - started)


def _story_ids(conn, claim_ids) -> set[str]:
    out = set()
    for chunk in _chunks(claim_ids):
        marks = ",".join("?" * len(chunk))
        out.update(
            r[0]
            for r in conn.execute(
                f"select distinct story_id from claims where id in ({marks}) and story_id is not null", chunk
            )
        )
    return out


def rebuild(db, threshold: float | None = None, progress=None) -> str:
    """Recompute aliases, duplicates, links and stories for the whole database."""
    conn = db.conn
    with db.atomic() if hasattr(db, "atomic") else _nullctx():
        conn.execute("delete from claim_matches")
        conn.execute("update claims set story_id = null where story_id is not null")
        conn.execute("delete from stories")
        conn.execute("update articles set duplicate_of = null where duplicate_of is not null")
        merged = resolve_speakers(db)
        article_ids = [r[0] for r in conn.execute("select id from articles order by published, id")]
        dups = detect_duplicates(conn, article_ids)
        matcher = Matcher(conn, threshold)
        links = drift = 0
        last = 0
        for (rowid_max,) in [conn.execute("select max(rowid) from claims").fetchone()]:
            rowid_max = rowid_max or 0
        step = 5000
        for lo in range(0, rowid_max + 1, step):
            batch = _load(conn, "c.rowid between ? and ?", [lo, lo + step - 1])
            rows = []
            for claim in batch:
                matcher.cache[claim.rowid] = claim
                rows.extend(matcher.links_for(claim))
            before = conn.total_changes
            _insert_links(conn, rows)
            links += conn.total_changes - before
            drift += sum(1 for r in rows if r[3] == "drift")
            if progress:
                progress(len(batch))
            if len(matcher.cache) > 200_000:
                matcher.cache.clear()
            last = lo
        edges = [tuple(r) for r in conn.execute("select claim_a, claim_b, kind from claim_matches")]
        members = {a for a, _, _ in edges} | {b for _, b, _ in edges}
        n_stories = write_stories(conn, members, edges, set())
        drift = conn.execute("select count(*) from claim_matches where kind = 'drift'").fetchone()[0]
    return _summary(links, drift, n_stories, dups, merged, 0.0)


class _nullctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
