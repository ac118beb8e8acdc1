"""A load matching chunk after chunk: what one step hands the next must not
make it link claims whose articles still wait for their own step."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching import pipeline
from datasette_claims.matching.candidates import Reads
from datasette_claims.store import open_db

PLEDGE = "We will cut the ferry fares by a third before the summer season begins in the harbour towns."


def _feed(path, n):
    rows = [json.dumps({
        "id": f"w-{i}", "kind": "transcript", "speaker": "Jane Doe", "outlet": f"Paper {i}",
        "date": f"2021-03-{1 + i:02d}", "text": f"{PLEDGE} The council met {i + 2} times in the old market hall.",
    }) for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _linked_articles(db) -> set[str]:
    return {r[0] for r in db.execute(
        "select c.article_id from claim_matches m join claims c on c.id in (m.claim_a, m.claim_b)")}


def test_rows_kept_from_the_last_step_do_not_link_an_article_still_waiting(tmp_path):
    path = str(tmp_path / "w.db")
    loader.load(path, [_feed(tmp_path / "w.jsonl", 3)], match=False)
    db = open_db(path)
    reads = Reads()
    pipeline.match_articles(db, ["w-0"], reads=reads)  # reads w-2's claim as a candidate, and keeps it
    assert _linked_articles(db) == set()  # w-1 and w-2 wait: their own steps link them
    pipeline.match_articles(db, ["w-1"], reads=reads)
    assert _linked_articles(db) == {"w-0", "w-1"}  # not w-2, though its row came from the last step
    pipeline.match_articles(db, ["w-2"], reads=reads)
    assert _linked_articles(db) == {"w-0", "w-1", "w-2"}
