"""What a newcomer met on the commands: ClaimReview exported under the plugin's
name without a word; a demo whose port was taken exiting 0 after its build, and
whose message named Datasette's home page, not the claims pages; demo options
without a word of help.  The real CLI (CliRunner), invented names.
"""

from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner
from conftest import load_docs_with_cli
from datasette.cli import cli

DOCS = [{"id": "r1", "outlet": "Quayside Post", "published": "2031-05-05",
         "text": "Harbourmaster Ilse Varga said the north quay would stay shut to ferries until the end of October."}]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return load_docs_with_cli(tmp_path_factory.mktemp("newcomer-cli"), DOCS)


def test_export_without_an_author_says_whose_name_the_reviews_carry(db_path):
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", db_path])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert "no author given" in result.stderr and "--author" in result.stderr
    named = CliRunner().invoke(cli, ["claims", "export-claimreview", db_path, "--author", "Quay Checks"])
    # (no verdict yet: the one line left says so, not that the export failed)
    assert named.exit_code == 0 and "no author" not in named.stderr
    assert named.stderr.startswith("no current verdicts") and named.stderr.count("\n") == 1


def test_the_demo_on_a_port_in_use_says_so_before_building(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["claims", "demo", "--db", str(tmp_path / "demo.db"), "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr and "--port" in result.stderr
    assert not (tmp_path / "demo.db").exists()


def test_the_demo_says_where_its_claims_pages_are():
    from datasette_claims import demo

    message = demo.serving_message("claims-demo.db", "127.0.0.1", 8001)
    assert "http://127.0.0.1:8001/claims-demo/-/claims" in message


def test_every_demo_option_is_explained():
    result = CliRunner().invoke(cli, ["claims", "demo", "--help"])
    for option in ("--db FILE", "--port INTEGER", "--host TEXT"):
        line = next(ln for ln in result.output.splitlines() if option in ln)
        assert line.split(option, 1)[1].strip().split("[")[0].strip(), line
