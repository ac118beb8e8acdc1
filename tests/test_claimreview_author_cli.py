"""``datasette claims export-claimreview -c datasette.yaml`` names the same author as
``/<db>/-/claims/claimreview.json`` served with that configuration (its docstring
promises the same list): the config's ``author`` is read in one place.

Invented database (conftest's VIEW_DOCS), a verdict recorded in it, the real CLI
and a real Datasette.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
import yaml
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

AUTHORS = [
    " Harbour Checks ",  # a name with the spaces a YAML edit leaves
    {"name": "Harbour Checks", "url": "https://checks.example", "@type": "NewsMediaOrganization"},
    {"name": "Harbour Checks", "url": ""},  # no address
]


@pytest.mark.asyncio
@pytest.mark.parametrize("author", AUTHORS)
async def test_the_command_and_the_page_name_the_same_author(claims_db_path, tmp_path, author):
    with sqlite3.connect(claims_db_path) as conn:
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                     "values ('planet-1:0-50', 'False', 'alice', '2026-01-02T03:04:05+00:00')")
    config = {"plugins": {"datasette-claims": {"author": author}}}
    config_path = tmp_path / "datasette.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", claims_db_path, "-c", str(config_path)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [exported] = json.loads(result.stdout)  # (stderr: a review without a url is warned about)
    [served] = (await make_datasette([claims_db_path], config=config).client.get(
        "/claims/-/claims/claimreview.json")).json()
    assert exported["author"] == served["author"]
    assert exported["author"]["name"] == "Harbour Checks"


def test_author_options_override_the_config(claims_db_path, tmp_path):
    with sqlite3.connect(claims_db_path) as conn:
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                     "values ('planet-1:0-50', 'False', 'alice', '2026-01-02T03:04:05+00:00')")
    config_path = tmp_path / "datasette.yaml"
    config_path.write_text(yaml.safe_dump({"plugins": {"datasette-claims": {"author": "Other Desk"}}}),
                           encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", claims_db_path, "-c", str(config_path),
                                      "--author", "Kestrel Fact Desk", "--author-url", "https://kestrel.example"],
                                catch_exceptions=False)
    assert json.loads(result.stdout)[0]["author"] == {"@type": "Organization", "name": "Kestrel Fact Desk",
                                                      "url": "https://kestrel.example"}
