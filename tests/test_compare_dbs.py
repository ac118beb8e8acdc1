"""benchmarks/compare_dbs.py, the check that a faster loader writes the same
database: it accepts two loads of the same input and finds a changed row, a
changed rowid and a changed full-text index."""

from __future__ import annotations

import importlib.util
import pathlib
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

_SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "compare_dbs.py"
_spec = importlib.util.spec_from_file_location("compare_dbs", _SCRIPT)
compare_dbs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare_dbs)

TEXTS = [
    "Ferry plans\n\nThe harbour commissioner, Marta Quellan, said the new ferry terminal would open in June. "
    '"We have kept every promise," said Tobias Fenwright, a spokesman for the rail union.',
    "Bridge repairs\n\nIlse Varnow, the regional health minister, said that the bridge repairs had cost twice "
    "what was promised. According to Dario Pellucci, nobody was consulted about the tram timetable.",
]


def _load(tmp_path, name: str) -> str:
    folder = tmp_path / "in"  # the same files: the rows hold their paths
    folder.mkdir(exist_ok=True)
    for n, text in enumerate(TEXTS):
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / f"{name}.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(folder), "--no-match"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return str(db)


def test_two_loads_of_the_same_input_are_the_same(tmp_path, capsys):
    a, b = _load(tmp_path, "a"), _load(tmp_path, "b")
    with sqlite3.connect(b) as conn:  # when a row was loaded is not what it holds
        conn.execute("update articles set loaded_at = '2001-01-01T00:00:00+00:00'")
    assert compare_dbs.compare(a, b)
    out = capsys.readouterr().out
    assert "DIFFERENT" not in out and "claims_fts index" in out


def test_a_changed_claim_is_found(tmp_path):
    a, b = _load(tmp_path, "a"), _load(tmp_path, "b")
    with sqlite3.connect(b) as conn:
        assert conn.execute("select count(*) from claims").fetchone()[0] >= 2
        conn.execute("update claims set said_to = 'the council' where rowid = 1")
    assert not compare_dbs.compare(a, b)


def test_a_changed_rowid_is_found(tmp_path):
    a, b = _load(tmp_path, "a"), _load(tmp_path, "b")
    with sqlite3.connect(b) as conn:
        top = conn.execute("select max(rowid) from load_errors").fetchone()[0] or 0
        conn.execute("insert into load_errors (id, path, reason, level) values (?, 'x', 'y', 'error')", [top + 5])
    with sqlite3.connect(a) as conn:
        conn.execute("insert into load_errors (id, path, reason, level) values (?, 'x', 'y', 'error')", [top + 1])
    assert not compare_dbs.compare(a, b)


def test_a_changed_full_text_index_is_found(tmp_path):
    a, b = _load(tmp_path, "a"), _load(tmp_path, "b")
    with sqlite3.connect(b) as conn:  # the index alone loses a row: the tables still agree
        rowid, content, speaker, source = conn.execute(
            "select rowid, content, speaker, source_text from claims order by rowid limit 1").fetchone()
        conn.execute("insert into claims_fts (claims_fts, rowid, content, speaker, source_text) "
                     "values ('delete', ?, ?, ?, ?)", [rowid, content, speaker, source])
    assert not compare_dbs.compare(a, b)
