"""A researcher's list of links, one address a line, fetched through the real CLI.

A list file named on the command line is fetched address by address from a
real local HTTP server (invented pages); the same list met inside a folder
or on standard input is an error row saying how to fetch it, never an
article made of addresses with no claims and exit status 0.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
from local_server import serving
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

PAGE = (
    "<!DOCTYPE html><html><head><title>Pier to open</title>"
    '<meta property="og:site_name" content="Pier Post"></head><body><article>'
    "<p>Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn.</p>"
    "<p>The ferry operator said it would add a second boat on the island route.</p>"
    "</article></body></html>"
).encode()


class Pages(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        found = self.path in ("/pier", "/seite")
        status, body = (200, PAGE) if found else (404, b"<html><body>Not found</body></html>")
        kind = "text/html; charset=utf-8"
        if self.path == "/seite":
            body = PAGE.replace(b"<html>", b'<html lang="de">')
        if self.path == "/pier-gb":
            status, body = 200, PAGE.replace(b"<html>", b"<html lang=en-GB>")
        if self.path.startswith("/api"):
            status, body, kind = 200, b'{"status": "ok", "articles": []}', "application/json"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def base():
    with serving(Pages) as url:
        yield url


def load(tmp_path, *args, stdin=None):
    db_path = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), *args, "--no-match", "--jobs", "1"],
                                input=stdin)
    return result, sqlite_utils.Database(db_path)


def test_a_list_of_links_named_on_the_command_line_is_fetched(tmp_path, base):
    links = tmp_path / "links.txt"
    links.write_text(f"# pier stories\n\n{base}/pier\r\n{base}/gone\n", encoding="utf-8")
    result, db = load(tmp_path, str(links))
    assert result.exit_code == 1  # the missing page is an error
    (row,) = db.query("select url, outlet, headline from articles")
    assert (row["url"], row["outlet"], row["headline"]) == (f"{base}/pier", "Pier Post", "Pier to open")
    assert any(c["speaker"] == "Olwen Tredger" for c in db.query("select speaker from claims"))
    (err,) = db.query("select path, reason from load_errors")
    assert (err["path"], err["reason"]) == (f"{base}/gone", "HTTP 404 Not Found")


def test_a_list_of_links_inside_a_folder_is_an_error_not_an_article(tmp_path, base):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "links.txt").write_text(f"{base}/pier\n", encoding="utf-8")
    (folder / "story.txt").write_text(
        "Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn.\n",
        encoding="utf-8")
    result, db = load(tmp_path, str(folder))
    assert result.exit_code == 1
    assert [r["source_path"] for r in db.query("select source_path from articles")] == [str(folder / "story.txt")]
    (err,) = db.query("select path, reason from load_errors")
    assert err["path"] == str(folder / "links.txt") and "list of web addresses" in err["reason"]


def test_a_list_of_links_on_standard_input_is_an_error(tmp_path, base):
    result, db = load(tmp_path, "-", stdin=f"{base}/pier\n{base}/gone\n")
    assert result.exit_code == 1
    assert db["articles"].count == 0
    assert "list of web addresses" in next(db.query("select reason from load_errors"))["reason"]


def test_an_article_that_quotes_an_address_is_still_an_article(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("https://pierpost.example/pier\n\nHarbour master Olwen Tredger said on Monday that "
                     "the new pier would open in the autumn.\n", encoding="utf-8")
    result, db = load(tmp_path, str(story))
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 1


def test_one_address_for_a_whole_list_is_refused(tmp_path, base):
    links = tmp_path / "links.txt"
    links.write_text(f"{base}/pier\n{base}/gone\n", encoding="utf-8")
    result, db = load(tmp_path, str(links), "--url", "https://pierpost.example/pier")
    assert result.exit_code == 2
    assert "not a list of addresses" in result.output
    assert db.table_names() == []  # refused before the database was opened


def test_a_redirect_loop_and_an_api_address_are_one_line_each_saying_what_to_do(tmp_path, base):
    result, db = load(tmp_path, f"{base}/loop", f"{base}/api/search?q=pier")
    assert result.exit_code == 1
    reasons = {r["path"]: r["reason"] for r in db.query("select path, reason from load_errors")}
    assert reasons[f"{base}/loop"] == "HTTP 302: too many redirects (a redirect loop?)"
    assert "save it to a file and load the file" in reasons[f"{base}/api/search?q=pier"]


def test_a_page_that_declares_another_language_loads_with_a_warning(tmp_path, base):
    saved = tmp_path / "seite.html"
    saved.write_bytes(PAGE.replace(b"<html>", b"<html class='x' lang='fr-FR'>"))
    result, db = load(tmp_path, f"{base}/seite", f"{base}/pier-gb", str(saved))
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 3
    warned = {r["path"]: r["reason"] for r in db.query("select path, reason from load_errors where level = 'warning'")}
    assert set(warned) == {f"{base}/seite", str(saved)}
    assert "'de'" in warned[f"{base}/seite"] and "English rules" in warned[f"{base}/seite"]
    assert "'fr-FR'" in warned[str(saved)]
