"""Every column of the plugin's main tables has a note on Datasette's table page.

An analyst reading ``said_to`` or ``anonymity_reason`` in a CSV needs to know
what it holds; the notes come from ``metadata.COLUMNS`` and are checked here
against the columns a real load creates, so a new column without a note fails.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette

from datasette_claims.metadata import COLUMNS


def test_every_column_of_a_loaded_database_has_a_note(claims_db_path):
    conn = sqlite3.connect(claims_db_path)
    missing = {
        table: [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in notes]
        for table, notes in COLUMNS.items()
    }
    conn.close()
    assert {t: cols for t, cols in missing.items() if cols} == {}


@pytest.mark.asyncio
async def test_the_claims_table_page_explains_who_it_was_said_to(claims_db_path):
    ds = make_datasette([claims_db_path])
    page = await ds.client.get("/claims/claims")
    assert page.status_code == 200
    assert "Why an unnamed source was not named" in page.text and "Whom it was said to" in page.text
