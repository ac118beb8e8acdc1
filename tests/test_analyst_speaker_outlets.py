"""On a speaker's page, each outlet's count of claims opens those claims.

"Daily Planet: 2" is a question ("which two?"): the count links to the
search page filtered by the speaker and the outlet, which lists exactly them.
"""

from __future__ import annotations

import pytest
from conftest import make_datasette


@pytest.mark.asyncio
async def test_each_outlet_count_lists_its_claims(claims_db_path):
    ds = make_datasette([claims_db_path])
    data = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    outlets = {o["outlet"]: o for o in data["outlets"]}
    assert outlets["Daily Planet"]["search_url"] == "/claims/-/claims/search?speaker=jane-doe&outlet=Daily+Planet"
    for outlet in outlets.values():
        listed = (await ds.client.get(outlet["search_url"].replace("/search?", "/search.json?"))).json()
        assert len(listed["results"]) == outlet["claims"]
        assert {r["claim"]["article"]["outlet"] for r in listed["results"]} == {outlet["outlet"]}
    page = await ds.client.get("/claims/-/claims/speaker/jane-doe")
    assert 'href="/claims/-/claims/search?speaker=jane-doe&amp;outlet=Daily+Planet"' in page.text


@pytest.mark.asyncio
async def test_an_unknown_outlet_has_no_link(claims_db_path):
    import sqlite3

    conn = sqlite3.connect(claims_db_path)
    conn.execute("update articles set outlet = null where id = 'planet-1'")
    conn.commit()
    conn.close()
    ds = make_datasette([claims_db_path])
    data = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    assert [o["search_url"] for o in data["outlets"] if o["outlet"] is None] == [None]
