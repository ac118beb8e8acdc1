"""A speaker or article address that names nothing says so and where to look (it said
"Speaker not found" alone), with the id escaped.  Real Datasette, a real database."""

from __future__ import annotations

import pytest
from conftest import make_datasette


@pytest.mark.asyncio
@pytest.mark.parametrize("kind, hint", [("speaker", "/claims/-/claims/speakers"),
                                        ("article", "/claims/-/claims/search")])
async def test_an_unknown_id_says_where_to_look(claims_db_path, kind, hint):
    ds = make_datasette([claims_db_path])
    r = await ds.client.get(f"/claims/-/claims/{kind}/%3Cb%3Enobody%3C%2Fb%3E", follow_redirects=True)
    assert r.status_code == 404
    assert f"{kind.capitalize()} not found: no {kind} has the id" in r.text and hint in r.text
    assert "<b>nobody</b>" not in r.text and "&lt;b&gt;nobody" in r.text
    j = (await ds.client.get(f"/claims/-/claims/{kind}/nobody.json")).json()
    assert hint in j["error"]
