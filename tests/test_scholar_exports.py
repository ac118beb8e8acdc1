"""A speaker's and a story's claims, exported as a scholar takes them away.

The pages list claims 50 or 100 at a time and had no way out to a spreadsheet;
Datasette's CSV of a table gives only its first page unless streamed.  The
speaker and story pages now link the claims table filtered to their claims (its
facets) and the CSV of every one of them, streamed, with labels for the ids: the
rows must be exactly the claims the page counts.  Invented articles, real Datasette.
"""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from conftest import make_datasette

from datasette_claims.views.base import encode_id


def _csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


async def _follow(ds, url: str):
    r = await ds.client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    return r


@pytest.mark.asyncio
async def test_a_speakers_csv_holds_every_claim_the_page_counts(story_db_path):
    conn = sqlite3.connect(story_db_path)
    speaker_id, count = conn.execute(
        "select id, claim_count from speakers order by claim_count desc, id limit 1").fetchone()
    conn.close()
    ds = make_datasette([story_db_path], settings={"default_page_size": 1})
    data = (await _follow(ds, f"/claims/-/claims/speaker/{encode_id(speaker_id)}.json")).json()
    rows = _csv_rows((await _follow(ds, data["claims_csv_url"])).text)
    assert len(rows) == count == data["speaker"]["claim_count"]  # streamed: not only a first page of 1
    assert {r["speaker_id"] for r in rows} == {speaker_id} and rows[0]["speaker_id_label"]
    table = (await _follow(ds, data["claims_table_url"].replace("/claims/claims?", "/claims/claims.json?")
                           + "&_extra=count")).json()
    assert table.get("filtered_table_rows_count", table.get("count")) == count  # 0.65 / 1.0
    html = (await _follow(ds, f"/claims/-/claims/speaker/{encode_id(speaker_id)}")).text
    assert data["claims_csv_url"].replace("&", "&amp;") in html


@pytest.mark.asyncio
async def test_a_storys_csv_holds_its_claims_whatever_its_id(story_db_path):
    ds = make_datasette([story_db_path], settings={"default_page_size": 1})
    story_id = "story:fuel<tax>"
    data = (await _follow(ds, f"/claims/-/claims/story/{encode_id(story_id)}.json")).json()
    rows = _csv_rows((await _follow(ds, data["claims_csv_url"])).text)
    assert sorted(r["id"] for r in rows) == ["hansard.2020/01:0-50", "planet-1:0-50"]
    assert {r["story_id"] for r in rows} == {story_id}
    html = (await _follow(ds, f"/claims/-/claims/story/{encode_id(story_id)}")).text
    assert "its claims as a table" in html


@pytest.mark.asyncio
async def test_the_overviews_claims_count_opens_the_table_without_facet_suggestions(story_db_path):
    """On a corpus the claims table's suggestions cost most of its time (1.5 of 1.8 s on
    Wikinews): the overview's link asks for the plugin's facets alone."""
    ds = make_datasette([story_db_path])
    link = (await _follow(ds, "/claims/-/claims.json")).json()["count_urls"]["claims"]
    path, _, query = link.partition("?")
    extras = "_extra=suggested_facets&_extra=facet_results"  # (1.0 lists them only when asked)
    table = (await _follow(ds, path + ".json?" + query + "&" + extras)).json()
    assert table["suggested_facets"] == []
    assert {"sourcing", "quote_type", "speaker_id", "stance"} <= set(table["facet_results"].get(
        "results", table["facet_results"]))
    # what it asked Datasette not to do
    assert (await _follow(ds, path + ".json?" + extras)).json()["suggested_facets"]
