"""A load's memory does not grow with its input.

A generated corpus (invented sentences) is loaded at N and at 4N articles,
each in a child process that first loads a few articles elsewhere, so that
imports, compiled patterns and SQLite's caches are all in place, and then
reports how far its peak RSS (``ru_maxrss``) rose during the load proper.
Anything kept per article (a list of every article, a cache never trimmed,
a reader holding the whole file) makes the rise at 4N about four times the
rise at N; a streaming load rises by about the same at both.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import sys

import pytest

from datasette_claims.readers import read_paths, read_stream

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NAMES = ["Orla Fenstermacher", "Bastian Quillfeather", "Yusra Delacroix-Ng", "Pim van Hollestraat"]
ROLES = ["the lighthouse keeper", "a spokeswoman for the canal trust", "the orchard co-operative's treasurer"]
THINGS = ["the cable car", "the salt marsh survey", "the library roof", "the cider festival", "the goat census"]
SAYINGS = [
    "{thing} will cost {n} thousand crowns more than planned",
    "{thing} was approved without a single objection in {n} meetings",
    "{thing} has been delayed {n} times since the spring",
    "nobody had checked {thing} for {n} years",
]

CHILD = r"""
import json, resource, sys
from datasette_claims import loader
warm, src, db = sys.argv[1:4]
loader.load(db + ".warm", [warm], match=False, jobs=1)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = loader.load(db, [src], match=False, jobs=1)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"articles": report.articles, "errors": len(report.errors), "rise_kb": peak - base}))
"""


def _article(rng: random.Random, n: int) -> dict:
    paragraphs = []
    for _ in range(12):
        said = rng.choice(SAYINGS).format(thing=rng.choice(THINGS), n=rng.randrange(2, 90))
        paragraphs.append(
            f"{rng.choice(NAMES)}, {rng.choice(ROLES)}, said that {said}. "
            f"The matter came up again on day {rng.randrange(1, 400)} of the session, number {n}."
        )
    return {"id": f"gen-{n}", "title": f"Harbour notes {n}", "outlet": "Invented Gazette",
            "text": "\n\n".join(paragraphs)}


def _corpus(path, count: int, seed: int) -> str:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for n in range(count):
            f.write(json.dumps(_article(rng, n)) + "\n")
    return str(path)


def _rise(tmp_path, name: str, count: int) -> dict:
    warm = _corpus(tmp_path / "warm.jsonl", 40, 1)
    src = _corpus(tmp_path / f"{name}.jsonl", count, 2)
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", CHILD, warm, src, str(tmp_path / f"{name}.db")],
                         capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["articles"] == count and result["errors"] == 0
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is in kilobytes on Linux")
def test_memory_stays_flat_as_the_input_grows(tmp_path):
    n = 300  # about 1 MB of text: 4N held in memory would be several MB more
    small = _rise(tmp_path, "small", n)
    large = _rise(tmp_path, "large", 4 * n)
    # kept per article, the rise at 4N would be about 4 times the rise at N;
    # a few MB of slack for the allocator and SQLite's page cache filling up
    assert large["rise_kb"] <= 1.5 * small["rise_kb"] + 6 * 1024, (small, large)


class _Counting(io.RawIOBase):
    """A byte stream that counts what was read from it."""

    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n


class _TextOnly:
    """A text stream without ``.buffer`` (what some callers pass as stdin)."""

    def __init__(self, text: str):
        self.inner = io.StringIO(text)
        self.pos = 0

    def read(self, n: int = -1) -> str:
        chunk = self.inner.read(n)
        self.pos += len(chunk)
        return chunk


def _lines(count: int) -> str:
    rng = random.Random(3)
    return "".join(json.dumps(_article(rng, n)) + "\n" for n in range(count))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32", "gzip"])
def test_json_lines_are_read_as_they_are_needed(encoding):
    text = _lines(400)  # about 1 MB
    data = gzip.compress(text.encode("utf-8")) if encoding == "gzip" else text.encode(encoding)
    stream = _Counting(data)
    docs = read_stream(stream, "dump.jsonl", ".jsonl", 10**6)
    first = next(docs)
    assert first.id == "gen-0"
    assert stream.pos < len(data) / 4  # the first record came before the rest was read
    assert [d.id for d in docs][-1] == "gen-399"


def test_a_text_stream_on_stdin_is_read_as_it_is_needed():
    text = _lines(400)
    stdin = _TextOnly(text)
    docs = read_paths(["-"], stdin=stdin)
    assert next(docs).id == "gen-0"
    assert stdin.pos < len(text) / 4
    assert sum(1 for _ in docs) == 399
