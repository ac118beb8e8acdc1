"""A report whose date is not known (a wire's own copy, datelined "OSLO,
March 3" with no year) is not the earliest: the story's timeline and a
speaker's claims list it after every dated report, below the first
appearance, page after page.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

QUOTE = "We will not let the herring fleet fish past the October limit, whatever the canneries ask of us"
WIRE = ("VARDO, March 3 (Nordwire) - The fisheries minister Ada Lunde refused on Tuesday to extend the herring "
        f"season.\n\n\"{QUOTE},\" Ada Lunde told reporters.\n\nThe canneries had asked for six more weeks.\n")


def _client(id_, outlet, published, extra):
    return {"id": id_, "outlet": outlet, "published": published,
            "text": f"{extra}\n\n\"{QUOTE},\" Ada Lunde told reporters on Tuesday.\n"}


REPORTS = [
    {"id": "wire", "outlet": "Nordwire", "published": None, "text": WIRE},
    _client("harbour", "Harbour Times", "2031-03-03", "The herring season will end in October as planned."),
    _client("coast", "Coast Daily", "2031-03-04", "Skippers said the decision would hurt the northern ports."),
    _client("isles", "Isles Courier", "2031-03-05", "The minister stood firm on the herring season."),
]


def _load(tmp_path, reports):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in reports))
    path = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def _story_and_speaker(path, article="wire"):
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "select story_id, speaker_id from claims where article_id = ? and content like '%herring fleet%'",
            [article]).fetchone()


async def _pages(ds, url):
    """Every claim id over the pages of ``url`` (two claims a page), in order."""
    ids, nxt = [], url
    while nxt:
        page = (await ds.client.get(nxt)).json()
        ids += [t["claim"]["id"] if "claim" in t else t["id"] for t in page.get("timeline", page.get("claims", []))]
        nxt = page.get("next_url")
    return ids


@pytest.mark.asyncio
@pytest.mark.parametrize("common", [False, True], ids=["sorted", "walking-the-dates"])
async def test_undated_reports_come_after_the_dated_ones(tmp_path, monkeypatch, common):
    from datasette_claims.views import data

    if common:  # the speaker counts as much quoted: their claims are read walking the dates
        monkeypatch.setattr(data, "COMMON_ROWS", 2)
    path = _load(tmp_path, REPORTS)
    story_id, speaker_id = _story_and_speaker(path)
    assert story_id is not None
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    rows = story["timeline"]
    assert rows[0]["first"] and rows[0]["claim"]["article"]["published"] == "2031-03-03"
    dates = [t["claim"]["article"]["published"] for t in rows]
    assert dates[-1] is None and None not in dates[:-1] and dates[:-1] == sorted(dates[:-1])
    # paged two at a time, every claim once, the undated last
    paged = await _pages(ds, f"/claims/-/claims/story/{story_id}.json?_size=2")
    assert paged == [t["claim"]["id"] for t in rows]
    speaker = await _pages(ds, f"/claims/-/claims/speaker/{speaker_id}.json?_size=1")
    assert speaker and speaker[-1].startswith("wire:") and not any(s.startswith("wire:") for s in speaker[:-1])


LONG_WIRE = (
    "VARDO, March 3 (Nordwire) - The fisheries minister Ada Lunde refused on Tuesday to extend the herring "
    "season beyond October, rejecting a request from the northern canneries for six more weeks of fishing.\n\n"
    f"\"{QUOTE},\" Ada Lunde told reporters in Vardo.\n\n"
    "The canneries say the shorter season will cost the region several hundred seasonal jobs, while the "
    "marine institute warned last month that the spawning stock had shrunk for a third year running.\n\n"
    "Lunde said the ministry would look at the limit again next spring once the institute publishes its "
    "new survey of the stock.\n"
)


def test_an_undated_wire_is_not_the_reprint_of_its_dated_client(tmp_path):
    # the client runs the wire's copy, "(Nordwire)" in its dateline, and adds a line: the client is the reprint
    client = {"id": "bay", "outlet": "Bay Post", "published": "2031-03-03",
              "text": LONG_WIRE + "\nThe Bay Post asked the canneries for comment.\n"}
    path = _load(tmp_path, [{"id": "wire", "outlet": "Nordwire", "published": None, "text": LONG_WIRE}, client])
    with sqlite3.connect(path) as conn:
        marks = dict(conn.execute("select id, duplicate_of from articles"))
    assert marks == {"wire": None, "bay": "wire"}


LEADS = {
    "isles": "Island skippers met in the old school hall on Tuesday evening to plan a protest at the quay.",
    "harbour": "Cannery owners in the harbour district warned of layoffs before the Christmas holidays.",
    "coast": "Coastal mayors asked for a meeting with the prime minister about the northern economy.",
}


def _quoting(id_, outlet, published):
    return _client(id_, outlet, published, LEADS[id_])


@pytest.mark.asyncio
async def test_the_wires_own_undated_copy_is_the_first_appearance(tmp_path):
    client = {"id": "bay", "outlet": "Bay Post", "published": "2031-03-04",
              "text": LONG_WIRE + "\nThe Bay Post asked the canneries for comment.\n"}
    path = _load(tmp_path, [{"id": "wire", "outlet": "Nordwire", "published": None, "text": LONG_WIRE}, client,
                            _quoting("coast", "Coast Daily", "2031-03-04")])
    with sqlite3.connect(path) as conn:
        story_id, first, day = conn.execute(
            "select s.id, s.first_claim_id, s.first_published from stories s join claims c on c.story_id = s.id "
            "where c.article_id = 'coast'").fetchone()
    # out by the day its dated client reprinted it; on that day, before the reprint
    # and before another report of the day ("coast" sorts before "wire")
    assert first.startswith("wire:") and day == "2031-03-04"
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    assert [t["outlet"] for t in story["first_same_day"]] == ["Coast Daily"]  # a tie, said as one
    html = (await ds.client.get(f"/claims/-/claims/story/{story_id}")).text
    assert "a report reprinting it appeared 2031-03-04" in html and "Also on 2031-03-04" in html


@pytest.mark.asyncio
async def test_a_first_day_of_several_reports_is_shown_as_a_tie(tmp_path):
    path = _load(tmp_path, [_quoting("isles", "Isles Courier", "2031-03-03"),
                            _quoting("harbour", "Harbour Times", "2031-03-03"),
                            _quoting("coast", "Coast Daily", "2031-03-04")])
    story_id, _ = _story_and_speaker(path, "isles")
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    first = story["first_appearance"]["article"]["outlet"]
    ties = [t["outlet"] for t in story["first_same_day"]]
    assert sorted([first, *ties]) == ["Harbour Times", "Isles Courier"]
    html = (await ds.client.get(f"/claims/-/claims/story/{story_id}")).text
    assert "Which came first that day is not known" in html
