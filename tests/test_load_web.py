"""Loading pages and feeds over HTTP, through the real CLI, from a real local server.

Every page is served by ``http.server`` on 127.0.0.1 from the test itself;
nothing else is fetched.  The texts are invented.
"""

from __future__ import annotations

import json
import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import pytest
from local_server import serving
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli


def page(title: str | None, paragraphs: list[str], date: str | None = None,
         site: str | None = "Harbour Gazette") -> bytes:
    head = f"<title>{title}</title>" if title else ""
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    h1 = f"<h1>{title}</h1>" if title else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>"
        f'<nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>'
        f"<article>{h1}{body}</article><footer>Contact us</footer></body></html>"
    ).encode()


FERRY = page(
    "Ferry fares to rise on island routes",
    [
        ("Transport Minister Gareth Lowry said on Tuesday that ferry fares on the island routes "
        "would rise by eight percent from June, the first rise in four years."),
        '"We cannot keep the boats running at a loss," Lowry told reporters at the harbour in Portwick.',
        "The opposition said the rise would hurt families who depend on the crossing every day.",
    ],
    date="2025-03-04",
)
# A page that states neither its title nor its date: a feed item's fill in.
BRIDGE = page(
    None,
    [
        ("Engineers said on Wednesday that the old swing bridge at Portwick would close for "
        "repairs for most of the summer, forcing drivers onto a long detour around the bay."),
        ("Council leader Marta Quince said the repairs could not wait another year because "
        "rust had been found in the main hinge during a routine inspection."),
    ],
    site=None,
)
LIGHTHOUSE = page(
    "Lighthouse keepers return to Skerry Point",
    [
        ("The harbour board said on Monday that two keepers would live at Skerry Point lighthouse "
        "again from next spring, after thirty years of automatic operation."),
        "Board chairman Ivo Penhale said visitors had asked for guided tours of the tower for years.",
    ],
    date="2025-02-10",
)
PLAIN = (
    b"Fishermen vote to end strike\n\n"
    b"Union secretary Della Prynne said on Friday that the fishermen of Portwick had voted to end "
    b"their strike after the port agreed to lower its landing fees.\n"
)


