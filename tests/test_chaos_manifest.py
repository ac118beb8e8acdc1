"""Manifests as they arrive: written on Windows, edited by hand.

A folder's ``manifest.csv`` may name files with backslashes (``sub\\a.txt``)
or name one file twice.  Neither may go unnoticed: the Windows path finds
its file, and a second row for a file is a warning row saying which row is
used.  Real CLI, real SQLite, invented text.
"""

from __future__ import annotations

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("The warden, Iris Kemp, said on Thursday that the moor paths would close for the nesting season. "
         '"The birds come first," Kemp told walkers.')
OTHER = ("The ranger, Owen Pryce, said on Monday that the lake would be restocked with trout in spring. "
         '"Anglers will be pleased," Pryce said.')


def test_a_windows_path_and_a_file_named_twice(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "moor").mkdir(parents=True)
    (corpus / "moor" / "paths.txt").write_text(STORY)
    (corpus / "lake.txt").write_text(OTHER)
    (corpus / "manifest.csv").write_bytes(
        b"file,url,outlet,headline\r\n"
        b"moor\\paths.txt,https://dales.example/2025/04/03/paths,Dales Courier,Paths to close\r\n"
        b"lake.txt,,,Old title\r\n"
        b"lake.txt,https://dales.example/2025/04/07/lake,Dales Courier,Trout for the lake\r\n"
    )
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(corpus)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert sorted((r["headline"], r["url"]) for r in db.query("select headline, url from articles")) == [
        ("Paths to close", "https://dales.example/2025/04/03/paths"),
        ("Trout for the lake", "https://dales.example/2025/04/07/lake"),
    ]
    assert [(r["path"], r["reason"]) for r in db.query("select path, reason from load_errors")] == [
        (f"{corpus}/manifest.csv:4", f"manifest names 'lake.txt' again (first at {corpus}/manifest.csv:3): "
                                     "this row is used"),
    ]


def test_an_article_dump_given_as_the_manifest_is_one_error(tmp_path):
    import json

    (tmp_path / "lake.txt").write_text(OTHER)
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"id": f"d{i}", "text": STORY}) + "\n" for i in range(30)))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(tmp_path / "lake.txt"),
                                      "--manifest", str(dump)])
    assert result.exit_code == 1, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db["articles"].count == 1
    assert [(r["path"], r["level"], r["reason"]) for r in db.query("select * from load_errors")] == [
        (str(dump), "error", "manifest has no file key on any line (one of: file, filename, name, path): "
                             "is it a manifest?")]
