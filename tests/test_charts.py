"""The story and speaker timelines: layout numbers, and inline SVG on the pages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import pytest_asyncio
import sqlite_utils

from datasette_claims import charts
from conftest import make_datasette

STORY_URL = "/claims/-/claims/story/story~3Afuel~3Ctax~3E"


def test_story_timeline_places_reports_by_date_and_outlet():
    chart = charts.story_timeline([
        charts.Appearance("2021-03-01", "Harbour Post", "a", "/a", first=True),
        charts.Appearance("2021-03-05", "Valley Times", "b", "/b", drift=True),
        charts.Appearance("2021-03-05", "Valley Times", "c", "/c"),
        charts.Appearance(None, "Nowhere News", "d"),
    ])
    assert [lane.label for lane in chart.lanes] == ["Harbour Post", "Valley Times"]
    first, drifted, same_day = chart.dots
    assert first.first and first.x == charts.LEFT + charts.PAD
    assert drifted.drift and drifted.x > first.x
    assert same_day.x > drifted.x and same_day.y == drifted.y  # side by side, not on top
    assert chart.undated == 1
    assert chart.ticks[0].label == "2021-03-01" and chart.ticks[-1].label == "2021-03-05"
    assert chart.as_json()["lanes"] == ["Harbour Post", "Valley Times"]


def test_story_timeline_with_no_dates_draws_nothing():
    chart = charts.story_timeline([charts.Appearance(None, "X", "a")])
    assert not chart.dots and chart.undated == 1


def test_speaker_timeline_stacks_sourcing_per_month_and_fills_gaps():
    chart = charts.speaker_timeline([
        ("2020-01", "named_person", 3), ("2020-01", "unnamed_official", 1), ("2020-03", "named_person", 2),
        ("garbage", "named_person", 9), (None, "named_person", 1),
    ])
    assert [b.period for b in chart.bars] == ["2020-01", "2020-02", "2020-03"]
    assert [b.total for b in chart.bars] == [4, 0, 2]
    assert chart.peak == 4 and chart.legend == ["named_person", "unnamed_official"]
    jan = chart.bars[0]
    assert [s.count for s in jan.segments] == [3, 1]
    assert jan.segments[0].height == charts.BAR_AREA * 3 / 4


def test_speaker_timeline_goes_yearly_over_a_long_career():
    counts = [(f"{y}-06", "named_person", 1) for y in range(1990, 2021)]
    chart = charts.speaker_timeline(counts)
    assert chart.period == "year" and len(chart.bars) == 31


@pytest_asyncio.fixture
async def ds(story_db_path):
    db = sqlite_utils.Database(story_db_path)
    db.execute("update articles set outlet = ? where id = ?", ["Planet <script>x()</script>", "planet-1"])
    db.conn.commit()
    return make_datasette([story_db_path])


@pytest.mark.asyncio
async def test_story_page_draws_an_escaped_timeline(ds):
    r = await ds.client.get(STORY_URL)
    assert r.status_code == 200
    assert "<svg" in r.text and "claims-chart-first" in r.text and "claims-chart-drift" in r.text
    assert "<script>x()" not in r.text and "&lt;script&gt;x()" in r.text
    j = (await ds.client.get(STORY_URL + ".json")).json()
    assert [d["first"] for d in j["chart"]["dots"]] == [True, False]
    assert j["chart"]["lanes"] == ["Hansard", "Planet <script>x()</script>"]


@pytest.mark.asyncio
async def test_speaker_page_draws_claims_over_time(ds):
    r = await ds.client.get("/claims/-/claims/speaker/jane-doe")
    assert r.status_code == 200
    assert "<svg" in r.text and "named person" in r.text
    j = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    assert j["chart"]["period"] == "day" and j["chart"]["bars"][0]["period"] == "2020-01-05"
    assert sum(b["total"] for b in j["chart"]["bars"]) == j["speaker"]["claim_count"]


@pytest.mark.asyncio
async def test_drift_marks_need_the_matches_table(story_db_path):
    from conftest import make_datasette as make

    config = {"databases": {"claims": {"tables": {"claim_matches": {"allow": {"id": "nobody"}}}}}}
    ds = make([story_db_path], config=config)
    j = (await ds.client.get(STORY_URL + ".json")).json()
    assert j["ok"] and not any(d["drift"] for d in j["chart"]["dots"])


def test_speaker_legend_orders_equal_counts_by_name_in_every_process():
    """Sourcings with as many claims each are listed by name, not in a set's order,
    which changes with the process's hash seed (the page's JSON and picture would differ)."""
    code = ("from datasette_claims import charts; print(charts.speaker_timeline(["
            "('2031-05-01', 'named_person', 2), ('2031-05-01', 'document', 2), "
            "('2031-05-02', 'media_report', 2), ('2031-05-02', 'collective_unnamed', 2), "
            "('2031-05-03', 'unnamed_official', 3)]).legend)")
    legends = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
        for seed in range(8)
    }
    assert legends == {"['unnamed_official', 'collective_unnamed', 'document', 'media_report', 'named_person']"}
