"""Ctrl-C in a load is the parent's to report: a matching worker ignores it,
or every worker of the pool printed its own KeyboardInterrupt traceback
before the load's one-line message."""

from __future__ import annotations

import signal
import sqlite3

from datasette_claims.matching import batch_pool


def _handler(_):
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_a_matching_worker_ignores_ctrl_c(tmp_path):
    path = str(tmp_path / "claims.db")
    sqlite3.connect(path).close()
    before = signal.getsignal(signal.SIGINT)  # (SIG_IGN itself when the tests run as a background job)
    with batch_pool.pool_context().Pool(1, initializer=batch_pool.reader, initargs=(path,)) as pool:
        assert pool.map(_handler, [0]) == [True]
    assert signal.getsignal(signal.SIGINT) == before  # (the parent's own is untouched)
