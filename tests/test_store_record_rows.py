"""Extract records straight to rows: the same rows as the general path, or
the general path itself; the word count and content hash built faster but
the same; the reading process of a ``--jobs`` load of extract output.

Invented sentences only; real SQLite and the real command where a database
is involved.
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys

import pytest
from click.testing import CliRunner
from datasette.cli import cli
from test_load_parallel import dump

from datasette_claims import parallel
from datasette_claims.articles import url_key
from datasette_claims.contract import ContractError, article_from_record, article_json
from datasette_claims.extracted_feed import in_process_of_its_own, prepare_records
from datasette_claims.models import Document
from datasette_claims.store.articles import CLAIM_COLUMNS, article_rows, fingerprint, fingerprint_values, word_count
from datasette_claims.store.record_rows import record_rows

TEXT = ('WESTMOOR, June 3 (Valley Courier) - "The ferry will run all winter," said Marta Quellan, the harbour '
        "commissioner.\n\nTobias Fenwright, a spokesman for the rail union, said that the tram timetable had "
        "probably never been approved. Officials who asked not to be named said the bridge repairs cost "
        "twice as much as promised.\n\nAccording to Ilse Varnów, the clinic is the busiest in the valley.")


def _record(ident: str = "courier-1", **fields) -> dict:
    prepared = parallel.prepare(Document(text=TEXT, path="invented.txt", id=ident, url="https://courier.example/1"))
    record = article_json(prepared.article, prepared.claims)
    record.update(fields)
    return json.loads(json.dumps(record))  # as read from a file


def _doc(record: dict) -> Document:
    return Document(text=record["text"], path="out.jsonl:1", id=record.get("id"), url=record.get("url"),
                    clean=True, extracted=record)


def _general(record: dict):
    """The rows of the general path (``parallel.prepare``), the record's hash included."""
    doc = _doc(record)
    article, claims = article_from_record(doc.extracted, doc)  # (raises as the contract does)
    rows = parallel.prepare(doc, rows=True).rows
    assert rows.claim_values == article_rows(article, claims).claim_values
    return rows


def test_a_plain_record_gives_the_rows_of_the_general_path():
    record = _record()
    assert len(record["claims"]) >= 3 and any(c["hedges"] for c in record["claims"])
    fast = record_rows(_doc(record))
    assert fast is not None
    assert fast == _general(record)
    assert fast.row["dateline_place"] == "WESTMOOR"


def _vary(record: dict, change) -> dict:
    record = copy.deepcopy(record)
    change(record)
    return record


SAME_ROWS = {
    "fields left out take the defaults": lambda r: [c.pop(k) for c in r["claims"]
                                                     for k in ("sourcing", "quote_type", "confidence", "hedges",
                                                               "source", "cue", "utterance_id", "rule")],
    "spans without their text": lambda r: [c["content"].pop("text") for c in r["claims"]],
    "a whole-number confidence": lambda r: r["claims"][0].update(confidence=1),
    "hedges that are not words": lambda r: r["claims"][0].update(hedges=[3, {"x": "y"}]),
    "an empty hedges field": lambda r: r["claims"][0].update(hedges=""),
    "a speaker that is a pronoun": lambda r: r["claims"][0].update(speaker="She", sourcing="named_person"),
    "an organisation": lambda r: r["claims"][0].update(speaker="Rail Union Ltd", sourcing="named_org"),
    "fields from a newer release": lambda r: r["claims"][0].update(certainty="high"),
    "no dateline": lambda r: r.update(dateline=None),
    "empty metadata": lambda r: r.update(url="", outlet=None, headline=""),
    "no claims": lambda r: r.update(claims=[]),
    "a source and a cue left null": lambda r: r["claims"][0].update(source=None, cue=None),
}


@pytest.mark.parametrize("case", list(SAME_ROWS))
def test_unusual_but_valid_records_give_the_same_rows(case):
    record = _vary(_record(), SAME_ROWS[case])
    fast = record_rows(_doc(record))
    assert fast is not None, case
    assert fast == _general(record), case


GENERAL_PATH = {
    "a span whose text differs": lambda r: r["claims"][0]["content"].update(text="The ferry will stop"),
    "a span outside the text": lambda r: r["claims"][0]["content"].update(end=10 ** 6),
    "a span as a pair": lambda r: r["claims"][0].update(cue=[0, 4]),
    "offsets that are booleans": lambda r: r["claims"][0]["content"].update(start=True),
    "an offset that is a float": lambda r: r["claims"][0]["cue"].update(end=float(r["claims"][0]["cue"]["end"])),
    "a span ending before it starts": lambda r: r["claims"][0]["content"].update(end=0, start=1),
    "a confidence that is a boolean": lambda r: r["claims"][0].update(confidence=True),
    "a confidence that is text": lambda r: r["claims"][0].update(confidence="high"),
    "no paragraphs (an older release)": lambda r: r.pop("paragraphs"),
    "a paragraph as an object": lambda r: r.update(paragraphs=[{"start": 0, "end": 5}]),
    "a claim that is not an object": lambda r: r["claims"].append("claim"),
    "a speaker that is a number": lambda r: r["claims"][0].update(speaker=7),
    "a sourcing that is a list": lambda r: r["claims"][0].update(sourcing=["named_person"]),
    "a role of another type": lambda r: r["claims"][0].update(speaker_role=["odd"]),
    "an utterance id that is a number": lambda r: r["claims"][0].update(utterance_id=5),
}


