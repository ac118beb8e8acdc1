"""Pages a fact-checker reads at coverage size, where two figures on one page
seemed to disagree.  Invented reports, the real CLI, a real Datasette."""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

# Said on Monday (2026-11-30), published on the Tuesday: the chart and the list date it differently.
DOCS = [
    {"id": "monday", "outlet": "Harbour Gazette", "published": "2026-11-30",
     "text": "Transport Minister Gwen Morwood said on Monday that ferry fares would rise by a tenth in January."},
    {"id": "tuesday", "outlet": "Island Courier", "published": "2026-12-01",
     "text": "Transport Minister Gwen Morwood said on Monday that the old ferries break down every winter."},
]


@pytest.mark.asyncio
async def test_the_speaker_page_says_what_date_its_chart_and_its_list_use(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, DOCS)])
    speakers = (await ds.client.get("/claims/-/claims/speakers.json", params={"q": "Morwood"})).json()["speakers"]
    page = speakers[0]["url"]
    data = (await ds.client.get(page + ".json")).json()
    said = {c["said_on"] for c in data["claims"]}
    published = {c["article"]["published"] for c in data["claims"]}
    assert said == {"2026-11-30"} and published == {"2026-11-30", "2026-12-01"}
    assert [b["total"] for b in data["chart"]["bars"] if b["total"]] == [2]  # both said on the Monday
    html = (await ds.client.get(page)).text
    assert "By the day each claim was said" in html
    assert "<th>Published</th>" in html and ">2026-12-01</td>" in html


SURNAMES = [
    {"id": "minister", "outlet": "Harbour Gazette", "published": "2026-11-30",
     "text": "Transport Minister Gwen Morwood said on Monday that ferry fares would rise by a tenth in January. "
             "Ed Morwood, a ferry captain, said the boats were safe."},
    {"id": "markets", "outlet": "Market Wire", "published": "2026-12-01",
     "text": "Tablets are selling slowly. An analyst at J.P. Morwood predicts an overabundance of tablets "
             "caused by faltering demand."},
]


@pytest.mark.asyncio
async def test_same_surname_lists_people_not_descriptions_ending_in_the_name(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, SURNAMES)])
    speakers = (await ds.client.get("/claims/-/claims/speakers.json", params={"q": "Morwood"})).json()["speakers"]
    names = {s["name"] for s in speakers}
    assert {"Gwen Morwood", "Ed Morwood", "An analyst at J.P. Morwood"} <= names, names
    gwen = next(s for s in speakers if s["name"] == "Gwen Morwood")
    same = (await ds.client.get(gwen["url"] + ".json")).json()["same_surname"]
    assert [s["name"] for s in same["speakers"]] == ["Ed Morwood"]


@pytest.mark.asyncio
async def test_an_article_without_a_headline_is_called_untitled_not_by_its_hash(tmp_path):
    docs = [{"text": "The fire chief, Lena Holmqvist, said the blaze was contained by three in the morning."}]
    ds = make_datasette([load_docs_with_cli(tmp_path, docs)])
    claim = (await ds.client.get("/claims/-/claims/search.json", params={"q": "blaze contained"})).json()
    claim = claim["results"][0]["claim"]
    article = claim["article"]
    assert article["headline"] is None
    html = (await ds.client.get(article["url"])).text
    assert "<h1>Untitled article</h1>" in html and f"<code>{article['id']}</code>" in html
    assert f"<h1>{article['id']}</h1>" not in html
    html = (await ds.client.get(claim["url"])).text
    assert ">an untitled article</a>" in html


@pytest.mark.asyncio
async def test_a_speaker_left_without_claims_says_where_they_are_counted(tmp_path):
    """Merging leaves a surname's row with no claims ("Bush" beside "George W. Bush"); searching
    "Mr. Morwood" finds only that row, whose page said nothing of where the claims went."""
    import sqlite3

    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:  # the state an alias merge leaves behind
        gwen = conn.execute("select id from speakers where name = 'Gwen Morwood'").fetchone()[0]
        conn.execute("insert into speakers (id, name, kind, aliases, claim_count) values "
                     "('morwood', 'Morwood', 'person', '[\"Morwood\", \"Mrs. Morwood\"]', 0)")
        conn.execute("update claims set speaker = 'Mrs. Morwood' where speaker_id = ?", [gwen])
    ds = make_datasette([path])
    data = (await ds.client.get("/claims/-/claims/speaker/morwood.json")).json()
    assert [(s["name"], s["claims"]) for s in data["now_under"]] == [("Gwen Morwood", 2)]
    html = (await ds.client.get("/claims/-/claims/speaker/morwood")).text
    assert "No claims are filed under this name now" in html and "“Mrs. Morwood”" in html
    gwen_page = (await ds.client.get(f"/claims/-/claims/speaker/{gwen}.json")).json()
    assert gwen_page["now_under"] == []


@pytest.mark.asyncio
async def test_a_claim_link_from_before_its_article_changed_says_where_to_go(tmp_path):
    from conftest import load_with_cli, write_docs

    first = [{"id": "ferry", "outlet": "Harbour Gazette", "published": "2026-11-30",
              "text": "Transport Minister Gwen Morwood said on Monday that ferry fares would rise by a tenth."}]
    path = load_docs_with_cli(tmp_path, first)
    ds = make_datasette([path])
    old = (await ds.client.get("/claims/-/claims/search.json", params={"q": "ferry fares"})).json()
    old_url = old["results"][0]["claim"]["url"]
    corrected = [dict(first[0], text="CORRECTION: " + first[0]["text"])]  # the claim's place moves
    folder = tmp_path / "again"
    folder.mkdir()
    load_with_cli(path, write_docs(folder, corrected))
    r = await ds.client.get(old_url)
    assert r.status_code == 404
    assert "loaded again since, with another text" in r.text and "/claims/-/claims/article/ferry" in r.text
    r = await ds.client.get("/claims/-/claims/claim/no-such-article~3A1-2")
    assert r.status_code == 404 and "/claims/-/claims/search" in r.text


@pytest.mark.asyncio
async def test_a_speaker_filter_skips_a_name_left_without_claims(tmp_path):
    """speaker=Obama matched the "Obama" row a merge had emptied, and listed nothing."""
    import sqlite3

    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        conn.execute("insert into speakers (id, name, kind, aliases, claim_count) values "
                     "('morwood', 'Morwood', 'person', '[\"Morwood\", \"Mrs. Morwood\"]', 0)")
    ds = make_datasette([path])
    for value in ("Morwood", "morwood"):
        found = (await ds.client.get("/claims/-/claims/search.json", params={"speaker": value})).json()["results"]
        assert {r["claim"]["speaker"] for r in found} == {"Gwen Morwood"}, value
        assert len(found) == 2


@pytest.mark.asyncio
async def test_the_queue_filtered_by_a_speakers_name_counts_all_their_claims(tmp_path):
    """By name the queue matched the claims whose text said it word for word: "Barack Obama"
    left out his claims quoted as "Obama", which his page and the search count."""
    import sqlite3

    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        conn.execute("update claims set speaker = 'Mrs. Morwood' where article_id = 'tuesday'")
    ds = make_datasette([path])
    for value in ("Gwen Morwood", "gwen-morwood"):
        data = (await ds.client.get("/claims/-/claims/queue.json", params={"speaker": value, "status": "all"})).json()
        assert sorted(c["speaker"] for c in data["claims"]) == ["Gwen Morwood", "Mrs. Morwood"], value
