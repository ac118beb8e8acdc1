"""The alerts page shows reported speech as the other pages do: a paraphrase is not
put in quotation marks as though they were the speaker's own words."""

import json

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from datasette.cli import cli


def _load(tmp_path, sentence: str) -> str:
    db_path = str(tmp_path / "claims.db")
    checks = tmp_path / "checks.jsonl"
    checks.write_text(json.dumps({
        "claim": "The new ferry will carry every commuter in Lowmarsh free of charge from next spring",
        "claimant": "Councillor Iris Quayle", "rating": "False",
        "url": "https://factcheck.example/ferry", "date": "2031-03-01",
    }) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["claims", "import-factchecks", db_path, str(checks)]).exit_code == 0
    report = tmp_path / "report.jsonl"
    report.write_text(json.dumps({
        "id": "lowmarsh-1", "outlet": "Lowmarsh Herald", "published": "2031-04-02", "text": sentence,
    }) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["claims", "load", db_path, str(report)])
    assert result.exit_code == 0, result.output
    return db_path


async def _alerts_html(db_path: str) -> str:
    ds = Datasette([db_path])
    response = await ds.client.get("/claims/-/claims/alerts")
    assert response.status_code == 200
    return response.text


@pytest.mark.asyncio
async def test_a_paraphrase_is_shown_without_quotation_marks(tmp_path):
    db_path = _load(tmp_path, "Councillor Iris Quayle said on Saturday that the new ferry will carry every "
                              "commuter in Lowmarsh free of charge from next spring.")
    html = await _alerts_html(db_path)
    assert "the new ferry will carry every commuter" in html
    assert "&ldquo;the new ferry" not in html and "“the new ferry" not in html


@pytest.mark.asyncio
async def test_a_quotation_keeps_its_quotation_marks(tmp_path):
    db_path = _load(tmp_path, '"The new ferry will carry every commuter in Lowmarsh free of charge from next '
                              'spring," Councillor Iris Quayle said on Saturday.')
    html = await _alerts_html(db_path)
    opening = "The new ferry will carry every commuter"
    assert f"&ldquo;{opening}" in html or f"“{opening}" in html
