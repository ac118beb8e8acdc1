"""A bad input loaded again is reported again but not recorded twice: the
``load_errors`` table says which inputs need a look, and loading the same
folder a second time changes nothing in the database."""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner
from datasette.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def errors(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select path, reason, level, created from load_errors order by id").fetchall()
    finally:
        conn.close()


def test_the_same_bad_inputs_loaded_twice_are_one_row_each(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Ferry fares will rise in March, the harbour board said on Tuesday.\n\n"
        '"We have no other way to pay for the new pier," said Ivo Brandt, the board\'s chair.\n')
    (folder / "empty.txt").write_text("")
    (folder / "feed.jsonl").write_text('{"id": "x1", "text": "The pier opens in May, the board said."}\n'
                                       '{"id": "x2", "text": \n')
    db = tmp_path / "claims.db"
    first = run("load", db, folder, "-q", "--no-match")
    assert first.exit_code == 1
    recorded = errors(db)
    assert len(recorded) >= 2
    again = run("load", db, folder, "-q", "--no-match")
    assert again.exit_code == 1  # still said: the inputs are still bad
    assert errors(db) == recorded


def test_a_new_reason_for_the_same_input_is_a_new_row(tmp_path):
    db = tmp_path / "claims.db"
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{"id": "x2", "text": \n')
    run("load", db, bad, "-q", "--no-match")
    bad.write_text('{"id": "x2", "text": 7}\n')
    run("load", db, bad, "-q", "--no-match")
    reasons = [r[1] for r in errors(db)]
    assert len(reasons) == 2 and reasons[0] != reasons[1]
