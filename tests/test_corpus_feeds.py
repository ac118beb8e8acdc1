"""A researcher's saved feeds: items whose pages are gone load from the text the feed carries.

The feed file and every page are invented; pages are served by a real local
HTTP server and loaded through the real CLI into a real SQLite file.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
from local_server import serving
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

PAGE = (
    "<!DOCTYPE html><html><head><title>Lido closes</title></head><body><article>"
    "<p>The pool manager, Rafe Oduya, said on Tuesday that the lido would close for the winter.</p>"
    "</article></body></html>"
).encode()


class Pages(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        status, body = (200, PAGE) if self.path == "/lido" else (404, b"<html><body>Not found</body></html>")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def base():
    with serving(Pages) as url:
        yield url


def rss(base: str) -> str:
    full = ("<p>Parks officer Nell Amos said on Monday that the lake path would reopen on Friday "
            "after the storm damage was cleared.</p><p>Volunteers said they had moved forty fallen trees.</p>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Lakeside Herald</title>"
        f"<item><title>Lido closes</title><link>{base}/lido</link></item>"
        f"<item><title>Lake path to reopen</title><link>{base}/lake-path</link>"
        "<pubDate>Mon, 03 Mar 2025 10:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[{full}]]></content:encoded></item>"
        f"<item><title>Gallery</title><link>{base}/gallery</link>"
        '<content:encoded><![CDATA[<p><img src="tree.jpg"> Read more</p>]]></content:encoded></item>'
        "</channel></rss>"
    )


def atom(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lakeside Herald</title>'
        f'<entry><title>Lake path to reopen</title><link href="{base}/lake-path"/>'
        "<published>2025-03-03T10:00:00Z</published>"
        '<content type="html">&lt;p&gt;Parks officer Nell Amos said on Monday that the lake path would reopen '
        "on Friday after the storm damage was cleared.&lt;/p&gt;</content></entry></feed>"
    )


def load(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    db_path = tmp_path / "feeds.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(path), "--no-match", "--jobs", "1"])
    return result, sqlite_utils.Database(db_path)


def test_an_item_whose_page_is_gone_loads_from_the_feed_text(tmp_path, base):
    result, db = load(tmp_path, "saved.rss", rss(base))
    rows = {r["url"]: r for r in db.query("select url, headline, published, outlet, text from articles")}
    assert set(rows) == {f"{base}/lido", f"{base}/lake-path"}
    lake = rows[f"{base}/lake-path"]
    assert (lake["headline"], lake["published"], lake["outlet"]) == ("Lake path to reopen", "2025-03-03",
                                                                     "Lakeside Herald")
    assert "<p>" not in lake["text"] and lake["text"].startswith("Parks officer Nell Amos said")
    assert any(r["speaker"] == "Nell Amos" for r in db.query("select speaker from claims"))
    errors = {(r["path"], r["level"]): r["reason"] for r in db.query("select * from load_errors")}
    assert "loaded from the text the feed carries" in errors[(f"{base}/lake-path", "warning")]
    # a teaser is no story: the gone page stays an error, and the exit status says so
    assert "HTTP 404" in errors[(f"{base}/gallery", "error")]
    assert result.exit_code == 1


def test_an_atom_entry_whose_page_is_gone_loads_from_its_content(tmp_path, base):
    result, db = load(tmp_path, "saved.atom", atom(base))
    assert result.exit_code == 0, result.output
    (row,) = db.query("select url, published, text from articles")
    assert (row["url"], row["published"]) == (f"{base}/lake-path", "2025-03-03")
    assert row["text"].startswith("Parks officer Nell Amos said on Monday")


def test_a_summary_that_holds_the_story_stands_in_for_a_gone_page(tmp_path, base):
    # RSS description / Atom summary of two paragraphs or more is the story; a one-line teaser is not
    story = ("<p>Harbour master Tove Rask said on Monday that the north pier would close for repairs.</p>"
             "<p>Boats will berth at the south quay until June.</p>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lakeside Herald</title>'
        f"<item><title>Pier closes</title><link>{base}/pier</link>"
        f"<description><![CDATA[{story}]]></description></item>"
        f"<item><title>Teaser</title><link>{base}/teaser</link>"
        "<description>Harbour master Tove Rask said the pier would close.</description></item>"
        "</channel></rss>"
    )
    result, db = load(tmp_path, "summaries.rss", body)
    (row,) = db.query("select url, text from articles")
    assert row["url"] == f"{base}/pier" and row["text"].startswith("Harbour master Tove Rask said on Monday")
    errors = {(r["path"], r["level"]) for r in db.query("select path, level from load_errors")}
    assert errors == {(f"{base}/pier", "warning"), (f"{base}/teaser", "error")}
    assert result.exit_code == 1
    atom_body = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                 f'<title>Lakeside Herald</title><entry><title>Pier closes</title><link href="{base}/pier"/>'
                 f'<summary type="html">{story.replace("<", "&lt;").replace(">", "&gt;")}</summary></entry></feed>')
    (tmp_path / "feeds.db").unlink()
    result, db = load(tmp_path, "summaries.atom", atom_body)
    assert result.exit_code == 0, result.output
    assert next(db.query("select text from articles"))["text"].startswith("Harbour master Tove Rask")
