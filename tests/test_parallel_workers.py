"""The extraction workers of ``parallel.prepared``: input order kept however
the chunks finish, a dead worker or a failing input raised in the consumer
(never a load left waiting), no process left behind by a consumer that stops."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time

import pytest

from datasette_claims import parallel
from datasette_claims.models import Document
from datasette_claims.readers import LoadError

TEXT = "Ivo Brandt, the harbour master, said the quay would reopen in June."


def _docs(n: int) -> list[Document]:
    return [Document(text=TEXT.replace("June", f"June {k}"), path=f"d{k}", id=f"d{k}") for k in range(n)]


# The workers see a patched ``_many`` only when they are forked (Linux; see parallel._context).
forked = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def _drain(items, jobs: int, seconds: float = 60) -> list:
    """Consume in a thread, so that a hang fails the test instead of stalling it."""
    out: list = []

    def run() -> None:
        try:
            out.extend(parallel.prepared(items, jobs))
        except BaseException as e:
            out.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the consumer is still waiting"
    return out


@forked
def test_order_is_kept_when_early_chunks_finish_last(monkeypatch):
    real = parallel._many

    def slow_first(chunk, rows=False, lines=None):
        if getattr(chunk[0], "id", None) == "d0":
            time.sleep(0.5)  # the other worker finishes several chunks meanwhile
        return real(chunk, rows, lines)

    monkeypatch.setattr(parallel, "_many", slow_first)  # the forked workers inherit it
    docs = _docs(6 * parallel.CHUNK) + [LoadError("bad", "unreadable")]
    got = _drain(docs, 2)
    assert [getattr(p, "article_id", None) or p.article.id for p in got[:-1]] == [d.id for d in docs[:-1]]
    assert isinstance(got[-1], LoadError)


@forked
def test_a_worker_that_dies_is_raised_not_waited_for(monkeypatch):
    real = parallel._many

    def dies(chunk, rows=False, lines=None):
        if getattr(chunk[0], "id", None) == f"d{2 * parallel.CHUNK}":
            os._exit(3)
        return real(chunk, rows, lines)

    monkeypatch.setattr(parallel, "_many", dies)
    got = _drain(_docs(5 * parallel.CHUNK), 2)
    assert isinstance(got[-1], RuntimeError) and "exit code 3" in str(got[-1])
    assert not multiprocessing.active_children()


def test_an_input_that_fails_midway_is_raised_in_the_consumer():
    def items():
        yield from _docs(3 * parallel.CHUNK)
        raise ValueError("the input broke")

    got = _drain(items(), 2)
    assert isinstance(got[-1], ValueError) and len(got) == 3 * parallel.CHUNK + 1
    assert not multiprocessing.active_children()


def test_a_consumer_that_stops_early_leaves_no_worker():
    results = parallel.prepared(_docs(40 * parallel.CHUNK), 2)
    next(results)
    assert multiprocessing.active_children()
    results.close()
    assert not multiprocessing.active_children()


def test_a_consumer_slower_than_the_workers_gets_every_result():
    """The workers finish and exit while the consumer is busy with the first
    result: the rest are read, the feeder's end is taken, and nothing reads
    the closed results pipe as an error (it raised EOFError, which the CLI
    printed as "Aborted!")."""
    out: list = []

    def items():
        yield from _docs(3 * parallel.CHUNK)
        time.sleep(0.5)  # the feeder's end comes after the consumer has its first result

    def run() -> None:
        try:
            for k, item in enumerate(parallel.prepared(items(), 2)):
                if k == 0:
                    time.sleep(1.5)  # meanwhile every chunk is done and both workers have exited
                out.append(item)
        except BaseException as e:
            out.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the consumer is still waiting"
    assert [p.article.id for p in out] == [d.id for d in _docs(3 * parallel.CHUNK)]
    assert not multiprocessing.active_children()
