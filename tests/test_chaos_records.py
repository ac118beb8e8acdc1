"""JSON records of the wrong shape: what the user is told, row by row.

Scraped and exported dumps put odd values under the usual keys: a number
where the text goes, a list of paragraphs, a date as a list or as
MongoDB's ``{"$date": ...}``.  None may vanish without a word: a record
that cannot load is an error row saying what its text key held, and a date
that was left out is a warning row.  Real CLI, real SQLite, invented text.
"""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

SAID = "The ferry captain, Nell Tarrant, said on Tuesday that the crossing would resume after the gale."


def load_lines(tmp_path, records) -> tuple[int, dict[str, tuple[str, str]]]:
    dump = tmp_path / "odd.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(dump)])
    rows = sqlite_utils.Database(tmp_path / "c.db").query("select path, reason, level from load_errors")
    return result.exit_code, {r["path"].rsplit(":", 1)[1]: (r["level"], r["reason"]) for r in rows}


def test_a_text_key_of_the_wrong_kind_is_named(tmp_path):
    status, rows = load_lines(tmp_path, [
        {"id": "a", "text": SAID},
        {"id": "b", "text": 20240501},
        {"id": "c", "body": ["The mayor said the bridge would open.", "She said it twice."]},
        {"id": "d", "content": True},
        {"id": "e", "content": {"rendered": SAID.replace("Tuesday", "Friday")}},  # read, as before
    ])
    assert status == 1
    assert rows == {
        "2": ("error", "record has no article text: its 'text' is a number (20240501), not text"),
        "3": ("error", "record has no article text: its 'body' is a list of 2 strings, not text"),
        "4": ("error", "record has no article text: its 'content' is true, not text"),
    }


def test_a_date_that_is_not_a_string_is_a_warning_and_the_article_loads(tmp_path):
    status, rows = load_lines(tmp_path, [
        {"id": "a", "text": SAID, "published": [2024, 5, 1]},
        {"id": "b", "text": SAID.replace("Tuesday", "Monday"), "date": {"$date": "2024-05-01T09:00:00Z"}},
        {"id": "c", "text": SAID.replace("Tuesday", "Sunday"), "date": 1714554000},  # seconds: a date
    ])
    assert status == 0
    assert rows == {
        "1": ("warning", "published date not understood: [2024, 5, 1]"),
        "2": ("warning", 'published date not understood: {"$date": "2024-05-01T09:00:00Z"}'),
    }
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert {r["id"]: r["published"] for r in db.query("select id, published from articles")} == {
        "a": None, "b": None, "c": "2024-05-01"}
