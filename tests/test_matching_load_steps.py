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


def test_a_load_keeps_its_page_cache_from_chunk_to_chunk(tmp_path, monkeypatch):
    seen = []
    real = loader.match_articles

    def spy(db, ids, **kw):
        seen.append(db.conn.execute("PRAGMA cache_size").fetchone()[0])  # as the chunk finds it
        return real(db, ids, **kw)

    monkeypatch.setattr(loader, "MATCH_CLAIMS", 1)  # a chunk per article
    monkeypatch.setattr(loader, "match_articles", spy)
    report = loader.load(str(tmp_path / "p.db"), [_feed(tmp_path / "p.jsonl", 3)])
    assert report.articles == 3 and len(seen) == 3
    assert seen == [-pipeline.MATCH_PAGE_CACHE_KIB] * 3  # the pages the last chunk read are still there
    db = open_db(str(tmp_path / "p.db"))
    assert _linked_articles(db) == {"w-0", "w-1", "w-2"}
