"""The content hash of an article's rows is ``rows_hash`` (the rows by ``marshal``),
not their JSON's (``fingerprint_values``, what earlier releases stored), and a
database loaded by an earlier release reloads "unchanged", writing nothing.

Invented sentences, the real command, real SQLite.
"""

from __future__ import annotations

import json
import sqlite3


from datasette_claims.articles import article_from_document
from datasette_claims.loader import claims_for
from datasette_claims.models import Document
from datasette_claims.store.articles import article_rows, fingerprint_values, rows_hash, same_as_stored

from test_load_record_hash import TEXTS, claims  # the same invented reports and command


def _records(tmp_path, texts=TEXTS):
    path = tmp_path / "valley.jsonl"
    path.write_text("".join(json.dumps({"id": f"valley-{n}", "text": t}) + "\n" for n, t in enumerate(texts)),
                    encoding="utf-8")
    return path


def _stored(db) -> dict:
    with sqlite3.connect(db) as conn:
        return {r[0]: r[1:] for r in conn.execute("select id, content_hash, loaded_at, rowid from articles")}


def _rows(path, n: int):
    doc = Document(text=TEXTS[n], path=f"{path}:{n + 1}", id=f"valley-{n}")
    article = article_from_document(doc)
    return article_rows(article, claims_for(article))


def test_a_new_article_stores_the_rows_hash(tmp_path):
    path, db = _records(tmp_path), tmp_path / "c.db"
    assert "2 new" in claims("load", db, path, "--no-match").output
    stored = _stored(db)
    for n in range(2):
        rows = _rows(path, n)
        assert rows.claim_values
        assert stored[rows.id][0] == rows_hash(rows.row, rows.claim_values) == rows.digest
        assert rows.digest != fingerprint_values(rows.row, rows.claim_values)
    out = claims("load", db, path, "--no-match").output
    assert "2 unchanged" in out and _stored(db) == stored


def test_a_database_an_earlier_release_loaded_reloads_unchanged(tmp_path):
    path, db = _records(tmp_path), tmp_path / "c.db"
    claims("load", db, path, "--no-match")
    with sqlite3.connect(db) as conn:  # what an earlier release stored: the rows' JSON hash
        for n in range(2):
            rows = _rows(path, n)
            conn.execute("update articles set content_hash = ? where id = ?",
                         [fingerprint_values(rows.row, rows.claim_values), rows.id])
    before = _stored(db)
    out = claims("load", db, path, "--no-match").output
    assert "2 unchanged" in out and "0 claims written" in out
    assert _stored(db) == before  # nothing written, the earlier hash kept


def test_another_text_is_an_update_and_stores_the_rows_hash(tmp_path):
    path, db = _records(tmp_path), tmp_path / "c.db"
    claims("load", db, path, "--no-match")
    changed = [TEXTS[0].replace("all winter", "all spring"), TEXTS[1]]
    out = claims("load", db, _records(tmp_path, changed), "--no-match").output
    assert "1 updated" in out and "1 unchanged" in out
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select content_hash from articles where id = 'valley-0'").fetchone()[0]
    doc = Document(text=changed[0], path=f"{path}:1", id="valley-0")
    article = article_from_document(doc)
    rows = article_rows(article, claims_for(article))
    assert stored == rows_hash(rows.row, rows.claim_values)


def test_rows_from_a_record_recognise_the_rows_hash_too(tmp_path):
    rows = _rows(tmp_path / "valley.jsonl", 1)
    from_record = rows._replace(digest="a record's digest", record_hash="a record's hash")
    assert same_as_stored(from_record, rows_hash(rows.row, rows.claim_values))
    assert same_as_stored(from_record, fingerprint_values(rows.row, rows.claim_values))
    assert not same_as_stored(from_record, "another hash")
    assert not same_as_stored(rows, rows_hash(rows.row, rows.claim_values[:1]))
