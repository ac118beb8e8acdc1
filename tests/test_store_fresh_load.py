"""A load into an empty database builds its indexes at the end and fills its
full-text indexes a batch at a time (store/fresh_load.py): the same rows,
rowids and search answers as a load into a database that already holds
articles, every index and trigger back afterwards, and a load that stops
half-way leaves nothing that the next ``open_db`` does not put back."""

from __future__ import annotations

import json
import sqlite3

from test_load_parallel import corpus, dump  # noqa: F401  (corpus: a fixture)

from datasette_claims.loader import load
from datasette_claims.store import fresh_load, open_db
from datasette_claims.store.bulk import insert_values

FIRST = {"id": "first-note", "text": "Harbour notes\n\nNobody asked the ferry crews, said Lena Marsh, the union chair.",
         "outlet": "Abernay Post"}

QUERIES = ["ferry", "terminal", "harbour OR bridge", "quellan", "\"hospital budget\"", "promis*"]


def _schema(path) -> set[tuple]:
    conn = sqlite3.connect(path)
    rows = set(conn.execute("select type, name, tbl_name, sql from sqlite_master where type in ('index', 'trigger')"))
    conn.close()
    return rows


def _answers(path) -> dict:
    conn = sqlite3.connect(path)
    out = {q: (conn.execute("select rowid from claims_fts where claims_fts match ? order by rowid", [q]).fetchall(),
               conn.execute("select rowid from articles_fts where articles_fts match ? order by rowid", [q]).fetchall())
           for q in QUERIES}
    conn.close()
    return out


def test_empty_and_non_empty_databases_get_the_same_rows(corpus, tmp_path):  # noqa: F811
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(FIRST) + "\n", encoding="utf-8")
    # one load into an empty database: everything by the bulk path
    fresh = tmp_path / "fresh.db"
    load(fresh, [str(first), *corpus], match=False)
    # the same articles, the corpus loaded into a database that already holds one
    stepwise = tmp_path / "stepwise.db"
    load(stepwise, [str(first)], match=False)
    load(stepwise, corpus, match=False)
    one, two = dump(fresh), dump(stepwise)
    assert one.keys() == two.keys()
    assert len(one["claims"]) > 100 and len(one["articles"]) > 40
    for table in one:
        assert one[table] == two[table], table
    answers = _answers(fresh)
    assert all(a[0] or a[1] for a in answers.values()), answers  # every query finds something
    assert answers == _answers(stepwise)
    assert _schema(fresh) == _schema(stepwise)  # every index and trigger back, as the migrations made it
    assert not fresh_load.pending(open_db(str(fresh)).conn)


def test_only_an_empty_database_is_loaded_this_way(tmp_path):
    path = str(tmp_path / "claims.db")
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(FIRST) + "\n", encoding="utf-8")
    load(path, [str(first)], match=False)
    db = open_db(path)
    assert fresh_load.set_aside(db.conn) is False
    assert not fresh_load.pending(db.conn)


def test_a_load_that_stopped_half_way_is_put_back_by_open_db(tmp_path):
    path = str(tmp_path / "claims.db")
    db = open_db(path)
    before = _schema(path)
    assert fresh_load.set_aside(db.conn)
    assert fresh_load.fts_set_aside(db.conn, "claims") and fresh_load.fts_set_aside(db.conn, "articles")
    assert not any(name == "idx_claims_article_id" for _, name, _, _ in _schema(path))
    with db.conn:  # one batch, written by the bulk path: the full-text index filled by the writer
        insert_values(db.conn, "articles", ("id", "headline", "text"),
                      [("a1", "Tram fares", "Fares will rise, the mayor said."),
                       ("a2", "Ferry plans", "The ferry will run at night.")])
        insert_values(db.conn, "claims", ("id", "article_id", "content", "speaker"),
                      [("c1", "a1", "Fares will rise", "Ada Brill"), ("c2", "a2", "The ferry will run", None)])
    db.conn.close()  # the load dies here: nothing put back
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from claims_fts where claims_fts match 'ferry'").fetchone() == (1,)
    conn.execute("insert into articles (id, headline, text) values ('a3', 'Ferry again', 'Ferry news.')")
    conn.commit()  # another program writes meanwhile: no trigger indexes its text
    conn.close()
    db = open_db(path)
    assert not fresh_load.pending(db.conn)
    assert _schema(path) == before
    hits = db.conn.execute("select rowid from articles_fts where articles_fts match 'ferry' order by rowid").fetchall()
    assert hits == [(2,), (3,)]  # rebuilt from the table: the other program's row found too
    db.conn.execute("insert into claims (id, article_id, content) values ('c3', 'a3', 'Ferry talk')")
    assert db.conn.execute("select count(*) from claims_fts where claims_fts match 'ferry'").fetchone() == (2,)


def test_a_key_twice_in_one_batch_keeps_the_index_whole(tmp_path):
    path = str(tmp_path / "claims.db")
    db = open_db(path)
    assert fresh_load.set_aside(db.conn)
    with db.conn:
        insert_values(db.conn, "articles", ("id", "headline", "text"),
                      [("a1", "Tram fares", "Fares will rise."), ("a1", "Tram fares", "Fares will fall."),
                       ("a2", "Ferry", "The ferry sails.")])
        db.conn.execute("insert into articles_fts (articles_fts) values ('integrity-check')")  # raises if not whole
    assert fresh_load.put_back(db.conn) > 0
    hits = {q: db.conn.execute("select rowid from articles_fts where articles_fts match ?", [q]).fetchall()
            for q in ("rise", "fall", "ferry")}
    assert hits == {"rise": [], "fall": [(1,)], "ferry": [(2,)]}
    db.conn.execute("insert into articles_fts (articles_fts) values ('integrity-check')")