@pytest.mark.parametrize("case", list(GENERAL_PATH))
def test_anything_else_takes_the_general_path(case):
    record = _vary(_record(), GENERAL_PATH[case])
    assert record_rows(_doc(record)) is None, case
    # and the general path decides, as before: the same rows, or why not
    (prepared,) = prepare_records([_doc(record)])
    expected = parallel.prepare(_doc(record), rows=True)
    assert (prepared.rows, prepared.unsaveable, prepared.error) == (
        expected.rows, expected.unsaveable, expected.error)


def test_a_field_that_is_not_text_is_a_bad_record():
    # (a speaker given as a number stopped the whole load with an AttributeError)
    record = _vary(_record(), GENERAL_PATH["a speaker that is a number"])
    (prepared,) = prepare_records([_doc(record)])
    assert prepared.rows is None and prepared.error.reason.endswith("speaker is not text")


def test_a_bad_span_is_still_refused_by_the_contract():
    record = _vary(_record(), GENERAL_PATH["a span whose text differs"])
    with pytest.raises(ContractError, match="does not match"):
        _general(record)
    (prepared,) = prepare_records([_doc(record)])
    assert prepared.rows is None and "bad extract record" in prepared.error.reason


def test_an_id_that_may_be_adopted_takes_the_general_path():
    record = _record()
    record["id"] = None
    doc = Document(text=record["text"], path="out.jsonl:1", clean=True, extracted=record)
    record["id"] = doc.id = "t" + "0" * 16  # the shape of a text id, though not this text's
    (prepared,) = prepare_records([doc])
    assert prepared.rows == parallel.prepare(doc, rows=True).rows


def test_the_address_key_comes_with_the_rows():
    """The writer takes the key it checks and stores from the rows; both paths give it."""
    record = _record(url="https://www.courier.example/ferry/")
    fast = record_rows(_doc(record))
    assert fast.url_key == "courier.example/ferry" == url_key(record["url"])
    assert _general(record).url_key == "courier.example/ferry"
    assert record_rows(_doc(_record(url=None))).url_key is None


def test_word_count_is_the_number_of_regex_words():
    texts = ["", "one", " two  words ", "snake_case and-dash 3.14", "Varnów’s “café” naïve ΑΘΗΝΑ 東京 2024",
             "\u2019\u2019 a\u0301b \ud800 x", "tab\there\nnew_line\u00a0nbsp", "١٢٣ arabic digits ²"]
    for text in texts:
        assert word_count(text) == len(re.findall(r"\w+", text)), text


def test_the_content_hash_is_the_same_for_any_value():
    record = _record()
    rows = record_rows(_doc(record))
    odd = [rows.claim_values[0][:3] + (value,) + rows.claim_values[0][4:]
           for value in (True, None, 2 ** 70, 1.5, float("nan"), float("inf"), {"a": [1]}, "naïve \"x\"\n")]
    for values in [rows.claim_values, odd, []]:
        expected = fingerprint(rows.row, [dict(zip(CLAIM_COLUMNS, v)) for v in values])
        assert fingerprint_values(rows.row, values) == expected


linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the reading process is forked on Linux")


@linux
def test_the_reading_process_keeps_the_order_and_raises_in_place():
    def items():
        yield from range(100)
        raise ValueError("reader broke")

    got = []
    with pytest.raises(ValueError, match="reader broke"):
        for item in in_process_of_its_own(items()):
            got.append(item)
    assert got == list(range(100))


@linux
def test_the_reading_process_ends_when_the_writer_stops():
    def endless():
        n = 0
        while True:
            yield n
            n += 1

    before = _children()
    items = in_process_of_its_own(endless())
    assert [next(items) for _ in range(50)] == list(range(50))
    assert len(_children() - before) == 1
    items.close()  # stops and reaps the process: none is left behind, not even a zombie
    assert _children() - before == set()


def _children() -> set[int]:
    """This process's children, from /proc (the reading process is forked on Linux only)."""
    found = set()
    for name in os.listdir("/proc"):
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid():
            found.add(int(name))
    return found


def claims(*args, input=None):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], input=input, catch_exceptions=False)


def test_extract_output_from_standard_input_loads_the_same_with_two_jobs(tmp_path):
    # each its own address: records at one address with one text are one article (test_dup_addresses.py)
    lines = [json.dumps(_record(f"courier-{n}", headline=f"Story {n}", url=f"https://courier.example/{n}"))
             for n in range(20)]
    lines.insert(5, "{not json")
    bad = _record("courier-bad")
    bad["claims"][0]["content"]["text"] = "The ferry will stop"
    lines.insert(12, json.dumps(bad))
    text = "\n".join(lines) + "\n"
    found = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        result = claims("load", db, "-", "--jobs", jobs, "--no-match", input=text)
        assert result.exit_code == 1, result.output
        found.append(dump(db))
    one, two = found
    assert len(one["articles"]) == 20 and len(one["claims"]) == 20 * len(_record()["claims"])
    reasons = [row[2] for row in one["load_errors"]]
    assert len(reasons) == 2 and "invalid JSON" in reasons[0] and "bad extract record" in reasons[1]
    assert one == two
