"""Search's "earliest appearance" when its strong matches have no date: the closest
match stands for them (not the lowest id: a weaker match was shown as the answer above
a closer one), and no row is marked "earliest" where which came first is not known.

Invented reports, the real CLI loader, a real Datasette."""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

DOCS = [
    {"id": "bridge", "outlet": "Orrin Weekly",
     "text": "Mayor Tomas Vell said the Orrin bridge was completely safe and that 4,000 cars cross it every day.\n\n"
             "Engineers said the bridge and its ramps needed repairs costing 2 million crowns.\n\n"
             "A council surveyor said the bridge was safe for cars but not for lorries."},
    {"id": "roof", "outlet": "Orrin Weekly", "published": "2026-11-04",
     "text": "Education officer Mira Holm said the roof of Eastgate school would be replaced in the summer."},
]
SEARCH = "/claims/-/claims/search"


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return make_datasette([load_docs_with_cli(tmp_path_factory.mktemp("undated-earliest"), DOCS)])


@pytest.mark.asyncio
async def test_the_closest_undated_match_stands_for_them(ds):
    j = (await ds.client.get(SEARCH + ".json?q=bridge+safe")).json()
    strong = [r for r in j["results"] if r["score"] >= 0.6]
    assert len(strong) >= 2 and not any(r["claim"]["article"]["published"] for r in strong)
    assert j["earliest"]["claim"]["id"] == j["results"][0]["claim"]["id"]
    assert "bridge" in j["earliest"]["claim"]["content"] and "safe" in j["earliest"]["claim"]["content"]
    # (a few keywords: only a match holding each of them is an appearance; the engineers'
    # "bridge ... repairs" lacks "safe")
    holding = [r for r in strong if {"bridge", "safe"} <= set(r["claim"]["content"].lower().split())]
    assert len(holding) == 2 and j["earliest"]["undated_matches"] == 1
    html = (await ds.client.get(SEARCH + "?q=bridge+safe")).text
    assert "which came first is not known" in html
    assert "claims-is-earliest" not in html and '<span class="claims-badge">earliest</span>' not in html


@pytest.mark.asyncio
async def test_a_dated_match_keeps_its_mark(ds):
    html = (await ds.client.get(SEARCH + "?q=roof+of+Eastgate+school+replaced")).text
    assert "claims-is-earliest" in html and '<span class="claims-badge">earliest</span>' in html
