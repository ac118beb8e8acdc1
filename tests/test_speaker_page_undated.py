"""A speaker's page counted their claims in the header (3) and drew fewer in the chart (2)
without a word: claims of undated reports that do not say when they were said are out of
the chart and of ``by_month``.  Invented reports, the real CLI, a real Datasette."""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

DOCS = [
    {"id": "fen-1", "outlet": "Fen Ledger", "published": "2030-06-02",
     "text": "Councillor Petra Quillon said the dyke at Marrow End would be raised by a metre."},
    {"id": "fen-2", "outlet": "Fen Ledger", "published": "2030-06-09",
     "text": "Councillor Petra Quillon said the pumping station would run through the winter."},
    {"id": "fen-3", "outlet": "Reed Bulletin",
     "text": "Councillor Petra Quillon said the sluice gates had been replaced last spring."},
]


@pytest.mark.asyncio
async def test_the_speaker_page_counts_the_undated_claims_beside_the_chart(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, DOCS)])
    data = (await ds.client.get("/claims/-/claims/speaker/petra-quillon.json")).json()
    assert data["speaker"]["claim_count"] == 3
    assert sum(m["claims"] for m in data["by_month"]) == 2
    assert data["undated"] == 1  # 2 in the chart + 1 undated = the 3 of the header
    html = (await ds.client.get("/claims/-/claims/speaker/petra-quillon")).text
    assert "Not in the chart: 1 claim with no date" in html


@pytest.mark.asyncio
async def test_a_speaker_quoted_only_undated_is_told_why_there_is_no_chart(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, DOCS[2:])])
    data = (await ds.client.get("/claims/-/claims/speaker/petra-quillon.json")).json()
    assert (data["by_month"], data["undated"]) == ([], 1)
    html = (await ds.client.get("/claims/-/claims/speaker/petra-quillon")).text
    assert "No dates: the claim" in html


# -- a claim another report says otherwise ------------------------------------------------

FIGURES = [
    {"id": "moor-1", "outlet": "Moor Herald", "published": "2030-07-01",
     "text": "Councillor Petra Quillon said the drainage board had spent four million crowns on the sluices."},
    {"id": "moor-2", "outlet": "Heath Courant", "published": "2030-07-02",
     "text": "Councillor Petra Quillon said the drainage board had spent nine million crowns on the sluices."},
]


@pytest.mark.asyncio
async def test_the_speaker_page_marks_a_claim_another_report_says_otherwise(tmp_path):
    import sqlite3

    path = load_docs_with_cli(tmp_path, FIGURES)
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from claim_matches where kind = 'conflict'").fetchone()[0] == 1
    url = "/claims/-/claims/speaker/petra-quillon"
    data = (await make_datasette([path]).client.get(url + ".json")).json()
    assert [c["contradicted"] for c in data["claims"]] == [True, True]
    html = (await make_datasette([path]).client.get(url)).text
    assert html.count("another report says otherwise</a>") == 2
    hidden = make_datasette([path], config={"databases": {"claims": {"tables": {"claim_matches": {"allow": False}}}}})
    data = (await hidden.client.get(url + ".json")).json()
    assert [c["contradicted"] for c in data["claims"]] == [False, False]
    assert "another report says otherwise" not in (await hidden.client.get(url)).text


# -- what it costs: a speaker with 57,000 claims in a million ---------------------------------

@pytest.mark.asyncio
async def test_the_undated_count_reads_the_speakers_dated_claims_once(tmp_path):
    """The undated claims are counted in the pass that counts the dated ones by day: a count of
    its own read every claim of the speaker and its report's date again, as long as that pass
    (about 0.2-0.5 s for the biggest speaker of ``bench_million.py``'s database under load)."""
    ds = make_datasette([load_docs_with_cli(tmp_path, DOCS)], settings={"trace_debug": True})
    data = (await ds.client.get("/claims/-/claims/speaker/petra-quillon.json?_trace=1")).json()
    assert (sum(m["claims"] for m in data["by_month"]), data["undated"]) == (2, 1)
    dated = [t["sql"] for t in data["_trace"]["traces"] if "coalesce(c.said_on, a.published)" in t.get("sql", "")]
    assert len(dated) == 1, dated
