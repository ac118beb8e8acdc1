"""benchmarks/bench_scale.py's SQLite floors: the rows a load wrote inserted again into
the whole schema, into the three tables with their keys and full-text index only (the
issue's "bare inserts with FTS"), and with their keys alone; and the extract output's
JSON decoded alone.  What any load of extract output pays, whatever the loader does.

A real load of invented articles, then each floor in a child process as the benchmark
runs it, and the databases each leaves read back."""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import sqlite3
import subprocess
import sys

import pytest

from datasette_claims.loader import load

_SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "bench_scale.py"
_spec = importlib.util.spec_from_file_location("bench_scale", _SCRIPT)
bench_scale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_scale)

TEXTS = [
    "The lighthouse keeper, Orla Pemberton, said the beacon would be rebuilt by spring. "
    '"Every lamp will be replaced," said Caspar Ingleby, a spokesman for the coast guild.',
    "Hedda Marrowby, the county roads minister, said the causeway had flooded twice this winter. "
    "According to Ferris Oakhollow, no engineer inspected the sluice gates.",
]


def _child(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(_SCRIPT.parent.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def loaded(tmp_path) -> str:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"coast-{n}", "headline": f"Coast notice {n}", "text": text}) + "\n"
                           for n, text in enumerate(TEXTS)), encoding="utf-8")
    db = str(tmp_path / "loaded.db")
    report = load(db, [str(src)], match=False)
    assert report.articles == 2 and report.claims >= 2
    return db


def _schema(path: str) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return set(conn.execute("select type, name from sqlite_master where tbl_name in ('articles', 'claims', "
                                "'speakers') and type in ('index', 'trigger') and sql is not null"))


def _found(path: str, word: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from claims_fts where claims_fts match ?", [word]).fetchone()[0]


def test_each_floor_writes_the_loaded_rows_into_its_own_schema(loaded, tmp_path):
    with sqlite3.connect(loaded) as conn:
        claims = conn.execute("select * from claims order by rowid").fetchall()
    floors = {}
    for mode in ("", "keys", "rows"):
        path = str(tmp_path / f"floor-{mode or 'all'}.db")
        result = _child(bench_scale.FLOOR, loaded, path, *([mode] if mode else []))
        assert result["articles"] == 2 and result["cpu_s"] > 0
        with sqlite3.connect(path) as conn:
            assert conn.execute("select * from claims order by rowid").fetchall() == claims
        floors[mode] = path
    everything, keys, rows = (_schema(floors[m]) for m in ("", "keys", "rows"))
    assert keys == {("trigger", "articles_ai"), ("trigger", "claims_ai")}  # the full text's inserts only
    assert rows == set()
    assert keys < everything and ("index", "idx_claims_speaker_id") in everything
    assert _found(floors[""], "beacon") == _found(floors["keys"], "beacon") == 1  # full text filled as it went
    assert _found(floors["rows"], "beacon") == 0  # no full text at all


def test_decoding_reads_every_line_of_extract_output(tmp_path):
    out = tmp_path / "extracted.jsonl"
    out.write_text('{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n', encoding="utf-8")
    result = _child(bench_scale.DECODE, str(out))
    assert result["articles"] == 2 and result["cpu_s"] >= 0


def test_the_floors_bound_articles_per_second_over_the_cores():
    results = {bench_scale.FLOOR_KEYS: {"articles": 1000, "cpu_s": 0.6, "per_s": 1500.0},
               bench_scale.FLOOR_ROWS: {"articles": 1000, "cpu_s": 0.2, "per_s": 4000.0},
               bench_scale.DECODING: {"articles": 1000, "cpu_s": 0.2, "per_s": 5000.0}}
    parts = list(bench_scale.floor_parts(results, 2).values())
    assert parts == [1500.0, pytest.approx(2 / 3), 0.2, pytest.approx(2000 / 0.8)]
    assert bench_scale.floor_parts({}, 2) == {}  # (a run without these phases: nothing printed)
