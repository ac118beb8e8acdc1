"""A speaker quoted over a few days or weeks is drawn day by day, not as one monthly bar.

A data journalist's corpus often covers one running story: a minister quoted
every day for a week.  A picture per month would be a single bar; per day
it shows when they spoke and how each day's claims were sourced.  Longer
spans keep the months (and years) they had.
"""

from __future__ import annotations

import datetime

import pytest
from conftest import make_datasette

from datasette_claims import charts


def test_a_week_of_quotes_is_one_bar_per_day_with_the_gaps():
    chart = charts.speaker_timeline([
        ("2026-03-02", "named_person", 3), ("2026-03-02", "unnamed_official", 1),
        ("2026-03-05", "named_person", 1), ("2026-03-09", "named_org", 2), (None, "named_person", 4),
    ])
    assert chart.period == "day"
    assert [b.period for b in chart.bars][:4] == ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]
    assert len(chart.bars) == 8 and [b.total for b in chart.bars] == [4, 0, 0, 1, 0, 0, 0, 2]
    assert chart.as_json()["period"] == "day"


def test_two_months_and_more_stay_monthly():
    chart = charts.speaker_timeline([("2026-01-02", "named_person", 1), ("2026-03-09", "named_person", 1)])
    assert chart.period == "month" and [b.period for b in chart.bars] == ["2026-01", "2026-02", "2026-03"]


def test_a_date_that_is_no_day_falls_back_to_months():
    chart = charts.speaker_timeline([("2026-02-30", "named_person", 1), ("2026-02-27", "named_person", 1)])
    assert chart.period == "month" and [b.total for b in chart.bars] == [2]


@pytest.mark.asyncio
async def test_the_speaker_page_draws_days_and_keeps_by_month(claims_db_path):
    ds = make_datasette([claims_db_path])
    page = await ds.client.get("/claims/-/claims/speaker/jane-doe")
    assert page.status_code == 200 and "Claims per day, by how they were sourced" in page.text
    data = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    assert [(b["period"], b["total"]) for b in data["chart"]["bars"]] == [("2020-01-05", 3), ("2020-01-06", 2)]
    assert data["by_month"] == [{"month": "2020-01", "claims": 5}]


@pytest.mark.parametrize("first, days", [("2026-03-02", 8), ("2026-03-01", 31), ("2026-03-01", 2)])
def test_day_labels_do_not_overlap(first, days):
    start = datetime.date.fromisoformat(first)
    counts = [((start + datetime.timedelta(days=i)).isoformat(), "named_person", 1) for i in range(days)]
    chart = charts.speaker_timeline(counts)
    assert chart.period == "day" and len(chart.bars) == days
    xs = [t.x for t in chart.ticks]
    assert xs and all(b - a >= 7 * len("2026-03-02") for a, b in zip(xs, xs[1:]))
