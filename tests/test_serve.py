"""The loaded tables, served by a real Datasette instance."""

import json
from pathlib import Path

import pytest
from datasette.app import Datasette

from datasette_claims import loader
from datasette_claims.metadata import build_metadata

SEED = Path(__file__).parent / "fixtures" / "seed_article.txt"
SEED_URL = "http://sputniknews.com/russia/20090527/155102991.html"


@pytest.fixture
def claims_db(tmp_path):
    path = str(tmp_path / "claims.db")
    report = loader.load(path, [str(SEED)], loader.Overrides(url=SEED_URL))
    assert report.ok
    return path


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["articles", "claims", "speakers", "load_errors", "stories", "claim_matches"])
async def test_tables_answer_shape_array(claims_db, table):
    ds = Datasette([claims_db])
    response = await ds.client.get(f"/claims/{table}.json?_shape=array")
    assert response.status_code == 200
    assert isinstance(response.json(), list)


@pytest.mark.asyncio
async def test_article_row_served(claims_db):
    ds = Datasette([claims_db])
    rows = (await ds.client.get("/claims/articles.json?_shape=array")).json()
    assert rows[0]["outlet"] == "Sputnik International"
    assert rows[0]["published"] == "2009-05-27"


@pytest.mark.asyncio
async def test_full_text_search_on_claims(claims_db):
    ds = Datasette([claims_db])
    response = await ds.client.get("/claims/articles.json?_search=nonproliferation&_shape=array")
    assert response.status_code == 200
    assert len(response.json()) == 1


@pytest.mark.asyncio
async def test_metadata_facets_work(claims_db):
    ds = Datasette([claims_db], metadata=build_metadata(["claims"]))
    response = await ds.client.get("/claims/claims")
    assert response.status_code == 200
    assert "Who said what" in response.text


def test_shipped_metadata_is_current():
    """metadata.json at the top of the repository is build_metadata()'s output."""
    shipped = Path(__file__).parent.parent / "metadata.json"
    if not shipped.exists():
        pytest.skip("not running from a checkout")
    assert json.loads(shipped.read_text()) == build_metadata()
