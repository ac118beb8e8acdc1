"""Extraction in a pool of processes, feeding one writer in input order.

An article and its claims are a pure function of its Document, so the work
can be spread over worker processes while one process keeps the only
connection that writes: SQLite has one writer anyway, and results taken
back in input order give the same rows and ids as a load in one process.

Documents go to the workers in small chunks, with only a few chunks in
flight, so memory stays flat however long the input (``Pool.imap`` would
read the whole input ahead).  An input that fits in one chunk never starts
a worker.  The workers are processes of our own (``_Workers``), not a
``multiprocessing.Pool``, whose bookkeeping cost the parent, which also
reads the input and writes, about half of its CPU (measured).
``claims extract`` output never comes here on a load: the loader hands it
to ``extracted_feed``, which builds its rows straight from the records (in
a reading process of its own with ``--jobs`` above one); only input that
mixes it with articles to extract reaches this pool.

For a load, a worker also builds the article's rows (``store.articles.
article_rows``) and sends back those plain tuples instead of the Article and
Claim objects, which took the writer several times longer to unpickle; and
with workers, a reader thread (``ahead``) takes their results while the
writer's thread is inside SQLite, which does not hold the GIL.  With one
process the writer's thread extracts between its batches (``for_load``).

For ``claims extract``, a worker likewise turns the article and its claims
into the JSON line the command prints (``build_line``) and sends back that
one string: unpickling the Article and Claim objects cost the printing
process more than writing the JSON did, and the JSON is then built in the
workers, in parallel.

The one step that reads the database, giving a text-only article the id it
is already stored under (``adopt_stored_article``), stays in the writer:
when it changes the article, the claims are extracted again there, so that
their ids and dates follow the adopted article exactly as in one process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import NamedTuple, TypeVar

from .articles import article_from_document
from .dates import placeholder_date
from .contract import ContractError, article_from_record, article_line, id_was_derived
from .language import language_warning
from .models import Article, Claim, Document
from .readers import LoadError, has_story_text
from .readers.decoding import undo_double_encoding
from .store.articles import SAVE_FAILURES, ArticleRows, article_rows, record_digest
from .store.record_rows import record_hash

T = TypeVar("T")

CHUNK = 8  # documents per task: enough to pay for the pickling round trip
IN_FLIGHT = 4  # chunks queued per worker: keeps workers busy, memory bounded


@dataclass
class Prepared:
    """One Document made ready for the store.

    ``article`` is None when no article could be built (``error`` says why);
    with an article, ``error`` is an extraction failure and ``claims`` is empty.
    """

    path: str
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    error: LoadError | None = None
    # Extraction rules that raised on this article (its other claims are kept).
    failures: list = field(default_factory=list)
    # A document with no id of its own may turn out to be stored already.
    adoptable: bool = False
    # For a load: the rows to write, built beside the extraction (the claims
    # are then left out: the rows say all the writer needs), or why they
    # could not be built.
    rows: ArticleRows | None = None
    unsaveable: str | None = None
    article_id: str | None = None  # the article's id, kept when the article is not
    # For ``claims extract``: the article's JSON line, in place of the article and claims.
    line: str | None = None
    # What the load warns of though the article loads (``language``: not English).
    notes: list[str] = field(default_factory=list)


def default_jobs() -> int:
    """The command's default: one worker per core."""
    return os.cpu_count() or 1


class Lines(NamedTuple):
    """Ask ``prepare`` for the JSON line of ``claims extract`` (see ``build_line``)."""

    indent: int | None = None


def prepare(doc: Document, rows: bool = False, lines: Lines | None = None) -> Prepared:
    """Build the article and its claims (or read them from an extract record),
    and with ``rows`` the rows a load writes for them, with ``lines`` the JSON
    line ``claims extract`` prints."""
    if doc.extracted is not None:
        try:
            article, claims = article_from_record(doc.extracted, doc)
        except ContractError as e:
            return Prepared(doc.path, error=LoadError(doc.path, f"bad extract record: {e}"))
        prepared = Prepared(doc.path, article, claims, adoptable=id_was_derived(doc))
    else:
        repaired = _undo_double_encoding(doc)
        try:
            article = article_from_document(doc)
        except Exception as e:  # a bug must not cost the rest of the load
            return Prepared(doc.path, error=LoadError(doc.path, f"cannot build article: {type(e).__name__}: {e}"))
        if only_furniture(doc, article):
            return Prepared(doc.path, error=LoadError(doc.path, ONLY_FURNITURE))
        prepared = Prepared(doc.path, article, adoptable=doc.id is None)
        prepared.notes = [note for note in (repaired, language_warning(article), _placeholder_date(article)) if note]
        extract(prepared)
    if rows:  # rows read from a record are hashed as the record (``articles.record_digest``), unless adopted
        build_rows(prepared, record_hash(doc.extracted) if doc.extracted is not None and not prepared.adoptable
                   else None)
    elif lines is not None:
        build_line(prepared, lines.indent)
    return prepared


