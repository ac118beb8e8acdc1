"""A desk following one statement across outlets, on the story page.

Wire copy reprinted word for word, then altered by a later outlet ("twice" ->
"three times"): only the altered report drifted. Invented reports, the real
CLI, a real Datasette.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

QUOTE = "We have closed the ferry terminal twice this winter and we will not close it again before May"
DOCS = [
    {"id": "wire", "outlet": "Gull Press Agency", "published": "2026-02-02",
     "text": f'"{QUOTE}," transport secretary Maren Holt told reporters at the pier on Monday.'},
    {"id": "reprint", "outlet": "Tidewater Times", "published": "2026-02-03",
     "text": f'"{QUOTE}," transport secretary Maren Holt told reporters at the pier on Monday. '
             "The Times asked the operator for comment."},
    {"id": "altered", "outlet": "Inland Mercury", "published": "2026-02-04",
     "text": '"' + QUOTE.replace("twice", "three times") + '," Transport Secretary Maren Holt said.'},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("desk")
    feed = tmp / "desk.jsonl"
    feed.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    path = str(tmp / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


async def _story(ds):
    stories = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    story = next(s for s in stories if "ferry terminal" in s["label"])
    return (await ds.client.get(story["url"] + ".json")).json()


@pytest.mark.asyncio
async def test_a_faithful_reprint_is_not_marked_drifted_by_a_later_alteration(db_path):
    data = await _story(make_datasette([db_path]))
    dots = {d["href"].split("/")[-1].split("~")[0]: d for d in data["chart"]["dots"]}
    assert set(dots) == {"wire", "reprint", "altered"}
    assert dots["wire"]["first"]
    assert not dots["reprint"]["drift"], dots["reprint"]
    assert dots["altered"]["drift"]
