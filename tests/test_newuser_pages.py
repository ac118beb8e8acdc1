"""A first look at the pages after loading a folder, as a fact-checker would.

The overview must lead on to the review queue, the alerts and the inputs that
failed to load; the speaker page must not list a speaker's own name as
another name, nor a role twice for its capitals.  Invented articles, the real
CLI, a real Datasette.
"""

from __future__ import annotations

import json

import pytest
from conftest import load_with_cli, make_datasette

DOCS = [
    {"id": "n1", "outlet": "Kestrel Courier", "published": "2025-05-02",
     "text": '"We are three weeks ahead of plan," councillor Ines Volkov told a packed meeting.'},
    {"id": "n2", "outlet": "Bay Ledger", "published": "2025-05-03",
     "text": 'Councillor Ines Volkov repeated her promise on Friday. "The breakwater will open in August," '
             'Volkov told Bay Radio.'},
    {"id": "n3", "published": "2025-05-04",
     "text": "Harbour master Tom Reilly said the breakwater would cost nine million dollars."},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("newuser")
    folder = tmp / "folder"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(d) for d in DOCS) + "\n{broken\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    path = str(tmp / "claims.db")
    for _ in range(2):  # a reload writes its errors again
        load_with_cli(path, folder, exit_code=1)
    return path


@pytest.mark.asyncio
async def test_overview_links_to_queue_alerts_articles_and_load_errors(db_path):
    ds = make_datasette([db_path])
    data = (await ds.client.get("/claims/-/claims.json")).json()
    urls = data["urls"]
    assert urls["queue"] == "/claims/-/claims/queue"
    assert urls["alerts"] == "/claims/-/claims/alerts"
    assert urls["articles"] == "/claims/articles"
    assert urls["load_errors"] == "/claims/load_errors"
    # two inputs failed (the broken line, the empty file), one was skipped: counted once each
    assert data["load_problems"] == {"errors": 2, "warnings": 1}
    html = (await ds.client.get("/claims/-/claims")).text
    for href in ("/claims/-/claims/queue", "/claims/-/claims/alerts", "/claims/load_errors", "/claims/articles"):
        assert f'href="{href}"' in html
    assert "2 inputs not loaded" in html
    for url in (urls["queue"], urls["alerts"], urls["load_errors"], urls["articles"]):
        assert (await ds.client.get(url)).status_code == 200


@pytest.mark.asyncio
async def test_speaker_page_lists_other_names_and_roles_once(db_path):
    ds = make_datasette([db_path])
    data = (await ds.client.get("/claims/-/claims/speaker/ines-volkov.json")).json()
    roles = [r["role"].casefold() for r in data["roles"]]
    assert roles.count("councillor") == 1
    assert sum(r["claims"] for r in data["roles"] if r["role"].casefold() == "councillor") >= 2
    html = (await ds.client.get("/claims/-/claims/speaker/ines-volkov")).text
    assert "Also appears as" not in html  # the only alias is the name itself


@pytest.mark.asyncio
async def test_alerts_page_leads_back_to_the_overview(db_path):
    ds = make_datasette([db_path])
    html = (await ds.client.get("/claims/-/claims/alerts")).text
    assert 'href="/claims/-/claims">claims</a> / alerts' in html


@pytest.mark.asyncio
async def test_article_page_greys_out_page_furniture(tmp_path):
    page = ("Home | News | Sport | Weather\nMooring fees to rise by a fifth\n"
            "KESTREL BAY - The harbour board will raise mooring fees by a fifth, chair Ruth Okoye said on Monday.\n"
            "Related stories\nPontoon collapse feared\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    path = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "page.txt")
    ds = make_datasette([path])
    [article_id] = [r["id"] for r in (await ds.client.get("/claims/articles.json?_shape=array")).json()]
    html = (await ds.client.get(f"/claims/-/claims/article/{article_id}")).text
    # (each greyed line also says so in words, for a screen reader: tests/test_a11y_pages.py)
    grey = ('<span class="claims-furniture" title="Page furniture: left out of extraction">'
            '<span class="claims-visually-hidden">[page furniture: </span>')
    end = '<span class="claims-visually-hidden">]</span></span>'
    assert f"{grey}Related stories{end}\n{grey}Pontoon collapse feared{end}" in html
    assert f"{grey}Home | News | Sport | Weather{end}" in html
    body = html.split('<div class="claims-article-text">', 1)[1].split(f"{grey}Related stories", 1)[0]
    assert body.count("claims-furniture") == 1  # the headline and the dateline are read, not furniture


@pytest.mark.asyncio
async def test_a_report_without_outlet_says_so_in_every_table(db_path):
    ds = make_datasette([db_path])
    html = (await ds.client.get("/claims/-/claims/search?q=breakwater+would+cost+nine+million")).text
    assert '/claims/-/claims/article/n3">Unknown outlet</a>' in html
    html = (await ds.client.get("/claims/-/claims/speaker/tom-reilly")).text
    assert "<td data-label=\"Outlet\">Unknown outlet</td>" in html


@pytest.mark.asyncio
async def test_search_sends_to_the_article_when_no_claim_holds_the_words(tmp_path):
    text = ("Mooring fees to rise by a fifth\n"
            "KESTREL BAY - The harbour board will raise mooring fees by a fifth, chair Ruth Okoye said on Monday.\n"
            "Boat owners gathered on the quay with banners and flares before the vote.\n")
    (tmp_path / "fees.txt").write_text(text, encoding="utf-8")
    path = load_with_cli(str(tmp_path / "claims.db"), tmp_path / "fees.txt")
    ds = make_datasette([path])
    data = (await ds.client.get("/claims/-/claims/search.json?q=owners+gathered+on+the+quay")).json()
    assert data["results"] == []
    [hit] = data["in_articles"]
    assert hit["headline"] == "Mooring fees to rise by a fifth"
    assert "gathered on the quay with banners" in hit["snippet"]
    html = (await ds.client.get("/claims/-/claims/search?q=owners+gathered+on+the+quay")).text
    assert f'<a href="{hit["url"]}">Mooring fees to rise by a fifth</a>' in html
    found = (await ds.client.get("/claims/-/claims/search.json?q=raise+mooring+fees")).json()
    assert found["results"] and found["in_articles"] == []
