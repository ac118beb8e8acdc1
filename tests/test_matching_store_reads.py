"""What the store keeps for matching's reads, so that a load's matching reads
the same at any size: the speakers' surname key (``m025_speaker_surnames``)
and full-text indexes merged after a load that wrote much of the database."""

from __future__ import annotations

import itertools
import json
import string

from datasette_claims import loader
from datasette_claims.matching import aliases
from datasette_claims.store import open_db


def _surnames(n):
    """``n`` invented surnames of letters only, each different."""
    letters = itertools.product(string.ascii_lowercase, repeat=3)
    return ["Qu" + "".join(w) for w in itertools.islice(letters, n)]


def _instructions(conn, fn) -> int:
    """SQLite virtual machine instructions ``fn`` runs on ``conn`` (in hundreds)."""
    count = [0]

    def tick():
        count[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        fn()
    finally:
        conn.set_progress_handler(None, 100)
    return count[0]


def _alias_step_cost(path, others: int) -> int:
    """The SQLite work of a load's alias step (three new speakers of one surname)
    in a database already holding ``others`` speakers of other surnames."""
    db = open_db(str(path))
    db["articles"].insert_all([{"id": "a0", "text": "Invented."}, {"id": "a1", "text": "Invented."}])
    db["speakers"].insert_all([{"id": f"s{i}", "name": f"Ann {s}", "kind": "person"}
                               for i, s in enumerate(_surnames(others))])
    db["claims"].insert_all([{"id": f"a0:{i}", "article_id": "a0", "speaker_id": f"s{i}",
                              "content": "An invented sentence."} for i in range(others)])
    db.conn.commit()
    aliases.resolve_speakers(db, speaker_ids={f"s{i}" for i in range(others)}, article_ids=["a0"])  # a load before
    new = [("karl-berg", "Karl Berg"), ("k-berg", "K. Berg"), ("berg", "Berg")]
    db["speakers"].insert_all([{"id": i, "name": n, "kind": "person"} for i, n in new])
    db["claims"].insert_all([{"id": f"a1:{i}", "article_id": "a1", "speaker_id": ident,
                              "content": "Another invented sentence."} for i, (ident, _) in enumerate(new)])
    db.conn.commit()
    got = {}
    cost = _instructions(db.conn, lambda: got.update(
        aliases.resolve_speakers(db, speaker_ids={i for i, _ in new}, article_ids=["a1"])))
    assert got["merged"] == 2  # Karl Berg, K. Berg and Berg: one person
    assert {r[0] for r in db.conn.execute("select id from speakers where id like '%berg'")} == {"karl-berg"}
    return cost


def test_a_loads_alias_step_reads_the_same_whatever_the_number_of_speakers(tmp_path):
    """The load's namesakes are looked up by their surname key: 3,000 speakers
    of other surnames cost the step what 30 do (it read every name before)."""
    few, many = _alias_step_cost(tmp_path / "few.db", 30), _alias_step_cost(tmp_path / "many.db", 3_000)
    assert many < 1.5 * few, (few, many)


def test_a_renamed_speaker_is_keyed_again_by_its_new_surname(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    db["speakers"].insert_all([{"id": "s1", "name": "Dr. Ann Querl", "kind": "person"},
                               {"id": "s2", "name": "Tom Vask", "kind": "person"}])
    aliases.key_surnames(db.conn)
    assert dict(db.conn.execute("select id, surname from speakers")) == {"s1": "querl", "s2": "vask"}
    db.conn.execute("update speakers set name = 'Ann Vask' where id = 's1'")
    db.conn.execute("update speakers set kind = 'person', name = 'Tom Vask' where id = 's2'")  # the same name
    assert dict(db.conn.execute("select id, surname from speakers")) == {"s1": None, "s2": "vask"}
    assert [r[0] for r in aliases._namesakes(db.conn, {"vask"})] == ["s1", "s2"]
    plan = " ".join(r[-1] for r in db.conn.execute("explain query plan select id from speakers where surname in (?)",
                                                   ["vask"]))
    assert "idx_speakers_surname" in plan


def _docs(tmp_path, name, first, n):
    path = tmp_path / name
    path.write_text("".join(json.dumps({
        "id": f"inv-{i}", "url": f"https://example.invalid/story/{i}", "date": "2021-03-04",
        "text": f'"The Quorvel bridge number {i} will reopen in spring," said Ada Pellow, the works director.\n\n'
                f"Crews repaired the deck of span {i} over the winter months.",
    }) + "\n" for i in range(first, first + n)), encoding="utf-8")
    return str(path)


def _segments(db, table) -> int:
    return db.conn.execute(f"select count(distinct segid) from {table}_idx").fetchone()[0]


def test_a_load_that_wrote_much_of_the_database_merges_the_full_text_indexes(tmp_path):
    path = str(tmp_path / "c.db")
    report = loader.load(path, [_docs(tmp_path, "first.jsonl", 0, 40)], match=False, batch_size=2)
    assert report.articles == 40
    db = open_db(path)
    assert _segments(db, "claims_fts") == 1 and _segments(db, "articles_fts") == 1
    db.conn.close()
    loader.load(path, [_docs(tmp_path, "second.jsonl", 40, 3)], match=False, batch_size=1)  # 3 of 43: not merged
    db = open_db(path)
    assert _segments(db, "articles_fts") > 1
    assert db.conn.execute("select count(*) from claims_fts where claims_fts match 'quorvel'").fetchone()[0] == 43
