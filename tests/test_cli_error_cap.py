"""A dump with thousands of broken lines: the screen shows the first errors and
counts the rest; every one is still a load_errors row and the exit status is 1."""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.cli.load import ERRORS_SHOWN


def test_many_broken_lines_are_counted_not_all_printed(tmp_path):
    good = {"id": "a1", "title": "Harbour",
            "text": "Mayor Ana Roe said on Monday that the Sorvik harbour would reopen."}
    lines = [json.dumps(good)] + ["{broken" for _ in range(ERRORS_SHOWN + 30)]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(dump), "--no-match"])
    assert result.exit_code == 1
    shown = [line for line in result.output.splitlines() if line.startswith("error: ") and "dump.jsonl:" in line]
    assert len(shown) == ERRORS_SHOWN
    assert "error: 30 more errors (every one is in the load_errors table)" in result.output
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from load_errors where level = 'error'").fetchone()[0] == ERRORS_SHOWN + 30
    assert db.execute("select count(*) from articles").fetchone()[0] == 1
