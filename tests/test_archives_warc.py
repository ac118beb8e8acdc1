"""Web archives as a media scholar gets them: WARC files from a crawl.

Each test writes a WARC byte by byte (as Common Crawl, the Internet
Archive, Webrecorder and ``wget --warc-file`` write them: ``WARC/1.0``
header lines, a blank line, the block, two line ends; a ``.warc.gz`` one
gzip member per record) and loads it with the real CLI into a real SQLite
file.  The articles are invented.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("<p>The harbour board voted on Tuesday to raise ferry fares by a tenth from June.</p>"
         "<p>\"We held the price for three years and fuel has not waited for us,\" said Ilse Varga, "
         "the board's chair.</p><p>Councillor Brendan Oduya said families on the outer islands would "
         "pay the most, and asked the board to publish its fuel contracts.</p>")


def page(title: str, head: str = "", body: str = STORY) -> bytes:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}"
            f"</head><body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article>"
            "</body></html>").encode("utf-8")


def http(status: str, content_type: str, body: bytes, extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
            ).encode("latin-1") + body


def record(kind: str, uri: str, block: bytes, date: str = "2024-05-27T10:11:12Z", extra: str = "") -> bytes:
    content_type = {"response": "application/http; msgtype=response",
                    "request": "application/http; msgtype=request"}.get(kind, "application/warc-fields")
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:sha1:{hashlib.sha1(block).hexdigest()}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\n{extra}Content-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n")
    return head.encode("utf-8") + block + b"\r\n\r\n"


def response(uri: str, body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
             **kw) -> bytes:
    return record("response", uri, http(status, content_type, body), **kw)


def crawl() -> list[bytes]:
    """A crawl of one news site, as wget writes it: warcinfo, then each
    address's request and response, a redirect, a 404, robots.txt and a photo."""
    site = "https://harbourgazette.example"
    return [
        record("warcinfo", "", b"software: wget/1.21\r\nformat: WARC File Format 1.0\r\n"),
        record("request", f"{site}/robots.txt", b"GET /robots.txt HTTP/1.1\r\nHost: harbourgazette.example\r\n\r\n"),
        response(f"{site}/robots.txt", b"User-agent: *\nDisallow:\n", content_type="text/plain"),
        record("request", f"{site}/2024/05/27/ferry-fares", b"GET /2024/05/27/ferry-fares HTTP/1.1\r\n\r\n"),
        response(f"{site}/2024/05/27/ferry-fares", page("Ferry fares to rise by a tenth")),
        response(f"{site}/old", b"", status="301 Moved Permanently", extra=f"Location: {site}/new\r\n"),
        response(f"{site}/gone", page("Not found", body="<p>Not here.</p>"), status="404 Not Found"),
        response(f"{site}/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        record("metadata", f"{site}/2024/05/27/ferry-fares", b"outlink: https://harbourgazette.example/\r\n"),
        response(f"{site}/news/council-budget", page("Council budget passes",
                 body=STORY.replace("ferry fares", "the council budget"))),
    ]


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), "--no-match", "-q",
                                      *map(str, paths)])
    return result, sqlite_utils.Database(tmp_path / "c.db")


def articles(db) -> list[dict]:
    return list(db.query("select id, url, published, headline, source_path from articles order by rowid"))


def errors(db) -> list[dict]:
    return list(db.query("select path, reason, level from load_errors order by path"))


def test_each_html_page_of_a_warc_is_an_article_and_the_rest_is_counted(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(b"".join(crawl()))
    result, db = load(tmp_path, tmp_path / "crawl.warc")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    rows = articles(db)
    assert [r["url"] for r in rows] == ["https://harbourgazette.example/2024/05/27/ferry-fares",
                                        "https://harbourgazette.example/news/council-budget"]
    assert [r["source_path"] for r in rows] == [f"{tmp_path}/crawl.warc#5", f"{tmp_path}/crawl.warc#10"]
    # the page's address gives its date; the capture's date only when nothing else does
    assert [r["published"] for r in rows] == ["2024-05-27", "2024-05-27"]
    (warning,) = errors(db)
    assert warning["level"] == "warning" and warning["path"] == str(tmp_path / "crawl.warc")
    for counted in ("2 request records", "1 warcinfo record", "1 metadata record", "1 redirect",
                    "1 HTTP 404 response", "1 text/plain response", "1 image/png response"):
        assert counted in warning["reason"], warning["reason"]
    assert db["claims"].count > 0


def test_the_capture_date_is_used_only_when_the_page_gives_none(tmp_path):
    dated = '<meta property="article:published_time" content="2019-03-02T08:00:00Z">'
    warc = (response("https://gazette.example/a", page("With its own date", head=dated), date="2024-01-05T00:00:00Z")
            + response("https://gazette.example/b", page("Without one"), date="2024-01-05T00:00:00Z"))
    (tmp_path / "c.warc").write_bytes(warc)
    result, db = load(tmp_path, tmp_path / "c.warc")
    assert result.exit_code == 0, result.output
    assert [r["published"] for r in articles(db)] == ["2019-03-02", "2024-01-05"]


def test_a_warc_gz_of_one_gzip_member_per_record_cut_short_at_the_end(tmp_path):
    members = [gzip.compress(r) for r in crawl()]
    members[-1] = members[-1][: len(members[-1]) // 2]  # the crawl was interrupted
    (tmp_path / "crawl.warc.gz").write_bytes(b"".join(members))
    result, db = load(tmp_path, tmp_path / "crawl.warc.gz")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert [r["url"] for r in articles(db)] == ["https://harbourgazette.example/2024/05/27/ferry-fares"]
    cut = [e for e in errors(db) if e["level"] == "error"]
    assert len(cut) == 1 and cut[0]["path"] == f"{tmp_path}/crawl.warc.gz#10", cut
    assert "cut short" in cut[0]["reason"]


def test_a_plain_warc_cut_inside_a_block(tmp_path):
    whole = b"".join(crawl())
    (tmp_path / "crawl.warc").write_bytes(whole[:-200])
    result, db = load(tmp_path, tmp_path / "crawl.warc")
    assert result.exit_code == 1, result.output
    assert len(articles(db)) == 1
    assert any(e["path"].endswith("#10") and "cut short" in e["reason"] for e in errors(db)), errors(db)


def test_chunked_and_gzip_bodies_are_read_as_they_came_over_the_wire(tmp_path):
    body = page("Chunked and compressed")
    packed = zlib.compress(body, wbits=16 + zlib.MAX_WBITS)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 100]), packed[i:i + 100])
                       for i in range(0, len(packed), 100)) + b"0\r\n\r\n"
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
             b"Content-Encoding: gzip\r\n\r\n" + chunked)
    (tmp_path / "c.warc").write_bytes(record("response", "https://gazette.example/c", block))
    result, db = load(tmp_path, tmp_path / "c.warc")
    assert result.exit_code == 0, result.output
    assert articles(db)[0]["headline"] == "Chunked and compressed"