def _undo_double_encoding(doc: Document) -> str | None:
    """The document's text and headline with UTF-8 read twice put right
    (``decoding.undo_double_encoding``: "CafÃ©" -> "Café"), and the note that says so."""
    text = undo_double_encoding(doc.text)
    headline = undo_double_encoding(doc.headline) if doc.headline else None
    count = text.count + (headline.count if headline else 0)
    if not count:
        return None
    doc.text, doc.headline = text.text, headline.text if headline else doc.headline
    return (f"{count:,} character{'s' * (count != 1)} of UTF-8 read as Windows-1252 and saved again ('CafÃ©' "
            "for 'Café'): put right")


def _placeholder_date(article: Article) -> str | None:
    """Why the article's published date is left out (``dates.placeholder_date``), before extraction reads it."""
    why = placeholder_date(article.published)
    if why:
        article.published = None
    return why


ONLY_FURNITURE = ("no article text: only page furniture (a menu, buttons, a headline or credits), no paragraph "
                  "of a story (a page saved before its story showed?)")


def only_furniture(doc: Document, article: Article) -> bool:
    """Is a text given as an article (a record's, a ``.txt`` file's) only what a
    page prints around a story: every paragraph furniture, and no line of five
    words that is not a menu?  An HTML page is held to the same
    (``html_pages.has_story_text``); before, such a record loaded as an
    article with no claims and no word."""
    from .furniture import is_furniture

    return (doc.extracted is None and not has_story_text(article.text)
            and all(is_furniture(p.text) for p in article.paragraphs) and not _other_script(article.text))


def _other_script(text: str) -> bool:
    """Does the text hold letters of another script than Latin (Greek, Cyrillic...)?
    The furniture rules weigh Latin words only: such a story is not judged."""
    return any(c.isalpha() and c > "\u024f" for c in text)


def build_line(prepared: Prepared, indent: int | None = None) -> None:
    """The JSON line of ``prepared`` (contract.article_line, newline-terminated)
    in place of its article and claims; an article whose extraction failed
    keeps them and gets no line."""
    if prepared.article is None or prepared.error is not None:
        return
    prepared.line = article_line(prepared.article, prepared.claims, indent) + "\n"
    prepared.article_id = prepared.article.id
    prepared.article, prepared.claims = None, []


def build_rows(prepared: Prepared, from_record: str | None = None) -> None:
    """The rows of ``prepared`` for the store, in place of its claims (and of
    its article, unless the writer may have to adopt it).  ``from_record``: the
    ``record_hash`` of the extract record they are read from, which their
    content hash is then made from, as ``record_rows`` makes it."""
    try:
        built = article_rows(prepared.article, prepared.claims)
        if from_record is not None:
            built = built._replace(digest=record_digest(from_record, built.row), record_hash=from_record)
        prepared.rows, prepared.unsaveable = built, None
    except SAVE_FAILURES as e:
        prepared.rows, prepared.unsaveable = None, f"{type(e).__name__}: {e}"
    prepared.article_id = prepared.article.id
    prepared.claims = []
    if not prepared.adoptable:
        prepared.article = None


def extract(prepared: Prepared) -> None:
    """Fill in ``prepared.claims`` from its article (an error keeps the article)."""
    from .loader import claims_and_failures  # the loader owns the transcript/report choice

    try:
        prepared.claims, prepared.failures = claims_and_failures(prepared.article)
        prepared.error = None
    except Exception as e:
        prepared.claims, prepared.failures = [], []
        prepared.error = LoadError(prepared.path, f"claim extraction failed: {type(e).__name__}: {e}")


def adopt(db, prepared: Prepared) -> None:
    """In the writer: give a text-only article its stored id, re-extracting if that changed it."""
    from .store.articles import adopt_stored_article

    if not prepared.adoptable or prepared.article is None:
        return
    a = prepared.article
    before = (a.id, a.url, a.outlet, a.published)
    adopt_stored_article(db, a)
    if (a.id, a.url, a.outlet, a.published) != before:
        extract(prepared)
        build_rows(prepared)


def prepared(items: Iterable[Document | LoadError], jobs: int = 1, rows: bool = False,
             lines: Lines | None = None) -> Iterator[Prepared | LoadError]:
    """``prepare`` over ``items`` with ``jobs`` processes, results in input order.

    LoadErrors pass through in their place.  With ``rows`` (a load), each
    result carries its rows for the store instead of its claims; with
    ``lines`` (``claims extract``), its JSON line.
    """
    items = iter(items)
    first = list(islice(items, CHUNK))
    if jobs <= 1 or len(first) < CHUNK or all(_is_extracted(item) for item in first):
        for item in first:
            yield _one(item, rows, lines)
        for item in items:
            yield _one(item, rows, lines)
        return
    with _Workers(jobs, rows, lines) as workers:
        yield from workers.results(_chunks(items, first))


