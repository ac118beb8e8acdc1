"""The queue's "public figure" reason says what it measures: a named public office holder, or a
named person the database quotes five times or more (the reviewer reads why a claim ranks where it
does, and a named person without an office quoted four times earns no such reason).  Invented
reports, the real CLI, a real Datasette."""

from __future__ import annotations

import pytest
from conftest import load_docs_with_cli, make_datasette

SAID = ["the ferry would run twice a day", "the quay would be rebuilt", "fares would stay the same",
        "the timetable would change in May", "the old pier would close"]
OTHER = ["the berths were too small", "the crane was too old", "the levy was too high", "the road was too narrow"]
DOCS = [{"id": f"quay-{n}", "outlet": "Kessby Courier", "published": f"2026-03-0{n + 1}",
         "text": f"Harbour chair Greta Lund said on Monday that {said}. "
                 + (f"Campaigner Ola Brenn said on Tuesday that {OTHER[n - 1]}." if n else "")}
        for n, said in enumerate(SAID)]


@pytest.mark.asyncio
async def test_the_public_figure_reason_names_its_test(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, DOCS)])
    rows = (await ds.client.get("/claims/-/claims/queue.json?_size=50&reports=all")).json()["claims"]
    by_speaker = {}
    for row in rows:
        by_speaker.setdefault(row["speaker"], []).append({r["signal"]: r["reason"] for r in row["reasons"]})
    assert len(by_speaker["Greta Lund"]) == 5 and len(by_speaker["Ola Brenn"]) == 4
    reason = "said by a named public office holder, or a named person quoted often (5 claims or more)"
    assert all(r["public_figure"] == reason for r in by_speaker["Greta Lund"])
    assert not any("public_figure" in r for r in by_speaker["Ola Brenn"])
    html = (await ds.client.get("/claims/-/claims/queue?reports=all")).text
    assert reason in html
