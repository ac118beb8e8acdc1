"""The store's key of each claim's words for stock phrases (``claims.phrase_key``,
``m032_claim_phrase_keys``): a phrase is one index lookup, whatever the number of
claims holding its words, and a database made before the key is upgraded in place
and keyed by its next matched load.  Invented reports and names."""

from __future__ import annotations

import json
import sqlite3

from datasette_claims import loader
from datasette_claims.matching import pipeline, stock
from datasette_claims.store import open_db
from datasette_claims.store.schema import CLAIM_PHRASE_KEYS


def test_a_short_claim_is_keyed_by_its_words_and_a_long_one_by_nothing():
    assert stock.phrase_key("\u201cI don't know,\u201d") == "i don t know"
    assert stock.phrase_key("We will see.") == "we will see"
    assert stock.phrase_key("the ferry to Skerry Haven will run again in the spring") == ""
    assert stock.phrase_key("") == "" and stock.phrase_key(None) == ""


def _store(tmp_path, name="c.db"):
    db = open_db(str(tmp_path / name))
    db["articles"].insert_all([{"id": f"r{i}", "text": "Invented."} for i in range(4)])
    return db


def _claim(i, article, content, speaker=None):
    return {"id": f"{article}:{i}", "article_id": article, "speaker_id": speaker, "content": content}


def test_key_phrases_keys_the_unkeyed_rows_and_a_reworded_claim_again(tmp_path):
    db = _store(tmp_path)
    db["speakers"].insert_all([{"id": n, "name": n, "kind": "person"} for n in ("mara-lind", "jo-roe")])
    db["claims"].insert_all([_claim(1, "r0", "I don't know.", "mara-lind"),
                             _claim(2, "r1", "The quay at Port Halden will close for the winter months.", "jo-roe")])
    assert stock.key_phrases(db.conn) == 2
    assert dict(db.conn.execute("select id, phrase_key from claims")) == {"r0:1": "i don t know", "r1:2": ""}
    assert stock.key_phrases(db.conn) == 0  # nothing left unkeyed: nothing written
    db.conn.execute("update claims set content = 'We will see.' where id = 'r0:1'")
    db.conn.execute("update claims set content = content, speaker_id = 'mara-lind' where id = 'r1:2'")  # same words
    assert dict(db.conn.execute("select id, phrase_key from claims")) == {"r0:1": None, "r1:2": ""}
    assert stock.key_phrases(db.conn) == 1
    assert db.conn.execute("select phrase_key from claims where id = 'r0:1'").fetchone()[0] == "we will see"
    plan = " ".join(r[-1] for r in db.conn.execute(
        "explain query plan select id, speaker_id, article_id from claims where phrase_key = ?", ["we will see"]))
    assert CLAIM_PHRASE_KEYS in plan


def test_the_sayers_of_a_phrase_are_the_claims_whose_whole_words_it_is(tmp_path):
    db = _store(tmp_path)
    db["speakers"].insert_all([{"id": n, "name": n, "kind": "person"} for n in ("mara-lind", "jo-roe", "ivo-brandt")])
    db["claims"].insert_all([
        _claim(1, "r0", "I don't know.", "mara-lind"),
        _claim(2, "r1", '"I don\'t know,"', "jo-roe"),  # the same words, other marks
        _claim(3, "r2", "I don't know why the ferry stopped.", "ivo-brandt"),  # the words, and more
        _claim(4, "r3", "I don't know.", None),  # a report's unattributed words count by report
    ])
    stock.key_phrases(db.conn)
    sayers = stock._sayers(db.conn, "I don't know!", stop=False)
    assert sorted(sayers.claims) == ["r0:1", "r1:2", "r3:4"] and sayers.many
    assert not stock._sayers(db.conn, "I don't know why the ferry stopped.", stop=False).many
    assert stock._sayers(db.conn, "...", stop=False) == stock._Sayers(False, [])


def _instructions(conn, fn) -> int:
    """SQLite virtual machine instructions ``fn`` runs on ``conn`` (in tens)."""
    count = [0]

    def tick():
        count[0] += 1
        return 0

    conn.set_progress_handler(tick, 10)
    try:
        fn()
    finally:
        conn.set_progress_handler(None, 10)
    return count[0]


