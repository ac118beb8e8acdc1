"""Hostile input, fourth round: a fact-checker's real folder.

Each test is a failure found by loading invented input with the real CLI
into a real SQLite file (a columnist's folder of saved columns, ...).
Before, each loaded wrong or ended the load; now each loads, or is a
``load_errors`` row that says why, and the rest loads.  All content is
generated here.
"""

from __future__ import annotations

import sqlite_utils
from test_chaos_hostile2 import load

BODY = ("<p>The harbour board raised the mooring fee on {day}, its chair Tor Brekkan said at a meeting.</p>"
        "<p>\u201cThe fee pays for the new pontoons,\u201d Brekkan said.</p>")


def _page(title: str, day: str, head: str = "", byline: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article>{byline}{BODY.format(day=day)}</article></body></html>")


def _titles(db_path) -> dict[str, tuple[str | None, str | None]]:
    return {r["source_path"].rsplit("/", 1)[-1]: (r["outlet"], r["headline"])
            for r in sqlite_utils.Database(db_path).query("select source_path, outlet, headline from articles")}


COLUMNS = [("Why the harbour fee doubled this spring", "Monday"),
           ("How the ferry timetable was cut again", "Friday"),
           ("What the new pier will cost the town", "Sunday")]


def test_a_folder_of_one_columnists_columns_names_no_outlet_when_a_page_names_its_writer(tmp_path):
    """"Isla Kerr - Title.html" saved three times: the repeated name is the
    page's writer (its author metadata, its byline), so it is no site."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    writer = [("<meta name='author' content='Isla Kerr'>", ""),  # metadata only
              ("", "<p>By Isla Kerr</p>"),  # a byline line only
              ("", "")]  # nothing but the title: the folder's other pages say who she is
    for i, ((headline, day), (head, byline)) in enumerate(zip(COLUMNS, writer)):
        (corpus / f"Isla Kerr - {headline}.html").write_text(_page(f"Isla Kerr - {headline}", day, head, byline))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert _titles(tmp_path / "c.db") == {f"Isla Kerr - {h}.html": (None, h) for h, _day in COLUMNS}


def test_a_site_repeated_in_the_folder_stays_the_outlet_beside_its_writers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"author": [{"@type": "Person", "name": "Ann Vole"}]}</script>')
    for i, (headline, day) in enumerate(COLUMNS):
        (corpus / f"p{i}.html").write_text(_page(f"Pier Lantern - {headline}", day, ld))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert {outlet for outlet, _h in _titles(tmp_path / "c.db").values()} == {"Pier Lantern"}
