"""One article from two APIs is one article: recognised by its address.

A search API's record has no id (it is known by a hash of its address) and
Event Registry's has its ``uri``; the same article from both, with the same
address, was stored twice and its claims made a false two-report story.
Invented records; the real CLI through Click's runner, into real SQLite files.
"""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.articles import article_from_document
from datasette_claims.loader import claims_for
from datasette_claims.models import Document
from datasette_claims.store import open_db
from datasette_claims.store.articles import article_rows, rows_with_id

TEXT = ("Ferry fares will rise by a tenth in April, the harbour master said on Tuesday.\n\n"
        "\"We have no choice after the fuel bill doubled,\" said Alma Brookfield, the harbour master.\n\n"
        "The island council said it would ask the operator to keep a cheaper fare for pupils.")
CORRECTED = TEXT.replace("by a tenth", "by a twelfth")
CUT = TEXT[:90] + "… [+212 chars]"


def er_page(text: str = TEXT, uri: str = "er-5501", url: str = "https://www.gullport-gazette.example/ferry/") -> dict:
    return {"articles": {"page": 1, "results": [
        {"uri": uri, "url": url, "title": "Ferry fares to rise", "body": text,
         "dateTime": "2026-03-03T08:00:00Z", "source": {"title": "Gullport Gazette"}}]}}


def search_page(text: str = TEXT, url: str = "https://gullport-gazette.example/ferry") -> dict:
    return {"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "Gullport Gazette"}, "url": url, "title": "Ferry fares to rise",
         "publishedAt": "2026-03-03T08:00:00Z", "content": text}]}


def save(tmp_path, name: str, page: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(page), encoding="utf-8")
    return str(path)


def load(db_path, *paths, jobs: str = "1"):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *map(str, paths), "--jobs", jobs])


def rows(db_path, sql: str) -> list[tuple]:
    return [tuple(r) for r in sqlite_utils.Database(db_path).execute(sql).fetchall()]


def test_the_same_article_from_two_apis_in_one_load_is_one_article(tmp_path):
    db = tmp_path / "corpus.db"
    result = load(db, save(tmp_path, "er.json", er_page()), save(tmp_path, "search.json", search_page()))
    assert result.exit_code == 0, result.output
    assert rows(db, "select id from articles") == [("er-5501",)]
    assert rows(db, "select count(distinct article_id) from claims") == [(1,)]
    assert rows(db, "select count(*) from stories where report_count > 1") == [(0,)]
    (reason, level), = rows(db, "select reason, level from load_errors")
    assert level == "warning" and "the same article as 'er-5501'" in reason and "er.json" in reason
    assert "1 copy skipped" in result.output


def test_the_copy_is_recognised_in_a_later_load(tmp_path):
    db = tmp_path / "corpus.db"
    assert load(db, save(tmp_path, "search.json", search_page())).exit_code == 0
    stored = rows(db, "select id, content_hash from articles")
    result = load(db, save(tmp_path, "er.json", er_page()))
    assert result.exit_code == 0, result.output  # copies only: not "no articles found"
    assert rows(db, "select id, content_hash from articles") == stored
    assert "the same article as" in rows(db, "select reason from load_errors")[0][0]


def test_another_text_at_the_address_updates_the_stored_article(tmp_path):
    db = tmp_path / "corpus.db"
    assert load(db, save(tmp_path, "er.json", er_page())).exit_code == 0
    result = load(db, save(tmp_path, "search.json", search_page(CORRECTED)))
    assert result.exit_code == 0, result.output
    assert rows(db, "select id, text from articles") == [("er-5501", CORRECTED)]
    assert all(c.startswith("er-5501:") for c, in rows(db, "select id from claims"))
    assert "loaded as its update" in rows(db, "select reason from load_errors")[0][0]
    assert "1 updated" in result.output


