"""The story timeline's row marked "first" is the first row of its day: the
first appearance (a wire's copy that another report of the day reprints, or an
undated wire's copy out by the day its client reprinted it) comes before the other
reports of that day, not wherever its claim id sorts among them (nor after every
dated report for having no date), so the badge "first" never sits under another
report of the same day.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette
from test_storywalk_undated import LONG_WIRE, _load, _quoting


def _client_of_wire(published):
    return {"id": "bay", "outlet": "Bay Post", "published": published,
            "text": LONG_WIRE + "\nThe Bay Post asked the canneries for comment.\n"}


async def _timeline(path):
    with sqlite3.connect(path) as conn:
        story_id, first = conn.execute(
            "select s.id, s.first_claim_id from stories s join claims c on c.story_id = s.id "
            "where c.article_id = 'coast'").fetchone()
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    html = (await ds.client.get(f"/claims/-/claims/story/{story_id}")).text
    return first, story["timeline"], html


@pytest.mark.asyncio
@pytest.mark.parametrize("wire_date", ["2031-03-04", None], ids=["dated-wire", "undated-wire"])
async def test_the_first_appearance_heads_its_day(tmp_path, wire_date):
    path = _load(tmp_path, [{"id": "wire", "outlet": "Nordwire", "published": wire_date, "text": LONG_WIRE},
                            _client_of_wire("2031-03-04"), _quoting("coast", "Coast Daily", "2031-03-04"),
                            _quoting("isles", "Isles Courier", "2031-03-05")])
    first, rows, html = await _timeline(path)
    assert first.startswith("wire:")  # "bay" and "coast" sort before it
    assert rows[0]["first"] and rows[0]["claim"]["id"] == first
    assert sorted(t["claim"]["article"]["id"] for t in rows[1:3]) == ["bay", "coast"]
    assert rows[3]["claim"]["article"]["id"] == "isles" and len(rows) == 4
    timeline = html[html.index("Timeline of appearances"):]
    assert timeline.index("Nordwire") < timeline.index("Bay Post") < timeline.index("Isles Courier")


@pytest.mark.asyncio
async def test_an_undated_report_says_the_day_a_reprint_dates_it(tmp_path):
    # an earlier report is the first appearance; the undated wire, listed last, was out by its client's day
    path = _load(tmp_path, [{"id": "wire", "outlet": "Nordwire", "published": None, "text": LONG_WIRE},
                            _client_of_wire("2031-03-04"), _quoting("coast", "Coast Daily", "2031-03-02")])
    _, rows, html = await _timeline(path)
    marks = {t["claim"]["article"]["id"]: t["reprinted_by"] for t in rows}
    assert marks == {"coast": None, "bay": None, "wire": {"outlet": "Bay Post", "published": "2031-03-04"}}
    assert rows[-1]["claim"]["article"]["id"] == "wire"
    assert "out by 2031-03-04: reprinted that day by Bay Post" in html


@pytest.mark.asyncio
async def test_a_tie_in_the_first_appearances_outlet_says_another_report(tmp_path):
    # two reports of one outlet on the first day: "Also on ...: Isles Courier" read as the first report itself
    path = _load(tmp_path, [_quoting("isles", "Isles Courier", "2031-03-03"),
                            _quoting("harbour", "Isles Courier", "2031-03-03"),
                            _quoting("coast", "Coast Daily", "2031-03-04")])
    _, _, html = await _timeline(path)
    tie = html[html.index("Also on 2031-03-03"):]
    tie = tie[:tie.index("</p>")]
    assert "another report in Isles Courier" in tie
