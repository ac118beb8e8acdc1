"""The request path's guard: a read of a table the actor may not see is refused
by SQLite itself, whatever the page's code forgot to ask."""

from __future__ import annotations

import pytest
from conftest import make_datasette
from datasette import hookimpl
from datasette.plugins import pm

from datasette_claims.views.access import DENY, IGNORE, Reads
from datasette_claims.views.base import view

PRIVATE_SPEAKERS = {"databases": {"claims": {"tables": {"speakers": {"allow": {"id": "alice"}}}}}}


async def careless(page):
    """Reads speakers without asking page.can_view (the bug the guard is for)."""
    rows = await page.execute("select name, role from speakers order by id")
    return "claims_overview.html", {"names": [r["name"] for r in rows]}


async def ignoring(page):
    """The shared readers' mode: hidden columns read as NULL, rows filtered on them drop out."""

    def run(conn):
        names = [r[0] for r in conn.execute("select s.name from claims c left join speakers s on s.id = c.speaker_id")]
        matched = conn.execute("select count(*) from speakers where id = 'jane-doe'").fetchone()[0]
        return names, matched

    names, matched = await page.read(run, IGNORE)
    return "claims_overview.html", {"names": names, "matched": matched}


class Routes:
    __name__ = "claims_test_routes"

    @hookimpl
    def register_routes(self, datasette):
        reads = Reads(shows=("speakers",))
        return [
            (r"^/(?P<database>[^/]+)/-/claims-test/careless(?P<format>\.json)$", view(careless, reads)),
            (r"^/(?P<database>[^/]+)/-/claims-test/ignoring(?P<format>\.json)$", view(ignoring, reads)),
        ]


@pytest.fixture
def routes():
    plugin = Routes()
    pm.register(plugin, name="claims-test-routes")
    try:
        yield
    finally:
        pm.unregister(name="claims-test-routes")


def cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


@pytest.mark.asyncio
async def test_hidden_table_read_is_refused_not_leaked(story_db_path, routes):
    ds = make_datasette([story_db_path], config=PRIVATE_SPEAKERS)
    r = await ds.client.get("/claims/-/claims-test/careless.json")
    assert r.status_code == 403 and r.json()["ok"] is False
    assert "Jane Doe" not in r.text
    r = await ds.client.get("/claims/-/claims-test/careless.json", cookies=cookies(ds, "alice"))
    assert r.status_code == 200 and "Jane Doe" in r.json()["names"]


@pytest.mark.asyncio
async def test_ignore_mode_reads_hidden_columns_as_null(story_db_path, routes):
    ds = make_datasette([story_db_path], config=PRIVATE_SPEAKERS)
    anonymous = (await ds.client.get("/claims/-/claims-test/ignoring.json")).json()
    assert set(anonymous["names"]) == {None} and anonymous["matched"] == 0
    alice = (await ds.client.get("/claims/-/claims-test/ignoring.json", cookies=cookies(ds, "alice"))).json()
    assert "Jane Doe" in alice["names"] and alice["matched"] == 1


def test_modes_are_sqlite_codes():
    import sqlite3

    assert (DENY, IGNORE) == (sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE)


CONFIGS = [
    {},
    {"allow": {"id": "alice"}},
    {"databases": {"claims": {"allow": {"id": "alice"}}}},
    {"databases": {"claims": {"tables": {"verdicts": {"allow": {"id": "alice"}}}}}},
    {"databases": {"claims": {"allow": {"id": ["alice", "bob"]}, "tables": {"stories": {"allow": {"id": "bob"}}}}}},
]


@pytest.mark.asyncio
@pytest.mark.parametrize("config", CONFIGS)
async def test_visible_tables_agrees_with_one_check_per_table(story_db_path, config):
    """compat.visible_tables (one catalog query on 1.0) answers as can_view_table does table by table."""
    from datasette_claims import compat

    ds = make_datasette([story_db_path], config=config)
    await ds.invoke_startup()
    tables = await ds.get_database("claims").table_names()
    for actor in (None, {"id": "alice"}, {"id": "bob"}):
        one_by_one = {t for t in tables if await compat.can_view_table(ds, actor, "claims", t)}
        assert await compat.visible_tables(ds, actor, "claims", tables) == one_by_one, (config, actor)
