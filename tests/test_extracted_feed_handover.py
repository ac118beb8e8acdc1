"""The hand-over between the reading process of a ``--jobs`` load of extract
output and the writer: items arrive as they were made, whatever their kind
(plain rows by marshal, anything else pickled); and the writer starts before
a whole batch is read (while the reading process has nothing ready, it
writes what it holds: the first batch only, so the number of transactions
stays what it was), the database the same either way.

Invented sentences only; real SQLite, a real forked reading process.
"""

from __future__ import annotations

import gc
import io
import json
import sys
import time

import pytest
from test_load_parallel import dump
from test_store_record_rows import _record

from datasette_claims import extracted_feed, loader
from datasette_claims.extracted_feed import (
    _HEADER, _MARSHALLED, BATCH, _message, _receive, in_process_of_its_own, prepare_records,
)
from datasette_claims.loader import FIRST_BATCH, LoadReport, _Writer
from datasette_claims.models import Document
from datasette_claims.parallel import Prepared
from datasette_claims.readers import LoadError
from datasette_claims.store import open_db

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the reading process is forked on Linux")


class _Name(str):
    """A str subclass: marshal does not write it."""


def _handed_over(items: list) -> list:
    pipe = io.BytesIO(_message("items", items))
    kind, got = _receive(pipe)
    assert kind == "items"
    return got


def test_every_kind_of_item_is_handed_over_as_it_was():
    record = _record("courier-7", url="https://courier.example/7")
    doc = Document(text=record["text"], path="out.jsonl:7", id="courier-7", url=record["url"], clean=True,
                   extracted=record)
    plain = next(prepare_records([doc]))
    assert plain.rows is not None and plain.rows.claim_values and plain.rows.text_scores
    other = Prepared("out.jsonl:8", error=LoadError("out.jsonl:8", "no claims"), adoptable=True)
    items = [plain, LoadError("out.jsonl:9", "invalid JSON"), other, plain]
    got = _handed_over(items)
    assert got == items
    assert _message("items", items)[_HEADER.size:][:1] == _MARSHALLED  # the plain rows by marshal
    assert type(got[0].rows.claim_values[0]) is tuple and type(got[0].rows.text_scores) is tuple
    odd = Prepared(_Name("odd.jsonl:1"), rows=plain.rows, article_id=plain.rows.id)
    assert _handed_over([plain, odd]) == [plain, odd]  # pickled whole: marshal refuses the subclass
    assert type(_handed_over([odd])[0].path) is _Name


@linux
def test_the_writer_is_told_when_the_reading_process_has_nothing_ready():
    def slow():
        for n in range(3 * BATCH):
            if n and n % BATCH == 0:
                time.sleep(0.3)  # the next batch is late
            yield n

    calls = []
    got = []
    for item in in_process_of_its_own(slow(), idle=lambda: calls.append(len(got))):
        got.append(item)
    assert got == list(range(3 * BATCH))
    # told at least once after each batch that came before a late one, never with items unread
    assert BATCH in calls and 2 * BATCH in calls


class _Rows:
    def __init__(self, ident: str):
        self.id = ident
        self.url_key = None  # no address to look up when the batch is written


def test_only_the_first_batch_is_written_early(tmp_path, monkeypatch):
    db = open_db(str(tmp_path / "c.db"))
    writer = _Writer(db, LoadReport(), batch_size=200)
    flushed = []

    def write():
        flushed.append(len(writer.pending))
        return ["unchanged"] * len(writer.pending)

    monkeypatch.setattr(writer, "_write", write)
    for n in range(FIRST_BATCH - 1):
        writer.pending.append(_Rows(f"a{n}"))
        writer.articles += 1
    writer.idle()
    assert flushed == []  # too few to be worth a transaction
    writer.pending.append(_Rows("last"))
    writer.articles += 1
    writer.idle()
    assert flushed == [FIRST_BATCH]
    for n in range(FIRST_BATCH):
        writer.pending.append(_Rows(f"b{n}"))
        writer.articles += 1
    writer.idle()
    assert flushed == [FIRST_BATCH]  # later batches wait for batch_size


@linux
def test_a_first_batch_written_early_leaves_the_same_database(tmp_path, monkeypatch):
    """The same rows with the first batch written early or not (only where batches end moves)."""
    src = tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(_record(f"courier-{n}", headline=f"Story {n}",
                                              url=f"https://courier.example/{n}")) + "\n" for n in range(70)))
    # the reading process made slow, so that the writer does wait for it: without
    # that, a fast reader can hand over everything before the writer first asks
    slow_rows = extracted_feed.record_rows
    monkeypatch.setattr(extracted_feed, "record_rows", lambda doc: (time.sleep(0.02), slow_rows(doc))[1])
    # and no batch ended by the clock (BATCH_SECONDS): 70 slow records take longer than
    # a second, more on a loaded machine, which split the "late" load in two
    monkeypatch.setattr(loader, "BATCH_SECONDS", 10**6)
    found = []
    for name, first in (("late.db", 10**9), ("early.db", 1)):
        monkeypatch.setattr(loader, "FIRST_BATCH", first)
        written = []
        monkeypatch.setattr(loader._Writer, "_write", _counting(loader._Writer._write, written))
        report = loader.load(str(tmp_path / name), [str(src)], match=False, jobs=2)
        assert report.articles == 70 and report.ok
        found.append((dump(str(tmp_path / name)), len(written)))
    (late, late_batches), (early, early_batches) = found
    assert late == early
    assert late_batches == 1 and early_batches >= 2  # the early one did write early


def _counting(write, calls: list):
    def counted(self):
        calls.append(len(self.pending))
        return write(self)
    return counted


@linux
def test_the_writer_asks_for_a_pipe_numbered_past_1024():
    # select() refuses descriptors from 1024 on; a long-running process (a test
    # suite, a notebook) holding many files open gets such numbers for its pipe
    import os

    from datasette_claims.extracted_feed import _ready

    read_end, write_end = os.pipe()
    high = os.dup2(read_end, 1500)
    try:
        assert _ready(high) is False
        os.write(write_end, b"x")
        assert _ready(high) is True
    finally:
        for fd in (read_end, write_end, high):
            os.close(fd)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the reading process is forked on Linux")
def test_the_reading_process_leaves_what_it_inherits_out_of_its_collections():
    def frozen():  # evaluated in the reading process, as it reads
        yield gc.get_freeze_count()

    (count,) = in_process_of_its_own(frozen())
    assert count > 0  # the imported modules and the writer's objects, frozen as the process starts
    assert gc.get_freeze_count() == 0  # the writer's own collector is left as it was
