"""A load in one process extracts in the writer's own thread, between its batches.

With workers, a reader thread takes their results while the writer is inside
SQLite; with one process a reader thread extracting beside the writer gained
nothing by the clock and cost the load 4-8% more CPU (every statement of the
writer took the GIL back from it).  These tests check where the extraction runs
and that the database is the one the two-thread load made: real SQLite, the real
command, invented articles.
"""

from __future__ import annotations

import json
import sqlite3
import threading

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims import loader, parallel
from datasette_claims.models import Document

PEOPLE = ["Marta Quellan", "Tobias Fenwright", "Ilse Varnow", "Dario Pellucci"]


def _records(n: int) -> list[dict]:
    out = []
    for k in range(n):
        name = PEOPLE[k % len(PEOPLE)]
        text = (f'"The ferry to Port Halden will run all winter," said {name}, the harbour commissioner. '
                f"{PEOPLE[(k + 1) % len(PEOPLE)]} said that the tram timetable number {k} had never been approved.")
        out.append({"id": f"halden-{k}", "title": f"Harbour story {k}", "outlet": "Halden Post", "text": text,
                    "published": f"2024-03-{k % 27 + 1:02}"})
    return out


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _threads_seen(monkeypatch) -> list[tuple[str, list[str]]]:
    """Wrap the extractor: record the thread it runs in and the threads alive then."""
    from datasette_claims import extract

    seen: list[tuple[str, list[str]]] = []

    def recording(article):
        seen.append((threading.current_thread().name, [t.name for t in threading.enumerate()]))
        return extract.extract_claims_report(article).claims

    monkeypatch.setattr(loader, "extract_claims", recording)
    return seen


def test_one_process_load_extracts_in_the_writers_thread(tmp_path, monkeypatch):
    seen = _threads_seen(monkeypatch)
    src = _write(tmp_path / "in.jsonl", _records(20))
    report = loader.load(str(tmp_path / "one.db"), [src], match=False, jobs=1)
    assert report.new == 20 and report.claims > 0 and not report.errors
    assert len(seen) == 20
    main = threading.main_thread().name
    assert all(name == main for name, _ in seen)
    assert not any("datasette-claims-reader" in alive for _, alive in seen)


def test_for_load_starts_no_thread_without_workers():
    docs = [Document(text=f"Marta Quellan said that the pier number {k} was safe.", path=f"d{k}.txt", id=f"d{k}")
            for k in range(12)]
    before = {t.ident for t in threading.enumerate()}
    items = parallel.for_load(iter(docs), jobs=1)
    first = next(items)
    assert {t.ident for t in threading.enumerate()} == before  # no reader thread
    rest = list(items)
    assert [p.article_id for p in [first, *rest]] == [f"d{k}" for k in range(12)]
    assert all(p.rows is not None for p in [first, *rest])


def test_a_short_input_with_jobs_is_read_in_the_writers_thread_too():
    docs = [Document(text="Ilse Varnow said that the harbour wall was sound.", path="s.txt", id="s1")]
    before = {t.ident for t in threading.enumerate()}
    got = list(parallel.for_load(iter(docs), jobs=2))  # fewer records than a chunk: no workers started
    assert [p.article_id for p in got] == ["s1"]
    assert {t.ident for t in threading.enumerate()} == before


def _dump(path: str) -> dict:
    conn = sqlite3.connect(path)
    tables = {}
    for table in ("articles", "claims", "speakers", "claim_scores", "articles_fts", "claims_fts"):
        cols = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in ("loaded_at",)]
        names = ", ".join(f'"{c}"' for c in cols)
        tables[table] = conn.execute(f"select rowid, {names} from {table} order by rowid").fetchall()
    tables["search"] = conn.execute(
        "select rowid from claims_fts where claims_fts match 'ferry' order by rowid").fetchall()
    conn.close()
    return tables


def test_the_command_with_one_job_stores_what_the_reader_thread_stored(tmp_path, monkeypatch):
    src = _write(tmp_path / "in.jsonl", _records(24))
    runner = CliRunner()
    one = str(tmp_path / "one.db")
    result = runner.invoke(cli, ["claims", "load", one, src, "--jobs", "1", "--no-match", "-q"])
    assert result.exit_code == 0, result.output
    # the same load with a reader thread extracting beside the writer, as before
    monkeypatch.setattr("datasette_claims.extracted_feed.for_load",
                        lambda items, jobs=1: parallel.ahead(parallel.prepared(items, jobs, rows=True)))
    two = str(tmp_path / "threaded.db")
    result = runner.invoke(cli, ["claims", "load", two, src, "--jobs", "1", "--no-match", "-q"])
    assert result.exit_code == 0, result.output
    first, second = _dump(one), _dump(two)
    assert first["claims"] and first["search"]
    assert first == second