def _lookup_cost(tmp_path, name, holding: int) -> int:
    """The SQLite work of asking who says "I don't know." in a database where
    ``holding`` other claims hold those words in longer sentences."""
    db = _store(tmp_path, name)
    db["claims"].insert_all([_claim(i, "r1", f"I don't know whether span {i} of the Port Halden quay will reopen.")
                             for i in range(holding)])
    db["claims"].insert_all([_claim(holding + i, f"r{i}", "I don't know.") for i in (0, 2, 3)])
    stock.key_phrases(db.conn)
    db.conn.commit()
    got = []
    cost = _instructions(db.conn, lambda: got.append(stock._sayers(db.conn, "I don't know.", stop=False)))
    assert len(got[0].claims) == 3 and got[0].many
    return cost


def test_a_phrase_costs_one_lookup_whatever_the_claims_holding_its_words(tmp_path):
    few, many = _lookup_cost(tmp_path, "few.db", 20), _lookup_cost(tmp_path, "many.db", 2_000)
    assert 0 < many < 1.5 * few, (few, many)  # through claims_fts, 2,000 holders were read and compared


# --- a database stored before the key ----------------------------------------------------


def _load(tmp_path, db_path, name, docs):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert loader.load(db_path, [str(path)]).ok


def _doc(i, day, text):
    return {"id": f"halden-{i}", "published": f"2031-06-{day:02d}", "title": f"Quay report {i}", "text": text}


def _as_before_the_key(db_path):
    """The database as a release before ``m032`` left it: no key column, index, trigger or migration record."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("drop trigger claims_phrase_key_stale")
        conn.execute(f"drop index {CLAIM_PHRASE_KEYS}")
        conn.execute("alter table claims drop column phrase_key")
        conn.execute("delete from _sqlite_migrations where name = 'm032_claim_phrase_keys'")


def _pair_linked(db_path) -> bool:
    conn = open_db(db_path).conn
    try:
        return bool(conn.execute("select count(*) from claim_matches where claim_a like 'halden-1:%' "
                                 "and claim_b like 'halden-2:%'").fetchone()[0])
    finally:
        conn.close()


def test_an_old_database_is_upgraded_and_its_claims_count_as_sayers(tmp_path):
    db_path = str(tmp_path / "old.db")
    _load(tmp_path, db_path, "first", [
        _doc(1, 2, 'PORT HALDEN - Quay master Mara Lind was asked about the ferry timetable. '
                   '"We will see," Lind said.'),
        _doc(2, 5, 'PORT HALDEN - Quay master Mara Lind was asked why the trawlers left. "We will see," Lind said.'),
        _doc(3, 6, 'SKERRY - Fisherman Jo Roe was asked about the catch. "We will see," Roe said.'),
    ])
    assert _pair_linked(db_path)  # two speakers say it: linked
    _as_before_the_key(db_path)
    db = open_db(db_path)  # the upgrade: the column, its index and trigger, every row unkeyed
    assert "phrase_key" in db["claims"].columns_dict
    assert {r[0] for r in db.conn.execute("select phrase_key from claims")} == {None}
    assert {CLAIM_PHRASE_KEYS} <= {i.name for i in db["claims"].indexes}
    db.conn.close()
    _load(tmp_path, db_path, "later", [
        _doc(4, 7, 'KELP - Mayor Ivo Brandt was asked about the budget. "We will see," Brandt said.')])
    conn = open_db(db_path).conn
    assert conn.execute("select count(*) from claims where phrase_key is null").fetchone()[0] == 0
    assert conn.execute("select count(*) from claims where phrase_key = 'we will see'").fetchone()[0] == 4
    conn.close()
    assert not _pair_linked(db_path)  # the stored claims keyed and counted: a third speaker makes it stock
    db = open_db(db_path)
    db.conn.execute("update claims set phrase_key = null")  # a rebuild keys what it finds unkeyed too
    pipeline.rebuild(db, workers=1)
    db.conn.commit()
    assert db.conn.execute("select count(*) from claims where phrase_key is null").fetchone()[0] == 0
    db.conn.close()
    assert not _pair_linked(db_path)
