"""Write parsed fact-checks (and the problems met) into the claims database."""

from __future__ import annotations

from dataclasses import dataclass, field

from .parse import FactCheck, LeftOut, Problem, left_out
from ..store.connection import has_table
from ..text import counted
from .records import now

COLUMNS = (
    "id", "claim", "claimant", "claim_date", "rating", "rating_value", "best_rating", "worst_rating",
    "title", "url", "publisher", "review_date", "language", "format", "source",
)


@dataclass
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    # (fact-check id, what was left out of it): imported, a field emptied
    warnings: list[tuple[str, LeftOut]] = field(default_factory=list)
    alerts: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        text = (
            f"{counted(self.total, 'fact-check')} ({self.added} new, {self.updated} updated, "
            f"{self.unchanged} unchanged), {counted(len(self.problems), 'malformed record')} skipped"
        )
        if self.warnings:
            fields = len({ident for ident, _ in self.warnings})
            text += f", {fields} imported with a field left out"
        if self.alerts:
            text += f", {counted(self.alerts, 'new alert')}"
        return text


def _safe(text: str | None) -> str | None:
    """SQLite stores only valid Unicode: lone surrogates become U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if text else text


def import_factchecks(conn, items, source: str) -> ImportReport:
    """Upsert FactCheck records by id; record Problems in ``factcheck_errors``, and as
    ``warning:`` rows there the fields left out of records that were imported (``parse.left_out``).

    Idempotent: importing the same file again changes nothing (same ids, and
    the source's earlier error rows are replaced by this run's).  The caller
    owns the transaction.
    """
    if not has_table(conn, "factchecks"):
        raise RuntimeError("the factchecks table is missing; open the database with store.open_db() first")
    report = ImportReport(source=source)
    stamp = now()
    source = _safe(source)
    conn.execute("delete from factcheck_errors where source = ?", [source])
    seen = set()
    placeholders = ", ".join("?" for _ in COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "id")
    for item in items:
        if isinstance(item, Problem):
            report.problems.append(item)
            conn.execute(
                "insert into factcheck_errors (source, record, reason, created) values (?, ?, ?, ?)",
                [_safe(source), _safe(item.record), _safe(f"{item.where}: {item.reason}"), stamp],
            )
            continue
        assert isinstance(item, FactCheck)
        for gone in left_out(item):
            report.warnings.append((item.id, gone))
            conn.execute(
                "insert into factcheck_errors (source, record, reason, created) values (?, ?, ?, ?)",
                [source, _safe(item.claim[:500]), _safe(f"warning: fact-check {item.id}: {gone}"), stamp],
            )
        row = item.as_row()
        row["source"] = source
        values = [row.get(c) for c in COLUMNS]
        existing = conn.execute(f"select {', '.join(COLUMNS)} from factchecks where id = ?", [item.id]).fetchone()
        if existing is not None and tuple(existing) == tuple(values):
            report.unchanged += 1
            continue
        if item.id in seen:
            report.unchanged += 1  # a duplicate within the file: the later copy wins
        elif existing is None:
            report.added += 1
        else:
            report.updated += 1
        seen.add(item.id)
        conn.execute(
            f"insert into factchecks ({', '.join(COLUMNS)}, imported) values ({placeholders}, ?) "
            f"on conflict(id) do update set {updates}",
            values + [stamp],
        )
    return report
