"""JSON records of the wrong shape: what the user is told, row by row.

Scraped and exported dumps put odd values under the usual keys: a number
where the text goes, a list of paragraphs, a date as a list or as
MongoDB's ``{"$date": ...}``.  None may vanish without a word: a record
that cannot load is an error row saying what its text key held, and a date
that was left out is a warning row.  Real CLI, real SQLite, invented text.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

SAID = "The ferry captain, Nell Tarrant, said on Tuesday that the crossing would resume after the gale."


def load_lines(tmp_path, records) -> tuple[int, dict[str, tuple[str, str]]]:
    dump = tmp_path / "odd.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(dump)])
    rows = sqlite_utils.Database(tmp_path / "c.db").query("select path, reason, level from load_errors")
    return result.exit_code, {r["path"].rsplit(":", 1)[1]: (r["level"], r["reason"]) for r in rows}


def test_a_text_key_of_the_wrong_kind_is_named(tmp_path):
    status, rows = load_lines(tmp_path, [
        {"id": "a", "text": SAID},
        {"id": "b", "text": 20240501},
        {"id": "c", "body": [20240501, 20240502]},  # a list of paragraphs is read (test_json_body_blocks.py)
        {"id": "d", "content": True},
        {"id": "e", "content": {"rendered": SAID.replace("Tuesday", "Friday")}},  # read, as before
    ])
    assert status == 1
    assert rows == {
        "2": ("error", "record has no article text: its 'text' is a number (20240501), not text"),
        "3": ("error", "record has no article text: its 'body' is a list of 2 items, not text"),
        "4": ("error", "record has no article text: its 'content' is true, not text"),
    }


def test_a_date_that_is_not_a_string_is_a_warning_and_the_article_loads(tmp_path):
    status, rows = load_lines(tmp_path, [
        {"id": "a", "text": SAID, "published": [2024, 5, 1]},
        {"id": "b", "text": SAID.replace("Tuesday", "Monday"), "date": {"$date": "2024-05-01T09:00:00Z"}},
        {"id": "c", "text": SAID.replace("Tuesday", "Sunday"), "date": 1714554000},  # seconds: a date
    ])
    assert status == 0
    assert rows == {
        "1": ("warning", "published date not understood: [2024, 5, 1]"),
        "2": ("warning", 'published date not understood: {"$date": "2024-05-01T09:00:00Z"}'),
    }
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert {r["id"]: r["published"] for r in db.query("select id, published from articles")} == {
        "a": None, "b": None, "c": "2024-05-01"}


def test_placeholder_addresses_are_not_one_article(tmp_path):
    # a spreadsheet export whose url column says "N/A" or "none" where it has no address:
    # every such row was one address, and each replaced the one before it
    table = tmp_path / "export.csv"
    table.write_text(
        "title,url,text\n"
        'Bakery,N/A,"The baker, Ann Lee, said on Monday that bread prices would rise, shoppers said."\n'
        'Butcher,N/A,"The butcher, Tom Hale, said on Friday that meat prices would fall, farmers said."\n'
        'Grocer,none,"The grocer, Sue Park, said on Sunday that fruit prices would hold, traders said."\n'
        'Miller,none,"The miller, Rob Dean, said on Tuesday that flour prices would climb, bakers said."\n'
        'Dairy,dairy.example/2024/milk,"The farmer, Ida Moss, said on Monday that milk prices would rise."\n'
    )
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(table)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert sorted((r["headline"], r["url"]) for r in db.query("select headline, url from articles")) == [
        ("Bakery", None), ("Butcher", None), ("Dairy", "dairy.example/2024/milk"), ("Grocer", None),
        ("Miller", None)]
    warnings = [r["reason"] for r in db.query("select reason from load_errors order by path")]
    assert warnings == ["not a web address, ignored: 'N/A'"] * 2 + ["not a web address, ignored: 'none'"] * 2


def test_a_front_page_address_does_not_merge_articles(tmp_path):
    # a crawler that records the page it started from: every story "is at" the front page
    status, rows = load_lines(tmp_path, [
        {"id": "f1", "url": "https://www.valley.example/", "text": SAID},
        {"id": "f2", "url": "https://valley.example", "text": SAID.replace("Tuesday", "Friday")},
        {"url": "https://valley.example/index.html", "text": SAID.replace("Tuesday", "Monday")},
        {"url": "https://valley.example/index.html", "text": SAID.replace("Tuesday", "Sunday")},
        {"id": "f5", "url": "https://valley.example/?p=31", "text": SAID.replace("crossing", "ferry")},
        {"id": "f6", "url": "https://valley.example/?p=31", "text": SAID.replace("crossing", "ferry") + " Again."},
    ])
    assert status == 0
    db = sqlite_utils.Database(tmp_path / "c.db")
    texts = {r["text"] for r in db.query("select text from articles")}
    assert len(texts) == 5  # the last is the one page ?p=31 updated, as a corrected story is
    assert rows == {"6": ("warning", "the same address as article 'f5', with another text: loaded as its update")}


def test_a_nul_byte_in_one_line_costs_that_line_alone(tmp_path):
    dump = tmp_path / "dump.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": SAID.replace("Tuesday", day)}).encode() for i, day in
            enumerate(["Monday", "Friday"])]
    dump.write_bytes(good[0] + b'\n{"id": "bad", "text": "scraped from a PDF \x00 here"}\n' + good[1] + b"\n")
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(dump)])
    assert result.exit_code == 1
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert sorted(r["id"] for r in db.query("select id from articles")) == ["g0", "g1"]
    assert [(r["path"], r["reason"]) for r in db.query("select path, reason from load_errors")] == [
        (f"{dump}:2", "invalid JSON on line 2: Invalid control character at column 43")]


@pytest.mark.parametrize("records", [400, 2000])
def test_a_gzipped_dump_cut_short_loads_what_came_before_and_says_so(tmp_path, records):
    # 400 records cut in half end inside the first read of the unpacked stream: what came before the cut
    # still loads (before the archives change, nothing did)
    import gzip

    lines = "".join(json.dumps({"id": f"k{i}", "text": f"{SAID} Sailing {i} was cancelled."}) + "\n"
                    for i in range(records))
    packed = gzip.compress(lines.encode())
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(packed[: len(packed) // 2])
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(dump), "--no-match"])
    assert result.exit_code == 1
    db = sqlite_utils.Database(tmp_path / "c.db")
    loaded = db["articles"].count
    assert records // 3 < loaded < records // 2
    assert [(r["path"], r["reason"]) for r in db.query("select path, reason from load_errors")] == [
        (str(dump), "cannot read file: the compressed file ends early (cut short in a download or a copy?); "
                    f"the {loaded} records before the cut are loaded")]
