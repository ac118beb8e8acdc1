"""Word-for-word copies in merged dumps are warnings; the same id with another text is an error.

Overlapping dumps merged into one load carry the same record twice: nothing
is lost, so the copy is a warning row naming where the article was loaded
from, and the exit status stays 0 for ``set -e`` scripts.  The same id with
another text is a real conflict: an error row, exit status 1.
Invented records; the real CLI through Click's runner, into real SQLite files.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

TEXT = "The lock keeper, Idris Penhallow, said on Friday that the canal would close for a week in June."


def record(ident: str, text: str = TEXT, **extra) -> str:
    return json.dumps({"id": ident, "title": "Canal to close", "text": text, **extra})


def write(tmp_path, name: str, *lines: str) -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def load(db_path, *paths, jobs: str = "1"):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *paths, "--jobs", jobs])


def errors(db_path) -> list[tuple]:
    return sqlite_utils.Database(db_path).execute("select path, reason, level from load_errors order by id").fetchall()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_identical_copy_is_a_warning_and_exit_status_0(tmp_path, jobs):
    others = [record(f"other-{i}", f"The ferryman, Col Dunmore {i}, said the river was high.") for i in range(10)]
    first = write(tmp_path, "monday.jsonl", record("canal-1"), *others)
    second = write(tmp_path, "tuesday.jsonl", *others[5:], record("canal-1"))
    db = tmp_path / "merged.db"
    result = load(db, first, second, jobs=jobs)
    assert result.exit_code == 0, result.output
    rows = errors(db)
    assert len(rows) == 6 and all(level == "warning" for _, _, level in rows)
    assert rows[-1][0].endswith("tuesday.jsonl:6") and f"already loaded from {first}:1" in rows[-1][1]
    assert "11 articles (11 new" in result.output and "6 copies skipped" in result.output
    again = load(db, first, second, jobs=jobs)  # loaded again: the same warnings, no new rows
    assert again.exit_code == 0, again.output
    assert errors(db) == rows


def test_the_same_id_with_another_text_stays_an_error(tmp_path):
    first = write(tmp_path, "a.jsonl", record("canal-1"))
    second = write(tmp_path, "b.jsonl", record("canal-1", TEXT.replace("a week", "a fortnight")))
    db = tmp_path / "merged.db"
    result = load(db, first, second)
    assert result.exit_code == 1, result.output
    (path, reason, level), = errors(db)
    assert level == "error" and path.endswith("b.jsonl:1")
    assert "duplicate id 'canal-1' with another text" in reason and first in reason
    text, = sqlite_utils.Database(db).execute("select text from articles").fetchone()
    assert text == TEXT  # the first copy is the one kept


def test_the_same_text_twice_without_ids_is_a_copy(tmp_path):
    for name in ("notice.txt", "notice-copy.txt"):
        (tmp_path / name).write_text("Canal to close\n\n" + TEXT + "\n", encoding="utf-8")
    db = tmp_path / "copies.db"
    result = load(db, str(tmp_path / "notice.txt"), str(tmp_path / "notice-copy.txt"))
    assert result.exit_code == 0, result.output
    assert [level for _, _, level in errors(db)] == ["warning"]
