"""The load pipeline: paths -> Documents -> Articles -> Claims -> rows.

This module only orchestrates; reading, cleaning, extraction and storage
each live in their own module.  Errors in one input are recorded and the
load goes on; articles are committed in batches, each article atomically.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import sqlite_utils

from . import corrections
from .articles import article_from_document
from .dates import normalise_date
from . import extract as _extract
from .extract import RuleFailure, extract_claims
from .factchecks.alerts import refresh_for_articles
from .fetch import FetchOptions
from .manifest import apply_manifests, find_manifests
from .matching.pipeline import match_articles
from .models import Article, Claim, Document
from .parallel import adopt, prepared
from .readers import LoadError, read_paths
from .store import open_db
from .store.articles import (
    record_error,
    refresh_speaker_counts,
    save_article,
)
from .transcripts import transcript_claims


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
    claims: int = 0
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)
    seconds: float = 0.0
    changed_article_ids: list[str] = field(default_factory=list)
    match_summary: str | None = None

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        parts = [
            f"{self.articles} articles ({self.new} new, {self.updated} updated, {self.unchanged} unchanged)",
            f"{self.claims} claims",
            f"{len(self.errors)} errors",
        ]
        if self.warnings:
            parts.append(f"{len(self.warnings)} warnings")
        if self.match_summary:
            parts.append(self.match_summary)
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def claims_for(article: Article) -> list[Claim]:
    """The claims of one article: a transcript's sentences, or extracted claims."""
    return claims_and_failures(article)[0]


def claims_and_failures(article: Article) -> tuple[list[Claim], list[RuleFailure]]:
    """The claims of one article and the extraction rules that failed on it."""
    if article.kind == "transcript":
        return transcript_claims(article), []
    if extract_claims is not _extract.extract_claims:
        # a substitute extractor put in this module's ``extract_claims`` seam
        return extract_claims(article), []
    report = _extract.extract_claims_report(article)
    return report.claims, report.failures


def rule_warning(path: str, article: Article, failure: RuleFailure) -> LoadError:
    """A failed rule as a load warning: the article loaded, without that rule's claims."""
    return LoadError(path, f"article {article.id}: {failure.describe()}", level="warning")


def process(doc: Document) -> tuple[Article, list[Claim]]:
    article = article_from_document(doc)
    return article, claims_for(article)


def iter_documents(
    paths: Iterable[str], overrides: Overrides | None = None, stdin=None,
    fetch_options: FetchOptions | None = None, manifest: str | None = None,
) -> Iterator[Document | LoadError]:
    paths = list(paths)
    items = read_paths(paths, stdin=stdin, fetch_options=fetch_options)
    for item in apply_manifests(items, find_manifests(paths, manifest)):
        if isinstance(item, Document) and overrides:
            overrides.apply(item)
        yield item


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many records a load will see, for the progress bar (None if unknown)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = []
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                files.extend(os.path.join(root, n) for n in names if not n.startswith("."))
        else:
            files.append(path)
        for f in files:
            if f.lower().endswith((".jsonl", ".ndjson")):
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
    **kwargs,
) -> LoadReport:
    """Load the articles found at ``paths`` into a claims database."""
    items = iter_documents(paths, overrides, stdin=stdin, fetch_options=fetch_options, manifest=manifest)
    return load_documents(db_or_path, items, **kwargs)


def load_documents(
    db_or_path,
    items: Iterable[Document | LoadError],
    batch_size: int = 200,
    progress: Callable[[int], None] | None = None,
    match: bool = True,
    jobs: int = 1,
) -> LoadReport:
    """Load Documents (and record LoadErrors) and report what happened.

    ``jobs`` > 1 extracts in that many processes (see parallel.py); the
    database is the same as with one.
    """
    started = time.perf_counter()
    db = db_or_path if isinstance(db_or_path, sqlite_utils.Database) else open_db(db_or_path)
    if isinstance(db_or_path, sqlite_utils.Database):
        open_db(db)
    report = LoadReport()
    pending = 0

    def commit():
        nonlocal pending
        if db.conn.in_transaction:
            db.conn.commit()
        pending = 0

    try:
        for item in prepared(items, jobs):
            if progress:
                progress(1 if not isinstance(item, LoadError) or item.level == "error" else 0)
            if isinstance(item, LoadError):
                (report.warnings if item.level == "warning" else report.errors).append(item)
                record_error(db, item.path, item.reason, item.level)
                continue
            if item.article is None:
                report.errors.append(item.error)
                record_error(db, item.error.path, item.error.reason)
                continue
            adopt(db, item)  # same text, same article (issue 13)
            article, claims = item.article, item.claims
            if item.error:  # extraction failed: keep the article (nothing is lost), say so
                report.errors.append(item.error)
                record_error(db, item.error.path, item.error.reason)
            for f in item.failures:
                warn = rule_warning(item.path, article, f)
                report.warnings.append(warn)
                record_error(db, warn.path, warn.reason, warn.level)
            if not db.conn.in_transaction:
                db.execute("BEGIN")
            status = save_article(db, article, claims)
            setattr(report, status, getattr(report, status) + 1)
            if status != "unchanged":
                report.claims += len(claims)
                report.changed_article_ids.append(article.id)
            pending += 1
            if pending >= batch_size:
                commit()
        commit()
        if report.changed_article_ids:
            corrections.apply(db.conn)  # a reloaded article keeps its reviewers' fixes
            refresh_speaker_counts(db)
            if match:
                report.match_summary = _match_new(db, report.changed_article_ids)
            commit()
    finally:
        if db.conn.in_transaction:
            db.conn.commit()
        report.seconds = time.perf_counter() - started
    return report


def _match_new(db: sqlite_utils.Database, article_ids: list[str]) -> str | None:
    """Link the new claims to the rest of the database, then raise alerts
    for any that repeat something already fact-checked."""
    summary = match_articles(db, article_ids)
    alerts = refresh_for_articles(db.conn, article_ids)
    if alerts:
        summary = f"{summary}, {alerts} previously checked" if summary else f"{alerts} previously checked"
    return summary