def test_a_text_cut_short_never_replaces_the_whole_one(tmp_path):
    db = tmp_path / "corpus.db"
    assert load(db, save(tmp_path, "er.json", er_page())).exit_code == 0
    result = load(db, save(tmp_path, "search.json", search_page(CUT)))
    assert result.exit_code == 0, result.output
    assert rows(db, "select id, text from articles") == [("er-5501", TEXT)]
    assert any("cut short by its source of article 'er-5501'" in r for r, in rows(db, "select reason from load_errors"))


def test_the_whole_text_replaces_one_cut_short(tmp_path):
    db = tmp_path / "corpus.db"
    assert load(db, save(tmp_path, "search.json", search_page(CUT))).exit_code == 0
    (first,), = rows(db, "select id from articles")
    assert load(db, save(tmp_path, "er.json", er_page())).exit_code == 0
    assert rows(db, "select id, text from articles") == [(first, TEXT)]


def test_an_older_database_gets_its_addresses(tmp_path):
    path = tmp_path / "old.db"
    assert load(path, save(tmp_path, "er.json", er_page())).exit_code == 0
    db = sqlite_utils.Database(path)  # as a release before the migration left it
    db.execute("drop index idx_articles_url_key")
    db.execute("alter table articles drop column url_key")
    db.execute("delete from _sqlite_migrations where name = 'm022_article_url_keys'")
    db.conn.commit()
    db.close()
    result = load(path, save(tmp_path, "search.json", search_page()))
    assert result.exit_code == 0, result.output
    assert rows(path, "select id, url_key from articles") == [("er-5501", "gullport-gazette.example/ferry")]


def many_records(prefix: str, n: int, cut: bool = False) -> str:
    """``n`` invented records a line, the odd ones at an address the other file shares."""
    lines = []
    for i in range(n):
        text = (f"Councillor Rhona Vale{i} said on Monday that the pier number {i} would reopen in May.\n\n"
                f"The contractor, Tidewright {i}, said the repairs had cost less than planned.")
        if i % 3 == 0 and prefix == "b":
            text += f" The harbour board said lane {i} stays shut."
        record = {"url": f"https://shore{i % 7}.example/pier/{i}/" if i % 2 else f"https://{prefix}.example/{i}",
                  "title": f"Pier {i} to reopen", "text": text}
        if prefix == "a":
            record["id"] = f"a-{i}"
        lines.append(json.dumps(record))
    return "\n".join(lines) + "\n"


def dump(db_path) -> list:
    return [rows(db_path, "select id, url, url_key, text, content_hash from articles order by id"),
            rows(db_path, "select id, article_id, content from claims order by id"),
            rows(db_path, "select path, reason, level from load_errors order by id")]


def test_one_job_and_two_give_the_same_database(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(many_records("a", 24), encoding="utf-8")
    b.write_text(many_records("b", 24), encoding="utf-8")
    dumps = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = load(db, a, b, jobs=jobs)
        assert result.exit_code == 0, result.output
        dumps.append(dump(db))
    assert dumps[0] == dumps[1]
    articles, _, errors = dumps[0]
    assert len(articles) == 24 + 12  # b's records at shared addresses are a's articles
    assert sum("loaded as its update" in e[1] for e in errors) == 4  # b's odd records with another text
    assert sum("the same article as" in e[1] for e in errors) == 8


def test_rows_with_another_id_are_the_rows_extraction_gives_that_id():
    doc = dict(text=TEXT, path="x.txt", url="https://gullport-gazette.example/ferry", headline=None)
    first, second = (article_from_document(Document(id=i, **doc)) for i in ("one", "two"))
    moved = rows_with_id(article_rows(first, claims_for(first)), "two")
    assert moved == article_rows(second, claims_for(second))


def test_the_writer_stores_the_address_key():
    db = open_db(sqlite_utils.Database(memory=True))
    from datasette_claims.loader import load_documents

    load_documents(db, [Document(id="k", text=TEXT, path="k.txt", url="HTTP://WWW.Gullport-Gazette.example/ferry/")],
                   match=False)
    assert db.execute("select url_key from articles").fetchall() == [("gullport-gazette.example/ferry",)]
