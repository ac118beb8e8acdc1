"""Search keeps its cost bounded when words are common (invented claims, real Datasette).

The rare-words stage ORs only words counted rare (ranking an OR of common
words would score every claim holding any of them); when every word is
common it asks for two of them together.  A query of two common words never
found together gets no loose matches; one with a word no claim holds among
common words still finds the claims holding the others; a rare word in
another form still finds its claim.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import build_claims_db, make_datasette

from datasette_claims.views.similar import DF_PROBE

DOCS = [
    {
        "id": "gazette-1",
        "kind": "transcript",
        "speaker": "Mara Ellison",
        "outlet": "Coast Gazette",
        "date": "2031-03-02",
        "title": "Ellison on the lighthouse",
        "text": "The old lighthouse keeper counted the Portuguese tides every night of the winter.",
    },
]
URL = "/scale/-/claims/search.json"


def _add_claims(path: str, texts: list[str]) -> None:
    """Bulk claims in the one article (the FTS triggers index them)."""
    conn = sqlite3.connect(path)
    article, speaker = conn.execute("select article_id, speaker_id from claims limit 1").fetchone()
    with conn:
        conn.executemany(
            "insert into claims (id, article_id, speaker_id, content, start, end, sourcing, quote_type, utterance_id)"
            " values (?, ?, ?, ?, 0, 1, 'named_person', 'direct', ?)",
            [(f"bulk-{i}", article, speaker, text, f"bulk-{i}") for i, text in enumerate(texts)],
        )
    conn.close()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = build_claims_db(tmp_path_factory.mktemp("scale"), name="scale", docs=DOCS)
    n = DF_PROBE + 10
    _add_claims(path, [f"The harbour crane number {i} was painted blue." for i in range(n)]
                + [f"The ferry timetable page {i} was printed again." for i in range(n)])
    return path


async def _search(path, q):
    ds = make_datasette([path])
    r = await ds.client.get(URL, params={"q": q})
    assert r.status_code == 200, r.text
    return [x["claim"]["content"] for x in r.json()["results"]]


@pytest.mark.asyncio
async def test_common_words_never_together_give_no_loose_matches(db_path):
    assert await _search(db_path, "harbour ferry") == []


@pytest.mark.asyncio
async def test_common_words_with_one_missing_find_claims_holding_two_of_them(db_path):
    found = await _search(db_path, "blue harbour crane printed")
    assert found and all(text.startswith("The harbour crane number") for text in found)


@pytest.mark.asyncio
async def test_common_words_together_are_still_found(db_path):
    found = await _search(db_path, "harbour crane number 17 painted")
    assert found[0] == "The harbour crane number 17 was painted blue."


@pytest.mark.asyncio
async def test_a_rare_word_in_another_form_finds_the_claim_beside_common_words(db_path):
    # "Portugal" is in no claim: only the rare-words stage (lighthouse, tides) can find it;
    # "harbour" is common and stays out of that stage's OR.
    found = await _search(db_path, "Portugal lighthouse tides harbour")
    assert found and found[0].startswith("The old lighthouse keeper")
