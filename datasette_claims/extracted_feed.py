"""Loading ``claims extract`` output: rows straight from the records, read
beside the writer.

Output of ``claims extract`` needs no extraction, only reading, checking
and row building, and the writer's SQLite work is then about half of the
load.  So the records go straight to their rows (``store.record_rows``;
any record of an unusual shape takes the general ``parallel.prepare``),
and with ``--jobs`` above one all of that runs in one forked process of its
own while the writer only unpickles plain rows and writes them: the two
overlap on two cores.  The pool of ``parallel.py`` does not help here:
sending parsed records to workers and their rows back costs the writer
about what checking them does, and reading the file is one sequential
stream anyway.

The reading process hands over whole batches through a pipe, a few
batches ahead at most (memory stays flat): the plain rows by ``marshal``
(about two-thirds of pickle's work for these tuples and strings), any
other item pickled.  The items arrive in input order and are the ones the
writer's own thread would have built, so the database is the same with one
job or two.  The writer does not wait for a whole batch of the load before
its first write: when the pipe has nothing ready it writes what it holds
(``loader.FIRST_BATCH``), so SQLite starts while the reading goes on.  The process is forked with the
input already open (a standard input or a pipe is read there, not twice)
and ends with ``os._exit``: it never touches the writer's database
connection, whose copy it holds.  Nor does its garbage collector: what it
inherits (the imported modules, the writer's state) is frozen (``gc.freeze``)
as it starts, so its collections, one every few hundred parsed records, go
over what it made itself, not over the whole inherited heap again (about 1%
of its instructions for these records, and no copying of the writer's pages
that a collection would write to).
"""

from __future__ import annotations

import gc
import marshal
import os
import pickle
import queue
import select
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from .contract import id_was_derived
from .models import Document
from .parallel import CHUNK, Prepared, for_load, prepare
from .readers import LoadError
from .store.articles import ArticleRows
from .store.record_rows import record_rows

BATCH = 32  # items per hand-over
AHEAD = 8  # batches the reading process may be ahead of the writer
_HEADER = struct.Struct("<Q")


def for_writer(items: Iterable[Document | LoadError], jobs: int = 1,
               idle: Callable[[], None] | None = None) -> Iterator[Prepared | LoadError]:
    """What the loader's writer takes, in input order: ``parallel.for_load``,
    unless the input is ``claims extract`` output (its first records say so).
    ``idle`` is called whenever the writer would otherwise wait for the
    reading process (see ``in_process_of_its_own``)."""
    items = iter(items)
    first = list(islice(items, CHUNK))
    rest = chain(first, items)
    extracted = [isinstance(i, Document) and i.extracted is not None for i in first]
    if not any(extracted) or not all(e or isinstance(i, LoadError) for e, i in zip(extracted, first)):
        return for_load(rest, jobs)
    if jobs > 1 and sys.platform.startswith("linux"):  # fork: elsewhere, the writer's own thread
        return in_process_of_its_own(prepare_records(rest), idle)
    return prepare_records(rest)


def prepare_records(items: Iterable[Document | LoadError]) -> Iterator[Prepared | LoadError]:
    """``parallel.prepare(item, rows=True)`` for each item, extract records of the
    plain shape by the short path."""
    for item in items:
        if isinstance(item, LoadError):
            yield item
            continue
        if item.extracted is not None and not id_was_derived(item):
            rows = record_rows(item)
            if rows is not None:
                yield Prepared(item.path, rows=rows, article_id=rows.id)
                continue
        yield prepare(item, rows=True)


