"""A manifest as a spreadsheet saves it: a byte-order mark, CRLF, capitalised
headers, and semicolons where the comma is the decimal mark.  Invented
files, loaded through the real CLI into a real SQLite file."""

from __future__ import annotations

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = "Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn.\n"


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_a_spreadsheet_manifest_gives_every_field(tmp_path, sep):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "pier.txt").write_text(STORY, encoding="utf-8")
    header = sep.join(["File", "URL", "Outlet", "Date", "Headline"])
    row = sep.join(["pier.txt", "https://pierpost.example/pier", "Pier Post", "6 April 2026", '"Pier late, again"'])
    (folder / "manifest.csv").write_bytes(("\ufeff" + header + "\r\n" + row + "\r\n").encode("utf-8"))
    db_path = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder), "--no-match", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    (article,) = sqlite_utils.Database(db_path).query("select url, outlet, published, headline from articles")
    assert article == {"url": "https://pierpost.example/pier", "outlet": "Pier Post", "published": "2026-04-06",
                       "headline": "Pier late, again"}
