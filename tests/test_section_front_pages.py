"""A page that lists articles (a section front) is named in a warning row, saved or fetched.

Such a page loaded as one article, the first teaser's words under the page's
headline, the other stories lost without a word.  An article page with teasers of
related stories is no list: its own story's heading is no link.  Invented pages,
the real CLI, a real local HTTP server."""

from __future__ import annotations

import sqlite3
from http.server import BaseHTTPRequestHandler

import pytest

from conftest import load_with_cli
from local_server import serving

TEASER = ('<article><h2><a href="/2026/03/0{n}/story-{n}">Story {n} headline</a></h2>'
          "<p>March {n}, 2026</p><p>The board of Lindvik said on Thursday that repairs to school {n} would cost "
          "twice the first estimate of two million crowns.</p>"
          '<p>"We underestimated the damage," board chair Alva Rud said.</p></article>')
FRONT = ("<!doctype html><html lang='en'><head><title>Local news - Lindvik Courier</title></head><body>"
         "<main>" + "".join(TEASER.format(n=n) for n in (1, 2, 3)) + "</main></body></html>")
STORY = ("<!doctype html><html lang='en'><head><title>School repairs to cost more - Lindvik Courier</title></head>"
         "<body><article><h1>School repairs to cost more</h1><p>The board of Lindvik said on Thursday that repairs "
         "would cost twice the first estimate.</p><p>\"We underestimated the damage,\" board chair Alva Rud said.</p>"
         "</article><aside>" + "".join(TEASER.format(n=n) for n in (4, 5, 6)) + "</aside></body></html>")


def _warnings(db_path: str) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("select reason from load_errors where level = 'warning'")]


def test_a_saved_section_front_is_named(tmp_path):
    (tmp_path / "front.html").write_text(FRONT)
    db_path = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "front.html")
    assert any(w.startswith("the page lists 3 articles (a section or tag page)") for w in _warnings(db_path))


def test_an_article_with_related_teasers_is_no_list(tmp_path):
    (tmp_path / "story.html").write_text(STORY)
    db_path = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "story.html")
    assert not any("the page lists" in w for w in _warnings(db_path))


class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        body = (FRONT if self.path == "/local" else STORY).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    with serving(Pages) as base:
        yield base


def test_a_fetched_section_front_is_named(tmp_path, site):
    db_path = load_with_cli(str(tmp_path / "claims.db"), f"{site}/local", f"{site}/2026/03/01/story")
    warnings = _warnings(db_path)
    assert [w for w in warnings if "the page lists" in w] == [w for w in warnings if "3 articles" in w]
    assert len([w for w in warnings if "the page lists" in w]) == 1
