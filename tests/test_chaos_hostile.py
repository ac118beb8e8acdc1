"""A fact-checker's messy folder and odd addresses, loaded by the real CLI.

Each test is a failure found by loading hostile input (a named pipe among
the files, an address ``urlparse`` cannot split, a redirect that names no
address): before, the load hung for ever or ended in a traceback, losing
everything after.  Now each is one ``load_errors`` row and the rest loads.
Real CLI (in a subprocess where the old code hung), real SQLite, invented text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from local_server import serving

ROOT = Path(__file__).resolve().parent.parent
STORY = ("The lock keeper, Aled Price, said on Wednesday that the canal would reopen to boats in May. "
         '"The new gates are in," Price told the boating club.')
PAGE = ("<html><head><title>Canal to reopen</title></head><body><article><p>" + STORY
        + "</p><p>The boating club said it would hold a regatta in June.</p></article></body></html>").encode()


def rows(db_path) -> list[tuple[str, str, str]]:
    db = sqlite_utils.Database(db_path)
    return [(r["path"], r["level"], r["reason"]) for r in db.query("select path, level, reason from load_errors")]


def load_env() -> dict[str, str]:
    # the caller's PYTHONPATH first (a checkout under test), then this one's
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT)])))


def run_load(*args, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "datasette", "claims", "load", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=load_env())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_for(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_story.txt").write_text(STORY)
    os.mkfifo(corpus / "b_pipe.txt")  # opening it waits for a writer that never comes
    (corpus / "c_story.txt").write_text(STORY.replace("Wednesday", "Thursday"))
    done = run_load(tmp_path / "c.db", corpus, "--no-match", timeout=60)
    assert done.returncode == 0, done.stderr
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db["articles"].count == 2
    assert rows(tmp_path / "c.db") == [(f"{corpus}/b_pipe.txt", "warning",
                                        "skipped: not a regular file (a named pipe, a socket or a device), which is "
                                        f"read only when named on the command line: datasette claims load DB "
                                        f"{corpus}/b_pipe.txt")]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)
        elif self.path == "/nowhere":  # a redirect status without a Location
            self.send_response(302)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.end_headers()


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


def test_an_address_that_cannot_be_split_is_an_error_row_and_the_rest_loads(server, tmp_path):
    links = tmp_path / "links.txt"
    links.write_text(f"http://[gazette.example/2025/ferry\n{server}/page\n")
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), "http://[::1", str(links),
                                      f"{server}/nowhere", f"{server}/loop", "http://gazette example/x"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 1
    assert sorted(rows(tmp_path / "c.db")) == sorted([
        ("http://[::1", "error", "not a valid web address: Invalid IPv6 URL"),
        ("http://[gazette.example/2025/ferry", "error", "not a valid web address: Invalid IPv6 URL"),
        (f"{server}/nowhere", "error", "HTTP 302 Found: a redirect that names no address to go to"),
        (f"{server}/loop", "error", "HTTP 302: too many redirects (a redirect loop?)"),
        ("http://gazette example/x", "error", "not a valid web address: URL can't contain control characters. "
                                              "'gazette example' (found at least ' ')"),
    ])


def start_load(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "datasette", "claims", "load", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=load_env())


@pytest.mark.parametrize("trial", [1, 2, 3])
def test_loads_started_at_once_into_a_new_file_all_load(tmp_path, trial):
    # each found every migration pending; one failed with "UNIQUE constraint failed:
    # _sqlite_migrations..." or "locked for over 120s" (at once), having loaded nothing
    db = tmp_path / "c.db"
    stories = []
    for k in range(3):
        stories.append(tmp_path / f"s{k}.txt")
        stories[-1].write_text(STORY.replace("Aled Price", f"Aled Price{k}"))
    loads = [start_load(db, story, "--no-match") for story in stories]
    said = [load.communicate(timeout=300)[1] for load in loads]
    assert [load.returncode for load in loads] == [0, 0, 0], said
    assert sqlite_utils.Database(db)["articles"].count == 3


MIXED = ("\u201cThe new gates are in,\u201d the lock keeper, Aled Price, said on Wednesday.\n\n"
         "\u201cBoats can pass from May,\u201d Price told the boating club.\n\n")


def test_utf8_text_with_a_stray_windows_1252_line_keeps_its_quotes(tmp_path):
    # two files run together: the UTF-8 story, then a line saved as Windows-1252
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pasted = "The caf\u00e9 owner said she was \u201cdelighted\u201d."
    (corpus / "joined.txt").write_bytes(MIXED.encode() + pasted.encode("cp1252"))
    (corpus / "joined.jsonl").write_bytes(
        ('{"id": "j1", "text": "' + MIXED.replace("\n", "\\n").replace("Aled", "Bryn") + ' Caf').encode("utf-8")
        + "\u00e9.\"}\n".encode("cp1252"))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(corpus), "--no-match"])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    texts = {r["source_path"].rsplit("/", 1)[1]: r["text"] for r in db.query("select source_path, text from articles")}
    assert texts["joined.txt"] == MIXED + pasted
    assert texts["joined.jsonl:1"] == MIXED.replace("Aled", "Bryn") + " Caf\u00e9."
    said = "not UTF-8: decoded as utf-8 but for {}, read as windows-1252"
    assert sorted(rows(tmp_path / "c.db")) == [
        (f"{corpus}/joined.jsonl:1", "warning", said.format("1 stray byte")),
        (f"{corpus}/joined.txt", "warning", said.format("3 stray bytes")),
    ]
    quoted = db.execute("select count(*) from claims where article_id in (select id from articles)").fetchone()[0]
    assert quoted >= 4


def test_metadata_of_the_wrong_kind_is_a_warning_not_dropped_without_a_word(tmp_path):
    dump = tmp_path / "odd.jsonl"
    records = [
        {"id": "a", "text": STORY, "title": ["Canal", "to reopen"]},
        {"id": "b", "text": STORY.replace("May", "June"), "outlet": {"brand": "Towpath Times"}},
        {"id": "c", "text": STORY.replace("May", "July"), "url": ["https://towpath.example/canal"]},
        {"id": ["d"], "text": STORY.replace("May", "August")},
        {"id": "e", "text": STORY.replace("May", "April"), "title": 1842, "section": None},  # kept as before
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(dump), "--no-match"])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 5
    assert rows(tmp_path / "c.db") == [
        (f"{dump}:1", "warning", "its 'title' is a list of 2 strings, not text: left out"),
        (f"{dump}:2", "warning", "its 'outlet' is an object, not text: left out"),
        (f"{dump}:3", "warning", "its 'url' is a list of 1 string, not text: left out"),
        (f"{dump}:4", "warning", "its 'id' is a list of 1 string, not text: left out"),
    ]


def test_a_text_padded_with_nul_bytes_loads_and_nul_bytes_inside_are_binary(tmp_path):
    # a write cut short by a crash leaves a text padded with NULs to its block's end
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "padded.txt").write_bytes(STORY.encode() + b"\x00" * 3000)
    (corpus / "inside.txt").write_bytes(STORY.encode()[:40] + b"\x00" + STORY.encode()[40:])
    (corpus / "nothing.txt").write_bytes(b"\x00" * 512)
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(corpus), "--no-match"])
    assert result.exit_code == 1, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert [r["text"] for r in db.query("select text from articles")] == [STORY]
    assert sorted(rows(tmp_path / "c.db")) == [
        (f"{corpus}/inside.txt", "error", "binary file (NUL bytes), not text"),
        (f"{corpus}/nothing.txt", "error", "binary file (NUL bytes), not text"),
        (f"{corpus}/padded.txt", "warning", "ends in 3,000 NUL bytes (a write cut short?), left out"),
    ]
