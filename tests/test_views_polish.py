"""Small things a user hit on the pages (issue 13): quoted story labels,
plurals, readable times, the ClaimReview author warning, the filter row."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette

from datasette_claims.views.data import readable_time, story_title

STORY_URL = "/claims/-/claims/story/story~3Afuel~3Ctax~3E"
CLAIM_URL = "/claims/-/claims/claim/hansard~2E2020~2F01~3A0-50"
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": "alice"}}}}


@pytest.mark.parametrize(
    "label,title",
    [
        ('“"shelling of the lighthouse towns.""', "“shelling of the lighthouse towns.”"),
        ('Ann Lee: “"shelling of the lighthouse towns."”', "Ann Lee: “shelling of the lighthouse towns.”"),
        ("Ann Lee: “The ferry will run hourly”", "Ann Lee: “The ferry will run hourly”"),
        ('Ann Lee: “He said "never" twice”', 'Ann Lee: “He said "never" twice”'),
        ("Harbour ferry timetable", "Harbour ferry timetable"),
        (None, None),
    ],
)
def test_story_title_has_one_pair_of_quotes(label, title):
    assert story_title(label) == title


def test_readable_time():
    assert readable_time("2024-03-05T14:02:11+00:00") == "5 Mar 2024, 14:02 UTC"
    assert readable_time("2020-01-05") == "5 Jan 2020"
    assert readable_time("soon") == "soon"


def _set_story(path, label, reports, outlets):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update stories set label = ?, report_count = ?, outlet_count = ?", [label, reports, outlets])
    conn.close()


@pytest.mark.asyncio
async def test_story_page_quotes_and_plurals(story_db_path):
    _set_story(story_db_path, 'Jane Doe: “"We will cut the fuel tax.""', 2, 1)
    ds = make_datasette([story_db_path])
    html = (await ds.client.get(STORY_URL)).text
    assert "2 reports in 1 outlet<" in html or "2 reports in 1 outlet " in html
    assert "1 outlets" not in html
    assert "Jane Doe: “We will cut the fuel tax.”" in html
    assert "“&#34;We will" not in html and "“&quot;We will" not in html
    data = (await ds.client.get(STORY_URL + ".json")).json()["story"]
    assert data["label"] == 'Jane Doe: “"We will cut the fuel tax.""'  # stored value kept
    assert data["title"] == "Jane Doe: “We will cut the fuel tax.”"
    _set_story(story_db_path, "Fuel tax", 1, 1)
    html = (await ds.client.get(STORY_URL)).text
    assert "1 report in 1 outlet" in html
    claim = (await ds.client.get(CLAIM_URL)).text
    assert "1 report, first" in claim


@pytest.mark.asyncio
async def test_alerts_show_readable_times(story_db_path):
    from datasette_claims.factchecks import alerts, records

    conn = sqlite3.connect(story_db_path)
    with conn:
        records.record_verdict(conn, claim_id="hansard.2020/01:0-50", rating="False",
                               created="2021-06-07T08:09:10+00:00")
        alerts.refresh_alerts(conn)
        conn.execute("update claim_alerts set created = '2021-06-07T08:09:10+00:00'")
    conn.close()
    ds = make_datasette([story_db_path])
    html = (await ds.client.get("/claims/-/claims/alerts")).text
    assert '<time datetime="2021-06-07T08:09:10+00:00">7 Jun 2021, 08:09 UTC</time>' in html
    assert (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"][0]["created"] == (
        "2021-06-07T08:09:10+00:00"
    )
    claim = (await ds.client.get(CLAIM_URL)).text
    assert "7 Jun 2021, 08:09 UTC" in claim


@pytest.mark.asyncio
async def test_claimreview_author_warning(claims_db_path, caplog):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    with caplog.at_level("WARNING"):
        page = await ds.client.get(CLAIM_URL, cookies=cookies)
    assert "no author is configured" in page.text and "author:" in page.text
    assert any("no author is configured" in r.getMessage() for r in caplog.records)
    # readers without the permission are not told; a configured author silences it
    assert "no author is configured" not in (await ds.client.get(CLAIM_URL)).text
    config = {"plugins": {"datasette-claims": {"reviewers": {"id": "alice"}, "author": "Harbour Checks"}}}
    ds = make_datasette([claims_db_path], config=config)
    page = await ds.client.get(CLAIM_URL, cookies={"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")})
    assert "no author is configured" not in page.text


@pytest.mark.asyncio
async def test_filter_labels_do_not_take_datasettes_fixed_width(claims_db_path):
    """app.css gives every form label width: 15%; the filter row opts out (the Outlet
    select overlapped the From label)."""
    ds = make_datasette([claims_db_path])
    css = (await ds.client.get("/-/static-plugins/datasette-claims/claims.css")).text
    rule = css.split(".claims-filters label {", 1)[1].split("}", 1)[0]
    assert "width: auto" in rule
    html = (await ds.client.get("/claims/-/claims/search")).text
    assert '<p class="claims-filters">' in html
