"""A speaker's page finds its namesakes through an index of the names' last words.

``same_surname`` lists the speakers whose name is this one's surname or ends with it.  It
was a LIKE over every speaker's name, growing with them (2.8 ms of CPU a page at a million
claims); the store now indexes each name's last word as LIKE compares it
(``m027_speaker_last_words``) and the page reads only the namesakes.  The list must be
the same as the LIKE's: the matching's surname key (``speakers.surname``) is not used, since
it is NULL until a matched load keys it and it is the name parser's surname, not the last
word ("Nell Ashby and Ivo Talbot" keys as "ashby").  Invented articles, the real loader, a
real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import build_claims_db, make_datasette

# (spelt out, not imported: the tests of the list run on the code before the index too)
SPEAKER_LAST_WORDS = "idx_speakers_last_word"

DOCS = [
    {"id": "t1", "outlet": "Marsh Ledger", "published": "2031-05-01",
     "text": "Harbour master Wren Talbot said the channel would be dredged in June."},
    {"id": "t2", "outlet": "Marsh Ledger", "published": "2031-05-02",
     "text": "The dredger will arrive on Tuesday, Wren Talbot said."},
    {"id": "t3", "outlet": "Reed Gazette", "published": "2031-05-03",
     "text": "Councillor Ivo Talbot said the ferry fares would stay the same next year."},
    {"id": "t4", "outlet": "Reed Gazette", "published": "2031-05-04",
     "text": "Mayor Petra Voss said the new pier would open in the autumn."},
]


@pytest.fixture
def db_path(tmp_path):
    return build_claims_db(tmp_path, name="reeds", docs=DOCS)


def _ids(db_path) -> dict[str, str]:
    with sqlite3.connect(db_path) as conn:
        return dict(conn.execute("select name, id from speakers"))


def _sql(db_path, sql: str, *params) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(sql, params)
    conn.close()


async def _namesakes(db_path, speaker_id, statements: list | None = None) -> list[str]:
    ds = make_datasette([db_path], settings={"num_sql_threads": 1, "sql_time_limit_ms": 20_000})
    if statements is not None:
        await ds.get_database("reeds").execute_fn(lambda conn: conn.set_trace_callback(statements.append))
    r = await ds.client.get(f"/reeds/-/claims/speaker/{speaker_id}.json")
    assert r.status_code == 200, r.text
    return [s["name"] for s in r.json()["same_surname"]["speakers"]]


@pytest.mark.asyncio
async def test_namesakes_and_another_person_of_the_surname_are_listed(db_path):
    ids = _ids(db_path)
    assert {"Wren Talbot", "Ivo Talbot", "Petra Voss"} <= set(ids), ids
    assert await _namesakes(db_path, ids["Wren Talbot"]) == ["Ivo Talbot"]
    assert await _namesakes(db_path, ids["Ivo Talbot"]) == ["Wren Talbot"]
    assert await _namesakes(db_path, ids["Petra Voss"]) == []


@pytest.mark.asyncio
async def test_a_speaker_whose_surname_key_is_null_or_another_word_is_listed_by_its_last_word(db_path):
    ids = _ids(db_path)
    _sql(db_path, "update speakers set surname = null")
    assert await _namesakes(db_path, ids["Wren Talbot"]) == ["Ivo Talbot"]
    # (the name parser keys a joined name by its first person: the page, as before, by the last word)
    _sql(db_path, "update speakers set name = 'Nell Ashby and Ivo Talbot', surname = 'ashby' where id = ?",
         ids["Ivo Talbot"])
    assert await _namesakes(db_path, ids["Wren Talbot"]) == ["Nell Ashby and Ivo Talbot"]


@pytest.mark.asyncio
async def test_the_surname_is_compared_as_like_compares_it(db_path):
    ids = _ids(db_path)
    _sql(db_path, "update speakers set name = 'IVO TALBOT' where id = ?", ids["Ivo Talbot"])
    _sql(db_path, "update speakers set name = 'Petra Talbotson' where id = ?", ids["Petra Voss"])
    assert await _namesakes(db_path, ids["Wren Talbot"]) == ["IVO TALBOT"]


@pytest.mark.asyncio
async def test_the_page_reads_namesakes_through_the_last_word_index(db_path):
    ids = _ids(db_path)
    statements: list[str] = []
    assert await _namesakes(db_path, ids["Wren Talbot"], statements) == ["Ivo Talbot"]
    query = [s for s in statements if "from speakers where" in s and "Talbot" in s and "claim_count" in s]
    assert query, statements
    with sqlite3.connect(db_path) as conn:
        plan = " ".join(r[-1] for r in conn.execute("explain query plan " + query[0]))
    assert f"USING INDEX {SPEAKER_LAST_WORDS}" in plan, plan


@pytest.mark.asyncio
async def test_a_database_without_the_index_lists_the_same(db_path):
    ids = _ids(db_path)
    _sql(db_path, f"drop index if exists {SPEAKER_LAST_WORDS}")
    assert await _namesakes(db_path, ids["Wren Talbot"]) == ["Ivo Talbot"]
