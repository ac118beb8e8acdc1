"""The load command as a newcomer types it: arguments swapped, one article.

Invented text; the real CLI through Click's runner.
"""

from __future__ import annotations

from click.testing import CliRunner
from datasette.cli import cli

STORY = ("Mooring fees to rise by a fifth\n"
         "KESTREL BAY - The harbour board will raise mooring fees by a fifth, chair Ruth Okoye said on Monday.\n")


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def test_folder_given_where_the_database_goes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fees.txt").write_text(STORY, encoding="utf-8")
    result = run("load", folder, tmp_path / "claims.db")
    assert result.exit_code == 2
    assert "is a folder, not a database file" in result.output
    assert "did you swap the arguments?" in result.output
    assert not (tmp_path / "claims.db").exists()


def test_summary_counts_one_of_each_in_the_singular(tmp_path):
    (tmp_path / "fees.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("load", tmp_path / "claims.db", tmp_path / "fees.txt", tmp_path / "empty.txt", "-q")
    assert result.exit_code == 1
    assert "1 article (1 new, 0 updated, 0 unchanged), 1 claim, 1 error" in result.output


def test_a_saved_copy_is_the_duplicate_not_the_original(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("fees.txt", "fees (1).txt", "fees-copy.txt"):
        (folder / name).write_text(STORY, encoding="utf-8")
    result = run("load", tmp_path / "claims.db", folder, "-q")
    # a word-for-word copy loses nothing: a warning naming the original, exit status 0
    assert result.exit_code == 0
    assert f"warning: {folder / 'fees (1).txt'}: already loaded from {folder / 'fees.txt'}" in result.output
    assert f"warning: {folder / 'fees-copy.txt'}: already loaded from {folder / 'fees.txt'}" in result.output
    assert "1 article (1 new" in result.output and "2 copies skipped" in result.output


def test_url_for_more_than_one_file_says_what_was_given(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fees.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "claims.db"
    for inputs, given in (([folder], "not a folder"), ([folder / "fees.txt", folder / "fees.txt"], "not 2 inputs"),
                          (["-"], "not standard input")):
        result = run("load", db, *inputs, "--url", "https://bay.example/fees")
        assert result.exit_code == 2
        assert f"--url, --outlet and --date apply to a single file, {given}" in result.output
    assert not db.exists()


def test_an_article_given_to_match_is_not_told_to_swap_arguments(tmp_path):
    # `claims match` takes the database alone: there is nothing to swap.
    story = tmp_path / "fees.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("match", story)
    assert result.exit_code == 2
    assert "is not a SQLite database: it looks like an article" in result.output
    assert "swap" not in result.output
    assert "datasette claims load DB_PATH FILES" in result.output


def test_an_article_given_to_load_as_the_database_says_swap(tmp_path):
    story = tmp_path / "fees.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run("load", story, tmp_path / "claims.db")
    assert result.exit_code == 2
    assert "it looks like an article (did you swap the arguments?" in result.output
