"""A scraped page's byline naming its paper, and a Markdown file's headline.

"By Jane Roe, The Harbour Gazette" under the headline names the outlet (a
writer's job after the comma does not); a ``.md`` article's "# " heading
marks are no part of its headline.  Loaded through the real CLI."""

from __future__ import annotations

import re
import sqlite3

import pytest

from conftest import load_with_cli
from datasette_claims.mastheads import byline_outlet, without_heading_marks

BODY = (
    "The ferry to Osterholm will stop running in May, harbour master Ivo Lund said on Thursday.\n\n"
    '"The pier is no longer safe," Lund said.\n'
)


def _article(db_path: str) -> sqlite3.Row:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    return conn.execute("select outlet, headline from articles").fetchone()


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("By Jane Roe, The Harbour Gazette", "The Harbour Gazette"),
        ("By Jane Roe and Al Moss | Bay Courier", "Bay Courier"),
        ("*By Jane Roe, The Fjord Tribune*", "The Fjord Tribune"),
        ("By Jane Roe, Health Reporter", None),
        ("By Jane Roe, Osterholm", None),
        ("By Jane Roe, March 5, 2026", None),
    ],
)
def test_byline_under_headline_names_outlet(tmp_path, byline, outlet):
    page = tmp_path / "ferry.txt"
    page.write_text(f"Osterholm ferry to stop in May\n\n{byline}\n\n{BODY}")
    row = _article(load_with_cli(str(tmp_path / "claims.db"), page))
    assert row["outlet"] == outlet
    assert row["headline"] == "Osterholm ferry to stop in May"


def test_byline_above_headline_names_outlet(tmp_path):
    page = tmp_path / "ferry.txt"
    page.write_text(f"By Jane Roe, The Harbour Gazette\n\nOsterholm ferry to stop in May\n\n{BODY}")
    assert _article(load_with_cli(str(tmp_path / "claims.db"), page))["outlet"] == "The Harbour Gazette"


def test_byline_sentence_names_no_outlet():
    assert byline_outlet("By Friday, the Evening Post had printed it.") is None


@pytest.mark.parametrize("heading", ["# ", "## ", "### "])
def test_markdown_headline_without_marks(tmp_path, heading):
    page = tmp_path / "ferry.md"
    page.write_text(f"{heading}Osterholm ferry to stop in May\n\n{BODY}")
    db_path = load_with_cli(str(tmp_path / "claims.db"), page)
    assert _article(db_path)["headline"] == "Osterholm ferry to stop in May"
    text = sqlite3.connect(db_path).execute("select text from articles").fetchone()[0]
    assert text.startswith(heading)  # the text itself is kept as given


def test_heading_marks():
    assert without_heading_marks("## Pier closed ##") == "Pier closed"
    assert without_heading_marks("#hashtag politics") == "#hashtag politics"
    assert without_heading_marks("Pier closed") == "Pier closed"


@pytest.mark.asyncio
async def test_markdown_headline_line_is_not_greyed_as_furniture(tmp_path):
    from conftest import make_datasette

    page = tmp_path / "ferry.md"
    page.write_text(f"# Osterholm ferry to stop in May\n\nHome | News | Sport\n\n{BODY}")
    db_path = load_with_cli(str(tmp_path / "claims.db"), page)
    article_id = sqlite3.connect(db_path).execute("select id from articles").fetchone()[0]
    html = (await make_datasette([db_path]).client.get(f"/claims/-/claims/article/{article_id}")).text
    greyed = re.findall(r'<span class="claims-furniture"[^>]*>.*?\[page furniture: </span>(.*?)<span', html)
    assert greyed == ["Home | News | Sport"]