def in_process_of_its_own(items: Iterator, idle: Callable[[], None] | None = None) -> Iterator:
    """``items``, produced by a forked process and handed over in batches.

    Before waiting for the next batch, when none has arrived yet, ``idle`` is
    called: the writer then writes what it holds rather than sit idle while
    the reading process works, so less is left to write once the reading is
    done (and the first rows go in sooner)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the reading process
        os.close(read_end)
        gc.freeze()  # the writer's objects, held here as copies, left out of this process's collections
        code = 1
        try:
            _produce(items, write_end)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    done = False
    try:
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while True:
                if idle is not None and not _ready(read_end):
                    idle()
                kind, payload = _receive(pipe)
                if kind == "items":
                    yield from payload
                elif kind == "error":
                    raise payload
                else:
                    done = True
                    return
    finally:
        if not done:
            _stop(pid)
        os.waitpid(pid, 0)


def _produce(items: Iterator, fd: int) -> None:
    """In the reading process: batches of ``items`` into the pipe, pickled here,
    written by a thread (which lets go of the GIL while the pipe is full)."""
    outbox: queue.Queue = queue.Queue(maxsize=AHEAD)
    writer = threading.Thread(target=_write_all, args=(outbox, fd), daemon=True)
    writer.start()
    batch: list = []
    try:
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                outbox.put(_message("items", batch))
                batch = []
        outbox.put(_message("items", batch))
        outbox.put(_message("done", None))
    except BaseException as e:  # handed over to the writer, raised there in its place
        outbox.put(_message("items", batch))
        outbox.put(_error(e))
    outbox.put(None)
    writer.join()


def _write_all(outbox: queue.Queue, fd: int) -> None:
    try:
        with os.fdopen(fd, "wb") as pipe:
            while (data := outbox.get()) is not None:
                pipe.write(data)
                pipe.flush()
    except OSError:  # the writer stopped early (a broken pipe), or the pipe failed: stop here
        os._exit(0 if isinstance(sys.exc_info()[1], BrokenPipeError) else 1)


def _message(kind: str, payload) -> bytes:
    if kind == "items":
        try:  # the plain rows by marshal, about half pickle's work on both sides for these tuples
            data = _MARSHALLED + marshal.dumps([_plain(item) for item in payload])
            return _HEADER.pack(len(data)) + data
        except ValueError:  # a value marshal does not write (a subclass of str, say): pickle it all
            pass
    data = pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


_MARSHALLED = b"\x00"  # a pickle never starts with it (protocol 2 and up start with b"\x80")


def _plain(item) -> tuple | bytes:
    """An item as marshal writes it: the fields of a plain ``Prepared`` (rows
    only, as ``prepare_records`` makes them), anything else pickled."""
    if type(item) is Prepared and type(item.rows) is ArticleRows and item == Prepared(
            item.path, rows=item.rows, article_id=item.rows.id):
        return (item.path, *item.rows)
    return pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


def _unplain(value: tuple | bytes):
    if type(value) is bytes:
        return pickle.loads(value)
    rows = ArticleRows(*value[1:])
    return Prepared(value[0], rows=rows, article_id=rows.id)


def _error(e: BaseException) -> bytes:
    try:
        return _message("error", e)
    except Exception:  # an exception that does not pickle: its words do
        return _message("error", RuntimeError(f"{type(e).__name__}: {e}"))


def _ready(fd: int) -> bool:
    """Has the reading process written something the writer has not read yet?

    (``poll``, not ``select``: ``select`` refuses a descriptor numbered 1024 or
    more, which a process holding many files open gets for its pipe.)"""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


def _receive(pipe) -> tuple:
    (size,) = _HEADER.unpack(_read_exactly(pipe, _HEADER.size))
    data = _read_exactly(pipe, size)
    if data[:1] == _MARSHALLED:
        return "items", [_unplain(value) for value in marshal.loads(memoryview(data)[1:])]
    return pickle.loads(data)


def _read_exactly(pipe, size: int) -> bytearray:
    """``size`` bytes of the unbuffered pipe (a read returns what the pipe holds),
    read into one buffer: no copy of what came before at each read."""
    data = bytearray(size)
    view, got = memoryview(data), 0
    while got < size:
        n = pipe.readinto(view[got:])
        if not n:
            raise RuntimeError("the process reading the input ended without finishing it")
        got += n
    return data


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
