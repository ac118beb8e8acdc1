"""JSON lines as news APIs, scrapers and CMSs write them load without rewriting.

Each record below is invented, shaped like a kind of source a fact-checker
may have a dump of: a news search API (nested source, camelCase date, text cut
short), a CMS's REST API (HTML under content.rendered, title.rendered), a
newspaper's content API (fields.bodyText), a crawler (maintext,
date_publish). Loaded through the real CLI into a real SQLite file.
"""

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.dates import normalise_date

STATEMENT = "Tomas Kelp, the harbour minister, said on Tuesday that the ferry would run until June."

RECORDS = {
    "search-api": {
        "source": {"id": None, "name": "Kelp Herald"},
        "title": "Ferry to run until June",
        "description": "The minister spoke.",
        "url": "https://herald.example/ferry",
        "publishedAt": "2026-03-05T08:00:00Z",
        "content": STATEMENT + " Critics said the … [+2310 chars]",
    },
    "cms": {
        "id": "cms-7",
        "date": "2026-03-06T09:10:00",
        "link": "https://blog.example/?p=7",
        "title": {"rendered": "Ferry stays &#8211; says Kelp &amp; council"},
        "content": {"rendered": "<p>" + STATEMENT + "</p>\n<p>The council voted to keep the ferry.</p>"},
    },
    "content-api": {
        "webTitle": "Kelp keeps ferry",
        "webUrl": "https://paper.example/ferry",
        "webPublicationDate": "2026-03-07T11:00:00Z",
        "sectionName": "Transport",
        "fields": {"bodyText": STATEMENT},
    },
    "crawler": {
        "title": "Ferry until June",
        "maintext": STATEMENT,
        "date_publish": "2026-03-08 10:00:00",
        "source_domain": "kelpnews.example",
        "url": "https://kelpnews.example/ferry",
    },
    "markup-body": {
        "id": "mb-1",
        "headline": "Ferry",
        "body": "<div><p>" + STATEMENT + "</p><p>More later.</p></div>",
        "pubDate": "Sat, 07 Mar 2026 10:22:00 +0000",
    },
}


def load(tmp_path, records):
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(path), "--no-match"])
    return result, sqlite_utils.Database(db_path)


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_each_shape_loads_its_text_and_metadata(tmp_path, kind):
    result, db = load(tmp_path, [RECORDS[kind]])
    assert result.exit_code == 0, result.output
    article = next(db.query("select * from articles"))
    assert "<p>" not in article["text"] and STATEMENT in article["text"]
    assert article["published"] and article["published"].startswith("2026-03-0")
    assert article["headline"]
    claims = list(db.query("select speaker, content from claims"))
    assert any(c["speaker"] == "Tomas Kelp" and "ferry would run until June" in c["content"] for c in claims), claims


def test_nested_and_renamed_metadata(tmp_path):
    result, db = load(tmp_path, [RECORDS["search-api"], RECORDS["content-api"], RECORDS["crawler"], RECORDS["cms"]])
    assert result.exit_code == 0, result.output
    rows = {r["url"]: r for r in db.query("select * from articles")}
    herald = rows["https://herald.example/ferry"]
    assert (herald["outlet"], herald["headline"], herald["published"]) == ("Kelp Herald", "Ferry to run until June",
                                                                           "2026-03-05")
    paper = rows["https://paper.example/ferry"]
    assert (paper["section"], paper["headline"], paper["published"]) == ("Transport", "Kelp keeps ferry", "2026-03-07")
    assert rows["https://kelpnews.example/ferry"]["outlet"] == "kelpnews.example"
    cms = rows["https://blog.example/?p=7"]
    assert (cms["id"], cms["headline"]) == ("cms-7", "Ferry stays \u2013 says Kelp & council")


def test_text_cut_short_loads_with_a_warning(tmp_path):
    result, db = load(tmp_path, [RECORDS["search-api"]])
    assert result.exit_code == 0
    rows = list(db.query("select path, level, reason from load_errors"))
    assert [(r["level"], "cut short" in r["reason"]) for r in rows] == [("warning", True)]
    assert db["articles"].count == 1


def test_a_date_that_is_not_a_date_is_a_warning(tmp_path):
    record = {"id": "d-1", "title": "Ferry", "body": STATEMENT, "published": "sometime in spring"}
    result, db = load(tmp_path, [record])
    assert result.exit_code == 0
    (row,) = db.query("select level, reason from load_errors")
    assert row["level"] == "warning" and "sometime in spring" in row["reason"]
    assert next(db.query("select published from articles"))["published"] is None


