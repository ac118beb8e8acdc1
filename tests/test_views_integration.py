"""SQL functions, cell links and action menus inside Datasette's own pages."""

from __future__ import annotations

import pytest
from conftest import make_datasette

from datasette_claims.compat import IS_1_0


async def sql(ds, query, **params):
    r = await ds.client.get(
        "/claims.json", params={"sql": query, "_shape": "array", **params}, follow_redirects=True
    )
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.asyncio
async def test_fuzzy_functions(story_db_path):
    ds = make_datasette([story_db_path])
    rows = await sql(
        ds,
        "select fuzzy_ratio('  Hello World!', 'hello world') as r, "
        "fuzzy_partial_ratio('fuel tax', 'We will cut the FUEL TAX') as p, "
        "fuzzy_token_sort_ratio('tax the fuel', 'fuel the tax') as s, "
        "fuzzy_token_set_ratio('fuel tax', 'the fuel tax cut') as t, "
        "fuzzy_ratio(null, 'x') as n",
    )
    assert rows == [{"r": 100.0, "p": 100.0, "s": 100.0, "t": 100.0, "n": None}]


@pytest.mark.asyncio
async def test_claim_similarity_function_in_a_join(story_db_path):
    ds = make_datasette([story_db_path])
    rows = await sql(
        ds,
        "select a.id as a, b.id as b, round(claim_similarity(a.content, b.content), 3) as score "
        "from claims a join claims b on a.id < b.id "
        "where claim_similarity(a.content, b.content, a.speaker, b.speaker) >= 0.5 order by score desc",
    )
    assert {"a": "hansard.2020/01:0-50", "b": "planet-1:0-50"} in [{"a": r["a"], "b": r["b"]} for r in rows]
    same = await sql(ds, "select claim_similarity('The tax is fair.', 'the tax is FAIR') as s, claim_similarity(null, 'x') as n")
    assert same == [{"s": 1.0, "n": None}]
    fuzzy = await sql(
        ds,
        "select id from claims where fuzzy_token_set_ratio(content, :q) > 90 order by id",
        q="fuel tax cut gimmick",
    )
    assert [r["id"] for r in fuzzy] == ["star-1:0-83"]


@pytest.mark.asyncio
async def test_render_cell_links(story_db_path):
    ds = make_datasette([story_db_path])
    html = (await ds.client.get("/claims/stories")).text
    # stories.first_claim_id is a plain claim id: linked to the claim page
    assert 'href="/claims/-/claims/claim/hansard~2E2020~2F01~3A0-50"' in html
    row = (await ds.client.get("/claims/claims/hansard~2E2020~2F01~3A0-50")).text
    assert 'href="/claims/-/claims/claim/hansard~2E2020~2F01~3A0-50"' in row
    # other cells are untouched: the article foreign key still links to its row
    table = (await ds.client.get("/claims/claims")).text
    assert "/claims/articles/hansard~2E2020~2F01" in table
    # values stay escaped
    assert "<script>alert" not in table and "<script>alert" not in (await ds.client.get("/claims/stories")).text
    # JSON of the table is unchanged by render_cell
    j = (await ds.client.get("/claims/stories.json?_shape=array")).json()
    assert j[0]["first_claim_id"] == "hansard.2020/01:0-50"


def test_render_cell_ignores_other_values():
    from datasette_claims.views.cells import render_cell

    assert render_cell({}, 42, "id", "claims", "claims", None) is None
    assert render_cell({}, "x", "content", "claims", "claims", None) is None  # no row id
    assert render_cell({"id": "a"}, "x", "cue", "claims", "claims", None) is None
    assert render_cell({"id": "a"}, "x", "content", "claims", None, None) is None  # a query, not a table


@pytest.mark.asyncio
async def test_claim_links_in_table_cells_on_both_lines(story_db_path):
    """Datasette 0.65 renders a table's primary key itself and expands foreign keys to
    dicts: claim ids still reach their pages, from the text column and the expanded keys."""
    ds = make_datasette([story_db_path])
    claims = (await ds.client.get("/claims/claims")).text
    for claim_id in ("hansard~2E2020~2F01~3A0-50", "planet-1~3A0-50"):
        assert f'href="/claims/-/claims/claim/{claim_id}"' in claims
    assert 'href="/claims/-/claims/story/story~3Afuel~3Ctax~3E"' in claims  # expanded story_id
    assert 'href="/claims/stories/story~3Afuel~3Ctax~3E"' in claims  # and still its row link
    matches = (await ds.client.get("/claims/claim_matches")).text
    assert matches.count('class="claims-cell-link"') == 2
    speakers = (await ds.client.get("/claims/speakers")).text
    assert 'href="/claims/-/claims/speaker/jane-doe"' in speakers
    assert "<script>alert" not in claims + matches + speakers


@pytest.mark.asyncio
async def test_table_and_database_actions(story_db_path):
    ds = make_datasette([story_db_path])
    table = (await ds.client.get("/claims/claims")).text
    assert 'href="/claims/-/claims/search"' in table
    stories = (await ds.client.get("/claims/stories")).text
    assert 'href="/claims/-/claims/stories"' in stories
    db = (await ds.client.get("/claims")).text
    assert 'href="/claims/-/claims"' in db


@pytest.mark.asyncio
@pytest.mark.skipif(not IS_1_0, reason="row_actions exists on Datasette 1.0 only")
async def test_row_actions(story_db_path):
    ds = make_datasette([story_db_path])
    row = (await ds.client.get("/claims/stories/story~3Afuel~3Ctax~3E")).text
    assert 'href="/claims/-/claims/story/story~3Afuel~3Ctax~3E"' in row
    art = (await ds.client.get("/claims/articles/hansard~2E2020~2F01")).text
    assert 'href="/claims/-/claims/article/hansard~2E2020~2F01"' in art


@pytest.mark.asyncio
async def test_actions_under_base_url(story_db_path):
    ds = make_datasette([story_db_path], settings={"base_url": "/prefix/"})
    table = (await ds.client.get("/claims/claims")).text
    assert 'href="/prefix/claims/-/claims/search"' in table