def rss(base: str) -> bytes:
    items = [
        ("Ferry fares to rise", f"{base}/news/ferry", "Tue, 04 Mar 2025 09:00:00 GMT"),
        ("Swing bridge to close for summer repairs", f"{base}/news/bridge", "Wed, 05 Mar 2025 07:30:00 GMT"),
        ("A story that went missing", f"{base}/news/gone", "Thu, 06 Mar 2025 08:00:00 GMT"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"<author>desk@harbour.example (News desk)</author></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Harbour Gazette</title><link>{base}/</link>{body}</channel></rss>"
    ).encode()


def atom(base: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Bay Courier</title>"
        f'<entry><title>Keepers return</title><link rel="alternate" href="{base}/news/lighthouse"/>'
        "<published>2025-02-10T08:00:00Z</published><author><name>Ann Tolley</name></author></entry>"
        f'<entry><title>Broken</title><link href="{base}/news/nowhere"/>'
        "<updated>2025-02-11T08:00:00Z</updated></entry>"
        "</feed>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/news/ferry": (200, "text/html; charset=utf-8", FERRY),
            "/news/bridge": (200, "text/html; charset=utf-8", BRIDGE),
            "/news/lighthouse": (200, "text/html", LIGHTHOUSE),
            "/news/plain": (200, "text/plain; charset=utf-8", PLAIN),
            "/photo.jpg": (200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4),
            "/huge": (200, "text/html", page("Huge", ["Filler text about tides and boats. " * 40] * 200)),
            "/feed.rss": (200, "application/rss+xml", rss(base)),
            "/feed.atom": (200, "application/atom+xml", atom(base)),
            "/feed.xml": (200, "text/xml", rss(base)),
        }
        if self.path == "/old/ferry":
            self.send_response(301)
            self.send_header("Location", "/news/ferry")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/huge-stream":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"Tides and boats. " * 100 + b"</p>")
            return
        status, ctype, body = routes.get(self.path, (404, "text/html", b"<html><body>Not found</body></html>"))
        if self.path == "/slow":
            status, ctype, body = 200, "text/html", FERRY
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as url:
        yield url


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def rows(db_path, sql):
    return list(sqlite_utils.Database(db_path).query(sql))


def test_page_through_redirect_keeps_final_url(server, tmp_path):
    db = tmp_path / "web.db"
    result = run("load", db, f"{server}/old/ferry", "-q")
    assert result.exit_code == 0, result.output
    [article] = rows(db, "select * from articles")
    assert article["url"] == f"{server}/news/ferry"
    assert article["headline"] == "Ferry fares to rise on island routes"
    assert article["outlet"] == "Harbour Gazette"
    assert article["published"] == "2025-03-04"
    assert "eight percent from June" in article["text"]
    speakers = {r["speaker"] for r in rows(db, "select speaker from claims")}
    assert "Gareth Lowry" in speakers
    assert any("datasette-claims" in agent for agent in Handler.seen_agents)
    # Loading the same address again changes nothing.
    again = run("load", db, f"{server}/old/ferry", "-q")
    assert "1 unchanged" in again.output
    assert len(rows(db, "select id from articles")) == 1


def test_plain_text_page(server, tmp_path):
    result = run("extract", f"{server}/news/plain")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["url"] == f"{server}/news/plain"
    assert doc["headline"] == "Fishermen vote to end strike"
    assert any(c["speaker"] == "Della Prynne" for c in doc["claims"])


def _refused_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    return f"http://127.0.0.1:{port}/news"


def test_each_failed_url_is_one_load_error_and_the_rest_loads(server, tmp_path):
    db = tmp_path / "web.db"
    refused = _refused_url()
    result = run(
        "load", db, f"{server}/news/missing", f"{server}/photo.jpg", refused,
        f"{server}/huge", f"{server}/huge-stream", f"{server}/news/ferry",
        "ftp://127.0.0.1/file.txt", "--max-bytes", 50_000, "-q",
    )
    assert result.exit_code == 1
    assert len(rows(db, "select id from articles")) == 1
    errors = {r["path"]: r["reason"] for r in rows(db, "select path, reason from load_errors where level = 'error'")}
    assert errors[f"{server}/news/missing"] == "HTTP 404 Not Found"
    assert errors[f"{server}/photo.jpg"] == "not HTML or text: content type image/jpeg"
    assert errors[refused].startswith("connection refused")
    assert errors[f"{server}/huge"].startswith("too large")
    assert errors[f"{server}/huge-stream"].startswith("too large")
    assert "ftp" in result.output and len(errors) == 5 + 1  # the ftp:// path is not fetched
    assert "Traceback" not in result.output


def test_slow_page_times_out(server, tmp_path):
    db = tmp_path / "web.db"
    started = time.monotonic()
    result = run("load", db, f"{server}/slow", "--timeout", 0.5, "-q")
    assert time.monotonic() - started < 2.5
    assert result.exit_code == 1
    [error] = rows(db, "select * from load_errors")
    assert error["path"] == f"{server}/slow"
    assert error["reason"].startswith("timed out after 0.5s")


def test_rss_feed_loads_every_item_and_records_the_broken_one(server, tmp_path):
    db = tmp_path / "web.db"
    result = run("load", db, f"{server}/feed.rss", "-q")
    assert result.exit_code == 1  # one item failed
    articles = {r["url"]: r for r in rows(db, "select * from articles")}
    assert set(articles) == {f"{server}/news/ferry", f"{server}/news/bridge"}
    # The page's own metadata wins; what the page lacks comes from the item and the feed.
    assert articles[f"{server}/news/ferry"]["headline"] == "Ferry fares to rise on island routes"
    bridge = articles[f"{server}/news/bridge"]
    assert bridge["headline"] == "Swing bridge to close for summer repairs"
    assert bridge["published"] == "2025-03-05"
    assert bridge["outlet"] == "Harbour Gazette"
    [error] = rows(db, "select * from load_errors")
    assert error["path"] == f"{server}/news/gone"
    assert error["reason"].startswith("HTTP 404") and "item 3 of feed" in error["reason"]


def test_feed_served_as_plain_xml_is_recognised(server, tmp_path):
    result = run("extract", f"{server}/feed.xml")
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(docs) == 2


def test_atom_feed_from_a_local_file(server, tmp_path):
    feed = tmp_path / "courier.atom"
    feed.write_bytes(atom(server))
    db = tmp_path / "web.db"
    result = run("load", db, feed, "-q")
    assert result.exit_code == 1
    [article] = rows(db, "select * from articles")
    assert article["url"] == f"{server}/news/lighthouse"
    assert article["headline"] == "Lighthouse keepers return to Skerry Point"
    [error] = rows(db, "select * from load_errors")
    assert error["path"] == f"{server}/news/nowhere" and "HTTP 404" in error["reason"]


def test_feed_with_entities_is_refused(tmp_path):
    feed = tmp_path / "evil.rss"
    feed.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "boomboomboom">]>'
        "<rss><channel><title>&boom;</title><item><link>http://127.0.0.1:9/x</link></item></channel></rss>",
        encoding="utf-8",
    )
    db = tmp_path / "web.db"
    result = run("load", db, feed, "-q")
    assert result.exit_code == 1
    [error] = rows(db, "select * from load_errors")
    assert "DOCTYPE" in error["reason"]
    assert rows(db, "select * from articles") == []


def test_not_a_feed_file(tmp_path):
    feed = tmp_path / "notes.xml"
    feed.write_text("<notes><note>Buy rope</note></notes>", encoding="utf-8")
    result = run("extract", feed)
    assert result.exit_code == 1
    assert "not an RSS or Atom feed" in result.output


def test_dns_failure_is_named(tmp_path, monkeypatch):
    # No lookup may leave the machine: the resolver answers "no such host"
    # for the invented name and passes everything else through.
    real = socket.getaddrinfo

    def resolver(host, *args, **kwargs):
        if host == "harbour-gazette.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    db = tmp_path / "web.db"
    result = run("load", db, "http://harbour-gazette.invalid/news/ferry", "-q")
    assert result.exit_code == 1
    [error] = rows(db, "select * from load_errors")
    assert error["reason"] == "DNS lookup failed: no address for host 'harbour-gazette.invalid'"


def test_rss_1_0_feed_items():
    from datasette_claims.feeds import parse_feed

    body = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<channel><title>Valley Post</title></channel>"
        b"<item><title>Market hall opens</title><link>/news/market</link><dc:date>2025-04-01T10:00:00Z</dc:date></item>"
        b"</rdf:RDF>"
    )
    feed = parse_feed(body, "https://valley.example/feed.rdf")
    assert feed.title == "Valley Post"
    [item] = feed.items
    assert (item.link, item.title, item.published) == (
        "https://valley.example/news/market", "Market hall opens", "2025-04-01",
    )
