"""A JSON record whose body is a list of blocks, as CMSs and content APIs keep it.

A body of paragraphs (strings, or objects typed "paragraph", "text", "quote",
Arc XP's ``content_elements``, Editor.js's ``blocks`` with ``data.text``,
Portable Text's ``children``) is the article, one paragraph a block; pictures,
embeds and related links are left out.  Before, such a record was an error row
("its 'body' is a list of 4 items, not text").  Invented records, the real CLI."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import load_with_cli

LEAD = "Bus fares in Orlund will rise by 5 percent in May, the transit authority said on Monday."
QUOTE = "\u201cThe rise pays for new buses,\u201d said director Ina Solberg."
CAPTION = "A bus at the Orlund depot. Photo: Orlund Transit"


def _record(body_key: str, blocks) -> dict:
    return {"id": "fares-1", "headline": "Bus fares to rise", "published": "2026-03-02", body_key: blocks}


SHAPES = {
    "strings": _record("body", [LEAD, QUOTE]),
    "typed": _record("body", [{"type": "paragraph", "text": LEAD}, {"type": "image", "caption": CAPTION,
                              "text": CAPTION}, {"type": "quote", "text": QUOTE}]),
    "arc": _record("content_elements", [{"type": "text", "content": LEAD},
                                        {"type": "image", "caption": CAPTION, "content": CAPTION},
                                        {"type": "interstitial_link", "content": "Read more: Ferry fares"},
                                        {"type": "text", "content": QUOTE}]),
    "editorjs": _record("blocks", [{"type": "paragraph", "data": {"text": LEAD}},
                                   {"type": "paragraph", "data": {"text": QUOTE}}]),
    "portable": _record("body", [{"_type": "block", "children": [{"_type": "span", "text": LEAD}]},
                                 {"_type": "block", "children": [{"_type": "span", "text": "\u201cThe rise pays "},
                                                                 {"_type": "span", "text": "for new buses,\u201d"
                                                                  " said director Ina Solberg."}]}]),
    "markup": _record("body", [{"type": "text", "content": f"<b>ORLUND</b> \u2014 {LEAD}"},
                               {"type": "text", "content": f"{QUOTE} <a href='/x'>More</a>"}]),
}


def _load(tmp_path, record: dict, exit_code: int = 0) -> str:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return load_with_cli(str(tmp_path / "claims.db"), path, exit_code=exit_code)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_body_of_blocks_is_the_article(tmp_path, shape):
    db_path = _load(tmp_path, SHAPES[shape])
    with sqlite3.connect(db_path) as conn:
        text, headline = conn.execute("select text, headline from articles").fetchone()
        claims = dict(conn.execute("select speaker, content from claims"))
    assert headline == "Bus fares to rise"
    assert "Photo:" not in text and "Read more" not in text and "<" not in text
    assert claims.get("Ina Solberg") == "The rise pays for new buses", claims
    assert "will rise by 5 percent in May" in text


def test_blocks_without_words_are_still_an_error_row(tmp_path):
    db_path = _load(tmp_path, _record("body", [{"type": "image", "caption": CAPTION}]), exit_code=1)
    with sqlite3.connect(db_path) as conn:
        [(reason,)] = conn.execute("select reason from load_errors").fetchall()
    assert "its 'body' is a list of 1 item, not text" in reason
