"""The story page's outlets table lists outlets "in the order they first did":
an outlet whose only report has no date (a wire's own copy) comes after every
dated one, as the timeline puts undated reports last, not at the top because
SQL sorts an absent date first.  Invented reports; real loader, real Datasette."""

from __future__ import annotations

import pytest
from conftest import make_datasette
from test_storywalk_undated import REPORTS, _load, _story_and_speaker


@pytest.mark.asyncio
async def test_undated_outlet_is_listed_after_the_dated_ones(tmp_path):
    path = _load(tmp_path, REPORTS)
    story_id, _ = _story_and_speaker(path)
    ds = make_datasette([path])
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    outlets = [(o["outlet"], o["first_published"]) for o in story["outlets"]]
    assert outlets == [("Harbour Times", "2031-03-03"), ("Coast Daily", "2031-03-04"),
                       ("Isles Courier", "2031-03-05"), ("Nordwire", None)]
    html = (await ds.client.get(f"/claims/-/claims/story/{story_id}")).text
    table = html[html.index("<tbody", html.index("Outlets")):]
    assert table.index("Isles Courier") < table.index("Nordwire")
    assert '<td data-label="First">undated</td>' in table
