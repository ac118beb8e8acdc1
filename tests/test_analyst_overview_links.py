"""The overview's counts open what they count.

"45 claims" on the overview is where an analyst starts: each count links to
the list it counts (the plugin's speakers and stories pages, Datasette's
table for the rest), and a table the actor may not see is neither counted
nor linked.
"""

from __future__ import annotations

import pytest
from conftest import make_datasette


@pytest.mark.asyncio
async def test_every_count_links_to_its_list(story_db_path):
    ds = make_datasette([story_db_path])
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert data["count_urls"] == {
        "articles": "/claims/articles",
        "claims": "/claims/claims?_nosuggest=1",
        "speakers": "/claims/-/claims/speakers",
        "stories": "/claims/-/claims/stories",
        "claim_matches": "/claims/claim_matches",
    }
    page = await ds.client.get("/claims/-/claims")
    for url in data["count_urls"].values():
        assert f'<li><a href="{url}"><strong>' in page.text
    for url in data["count_urls"].values():
        assert (await ds.client.get(url)).status_code == 200


@pytest.mark.asyncio
async def test_a_private_table_is_neither_counted_nor_linked(story_db_path):
    config = {"databases": {"claims": {"tables": {"stories": {"allow": {"id": "alice"}}}}}}
    ds = make_datasette([story_db_path], config)
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert "stories" not in data["counts"] and "stories" not in data["count_urls"]
    page = await ds.client.get("/claims/-/claims")
    assert "/claims/-/claims/stories" not in page.text
