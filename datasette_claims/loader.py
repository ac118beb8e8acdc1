"""The load pipeline: paths -> Documents -> Articles -> Claims -> rows.

This module only orchestrates; reading, cleaning, extraction and storage
each live in their own module.  Errors in one input are recorded and the
load goes on; articles are committed in batches, each article atomically.
"""

from __future__ import annotations

import os
import re
import shlex
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from . import collector
from .articles import article_from_document, article_id, text_id, url_key, valid_url
from .language import declared_before
from .dates import normalise_date
from .fetch import FetchOptions
from .manifest import apply_manifests, find_manifests
from .models import Article, Claim, Document
from .extracted_feed import for_writer
from .parallel import adopt
from .readers import MAX_ARTICLE_CHARS, LoadError, folder_files, read_paths
from .record_keys import cut_short
from .store.connection import LOCK_GAP_SECONDS, in_lists, retry_locked
from .text import counted
from .store.articles import (
    CONTENT_AT, SPEAKER_AT, ArticleRows, StoredCopy, StoredPath, record_errors, refresh_speaker_counts, rows_digest,
    rows_with_id, same_as_stored, save_articles, stored_at_address, stored_at_addresses, stored_copies, stored_paths,
    unmatched_articles, unmatched_count,
)
from .transcripts import (claimant_claims, labelled_turns, letter_claims, sheet_checks, signed_letters,
                          transcript_claims, turn_claims)

if TYPE_CHECKING:
    import sqlite_utils

    from .extract import RuleFailure
    from .matching.candidates import Reads
    from .queue_scores import LoadBounds
    from .store.side_index import SideIndex

# The writing half's schema imports (``store.schema``, ``store.side_index``,
# ``open_db``) are made where they are used: they import sqlite-utils, and
# through it NumPy when installed, which ``claims extract`` -- reading and
# extracting only, through ``iter_documents`` -- has no use for.

# Matching, fact-check alerts, reviewers' corrections and the queue scores run
# only after a load has written something: they are imported when first used,
# so that ``claims extract`` (which never touches them) does not pay for
# importing them at start-up, in the command and in each worker.


def match_articles(db, article_ids, **kw):
    """``matching.pipeline.match_articles``, imported on first use (a name of
    this module, so that a benchmark can wrap it)."""
    from .matching.pipeline import match_articles as run

    return run(db, article_ids, **kw)


@dataclass
class Overrides:
    """Metadata given on the command line for a single file."""

    url: str | None = None
    outlet: str | None = None
    date: str | None = None

    def apply(self, doc: Document) -> None:
        if self.url:
            doc.url = self.url
        if self.outlet:
            doc.outlet = self.outlet
        if self.date:
            doc.published = self.date

    def __bool__(self) -> bool:
        return bool(self.url or self.outlet or self.date)


@dataclass
class LoadReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    copies: int = 0  # inputs skipped as copies of an article already loaded (warning rows)
    hidden: int = 0  # hidden files and folders passed over in the folders loaded
    claims: int = 0
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)
    seconds: float = 0.0
    changed_article_ids: list[str] = field(default_factory=list)
    match_summary: str | None = None
    unmatched: int = 0  # articles left unmatched (a load with match=False)

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self, db_path: str = "DB") -> str:
        """One line for the user; ``db_path`` names the database in the command
        it suggests (``claims match``) so that it can be pasted as it is."""
        parts = [
            f"{counted(self.articles, 'article')} ({self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged)",
            self._claims_written(),
            counted(len(self.errors), "error"),
        ]
        if self.copies:
            parts.append(counted(self.copies, "copy", "copies") + " skipped")
        if self.hidden:
            parts.append(counted(self.hidden, "hidden file or folder", "hidden files and folders") + " skipped")
        if self.warnings:
            parts.append(counted(len(self.warnings), "warning"))
        if self.match_summary:
            parts.append(self.match_summary)
        if self.unmatched:
            command = f"datasette claims match {shlex.quote(db_path)}"
            parts.append(f"{counted(self.unmatched, 'article')} not matched yet (run: {command})")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"

    def _claims_written(self) -> str:
        """The claims count: those written, said so when unchanged articles
        (whose claims are kept, not written again) would make "0 claims" read
        as articles without any."""
        if not self.unchanged:
            return counted(self.claims, "claim")
        return f"{counted(self.claims, 'claim')} written (unchanged articles keep theirs)"





# A substitute extractor (a function of an Article giving its claims), for tests;
# None: the extractor's own rules (``extract``, imported on first use, 0.3-0.5 s).
extract_claims = None


