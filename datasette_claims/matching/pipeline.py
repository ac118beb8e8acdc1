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
  ``UNKNOWN_SPEAKER_THRESHOLD`` when either speaker is unknown, or
  ``SHORT_THRESHOLD`` when either text has under six words), or the
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
import os
import time
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .aliases import resolve_speakers
from .candidates import DocFreq, SpeakerPool, fts_query
from .drift import word_diff
from .duplicates import detect_duplicates
from .similarity import DEFAULT_THRESHOLD, contained_score, containment, prepare, probability, processed, text_logit
from .stories import closure, earliest_key, write_stories
from ..store.connection import BUSY_TIMEOUT_MS, retry_locked

UNKNOWN_SPEAKER_THRESHOLD = 0.80
PARTIAL_MIN_WORDS = 6
PARTIAL_MIN_WORDS_UNKNOWN = 10
PARTIAL_RATIO = 90
CONFLICT_MIN_WORDS = 12
CONFLICT_THRESHOLD = 0.95
DRIFT_MAX_SHARE = 0.5
SHORT_WORDS = 6
SHORT_THRESHOLD = 0.9
FTS_K = 20
SPEAKER_K = 20
SPEAKER_POOL_CAP = 5_000  # larger pools are left to FTS
# Candidates below this token_set_ratio are not scored in full: no MRPC
# pair under 55 reaches the default threshold.
PREFILTER = 55
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
    pa, pb = prepare(a.content).processed, prepare(b.content).processed
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
    if min(len(pa.split()), len(pb.split())) < SHORT_WORDS:
        # "It was not easy to do" / "change is not easy": a few shared
        # words decide too much in very short texts
        need = max(need, SHORT_THRESHOLD)
    if score >= need:
        return round(score, 4), "fuzzy", None
    min_words = PARTIAL_MIN_WORDS if agree else PARTIAL_MIN_WORDS_UNKNOWN
    if min(len(pa.split()), len(pb.split())) >= min_words:
        contained = containment(a.content, b.content) * 100
        if contained >= PARTIAL_RATIO:
            score = max(score, contained_score(contained))
            return round(score, 4), "partial", None
    return None


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
        self.df = DocFreq(conn)

    def pool(self, speaker_id: str) -> SpeakerPool:
        if speaker_id not in self.pools:
            if len(self.pools) > 2000:
                self.pools.clear()
            self.pools[speaker_id] = SpeakerPool(self.conn, speaker_id, SPEAKER_POOL_CAP)
        return self.pools[speaker_id]

    def fts(self, text: str) -> list[ClaimInfo]:
        """The best FTS_K claims by bm25, with what scoring needs, in one query."""
        q = fts_query(text, df=self.df)
        if not q:
            return []
        try:
            return [
                ClaimInfo(*r)
                for r in self.conn.execute(
                    f"""{_SELECT} join (select rowid as r from claims_fts where claims_fts match ?
                                        order by rank limit ?) f on f.r = c.rowid""",
                    [q, FTS_K],
                )
            ]
        except Exception:  # a malformed query must not stop a load
            return []

    def links_for(self, claim: ClaimInfo) -> list[tuple]:
        sources: dict[int, set[str]] = {}
        for info in self.fts(claim.content):
            self.cache[info.rowid] = info
            sources.setdefault(info.rowid, set()).add("fts")
        if claim.speaker_id:
            for rid in self.pool(claim.speaker_id).candidates(claim.content, SPEAKER_K, PREFILTER):
                sources.setdefault(rid, set()).add("speaker")
        if claim.root_article != claim.article_id:
            # a reprint: the original's claims are candidates, whatever their words
            for info in _load(self.conn, "c.article_id = ?", [claim.root_article]):
                self.cache[info.rowid] = info
                sources.setdefault(info.rowid, set()).add("reprint")
        sources.pop(claim.rowid, None)
        _by_rowid(self.conn, sources, self.cache)
        others = [
            self.cache[rid]
            for rid in sorted(sources)
            if rid in self.cache and self.cache[rid].article_id != claim.article_id
        ]
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
        out = []
        for _, _, idx in sorted(hits, key=lambda h: h[2]):
            other = others[idx]
            rid = other.rowid
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
    speaker_ids = set()
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        speaker_ids.update(
            r[0]
            for r in conn.execute(
                f"select distinct speaker_id from claims where article_id in ({marks}) and speaker_id is not null",
                chunk,
            )
        )
    merged = resolve_speakers(db, speaker_ids=speaker_ids, article_ids=article_ids)
    dups = detect_duplicates(conn, article_ids)
    new: list[ClaimInfo] = []
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        new.extend(_load(conn, f"c.article_id in ({marks})", chunk))
    new.sort(key=lambda c: c.order)
    new_ids = {c.id for c in new}
    # Old links and stories of these claims are recomputed, and so are
    # stories that lost a claim when a reloaded article dropped it.
    stale = [
        r[0]
        for r in conn.execute(
            "select s.id from stories s where s.claim_count != "
            "(select count(*) from claims c where c.story_id = s.id)"
        )
    ]
    seeds = set(new_ids)
    for chunk in _chunks(stale):
        marks = ",".join("?" * len(chunk))
        seeds.update(r[0] for r in conn.execute(f"select id from claims where story_id in ({marks})", chunk))
    old_members, _ = closure(conn, seeds)
    old_stories = _story_ids(conn, old_members) | set(stale)
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
    _mark_matched(conn, article_ids)
    kinds = {(r[0], r[1]): r[3] for r in reversed(rows)}  # first found wins, as inserted
    drift = sum(1 for k in kinds.values() if k == "drift")
    return _summary(len(kinds), drift, n_stories, dups, merged, time.perf_counter() - started)


