"""Incremental matching of a large batch over worker processes.

A load's new claims are matched one by one, each against the whole
database, and no claim's links depend on another's: the batch is shared
out by article, each worker process scores its share (with its own read
connection and ``Matcher``), and the links come back per claim, put in the
batch's order, so the rows inserted are those one process gives, row for
row (a pair of this batch's claims split between two workers is found by
both; the earlier claim's row comes first, as in one process, and the
other is ignored).  ``rebuild`` does the same over rowid ranges.

The workers read through their own connections, so what this matching
step has written so far (merged speakers, reprints found, the batch's
old links removed) is committed first and the write lock taken again at
once; killed meanwhile, the batch is left unmatched (``match_state``) and
the next load or ``claims match`` matches it.  Only a batch of at least
``PARALLEL_MIN_NEW`` claims pays for the processes (a fork, a connection
and cold per-process caches each).

A load matches chunk after chunk with one ``candidates.Reads``: the pool
started for its first large chunk serves the next ones too (``_Pools``), so
the workers' caches of claims' prepared texts stay warm from chunk to chunk,
as one process's do (started afresh per chunk, the workers spent about a
fifth more on scoring); each chunk still gets a new ``Matcher`` per worker,
and the pool ends with the load (its ``Reads`` object is freed) or with the
program.

While the workers score, the write lock stays given up for at least the gap
a load leaves between two chunks for a waiting writer (``LOCK_GAP_SECONDS``):
the pause is taken during the scoring, not after it; and the parent, idle
otherwise, does the next step's reads it can do ahead (``links``' ``meanwhile``).
Then, while the parent alone runs the step's last steps and the next step's
first (links inserted, stories, aliases, reprints: a core idle), each worker
finds the rare-word candidates of its share of the next step's claims
(``_warm``): a worker is a pool of one process, so that the share it read
ahead is the share it scores.  A load starts its pool before its first step
(``start``), so that the first step's candidates are read ahead too, while the
parent settles that step's aliases and reprints.
"""

from __future__ import annotations

import itertools
from collections import Counter
import multiprocessing as mp
import signal
import sqlite3
import time
import weakref
from collections.abc import Callable
from contextlib import contextmanager

from ..store.connection import BUSY_TIMEOUT_MS, LOCK_GAP_SECONDS, begin_immediate, in_lists

PARALLEL_MIN_NEW = 1_000
PARALLEL_MIN_WARM = 100  # a batch the pool a load already started takes (``pooled``)
_WORKER: dict = {}
_INHERITED: dict = {}  # set before forking: the parent's reads of the index, copied into each worker