def claims_for(article: Article) -> list[Claim]:
    """The claims of one article: a transcript's sentences, or extracted claims."""
    return claims_and_failures(article)[0]


def claims_and_failures(article: Article) -> tuple[list[Claim], list[RuleFailure]]:
    """The claims of one article and the extraction rules that failed on it."""
    if article.kind == "transcript":
        return transcript_claims(article), []
    letters = signed_letters(article.headline, article.paragraphs)
    if letters:  # a page of readers' letters: each letter its signer's words
        return letter_claims(article, letters), []
    if extract_claims is not None:
        # a substitute extractor put in this module's ``extract_claims`` seam
        claims, failures = extract_claims(article), []
    else:
        from . import extract  # imported when first needed: a load of extract output never is

        report = extract.extract_claims_report(article)
        claims, failures = report.claims, report.failures
    turns = labelled_turns(article.text, article.paragraphs)
    if turns:  # a transcript whose labels carry roles or stand alone: each turn its speaker's words
        first, last = turns[0].paragraphs[0].start, turns[-1].paragraphs[-1].end
        claims = [c for c in claims if not first <= c.content.start < last] + turn_claims(article, turns)
        claims.sort(key=lambda c: c.content.start)
    # (a sheet's "Verdict:", or a fact-check page's ClaimReview, kept as its outlet's published fact-check)
    article.sheet_checks = article.sheet_checks or sheet_checks(article)
    return claimant_claims(article, claims), failures


def rule_warning(path: str, article_id: str, failure: RuleFailure) -> LoadError:
    """A failed rule as a load warning: the article loaded, without that rule's claims."""
    return LoadError(path, f"article {article_id}: {failure.describe()}", level="warning")


def process(doc: Document) -> tuple[Article, list[Claim]]:
    article = article_from_document(doc)
    return article, claims_for(article)


