"""Candidate generation: rare-word FTS queries and same-speaker pools."""

from __future__ import annotations

from datasette_claims.matching.candidates import DocFreq, SpeakerPool, fts_query
from datasette_claims.store import open_db


def make_db(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    db["speakers"].insert({"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person"})
    rows = [
        {"id": f"c{i}", "article_id": "a1", "content": f"The government said the budget would grow in year {i}"}
        for i in range(30)
    ]
    rows += [
        {"id": "r1", "article_id": "a1", "speaker_id": "ana-ruiz",
         "content": "The Tskhinvali ceasefire collapsed before dawn"},
        {"id": "r2", "article_id": "a1", "speaker_id": "ana-ruiz",
         "content": "Ferry tolls will double next summer"},
    ]
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db


def test_fts_query_prefers_rare_words(tmp_path):
    db = make_db(tmp_path)
    df = DocFreq(db.conn)
    assert df.total == 32
    q = fts_query("The government budget and the Tskhinvali ceasefire", df=df)
    assert q.startswith("content : (") and '"tskhinvali"' in q and '"ceasefire"' in q
    assert fts_query("the and of", df=df) is None
    # at most four terms, rarest first
    assert q.index('"tskhinvali"') < q.index('"government"') if '"government"' in q else True
    assert q.count('"') <= 8
    best = db.execute(
        "select c.id from claims_fts f join claims c on c.rowid = f.rowid where claims_fts match ? "
        "order by f.rank limit 1", [q]
    ).fetchone()[0]
    assert best == "r1"


def test_speaker_pool_needs_two_shared_words(tmp_path):
    db = make_db(tmp_path)
    pool = SpeakerPool(db.conn, "ana-ruiz", cap=100)
    rowid = db.execute("select rowid from claims where id = 'r1'").fetchone()[0]
    assert pool.candidates("the ceasefire in Tskhinvali collapsed") == [rowid]
    assert pool.candidates("a ceasefire elsewhere") == []
    assert SpeakerPool(db.conn, "ana-ruiz", cap=1).candidates("Tskhinvali ceasefire") == []  # too big
