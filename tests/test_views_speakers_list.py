"""``/<db>/-/claims/speakers``: every speaker, found by a part of a name or an alias.

Built from invented articles through the real loader; served by a real
Datasette instance.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette, write_docs

from datasette_claims import loader

DOCS = [
    {"id": "a1", "outlet": "Harbour Gazette", "published": "2025-03-04",
     "text": "Mayor Jo Quillon said the ferry would run until June. Quillon said fares would stay the same. "
             "The Kelp Trust said the pier was unsafe."},
    {"id": "a2", "outlet": "Bay Courier", "published": "2025-03-05",
     "text": "Councillor Ann Marrow said the pier would reopen in May. "
             "Tom Quill, the harbour master, said the dredging was finished."},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("speakers")
    path = str(tmp / "claims.db")
    loader.load(path, [str(write_docs(tmp, DOCS))], match=False)
    conn = sqlite3.connect(path)
    with conn:  # an alias and a name holding LIKE's wildcards, to search by
        conn.execute("""update speakers set aliases = '["Jo Quillon", "the Mayor of Bayside"]'
                        where name = 'Jo Quillon'""")
        conn.execute("insert into speakers (id, name, kind, claim_count) values ('odd', 'Ten_Percent% Club', "
                     "'organisation', 0)")
    conn.close()
    return path


async def get(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return r


@pytest.mark.asyncio
async def test_most_quoted_first_with_counts(db_path):
    ds = make_datasette([db_path])
    data = (await get(ds, "/claims/-/claims/speakers.json")).json()
    names = [s["name"] for s in data["speakers"]]
    assert names[0] == "Jo Quillon" and data["speakers"][0]["claim_count"] == 2
    assert {"Ann Marrow", "Tom Quill", "Kelp Trust"} <= set(names)
    counts = [s["claim_count"] or 0 for s in data["speakers"]]
    assert counts == sorted(counts, reverse=True)
    assert all(s["url"].startswith("/claims/-/claims/speaker/") for s in data["speakers"])


@pytest.mark.asyncio
async def test_found_by_part_of_a_name_or_an_alias(db_path):
    ds = make_datasette([db_path])
    by_name = (await get(ds, "/claims/-/claims/speakers.json?q=quill")).json()
    assert {s["name"] for s in by_name["speakers"]} == {"Jo Quillon", "Tom Quill"}
    by_alias = (await get(ds, "/claims/-/claims/speakers.json?q=mayor+of+bayside")).json()
    assert [s["name"] for s in by_alias["speakers"]] == ["Jo Quillon"]
    # LIKE's wildcards in what the user types are taken literally.
    literal = (await get(ds, "/claims/-/claims/speakers.json?q=%25")).json()
    assert [s["name"] for s in literal["speakers"]] == ["Ten_Percent% Club"]
    underscore = (await get(ds, "/claims/-/claims/speakers.json?q=n_p")).json()
    assert [s["name"] for s in underscore["speakers"]] == ["Ten_Percent% Club"]


@pytest.mark.asyncio
async def test_kind_filter_and_name_order_across_pages(db_path):
    ds = make_datasette([db_path])
    people = (await get(ds, "/claims/-/claims/speakers.json?kind=person")).json()
    assert people["speakers"] and all(s["kind"] == "person" for s in people["speakers"])
    seen, url = [], "/claims/-/claims/speakers.json?_sort=name&_size=2"
    while url:
        page = (await get(ds, url)).json()
        seen += [s["name"] for s in page["speakers"]]
        url = page["next_url"] and page["next_url"].replace("/speakers?", "/speakers.json?")
    everyone = (await get(ds, "/claims/-/claims/speakers.json?_size=max")).json()["speakers"]
    assert seen == sorted((s["name"] for s in everyone), key=str.lower)


@pytest.mark.asyncio
async def test_html_lists_and_escapes(db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update speakers set role = '<b>Harbour</b> master' where name = 'Tom Quill'")
    conn.close()
    ds = make_datasette([db_path])
    html = (await get(ds, "/claims/-/claims/speakers?q=quill")).text
    assert "Jo Quillon" in html and "the Mayor of Bayside" in html
    assert "&lt;b&gt;Harbour&lt;/b&gt; master" in html and "<b>Harbour</b>" not in html
    overview = (await get(ds, "/claims/-/claims")).text
    assert 'href="/claims/-/claims/speakers"' in overview


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["_sort=loudest", "kind=robot", "_next=bm90LWpzb24", "_size=0"])
async def test_bad_parameters_are_400(db_path, query):
    ds = make_datasette([db_path])
    r = await ds.client.get("/claims/-/claims/speakers.json?" + query)
    assert r.status_code == 400, (query, r.status_code, r.text[:200])


@pytest.mark.asyncio
async def test_overview_links_to_all_stories_and_speakers(story_db_path):
    # Datasette's own ``urls`` template variable once hid both links.
    ds = make_datasette([story_db_path])
    html = (await get(ds, "/claims/-/claims")).text
    assert 'href="/claims/-/claims/stories">All stories' in html
    assert 'href="/claims/-/claims/speakers">All speakers' in html
