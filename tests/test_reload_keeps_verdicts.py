"""A verdict stays with its claim when the article is loaded again with a
corrected text.

A claim's id holds its offsets, so an article reloaded with a fixed typo before
the claim, or in it, gives the claim a new id; the verdict stayed on the old id
and dropped out of the ClaimReview export without a word.  Real CLI, a real
SQLite file, invented text.
"""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.factchecks import records

URL = "https://gazette.example/2025/03/04/ferry-fares"
FIRST = ("The harbour board met on Monday to discus the ferry timetable. "
         "The harbour master, Olwen Tredger, said that ferry fares would rise by a tenth in April.")


def load(db_path, tmp_path, text: str, name: str) -> None:
    src = tmp_path / name
    src.write_text(json.dumps({"id": "gazette-ferry", "url": URL, "title": "Ferry fares to rise",
                               "published": "2025-03-04", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(src), "--jobs", "1", "--no-match"])
    assert result.exit_code == 0, result.output


def fares_claim(conn) -> str:
    (claim_id,) = conn.execute("select id from claims where content like 'ferry fares would rise%'").fetchone()
    return claim_id


def reviewed(tmp_path, corrected: str):
    db_path = tmp_path / "c.db"
    load(db_path, tmp_path, FIRST, "a.jsonl")
    conn = sqlite_utils.Database(db_path).conn
    before = fares_claim(conn)
    records.record_verdict(conn, claim_id=before, rating="False", note="The board set no rise.", reviewer="ana")
    records.record_verdict(conn, claim_id=before, rating="Mostly false", reviewer="ana")
    conn.commit()
    load(db_path, tmp_path, corrected, "b.jsonl")
    conn = sqlite_utils.Database(db_path).conn
    return conn, before, fares_claim(conn)


def test_a_typo_fixed_before_the_claim_moves_its_id_and_the_verdicts_follow(tmp_path):
    conn, before, after = reviewed(tmp_path, FIRST.replace("discus", "discuss"))
    assert after != before  # the offsets moved
    assert [r[0] for r in conn.execute("select claim_id from verdicts order by id")] == [after, after]
    (review,) = records.claimreviews(conn)  # the current verdict, exported
    assert review["reviewRating"]["alternateName"] == "Mostly false"


def test_a_typo_fixed_in_the_claim_itself_keeps_its_verdict(tmp_path):
    corrected = FIRST.replace("by a tenth in April", "by a tenth in Aprill").replace("discus", "discuss")
    conn, before, after = reviewed(tmp_path, corrected)
    assert after != before
    assert {r[0] for r in conn.execute("select claim_id from verdicts")} == {after}
    assert len(records.claimreviews(conn)) == 1


def test_a_claim_whose_words_are_gone_leaves_its_verdicts_where_they_were(tmp_path):
    other = ("The harbour board met on Monday to discuss the ferry timetable. "
             "The harbour master, Olwen Tredger, said that the night crossing would stop in May.")
    db_path = tmp_path / "c.db"
    load(db_path, tmp_path, FIRST, "a.jsonl")
    conn = sqlite_utils.Database(db_path).conn
    before = fares_claim(conn)
    records.record_verdict(conn, claim_id=before, rating="False", reviewer="ana")
    conn.commit()
    load(db_path, tmp_path, other, "b.jsonl")
    conn = sqlite_utils.Database(db_path).conn
    assert [r[0] for r in conn.execute("select claim_id from verdicts")] == [before]
