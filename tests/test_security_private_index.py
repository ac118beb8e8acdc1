"""A full-text index is as private as the table it indexes: with ``claims`` (or
``articles``) kept private by its ``allow`` block, Datasette's own table pages
for ``claims_fts`` and its shadow tables refuse whoever may not see ``claims``.
0.65 served them (text and all) before; 1.0 refuses them itself.  Real
Datasette, the invented reports of tests/conftest.py.
"""

from __future__ import annotations

import pytest
from conftest import make_datasette

ALLOWED = "alice"
# Words stored only in the indexed tables' text (VIEW_DOCS).
WORDS = {"claims": "harbour bridge", "articles": "harbour bridge"}


def private(table):
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": ALLOWED}}}}}}


@pytest.mark.parametrize("table", ["claims", "articles"])
@pytest.mark.asyncio
async def test_an_index_is_as_private_as_its_table(claims_db_path, table):
    ds = make_datasette([claims_db_path], private(table))
    alice = {"ds_actor": ds.sign({"a": {"id": ALLOWED}}, "actor")}
    for index in (f"{table}_fts", f"{table}_fts_data", f"{table}_fts_docsize"):
        for fmt in (".json?_shape=array", ".csv"):
            r = await ds.client.get(f"/claims/{index}{fmt}")
            assert r.status_code == 403, (index, fmt)
            assert WORDS[table] not in r.text.lower()
    # (1.0 serves no index shadow table to anyone; the index itself to whoever sees its table)
    assert (await ds.client.get(f"/claims/{table}_fts.json", cookies=alice)).status_code == 200
    seen = (await ds.client.get(f"/claims/{table}_fts.json?_shape=array", cookies=alice)).text.lower()
    assert WORDS[table] in seen


@pytest.mark.asyncio
async def test_indexes_of_visible_tables_stay_visible(claims_db_path):
    ds = make_datasette([claims_db_path], private("speakers"))
    for index in ("claims_fts", "articles_fts"):
        assert (await ds.client.get(f"/claims/{index}.json")).status_code == 200
