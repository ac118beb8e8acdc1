"""A report that quotes a fragment of a statement inside its own sentence is
compared with the first appearance on its quoted words: the words around the
quotation marks were never the speaker's, and the words of the statement it
leaves out are a trim.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

from datasette_claims.text import quoted_diff

QUOTE = "We will not risk the future of the herring stock for one good summer"
REPORTS = [
    {"id": "wire", "outlet": "Nordwire", "published": "2031-03-03",
     "text": f"\"{QUOTE},\" the fisheries minister Ada Lunde told reporters in Vardo on Tuesday.\n"},
    {"id": "blog", "outlet": "Skerry Notes", "published": "2031-03-05",
     "text": "Ada Lunde says she won't \"risk the future of the herring stock\" for the canneries. "
             "Fine, but who pays the crews?\n"},
]


def test_quoted_diff_compares_the_fragment_with_its_stretch():
    assert quoted_diff(QUOTE, ["risk the future of the herring stock"]) == [
        {"op": "equal", "text": "risk the future of the herring stock"}]
    changed = quoted_diff(QUOTE, ["risk the future of the cod stock"])
    assert {"op": "delete", "text": "herring"} in changed and {"op": "insert", "text": "cod"} in changed
    assert not any(op["op"] == "delete" and "We will not" in op["text"] for op in changed)


@pytest.mark.asyncio
async def test_a_blogs_quoted_fragment_is_no_rewording_in_the_timeline(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    path = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(path) as conn:
        story_id, quote_type = conn.execute(
            "select story_id, quote_type from claims where article_id = 'blog' and content like '%herring stock%'"
        ).fetchone()
    assert story_id is not None and quote_type in ("partial", "mixed")
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    blog = next(t for t in story["timeline"] if t["claim"]["article"]["id"] == "blog")
    assert blog["diff"] == []  # no "[removed: We will not] [added: Ada Lunde says she won't]"
