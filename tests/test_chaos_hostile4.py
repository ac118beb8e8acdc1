"""Hostile input, fourth round: a fact-checker's real folder.

Each test is a failure found by loading invented input with the real CLI
into a real SQLite file (a columnist's folder of saved columns, ...).
Before, each loaded wrong or ended the load; now each loads, or is a
``load_errors`` row that says why, and the rest loads.  All content is
generated here.
"""

from __future__ import annotations

import io
import json
from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils
from local_server import serving
from test_chaos_hostile2 import load, rows

BODY = ("<p>The harbour board raised the mooring fee on {day}, its chair Tor Brekkan said at a meeting.</p>"
        "<p>\u201cThe fee pays for the new pontoons,\u201d Brekkan said.</p>")


def _page(title: str, day: str, head: str = "", byline: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article>{byline}{BODY.format(day=day)}</article></body></html>")


def _titles(db_path) -> dict[str, tuple[str | None, str | None]]:
    return {r["source_path"].rsplit("/", 1)[-1]: (r["outlet"], r["headline"])
            for r in sqlite_utils.Database(db_path).query("select source_path, outlet, headline from articles")}


COLUMNS = [("Why the harbour fee doubled this spring", "Monday"),
           ("How the ferry timetable was cut again", "Friday"),
           ("What the new pier will cost the town", "Sunday")]


def test_a_folder_of_one_columnists_columns_names_no_outlet_when_a_page_names_its_writer(tmp_path):
    """"Isla Kerr - Title.html" saved three times: the repeated name is the
    page's writer (its author metadata, its byline), so it is no site."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    writer = [("<meta name='author' content='Isla Kerr'>", ""),  # metadata only
              ("", "<p>By Isla Kerr</p>"),  # a byline line only
              ("", "")]  # nothing but the title: the folder's other pages say who she is
    for i, ((headline, day), (head, byline)) in enumerate(zip(COLUMNS, writer)):
        (corpus / f"Isla Kerr - {headline}.html").write_text(_page(f"Isla Kerr - {headline}", day, head, byline))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert _titles(tmp_path / "c.db") == {f"Isla Kerr - {h}.html": (None, h) for h, _day in COLUMNS}


def test_a_site_repeated_in_the_folder_stays_the_outlet_beside_its_writers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"author": [{"@type": "Person", "name": "Ann Vole"}, {"@type": "Organization", "name": "Pier Lantern"}]}'
          '</script>')
    for i, (headline, day) in enumerate(COLUMNS):
        (corpus / f"p{i}.html").write_text(_page(f"Pier Lantern - {headline}", day, ld))
    # a CMS that gives the site as every page's author: its banner names it too
    staff = _page("Pier Lantern - Why the pier must stay open to all", "Saturday",
                  "<meta name='author' content='Pier Lantern'>")
    (tmp_path / "staff.html").write_text(staff.replace("<body>", "<body><header><a href='/'>Pier Lantern</a>"
                                                                 "</header>"))
    assert load(tmp_path / "c.db", tmp_path / "staff.html").exit_code == 0
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert {outlet for outlet, _h in _titles(tmp_path / "c.db").values()} == {"Pier Lantern"}


# -- a page in the charset its <meta> declares

FOREIGN = ("The harbour master, Oskar Lindqvist, said on Tuesday that the pier would open in June. "
           "\u201cThe work is nearly done,\u201d Lindqvist told the council.")
LINES = {"windows-1251": "The sign on the pier read \u041f\u0440\u0438\u0447\u0430\u043b, the mayor said.",
         "shift_jis": "The sign on the pier read \u6e2f\u306e\u6a4b, the mayor said.",
         "iso-8859-1": "The caf\u00e9 on the pier will stay open, the mayor said."}


def _declared(charset: str, http_equiv: bool = False) -> bytes:
    meta = (f"<meta http-equiv='Content-Type' content='text/html; charset={charset}'>" if http_equiv
            else f"<meta charset='{charset}'>")
    story = FOREIGN if charset != "iso-8859-1" else FOREIGN.replace("\u201c", '"').replace("\u201d", '"')
    return (f"<html><head>{meta}<title>Pier to open in June</title></head><body><article><p>{story}</p>"
            f"<p>{LINES[charset]}</p></article></body></html>").encode(charset)


@pytest.mark.parametrize("charset, http_equiv", [("windows-1251", True), ("shift_jis", False),
                                                 ("iso-8859-1", False)])
def test_an_html_file_is_read_in_the_charset_its_meta_tag_declares(tmp_path, charset, http_equiv):
    page = tmp_path / "pier.html"
    page.write_bytes(_declared(charset, http_equiv))
    result = load(tmp_path / "c.db", page)
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(tmp_path / "c.db").query("select text from articles")
    assert LINES[charset] in row["text"]  # was Windows-1252 mojibake ("\u00cf\u00f0\u00e8...")
    assert rows(tmp_path / "c.db") == []  # no "not UTF-8: decoded as windows-1252": the page said what it is in


def test_a_page_whose_meta_charset_lies_is_read_as_its_body_is(tmp_path):
    page = tmp_path / "pier.html"
    page.write_bytes(_declared("iso-8859-1").replace(b"iso-8859-1", b"utf-8"))  # Latin-1 bytes declared UTF-8
    result = load(tmp_path / "c.db", page)
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(tmp_path / "c.db").query("select text from articles")
    assert LINES["iso-8859-1"] in row["text"]
    assert rows(tmp_path / "c.db") == [(str(page), "not UTF-8: decoded as windows-1252")]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # a server that names no charset: the page's <meta> does
        body = _declared("windows-1251", http_equiv=True)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_fetched_page_with_no_charset_header_is_read_as_its_meta_tag_declares(tmp_path):
    with serving(Handler) as base:
        result = load(tmp_path / "c.db", f"{base}/pier")
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(tmp_path / "c.db").query("select text from articles")
    assert LINES["windows-1251"] in row["text"]


def test_a_single_file_page_part_without_charset_is_read_as_its_meta_tag_declares(tmp_path):
    import base64

    saved = tmp_path / "pier.mhtml"
    part = base64.encodebytes(_declared("windows-1251", http_equiv=True)).decode()
    saved.write_text("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://pier.example/news/pier\r\n"
                     "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n"
                     "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n"
                     f"Content-Location: https://pier.example/news/pier\r\n\r\n{part}\r\n--B--\r\n")
    result = load(tmp_path / "c.db", saved)
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(tmp_path / "c.db").query("select text from articles")
    assert LINES["windows-1251"] in row["text"]


# -- a JSON record whose text is a page's HTML

def test_a_json_record_whose_text_is_html_is_read_as_html(tmp_path):
    dump = tmp_path / "scraped.jsonl"
    body = (f"<div class='story'><p>{FOREIGN}</p><p>The council&#8217;s vote is on <b>Friday</b>.</p>"
            "<script>var ad = 1;</script></div>")
    mention = "The council said its site would be rebuilt, and <p> tags would go, the clerk said."
    dump.write_text(json.dumps({"id": "pier-1", "title": "Pier to open", "text": body}) + "\n"
                    + json.dumps({"id": "pier-2", "title": "Site rebuilt", "text": mention}) + "\n")
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    texts = {r["id"]: r["text"] for r in db.query("select id, text from articles")}
    assert texts["pier-1"] == f"{FOREIGN}\n\nThe council\u2019s vote is on Friday."  # was stored tags and all
    assert texts["pier-2"] == mention  # a text that only mentions a tag stays as it is


# -- the same article under several addresses: shared links, AMP copies

def test_an_article_at_its_tracking_and_amp_addresses_is_one_article(tmp_path):
    import hashlib

    addresses = ["https://www.pier.example/news/pier-opens",
                 "https://pier.example/news/pier-opens?utm_source=social&utm_medium=share",
                 "https://pier.example/news/pier-opens?fbclid=IwAR0xyz",
                 "http://pier.example/news/pier-opens/amp",
                 "https://amp.pier.example/news/pier-opens",
                 "https://pier.example/amp/news/pier-opens?outputType=amp",
                 "https://pier-example.cdn.ampproject.org/c/s/pier.example/news/pier-opens"]
    other = ["https://pier.example/news?story=12", "https://pier.example/news?story=13&utm_source=feed"]
    dump = tmp_path / "shares.jsonl"
    dump.write_text("".join(json.dumps({"url": url, "text": FOREIGN}) + "\n" for url in addresses)
                    + "".join(json.dumps({"url": url, "text": f"{FOREIGN} Story {i}."}) + "\n"
                              for i, url in enumerate(other)))
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    stored = {r["url"]: r["id"] for r in db.query("select id, url from articles")}
    assert set(stored) == {addresses[0], *other}  # were 9 articles, and a false 7-report story
    assert len([r for r in rows(tmp_path / "c.db", "warning") if "the same article as" in r[1]]) == 6
    # an id is still made from the address as given: a database loaded before keeps its ids
    key = "pier.example/news?story=13&utm_source=feed"
    assert stored[other[1]] == "u" + hashlib.sha1(key.encode()).hexdigest()[:16]
    again = load(tmp_path / "c.db", dump)
    assert "0 new, 0 updated, 3 unchanged" in again.output


# -- a database on a full disk, and on a read-only one (a tmpfs of our own: needs root and mount)

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs at tmp_path/disk, or a skip where mounting is not allowed."""
    import os
    import subprocess

    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def _remount(disk, options: str) -> None:
    import subprocess

    subprocess.run(["mount", "-o", f"remount,{options}", str(disk)], check=True)


def _load_in_a_process(db_path, dump):
    """The real CLI in a process of its own: a remount waits for no file our test process holds open."""
    import os
    import subprocess
    import sys
    from types import SimpleNamespace

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "datasette", "claims", "load", str(db_path), str(dump), "--no-match"],
                          capture_output=True, text=True, env=env, timeout=300)
    return SimpleNamespace(exit_code=done.returncode, output=done.stdout + done.stderr)


