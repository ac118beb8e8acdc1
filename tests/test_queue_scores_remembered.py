"""Text scores that came with a load's rows (``queue_scores.remember``) are taken
for the review queue's rows made after it, and only for the content they scored."""

from __future__ import annotations

import sqlite3

from conftest import build_claims_db

from datasette_claims import queue_scores
from datasette_claims.factchecks.checkworthy import text_score
from datasette_claims.loader import load
from datasette_claims.store import open_db


def test_a_remembered_score_is_taken_only_for_its_own_content(tmp_path):
    path = build_claims_db(tmp_path)
    conn = sqlite3.connect(path)
    (a, a_text), (b, b_text) = conn.execute("select id, content from claims order by rowid limit 2").fetchall()
    conn.execute("delete from claim_scores")
    conn.execute("update claims set content = 'The pier will close for good in the spring.' where id = ?", [b])
    queue_scores.remember(conn, [(a, a_text, 7.25), (b, b_text, 7.25)])  # b reworded since it was scored
    queue_scores.refresh(conn)
    scores = dict(conn.execute("select claim_id, text_score from claim_scores"))
    assert scores[a] == 7.25
    assert scores[b] == text_score("The pier will close for good in the spring.") != 7.25
    assert conn.execute("select count(*) from temp._score_known").fetchone() == (0,)  # used up


def test_a_load_gives_the_scores_the_sql_function_gives(tmp_path):
    path = build_claims_db(tmp_path)
    db = open_db(path)
    loaded = dict(db.conn.execute("select claim_id, text_score from claim_scores"))
    db.conn.execute("delete from claim_scores")
    queue_scores.refresh(db.conn)  # nothing remembered in this connection: the SQL function scores each
    assert dict(db.conn.execute("select claim_id, text_score from claim_scores")) == loaded
    assert len(loaded) > 3 and any(loaded.values())
    db.conn.commit()
    load(path, [], match=False)  # a load with nothing new changes no score
    assert dict(open_db(path).conn.execute("select claim_id, text_score from claim_scores")) == loaded