def pool_context():
    """The start method of every matching pool: fork where the platform has it,
    so the workers inherit what the parent read (the index's answers, a
    rebuild's speaker blocks) and start at once; else the platform's default."""
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def reader(path: str) -> sqlite3.Connection:
    """A matching worker's start (every pool's initializer calls it): its own
    connection to the database it reads.  Ctrl-C is the parent's to handle
    (it ends the pool and says what was kept): a worker ignores it, or each
    would print its own traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def links(
    conn: sqlite3.Connection, path: str, claims: list, threshold, workers: int, reads=None, batch=None,
    changed: tuple | None = None, step: int | None = None, meanwhile: Callable[[], object] | None = None,
    ahead: list[str] | None = None,
) -> list[tuple]:
    """The links of ``claims`` (as ``Matcher.links_for_all`` gives them),
    scored by ``workers`` processes reading the database at ``path``; the
    pool is kept for the next call with the same ``reads`` (``_Pools``);
    ``batch``: the articles matched now (``Matcher``); ``changed``: (speakers
    merged, reprints marked) by this step when each worker may keep the rows
    and pools its last step read (``Matcher.keep``), else None; ``step``:
    this matching step's number (``step``); ``meanwhile``: the parent's own
    reads for the next step, run while the workers score; ``ahead``: the next
    step's articles, whose candidates the workers find after this step's
    scoring (``_warm``).  The write lock, given up while
    the workers score, stays free at least ``LOCK_GAP_SECONDS``: a waiting
    writer gets in during the scoring, and a load need not pause again after
    the step (``lock_freed``)."""
    number = step if step is not None else next_step()
    per_claim: list[list[tuple]] = [[] for _ in claims]
    try:
        with lock_given_up(conn):  # the workers' connections must see what this step settled
            pools = _POOLS.get(path, threshold, workers, reads)
            shares = _shares(claims, workers, _POOLS.owners)
            pending = [
                pool.apply_async(_run, ((number, [claims[i] for i in share], batch, changed),))
                for pool, share in zip(pools, shares)
            ]  # every worker a task, if an empty one: it sees every step (``Matcher.keep``)
            if meanwhile is not None:
                meanwhile()
            for share, result in zip(shares, pending):
                for i, rows in zip(share, result.get()):
                    per_claim[i] = rows
            _warm(conn, pools, ahead)
    except BaseException:
        _POOLS.close()
        raise
    finally:
        if reads is None:
            _POOLS.close()
    return [row for rows in per_claim for row in rows]  # in the claims' order, as one process gives them


def start(conn: sqlite3.Connection, path: str, threshold, workers: int, reads, articles: list[str]) -> None:
    """Start the pool of a load (``reads``) before its first step when that step
    is pooled, and hand each worker its share of the step's articles to read
    ahead (``_warm``): started by the step itself, the pool forked only after
    the parent alone had settled the step's aliases and reprints and read its
    claims (a core idle meanwhile), and the first step's candidates were the
    only ones looked up while scoring.  The candidates are those of the claims'
    words, which the step's aliases and reprints do not change
    (``Matcher.rare_ahead``)."""
    counts = _claims_of(conn, articles)
    if not pooled(sum(counts.values()), path, threshold, workers, reads):
        return
    try:
        _hand_out(_POOLS.get(path, threshold, workers, reads), counts)
    except BaseException:
        _POOLS.close()
        raise


def _shares(claims: list, workers: int, owners: dict) -> list[list[int]]:
    """Which claims each worker scores (indexes into the batch, in order): the
    claims of the articles it was given to read ahead (``owners``: article
    -> worker, ``_warm``), else the batch cut in ``workers`` runs of articles."""
    if not all(c.article_id in owners for c in claims):
        owners = _split(list(Counter(c.article_id for c in claims).items()), workers)
    out: list[list[int]] = [[] for _ in range(workers)]
    for i, claim in enumerate(claims):
        out[owners[claim.article_id]].append(i)
    return out


def _split(counts: list[tuple[str, int]], workers: int) -> dict[str, int]:
    """article -> worker: ``counts`` ((article, its claims), in order) cut in
    ``workers`` runs of about as many claims each (an article is never split)."""
    total = sum(n for _, n in counts) or 1
    owners, seen = {}, 0
    for article, n in counts:
        owners[article] = min(workers - 1, seen * workers // total)
        seen += n
    return owners


def _warm(conn: sqlite3.Connection, pools: tuple, ahead: list[str] | None) -> None:
    """Hand each worker its share of the next step's articles (``_split``), whose
    claims' rare-word candidates it finds now (``_read_ahead``): while the
    parent alone runs this step's last steps and the next one's first (links,
    stories, aliases, reprints), a core would idle; the workers' scoring of
    the next step is that much shorter.  Those candidates are the posting
    lists of the claims' words, which do not change while a load matches
    (``Reads``), so they are those the step would find (``Matcher.rare_ahead``)."""
    if ahead:
        _hand_out(pools, _claims_of(conn, ahead))


def _claims_of(conn: sqlite3.Connection, articles: list[str]) -> dict[str, int]:
    """article -> its claims, in the order of ``articles``."""
    counts: dict[str, int] = dict.fromkeys(articles, 0)
    for chunk in in_lists(articles):
        marks = ",".join("?" * len(chunk))
        counts.update(conn.execute(
            f"select article_id, count(*) from claims where article_id in ({marks}) group by article_id", chunk))
    return counts


def _hand_out(pools: tuple, counts: dict[str, int]) -> None:
    """Each worker its run of these articles (``_split``) to read ahead (``_read_ahead``)."""
    owners = _split(list(counts.items()), len(pools))
    _POOLS.owners = owners
    for worker, pool in enumerate(pools):
        mine = [a for a, w in owners.items() if w == worker]
        if mine:
            pool.apply_async(_read_ahead, (mine,))


@contextmanager
def lock_given_up(conn: sqlite3.Connection, snapshot: bool = False):
    """Score with the write lock given up: what this step wrote so far is
    committed, and the lock is taken again after the block, which keeps it
    free at least ``LOCK_GAP_SECONDS`` (a waiting writer, a verdict, gets in
    during the scoring, and a load need not pause again after the step:
    ``lock_freed``).  ``snapshot``: the block reads through ``conn`` itself,
    in one read transaction (WAL: it does not hold a writer back).  Outside a
    write transaction, nothing is given up and nothing taken."""
    if not conn.in_transaction:
        yield
        return
    conn.commit()
    freed = time.monotonic()
    try:
        if snapshot:
            conn.execute("BEGIN")
        yield
        if snapshot:
            conn.commit()
        _keep_free(freed)
    finally:
        if snapshot and conn.in_transaction:
            conn.rollback()  # a read transaction: nothing to lose
        _FREED.update(at=freed, seconds=time.monotonic() - freed)
        begin_immediate(conn)


def _keep_free(since: float) -> None:
    """Wait until the write lock has been free ``LOCK_GAP_SECONDS`` since
    ``since``: the pause a load would take after the step (a writer waiting
    for the lock gets in), taken while the workers score, not after them."""
    rest = since + LOCK_GAP_SECONDS - time.monotonic()
    if rest > 0:
        time.sleep(rest)


def pooled(n: int, path: str, threshold, workers: int, reads) -> bool:
    """Are ``n`` new claims scored by the pool?  ``PARALLEL_MIN_NEW`` pay for
    starting one; the pool kept for this load (``reads``) takes smaller
    batches too, such as a load's last chunk (its workers already started)."""
    if n >= PARALLEL_MIN_NEW:
        return True
    return n >= PARALLEL_MIN_WARM and _POOLS.pool is not None and _POOLS.key == _key(path, threshold, workers, reads)