def _many(path, n: int = 400) -> None:
    path.write_text("".join(json.dumps({"id": f"pier-{i}", "title": f"Pier notice {i}",
                                        "text": f"{FOREIGN} The notice numbered {i} was posted. " * 3}) + "\n"
                            for i in range(n)))


def test_a_full_disk_keeps_what_was_written_and_the_next_load_finishes(tmp_path, small_disk):
    dump = tmp_path / "many.jsonl"
    _many(dump)
    db_path = small_disk / "c.db"
    result = _load_in_a_process(db_path, dump)
    assert result.exit_code == 1, result.output
    assert "the disk is full" in result.output and "run the same command again" in result.output
    assert "Traceback" not in result.output
    _remount(small_disk, "size=40m")
    again = _load_in_a_process(db_path, dump)
    assert again.exit_code == 0, again.output
    db = sqlite_utils.Database(db_path)
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert db["articles"].count == 400
    assert db.execute("select count(*), count(distinct id) from claims").fetchone()[0] == db["claims"].count


def test_a_database_on_a_read_only_disk_says_so(tmp_path, small_disk):
    dump = tmp_path / "many.jsonl"
    _many(dump, 3)
    db_path = small_disk / "c.db"
    assert _load_in_a_process(db_path, dump).exit_code == 0
    _remount(small_disk, "ro")
    result = _load_in_a_process(db_path, dump)
    assert result.exit_code == 2, result.output
    # was "is not a usable SQLite database: unable to open database file"
    assert f"error: {db_path} is read-only: cannot write to it" in result.output
    _remount(small_disk, "rw")