def _is_extracted(item: Document | LoadError) -> bool:
    return isinstance(item, Document) and item.extracted is not None


def _one(item: Document | LoadError, rows: bool = False, lines: Lines | None = None) -> Prepared | LoadError:
    return item if isinstance(item, LoadError) else prepare(item, rows, lines)


def _many(chunk: list[Document | LoadError], rows: bool = False, lines: Lines | None = None
          ) -> list[Prepared | LoadError]:
    return [_one(item, rows, lines) for item in chunk]


def _chunks(items: Iterator, first: list) -> Iterator[list]:
    chunk = first
    while chunk:
        yield chunk
        chunk = list(islice(items, CHUNK))


class _Workers:
    """``jobs`` forked processes running ``_many`` on chunks, results in input order.

    Not ``multiprocessing.Pool``: its thread that watches the workers polls
    the results pipe and wakes for as long as a result waits there unread,
    some 20,000 times for 2,000 articles, which cost the parent about 0.25
    CPU s and the GIL its result thread needs.  Here the workers take chunks
    from one pipe (whichever is free first) and put their results on another,
    which the consuming thread reads itself; a feeder thread sends the chunks,
    at most ``jobs * IN_FLIGHT`` of them ahead of what was consumed (a send
    to a full pipe must not hold up the reading of results, or both sides
    would wait on each other).  A worker that dies raises here instead of
    leaving the load waiting.
    """

    def __init__(self, jobs: int, rows: bool, lines: Lines | None):
        from . import extract  # noqa: F401  (once, before the fork, not in every worker)

        ctx = _context()
        self.task_reader, self.task_writer = ctx.Pipe(duplex=False)
        self.result_reader, self.result_writer = ctx.Pipe(duplex=False)
        self.wake_reader, self.wake_writer = ctx.Pipe(duplex=False)  # from the feeder
        locks = (ctx.Lock(), ctx.Lock())  # one reader of tasks, one writer of results at a time
        parent_ends = (self.task_writer, self.result_reader, self.wake_reader, self.wake_writer)
        self.procs = [ctx.Process(target=_work, daemon=True, name=f"datasette-claims-worker-{k}",
                                  args=(self.task_reader, self.result_writer, locks, rows, lines, parent_ends))
                      for k in range(jobs)]
        for proc in self.procs:
            proc.start()
        self.task_reader.close()  # the workers' ends: a send fails once they are gone
        self.result_writer.close()
        self.slots = threading.Semaphore(jobs * IN_FLIGHT)
        self.stop = threading.Event()
        self.feeder: threading.Thread | None = None
        self.running = list(self.procs)  # watched for an early death
        self.end: _End | None = None
        self.results_ended = False  # every worker's end of the results pipe is closed

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.stop.set()
        self.slots.release()
        for proc in self.procs:
            proc.join(timeout=None if kind is None else 0)  # all were sent None on a full run
            if proc.is_alive():
                proc.terminate()
                proc.join()
        if self.feeder is not None:
            self.feeder.join(timeout=10)
        for conn in (self.task_writer, self.result_reader, self.wake_reader, self.wake_writer):
            conn.close()

    def results(self, chunks: Iterator[list]) -> Iterator[Prepared | LoadError]:
        """The chunks' results in their order; an input that raised raises after the chunks before it."""
        self.feeder = threading.Thread(target=self._feed, args=(chunks,), daemon=True,
                                       name="datasette-claims-feeder")
        self.feeder.start()
        waiting: dict[int, list] = {}
        end: _End | None = None
        done = 0
        while end is None or done < end.chunks:
            if done in waiting:
                yield from waiting.pop(done)
                done += 1
                self.slots.release()
                continue
            if end is not None and self.results_ended:  # short of results, and none can come
                for proc in self.procs:
                    proc.join()
                self._raise_a_death()
                raise RuntimeError(f"the extraction workers ended after {done} of {end.chunks} chunks")
            end = self._receive(waiting) or end
        if end.error is not None:
            raise end.error

    def _receive(self, waiting: dict[int, list]) -> _End | None:
        """Wait for a result (kept in ``waiting``), the feeder's end, or a worker's death."""
        watched = [self.wake_reader, *(p.sentinel for p in self.running)]
        if not self.results_ended:
            watched.append(self.result_reader)
        ready = wait(watched)
        if self.wake_reader in ready:  # first: once every worker is gone, the results pipe is always "ready"
            self.wake_reader.recv_bytes()
            return self.end
        if self.result_reader in ready:
            try:
                seq, chunk = self.result_reader.recv()
            except EOFError:  # every worker has exited; the feeder's word may still be on its way
                self.results_ended = True
                return None
            if isinstance(chunk, BaseException):
                raise chunk
            waiting[seq] = chunk
        else:
            self._raise_a_death()
            self.running = [p for p in self.running if p.exitcode is None]
        return None

    def _raise_a_death(self) -> None:
        for proc in self.procs:
            if proc.exitcode not in (None, 0):
                raise RuntimeError(f"an extraction worker died (exit code {proc.exitcode})")

    def _feed(self, chunks: Iterator[list]) -> None:
        sent, error = 0, None
        try:
            for chunk in chunks:
                while not self.slots.acquire(timeout=0.1):
                    if self.stop.is_set():
                        return
                if self.stop.is_set():
                    return
                self.task_writer.send((sent, chunk))
                sent += 1
            for _ in self.procs:
                self.task_writer.send(None)
        except BaseException as e:  # handed over to the consumer, in its place
            error = e
        self.end = _End(sent, error)  # kept here: an exception need not pickle
        if not self.stop.is_set():
            self.wake_writer.send_bytes(b"end")