def _key(path: str, threshold, workers: int, reads) -> tuple:
    return (path, threshold, workers, id(reads) if reads is not None else None)


def lock_freed(since: float, seconds: float) -> bool:
    """Did ``links`` leave the write lock free for at least ``seconds`` at a
    stretch after ``since`` (``time.monotonic``)?  The workers score with the
    lock given up; then a waiting writer (a verdict) had its turn, and a load
    need not pause between two chunks for it (``LOCK_GAP_SECONDS``; ``links``
    keeps it free at least that long)."""
    return _FREED["at"] >= since and _FREED["seconds"] >= seconds


class _Pools:
    """The workers kept between calls: for one database, threshold, number
    of workers and ``Reads`` (one load), each a pool of one process, so
    that a worker is given its own share of every step (``_shares``; the
    speakers it scored before: ``owners``).  They are closed when others
    are needed, when that ``Reads`` is freed, or at exit."""

    def __init__(self):
        self.key: tuple | None = None
        self.pool: tuple | None = None  # one single-process pool per worker
        self.owners: dict = {}
        self.finalizer = None

    def get(self, path: str, threshold, workers: int, reads) -> tuple:
        key = _key(path, threshold, workers, reads)
        if self.pool is not None and key == self.key:
            return self.pool
        self.close()
        _INHERITED["reads"] = reads  # forked workers start from what the parent read
        try:
            context = pool_context()
            self.pool = tuple(context.Pool(1, initializer=_init, initargs=(path, threshold)) for _ in range(workers))
        finally:
            _INHERITED.clear()
        self.key = key
        if reads is not None:
            self.finalizer = weakref.finalize(reads, self.close)
        return self.pool

    def close(self) -> None:
        pools, self.pool, self.key, self.owners = self.pool, None, None, {}
        if self.finalizer is not None:
            self.finalizer.detach()
            self.finalizer = None
        for pool in pools or ():
            pool.terminate()
        for pool in pools or ():
            pool.join()


_POOLS = _Pools()
_BATCHES = itertools.count(1)
_FREED = {"at": float("-inf"), "seconds": 0.0}  # the write lock's last release by ``links``


def next_step() -> int:
    """The number of a matching step of this process, pooled or not: a
    Matcher keeps what it read at the step before only (``Matcher.keep``)."""
    return next(_BATCHES)


def _init(path: str, threshold) -> None:
    from .candidates import Reads

    _WORKER.update(conn=reader(path), threshold=threshold, reads=_INHERITED.get("reads") or Reads(), batch=None)


def _run(task: tuple) -> list[list[tuple]]:
    """A worker's share of a batch, the links of each claim: a new ``Matcher``
    for each batch, which keeps what this worker's Matcher of the last batch
    read, as one process's does (``changed``: what must not be kept)."""
    from .pipeline import Matcher

    number, claims, batch, changed = task
    if _WORKER["batch"] != number:
        _WORKER["matcher"] = Matcher(_WORKER["conn"], _WORKER["threshold"], _WORKER["reads"], batch=batch)
        _WORKER["batch"] = number
        if changed is not None:
            _WORKER["matcher"].keep(*changed, step=number)
    matcher = _WORKER["matcher"]
    if changed is not None:
        matcher.cache.update((c.rowid, c) for c in claims)  # read after this step's merges and reprints
    ahead = _WORKER.get("ahead")
    if ahead is not None and ahead[0] == matcher.df.reads.key:  # (else the claims changed since)
        matcher.rare_ahead = ahead[1]
    return matcher.links_by_claim(claims)


def _read_ahead(articles: list[str]) -> None:
    """The rare-word candidates of these articles' claims, for the next step
    (``_warm``), kept with the state of the claims they were read at."""
    from .pipeline import Matcher

    matcher = Matcher(_WORKER["conn"], _WORKER["threshold"], _WORKER["reads"])
    _WORKER["ahead"] = (matcher.df.reads.key, matcher.rare_of(matcher.claims_of_articles(articles)))
