"""Search as a media scholar uses it on a whole corpus: a common word, a long paste.

Search ranks the first ``CANDIDATES`` claims full-text search finds; on a real
corpus a word such as a country's name is in many more claims than that, and the
last page ended without a word, so the reader took 100 for all of them.  The
page now says when it stopped there and links Datasette's claims table searched
for the words, which lists every one.  The search box stops a paste at the
length the page takes, and says so, instead of sending it to a bare 400.
Invented articles, the real loader, a real Datasette.
"""

from __future__ import annotations

import urllib.parse

import pytest
from conftest import build_claims_db, make_datasette

from datasette_claims.views.data import QUERY_MAX
from datasette_claims.views.search import CANDIDATES

MANY = CANDIDATES + 15
DOCS = [
    {"id": f"quay-{i}", "outlet": "Quay Herald", "published": f"2031-04-{1 + i % 28:02d}",
     "text": f"Harbour master Ada Quill said the lighthouse on pier {i} would be repainted in blue."}
    for i in range(MANY)
] + [
    {"id": "dune-1", "outlet": "Dune Post", "published": "2031-05-02",
     "text": "Mayor Ruth Okafor said the windmill at Sandrift would reopen after the storm."},
]
SEARCH = "/scholar/-/claims/search"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_claims_db(tmp_path_factory.mktemp("scholar"), name="scholar", docs=DOCS)


@pytest.mark.asyncio
async def test_a_search_stopped_at_its_candidates_says_so_and_links_every_match(db_path):
    ds = make_datasette([db_path])
    r = await ds.client.get(SEARCH + ".json", params={"q": "lighthouse"})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["capped"] is True
    assert len(data["results"]) == 20 and data["next"]
    # the link lists every claim holding the word, more than search ranks
    link = data["every_match_url"]
    path, _, query = link.partition("?")
    assert path == "/scholar/claims" and urllib.parse.parse_qs(query) == {"_search": ["lighthouse"]}
    table = (await ds.client.get(path + ".json?" + query + "&_size=1&_extra=count")).json()
    assert table.get("filtered_table_rows_count", table.get("count")) == MANY  # 0.65 / 1.0
    html = (await ds.client.get(SEARCH, params={"q": "lighthouse"})).text
    assert "claims-capped" in html and "/scholar/claims?_search=lighthouse" in html


@pytest.mark.asyncio
async def test_the_link_searches_the_words_as_this_search_reads_them(db_path):
    ds = make_datasette([db_path])
    # quotes, brackets and small words: Datasette would read them its own way
    data = (await ds.client.get(SEARCH + ".json", params={"q": '"the lighthouse (pier'})).json()
    assert data["capped"] is True
    query = data["every_match_url"].partition("?")[2]
    assert urllib.parse.parse_qs(query) == {"_search": ["lighthouse pier"]}
    table = (await ds.client.get("/scholar/claims.json?" + query + "&_size=1&_extra=count")).json()
    assert table.get("filtered_table_rows_count", table.get("count")) == MANY


@pytest.mark.asyncio
async def test_a_search_that_ranked_every_match_does_not_say_it_stopped(db_path):
    ds = make_datasette([db_path])
    data = (await ds.client.get(SEARCH + ".json", params={"q": "windmill Sandrift"})).json()
    assert [x["claim"]["article"]["id"] for x in data["results"]] == ["dune-1"]
    assert data["capped"] is False and data["every_match_url"] is None
    html = (await ds.client.get(SEARCH, params={"q": "windmill Sandrift"})).text
    assert "claims-capped" not in html


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/scholar/-/claims", SEARCH])
async def test_the_search_box_stops_a_paste_where_the_page_stops_and_says_so(db_path, path):
    ds = make_datasette([db_path])
    html = (await ds.client.get(path)).text
    assert f'maxlength="{QUERY_MAX}"' in html
    assert f"up to {QUERY_MAX:,} characters" in html
    # the box's limit is the page's own: that many characters are searched; a longer query
    # (a link, a script) is cut there, as the box cuts a paste, and the page says so
    assert (await ds.client.get(SEARCH, params={"q": "lighthouse " * (QUERY_MAX // 11)})).status_code == 200
    longer = (await ds.client.get(SEARCH + ".json", params={"q": "x" * (QUERY_MAX + 1)})).json()
    assert len(longer["q"]) == QUERY_MAX and longer["q_cut"] == 1
