"""The review queue's public-figure signal: a named person whom the report gives a public office ("Mayor Vera
Lindqvist", "energy minister ...") counts, also when quoted once; a campaigner quoted once does not. A database
whose stored queue bounds were made before the signal counted offices has them made again by its migration.
Invented texts, the real CLI, a real Datasette."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_with_cli, make_datasette

from datasette_claims.factchecks.checkworthy import public_office

TEXT = ("Ferry row on Skerry\n"
        "SKERRY HAVEN, March 3, 2026 - Mayor Vera Lindqvist said on Tuesday that the island needed a better ferry.\n"
        "Campaigner Ivo Brandt said the island needed a better ferry too.\n")


def test_public_office_reads_the_role_words():
    assert public_office("Mayor") == public_office("former energy minister") == public_office("Sen.") == 1
    assert public_office("campaigner") == public_office("Fishermen's union leader") == public_office(None) == 0
    assert public_office("campaign manager") == 0  # a word, not letters inside one ("mp" in "campaign")


def _as_before(db, migration: str, speaker_id: str) -> None:
    """The database as one stored before ``migration``: the speaker's bound one lower, the migration not run."""
    with sqlite3.connect(db) as conn:
        conn.execute("delete from _sqlite_migrations where name = ?", [migration])
        conn.execute("update claim_scores set score = score - 1 where speaker_id = ?", [speaker_id])


def _load_more(tmp_path, db, name: str, text: str) -> dict:
    """Another article loaded (which runs the pending migrations); the stored scores by speaker."""
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / name).write_text(text, encoding="utf-8")
    load_with_cli(db, tmp_path / "more" / name)
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select speaker_id, score from claim_scores"))


def _signals(data):
    return {c["speaker"]: {r["signal"] for r in c["reasons"]} for c in data["claims"]}


@pytest.mark.asyncio
async def test_an_office_holder_quoted_once_is_a_public_figure(tmp_path):
    (tmp_path / "ferry.txt").write_text(TEXT, encoding="utf-8")
    db = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "ferry.txt")
    ds = make_datasette([db])
    data = (await ds.client.get("/claims/-/claims/queue.json")).json()
    signals = _signals(data)
    assert "public_figure" in signals["Vera Lindqvist"] and "public_figure" not in signals["Ivo Brandt"]
    assert data["claims"][0]["speaker"] == "Vera Lindqvist"

    # a database from before: its stored bound without the signal, the migration not yet run
    _as_before(db, "m028_queue_public_office", "vera-lindqvist")
    data = (await make_datasette([db]).client.get("/claims/-/claims/queue.json")).json()
    assert data["claims"][0]["speaker"] == "Vera Lindqvist", "stale bounds are read with their slack"
    # the next load runs the migration, which makes the bounds again
    scores = _load_more(tmp_path, db, "other.txt", "Dune path closes\nWarden Ada Holm said the dune path would "
                                                   "close for nesting birds.\n")
    assert scores["vera-lindqvist"] == scores["ivo-brandt"] + 1


def test_the_queue_and_the_extractor_read_one_list_of_offices():
    from datasette_claims import offices
    from datasette_claims.extract import lexicon
    from datasette_claims.factchecks import checkworthy

    assert checkworthy.PUBLIC_OFFICES is offices.PUBLIC_OFFICES
    assert lexicon.PUBLIC_OFFICES is offices.OFFICE_TITLES <= offices.PUBLIC_OFFICES
    # the offices the queue once lacked
    assert public_office("Judge") == public_office("chief prosecutor") == public_office("UK PM") == 1


JUDGE_TEXT = ("Harbour ruling\n"
              "PORT ELSMERE, May 4, 2026 - Judge Orla Penn said on Monday that the harbour lease was void.\n"
              "Harbour user Tam Rusk said the lease was void too.\n")


@pytest.mark.asyncio
async def test_a_judge_quoted_once_is_a_public_figure_and_older_bounds_are_made_again(tmp_path):
    (tmp_path / "ruling.txt").write_text(JUDGE_TEXT, encoding="utf-8")
    db = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "ruling.txt")
    signals = _signals((await make_datasette([db]).client.get("/claims/-/claims/queue.json")).json())
    assert "public_figure" in signals["Orla Penn"] and "public_figure" not in signals["Tam Rusk"]

    # a database from before the judge counted: the bound one lower, the migration not run
    _as_before(db, "m029_queue_office_words", "orla-penn")
    scores = _load_more(tmp_path, db, "tide.txt", "Tide tables out\nHarbourmaster Eli Voss said the new tide "
                                                  "tables were out.\n")
    assert scores["orla-penn"] == scores["tam-rusk"] + 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from _sqlite_migrations where name = 'm029_queue_office_words'"
                            ).fetchone()[0] == 1
