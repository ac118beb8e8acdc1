"""A speaker's name with a few words in a search ("Mayor Vera Lindqvist ferry") ranks that speaker's claims
holding the other words first, above other people's claims that mention the speaker; the name alone lists their
claims, never as a strong match. Invented articles loaded by the real CLI, asked through datasette.client."""

from __future__ import annotations

import pytest
from conftest import load_with_cli, make_datasette

TEXT = ("Ferry timetable row deepens\n"
        "SKERRY HAVEN, March 3, 2026 - Mayor Vera Lindqvist said on Tuesday that the ferry would run every hour "
        "from May.\n"
        '"Nobody on this island should wait three hours for a boat," Lindqvist told the council.\n'
        "Councillor Ivo Brandt said the mayor had promised an hourly ferry twice before and kept neither promise.\n"
        "Brandt said the mayor should publish the ferry contract.\n")


@pytest.fixture
def db_path(tmp_path):
    (tmp_path / "ferry.txt").write_text(TEXT, encoding="utf-8")
    return load_with_cli(str(tmp_path / "claims.db"), tmp_path / "ferry.txt")


async def search(ds, q):
    response = await ds.client.get("/claims/-/claims/search.json", params={"q": q})
    assert response.status_code == 200
    return response.json()


@pytest.mark.asyncio
async def test_the_named_speakers_claims_on_the_other_words_come_first(db_path):
    ds = make_datasette([db_path])
    data = await search(ds, "Mayor Vera Lindqvist ferry")
    speakers = [r["claim"]["speaker"] for r in data["results"]]
    assert speakers[0] == "Vera Lindqvist" and "ferry would run every hour" in data["results"][0]["claim"]["content"]
    assert "Ivo Brandt" in speakers, "claims that mention the mayor are still found, below hers"
    assert speakers.index("Ivo Brandt") > speakers.index("Vera Lindqvist")
    assert data["speaker_named"]["name"] == "Vera Lindqvist" and data["speaker_named"]["rest"] == "mayor ferry"
    html = (await ds.client.get("/claims/-/claims/search", params={"q": "vera lindqvist FERRY"})).text
    assert 'Your search names the speaker <a href="/claims/-/claims/speaker/' in html


@pytest.mark.asyncio
async def test_the_name_alone_lists_their_claims_as_weak_matches(db_path):
    ds = make_datasette([db_path])
    data = await search(ds, "Vera Lindqvist")
    assert {r["claim"]["speaker"] for r in data["results"]} == {"Vera Lindqvist"}
    assert len(data["results"]) == 2 and all(r["score"] < 0.6 for r in data["results"])
    assert data["earliest"] is None
    # a verbatim paste still beats any claim found through its speaker's name
    paste = await search(ds, "Nobody on this island should wait three hours for a boat Vera Lindqvist")
    assert paste["results"][0]["claim"]["content"].startswith("Nobody on this island")


@pytest.mark.asyncio
async def test_a_reader_who_may_not_see_speakers_gets_no_name_search(db_path):
    ds = make_datasette([db_path], config={"databases": {"claims": {"tables": {"speakers": {"allow": False}}}}})
    data = await search(ds, "Vera Lindqvist")
    assert data["results"] == [] and data["speaker_named"] is None