def _mark_matched(conn, article_ids) -> None:
    if not _has_table(conn, "match_state"):
        return
    now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"insert or replace into match_state (article_id, content_hash, matched_at) "
            f"select id, content_hash, ? from articles where id in ({marks})",
            [now] + chunk,
        )


def _has_table(conn, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name]).fetchone() is not None


def unmatched_articles(conn) -> list[str]:
    """Articles loaded (or changed) since matching last saw them."""
    if not _has_table(conn, "match_state"):
        return [r[0] for r in conn.execute("select id from articles order by id")]
    return [
        r[0]
        for r in conn.execute(
            "select a.id from articles a left join match_state m on m.article_id = a.id "
            "where m.article_id is null or m.content_hash is not a.content_hash order by a.id"
        )
    ]


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


REBUILD_STEP = 5000
PARALLEL_MIN_CLAIMS = 20_000


def _links_for_range(conn, lo: int, hi: int, threshold, matcher=None) -> list[tuple]:
    m = matcher or Matcher(conn, threshold)
    rows = []
    for claim in _load(conn, "c.rowid between ? and ?", [lo, hi]):
        m.cache[claim.rowid] = claim
        rows.extend(m.links_for(claim))
    if len(m.cache) > 200_000:
        m.cache.clear()
    return rows


_WORKER: dict = {}


def _worker_init(path: str, threshold) -> None:
    import sqlite3

    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    _WORKER["conn"] = conn
    _WORKER["matcher"] = Matcher(conn, threshold)


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

    def settle():
        conn.execute("update articles set duplicate_of = null where duplicate_of is not null")
        merged = resolve_speakers(db)
        seen = conn.execute("select id, content_hash from articles order by id").fetchall()
        dups = detect_duplicates(conn, [r[0] for r in seen])
        return merged, seen, dups

    merged, seen, dups = retry_locked(settle, conn)
    rows = _all_links(conn, threshold, workers)

    def replace():
        conn.execute("delete from claim_matches")
        conn.execute("update claims set story_id = null where story_id is not null")
        conn.execute("delete from stories")
        # claims a concurrent load replaced meanwhile are left to its matching
        present = {r[0] for r in conn.execute("select id from claims")}
        _insert_links(conn, [r for r in rows if r[0] in present and r[1] in present])
        edges = [tuple(r) for r in conn.execute("select claim_a, claim_b, kind from claim_matches")]
        members = {a for a, _, _ in edges} | {b for _, b, _ in edges}
        n_stories = write_stories(conn, members, edges, set())
        if _has_table(conn, "match_state"):
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
    return _summary(len(edges), drift, n_stories, dups, merged, time.perf_counter() - started)


def _all_links(conn, threshold, workers) -> list[tuple]:
    """Every link in the database, in rowid order, computed without writing."""
    n_claims, max_rowid = conn.execute("select count(*), coalesce(max(rowid), 0) from claims").fetchone()
    ranges = [(lo, lo + REBUILD_STEP - 1) for lo in range(0, max_rowid + 1, REBUILD_STEP)]
    path = _db_path(conn)
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    rows: list[tuple] = []
    if workers > 1 and path and n_claims >= PARALLEL_MIN_CLAIMS:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(workers, initializer=_worker_init, initargs=(path, threshold)) as pool:
            for chunk in pool.imap(_worker_range, ranges):  # imap keeps range order
                rows.extend(chunk)
    else:
        matcher = Matcher(conn, threshold)
        for lo, hi in ranges:
            rows.extend(_links_for_range(conn, lo, hi, threshold, matcher))
    return rows
