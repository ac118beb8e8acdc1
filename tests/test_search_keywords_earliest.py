"""Search by a few keywords: the "earliest appearance" holds every one of them.  A dated
claim sharing one word ("ferry subsidy" for "night ferry") scored as a strong match and
was shown as the answer above the claims that hold both words; with a speaker's name
among the words ("Abel Rusk night ferry") his other claims were.  A statement pasted
is answered by reworded claims as before.  Invented reports, the real CLI, a real Datasette."""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

DOCS = [
    {"id": "subsidy", "outlet": "Skerry Post", "published": "2026-03-02",
     "text": "Councillor Abel Rusk said the ferry subsidy had doubled since 2020."},
    {"id": "night", "outlet": "Skerry Post", "published": "2026-03-05",
     "text": "Councillor Abel Rusk said the cut would close the night ferry to Holm Island for good."},
    {"id": "later", "outlet": "Harbour Radio", "published": "2026-03-07",
     "text": "Harbour master Ada Lind said the night ferry carried forty passengers a week."},
]
SEARCH = "/claims/-/claims/search.json"


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return make_datasette([load_docs_with_cli(tmp_path_factory.mktemp("keywords-earliest"), DOCS)])


@pytest.mark.asyncio
@pytest.mark.parametrize("q", ["night ferry", "Abel Rusk night ferry"])
async def test_the_earliest_appearance_of_a_few_words_holds_them_all(ds, q):
    j = (await ds.client.get(SEARCH, params={"q": q})).json()
    assert any("subsidy" in r["claim"]["content"] and r["score"] >= 0.6 for r in j["results"]), j["results"]
    assert "night ferry" in j["earliest"]["claim"]["content"], j["earliest"]
    assert j["earliest"]["claim"]["article"]["id"] == "night"


@pytest.mark.asyncio
async def test_a_pasted_statement_is_answered_by_a_reworded_claim(ds):
    j = (await ds.client.get(SEARCH, params={"q": "The cut will close the night ferry to Holm Island"})).json()
    assert j["earliest"]["claim"]["article"]["id"] == "night"
