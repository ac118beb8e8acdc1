"""What a fact-checker new to the pages stalled on, read with invented reports.

One word for one thing: the load summary says "2 links (0 drift)" and the overview
said "2 claim matches" for the same rows (and "1 stories" for one).  A verdict on
another report of the same statement: the status line named it, the verdict panel
said "No verdict recorded" (see the tests below).
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import make_datasette, write_docs
from datasette.cli import cli

REPORTS = [
    {"id": "gull-1", "outlet": "Gull Weekly", "date": "2024-05-02", "title": "Quarry to close",
     "text": 'Mayor Odile Brask said on Thursday that the quarry at Fenn would close in June. '
             '"The quarry has lost money for nine years and it will close in June," Brask said.'},
    {"id": "tern-1", "outlet": "Tern Herald", "date": "2024-05-03", "title": "Fenn quarry closing",
     "text": 'Mayor Odile Brask said the quarry at Fenn would close in June. '
             '"The quarry has lost money for nine years and will close in June," Brask said.'},
]


@pytest.fixture
def loaded(tmp_path):
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", db, write_docs(tmp_path, REPORTS)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, result.output


def _count(text: str, noun: str) -> int:
    found = re.search(r"<strong>([\d,]+)</strong> " + noun + "<", text)
    assert found, noun
    return int(found.group(1).replace(",", ""))


@pytest.mark.asyncio
async def test_the_overview_counts_links_in_the_load_summarys_word(loaded):
    db, output = loaded
    links = int(re.search(r"(\d+) links? \(", output).group(1))
    assert links > 0
    page = (await make_datasette([db]).client.get("/claims/-/claims")).text
    assert _count(page, "links? between claims") == links
    assert "claim matches" not in page


@pytest.mark.asyncio
async def test_a_count_of_one_is_singular(story_db_path):
    page = (await make_datasette([story_db_path]).client.get("/claims/-/claims")).text
    assert _count(page, "story") == 1
    assert _count(page, "link between claims") == 1
    assert "1</strong> stories" not in page
