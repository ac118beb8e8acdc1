"""The content hash of an extract record's rows is the record's own hash.

A reload of the same ``claims extract`` output is "unchanged" and writes
nothing; a record that differs is "updated"; and a database whose articles
carry the rows' hash (what a release before the record's hash stored) is
still "unchanged" when the same file is loaded again after upgrading.

Invented sentences, the real command, real SQLite.
"""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.models import Document
from datasette_claims.store.articles import fingerprint_values, rows_hash
from datasette_claims.store.record_rows import record_rows

TEXTS = [
    '"The ferry will run all winter," said Marta Quellan, the harbour commissioner.\n\n'
    "Tobias Fenwright, a spokesman for the rail union, said the tram timetable was never approved.",
    "According to Ilse Varnow, the clinic is the busiest in the valley.\n\n"
    '"We will open a second ward in May," said Oskar Brenning, who runs the clinic.',
]


def claims(*args, input=None):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], input=input, catch_exceptions=False)


def _output(tmp_path):
    records = "".join(json.dumps({"id": f"valley-{n}", "text": text}) + "\n" for n, text in enumerate(TEXTS))
    out = claims("extract", "-", input=records)
    assert out.exit_code == 0, out.output
    path = tmp_path / "out.jsonl"
    path.write_text(out.stdout, encoding="utf-8")
    assert all(json.loads(line)["claims"] for line in out.stdout.splitlines())
    return path


def _hashes(db) -> dict:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select id, content_hash from articles"))


def _rows_hash(record: dict, path: str) -> str:
    """What a release before the record's hash stored for this record: the rows' JSON hash."""
    rows = record_rows(Document(text=record["text"], path=path, id=record["id"], clean=True, extracted=record))
    return fingerprint_values(rows.row, rows.claim_values)


def test_the_same_output_again_is_unchanged_and_another_record_an_update(tmp_path):
    out = _output(tmp_path)
    db = tmp_path / "c.db"
    assert "2 new" in claims("load", db, out, "--no-match").output
    first = _hashes(db)
    again = claims("load", db, out, "--no-match", "--jobs", 2)
    assert "0 new, 0 updated, 2 unchanged" in again.output, again.output
    assert _hashes(db) == first
    lines = out.read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[1])
    changed["claims"] = changed["claims"][:1]  # a claim fewer: other rows
    out.write_text(lines[0] + "\n" + json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    result = claims("load", db, out, "--no-match")
    assert "0 new, 1 updated, 1 unchanged" in result.output, result.output
    assert _hashes(db)["valley-0"] == first["valley-0"] and _hashes(db)["valley-1"] != first["valley-1"]


def test_a_database_of_the_rows_hash_reloads_unchanged_after_upgrading(tmp_path):
    out = _output(tmp_path)
    db = tmp_path / "c.db"
    claims("load", db, out, "--no-match")
    first = _hashes(db)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with sqlite3.connect(db) as conn:  # the articles as the release before stored them
        for record in records:
            (path,) = conn.execute("select source_path from articles where id = ?", [record["id"]]).fetchone()
            conn.execute("update articles set content_hash = ? where id = ?", [_rows_hash(record, path), record["id"]])
    before = _hashes(db)
    assert len(before) == 2 and before != first
    for jobs in (1, 2):
        result = claims("load", db, out, "--no-match", "--jobs", jobs)
        assert "0 new, 0 updated, 2 unchanged" in result.output, result.output
        assert _hashes(db) == before  # nothing written, not even the hash
    # and from a renamed copy of the file: the stored path is kept, still unchanged
    copy = tmp_path / "copy.jsonl"
    copy.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    result = claims("load", db, copy, "--no-match")
    assert "0 new, 0 updated, 2 unchanged" in result.output, result.output


def test_a_renamed_copy_of_the_output_is_unchanged(tmp_path):
    out = _output(tmp_path)
    db = tmp_path / "c.db"
    claims("load", db, out, "--no-match")
    first = _hashes(db)
    copy = tmp_path / "renamed.jsonl"
    copy.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    result = claims("load", db, copy, "--no-match", "--jobs", 2)
    assert "0 new, 0 updated, 2 unchanged" in result.output, result.output
    assert _hashes(db) == first


def test_a_record_marshal_cannot_write_is_hashed_as_its_rows():
    from datetime import date

    from datasette_claims import parallel
    from datasette_claims.store.record_rows import record_hash

    record = {"id": "valley-9", "text": TEXTS[0], "claims": [], "paragraphs": [[0, 10]], "when": date(2024, 5, 1)}
    assert record_hash(record) is None
    doc = Document(text=TEXTS[0], path="mem", id="valley-9", clean=True, extracted=record)
    assert record_rows(doc) is None  # the general path, which hashes the rows
    rows = parallel.prepare(doc, rows=True).rows
    assert rows.record_hash is None and rows.digest == rows_hash(rows.row, rows.claim_values)