def test_a_page_without_article_text_is_that_record_error(tmp_path):
    empty = page("Section front", body="")
    (tmp_path / "c.warc").write_bytes(response("https://gazette.example/", empty)
                                      + response("https://gazette.example/a", page("A story")))
    result, db = load(tmp_path, tmp_path / "c.warc")
    assert result.exit_code == 1
    assert len(articles(db)) == 1
    (error,) = errors(db)
    assert error["path"] == f"{tmp_path}/c.warc#1" and "https://gazette.example/" in error["reason"]


def test_not_warc_after_a_few_records_keeps_what_came_before(tmp_path):
    (tmp_path / "c.warc").write_bytes(response("https://gazette.example/a", page("A story")) + b"garbage\r\n" * 3)
    result, db = load(tmp_path, tmp_path / "c.warc")
    assert result.exit_code == 1
    assert len(articles(db)) == 1
    assert any("not a WARC file" in e["reason"] for e in errors(db)), errors(db)


def test_a_warc_in_a_folder_loads_and_loading_it_again_changes_nothing(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in crawl()))
    (folder / "note.txt").write_text("Notes on the crawl: the harbour board met on Tuesday and voted on fares.")
    result, db = load(tmp_path, folder)
    assert result.exit_code == 0, result.output
    assert len(articles(db)) == 3
    before = {t: list(db[t].rows) for t in ("articles", "claims", "load_errors")}
    result, db = load(tmp_path, folder)
    assert result.exit_code == 0, result.output
    assert "0 new, 0 updated, 3 unchanged" in result.output
    assert {t: list(db[t].rows) for t in ("articles", "claims", "load_errors")} == before


def test_a_page_the_crawler_cut_loads_with_a_warning(tmp_path):
    (tmp_path / "c.warc").write_bytes(response("https://gazette.example/a", page("A story"),
                                               extra="WARC-Truncated: length\r\n"))
    result, db = load(tmp_path, tmp_path / "c.warc")
    assert result.exit_code == 0, result.output
    assert len(articles(db)) == 1
    (warning,) = errors(db)
    assert warning["level"] == "warning" and "WARC-Truncated: length" in warning["reason"]


def test_a_small_gzip_cut_short_keeps_the_records_before_the_cut(tmp_path):
    # the same reading that keeps a small crawl's records: before, "nothing before it could be read"
    lines = "".join(f'{{"id": "r{i}", "text": "Ilse Varga said on Tuesday that fares would rise by {i} percent."}}\n'
                    for i in range(40))
    packed = gzip.compress(lines.encode())
    (tmp_path / "dump.jsonl.gz").write_bytes(packed[:-30])
    result, db = load(tmp_path, tmp_path / "dump.jsonl.gz")
    assert result.exit_code == 1
    assert len(articles(db)) > 30
    (error,) = errors(db)
    assert "records before the cut are loaded" in error["reason"], error


def test_an_arc_file_is_named_not_read_as_an_article(tmp_path):
    arc = (b"filedesc://crawl.arc 0.0.0.0 20240527101112 text/plain 76\n1 0 Harbour crawl\n"
           b"URL IP-address Archive-date Content-type Archive-length\n\n"
           b"https://gazette.example/a 10.0.0.1 20240527101112 text/html 120\n" + page("A story")[:120])
    (tmp_path / "old.arc.gz").write_bytes(gzip.compress(arc))
    result, db = load(tmp_path, tmp_path / "old.arc.gz")
    assert result.exit_code == 1
    assert articles(db) == []
    (error,) = errors(db)
    assert "an ARC web archive" in error["reason"]
