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
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

from ..store.connection import BUSY_TIMEOUT_MS, begin_immediate

PARALLEL_MIN_NEW = 1_000
SLICES_PER_WORKER = 4  # smaller slices even out the workers' shares
_WORKER: dict = {}
_INHERITED: dict = {}  # set before forking: the parent's reads of the index, copied into each worker


def pool_context():
    """The start method of every matching pool: fork where the platform has it,
    so the workers inherit what the parent read (the index's answers, a
    rebuild's speaker blocks) and start at once; else the platform's default."""
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def reader(path: str) -> sqlite3.Connection:
    """A worker's own connection to the database it reads."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def links(conn: sqlite3.Connection, path: str, claims: list, threshold, workers: int, reads=None) -> list[tuple]:
    """The links of ``claims`` (as ``Matcher.links_for_all`` gives them),
    scored by ``workers`` processes reading the database at ``path``."""
    was_writing = conn.in_transaction
    conn.commit()  # the workers' connections must see what this step settled
    _INHERITED["reads"] = reads
    n = max(1, min(len(claims), workers * SLICES_PER_WORKER))
    size = -(-len(claims) // n)
    slices = [claims[i : i + size] for i in range(0, len(claims), size)]
    ctx = pool_context()
    rows: list[tuple] = []
    try:
        with ctx.Pool(workers, initializer=_init, initargs=(path, threshold)) as pool:
            for part in pool.imap(_run, slices):  # imap keeps the slices' order
                rows.extend(part)
    finally:
        _INHERITED.clear()
        if was_writing:
            begin_immediate(conn)
    return rows


def _init(path: str, threshold) -> None:
    from .candidates import Reads
    from .pipeline import Matcher

    _WORKER["matcher"] = Matcher(reader(path), threshold, _INHERITED.get("reads") or Reads())


def _run(claims: list) -> list[tuple]:
    return _WORKER["matcher"].links_for_all(claims)
