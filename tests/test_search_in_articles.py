"""A sentence pasted from a report that no rule made a claim of is found in its article, also
when other claims share some of its words (only weaker matches): the fact-checker is sent to the
sentence in place, above the weak matches, not left with claims that merely mention the topic."""

from __future__ import annotations

import pytest
from conftest import load_with_cli, make_datasette

TEXT = ("Ferry levy approved\n"
        "SKERRY HAVEN - The council approved the ferry levy on Tuesday.\n"
        "Councillor Ines Marlow said the ferry levy would cost each household forty crowns.\n"
        "The levy passed by nine votes to two after a long debate.\n")


@pytest.fixture
def ds(tmp_path):
    (tmp_path / "levy.txt").write_text(TEXT, encoding="utf-8")
    return make_datasette([load_with_cli(str(tmp_path / "claims.db"), tmp_path / "levy.txt")])


@pytest.mark.asyncio
async def test_only_weak_matches_also_give_the_article(ds):
    q = "The levy passed by nine votes to two"
    data = (await ds.client.get("/claims/-/claims/search.json", params={"q": q})).json()
    assert data["results"], "claims about the levy are weaker matches"
    assert all(r["score"] < 0.6 for r in data["results"])
    [hit] = data["in_articles"]
    assert hit["headline"] == "Ferry levy approved" and "nine votes to two" in hit["snippet"]
    html = (await ds.client.get("/claims/-/claims/search", params={"q": q})).text
    assert html.index("The words are in these articles") < html.index("Matching claims, best first")
    assert f'<a href="{hit["url"]}">Ferry levy approved</a>' in html


@pytest.mark.asyncio
async def test_a_strong_match_needs_no_article(ds):
    data = (await ds.client.get("/claims/-/claims/search.json",
                                params={"q": "the ferry levy would cost each household forty crowns"})).json()
    assert data["results"][0]["score"] >= 0.6 and data["in_articles"] == []
    html = (await ds.client.get("/claims/-/claims/search",
                                params={"q": "the ferry levy would cost each household forty crowns"})).text
    assert "The words are in these articles" not in html
