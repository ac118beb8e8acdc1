"""``datasette claims export-claimreview`` says what it did: how many reviews went to the
file named by ``-o``, and, with no verdict recorded yet, that there was nothing to export
(it wrote ``[]`` and nothing else).  Standard output stays the JSON alone.

Invented database (conftest's VIEW_DOCS), the real CLI."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

ARGS = ["--author", "Harbour Checks", "--base-url", "https://checks.example"]


def _export(db, *more):
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", db, *ARGS, *more], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_no_verdicts_yet_says_there_is_nothing_to_export(claims_db_path):
    result = _export(claims_db_path)
    assert json.loads(result.stdout) == []
    assert "no current verdicts" in result.stderr and "/claims/-/claims" in result.stderr


def test_a_file_named_by_o_is_counted(claims_db_path, tmp_path):
    with sqlite3.connect(claims_db_path) as conn:
        conn.executemany("insert into verdicts (claim_id, rating, reviewer, created) values (?, 'False', 'alice', "
                         "'2026-01-02T03:04:05+00:00')", [("planet-1:0-50",), ("hansard.2020/01:0-50",)])
    out = tmp_path / "reviews.json"
    result = _export(claims_db_path, "-o", str(out))
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2
    assert f"2 reviews written to {out}" in result.stderr and result.stdout == ""
    to_stdout = _export(claims_db_path)
    assert len(json.loads(to_stdout.stdout)) == 2 and "written to" not in to_stdout.stderr
