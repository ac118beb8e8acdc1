"""A scraped page's widgets under a heading of their own ("Trending now", "Popular
today", "Editor's picks", "Don't miss", "Around the web") are lists of other
headlines: "1. Storm warning for the west coast" was a claim by "Storm".  A heading
with words after it is prose, and prose after the list is the story again.

Invented pages, the real CLI loader, a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_with_cli

from datasette_claims.furniture import link_list

STORY = ("Coastal Courier\n\nFerry operator scraps winter crossings\n\n"
         "Ferry operator Nordlink said on Friday it would scrap all winter crossings to the island of Vessa.\n\n"
         "Islanders said the decision would force them to drive three hours to the mainland bridge.\n\n")
HEADINGS = ["Trending now", "Popular today", "Editor's picks", "Don't miss", "Around the web", "Trending:"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_headlines_under_a_widget_heading_are_no_claims(tmp_path, heading):
    page = tmp_path / "ferry.txt"
    page.write_text(STORY + f"{heading}\n\n1. Storm warning for the west coast\n\n2. Mayor says tolls to double\n",
                    encoding="utf-8")
    db = load_with_cli(str(tmp_path / "claims.db"), page)
    with sqlite3.connect(db) as conn:
        speakers = [r[0] for r in conn.execute("select speaker from claims")]
    # (the body's kind before its name is its role: "Ferry operator" is Nordlink's)
    assert "Nordlink" in speakers and "Islanders" in speakers
    assert "Storm" not in speakers and "Mayor" not in speakers


def test_prose_after_the_list_and_a_heading_with_words_after_it_are_the_story():
    lines = ["Trending now", "Storm warning for the west coast",
             "Harbour master Ilse Varg said the quay would stay open.", "Trending now in the harbour towns is a "
             "return to rowing, club secretary Odd Fjell said."]
    assert link_list(lines) == {0, 1}
