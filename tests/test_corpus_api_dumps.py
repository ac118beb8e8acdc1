"""A researcher's corpus as news APIs hand it over, loaded through the real CLI.

Saved responses come in envelopes (a search API's ``{"status": "ok",
"articles": [...]}``, Event Registry's ``{"articles": {"results": [...]}}``,
a content API's ``{"response": {"results": [...]}}``), link lists come
without text, some records are not in English, and an API may answer with an
error instead of articles.  Every record is invented; each load is the real
``datasette claims load`` into a real SQLite file.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STATEMENT = "Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn."
OTHER = "The ferry operator, Brisk Lines, said it would add a second boat on the island route."


def search_api_page() -> dict:
    return {
        "status": "ok",
        "totalResults": 2,
        "articles": [
            {"source": {"id": None, "name": "Pier Post"}, "author": "Ed Mabe", "title": "Pier to open",
             "url": "https://pierpost.example/pier", "publishedAt": "2026-04-06T08:00:00Z", "content": STATEMENT},
            {"source": {"id": "isle-times", "name": "Isle Times"}, "title": "Second boat",
             "url": "https://isletimes.example/boat", "publishedAt": "2026-04-07T09:00:00Z", "content": OTHER},
        ],
    }


def nested_results_page() -> dict:
    return {"articles": {"page": 1, "results": [
        {"uri": "991", "lang": "eng", "dateTime": "2026-04-06T08:00:00Z", "url": "https://pierpost.example/pier",
         "title": "Pier to open", "body": STATEMENT, "source": {"uri": "pierpost.example", "title": "Pier Post"},
         "authors": [{"name": "Ed Mabe"}]},
    ]}}


def content_api_page() -> dict:
    return {"response": {"status": "ok", "results": [
        {"webTitle": "Pier to open", "webUrl": "https://paper.example/pier",
         "webPublicationDate": "2026-04-06T08:00:00Z", "fields": {"bodyText": STATEMENT}},
    ]}}


def run(tmp_path, name: str, content: str, *args: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    db_path = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(path), "--no-match", "--jobs", "1", *args])
    return result, sqlite_utils.Database(db_path)


@pytest.mark.parametrize("page", [search_api_page, nested_results_page, content_api_page])
def test_a_saved_api_response_loads_its_articles(tmp_path, page):
    result, db = run(tmp_path, "page.json", json.dumps(page(), indent=2))
    assert result.exit_code == 0, result.output
    rows = list(db.query("select headline, published, text from articles order by published"))
    assert rows and rows[0]["headline"] == "Pier to open" and rows[0]["published"] == "2026-04-06"
    assert rows[0]["text"] == STATEMENT
    assert any(c["speaker"] == "Olwen Tredger" for c in db.query("select speaker from claims"))


def test_response_pages_one_per_line_load_every_article(tmp_path):
    lines = json.dumps(search_api_page()) + "\n" + json.dumps(nested_results_page()) + "\n"
    result, db = run(tmp_path, "pages.jsonl", lines)
    assert result.exit_code == 0, result.output
    # the second page's record is the first page's pier article (same address, same
    # text): one article, the copy a warning row (before: 3 articles, a false story)
    assert db["articles"].count == 2
    assert "the same article as" in result.output and "1 copy skipped" in result.output
    outlets = {r["outlet"] for r in db.query("select outlet from articles")}
    assert outlets == {"Pier Post", "Isle Times"}


def test_a_record_with_text_is_never_read_as_an_envelope(tmp_path):
    record = {"id": "own-1", "text": STATEMENT, "items": [{"text": OTHER}]}
    result, db = run(tmp_path, "one.jsonl", json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in db.query("select id from articles")] == ["own-1"]


def test_an_api_error_response_says_what_the_api_said(tmp_path):
    answer = {"status": "error", "code": "rateLimited", "message": "You have made too many requests."}
    result, db = run(tmp_path, "page.json", json.dumps(answer))
    assert result.exit_code == 1
    (row,) = db.query("select level, reason from load_errors")
    assert row["level"] == "error"
    assert "API error response" in row["reason"] and "too many requests" in row["reason"]


def test_a_link_row_without_text_says_how_to_fetch_its_page(tmp_path):
    row = {"url": "https://pierpost.example/pier", "title": "Pier to open", "seendate": "20260406T081500Z",
           "domain": "pierpost.example", "language": "English"}
    result, db = run(tmp_path, "links.jsonl", json.dumps(row) + "\n")
    assert result.exit_code == 1
    (err,) = db.query("select reason from load_errors")
    assert "no article text" in err["reason"] and "load the address itself" in err["reason"]
    assert "https://pierpost.example/pier" in err["reason"]


@pytest.mark.parametrize("language, warned", [("English", False), ("en-GB", False), ("eng", False),
                                              ("deu", True), ("Spanish", True), ("fr", True)])
def test_an_article_not_in_english_loads_with_a_warning(tmp_path, language, warned):
    record = {"id": "l-1", "language": language, "title": "Pier", "body": STATEMENT}
    result, db = run(tmp_path, "lang.jsonl", json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 1
    reasons = [r["reason"] for r in db.query("select reason from load_errors where level = 'warning'")]
    assert bool([r for r in reasons if language in r and "English" in r]) is warned, reasons


def test_a_json_feed_loads_its_items(tmp_path):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Pier Post", "items": [
        {"id": "jf-1", "url": "https://pierpost.example/pier", "title": "Pier to open",
         "content_html": f"<p>{STATEMENT}</p><p>{OTHER}</p>", "date_published": "2026-04-06T08:00:00Z"},
    ]}
    result, db = run(tmp_path, "feed.json", json.dumps(feed))
    assert result.exit_code == 0, result.output
    (row,) = db.query("select id, published, text from articles")
    assert (row["id"], row["published"]) == ("jf-1", "2026-04-06")
    assert "<p>" not in row["text"] and STATEMENT in row["text"]


def test_a_wire_brief_printed_by_several_outlets_loads_every_printing(tmp_path):
    brief = ("<p>Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn, "
             "a year later than the council had promised.</p>")
    pages = [{"url": f"https://outlet{i}.example/pier", "source": {"name": f"Outlet {i}"}, "title": "Pier late",
              "content": {"rendered": brief}} for i in range(5)]
    result, db = run(tmp_path, "wire.jsonl", "".join(json.dumps(p) + "\n" for p in pages))
    assert result.exit_code == 0, result.output
    texts = [r["text"] for r in db.query("select text from articles order by url")]
    assert len(texts) == 5 and all(t.startswith("Harbour master Olwen Tredger said") for t in texts)


def test_an_archive_search_page_names_each_hit_by_its_address(tmp_path):
    page = {"status": "OK", "response": {"docs": [
        {"web_url": "https://paper.example/2026/04/06/pier.html", "headline": {"main": "Pier to open"},
         "pub_date": "2026-04-06T08:00:00+0000", "abstract": "The pier is late."},
        {"web_url": "https://paper.example/2026/04/07/boat.html", "headline": {"main": "Second boat"},
         "pub_date": "2026-04-07T08:00:00+0000", "text": OTHER},
    ]}}
    result, db = run(tmp_path, "search.json", json.dumps(page))
    assert result.exit_code == 1
    (err,) = db.query("select path, reason from load_errors")
    assert err["path"].endswith("search.json:1#1") and "https://paper.example/2026/04/06/pier.html" in err["reason"]
    (row,) = db.query("select url, headline, published from articles")
    assert row == {"url": "https://paper.example/2026/04/07/boat.html", "headline": "Second boat",
                   "published": "2026-04-07"}


def test_a_link_row_seen_date_is_its_date(tmp_path):
    row = {"url": "https://pierpost.example/pier", "title": "Pier", "seendate": "20260406T081500Z", "text": STATEMENT}
    result, db = run(tmp_path, "seen.jsonl", json.dumps(row) + "\n")
    assert result.exit_code == 0, result.output
    assert next(db.query("select published from articles"))["published"] == "2026-04-06"


def test_many_texts_cut_short_are_ten_warning_lines_and_a_count(tmp_path):
    records = [{"id": f"cut-{i}", "title": "Pier", "content": STATEMENT + f" Item {i} went on... [+{i + 100} chars]"}
               for i in range(25)]
    result, db = run(tmp_path, "cut.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(lines) == 11
    assert "15 more like this: text cut short" in lines[-1] and "load_errors" in lines[-1]
    assert db["load_errors"].count == 25


def test_copies_warned_under_their_own_ids_are_summed_up_too(tmp_path):
    """Warnings whose reasons differ only by what they name (an id, a path, a line) are one kind: a merged
    dump's 25 copies were 25 lines, each "the same article as 'ID' ..., already loaded from PATH:N"."""
    records = [{"id": f"pier-{i}", "title": "Pier", "content": STATEMENT + f" Item {i}."} for i in range(25)]
    result, db = run(tmp_path, "merged.jsonl", "".join(json.dumps(r) + "\n" for r in records * 2))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(lines) == 11, lines
    assert lines[-1].startswith("warning: 15 more like this: already loaded from … in this load")
    assert db["load_errors"].count == 25
