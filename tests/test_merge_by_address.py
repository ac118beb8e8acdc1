"""A reviewer merging two stories (or two speakers) names the other one as a desk has it to hand: the other
story's address pasted from the browser (tilde-encoded, with ".json" or a query), a claim's
address (its story), or a story id a regrouping retired; a claim in no story, or an address
that names nothing, is a message saying what to paste.  Invented reports, the real CLI, a real
Datasette, the form as a browser posts it."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette, post_form_as
from test_desk_stories import DOCS
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

BASE = "http://127.0.0.1:8001/claims/-/claims"


def _stories(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("select id from stories order by report_count desc, id")]


def _claim_of(path, story):
    with sqlite3.connect(path) as conn:
        return conn.execute("select id from claims where story_id = ? order by id limit 1", [story]).fetchone()[0]


# a third statement reported twice (a third story), and one reported once (a claim in no story)
MORE = [
    {"id": "pier-1", "outlet": "Gull Press Agency", "published": "2026-02-05",
     "text": '"The north pier will reopen to anglers on the first of June," harbour master Odile Varga said.'},
    {"id": "pier-2", "outlet": "Tidewater Times", "published": "2026-02-06",
     "text": '"The north pier will reopen to anglers on the first of June," Odile Varga said on Friday.'},
    {"id": "kiosk", "outlet": "Inland Mercury", "published": "2026-02-07",
     "text": "Kiosk owner Bram Lutz said the winter had been the quietest in twenty years."},
]


@pytest.fixture
def path(tmp_path):
    return load_docs_with_cli(tmp_path, DOCS + MORE)


@pytest.mark.asyncio
@pytest.mark.parametrize("named", ["story_address", "story_json_address", "claim_address", "claim_id"])
async def test_the_other_story_named_by_its_address_or_a_claims(path, named):
    first, second = _stories(path)[:2]
    claim = _claim_of(path, first)
    into = {"story_address": f"{BASE}/story/{encode_id(first)}#timeline",
            "story_json_address": f" {BASE}/story/{encode_id(first)}.json?_size=5 ",
            "claim_address": f"{BASE}/claim/{encode_id(claim)}",
            "claim_id": claim}[named]
    ds = make_datasette([path], config=REVIEWERS)
    page = f"/claims/-/claims/story/{encode_id(second)}"
    r = await post_form_as(ds, "alice", page, page + "/merge", {"into": into, "reason": "one statement"})
    assert r.status_code == 302, r.text
    with sqlite3.connect(path) as conn:
        stories = {r[0] for r in conn.execute(
            "select story_id from claims where id in (?, ?)", [claim, _claim_of_story_gone(conn, second)])}
    assert len(stories) == 1 and None not in stories


def _claim_of_story_gone(conn, story):
    """A claim that was in ``story`` before the merge (its id may be gone now)."""
    row = conn.execute("select first_claim_id from story_moves where story_id = ?", [story]).fetchone()
    return row[0] if row else conn.execute("select first_claim_id from stories where id = ?", [story]).fetchone()[0]


@pytest.mark.asyncio
async def test_what_names_no_story_is_a_message(path):
    stories = _stories(path)
    ds = make_datasette([path], config=REVIEWERS)
    page = f"/claims/-/claims/story/{encode_id(stories[0])}"
    r = await post_form_as(ds, "alice", page, page + "/merge", {"into": f"{BASE}/story/st-000000000000"})
    assert r.status_code == 400 and "paste the other story&#39;s address" in r.text.replace("'", "&#39;")
    assert "Traceback" not in r.text
    with sqlite3.connect(path) as conn:
        alone = conn.execute("select id from claims where story_id is null limit 1").fetchone()
    assert alone, "the kiosk owner's claim is in no story"
    if alone:
        r = await post_form_as(ds, "alice", page, page + "/merge", {"into": f"{BASE}/claim/{encode_id(alone[0])}"})
        assert r.status_code == 400 and "in no story" in r.text
    html = (await ds.client.get(page, cookies={"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")})).text
    assert "Same story as (its address, or a claim" in html
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from corrections").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_a_retired_story_id_names_the_story_now_holding_its_claim(path):
    first, second, third = _stories(path)[:3]
    ds = make_datasette([path], config=REVIEWERS)
    page = f"/claims/-/claims/story/{encode_id(second)}"
    r = await post_form_as(ds, "alice", page, page + "/merge", {"into": first})
    assert r.status_code == 302, r.text
    merged = r.headers["location"].rsplit("/", 1)[1]
    retired = ({first, second} - {merged}).pop()
    page = f"/claims/-/claims/story/{encode_id(third)}"
    r = await post_form_as(ds, "alice", page, page + "/merge", {"into": f"{BASE}/story/{retired}"})
    assert r.status_code == 302, r.text
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(distinct story_id) from claims where story_id is not null").fetchone()[0] == 1


SPEAKER_DOCS = [
    {"id": "dock-1", "outlet": "Kessby Courier", "published": "2026-03-04",
     "text": "Dock manager Petra Solberg said on Monday that the crane would be replaced in May."},
    {"id": "dock-2", "outlet": "Skerrow Islander", "published": "2026-03-05",
     "text": "Petra Sohlberg said on Tuesday that the new crane had cost a third more than planned."},
]


@pytest.mark.asyncio
async def test_the_other_speaker_named_by_its_address(tmp_path):
    path = load_docs_with_cli(tmp_path, SPEAKER_DOCS)
    with sqlite3.connect(path) as conn:
        ids = dict(conn.execute("select name, id from speakers"))
    assert {"Petra Solberg", "Petra Sohlberg"} <= set(ids)
    ds = make_datasette([path], config=REVIEWERS)
    page = f"/claims/-/claims/speaker/{ids['Petra Sohlberg']}"
    # another page's address is no speaker: a message, nothing recorded
    r = await post_form_as(ds, "alice", page, page + "/merge", {"into": f"{BASE}/story/st-000000000000"})
    assert r.status_code == 400 and "a story" in r.text and "speaker" in r.text
    r = await post_form_as(ds, "alice", page, page + "/merge",
                           {"into": f"{BASE}/speaker/{ids['Petra Solberg']}.json?_size=5"})
    assert r.status_code == 302 and r.headers["location"].endswith(f"/speaker/{ids['Petra Solberg']}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(distinct speaker_id) from claims").fetchone()[0] == 1
