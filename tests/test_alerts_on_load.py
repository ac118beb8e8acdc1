"""A claim that repeats a known fact-check is flagged when it is loaded."""

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli


def test_load_raises_alert_for_previously_checked_claim(tmp_path):
    db_path = str(tmp_path / "claims.db")
    checks = tmp_path / "checks.jsonl"
    checks.write_text(
        json.dumps({
            "claim": "The new reservoir will supply water to every home in Eastvale by next summer",
            "claimant": "Mayor Petra Lindqvist",
            "rating": "False",
            "url": "https://factcheck.example/reservoir",
            "date": "2023-03-01",
        }) + "\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(cli, ["claims", "import-factchecks", db_path, str(checks)])
    assert result.exit_code == 0, result.output

    report = tmp_path / "report.jsonl"
    report.write_text(
        json.dumps({
            "id": "eastvale-1",
            "outlet": "Eastvale Courier",
            "published": "2023-04-02",
            "text": "Mayor Petra Lindqvist said on Saturday that the new reservoir will supply water to every "
                    "home in Eastvale by next summer.",
        }) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["claims", "load", db_path, str(report)])
    assert result.exit_code == 0, result.output
    assert "previously checked" in result.output
    db = sqlite_utils.Database(db_path)
    alerts = list(db.query("select * from claim_alerts"))
    assert len(alerts) == 1
    claim_id = alerts[0]["claim_id"]
    assert claim_id.startswith("eastvale-1:")
