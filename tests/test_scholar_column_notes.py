"""The claims table's notes name every value a scholar meets in the facets.

On the Wikinews corpus the ``stance`` facet's second value is ``stance`` (3,330
claims: "believes", "claimed", "accused"), and ``question`` is there too, but the
note said "assertion, denial, directive, ..."; ``claim_matches.kind`` holds
``conflict`` links the note did not name.  Invented sentences, the real loader,
the notes as Datasette's table page shows them.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import build_claims_db, make_datasette

from datasette_claims.metadata import COLUMNS

DOCS = [
    {"id": "s1", "outlet": "Fen Courier", "published": "2031-06-01",
     "text": "Councillor Ines Marlow said the ferry would run on Sundays. "
             "Marlow believes the harbour fees are too high. "
             "The port authority denied that the fees would rise. "
             "Marlow urged the port authority to publish its accounts. "
             "Reporters asked whether the ferry would keep its winter timetable."},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_claims_db(tmp_path_factory.mktemp("notes"), name="notes", docs=DOCS)


def test_every_stance_the_extractor_gave_is_named_in_the_note(db_path):
    conn = sqlite3.connect(db_path)
    stances = {r[0] for r in conn.execute("select distinct stance from claims where stance is not null")}
    conn.close()
    assert {"assertion", "stance", "denial", "directive"} <= stances
    note = COLUMNS["claims"]["stance"]
    assert [s for s in sorted(stances | {"question"}) if s not in note] == []


def test_every_kind_of_link_is_named_in_the_note():
    note = COLUMNS["claim_matches"]["kind"]
    assert [k for k in ("same", "drift", "conflict") if k not in note] == []


@pytest.mark.asyncio
async def test_the_claims_table_page_explains_the_stance_values(db_path):
    ds = make_datasette([db_path])
    page = await ds.client.get("/notes/claims")
    assert page.status_code == 200
    assert "a belief, opinion or charge" in page.text
