"""The address look-up of a load runs once per batch, not once per article (issue 14).

An article whose address is stored under another id is that article (a copy,
or its update: docs/loading.md).  The look-up ran once per article as it
arrived, each a small statement of the writer's thread that handed the GIL
to the reading thread and back; it now runs for a batch's articles together
when the batch is written.  Nothing is written between an article's arrival
and its batch's write, so the outcome is the same, in the same order: a copy
of the stored article, an update of it, an address repeated in one batch."""

from __future__ import annotations

import json

from datasette_claims.loader import load
from datasette_claims.store import open_db


def _record(ident: str, n: int, text: str | None = None) -> dict:
    return {"id": ident, "title": f"Lock gate notice {n}", "url": f"https://canal-ledger.example/gates/{n}",
            "outlet": "Canal Ledger", "date": "2022-03-09",
            "text": text or f"The lock gates at Ormsby basin will close for {n + 3} days, "
                            f"waterways officer Ida Tarrant said on Tuesday."}


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _address_queries(statements: list[str]) -> list[str]:
    return [s for s in statements if "from articles where url_key" in s]


def test_the_addresses_are_looked_up_per_batch_not_per_article(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    report = load(db, [_write(tmp_path / "gates.jsonl", [_record(f"gate-{i}", i) for i in range(12)])],
                  match=False, batch_size=5)
    assert report.new == 12
    assert 1 <= len(_address_queries(statements)) <= 3  # three batches, against twelve articles


def _outcome(report) -> tuple:
    return (report.new, report.updated, report.unchanged, report.copies,
            sorted(w.reason for w in report.warnings))


def test_copies_and_updates_of_stored_articles_in_one_batch(tmp_path):
    path = str(tmp_path / "c.db")
    load(path, [_write(tmp_path / "first.jsonl", [_record("gate-a", 1), _record("gate-b", 2)])], match=False)
    later = [
        _record("feed-1", 1),  # gate-a's address and text under another id: a copy
        _record("feed-2", 1),  # the same again: a copy of gate-a too, not of feed-1
        _record("feed-3", 2, "The lock gates at Ormsby basin will stay open, officer Ida Tarrant said."),
        _record("feed-4", 2, "The lock gates at Ormsby basin will stay open, officer Ida Tarrant said."),
        _record("feed-5", 7),  # a new address
    ]
    report = load(path, [_write(tmp_path / "later.jsonl", later)], match=False)
    new, updated, unchanged, copies, warnings = _outcome(report)
    assert (new, updated, unchanged, copies) == (1, 1, 0, 3)
    assert sum("the same article as 'gate-a'" in w for w in warnings) == 2
    assert sum("the same address as article 'gate-b'" in w for w in warnings) == 1
    assert sum("the same article as 'gate-b'" in w for w in warnings) == 1  # feed-4: feed-3 pending as gate-b
    rows = dict(open_db(path).execute("select id, text from articles").fetchall())
    assert set(rows) == {"gate-a", "gate-b", "feed-5"}
    assert rows["gate-b"].endswith("will stay open, officer Ida Tarrant said.")


def test_another_text_at_an_address_of_the_batch_is_its_update(tmp_path):
    path = str(tmp_path / "c.db")
    records = [_record("gate-a", 1), _record("gate-x", 3),
               _record("gate-b", 1, "The lock gates at Ormsby basin reopened early, Ida Tarrant said."),
               _record("gate-c", 1, "The lock gates at Ormsby basin reopened early, Ida Tarrant said."),
               _record("gate-d", 4)]
    report = load(path, [_write(tmp_path / "gates.jsonl", records)], match=False)
    new, updated, unchanged, copies, warnings = _outcome(report)
    assert (new, updated, copies) == (3, 1, 1)
    assert any("the same address as article 'gate-a'" in w for w in warnings)
    assert any("the same article as 'gate-a'" in w for w in warnings)
    rows = dict(open_db(path).execute("select id, text from articles").fetchall())
    assert set(rows) == {"gate-a", "gate-x", "gate-d"}
    assert "reopened early" in rows["gate-a"]
    again = load(path, [_write(tmp_path / "gates.jsonl", records)], match=False)
    # read again, gate-a's first text then gate-b's update each replace what is stored, as before:
    # the later reading wins, and the stored article ends as it was
    assert (again.new, again.updated, again.copies) == (0, 2, 1)
    assert dict(open_db(path).execute("select id, text from articles").fetchall()) == rows
