"""The review queue: order, reasons, filters, status history and permissions (invented claims)."""

from __future__ import annotations

import pytest
import sqlite_utils

from conftest import make_datasette
from datasette_claims.factchecks.checkworthy import text_signals

QUEUE = "/claims/-/claims/queue.json"


def test_text_signals():
    assert text_signals("Fares rose 12 percent, the highest rise in a decade.") == [
        "numbers", "comparison", "superlative"]
    assert text_signals("We will protest the request at the harbour.") == []
    assert text_signals("Crime is lower than last year.") == ["comparison"]
    assert text_signals(None) == []


@pytest.mark.asyncio
async def test_repeated_drifting_numbers_come_first_with_their_reasons(story_db_path):
    ds = make_datasette([story_db_path])
    j = (await ds.client.get(QUEUE)).json()
    assert j["ok"]
    top = j["claims"][0]
    assert top["id"] in ("hansard.2020/01:0-50", "planet-1:0-50")
    signals = {r["signal"] for r in top["reasons"]}
    assert {"repeated", "drift", "numbers", "unchecked"} <= signals
    assert top["score"] == round(sum(r["weight"] for r in top["reasons"]), 2)
    scores = [c["score"] for c in j["claims"]]
    assert scores == sorted(scores, reverse=True)
    html = (await ds.client.get("/claims/-/claims/queue")).text
    assert "its quoted wording differs from another report" in html
    assert "<script>alert" not in html


@pytest.mark.asyncio
async def test_status_history_filters_the_queue(story_db_path):
    db = sqlite_utils.Database(story_db_path)
    from datasette_claims.store.schema import migrate

    migrate(db)
    db["claim_status"].insert_all([
        {"claim_id": "planet-1:51-102", "status": "assigned", "assignee": "ines", "created": "2020-03-01T10:00:00"},
        {"claim_id": "star-1:0-83", "status": "in_progress", "assignee": "ines", "created": "2020-03-01T10:00:00"},
        {"claim_id": "star-1:0-83", "status": "dismissed", "assignee": "ines", "created": "2020-03-02T10:00:00"},
    ])
    db.conn.commit()
    ds = make_datasette([story_db_path])
    open_ids = {c["id"] for c in (await ds.client.get(QUEUE + "?_size=max")).json()["claims"]}
    assert "star-1:0-83" not in open_ids and "planet-1:51-102" in open_ids
    dismissed = (await ds.client.get(QUEUE + "?status=dismissed")).json()["claims"]
    assert [c["id"] for c in dismissed] == ["star-1:0-83"]
    mine = (await ds.client.get(QUEUE + "?assignee=ines")).json()["claims"]
    assert [(c["id"], c["status"]) for c in mine] == [("planet-1:51-102", "assigned")]
    outlet = (await ds.client.get(QUEUE + "?outlet=Hansard")).json()["claims"]
    assert outlet and all(c["outlet"] == "Hansard" for c in outlet)
    assert (await ds.client.get(QUEUE + "?since=2020-02-01&status=all")).json()["claims"][0]["date"] >= "2020-02-01"


@pytest.mark.asyncio
async def test_queue_pages_with_keysets(story_db_path):
    ds = make_datasette([story_db_path])
    first = (await ds.client.get(QUEUE + "?_size=3")).json()
    assert len(first["claims"]) == 3 and first["next_url"]
    second = (await ds.client.get(first["next_url"])).json()
    everything = (await ds.client.get(QUEUE + "?_size=max")).json()["claims"]
    assert [c["id"] for c in first["claims"] + second["claims"]] == [c["id"] for c in everything][:6]


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["status=closed", "since=yesterday", "_next=bm90IGpzb24", "_next=WzFlMzAsICJ4Il0",
                                   "_size=-1"])
async def test_bad_parameters_are_400(story_db_path, query):
    ds = make_datasette([story_db_path])
    r = await ds.client.get(QUEUE + "?" + query)
    assert r.status_code == 400 and r.json()["ok"] is False


@pytest.mark.asyncio
async def test_private_tables_leave_their_signals_out(story_db_path):
    config = {"databases": {"claims": {"tables": {t: {"allow": {"id": "nobody"}}
                                                   for t in ("stories", "verdicts", "speakers", "claim_matches")}}}}
    ds = make_datasette([story_db_path], config=config)
    j = (await ds.client.get(QUEUE + "?_size=max")).json()
    assert j["ok"]
    for c in j["claims"]:
        assert not {"repeated", "drift", "unchecked", "public_figure"} & {r["signal"] for r in c["reasons"]}
        assert c["story_url"] is None and c["speaker_url"] is None
