"""import-factchecks keeps a fact-check whose link or dates cannot be used, without them, and says so.

A fact-check's ``url`` is a link on the search page and in exports: only an http(s) address may be one
("javascript:..." never is); its dates are shown and compared as ISO dates ("yesterday" is none). Such a
field is left out with a warning line and a ``factcheck_errors`` row, the rest of the record imported,
and the exit status stays 0 (nothing was skipped).
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from click.testing import CliRunner
from datasette.cli import cli

from conftest import make_datasette


def run(*args):
    return CliRunner().invoke(cli, ["claims", *args], catch_exceptions=False)


def rows(db_path, sql):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


RECORDS = [
    {"claim": "The ferry fleet doubled in a year.", "rating": "False",
     "url": "javascript:alert(document.cookie)", "review_date": "yesterday", "date": "2031-04-02"},
    {"claim": "Tram fares fell by half.", "rating": "True", "url": "https://checks.example/tram",
     "review_date": "2031-04-03T09:00:00Z", "date": "last spring"},
    {"claim": "The lighthouse is older than the harbour.", "rating": "Half true", "url": "data:text/html,<b>x</b>"},
]


def test_bad_url_and_dates_left_out_with_warnings(tmp_path, claims_db_path):
    path = tmp_path / "checks.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    result = run("import-factchecks", claims_db_path, str(path))
    assert result.exit_code == 0, result.output
    facts = {r["claim"]: r for r in rows(claims_db_path, "select * from factchecks")}
    assert len(facts) == 3  # every record imported
    ferry = facts["The ferry fleet doubled in a year."]
    assert ferry["url"] is None and ferry["review_date"] is None and ferry["claim_date"] == "2031-04-02"
    assert ferry["rating"] == "False"
    tram = facts["Tram fares fell by half."]
    assert tram["url"] == "https://checks.example/tram" and tram["review_date"] == "2031-04-03"
    assert tram["claim_date"] is None
    assert facts["The lighthouse is older than the harbour."]["url"] is None
    err = result.stderr
    assert "its url 'javascript:alert(document.cookie)' is not a web address" in err
    assert "its review_date 'yesterday' is not a date (YYYY-MM-DD): left out" in err
    assert "its claim_date 'last spring' is not a date" in err
    assert "Traceback" not in result.output
    assert "3 fact-checks (3 new, 0 updated, 0 unchanged), 0 malformed records skipped, " \
           "3 imported with a field left out" in result.stdout
    errors = rows(claims_db_path, "select reason from factcheck_errors")
    assert len(errors) == 4 and all(e["reason"].startswith("warning: fact-check fc-") for e in errors)
    # importing again changes nothing: the same rows, the same warnings
    again = run("import-factchecks", claims_db_path, str(path))
    assert "0 new, 0 updated, 3 unchanged" in again.stdout
    assert len(rows(claims_db_path, "select reason from factcheck_errors")) == 4


def test_relative_links_need_the_site(tmp_path, claims_db_path):
    records = [{"claim": f"Claim number {n} about the canal locks.", "url": f"/checks/{n}/"} for n in range(13)]
    path = tmp_path / "relative.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = run("import-factchecks", claims_db_path, str(path))
    assert result.exit_code == 0
    assert result.stderr.count(": fact-check fc-") == 10
    assert "3 more whose url is a relative address" in result.stderr
    again = run("import-factchecks", claims_db_path, str(path), "--url-base", "https://checks.example")
    assert "13 updated" in again.stdout and "warning" not in again.stderr
    assert {r["url"] for r in rows(claims_db_path, "select url from factchecks")} == {
        f"https://checks.example/checks/{n}/" for n in range(13)}


@pytest.mark.asyncio
async def test_search_page_never_links_a_script(tmp_path, claims_db_path):
    path = tmp_path / "checks.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    run("import-factchecks", claims_db_path, str(path))
    ds = make_datasette([claims_db_path])
    response = await ds.client.get("/claims/-/claims/search?q=ferry+fleet+doubled")
    assert response.status_code == 200
    assert "The ferry fleet doubled in a year." in response.text
    assert "javascript:" not in response.text
