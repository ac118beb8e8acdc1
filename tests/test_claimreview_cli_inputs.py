"""export-claimreview and import-factchecks meet a mistyped option or config file with a message,
never a traceback: a config that is not YAML or JSON, or not shaped as Datasette's; an address
option (--base-url, --url-base, --author-url) that is no http(s) address; and the export never
writes a link that is not http(s) (a config's author url), as the page does not.  Invented
database (conftest's VIEW_DOCS), the real CLI, a real Datasette."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["claims", *args], catch_exceptions=False)


@pytest.fixture
def rated(claims_db_path):
    with sqlite3.connect(claims_db_path) as conn:
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                     "values ('planet-1:0-50', 'False', 'alice', '2026-01-02T03:04:05+00:00')")
    return claims_db_path


@pytest.mark.parametrize("name, text, says", [
    ("datasette.yaml", "plugins: [unclosed\n", "not valid YAML"),
    ("metadata.json", "{\"plugins\": ", "not valid JSON"),
    ("metadata.json", "{\"plugins\": \"datasette-claims\"}", "expected a Datasette config or metadata file"),
    ("datasette.yaml", "- one\n- two\n", "expected a Datasette config or metadata file"),
    ("datasette.yaml", "plugins:\n  datasette-claims: [author]\n", "expected a Datasette config or metadata file"),
])
def test_a_config_that_cannot_be_read_is_a_message(rated, tmp_path, name, text, says):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("export-claimreview", rated, "-c", str(path))
    assert result.exit_code == 2 and says in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ("export-claimreview", "{db}", "--base-url", "ftp://checks.example/claims/-/claims"),
    ("export-claimreview", "{db}", "--author", "Harbour Checks", "--author-url", "javascript:alert(1)"),
    ("import-factchecks", "{db}", "{file}", "--url-base", "checks.example"),
])
def test_an_address_option_must_be_a_web_address(rated, tmp_path, args):
    file = tmp_path / "checks.jsonl"
    file.write_text(json.dumps({"claim": "The pier is a hundred years old.", "url": "/checks/pier"}), encoding="utf-8")
    result = run(*(a.format(db=rated, file=file) for a in args))
    assert result.exit_code == 2 and "is not a web address" in result.output
    with sqlite3.connect(rated) as conn:
        assert conn.execute("select count(*) from factchecks").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_the_export_leaves_out_a_link_the_page_leaves_out(rated, tmp_path):
    config = {"plugins": {"datasette-claims": {"author": {"name": "Harbour Checks", "url": "javascript:alert(1)"}}}}
    path = tmp_path / "metadata.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    result = run("export-claimreview", rated, "-c", str(path))
    assert result.exit_code == 0
    [exported] = json.loads(result.stdout)
    assert exported["author"] == {"@type": "Organization", "name": "Harbour Checks"}
    [served] = (await make_datasette([rated], config=config).client.get("/claims/-/claims/claimreview.json")).json()
    assert served["author"] == exported["author"]
    config["plugins"]["datasette-claims"]["author"] = {"name": ["Harbour", "Checks"]}  # no name: the default, warned
    path.write_text(json.dumps(config), encoding="utf-8")
    result = run("export-claimreview", rated, "-c", str(path))
    assert json.loads(result.stdout)[0]["author"]["name"] == "datasette-claims"
    assert "warning: no author given" in result.stderr


def test_a_file_that_is_no_claims_database_is_said_first(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table notes (body text)")
    result = run("export-claimreview", str(other))
    assert result.exit_code == 2 and "is not a claims database" in result.stderr
    assert "no author given" not in result.stderr  # (no warning about reviews it will never write)
