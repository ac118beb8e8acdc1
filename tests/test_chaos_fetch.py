"""Servers that misbehave: what ``claims load URL`` does with them.

A real HTTP server on 127.0.0.1 serves invented pages; the real CLI loads
them into a real SQLite file.  Each case is one a scraper meets in the wild:
a server that drips its page a byte at a time, one that closes the
connection mid-page, one that gzips a page nobody asked it to gzip.
"""

from __future__ import annotations

import gzip
import time
import zlib
from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from local_server import serving

PAGE = (
    b"<!DOCTYPE html><html><head><title>Quarry to close</title>"
    b'<meta property="og:site_name" content="Fell Valley Post"></head><body><article>'
    b"<p>The owner of the Blackfell quarry, Ruth Ainsley, said on Thursday that the quarry would close "
    b"in the autumn after ninety years of digging on the fell.</p>"
    b"<p>&quot;There is no more stone worth taking,&quot; Ainsley told the parish council at its meeting.</p>"
    b"<p>The council said it would ask walkers what the site should become.</p>"
    b"</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _head(self, length: int, extra: dict | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(length))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def do_GET(self):
        if self.path == "/page":
            self._head(len(PAGE))
            self.wfile.write(PAGE)
        elif self.path == "/drip":  # never silent for long, never done in time
            self._head(len(PAGE))
            for i in range(0, len(PAGE), 8):
                self.wfile.write(PAGE[i:i + 8])
                self.wfile.flush()
                time.sleep(0.15)
        elif self.path == "/cut":  # promises the page, sends its first half
            self._head(len(PAGE))
            self.wfile.write(PAGE[: len(PAGE) // 2 + 60])
            self.wfile.flush()
            self.close_connection = True
        elif self.path in ("/gzip", "/deflate"):
            body = gzip.compress(PAGE) if self.path == "/gzip" else zlib.compress(PAGE)
            self._head(len(body), {"Content-Encoding": self.path[1:]})
            self.wfile.write(body)
        elif self.path == "/bomb":  # 12 MB of spaces in a few kilobytes
            body = gzip.compress(PAGE[:200] + b" " * 12_000_000)
            self._head(len(body), {"Content-Encoding": "gzip"})
            self.wfile.write(body)
        elif self.path == "/soft404":  # a missing page served with status 200, as text
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"404 Not Found")
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


def load(db_path, *args):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *args])


def errors(db_path) -> list[tuple[str, str]]:
    db = sqlite_utils.Database(db_path)
    return [(r["path"], r["reason"]) for r in db.query("select path, reason from load_errors where level = 'error'")]


def test_a_dripping_server_is_cut_off_at_the_timeout(server, tmp_path):
    # the page takes about 9 s to arrive, 8 bytes at a time: --timeout 1 must stop it in about 1 s
    started = time.monotonic()
    result = load(tmp_path / "c.db", f"{server}/drip", "--timeout", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    assert "timed out after 1s" in result.output
    assert elapsed < 5, elapsed
    assert errors(tmp_path / "c.db") == [(f"{server}/drip", "timed out after 1s (see --timeout)")]


def test_a_page_cut_short_is_an_error_not_a_shorter_article(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/cut")
    assert result.exit_code == 1, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db["articles"].count == 0
    [(path, reason)] = errors(tmp_path / "c.db")
    assert path == f"{server}/cut"
    assert reason.startswith("connection closed after ") and reason.endswith("page cut short")


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_page_is_unpacked(server, tmp_path, encoding):
    result = load(tmp_path / "c.db", f"{server}/{encoding}")
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    [row] = db.query("select outlet, text from articles")
    assert row["outlet"] == "Fell Valley Post"
    assert "quarry would close" in row["text"]
    assert db["claims"].count >= 2


def test_a_compressed_page_is_capped_by_its_unpacked_size(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/bomb", "--max-bytes", "1000000")
    assert result.exit_code == 1, result.output
    assert errors(tmp_path / "c.db") == [
        (f"{server}/bomb", "too large: more than 1,000,000 bytes unpacked (see --max-bytes)")
    ]


def test_the_whole_page_still_loads(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/page", "--timeout", "5")
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 1


def test_a_plain_text_page_without_article_words_is_an_error_as_a_file_is(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/soft404")
    assert result.exit_code == 1, result.output
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 0
    assert errors(tmp_path / "c.db") == [
        (f"{server}/soft404", "no article text: only page furniture, numbers or unreadable characters")]