def iter_documents(
    paths: Iterable[str],
    overrides: Overrides | None = None,
    stdin=None,
    fetch_options: FetchOptions | None = None,
    manifest: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[Document | LoadError]:
    """Documents found at ``paths``; an address that names no page is dropped with a warning."""
    paths = list(paths)
    items = read_paths(paths, stdin=stdin, fetch_options=fetch_options, max_chars=max_chars)
    for item in apply_manifests(items, find_manifests(paths, manifest)):
        if isinstance(item, Document):
            if overrides:
                overrides.apply(item)
            # (every address that names no page has no url_key; the key, cached, is the one
            # the rows are built with next, so a valid address is parsed once, not twice)
            if item.url is not None and url_key(item.url) is None and not valid_url(item.url):
                yield LoadError(item.path, f"not a web address, ignored: {item.url[:200]!r}", level="warning")
                item.url = None
        yield item


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many records a load will see, for the progress bar (None if unknown)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = []
        if os.path.isdir(path):
            # (the walk the load itself takes: linked folders followed, a saved page's files left out)
            files.extend(f for f in folder_files(path) if isinstance(f, str))
        else:
            files.append(path)
        for f in files:
            # a pipe (``<(...)``) must not be read twice: count it as one
            if f.lower().endswith((".jsonl", ".ndjson")) and os.path.isfile(f):
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def validate_date(value: str | None) -> str | None:
    if value is None:
        return None
    iso = normalise_date(value)
    if not iso or iso != value:
        raise ValueError(f"--date must be YYYY-MM-DD, got {value!r}")
    return iso


def load(
    db_or_path,
    paths: Iterable[str],
    overrides: Overrides | None = None,
    stdin=None,
    fetch_options: FetchOptions | None = None,
    manifest: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    **kwargs,
) -> LoadReport:
    """Load the articles found at ``paths`` into a claims database."""
    items = iter_documents(paths, overrides, stdin=stdin, fetch_options=fetch_options, manifest=manifest,
                           max_chars=max_chars)
    return load_documents(db_or_path, items, **kwargs)


class _Writer:
    """Writes what the load produced in short transactions.

    Articles are extracted outside any transaction and written in batches
    (``batch_size`` articles, or whatever one second of extraction gave),
    each batch in one ``BEGIN IMMEDIATE`` transaction that waits for (and
    retries on) a lock held by another writer, such as Datasette recording a
    verdict.  The report counts an article only once its batch is committed.
    """

    def __init__(self, db: sqlite_utils.Database, report: LoadReport, batch_size: int, note: bool = False,
                 deferred: bool = False, bounds: LoadBounds | None = None, beside: bool = False):
        self.db, self.report, self.batch_size = db, report, batch_size
        self.beside = beside  # the side index tokenised in a thread of its own (``store.side_index``)
        self.note = note  # note what each batch wrote for the queue's refresh (``_note_written``)
        self.bounds = bounds  # a first load's queue rows made with each batch (``queue_scores.LoadBounds``)
        self.pending: list[LoadError | ArticleRows] = []
        self.settled = 0  # the pending items whose address was looked up (``_settle``)
        self.addresses: dict[str, ArticleRows] = {}  # the settled pending articles by url key
        self.articles = 0
        self.written = False  # a batch has been written
        self.deferred = False  # full-text indexes left to fill (a first load's: ``defer_full_text``)
        self.side: SideIndex | None = None  # those indexes tokenised batch by batch (``store.side_index``)
        self.since = time.monotonic()
        if deferred:
            self.defer()

    def add(self, item: LoadError | ArticleRows) -> None:
        """Hold ``item`` for the next batch; an article's address is looked up when
        the batch is written (``_settle``)."""
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(item)
        self.articles += not isinstance(item, LoadError)
        if self.articles >= self.batch_size or time.monotonic() - self.since > BATCH_SECONDS:
            self.flush()

    def idle(self) -> None:
        """The input has nothing ready yet.  Before the first write, write what
        is held if it is ``FIRST_BATCH`` articles or more: the writer starts
        while the reading goes on instead of waiting for a whole batch.  Only
        the first: every transaction costs about 6 ms of CPU beyond its rows
        (commit, full-text segments), so later batches stay ``batch_size``."""
        if not self.written and self.articles >= FIRST_BATCH:
            self.flush()

    def ready_to_read(self, article_id: str) -> None:
        """Before the load reads what it stored: the same text earlier in this load
        written (adopt needs it stored), and the full-text indexes a first load
        fills at its end filled now (``store.schema.defer_full_text``)."""
        if self.holds(article_id):
            self.flush()
        if self.deferred:
            from .store.schema import fill_full_text

            self.drop_side()
            retry_locked(lambda: fill_full_text(self.db.conn), self.db.conn)
            self.deferred = False

    def defer(self) -> None:
        """A first load: its full-text indexes are filled at its end, tokenised
        beside it batch by batch meanwhile (``store.side_index``)."""
        from .store.schema import full_text_deferred
        from .store.side_index import SideIndex

        self.deferred = True
        self.side = SideIndex(self.db.conn, full_text_deferred(self.db.conn), beside=self.beside)

    def drop_side(self) -> None:
        if self.side is not None:
            self.side.discard()
            self.side = None

    def holds(self, article_id: str) -> bool:
        """Is an article with this id waiting to be written (under the id its
        address gives it)?"""
        self._settle()
        return any(not isinstance(p, LoadError) and p.id == article_id for p in self.pending)

    def flush(self) -> None:
        self._settle()
        self._commit()

    def _commit(self) -> None:
        """Write the pending items, settled, and count what they did."""
        if not self.pending:
            return
        outcomes = retry_locked(self._write, self.db.conn)
        if self.bounds is not None:
            self.bounds.committed()
        if self.side is not None:
            self.side.add_committed(self.db.conn, outcomes)
        for item, outcome in zip(self.pending, outcomes):
            if isinstance(outcome, LoadError):
                self.report.copies += outcome.copy_of is not None
                self.report.hidden += outcome.hidden
                (self.report.warnings if outcome.level == "warning" else self.report.errors).append(outcome)
                continue
            setattr(self.report, outcome, getattr(self.report, outcome) + 1)
            if outcome != "unchanged":
                self.report.claims += len(item.claim_values)
                self.report.changed_article_ids.append(item.id)
        self.pending, self.articles, self.settled = [], 0, 0
        self.written = True
        self.addresses.clear()

    def _settle(self) -> None:
        """Each pending article not yet settled as the article already stored at its
        address when there is one (``_at_stored_address``), or as a copy of one
        pending (``_at_address``), in their order: the addresses looked up
        in one query for all of them, not one per article (each small statement
        of the writer's thread hands the GIL to the reading thread and back).
        Nothing is written between an article's arrival and this look-up, so it
        sees what a look-up on arrival saw; another text at an address of the
        batch writes the batch so far first, then looks up the rest again."""
        while self.settled < len(self.pending):
            done, rest = self.pending[:self.settled], self.pending[self.settled:]
            found = _StoredAddresses.read(self.db.conn, rest)
            for n, item in enumerate(rest):
                settled = self._settled(item, found)
                if settled is None:  # another text at an address of this batch: stored, then looked up
                    self.pending, self.settled = done, len(done)
                    self._commit()
                    self.pending, self.articles = rest[n:], _count_articles(rest[n:])
                    break
                done += settled
            else:
                self.pending, self.settled = done, len(done)

    def _settled(self, item: LoadError | ArticleRows, found: _StoredAddresses) -> list | None:
        """What stands for ``item`` in the batch (``_at_address``); None
        when the batch so far must be written first."""
        if isinstance(item, LoadError) or item.url_key is None:
            return [item]
        settled = _at_address(self.db.conn, self.addresses.get(item.url_key), item, found)
        if settled is not None and not isinstance(settled[-1], LoadError):
            self.addresses.setdefault(item.url_key, settled[-1])
        return settled

    def _write(self) -> list:
        """Write the batch: its articles together (``save_articles``), then its
        errors, a failed save's among them, in their order."""
        self.pending = _paths_kept(self.db.conn, self.pending)
        outcomes: list = list(self.pending)
        places = [i for i, item in enumerate(self.pending) if not isinstance(item, LoadError)]
        saved = save_articles(self.db, [self.pending[i] for i in places])
        for i, outcome in zip(places, saved):
            if isinstance(outcome, BaseException):  # this record's data, not the database
                rows = self.pending[i]
                outcome = LoadError(rows.row["source_path"] or rows.id,
                                    f"cannot save article: {type(outcome).__name__}: {outcome}")
            outcomes[i] = outcome
        record_errors(self.db, [(o.path, o.reason, o.level) for o in outcomes if isinstance(o, LoadError)])
        _remember_scores(self.db.conn, [self.pending[i] for i, o in zip(places, saved) if o in ("new", "updated")])
        if self.note:
            _note_written(self.db.conn, [self.pending[i] for i in places], saved)
        if self.bounds is not None:
            self.bounds.add(self.db.conn, [values[SPEAKER_AT] for i, o in zip(places, saved) if o == "new"
                                           for values in self.pending[i].claim_values], "updated" in saved)
        return outcomes


BATCH_SECONDS = 1.0
FIRST_BATCH = 32  # articles worth a first transaction while the writer would wait


def _remember_scores(conn: sqlite3.Connection, written: list[ArticleRows]) -> None:
    """The text scores that came with the rows just written, for the review queue's
    rows made after the load (``queue_scores.remember``)."""
    scored = [(values[0], values[CONTENT_AT], score) for rows in written
              for values, score in zip(rows.claim_values, rows.text_scores)]
    if scored:
        from . import queue_scores

        queue_scores.remember(conn, scored)


def _note_written(conn: sqlite3.Connection, items: list[ArticleRows], outcomes: list) -> None:
    """For the queue's refresh after a load without matching (``queue_scores.
    refresh_written``): the claims of the articles added, or ``ALL`` when an
    article was replaced (its dropped claims' speakers are not known)."""
    from . import queue_scores

    if "updated" in outcomes:
        queue_scores.note(conn, [queue_scores.ALL])
    else:
        queue_scores.note(conn, [values[0] for rows, o in zip(items, outcomes) if o == "new"
                                 for values in rows.claim_values])


def _load_bounds(conn: sqlite3.Connection) -> LoadBounds | None:
    """A first load without matching, with ``jobs`` > 1: its queue rows made with each
    batch (``queue_scores.LoadBounds``), when the database has the queue's tables.
    Then the writer makes them while the workers (or the reading process) still work,
    not alone after them.  With one process nothing runs beside that step, and the
    rows made batch by batch cost more than made at once (the queue's indexes kept
    row by row, not sorted once: 1.3% more instructions for a one-process load of
    extract output), so one job makes them at the end."""
    from .queue_scores import LoadBounds

    bounds = LoadBounds(conn)
    return bounds if bounds.valid else None


def _has_queue_rows(conn: sqlite3.Connection) -> bool:
    """Does the database hold review queue bounds already (a load that adds to it
    refreshes only what it wrote; a first load makes them all anyway)?"""
    from .store.connection import has_table

    return has_table(conn, "claim_scores") and conn.execute("select 1 from claim_scores limit 1").fetchone() is not None


def load_documents(
    db_or_path,
    items: Iterable[Document | LoadError],
    batch_size: int = 200,
    progress: Callable[[int], None] | None = None,
    match: bool = True,
    jobs: int = 1,
) -> LoadReport:
    """Load Documents (and record LoadErrors) and report what happened.

    ``jobs`` > 1 extracts in that many processes (see parallel.py), or, for
    ``claims extract`` output, reads it in one process beside the writer
    (extracted_feed.py); the database is the same as with one.
    Every bad record becomes a ``load_errors`` row and the load goes on; a
    record whose id was already loaded earlier in the same load is reported
    and skipped.  With ``match``, the new and changed articles are matched,
    and so are any that an earlier, interrupted load left unmatched.
    """
    from .store.schema import open_db, pause_merges

    started = time.perf_counter()
    db = open_db(db_or_path)
    report = LoadReport()
    paused = retry_locked(lambda: pause_merges(db.conn), db.conn)  # a first load: merged at its end
    writer = _Writer(db, report, batch_size, note=not match and _has_queue_rows(db.conn), deferred=paused,
                     bounds=_load_bounds(db.conn) if paused and not match and jobs > 1 else None, beside=jobs > 1)
    seen: dict[str, _FirstCopy] = {}
    try:
        for item in for_writer(_unique_ids(items, seen), jobs, idle=writer.idle):
            if progress:
                progress(1 if not isinstance(item, LoadError) or item.level == "error" or item.copy_of else 0)
            if isinstance(item, LoadError):
                writer.add(item)
                continue
            if item.rows is None and item.unsaveable is None:  # no article could be built
                writer.add(item.error)
                continue
            if item.adoptable:  # adopt may look its text up in articles_fts (``stored_with_text``)
                writer.ready_to_read(text_id(item.article.text))
            adopt(db, item)  # same text, same article (issue 13)
            if item.error:  # extraction failed: keep the article (nothing is lost), say so
                writer.add(item.error)
            for f in item.failures:
                writer.add(rule_warning(item.path, item.article_id, f))
            # (the pending items asked only for an article with notes: a scan per article was 0.05 CPU s a batch)
            for note in item.notes if item.notes and not declared_before(writer.pending, item.path) else ():
                writer.add(LoadError(item.path, f"article {item.article_id}: {note}", level="warning"))
            if item.rows is None:
                writer.add(LoadError(item.path, f"cannot save article: {item.unsaveable}"))
            else:
                writer.add(item.rows)  # (its address looked up with its batch's: ``_Writer._settle``)
        writer.flush()
        _after_load(db, report, match, jobs, paused, writer.side, writer.bounds)
    except KeyboardInterrupt:
        _searchable_before_stopping(db, writer.deferred)
        raise
    finally:
        writer.drop_side()
        if db.conn.in_transaction:
            db.conn.rollback()
        report.seconds = time.perf_counter() - started
    return report


def _searchable_before_stopping(db: sqlite_utils.Database, deferred: bool) -> None:
    """Ctrl-C in a first load: the articles written so far made searchable before it
    stops.  Otherwise its full-text indexes wait for the next command that opens the
    database (``open_db``), and a user who stopped a load and then browsed it with
    ``datasette claims.db`` would find nothing by search.  A second Ctrl-C, or a locked
    database, leaves it to that next command."""
    if not deferred:
        return
    from .store.schema import fill_full_text

    if db.conn.in_transaction:
        db.conn.rollback()  # a batch cut short: never half-written
    try:
        retry_locked(lambda: fill_full_text(db.conn), db.conn, patience=5.0)
    except (sqlite3.Error, KeyboardInterrupt):
        pass


def _stored_path_kept(conn: sqlite3.Connection, rows: ArticleRows) -> ArticleRows:
    """``_path_kept`` for one article, its stored path and hash read here."""
    return _path_kept(rows, stored_paths(conn, [rows.id]).get(rows.id))


def _paths_kept(conn: sqlite3.Connection, items: list) -> list:
    """``_path_kept`` over a batch's pending items (errors pass through), the stored
    paths and hashes read in one query per 500 articles rather than one per article
    (1,923 queries for 2,000 records: 0.03-0.1 CPU s of the writer)."""
    ids = [item.id for item in items if not isinstance(item, LoadError) and item.row["source_path"]]
    if not ids:
        return items
    stored = stored_paths(conn, ids)
    return [item if isinstance(item, LoadError) else _path_kept(item, stored.get(item.id)) for item in items]


def _path_kept(rows: ArticleRows, stored: StoredPath | None) -> ArticleRows:
    """An article read again from another place keeps the path it was stored from.

    Where a text was read is no part of the article: the same article piped
    in on standard input after it was loaded from ``dump.jsonl``, loaded from
    ``./dump.jsonl`` after ``dump.jsonl``, or from a renamed copy of the file,
    is "unchanged", not "updated" with its claims written again and matched
    again because ``source_path`` changed.  (``stored``: the stored article's
    path and hash, None when it is not stored.)
    """
    path = rows.row["source_path"]
    if not path or stored is None or not stored.source_path or stored.source_path == path:
        return rows
    row = dict(rows.row, source_path=stored.source_path)
    kept = rows._replace(row=row, digest=rows_digest(row, rows.claim_values, rows.record_hash))
    if not same_as_stored(kept, stored.content_hash):
        return rows  # another text or other claims: an update, recorded with the path it came from
    return kept


class _FirstCopy(NamedTuple):
    """Where a load first met an id, and the id of that document's text."""

    path: str
    text_id: str


def _unique_ids(items: Iterable[Document | LoadError], seen: dict[str, _FirstCopy]
                ) -> Iterator[Document | LoadError]:
    """The documents of a load, a second one with an id already loaded in it
    skipped (the first copy is kept, and counted once): a word-for-word copy
    (merged dumps overlap) with a warning, another text under the same id (a
    real conflict) with an error."""
    for doc in items:
        if isinstance(doc, LoadError):
            yield doc
            continue
        try:
            ident = article_id(doc)
        except Exception as e:
            yield LoadError(doc.path, f"cannot build article: {type(e).__name__}: {e}")
            continue
        if ident in seen:
            yield _second_copy(doc, ident, seen[ident])
            continue
        seen[ident] = _FirstCopy(doc.path, text_id(doc.text))
        yield doc


def _second_copy(doc: Document, ident: str, first: _FirstCopy) -> LoadError:
    """What a load says of a document whose id an earlier one of the load had."""
    if text_id(doc.text) == first.text_id:
        return LoadError(doc.path, f"already loaded from {first.path} in this load (a word-for-word copy: "
                                   "the same id and text); skipped", level="warning", copy_of=ident)
    return LoadError(doc.path, f"duplicate id {ident!r} with another text: already loaded from {first.path} "
                               "in this load; skipped")


class _StoredAddresses(NamedTuple):
    """What the store holds at the addresses of a batch's articles."""

    ids: dict[str, list[str]]  # by address, the ids stored there (``stored_at_addresses``)
    copies: dict[str, StoredCopy]  # the articles some of them would update or copy

    @classmethod
    def read(cls, conn: sqlite3.Connection, items: list) -> _StoredAddresses:
        addressed = [item for item in items if not isinstance(item, LoadError) and item.url_key is not None]
        if not addressed:
            return cls({}, {})
        ids = stored_at_addresses(conn, [rows.url_key for rows in addressed])
        wanted = [found for rows in addressed if (found := stored_at_address(ids, rows.url_key, rows.id))]
        return cls(ids, stored_copies(conn, wanted) if wanted else {})


def _count_articles(items: list) -> int:
    return sum(not isinstance(item, LoadError) for item in items)


def _at_address(conn: sqlite3.Connection, pending: ArticleRows | None, rows: ArticleRows,
                found: _StoredAddresses) -> list | None:
    """What stands for an article with an address in its batch: a copy's warning
    when the article pending at that address has its text, else the article as
    the one already stored at its address (``_at_stored_address``), after a
    warning when that one has another id.  None when the article pending at
    that address has another text (the batch so far is written first)."""
    path = rows.row["source_path"] or rows.id
    if pending is not None and pending.id != rows.id:
        if pending.row["text"] != rows.row["text"]:
            return None
        # a copy of an article of this very batch (the path it keeps, ``_path_kept``,
        # is worked out for the batch when it is written)
        return [_copy_of(path, pending.id, _stored_path_kept(conn, pending).row["source_path"])]
    stored = found.copies.get(stored_at_address(found.ids, rows.url_key, rows.id) or "")
    if stored is None:
        return [rows]
    settled = _at_stored_address(rows, stored, path)
    if isinstance(settled, LoadError):
        return [settled]
    return [LoadError(path, f"the same address as article {stored.id!r}, with another text: loaded "
                            "as its update", level="warning"), settled]


def _copy_of(path: str, ident: str, where: str | None) -> LoadError:
    """The warning for a word-for-word copy, at the same address, of article ``ident``."""
    return LoadError(path, f"the same article as {ident!r} (the same address and text), already loaded "
                           f"from {where or 'an earlier load'}; skipped", level="warning", copy_of=ident)


def _at_stored_address(rows: ArticleRows, stored: StoredCopy, path: str) -> ArticleRows | LoadError:
    """An article whose address is already stored under another id is that article.

    Two APIs give the same article two ids (a search API's record is known by
    a hash of its address, Event Registry's by its ``uri``); stored twice, its
    claims would make a false two-report story.  The same text is a copy,
    skipped with a warning; a text cut short by its API ("[+2310 chars]")
    never replaces a whole one; another text is the article's update (a live
    blog, a corrected story: the later reading wins, as for the same id), so
    the rows take the stored id.
    """
    where = stored.source_path or "an earlier load"
    text = rows.row["text"]
    if stored.text == text:
        return _copy_of(path, stored.id, stored.source_path)
    if cut_short(text) and not cut_short(stored.text):
        return LoadError(path, f"a copy cut short by its source of article {stored.id!r} (the same address), "
                               f"loaded from {where}; skipped", level="warning", copy_of=stored.id)
    return rows_with_id(rows, stored.id)


def _after_load(db: sqlite_utils.Database, report: LoadReport, match: bool, jobs: int = 1,
                paused: bool = False, side: SideIndex | None = None, bounds: LoadBounds | None = None) -> None:
    """Speaker counts, then matching of everything not yet matched (a large
    chunk of it by ``jobs`` processes: ``matching.batch_pool``)."""
    scored = False  # the queue's rows made with the batches, all there and exact (``LoadBounds``)
    if report.changed_article_ids:
        from . import corrections

        def refresh():
            nonlocal scored
            changes = db.conn.total_changes
            corrections.apply(db.conn)  # a reloaded article keeps its reviewers' fixes
            corrected = db.conn.total_changes != changes
            if side is not None and corrected:  # rows the side index read may differ
                side.discard()
            scored = bounds is not None and bounds.complete(db.conn, corrected)
            refresh_speaker_counts(db)

        retry_locked(refresh, db.conn)
    filled = side.install(db.conn) if side is not None and paused else []
    _merge_full_text(db, report, paused, filled, side)
    if not match:
        report.unmatched = unmatched_count(db.conn)  # (the matcher not imported for a count)
        waiting: list[str] = []
    else:
        waiting = unmatched_articles(db.conn)
        _match_waiting(db, report, waiting, jobs)
    if (report.changed_article_ids or (match and waiting)) and not scored:  # (nothing changed: the bounds are right)
        from . import queue_scores

        refresh = queue_scores.refresh_noted if match else queue_scores.refresh_written
        retry_locked(lambda: refresh(db.conn), db.conn)  # the pre-ranking of what changed


def _merge_full_text(db: sqlite_utils.Database, report: LoadReport, paused: bool,
                     filled: list[str] | None = None, side: SideIndex | None = None) -> None:
    """After a bulk load, each full-text index in one segment, and incremental
    merging back on if this load paused it (``store.schema.pause_merges``).
    ``filled``: the indexes the side index filled (``SideIndex.install``)."""
    from .store.schema import fill_full_text, merge_full_text, resume_merges

    def merge():
        if paused:  # the indexes this first load left to fill (``defer_full_text``)
            current = filled and side is not None and side.still_current(db.conn)
            fill_full_text(db.conn, filled if current else ())
        if _wrote_a_large_share(db.conn, report):
            merge_full_text(db.conn)
        if paused:
            resume_merges(db.conn)

    if paused or _wrote_a_large_share(db.conn, report):
        retry_locked(merge, db.conn)  # before matching reads the indexes


def _wrote_a_large_share(conn: sqlite3.Connection, report: LoadReport) -> bool:
    """Did this load write at least ``MERGE_SHARE`` of the articles now stored
    (a bulk load, a first load)?  Then the full-text indexes are merged."""
    from .store.schema import MERGE_SHARE

    written = len(report.changed_article_ids)
    return written > 0 and written >= MERGE_SHARE * conn.execute("select count(*) from articles").fetchone()[0]


def _match_waiting(db: sqlite_utils.Database, report: LoadReport, waiting: list[str], jobs: int = 1) -> None:
    ids = list(dict.fromkeys(report.changed_article_ids + waiting))
    summaries: list[str | None] = []
    from .matching import batch_pool
    from .matching.candidates import Reads
    from .matching.pipeline import page_cache, start_pool

    reads = Reads()  # what the index said, kept from chunk to chunk
    chunks = list(match_chunks(db.conn, ids))
    # the pages the last chunk read, kept for the next (not emptied after each); the
    # cyclic collector off from the first chunk to the last, not back on between
    # two (each time, a collection walked every object the chunk had made)
    with page_cache(db.conn), collector.paused():
        if chunks:  # a pooled first chunk's workers read its candidates while this process settles its aliases
            start_pool(db, chunks[0], reads, jobs)
        for n, chunk in enumerate(chunks):
            started = time.monotonic()
            ahead = chunks[n + 1] if n + 1 < len(chunks) else None  # probed for reprints while a pool scores this one
            summaries.append(retry_locked(lambda chunk=chunk, ahead=ahead: _match_new(db, chunk, reads, jobs, ahead),
                                          db.conn))
            if n + 1 < len(chunks) and not batch_pool.lock_freed(started, LOCK_GAP_SECONDS):
                # let a waiting writer (a verdict, a rebuild) in (not needed when
                # the chunk's workers scored it with the lock given up for as
                # long: ``batch_pool.links`` keeps it free at least that long)
                time.sleep(LOCK_GAP_SECONDS)
        collector.settle()  # what the chunks made and kept: not walked by a young collection first
    if len(summaries) > 1:
        report.match_summary = _totals(db.conn, ids, summaries)
    elif summaries:
        report.match_summary = summaries[0]


# The write lock is held while a chunk of articles is matched: a chunk holds
# about MATCH_CLAIMS claims (about two seconds of one core, one with two),
# so that Datasette recording a verdict waits seconds rather than the whole
# matching step.  Chunks are cut by counting claims, never by the clock, so
# the same load gives the same links on a busy machine and an idle one.
# Matching chunk after chunk gives what loading them one after another would
# (a link across chunks is found from the later side).
MATCH_CLAIMS = 1_200
MATCH_CHUNK = 500  # articles at most


def match_chunks(conn: sqlite3.Connection, article_ids: list[str]) -> Iterator[list[str]]:
    """``article_ids`` in order, cut into chunks of about ``MATCH_CLAIMS`` claims
    (and at most ``MATCH_CHUNK`` articles); an article is never split."""
    counts: dict[str, int] = {}
    for part in in_lists(article_ids):
        marks = ",".join("?" * len(part))
        counts.update(conn.execute(
            f"select article_id, count(*) from claims where article_id in ({marks}) group by article_id", part))
    chunk: list[str] = []
    claims = 0
    for ident in article_ids:
        chunk.append(ident)
        claims += counts.get(ident, 0)
        if claims >= MATCH_CLAIMS or len(chunk) >= MATCH_CHUNK:
            yield chunk
            chunk, claims = [], 0
    if chunk:
        yield chunk
# the counts of a matching step's summary that add up over steps, singular and plural
_COUNT = re.compile(r"(\d+) (duplicate articles?|speaker alias(?:es)? merged|previously checked)")
_ADDED_NOUNS = {"duplicate article": ("duplicate article", "duplicate articles"),
                "speaker alias merged": ("speaker alias merged", "speaker aliases merged"),
                "previously checked": ("previously checked", "previously checked")}


def _totals(conn: sqlite3.Connection, article_ids: list[str], summaries: list[str]) -> str:
    """The summary of several matching steps: links and stories as they now stand
    for these articles, duplicates, aliases and alerts added up."""
    links, drift, stories = set(), set(), set()
    for chunk in in_lists(article_ids):
        marks = ",".join("?" * len(chunk))
        mine = f"(select id from claims where article_id in ({marks}))"
        for a, b, kind in conn.execute(
            f"select claim_a, claim_b, kind from claim_matches where claim_a in {mine} "
            f"union select claim_a, claim_b, kind from claim_matches where claim_b in {mine}",
            chunk + chunk,
        ):
            links.add((a, b))
            if kind == "drift":
                drift.add((a, b))
        stories.update(
            r[0]
            for r in conn.execute(
                f"select distinct story_id from claims where article_id in ({marks}) and story_id is not null", chunk
            )
        )
    parts = [f"{counted(len(links), 'link')} ({len(drift)} drift)", counted(len(stories), "story", "stories")]
    added: dict[str, int] = {}
    for line in summaries:
        for number, label in _COUNT.findall(line or ""):
            key = label.replace("articles", "article").replace("aliases", "alias")
            added[key] = added.get(key, 0) + int(number)
    parts += [counted(n, *_ADDED_NOUNS[key]) for key, n in added.items() if n]
    return ", ".join(parts)


def _match_new(
    db: sqlite_utils.Database, article_ids: list[str], reads: Reads | None = None, jobs: int = 1,
    ahead: list[str] | None = None,
) -> str | None:
    """Link the new claims to the rest of the database, then raise alerts
    for any that repeat something already fact-checked."""
    from .factchecks.alerts import refresh_for_articles

    summary = match_articles(db, article_ids, reads=reads, workers=jobs, ahead=ahead)
    alerts = refresh_for_articles(db.conn, article_ids)
    if alerts:
        summary = f"{summary}, {alerts} previously checked" if summary else f"{alerts} previously checked"
    return summary