# -- a page title's site inside a ZIP or a tar, as in a folder

@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_a_site_repeated_in_an_archives_titles_is_its_outlet(tmp_path, kind):
    import tarfile
    import zipfile

    pages = {f"site/p{i}.html": _page(f"Pier Lantern - {headline}", day) for i, (headline, day) in enumerate(COLUMNS)}
    pages["site/column.html"] = _page("Isla Kerr - Why the bridge matters to all of us", "Saturday")
    archive = tmp_path / f"pages.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(archive, "w") as z:
            for name, html in pages.items():
                z.writestr(name, html)
    else:
        with tarfile.open(archive, "w") as tar:
            for name, html in pages.items():
                data = html.encode()
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    result = load(tmp_path / "c.db", archive)
    assert result.exit_code == 0, result.output
    outlets = {name: outlet for name, (outlet, _h) in _titles(tmp_path / "c.db").items()}
    # before, no outlet for any: only a page's address confirmed a title's site inside an archive
    assert outlets == {"p0.html": "Pier Lantern", "p1.html": "Pier Lantern", "p2.html": "Pier Lantern",
                       "column.html": None}


# -- a news API dump's dates

def test_epoch_dates_load_and_a_relative_date_says_why_it_is_left_out(tmp_path):
    dump = tmp_path / "api.jsonl"
    dates = {"e1": {"published": 1764979200}, "e2": {"publishedAt": 1764979200000}, "e3": {"date": "1764979200"},
             "r1": {"date": "2 hours ago"}, "r2": {"published": "Yesterday"}}
    dump.write_text("".join(json.dumps({"id": key, "text": f"{FOREIGN} Notice {key}.", **date}) + "\n"
                            for key, date in dates.items()))
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert {r["id"]: r["published"] for r in db.query("select id, published from articles")} == {
        "e1": "2025-12-06", "e2": "2025-12-06", "e3": "2025-12-06", "r1": None, "r2": None}
    reason = " (counted from when the page was read, which the record does not say): left out"
    assert rows(tmp_path / "c.db") == [(f"{dump}:4", f"published date not understood: '2 hours ago'{reason}"),
                                       (f"{dump}:5", f"published date not understood: 'Yesterday'{reason}")]
