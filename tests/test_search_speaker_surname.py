"""A speaker's surname with a few words ("Lindqvist ferry", "Mayor Lindqvist ferry") names that speaker when
only one person's name ends with it, and a few words that state nothing are not "negated" by a claim saying
"not". Two people of one surname name no one; a body's last word names no one. Invented articles loaded by the
real CLI, asked through datasette.client."""

from __future__ import annotations

import pytest
from conftest import load_with_cli, make_datasette

TEXT = ("Ferry timetable row deepens\n"
        "SKERRY HAVEN, March 3, 2026 - Mayor Vera Lindqvist said on Tuesday that the ferry would not run at night.\n"
        "Councillor Ivo Brandt said the mayor had promised an hourly ferry twice before.\n"
        "Skerry Ferry Holdings said the ferry timetable would be published in April.\n")
MORE = ("Harbour fees rise\n"
        "SKERRY HAVEN, March 4, 2026 - Harbour master Ola Brandt said the harbour fees would rise in May.\n")


@pytest.fixture
def db_path(tmp_path):
    (tmp_path / "ferry.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "fees.txt").write_text(MORE, encoding="utf-8")
    return load_with_cli(str(tmp_path / "claims.db"), tmp_path / "ferry.txt", tmp_path / "fees.txt")


async def search(ds, q):
    response = await ds.client.get("/claims/-/claims/search.json", params={"q": q})
    assert response.status_code == 200
    return response.json()


@pytest.mark.asyncio
@pytest.mark.parametrize("q", ["Lindqvist ferry", "Mayor Lindqvist ferry"])
async def test_a_surname_names_its_one_speaker(db_path, q):
    data = await search(make_datasette([db_path]), q)
    assert data["speaker_named"]["name"] == "Vera Lindqvist"
    assert data["results"][0]["claim"]["speaker"] == "Vera Lindqvist"
    # "ferry" states nothing: her "would not run" negates nothing the search said
    assert not any(r["negation_flipped"] for r in data["results"])


@pytest.mark.asyncio
@pytest.mark.parametrize("q", ["Brandt ferry", "lindqvist ferry", "Holdings ferry"])
async def test_no_speaker_named(db_path, q):
    """Two Brandts; a surname typed without its capital may be a word; a firm's last word is no surname."""
    data = await search(make_datasette([db_path]), q)
    assert data["speaker_named"] is None


@pytest.mark.asyncio
async def test_a_sentence_or_a_negation_is_still_checked(db_path):
    ds = make_datasette([db_path])
    data = await search(ds, "the ferry would run at night")
    assert data["results"][0]["negation_flipped"] is True
    data = await search(ds, "not run night")
    assert data["results"][0]["negation_flipped"] is False  # both say "not"
    data = await search(ds, "timetable never published")
    assert any(r["negation_flipped"] for r in data["results"]), data["results"]
