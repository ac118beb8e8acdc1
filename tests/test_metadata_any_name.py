"""Any database with the plugin's schema gets its descriptions and facets, whatever its
file is called and without a metadata file (both Datasette lines)."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import build_claims_db, make_datasette


@pytest.fixture
def newsroom(tmp_path):
    return build_claims_db(tmp_path, name="newsroom")


@pytest.fixture
def stranger(tmp_path):
    """Another application's database that happens to have a claims table."""
    path = str(tmp_path / "other.db")
    conn = sqlite3.connect(path)
    conn.execute("create table claims (id text primary key, content text)")
    conn.execute("create table articles (id text primary key)")
    conn.execute("insert into claims values ('a', 'b')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.asyncio
async def test_a_database_named_otherwise_gets_descriptions_and_facets(newsroom):
    ds = make_datasette([newsroom])
    page = await ds.client.get("/newsroom/claims")
    assert page.status_code == 200
    assert "Who said what, when, where and how it was sourced" in page.text
    data = (await ds.client.get("/newsroom/claims.json?_extra=facet_results")).json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"sourcing", "quote_type", "speaker_id", "stance"} <= set(facets)
    columns = await ds.client.get("/newsroom/speakers")
    assert "People and organisations quoted" in columns.text
    db_page = await ds.client.get("/newsroom")
    assert "Claims extracted from news articles" in db_page.text


@pytest.mark.asyncio
async def test_the_users_own_metadata_wins(newsroom):
    from datasette.app import Datasette

    table = {"description": "Our own words", "facets": ["rule"]}
    config = {"databases": {"newsroom": {"tables": {"claims": table}}}}
    ds = Datasette([newsroom], metadata=config)  # 1.0 moves the facets into its config itself
    page = await ds.client.get("/newsroom/claims")
    assert "Our own words" in page.text and "Who said what, when" not in page.text
    data = (await ds.client.get("/newsroom/claims.json?_extra=facet_results")).json()
    facets = data["facet_results"]
    assert set(facets.get("results", facets)) == {"rule"}


@pytest.mark.asyncio
async def test_another_applications_database_is_left_alone(stranger):
    ds = make_datasette([stranger])
    page = await ds.client.get("/other/claims")
    assert page.status_code == 200
    assert "Who said what" not in page.text
    data = (await ds.client.get("/other/claims.json?_extra=facet_results")).json()
    facets = data["facet_results"]
    assert not facets.get("results", facets)
