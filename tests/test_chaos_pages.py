"""Saved pages that hold no article: what the user is told.

A browser's "save page" of a redirect (or of a consent wall that sends the
browser on) keeps only a ``<meta http-equiv="refresh">``: the error row
names where the article is, so the user can load that address.  Real CLI,
real SQLite.
"""

from __future__ import annotations

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli


def test_a_saved_redirect_names_where_the_article_is(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text('<html><head><meta http-equiv="Refresh" content="0; URL=\'https://dales.example/2025/04/03/'
                    'paths?from=home&amp;v=2\'"></head><body><script>go()</script></body></html>')
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(page)])
    assert result.exit_code == 1
    rows = list(sqlite_utils.Database(tmp_path / "c.db").query("select path, reason from load_errors"))
    assert [(r["path"], r["reason"]) for r in rows] == [
        (str(page), "HTML page has no article text: it only sends the browser on to "
                    "https://dales.example/2025/04/03/paths?from=home&v=2 (load that address)")]