class _End(NamedTuple):
    """The feeder's last word: how many chunks it sent, and what the input raised if it did."""

    chunks: int
    error: BaseException | None = None


def _work(tasks, results, locks, rows: bool, lines: Lines | None, parent_ends: tuple) -> None:
    """A worker: chunks in, results out, until it is sent None or the parent is gone.

    Ctrl-C is the parent's to handle: it ends the workers itself.  The
    parent's ends of the pipes, inherited by the fork, are closed here, so
    that a parent killed outright leaves the workers an end of input.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for conn in parent_ends:
        conn.close()
    take, give = locks
    while True:
        with take:
            try:
                task = tasks.recv()
            except EOFError:  # the parent closed its end without a word
                return
        if task is None:
            return
        seq, chunk = task
        try:
            out = _many(chunk, rows, lines)
        except Exception as e:  # prepare keeps its own failures; this would be a bug
            out = RuntimeError(f"extraction worker: {type(e).__name__}: {e}")
        with give:
            try:
                results.send((seq, out))
            except BrokenPipeError:  # the parent is gone
                return


def for_load(items: Iterable[Document | LoadError], jobs: int = 1) -> Iterator[Prepared | LoadError]:
    """``prepared(items, jobs, rows=True)`` as the loader takes it: with
    worker processes, a reader thread takes their results ahead of the writer
    (and keeps them fed) while the writer is inside SQLite.

    With one process (``jobs`` 1, or an input too short for workers) the
    writer's own thread extracts, between its batches: a reader thread
    extracting beside it gained nothing by the clock (the GIL lets only one
    of the two run Python, and SQLite's statements are short), while every
    statement of the writer took the GIL back from it, about three blocking
    hand-overs an article: 4-8% more CPU for the load than in one thread
    (docs/benchmarks.md, "2026-12-07 20:13-21:35").  Input whose first records
    are all ``claims extract`` output is read in the writer's thread for the
    same reason, whatever ``jobs`` (``extracted_feed.for_writer`` normally
    takes it first).
    """
    items = iter(items)
    first = list(islice(items, CHUNK))
    results = prepared(chain(first, items), jobs, rows=True)
    if jobs <= 1 or len(first) < CHUNK or all(isinstance(item, LoadError) or _is_extracted(item) for item in first):
        return results
    return ahead(results)


def ahead(items: Iterable[T], depth: int = 256) -> Iterator[T]:
    """``items``, produced by a thread up to ``depth`` items ahead of the consumer.

    The loader's writer spends much of its time inside SQLite, which lets go
    of the GIL while it works: meanwhile this thread reads, extracts (or
    feeds the pool and takes its results back) and builds rows, so the two
    overlap on a machine with a core to spare, and the pool is kept busy
    while the writer writes.  The order is kept; an exception in the
    producer is raised in the consumer in its place; a consumer that stops
    early (an error, a closed generator) stops the producer.
    """
    channel: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry) -> bool:
        while not stop.is_set():
            try:
                channel.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((False, None))
        except BaseException as e:  # handed over to the consumer
            put((False, e))
        finally:
            close = getattr(items, "close", None)
            if close:
                close()  # a pool inside ``items`` is shut down here

    thread = threading.Thread(target=produce, name="datasette-claims-reader", daemon=True)
    thread.start()
    try:
        while True:
            more, item = channel.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()
        thread.join(timeout=10)


def _context():
    # fork starts a worker in milliseconds with the extractor already imported;
    # elsewhere (macOS, Windows) the platform's safe default.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()