def test_project_keys_come_first(tmp_path):
    # "text" wins over "content"; "html" over "body"; a number is no article text.
    records = [
        {"id": "p-1", "text": STATEMENT, "content": "Jo Roe said the ferry would stop."},
        {"id": "p-2", "html": "<p>" + STATEMENT + "</p>", "body": "Jo Roe said the ferry would stop."},
        {"id": "p-3", "text": 12345, "title": "a number is not an article"},
    ]
    result, db = load(tmp_path, records)
    assert result.exit_code == 1
    texts = {r["id"]: r["text"] for r in db.query("select id, text from articles")}
    assert set(texts) == {"p-1", "p-2"}
    assert all(STATEMENT in t and "Jo Roe" not in t for t in texts.values())
    (error,) = db.query("select path, reason from load_errors")
    assert error["path"].endswith(":3") and "no article text" in error["reason"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Thu, 05 Mar 2026 10:22:00 +0000", "2026-03-05"),
        ("Thursday, March 5, 2026", "2026-03-05"),
        ("Thu 5 March 2026", "2026-03-05"),
        ("1772705520", "2026-03-05"),
        (1772705520123, "2026-03-05"),
        ("2026-03-05T23:30:00Z", "2026-03-05"),
        ("sometime in spring", None),
        ("2026", None),
        ("Tue, 31 Feb 2026 10:00:00 GMT", None),
    ],
)
def test_dates_as_feeds_and_apis_write_them(value, expected):
    assert normalise_date(value) == expected


def test_the_project_text_key_is_literal_even_with_markup(tmp_path):
    text = "Ferry\n\n<table><tr><td>" + STATEMENT + "</td></tr></table>"
    result, db = load(tmp_path, [{"id": "lit-1", "text": text}])
    assert result.exit_code == 0
    assert next(db.query("select text from articles"))["text"] == text


def run_folder(tmp_path, files):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder), "--no-match"])
    return result, sqlite_utils.Database(db_path)


def test_text_files_without_article_text_are_errors(tmp_path):
    files = {
        "menu.txt": b"Home | News | Sport\n\nSubscribe\n",
        "codes.txt": b"404 500\n",
        "bom.txt": b"\xff\xfe\x00garbage",
        "short.txt": b"Jo Roe resigned.\n",
    }
    result, db = run_folder(tmp_path, files)
    assert result.exit_code == 1
    errors = {r["path"].rsplit("/", 1)[-1]: r["reason"] for r in db.query("select path, reason from load_errors")}
    assert set(errors) == {"menu.txt", "codes.txt", "bom.txt"}
    assert all("no article text" in reason for reason in errors.values())
    assert [r["source_path"].rsplit("/", 1)[-1] for r in db.query("select source_path from articles")] == ["short.txt"]


def test_a_row_of_buttons_is_never_the_headline(tmp_path):
    page = (
        "Skip to main content\n\nSubscribe | Log in\n\nWorld\n\nFerry to run until June\n\n"
        + STATEMENT + "\n\nShare this article\n"
    )
    result, db = run_folder(tmp_path, {"ferry.txt": page.encode()})
    assert result.exit_code == 0
    row = next(db.query("select headline, section from articles"))
    assert (row["headline"], row["section"]) == ("Ferry to run until June", "World")


def test_the_outlet_under_site_or_a_publisher_object(tmp_path):
    # a scraper's "site" and a JSON-LD-shaped "publisher": {"name": ...} name the outlet, with no warning
    records = [
        {"id": "s-1", "title": "Ferry", "site": "Kelp Weekly", "text": STATEMENT},
        {"id": "s-2", "title": "Ferry", "publisher": {"@type": "Organization", "name": "Kelp Radio"},
         "text": STATEMENT},
        {"id": "s-3", "title": "Ferry", "site": {"name": "Kelp Wire"}, "text": STATEMENT},
    ]
    result, db = load(tmp_path, records)
    assert result.exit_code == 0, result.output
    outlets = {r["id"]: r["outlet"] for r in db.query("select id, outlet from articles")}
    assert outlets == {"s-1": "Kelp Weekly", "s-2": "Kelp Radio", "s-3": "Kelp Wire"}
    assert list(db.query("select reason from load_errors")) == []
