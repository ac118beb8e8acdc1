"""Counting who is quoted most from Datasette's own claims table page.

The ``speaker`` column keeps each report's wording ("Jane Doe", "Doe"), so
its facet splits one person into several rows and undercounts her.  The
plugin facets ``speaker_id`` instead: one row per speaker, labelled with the
speaker's name, counting her claims under all her names.  (Both facets were
offered side by side, two lists of the same people with different counts: a
newcomer had to guess which one to believe.)
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette


@pytest.fixture
def renamed(claims_db_path):
    """Two of Jane Doe's five claims name her by her surname only."""
    conn = sqlite3.connect(claims_db_path)
    conn.execute("update claims set speaker = 'Doe' where article_id = 'planet-1' and speaker_id = 'jane-doe'")
    conn.commit()
    conn.close()
    return claims_db_path


def facet(data, name):
    results = data["facet_results"]
    return {r["label"]: r["count"] for r in results.get("results", results)[name]["results"]}


@pytest.mark.asyncio
async def test_the_speaker_id_facet_counts_a_person_under_all_her_names(renamed):
    ds = make_datasette([renamed])
    data = (await ds.client.get("/claims/claims.json?_extra=facet_results&_size=0")).json()
    assert facet(data, "speaker_id")["Jane Doe"] == 5


@pytest.mark.asyncio
async def test_the_table_offers_one_speaker_facet_not_two(renamed):
    ds = make_datasette([renamed])
    data = (await ds.client.get("/claims/claims.json?_extra=facet_results&_size=0")).json()
    results = data["facet_results"]
    assert "speaker" not in results.get("results", results)
    # (a reader can still facet by the wording, from the column's menu)
    asked = (await ds.client.get("/claims/claims.json?_extra=facet_results&_size=0&_facet=speaker")).json()
    assert facet(asked, "speaker") == {"Jane Doe": 3, "Doe": 2, 'Bob <script>alert("speaker")</script> Jones': 2}


@pytest.mark.asyncio
async def test_the_table_page_explains_the_two_speaker_columns(renamed):
    ds = make_datasette([renamed])
    page = await ds.client.get("/claims/claims")
    assert page.status_code == 200
    assert "counts a person&#39;s claims under all their names" in page.text or \
        "counts a person's claims under all their names" in page.text
