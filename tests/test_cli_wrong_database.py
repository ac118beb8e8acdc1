"""A fact-checker's slips on the commands, from a first hour with a folder of
scraped articles: ``match`` (or ``refresh-alerts``, ``export-claimreview``)
pointed at another application's database gave it the plugin's thirty
tables and said "nothing to match"; a mistyped folder left an empty
``claims.db`` behind; ``extract`` given a database, as ``load`` takes one,
printed the other articles' JSON and an error about a "binary file".

Each slip is now one line on standard error, a non-zero status and nothing
written.  And ``datasette claims --help`` now names the first steps.  The
real CLI through Click's runner; invented articles.
"""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("Quay tolls to double\n"
         "ORRISFORD - Harbour chair Petra Lindqvist said on Monday that quay tolls would double in May.\n")


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def another_application(path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("create table invoices (id integer primary key, total real)")


@pytest.mark.parametrize("command", [["match"], ["refresh-alerts"], ["export-claimreview", "--author", "Quay Checks"]])
def test_a_database_that_is_not_ours_is_refused_and_left_untouched(tmp_path, command):
    other = tmp_path / "accounts.db"
    another_application(other)
    result = run(command[0], other, *command[1:])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line
    assert "accounts.db is not a claims database" in result.stderr
    assert "datasette claims load" in result.stderr
    assert "Traceback" not in result.output
    assert tables(other) == {"invoices"}


def test_an_empty_file_is_no_claims_database_for_match(tmp_path):
    empty = tmp_path / "claims.db"
    empty.write_bytes(b"")
    result = run("match", empty)
    assert result.exit_code == 2 and "is not a claims database" in result.stderr
    assert empty.read_bytes() == b""


def test_a_claims_database_is_still_matched(tmp_path):
    (tmp_path / "tolls.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "claims.db"
    assert run("load", db, tmp_path / "tolls.txt", "--no-match", "-q").exit_code == 0
    result = run("match", db)
    assert result.exit_code == 0, result.output
    assert "is not a claims database" not in result.output


def test_a_mistyped_folder_makes_no_new_database(tmp_path):
    (tmp_path / "articles").mkdir()
    result = run("load", tmp_path / "claims.db", tmp_path / "artciles")
    assert result.exit_code == 1
    assert "artciles: no such file or folder" in result.stderr
    assert "claims.db was not created" in result.stderr
    assert not (tmp_path / "claims.db").exists()


def test_a_missing_input_is_still_recorded_in_an_existing_database(tmp_path):
    (tmp_path / "tolls.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "claims.db"
    assert run("load", db, tmp_path / "tolls.txt", "-q").exit_code == 0
    result = run("load", db, tmp_path / "nowhere.txt", "-q")
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    with sqlite3.connect(db) as conn:
        reasons = [r[0] for r in conn.execute("select reason from load_errors")]
    assert reasons == ["no such file or folder"]


def test_extract_given_a_database_first_points_to_load(tmp_path):
    (tmp_path / "tolls.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "claims.db"
    assert run("load", db, tmp_path / "tolls.txt", "-q").exit_code == 0
    result = run("extract", db, tmp_path / "tolls.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "claims.db is a SQLite database" in result.stderr
    assert f"datasette claims load {db}" in result.stderr


def test_the_claims_help_says_where_to_start():
    result = run("--help")
    assert result.exit_code == 0
    for step in ("datasette claims demo", "datasette claims load claims.db articles/", "datasette claims.db"):
        assert step in result.output


def test_import_factchecks_with_its_arguments_swapped_says_swap(tmp_path):
    checks = tmp_path / "checks.jsonl"
    checks.write_text('{"claim": "Quay tolls will double in May", "rating": "False"}\n', encoding="utf-8")
    db = tmp_path / "claims.db"
    assert run("import-factchecks", db, checks).exit_code == 0
    result = run("import-factchecks", checks, db)
    assert result.exit_code == 2
    assert "did you swap the arguments?" in result.stderr and "import-factchecks DB_PATH FILES" in result.stderr


@pytest.mark.parametrize("what", ["database", "random bytes"])
def test_import_factchecks_of_a_binary_file_is_one_line_not_a_traceback(tmp_path, what):
    db = tmp_path / "claims.db"
    (tmp_path / "tolls.txt").write_text(STORY, encoding="utf-8")
    assert run("load", db, tmp_path / "tolls.txt", "-q").exit_code == 0
    if what == "database":
        given = db
    else:
        given = tmp_path / "dump.bin"
        given.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(3000)))
    result = CliRunner().invoke(cli, ["claims", "import-factchecks", str(db), str(given)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    said = "a SQLite database, not fact-checks" if what == "database" else "not ClaimReview, JSON or a table"
    assert said in result.stderr


@pytest.mark.parametrize("name", ["empty.txt", "feed.jsonl", "page.html", "feed.jsonl.gz"])
def test_an_empty_article_file_named_first_is_not_made_a_database(tmp_path, name):
    """SQLite reads an empty file as an empty database: ``load empty.txt story.txt``
    made the (empty) article file a claims database, and said nothing."""
    empty = tmp_path / name
    empty.write_bytes(b"")
    story = tmp_path / "story.txt"
    story.write_text("Harbour master Ilse Varg said the quay at Brenmouth would stay open all winter.\n")
    result = CliRunner().invoke(cli, ["claims", "load", str(empty), str(story)])
    assert result.exit_code == 2, result.output
    assert "is an empty file named as an article" in result.output and "swap the arguments" in result.output
    assert empty.stat().st_size == 0


def test_an_empty_file_named_as_a_database_is_made_one(tmp_path):
    db = tmp_path / "claims.db"
    db.write_bytes(b"")
    story = tmp_path / "story.txt"
    story.write_text("Harbour master Ilse Varg said the quay at Brenmouth would stay open all winter.\n")
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(story)])
    assert result.exit_code == 0, result.output
    assert db.stat().st_size > 0


def test_load_given_only_the_articles_folder_says_the_database_comes_first(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "quay.txt").write_text(STORY, encoding="utf-8")
    result = run("load", folder)
    assert result.exit_code == 2
    assert "the database comes first" in result.stderr and f"claims.db {folder}" in result.stderr
    assert "Missing argument" not in result.output
    assert list(tmp_path.iterdir()) == [folder]  # no database made


def test_load_given_only_a_database_asks_for_the_articles(tmp_path):
    db = tmp_path / "claims.db"
    result = run("load", db)
    assert result.exit_code == 2
    assert "no articles given" in result.stderr
    assert not db.exists()
