"""Search's "Earliest appearance" is the story's first appearance when that report
is among the strong matches of the earliest day: a wire's copy that another report
of the day reprints (or an undated one, out by the day its client reprinted it), not
whichever report of that day has the lowest claim id, so search and the story page
name the same report.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from conftest import make_datasette
from test_regwalk_story_first_row import _client_of_wire
from test_storywalk_undated import LONG_WIRE, QUOTE, _load, _quoting


@pytest.mark.asyncio
@pytest.mark.parametrize("wire_date", ["2031-03-04", None], ids=["dated-wire", "undated-wire"])
async def test_search_names_the_storys_first_appearance(tmp_path, wire_date):
    path = _load(tmp_path, [{"id": "wire", "outlet": "Nordwire", "published": wire_date, "text": LONG_WIRE},
                            _client_of_wire("2031-03-04"), _quoting("coast", "Coast Daily", "2031-03-04"),
                            _quoting("isles", "Isles Courier", "2031-03-05")])
    ds = make_datasette([path])
    found = (await ds.client.get(f"/claims/-/claims/search.json?q={quote(QUOTE)}")).json()
    earliest = found["earliest"]
    assert earliest["story"]["first_claim_id"].startswith("wire:")
    assert earliest["claim"]["id"] == earliest["story"]["first_claim_id"]
    html = (await ds.client.get(f"/claims/-/claims/search?q={quote(QUOTE)}")).text
    card = html[html.index("claims-earliest"):html.index("</section>", html.index("claims-earliest"))]
    assert "Nordwire" in card and "2031-03-04" in card
