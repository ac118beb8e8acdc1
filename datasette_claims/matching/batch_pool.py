"""Incremental matching of a large batch over worker processes.

A load's new claims are matched one by one, each against the whole
database, and no claim's links depend on another's: the batch splits into
contiguous slices, worker processes score them (each with its own read
connection and ``Matcher``), and the slices' links come back in order, so
the rows inserted are those one process gives, row for row.  ``rebuild``
does the same over rowid ranges.

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
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import signal
import sqlite3
import time
import weakref
from collections.abc import Callable
from contextlib import contextmanager

from ..store.connection import BUSY_TIMEOUT_MS, LOCK_GAP_SECONDS, begin_immediate

PARALLEL_MIN_NEW = 1_000
PARALLEL_MIN_WARM = 100  # a batch the pool a load already started takes (``pooled``)
SLICES_PER_WORKER = 4  # smaller slices even out the workers' shares
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
) -> list[tuple]:
    """The links of ``claims`` (as ``Matcher.links_for_all`` gives them),
    scored by ``workers`` processes reading the database at ``path``; the
    pool is kept for the next call with the same ``reads`` (``_Pools``);
    ``batch``: the articles matched now (``Matcher``); ``changed``: (speakers
    merged, reprints marked) by this step when each worker may keep the rows
    and pools its last step read (``Matcher.keep``), else None; ``step``:
    this matching step's number (``step``); ``meanwhile``: the parent's own
    reads for the next step, run while the workers score.  The write lock, given up while
    the workers score, stays free at least ``LOCK_GAP_SECONDS``: a waiting
    writer gets in during the scoring, and a load need not pause again after
    the step (``lock_freed``)."""
    n = max(1, min(len(claims), workers * SLICES_PER_WORKER))
    size = -(-len(claims) // n)
    number = step if step is not None else next_step()
    slices = [(number, claims[i : i + size], batch, changed) for i in range(0, len(claims), size)]
    rows: list[tuple] = []
    try:
        with lock_given_up(conn):  # the workers' connections must see what this step settled
            pool = _POOLS.get(path, threshold, workers, reads)
            parts = pool.imap(_run, slices)  # imap keeps the slices' order
            if meanwhile is not None:
                meanwhile()
            for part in parts:
                rows.extend(part)
    except BaseException:
        _POOLS.close()
        raise
    finally:
        if reads is None:
            _POOLS.close()
    return rows


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
    """The one pool kept between calls: for one database, threshold, number
    of workers and ``Reads`` (one load).  It is closed when another is
    needed, when that ``Reads`` is freed, or at exit."""

    def __init__(self):
        self.key: tuple | None = None
        self.pool = None
        self.finalizer = None

    def get(self, path: str, threshold, workers: int, reads):
        key = _key(path, threshold, workers, reads)
        if self.pool is not None and key == self.key:
            return self.pool
        self.close()
        _INHERITED["reads"] = reads  # forked workers start from what the parent read
        try:
            self.pool = pool_context().Pool(workers, initializer=_init, initargs=(path, threshold))
        finally:
            _INHERITED.clear()
        self.key = key
        if reads is not None:
            self.finalizer = weakref.finalize(reads, self.close)
        return self.pool

    def close(self) -> None:
        pool, self.pool, self.key = self.pool, None, None
        if self.finalizer is not None:
            self.finalizer.detach()
            self.finalizer = None
        if pool is not None:
            pool.terminate()
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


def _run(task: tuple) -> list[tuple]:
    """One slice of a batch; a worker's first slice of a batch gets a new
    ``Matcher``, which keeps what this worker's Matcher of the last batch
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
    return matcher.links_for_all(claims)
