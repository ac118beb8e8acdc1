"""The writer's work per article stays per batch where it can (issue 14).

Two look-ups ran once per article of every load: the check for a reader's
"not in English" warning scanned every item waiting to be written (up to a
batch of 200) even for an article with no note to give, and the stored path
and content hash of each article were read by a query of its own.  Now the
scan runs only for an article with notes, and the paths are read for a whole
batch at once, with the same outcome: an article read again from another place
keeps the path it was stored from and is "unchanged"."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.loader import load
from datasette_claims.store import open_db

PER_ARTICLE_PATH_QUERY = "select source_path, content_hash from articles where id = ?"


def _records(n: int) -> list[dict]:
    return [{"id": f"quay-{i}", "title": f"Quay notice {i}", "url": f"https://harbour-post.example/quay/{i}",
             "outlet": "Harbour Post", "date": "2021-05-03",
             "text": f"The ferry toll across the Vennel channel will rise by {i + 2} percent, "
                     f"harbour master Marta Quill said on Monday."} for i in range(n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_english_articles_are_not_checked_against_the_pending_items(tmp_path, monkeypatch):
    asked = []
    real = loader.declared_before
    monkeypatch.setattr(loader, "declared_before", lambda pending, path: asked.append(path) or real(pending, path))
    report = load(str(tmp_path / "c.db"), [_write(tmp_path / "quay.jsonl", _records(6))], match=False)
    assert (report.new, asked) == (6, [])


def test_stored_paths_are_read_per_batch_not_per_article(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    report = load(db, [_write(tmp_path / "quay.jsonl", _records(12))], match=False, batch_size=5)
    assert report.new == 12
    assert not [s for s in statements if s.startswith(PER_ARTICLE_PATH_QUERY.split("?")[0])]


def test_an_article_read_from_another_place_keeps_its_path_in_a_batch(tmp_path):
    first = _write(tmp_path / "quay.jsonl", _records(7))
    load(str(tmp_path / "c.db"), [first], match=False)
    moved = tmp_path / "copy"
    moved.mkdir()
    again = load(str(tmp_path / "c.db"), [_write(moved / "quay.jsonl", _records(7))], match=False, batch_size=3)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 7)
    paths = {r[0] for r in open_db(str(tmp_path / "c.db")).execute("select source_path from articles")}
    assert all(p.startswith(first) for p in paths), paths
