"""What a newcomer with a folder of articles met on the pages.

A paraphrase titled as a quotation on the overview, search and claim pages (only
the stories pages read the first claim's quote type); a story's counts whose
parts did not add up; a verdict panel that told an anonymous visitor nothing
about how verdicts are recorded; an empty database that did not say how to fill
it; a stories list that did not say what a story is.
Invented reports, the real CLI, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from conftest import load_docs_with_cli, make_datasette
from datasette.cli import cli

SAID = "Harbourmaster Ilse Varga said the north quay would stay shut to ferries until the end of October."
PARTLY = 'Harbourmaster Ilse Varga called the repairs "a patch on a patch" and said the quay would need rebuilding.'
DOCS = [
    {"id": f"r{n}", "outlet": outlet, "published": f"2031-05-0{n}", "text": f"{SAID} {PARTLY}"}
    for n, outlet in ((5, "Quayside Post"), (6, "Fjord Observer"))
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return load_docs_with_cli(tmp_path_factory.mktemp("newcomer"), DOCS)


def _claim_url(db_path, words):
    with sqlite3.connect(db_path) as conn:
        cid, kind = conn.execute("select id, quote_type from claims where content like ? order by id",
                                 [f"%{words}%"]).fetchone()
    return "/claims/-/claims/claim/" + cid.replace(":", "~3A"), kind


@pytest.mark.asyncio
async def test_no_page_titles_a_paraphrased_story_as_a_quotation(db_path):
    ds = make_datasette([db_path])
    quoted = "Varga: “the north quay"
    reported = "Varga, reported: the north quay would stay shut to ferries until the end of October"
    overview = (await ds.client.get("/claims/-/claims.json")).json()
    titles = [s["title"] for s in overview["latest_stories"]]
    assert any(t.endswith(reported) for t in titles), titles
    assert quoted not in (await ds.client.get("/claims/-/claims")).text
    url, kind = _claim_url(db_path, "north quay would stay shut")
    assert kind == "indirect"
    page = (await ds.client.get(url + ".json")).json()
    assert page["story"]["title"].endswith(reported)
    assert quoted not in (await ds.client.get(url)).text
    search = (await ds.client.get("/claims/-/claims/search.json", params={"q": SAID})).json()
    assert search["earliest"]["story"]["title"].endswith(reported)


@pytest.mark.asyncio
async def test_a_claim_quoting_only_a_phrase_is_not_titled_as_the_speakers_words(db_path):
    ds = make_datasette([db_path])
    url, kind = _claim_url(db_path, "a patch on a patch")
    assert kind in ("partial", "mixed")
    html = (await ds.client.get(url)).text
    assert "Varga, reported: the repairs" in html
    assert "Varga: “the repairs" not in html


@pytest.mark.asyncio
async def test_an_anonymous_visitor_is_told_how_verdicts_are_recorded(db_path):
    ds = make_datasette([db_path])
    url, _ = _claim_url(db_path, "north quay would stay shut")
    html = (await ds.client.get(url)).text
    assert "No verdict recorded on this claim yet." in html
    assert "Reviewers sign in to record a verdict here" in html and "claims-review" in html
    signed_in = {"ds_actor": ds.sign({"a": {"id": "ossian"}}, "actor")}
    html = (await ds.client.get(url, cookies=signed_in)).text
    assert "Reviewers sign in" not in html  # a signed-in visitor is told why there is no form instead
    assert "You do not have permission to record verdicts" in html


@pytest.mark.asyncio
async def test_an_empty_database_says_how_to_fill_it(tmp_path):
    bad = tmp_path / "statement.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    path = str(tmp_path / "desk.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(bad), "-q"])
    assert result.exit_code == 1
    html = (await make_datasette([path]).client.get("/desk/-/claims")).text
    assert "No articles in this database yet" in html
    assert "datasette claims load desk.db articles/" in html
    assert "say why the inputs tried so far did not load" in html


@pytest.mark.asyncio
async def test_a_speaker_with_one_claim_offers_the_claim_as_csv(tmp_path):
    docs = [{"id": "one", "outlet": "Quayside Post", "published": "2031-05-07",
             "text": "Pilot Arvid Lunde said the new buoys would be lit by the end of the month."}]
    ds = make_datasette([load_docs_with_cli(tmp_path, docs)])
    speakers = (await ds.client.get("/claims/-/claims/speakers.json")).json()["speakers"]
    one = next(s for s in speakers if s["claim_count"] == 1)
    html = (await ds.client.get(one["url"])).text
    assert "the claim as CSV" in html and "CSV of all 1 claim" not in html


@pytest.mark.asyncio
async def test_the_stories_list_says_what_a_story_and_its_columns_are(db_path, tmp_path):
    ds = make_datasette([db_path])
    html = (await ds.client.get("/claims/-/claims/stories")).text
    assert "A story is one statement that matching found more than once." in html
    assert "Outlets the named outlets among them" in html
    undated = [{"id": f"u{n}", "text": SAID} for n in (1, 2)]  # scraped texts with no date or outlet
    ds = make_datasette([load_docs_with_cli(tmp_path, undated)])
    html = (await ds.client.get("/claims/-/claims/stories")).text
    assert '<td data-label="First appeared">undated</td>' in html
    html = (await ds.client.get("/claims/-/claims/stories?drift=1")).text
    assert "No stories yet whose wording drifts: a story is one statement" in html
