"""compat.visible_tables (all tables at once) answers as can_view_table (one by one) does,
for every mix of instance, database and table allow blocks, on both Datasette lines."""

from __future__ import annotations

import pytest

from conftest import make_datasette
from datasette_claims import compat

TABLES = ["articles", "claims", "stories", "speakers", "verdicts"]
ALICE = {"id": "alice"}
CONFIGS = [
    {},
    {"databases": {"claims": {"tables": {"stories": {"allow": ALICE}}}}},
    {"databases": {"claims": {"tables": {"stories": {"allow": False}, "speakers": {"allow": True}}}}},
    {"databases": {"claims": {"allow": ALICE, "tables": {"claims": {"allow": True}}}}},
    {"databases": {"claims": {"allow": ALICE, "tables": {"verdicts": {"allow": {"id": "bob"}}}}}},
    {"allow": ALICE, "databases": {"claims": {"tables": {"articles": {"allow": True}}}}},
]


@pytest.mark.asyncio
@pytest.mark.parametrize("config", CONFIGS)
async def test_all_at_once_is_one_by_one(claims_db_path, config):
    ds = make_datasette([claims_db_path], config=config)
    await ds.invoke_startup()
    seen = set()
    for actor in (None, ALICE, {"id": "bob"}):
        one_by_one = {t for t in TABLES if await compat.can_view_table(ds, actor, "claims", t)}
        assert await compat.visible_tables(ds, actor, "claims", TABLES) == one_by_one, (actor, config)
        seen.add(frozenset(one_by_one))
    if config:
        assert seen != {frozenset(TABLES)}  # the config hides something the check must see
