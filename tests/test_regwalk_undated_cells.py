"""An undated report says "undated" in the date cells of search, the claim page's
similar claims and the speaker page (its claims and its outlets), as the story
timeline and outlets table do: a blank cell reads as a date left out of the page,
not as a report with no date.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

import re
import sqlite3
from urllib.parse import quote

import pytest
from conftest import make_datasette
from test_storywalk_undated import QUOTE, REPORTS, _load, _story_and_speaker


def _rows_of(html: str, outlet: str) -> list[str]:
    """The table rows of ``html`` naming ``outlet``."""
    return [r for r in re.findall(r"(?s)<tr.*?</tr>", html) if outlet in r]


def _date_cells(row: str) -> list[str]:
    return re.findall(r'data-label="(?:Date|Published|First|Last)">([^<]*)<', row)


@pytest.mark.asyncio
async def test_undated_reports_say_undated(tmp_path):
    path = _load(tmp_path, REPORTS)
    _, speaker_id = _story_and_speaker(path)
    with sqlite3.connect(path) as conn:
        (harbour,) = conn.execute(
            "select id from claims where article_id = 'harbour' and content like '%herring fleet%'").fetchone()
    ds = make_datasette([path])
    pages = [f"/claims/-/claims/search?q={quote(QUOTE)}", f"/claims/-/claims/speaker/{speaker_id}",
             "/claims/-/claims/claim/" + harbour.replace(":", "~3A")]
    for url in pages:
        html = (await ds.client.get(url)).text
        rows = _rows_of(html, "Nordwire")
        assert rows, url
        for row in rows:
            cells = _date_cells(row)
            assert cells and all(c.strip() == "undated" for c in cells), (url, cells)
