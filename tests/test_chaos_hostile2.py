"""Hostile input, second round: what an attacker or an unlucky user hands ``load``.

Each test is a failure found by loading invented hostile input with the real
CLI into a real SQLite file (pages from a real local HTTP server): an HTML
page a server calls ``application/octet-stream``, a server that lies about
its charset, a JSON string holding ``\\u0000``, a folder's hidden files, a
JSON line of 200 MB, a tar archive, a link that loops.  Before, each was
refused, mangled, held whole in memory or passed over without a word; now
each loads, or is one ``load_errors`` row that says why, and the rest loads.
All content is generated here.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import time
from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from local_server import serving

from datasette_claims import readers
from datasette_claims.models import Document

STORY = ("The ferry operator, Maren Holt, said on Tuesday that the island service would run twice a day from "
         "April. \u201cThe new boat is ready,\u201d Holt told the harbour board at its meeting in Skelvik.")
PAGE = ("<!DOCTYPE html><html><head><title>Ferry to run twice a day</title></head><body><article><p>" + STORY
        + "</p><p>The harbour board said it would publish the timetable in March.</p></article></body></html>")


def load(db_path, *args):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *map(str, args), "--no-match"])


def rows(db_path, level: str | None = None) -> list[tuple[str, str]]:
    db = sqlite_utils.Database(db_path)
    where = f" where level = '{level}'" if level else ""
    return [(r["path"], r["reason"]) for r in db.query(f"select path, reason from load_errors{where} order by id")]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body, content_type = PAGE.encode("utf-8"), None
        if self.path == "/octet":
            content_type = "application/octet-stream"
        elif self.path == "/binary-octet":
            content_type = "binary/octet-stream"
        elif self.path == "/pdf-octet":
            body, content_type = b"%PDF-1.7\n" + bytes(range(256)) * 40, "application/octet-stream"
        elif self.path == "/latin1-lie":  # a server's default charset on a UTF-8 page
            content_type = "text/html; charset=ISO-8859-1"
        elif self.path == "/utf8-lie":  # UTF-8 declared, Windows-1252 sent
            body, content_type = PAGE.encode("cp1252"), "text/html; charset=utf-8"
        elif self.path == "/no-such-charset":
            content_type = "text/html; charset=x-made-up-7"
        elif self.path == "/honest-latin1":
            body, content_type = PAGE.replace("\u201c", '"').replace("\u201d", '"').replace(
                "Skelvik", "Sk\u00e9lvik").encode("latin-1"), "text/html; charset=iso-8859-1"
        self.send_response(200)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


@pytest.mark.parametrize("path", ["/octet", "/binary-octet"])
def test_html_served_as_octet_stream_is_sniffed_and_loads(server, tmp_path, path):
    result = load(tmp_path / "c.db", server + path)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    [row] = db.query("select headline, text from articles")
    assert row["headline"] == "Ferry to run twice a day"
    assert db["claims"].count >= 2
    assert rows(tmp_path / "c.db") == []


def test_a_binary_file_served_as_octet_stream_is_still_refused(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/pdf-octet")
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(f"{server}/pdf-octet", "not HTML or text: content type "
                                                               "application/octet-stream")]


@pytest.mark.parametrize("path, warning", [
    ("/latin1-lie", "declared charset 'iso-8859-1', but the body is not in it: read as utf-8"),
    ("/utf8-lie", "declared charset 'utf-8', but the body is not in it: read as windows-1252"),
    ("/no-such-charset", "declared charset 'x-made-up-7', which is no charset known: read as utf-8"),
])
def test_a_charset_lie_is_read_as_the_body_is_with_a_warning(server, tmp_path, path, warning):
    result = load(tmp_path / "c.db", server + path)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    [row] = db.query("select text from articles")
    assert "\u201cThe new boat is ready,\u201d Holt told" in row["text"]
    assert "\u00e2\u20ac" not in row["text"]  # no mojibake
    assert any(c["speaker"] == "Maren Holt" for c in db.query("select speaker from claims"))
    assert rows(tmp_path / "c.db") == [(server + path, warning)]


def test_an_honest_latin1_page_is_read_as_declared_without_a_warning(server, tmp_path):
    result = load(tmp_path / "c.db", f"{server}/honest-latin1")
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(tmp_path / "c.db").query("select text from articles")
    assert "Sk\u00e9lvik" in row["text"]
    assert rows(tmp_path / "c.db") == []


def test_nul_characters_in_a_json_record_are_left_out_with_a_warning(tmp_path):
    dump = tmp_path / "dump.jsonl"
    record = {"id": "ferry-1", "title": "Ferry\u0000 plan", "text": STORY.replace("island", "is\u0000land")}
    dump.write_text(json.dumps(record) + "\n")
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    [row] = db.query("select headline, text, length(text) as n from articles")
    assert row["text"] == STORY and row["n"] == len(STORY)  # SQLite's length() stopped at the NUL
    assert row["headline"] == "Ferry plan"
    assert rows(tmp_path / "c.db") == [(f"{dump}:1", "NUL characters (\\u0000) left out of its strings")]


def test_a_record_that_is_not_an_object_says_what_it_is(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([json.dumps({"id": "ferry-1", "text": STORY}), "42", '"a stray string"', "null"]))
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [
        (f"{dump}:2", "JSON record is not an object: a number (42)"),
        (f"{dump}:3", "JSON record is not an object: a string ('a stray string')"),
        (f"{dump}:4", "JSON record is not an object: null"),
    ]
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 1


def test_hidden_files_are_counted_in_the_summary_and_one_row(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / ".git").mkdir(parents=True)
    (corpus / ".git" / "story.txt").write_text(STORY)
    (corpus / "ferry.txt").write_text(STORY)
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    (corpus / "sub").mkdir()
    (corpus / "sub" / "._ferry.txt").write_bytes(b"\x00\x05\x16\x07" + bytes(60))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert "3 hidden files and folders skipped" in result.output
    expected = [(str(corpus), "skipped 3 hidden files and folders (a name starting with '.': .DS_Store, "
                              "._ferry.txt, .git); to load one, name it on the command line")]
    assert rows(tmp_path / "c.db") == expected
    again = load(tmp_path / "c.db", corpus)  # loading again changes nothing
    assert again.exit_code == 0 and "0 new, 0 updated, 1 unchanged" in again.output
    assert rows(tmp_path / "c.db") == expected


def test_a_json_line_over_the_cap_is_an_error_row_and_never_held(tmp_path):
    dump = tmp_path / "dump.jsonl"
    with dump.open("w") as f:
        f.write(json.dumps({"id": "ferry-1", "text": STORY}) + "\n")
        f.write(json.dumps({"id": "huge", "text": STORY * 2_000}) + "\n")  # about 400 KB
        f.write(json.dumps({"id": "ferry-2", "text": STORY.replace("Tuesday", "Friday")}) + "\n")
    result = load(tmp_path / "c.db", dump, "--max-article-size", "10000")
    assert result.exit_code == 1, result.output
    [(path, reason)] = rows(tmp_path / "c.db")
    assert path == f"{dump}:2"
    assert reason.startswith("line 2 is ") and reason.endswith(
        " bytes, over the cap of 160,000 for one record (16 times --max-article-size): not read")
    ids = [r["id"] for r in sqlite_utils.Database(tmp_path / "c.db").query("select id from articles order by id")]
    assert ids == ["ferry-1", "ferry-2"]


def test_json_lines_are_read_a_piece_at_a_time():
    # a line is read in pieces and dropped once over the cap: what is held stays under it
    from datasette_claims.readers.json_records import Blanks, Overlong
    from datasette_claims.readers.streams import _byte_lines

    data = b"{}\n" + b"x" * 1_000_000 + b"\n{\"a\": 1}\r\n" + b"\n \r\n\t\n" + b"y" * 50
    chunks = [data[i:i + 4096] for i in range(0, len(data), 4096)]
    lines = list(_byte_lines(chunks, 100_000))
    assert lines == [b"{}\n", Overlong(1_000_001), b'{"a": 1}\r\n', Blanks(3), b"y" * 50]


def test_a_gzip_of_blank_lines_is_read_in_seconds_and_lines_keep_their_numbers(tmp_path):
    # 20 MB of blank lines (spaces, tabs, newlines at random: packed about 5 times, not a gzip bomb);
    # read a line at a time, 50 MB of them took over a minute
    blanks = os.urandom(20_000_000).translate(bytes(b" \t\n\n"[i % 4] for i in range(256)))
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wb", compresslevel=1) as f:
        f.write(json.dumps({"id": "ferry-1", "text": STORY}).encode() + b"\n")
        f.write(blanks + b"\n")
        f.write(b"not json\n")
    started = time.monotonic()
    result = load(tmp_path / "c.db", dump)
    assert time.monotonic() - started < 30
    assert result.exit_code == 1, result.output
    n = blanks.count(b"\n") + 3
    assert rows(tmp_path / "c.db") == [(f"{dump}:{n}", f"invalid JSON on line {n}: Expecting value")]


def test_a_json_document_over_the_cap_is_refused_not_read_whole(tmp_path):
    dump = tmp_path / "dump.json"
    # an array is read a record at a time since the third round (test_chaos_hostile3.py); an API's page is not
    dump.write_text(json.dumps({"articles": [{"id": f"f{i}", "text": STORY} for i in range(800)]}, indent=1))
    result = load(tmp_path / "c.db", dump, "--max-article-size", "10000")
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(str(dump), "JSON document over 160,000 bytes: too large to read whole (16 "
                                                   "times --max-article-size); save it as JSON lines, one record a "
                                                   "line (jq -c '.[]')")]


def _tar_of(text: str) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        data = text.encode()
        info = tarfile.TarInfo("ferry.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_a_tar_archive_is_read_as_its_files_whatever_its_name(tmp_path):
    # refused before ("unpack it"); read now as a ZIP is (see test_chaos_hostile3.py)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(STORY)
    (corpus / "stories.tar").write_bytes(_tar_of(STORY.replace("Tuesday", "Monday")))
    named = tmp_path / "stories.dat"
    named.write_bytes(_tar_of(STORY.replace("Tuesday", "Friday")))
    result = load(tmp_path / "c.db", corpus, named)
    assert result.exit_code == 0, result.output
    assert rows(tmp_path / "c.db") == []
    paths = [r["source_path"] for r in sqlite_utils.Database(tmp_path / "c.db").query(
        "select source_path from articles order by source_path")]
    assert paths == [f"{corpus}/ferry.txt", f"{corpus}/stories.tar!/ferry.txt", f"{named}!/ferry.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links")
def test_a_link_that_loops_named_on_the_command_line_says_so(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    result = load(tmp_path / "c.db", tmp_path / "a.txt")
    assert result.exit_code == 1, result.output
    [(path, reason)] = rows(tmp_path / "c.db")
    assert reason.startswith("a link that leads nowhere (")


def test_a_file_that_vanishes_between_listing_and_reading_is_a_row(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY)
    (corpus / "b.txt").write_text(STORY.replace("Tuesday", "Friday"))
    items = readers.read_paths([str(corpus)])
    first = next(items)
    assert isinstance(first, Document)
    (corpus / "b.txt").unlink()  # listed, then gone before it is read
    [gone] = list(items)
    assert isinstance(gone, readers.LoadError) and gone.path == f"{corpus}/b.txt"
    assert gone.reason == "cannot read file: No such file or directory"
