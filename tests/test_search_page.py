"""The search page finds a claim from what a user pastes (invented reports, real Datasette)."""

from __future__ import annotations

import pytest
import pytest_asyncio
from conftest import build_claims_db, make_datasette
from test_text import HOSTILE

# Invented transcripts: every sentence is a claim of the named speaker.
BRIDGE = "The new harbour bridge will carry four lanes of traffic and a cycle path from the spring of next year."
FARES = "Families cannot absorb another rise in ferry fares this winter, whatever the operator says about fuel."
LEVY = "Our council knows families cannot absorb another rise in the harbour levy."
TRAWLERS = "The fishing fleet is under constant pressure from the Norwegian trawlers working near the northern coast."
DOCS = [
    {
        "id": "gazette-1",
        "kind": "transcript",
        "speaker": "Mara Ellison",
        "outlet": "Coast Gazette",
        "date": "2031-03-02",
        "title": "Ellison on the harbour",
        "text": f"{BRIDGE} {FARES} Ferry fares would be frozen until the harbour bridge opens.",
    },
    {
        "id": "herald-1",
        "kind": "transcript",
        "speaker": "Tomas Reyes",
        "outlet": "Bay Herald",
        "date": "2031-03-04",
        "title": "Reyes answers",
        "text": f"{LEVY} The fares on the ferry will rise by a fifth in April. {TRAWLERS}",
    },
    {
        "id": "post-1",
        "kind": "transcript",
        "speaker": "Ines Kovac",
        "outlet": "Valley Post",
        "date": "2031-03-05",
        "title": "Traffic figures",
        "text": "Traffic on the old bridge fell by a third last year. "
        "The cycle path along the river will open in the spring. "
        "Four new lanes of traffic would ruin the harbour front.",
    },
]
URL = "/search/-/claims/search.json"


@pytest_asyncio.fixture
async def ds(tmp_path):
    return make_datasette([build_claims_db(tmp_path, name="search", docs=DOCS)])


async def search(ds, q, **params):
    r = await ds.client.get(URL, params={"q": q, **params})
    assert r.status_code == 200, r.text
    return [x["claim"]["content"] for x in r.json()["results"]]


@pytest.mark.asyncio
async def test_pasted_claim_is_first(ds):
    for claim in (BRIDGE, FARES, LEVY, TRAWLERS):
        assert (await search(ds, claim))[0] == claim


@pytest.mark.asyncio
async def test_fragment_is_first(ds):
    assert (await search(ds, "carry four lanes of traffic and a cycle path from"))[0] == BRIDGE
    assert (await search(ds, "under constant pressure from the Norwegian trawlers"))[0] == TRAWLERS


@pytest.mark.asyncio
async def test_fragment_with_a_word_dropped_and_two_swapped(ds):
    # "will carry four lanes of traffic and a cycle path": "four" dropped, "cycle path" swapped
    assert (await search(ds, "will carry lanes of traffic and a path cycle"))[0] == BRIDGE
    assert (await search(ds, "fleet is under pressure constant from the trawlers"))[0] == TRAWLERS


@pytest.mark.asyncio
async def test_stop_words_and_word_forms_do_not_hide_a_claim(ds):
    # every word of the fragment stands in both claims; most are stop words
    found = await search(ds, "families cannot absorb another rise")
    assert set(found[:2]) == {FARES, LEVY}
    # "Norway" is not in the claim ("Norwegian"): the rare-word stage finds it
    assert (await search(ds, "fishing fleet under constant pressure from Norway"))[0] == TRAWLERS


@pytest.mark.asyncio
async def test_quoted_phrase_is_a_phrase_query(ds):
    found = await search(ds, '"ferry fares"')
    with_phrase = [c for c in found if "ferry fares" in c.lower()]
    assert with_phrase and found[: len(with_phrase)] == with_phrase
    assert "The fares on the ferry will rise by a fifth in April." not in found[: len(with_phrase)]
    # a phrase plus words: claims holding the phrase come first
    found = await search(ds, '"cycle path" spring')
    assert "cycle path" in found[0].lower() and "spring" in found[0].lower()


