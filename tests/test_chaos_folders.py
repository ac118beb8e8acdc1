"""Folders as people leave them: linked sub-folders, link loops, folders that
cannot be read, tables and feeds among the articles.

Nothing in a loaded folder may be passed over without a word: every file is
loaded or is a ``load_errors`` row saying why not, and how to load it when
it was meant.  Real CLI, real SQLite, real files and links, invented text.
"""

from __future__ import annotations

import os

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("The lock keeper, Aled Price, said on Wednesday that the canal would reopen to boats in May. "
         '"The new gates are in," Price told the boating club.')
OTHER = ("The head teacher, Nia Rowe, said on Monday that the school roof would be mended over the summer. "
         '"The buckets can go," Rowe told parents.')


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), *map(str, paths)])
    db = sqlite_utils.Database(tmp_path / "c.db")
    loaded = sorted(r["source_path"] for r in db.query("select source_path from articles"))
    rows = [(r["path"], r["level"], r["reason"]) for r in db.query("select path, level, reason from load_errors")]
    return result, loaded, rows


def test_a_linked_folder_is_read_and_a_link_loop_is_a_warning(tmp_path):
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    corpus.mkdir()
    elsewhere.mkdir()
    (corpus / "own.txt").write_text(STORY)
    (elsewhere / "kept.txt").write_text(OTHER)
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "back").symlink_to(corpus, target_is_directory=True)  # a loop: corpus/back/back/...
    result, loaded, rows = load(tmp_path, corpus)
    assert result.exit_code == 0, result.output
    assert loaded == [f"{corpus}/linked/kept.txt", f"{corpus}/own.txt"]
    assert rows == [(f"{corpus}/back", "warning",
                     f"skipped: a link to a folder already read in this load ({os.path.realpath(corpus)})")]


def test_a_folder_that_cannot_be_listed_is_an_error_row(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "private").mkdir(parents=True)
    (corpus / "own.txt").write_text(STORY)
    (corpus / "private" / "hidden.txt").write_text(OTHER)
    (corpus / "private").chmod(0)
    if os.geteuid() == 0:  # root reads any folder: refuse this one as the system would refuse a user
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path).endswith("private"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        result, loaded, rows = load(tmp_path, corpus)
    finally:
        (corpus / "private").chmod(0o755)
    assert result.exit_code == 1, result.output
    assert loaded == [f"{corpus}/own.txt"]
    assert rows == [(f"{corpus}/private", "error", "cannot read folder: Permission denied")]


def test_a_table_or_a_feed_in_a_folder_says_how_to_load_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "own.txt").write_text(STORY)
    (corpus / "coding sheet.csv").write_text("text,title\nThe mayor said so on Monday.,Mayor\n")
    (corpus / "saved.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    result, loaded, rows = load(tmp_path, corpus)
    assert result.exit_code == 0, result.output
    assert rows == [
        (f"{corpus}/coding sheet.csv", "warning",
         "skipped: .csv file: a table is read only when named on the command line (a folder's tables are "
         f"as often coding sheets as articles): datasette claims load DB '{corpus}/coding sheet.csv'"),
        (f"{corpus}/saved.rss", "warning",
         "skipped: .rss file: a feed is read (and its pages fetched) only when named on the command line: "
         f"datasette claims load DB {corpus}/saved.rss"),
    ]


def test_a_table_named_beside_its_folder_is_read_without_the_skip_warning(tmp_path):
    # as the warning above advises: the folder and its table both on the command line
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "own.txt").write_text(STORY)
    (corpus / "sheet.csv").write_text('headline,text\nSchool roof,"' + OTHER.replace('"', '""') + '"\n')
    (corpus / "saved.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    result, loaded, rows = load(tmp_path, corpus, corpus / "sheet.csv")
    assert result.exit_code == 0, result.output
    assert loaded == [f"{corpus}/own.txt", f"{corpus}/sheet.csv:2"]
    assert [(path, level) for path, level, _ in rows] == [(f"{corpus}/saved.rss", "warning")]


def test_a_gzipped_feed_file_is_a_feed_and_an_empty_one_says_so(tmp_path):
    import gzip

    feed = (b'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            b"<channel><title>Dales Courier</title><item><title>Paths to close</title>"
            b"<content:encoded><![CDATA[<p>" + STORY.encode() + b"</p>]]></content:encoded></item>"
            b"</channel></rss>")
    (tmp_path / "saved.rss.gz").write_bytes(gzip.compress(feed))
    (tmp_path / "blank.rss").write_bytes(b"")
    result, loaded, rows = load(tmp_path, tmp_path / "saved.rss.gz", tmp_path / "blank.rss")
    assert result.exit_code == 1, result.output
    assert len(loaded) == 1
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert [r["headline"] for r in db.query("select headline from articles")] == ["Paths to close"]
    assert (str(tmp_path / "blank.rss"), "error", "empty file") in rows
