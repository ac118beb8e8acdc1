"""The "distinct X of the claims whose Y is in ..." read, in one function,
over a real database and past one chunk of bound parameters."""

from __future__ import annotations

import sqlite3

from datasette_claims.matching import pipeline
from datasette_claims.store.connection import IN_LIST_SIZE


def test_distinct_values_of_claims_over_several_chunks():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table claims (id text primary key, article_id text, speaker_id text, story_id text)")
    n = IN_LIST_SIZE * 2 + 7
    conn.executemany("insert into claims values (?, ?, ?, ?)",
                     [(f"c{i}", f"a{i}", f"s{i % 3}" if i % 5 else None, f"t{i % 4}" if i % 2 else None)
                      for i in range(n)])
    articles = [f"a{i}" for i in range(n)]
    assert pipeline._distinct_of_claims(conn, "speaker_id", "article_id", articles) == {"s0", "s1", "s2"}
    assert pipeline._story_ids(conn, [f"c{i}" for i in range(n)]) == {"t1", "t3"}
    assert pipeline._distinct_of_claims(conn, "id", "story_id", ["t3"]) == {f"c{i}" for i in range(n) if i % 4 == 3}
    assert pipeline._distinct_of_claims(conn, "id", "story_id", []) == set()
