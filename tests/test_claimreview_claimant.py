"""ClaimReview names the claimant as the speaker the claim resolves to: a report
that calls her "Tredger" is still Olwen Tredger's claim.  Real CLI (a load with
matching, which merges the surname into the full name), a real SQLite file,
invented text."""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.factchecks import records

REPORTS = [
    {"id": "gazette-1", "url": "https://gazette.example/1", "title": "Ferry fares to rise", "published": "2025-03-04",
     "text": "The harbour master, Olwen Tredger, said on Monday that ferry fares would rise by a tenth in April."},
    {"id": "courier-1", "url": "https://courier.example/1", "title": "Harbour board meets", "published": "2025-03-05",
     "text": "The harbour board met again on Tuesday. Tredger said the night crossing would stop in May."},
]


def test_the_claimant_is_the_resolved_speaker_not_the_words_of_one_report(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db_path = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    conn = sqlite_utils.Database(db_path).conn
    claim_id, speaker, name = conn.execute(
        "select c.id, c.speaker, s.name from claims c join speakers s on s.id = c.speaker_id "
        "where c.content like 'the night crossing%'").fetchone()
    assert (speaker, name) == ("Tredger", "Olwen Tredger")  # the premise: the alias was merged
    records.record_verdict(conn, claim_id=claim_id, rating="False", reviewer="ana")
    (review,) = records.claimreviews(conn)
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Olwen Tredger"}