@pytest.mark.asyncio
async def test_search_respects_filters(ds):
    r = await ds.client.get(URL, params={"q": "families cannot absorb another rise", "speaker": "Tomas Reyes"})
    results = r.json()["results"]
    assert results[0]["claim"]["content"] == LEVY
    assert {x["claim"]["speaker"] for x in results} == {"Tomas Reyes"}
    found = await search(ds, BRIDGE, outlet="Valley Post")
    assert found and BRIDGE not in found  # the outlet's own claims about lanes and paths


@pytest.mark.asyncio
async def test_earliest_is_the_first_strong_match(ds):
    j = (await ds.client.get(URL, params={"q": "families cannot absorb another rise"})).json()
    assert j["earliest"]["claim"]["content"] == FARES  # 2031-03-02, before the levy claim


@pytest.mark.asyncio
@pytest.mark.parametrize("q", HOSTILE)
async def test_fts_syntax_never_errors(ds, q):
    for path in (URL, "/search/-/claims/search"):
        r = await ds.client.get(path, params={"q": q})
        assert r.status_code in (200, 400), (q, r.status_code, r.text[:300])
        assert r.status_code == 200 or "\x00" in q


@pytest.mark.asyncio
async def test_pagination_over_ranked_results(ds):
    first = (await ds.client.get(URL, params={"q": "harbour bridge traffic", "_size": 1})).json()
    assert len(first["results"]) == 1 and first["next"]
    params = {"q": "harbour bridge traffic", "_size": 1, "_next": first["next"]}
    second = (await ds.client.get(URL, params=params)).json()
    assert second["results"] and second["results"][0]["claim"]["id"] != first["results"][0]["claim"]["id"]


@pytest.mark.asyncio
async def test_a_keyword_does_not_put_a_claim_of_that_word_first(tmp_path):
    # "promised reciprocity" is a claim of one word; a keyword search shows the
    # statements about the keyword before it
    docs = [{"id": "radio-1", "outlet": "Harbour Radio", "date": "2031-04-01", "title": "Trade talks",
             "text": "Mayor Ann Roe promised reciprocity. Roe said reciprocity would guide every ferry contract "
                     "signed this year."}]
    ds = make_datasette([build_claims_db(tmp_path, name="search", docs=docs)])
    found = await search(ds, "reciprocity")
    assert "reciprocity" in found
    assert found[0] == "reciprocity would guide every ferry contract signed this year"
    # a pasted claim is still found first
    assert (await search(ds, "reciprocity would guide every ferry contract"))[0].startswith("reciprocity would")


@pytest.mark.asyncio
async def test_the_page_marks_where_weaker_matches_begin(ds):
    """A pasted statement: its close matches first, then a line before the claims that only share some
    words (as the JSON's scores say), so a desk does not count them as repeats."""
    q = "Families cannot absorb another rise in ferry fares this winter"
    results = (await ds.client.get(URL, params={"q": q})).json()["results"]
    scores = [r["score"] for r in results]
    assert scores[0] >= 0.6 and min(scores) < 0.6, scores
    html = (await ds.client.get("/search/-/claims/search", params={"q": q})).text
    weaker = html.index('class="claims-weaker"')
    strong = [r for r in results if r["score"] >= 0.6]
    assert all(html.index(r["claim"]["content"]) < weaker for r in strong)
    assert all(html.index(r["claim"]["content"]) > weaker for r in results if r["score"] < 0.6)
    assert "Weaker matches below" in html
    # words that no claim says closely: the line comes first, saying so
    html = (await ds.client.get("/search/-/claims/search", params={"q": "traffic pressure spring"})).text
    assert "No claim says this closely" in html
