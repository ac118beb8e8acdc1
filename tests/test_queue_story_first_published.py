"""The review queue's row for a story is its first published report among those of its
best score (an undated one last), not the report with the lowest id: a wire story loaded
as "a-reprint", "m-undated" and "z-wire" is the agency's.  Its later pages stay the full
order (the keyset is the score and the id; each story's row is a function of the story).

Invented reports, the real CLI loader, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette

from datasette_claims.views import queue

QUEUE = "/claims/-/claims/queue.json"
WIRE = ("Port director Sella Marrow said the grain terminal at Hollin Quay would close for 12 weeks from "
        "June, cutting 300 shifts.")
OTHER = "Councillor Ivo Brandt said the tram line to Oster Fen had carried {n} riders a day in March."
DOCS = [
    {"id": "a-reprint", "outlet": "Fenland Herald", "published": "2026-04-03", "text": WIRE},
    {"id": "m-undated", "outlet": "Quay Weekly", "text": WIRE},
    {"id": "z-wire", "outlet": "Norther Press Agency", "published": "2026-04-01", "text": WIRE},
    {"id": "b-later", "outlet": "Marsh Echo", "published": "2026-04-05", "text": WIRE},
    {"id": "monday", "outlet": "Fenland Herald", "published": "2026-04-08",
     "text": "Fire chief Ulla Sand said on Monday that 14 crews had been cut from the night rota."},
] + [{"id": f"tram-{n}", "outlet": f"Tram Sheet {n}", "published": "2026-04-02", "text": OTHER.format(n=n * 1000)}
     for n in range(1, 7)]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return load_docs_with_cli(tmp_path_factory.mktemp("firstpub"), DOCS)


def _story_rows(claims, story_of, story):
    return [c for c in claims if story_of.get(c["id"]) == story]


@pytest.mark.asyncio
async def test_a_story_is_shown_by_its_first_published_report(db_path):
    with sqlite3.connect(db_path) as conn:
        story_of = dict(conn.execute("select id, story_id from claims"))
    wire = next(c for c in story_of if c.startswith("z-wire:"))
    story = story_of[wire]
    assert story and {c.split(":")[0] for c, s in story_of.items() if s == story} == \
        {"a-reprint", "m-undated", "z-wire", "b-later"}
    ds = make_datasette([db_path])
    every = (await ds.client.get(QUEUE + "?reports=all")).json()["claims"]
    assert len({c["score"] for c in _story_rows(every, story_of, story)}) == 1  # the reports tie
    grouped = (await ds.client.get(QUEUE)).json()["claims"]
    rows = _story_rows(grouped, story_of, story)
    assert [c["id"] for c in rows] == [wire] and rows[0]["outlet"] == "Norther Press Agency"
    assert rows[0]["more_reports"] == 3


@pytest.mark.asyncio
@pytest.mark.parametrize("first", [1, 2, 400])
async def test_pages_of_one_row_give_the_one_page_order(db_path, monkeypatch, first):
    """However few candidates a page starts from (the reports that tie come with them)."""
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", first)
    monkeypatch.setattr(queue, "WIDEN", 2)
    ds = make_datasette([db_path])
    whole = [c["id"] for c in (await ds.client.get(QUEUE + "?_size=50")).json()["claims"]]
    pages, url = [], QUEUE + "?_size=1"
    while url:
        j = (await ds.client.get(url)).json()
        pages += [c["id"] for c in j["claims"]]
        url = j["next_url"]
    assert pages == whole and any(c.startswith("z-wire:") for c in whole)
    assert not any(c.split(":")[0] in ("a-reprint", "m-undated", "b-later") for c in whole)


@pytest.mark.asyncio
async def test_a_row_says_when_the_day_said_is_not_the_day_published(db_path):
    ds = make_datasette([db_path])
    rows = {c["id"].split(":")[0]: c for c in (await ds.client.get(QUEUE + "?reports=all")).json()["claims"]}
    assert rows["monday"]["date"] == "2026-04-06" and rows["monday"]["published"] == "2026-04-08"
    assert rows["z-wire"]["date"] == rows["z-wire"]["published"] == "2026-04-01"
    html = (await ds.client.get("/claims/-/claims/queue?reports=all")).text
    assert "said 2026-04-06, published 2026-04-08" in html
    assert "said 2026-04-01" not in html
