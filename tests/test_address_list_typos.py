"""A list of addresses with a line that is no address (typed without its ``https://``,
a word left in): the addresses are fetched and each such line is an error row naming
it, where the whole list loaded as one article of addresses, with no claims and no
error.  An article that opens with its address stays an article.

A real HTTP server on 127.0.0.1, the real CLI, a real SQLite file."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from local_server import serving

PAGE = (b"<html><head><title>Ferry timetable cut</title></head><body><article>"
        b"<p>Ferry operator Halvard Ness said on Tuesday that the winter timetable would drop the late "
        b"crossing to Skogholm from January.</p><p>&quot;Fewer than ten people use it,&quot; Ness said.</p>"
        b"</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)


@pytest.fixture(scope="module")
def base():
    with serving(Handler) as url:
        yield url


def _load(tmp_path, text: str):
    listing = tmp_path / "links.txt"
    listing.write_text(text, encoding="utf-8")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", db, str(listing)], catch_exceptions=False)
    return result, sqlite_utils.Database(db)


def test_a_line_without_its_scheme_is_an_error_row_and_the_rest_load(tmp_path, base):
    host = base.removeprefix("http://")
    result, db = _load(tmp_path, f"# ferries\n{base}/ferry\n\n{host}/ferry-2\nsee below\n")
    assert result.exit_code == 1, result.output
    assert [r["source_path"] for r in db["articles"].rows] == [f"{base}/ferry"]
    reasons = [r["reason"] for r in db["load_errors"].rows]
    assert any(f"'{host}/ferry-2' (add https:// before it)" in r for r in reasons), reasons
    assert any("not a web address: 'see below'" in r and "https://" not in r.split(";")[0] for r in reasons)
    assert "add https:// before it" in result.output


def test_an_article_that_opens_with_its_address_is_an_article(tmp_path, base):
    text = (f"{base}/ferry\nFerry timetable cut\nFerry operator Halvard Ness said on Tuesday that the winter "
            "timetable would drop the late crossing to Skogholm from January.\n")
    result, db = _load(tmp_path, text)
    assert result.exit_code == 0, result.output
    rows = list(db["articles"].rows)
    assert len(rows) == 1 and rows[0]["source_path"].endswith("links.txt") and rows[0]["claim_count"] >= 1


def test_such_a_list_in_a_folder_is_refused_not_loaded_as_an_article(tmp_path, base):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "links.txt").write_text(f"{base}/ferry\nexample.org/ferry-2\n", encoding="utf-8")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", db, str(folder)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert "a list of web addresses, not an article" in result.output
    assert sqlite_utils.Database(db)["articles"].count == 0
