"""The pages a fact-checker uses, at a million claims: the speaker page reads each claim of
the speaker with its report once (its counts by day, outlet and role were three reads of a
57,000-claim speaker, 0.45 s of CPU), and the story page takes the first quotation a report
gives in its text (ordered by the claim id, a text, "r:123-173" came before "r:26-77").
Invented reports, the real CLI, a real Datasette."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette

from datasette_claims.views import people
from datasette_claims.views.base import encode_id

DOCS = [
    {"id": "fen-1", "outlet": "Fen Ledger", "published": "2030-06-02",
     "text": "Councillor Petra Quillon said the dyke at Marrow End would be raised by a metre."},
    {"id": "fen-2", "outlet": "Fen Ledger", "published": "2030-07-09",
     "text": "Councillor Petra Quillon said the pumping station would run through the winter."},
    {"id": "fen-3", "outlet": "Reed Bulletin", "published": "2030-07-11",
     "text": "Harbour chair Petra Quillon said the sluice gates had been replaced last spring."},
    {"id": "fen-4", "outlet": "Reed Bulletin",
     "text": "Councillor Petra Quillon said the ferry would keep its winter timetable."},
]
URL = "/claims/-/claims/speaker/petra-quillon.json"


def _whole_reads(data) -> list[str]:
    """The statements that count over every claim of the speaker (a ``group by``)."""
    return [t["sql"] for t in data["_trace"]["traces"]
            if "group by" in t.get("sql", "") and "speaker_id" in t["sql"] and "claims" in t["sql"]]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return load_docs_with_cli(tmp_path_factory.mktemp("xpages3"), DOCS)


@pytest.mark.asyncio
async def test_the_speaker_page_reads_the_speakers_claims_once(db_path):
    ds = make_datasette([db_path], settings={"trace_debug": True})
    data = (await ds.client.get(URL + "?_trace=1")).json()
    assert len(_whole_reads(data)) == 1, _whole_reads(data)
    assert data["by_month"] == [{"month": "2030-06", "claims": 1}, {"month": "2030-07", "claims": 2}]
    assert data["undated"] == 1
    assert [(o["outlet"], o["claims"], o["first_published"], o["last_published"]) for o in data["outlets"]] == [
        ("Fen Ledger", 2, "2030-06-02", "2030-07-09"), ("Reed Bulletin", 2, "2030-07-11", "2030-07-11")]
    roles = {r["role"].casefold(): r["claims"] for r in data["roles"]}
    assert roles.get("councillor") == 3


@pytest.mark.asyncio
async def test_a_long_career_is_counted_by_month_in_the_same_read(db_path, monkeypatch):
    ds = make_datasette([db_path], settings={"trace_debug": True})
    by_day = (await ds.client.get(URL)).json()
    monkeypatch.setattr(people, "DATED_ROWS", 4)  # four day rows (one undated): months
    data = (await ds.client.get(URL + "?_trace=1")).json()
    assert len(_whole_reads(data)) == 1
    assert (data["by_month"], data["undated"]) == (by_day["by_month"], by_day["undated"])


# -- the first quotation of a story first reported in the reporter's words ---------------------

STORY_DOCS = [
    {"id": "kite-1", "outlet": "Kite Weekly", "published": "2031-06-01",
     "text": "Mayor Ilse Brandvold said on Monday that the tram line would reach the hospital by the spring.\n"},
    {"id": "tern-1", "outlet": "Tern Herald", "published": "2031-06-03",
     "text": "Crowds filled the depot. \"The tram line will reach the hospital by the spring,\" Ilse Brandvold "
             "told them. She repeated it: \"The tram line will reach the hospital by spring,\" Brandvold said.\n"},
]


@pytest.mark.asyncio
async def test_the_first_quotation_is_the_first_in_its_reports_text(tmp_path):
    path = load_docs_with_cli(tmp_path, STORY_DOCS)
    with sqlite3.connect(path) as conn:
        story, first = conn.execute("select id, first_claim_id from stories").fetchone()
        quotes = conn.execute("select id from claims where article_id = 'tern-1' and story_id = ? "
                              "order by start", [story]).fetchall()
        assert conn.execute("select quote_type from claims where id = ?", [first]).fetchone()[0] == "indirect"
    earlier, later = [q[0] for q in quotes]
    assert later < earlier  # as text, the id of the later quotation sorts first
    data = (await make_datasette([path]).client.get(f"/claims/-/claims/story/{encode_id(story)}.json")).json()
    assert data["diff_from"]["claim_id"] == earlier
    rows = {t["claim"]["id"]: t for t in data["timeline"]}
    assert rows[earlier]["diff_base"] and not rows[later]["diff_base"]
    assert [t["claim"]["id"] for t in data["timeline"]] == [first, earlier, later]


@pytest.mark.asyncio
async def test_counts_out_of_time_leave_the_claims_listed_not_a_503(db_path, monkeypatch):
    """A busy machine at a million claims: the most quoted speaker's counts ran out of Datasette's
    time limit and the whole page answered 503.  A statement that cannot finish in the limit
    (a count of a sixteen-fold join) stands in for them."""
    joined = ", ".join(f"claims c{i}" for i in range(16))  # 4 claims: 4^16 rows to count
    endless = (f"select 'day' as part, null as key, null as sourcing, count(*) as claims, null as first_published, "
               f"null as last_published from {joined} where :speaker = :speaker and :outlets and :roles")
    monkeypatch.setattr(people, "SPEAKER_COUNTS", endless)
    ds = make_datasette([db_path], settings={"sql_time_limit_ms": 200})
    r = await ds.client.get(URL)
    assert r.status_code == 200
    data = r.json()
    assert data["counts_timed_out"] is True
    assert (data["outlets"], data["roles"], data["by_month"]) == ([], [], [])
    assert len(data["claims"]) == 4
    html = (await ds.client.get(URL.removesuffix(".json"))).text
    assert "Too many claims to count in the time allowed" in html and "Marrow End" in html
