"""A description is no speaker of its own: "The report" in one article and "The
report" in another are two documents, "the company" two companies.  Filed as one
speakers row, Wikinews made "The report" its ninth most quoted speaker (161
claims across unrelated articles).  Claims keep the words; names keep their row.
Real CLI, a real SQLite file, invented text."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.store.articles import description, speaker_id_of

REPORTS = [
    {"id": "gazette-1", "url": "https://gazette.example/1", "title": "Ferry audit", "published": "2025-03-04",
     "text": "An audit of the ferry company was published on Monday. The report said the company had "
             "overcharged passengers for three years."},
    {"id": "courier-1", "url": "https://courier.example/1", "title": "School meals", "published": "2025-03-05",
     "text": "The county looked at school meals. The report said most schools served fresh vegetables daily. "
             "The Harbour Times said the county would publish the figures in May."},
]


def test_a_description_gets_no_speakers_row_and_a_name_does(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db_path = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    rows = {r["speaker"]: r["speaker_id"] for r in db.query("select speaker, speaker_id from claims")}
    assert rows["The report"] is None  # the claims keep their words, and no one body is named
    assert rows["Harbour Times"] is not None  # (a name of two words or more is given without its article)
    assert "The report" not in {r["name"] for r in db.query("select name from speakers")}


@pytest.mark.parametrize("speaker, is_description", [
    ("The report", True), ("the company", True), ("reports", True), ("The statement", True),
    ("The Times", False), ("Iran", False), ("WN", False), ("Human Rights Watch", False), ("eBay", False),
])
def test_description_or_name(speaker, is_description):
    assert description(speaker) is is_description
    assert (speaker_id_of(speaker, "document") is None) is is_description
