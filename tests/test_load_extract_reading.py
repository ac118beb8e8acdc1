"""Reading ``claims extract`` output and other JSON lines, made cheaper: lines
split by ``bytes.find`` unless a chunk holds a CR, the surrogate check by the
UTF-8 encoder, the word count's non-ASCII characters handed over by the
encoder, an address split once.  Each must read
exactly what the slower way read, for any file, hand-edited or foreign.

Invented sentences and names only; the real CLI and real SQLite files.
"""

from __future__ import annotations

import json
import random
import re

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims import parallel
from datasette_claims.articles import address_key, normalise_url, valid_url
from datasette_claims.contract import article_json
from datasette_claims.models import Document
from datasette_claims.readers import json_records, streams
from datasette_claims.readers.json_records import Blanks
from datasette_claims.store.articles import word_count

TEXT = ("Harbour vote delayed\n\nThe harbour commissioner, Marta Quellan, said the ferry would run all winter. "
        "Tobias Fenwright, a spokesman for the rail union, said the tram timetable was never approved.")


def _load(tmp_path, lines: list[str]):
    src = tmp_path / "records.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(src), "--no-match", "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return sqlite_utils.Database(db_path)


class _CountedSearch:
    """``streams.LINE_END`` with its searches counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


def test_lines_without_a_carriage_return_are_split_without_the_regex(monkeypatch):
    counted = _CountedSearch(streams.LINE_END)
    monkeypatch.setattr(streams, "LINE_END", counted)
    data = b'{"a": 1}\n{"b": 2}\n\n\n{"c": 3}'
    chunks = [data[i:i + 5] for i in range(0, len(data), 5)]
    assert list(streams._byte_lines(chunks, 1000)) == [b'{"a": 1}\n', b'{"b": 2}\n', Blanks(2), b'{"c": 3}']
    assert counted.calls == 0  # the regex took ~70 instructions a byte; bytes.find is a C scan
    assert list(streams._byte_lines([b'{"a": 1}\r{"b": 2}\r\n'], 1000)) == [b'{"a": 1}\r', b'{"b": 2}\r\n']
    assert counted.calls == 2


def _numbered(lines) -> list[tuple[int, bytes]]:
    """Each line's number and its bytes without their line end (a CRLF cut
    between two chunks ends its line at the CR), blank runs counted."""
    out, n = [], 0
    for line in lines:
        if isinstance(line, Blanks):
            n += line.count
            continue
        n += 1
        if line.strip():  # a blank line cut between chunks comes as a line; the reader skips it
            out.append((n, line.rstrip(b"\r\n")))
    return out


def test_any_chunking_of_mixed_line_ends_gives_the_same_lines():
    rng = random.Random(7)
    pieces = [b'{"id": "r%d"}' % i for i in range(40)]
    ends = [b"\n", b"\r\n", b"\r", b"\n\n", b"\n \t\n", b"\r\n\r\n", b"\r\r\n"]
    data = b"".join(p + rng.choice(ends) for p in pieces) + b'{"id": "last"}'
    whole = _numbered(streams._byte_lines([data], 10_000))
    assert [line for _n, line in whole] == pieces + [b'{"id": "last"}']
    assert whole == [(n, line) for n, line in enumerate(re.split(rb"\r\n?|\n", data), 1) if line.strip()]
    for size in (1, 2, 3, 7, 16, 64, 333):
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        assert _numbered(streams._byte_lines(chunks, 10_000)) == whole, size
    # an overlong line is still given as its size, however it is cut
    long = b'{"x": "' + b"y" * 50 + b'"}\n{"id": "short"}\n'
    for size in (4, 9, 100):
        got = list(streams._byte_lines([long[i:i + size] for i in range(0, len(long), size)], 40))
        assert got == [json_records.Overlong(60), b'{"id": "short"}\n'], size


def test_a_lone_surrogate_is_found_in_any_kind_of_string():
    for value, has in [("plain ascii", False), ("café au lait", False), ("naïve “quotes” — ok", False),
                       ("emoji \U0001F600 and accents é", False), ("\ud800", True), ("café \udc00", True),
                       ("“x” \ud83d", True), ("\U0001F600\udfff", True), ("\ue000 private", False)]:
        repairs: set[str] = set()
        cleaned = json_records._clean(value, repairs)
        assert ("surrogate" in repairs) is has, value
        assert cleaned == re.sub("[\ud800-\udfff]", "\ufffd", value)


def test_a_hand_edited_extract_record_with_a_lone_surrogate_still_loads_with_its_warning(tmp_path):
    prepared = parallel.prepare(Document(text=TEXT.replace("Quellan", "Quellán"), path="invented.txt",
                                         id="edited-1", url="https://courier.example/harbour"))
    record = article_json(prepared.article, prepared.claims)
    assert record["claims"]
    record["text"] = record["text"].replace("Harbour vote", "Harbour\ud800vote")  # a character for a character
    line = json.dumps(record)  # (written as "\\ud800", as a hand edit would)
    db = _load(tmp_path, [line])
    assert [r["id"] for r in db.query("select id from articles")] == ["edited-1"]
    assert db.execute("select count(*) from claims").fetchone()[0] == len(record["claims"])
    reasons = [r["reason"] for r in db.query("select reason from load_errors")]
    assert any("lone surrogate" in reason for reason in reasons), reasons


def test_an_address_is_checked_and_normalised_as_before():
    for url in ["https://www.courier.example/harbour/", "courier.example/a?b=1", "http://[::1]/x", "N/A",
                "http://bad host/x", "https://courier.example:99999/x", "https://courier.example/",
                "ftp://files.example/report.txt", "  https://Courier.Example/Story  ", "http://user@host.example/p"]:
        valid = valid_url(url)
        key = address_key(url)
        if not valid:
            assert key is None, url
        elif key is not None:
            assert key == normalise_url(url), url


def test_the_word_count_of_text_opening_and_closing_with_non_ascii():
    for text in ["éa b ü", "“x”", "Ωmega—alpha’s", "a\u2009b\u3000c", "\U0001F600 smile \U0001F600"]:
        assert word_count(text) == len(re.findall(r"\w+", text)), text
