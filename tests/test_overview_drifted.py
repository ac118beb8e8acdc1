"""The overview lists the stories whose quoted wording drifted, beside the latest ones.

Drift is what the plugin flags for a desk; the latest stories alone can be a page of
one speech's quotations with no drift among them."""

from __future__ import annotations

import sqlite_utils
import pytest

from conftest import make_datasette

STORY_URL = "/claims/-/claims/story/story~3Afuel~3Ctax~3E"


def _add_later_story(db_path, has_drift: int):
    """A later story than the fixture's, so that the latest list leads with it."""
    db = sqlite_utils.Database(db_path)
    db["stories"].insert({"id": "story:later", "label": "Harbour dues will stay", "first_claim_id": "planet-1:0-50",
                          "first_published": "2030-06-01", "claim_count": 1, "report_count": 1,
                          "outlet_count": 1, "speakers": "[]", "has_drift": has_drift}, replace=True)
    db.conn.commit()


@pytest.mark.asyncio
async def test_overview_lists_drifted_stories(story_db_path):
    _add_later_story(story_db_path, has_drift=0)
    ds = make_datasette([story_db_path])
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert [s["id"] for s in data["drifted_stories"]] == ["story:fuel<tax>"]
    assert data["latest_stories"][0]["id"] == "story:later"
    html = (await ds.client.get("/claims/-/claims")).text
    assert "Quotations whose wording drifted" in html
    assert html.count(f'href="{STORY_URL}"') == 2  # in the latest list and in the drifted one
    assert "/claims/-/claims/stories?drift=1" in html
    assert "<script>alert('story')</script>" not in html  # the label stays escaped


@pytest.mark.asyncio
async def test_no_drift_no_section(claims_db_path):
    ds = make_datasette([claims_db_path])
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert data["drifted_stories"] == []
    assert "Quotations whose wording drifted" not in (await ds.client.get("/claims/-/claims")).text


@pytest.mark.asyncio
async def test_drifted_stories_hidden_without_the_stories_table(story_db_path):
    config = {"databases": {"claims": {"tables": {"stories": {"allow": False}}}}}
    ds = make_datasette([story_db_path], config=config)
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert data["drifted_stories"] == [] and "Quotations whose wording drifted" not in (
        await ds.client.get("/claims/-/claims")).text
