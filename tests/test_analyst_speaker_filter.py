"""The search filter ``speaker`` takes the name a journalist reads in the reports.

A speaker quoted as "Jane Doe" in one report and "Doe" in the next is one
speaker with aliases; filtering by either name, in any case, lists all her
claims, not only the rows whose own speaker text is that exact string.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import make_datasette

ALL_HERS = 5  # Jane Doe's claims in the invented transcripts


@pytest.fixture
def aliased(claims_db_path):
    conn = sqlite3.connect(claims_db_path)
    conn.execute("update speakers set aliases = ? where id = 'jane-doe'", [json.dumps(["Jane Doe", "Doe", "J. Doe"])])
    conn.commit()
    conn.close()
    return claims_db_path


async def found(ds, speaker):
    response = await ds.client.get("/claims/-/claims/search.json", params={"speaker": speaker})
    assert response.status_code == 200
    return {r["claim"]["speaker_id"] for r in response.json()["results"]}, len(response.json()["results"])


@pytest.mark.asyncio
@pytest.mark.parametrize("speaker", ["jane-doe", "Jane Doe", "jane doe", "Doe", "j. doe"])
async def test_every_name_of_a_speaker_lists_all_her_claims(aliased, speaker):
    ds = make_datasette([aliased])
    assert await found(ds, speaker) == ({"jane-doe"}, ALL_HERS)


@pytest.mark.asyncio
async def test_a_name_nobody_has_finds_nothing(aliased):
    ds = make_datasette([aliased])
    assert await found(ds, "Dough") == (set(), 0)


@pytest.mark.asyncio
async def test_a_corrupt_alias_list_is_skipped(aliased):
    conn = sqlite3.connect(aliased)
    conn.execute("insert into speakers (id, name, kind, aliases, claim_count) values ('x', 'X', 'person', '[oops', 0)")
    conn.commit()
    conn.close()
    ds = make_datasette([aliased])
    assert await found(ds, "Doe") == ({"jane-doe"}, ALL_HERS)


@pytest.mark.asyncio
@pytest.mark.parametrize("speaker, ids, n", [
    ("doe", {"jane-doe"}, ALL_HERS),  # a surname no report used alone
    ("JONES", {'bob-script-alert-speaker-script-jones'}, 2),
    ("oe", set(), 0),  # part of a word is no name
    ("jane doe jones", set(), 0),
])
async def test_a_surname_finds_the_speaker_it_belongs_to(claims_db_path, speaker, ids, n):
    ds = make_datasette([claims_db_path])
    assert await found(ds, speaker) == (ids, n)
