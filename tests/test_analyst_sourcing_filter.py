"""The search page's sourcing filter: readable choices, and a typo is an error, not an empty list.

The select showed the stored codes ("anonymous_generic") where every other
page shows their labels ("Anonymous source"); and ``sourcing=unnamed_officials``
(one letter too many) listed nothing, as if no claim rested on unnamed
officials.
"""

from __future__ import annotations

import pytest
from conftest import make_datasette


@pytest.mark.asyncio
async def test_the_select_shows_labels_and_sends_codes(claims_db_path):
    ds = make_datasette([claims_db_path])
    page = await ds.client.get("/claims/-/claims/search?sourcing=anonymous_generic")
    assert page.status_code == 200
    assert '<option value="anonymous_generic" selected>Anonymous source</option>' in page.text
    assert '<option value="named_person">Named person</option>' in page.text


@pytest.mark.asyncio
@pytest.mark.parametrize("suffix", ["", ".json"])
async def test_an_unknown_sourcing_is_a_400_naming_the_choices(claims_db_path, suffix):
    ds = make_datasette([claims_db_path])
    response = await ds.client.get(f"/claims/-/claims/search{suffix}?sourcing=unnamed_officials")
    assert response.status_code == 400
    assert "sourcing must be one of: named_person" in response.text and "unnamed" in response.text


@pytest.mark.asyncio
@pytest.mark.parametrize("sourcing, n", [("named_person", 7), ("unnamed", 0)])
async def test_known_values_still_filter(claims_db_path, sourcing, n):
    ds = make_datasette([claims_db_path])
    data = (await ds.client.get(f"/claims/-/claims/search.json?sourcing={sourcing}")).json()
    assert len(data["results"]) == n


@pytest.mark.asyncio
async def test_a_value_stored_by_other_means_still_filters(claims_db_path):
    import sqlite3

    conn = sqlite3.connect(claims_db_path)
    conn.execute("update claims set sourcing = 'press_release' where article_id = 'planet-1'")
    conn.commit()
    conn.close()
    ds = make_datasette([claims_db_path])
    overview = (await ds.client.get("/claims/-/claims.json")).json()
    link = next(s["search_url"] for s in overview["sourcing_mix"] if s["sourcing"] == "press_release")
    data = (await ds.client.get(link.replace("/search?", "/search.json?"))).json()
    assert len(data["results"]) == 2
