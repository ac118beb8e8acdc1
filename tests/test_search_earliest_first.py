"""The search result marked "earliest" heads the results it ties with.

A wire story and a paper's reprint of it, one day: the same words score the
same, and the story knows which report the other reprints, so the search
page names the wire's as the earliest appearance.  The list below ordered
the tie by claim id and could put the reprint, unmarked, above the row
marked "earliest".  Invented reports, the real CLI, a real Datasette."""

from __future__ import annotations

import pytest

from conftest import load_docs_with_cli, make_datasette

WIRE = ("KESTREL BAY, May 4, 2026 (Gull Press) - Ferry fares on the island routes will rise by a third from June, "
        "transport minister Ida Brekke said on Wednesday.\n\n"
        "\"We cannot keep running the boats at a loss,\" Brekke told reporters at the harbour.\n\n"
        "Harbour workers said the timetable would also be cut.")
DOCS = [
    # the reprint's id sorts first; the wire's text is the longer, the one reprinted
    {"id": "a-reprint", "outlet": "Skerry Times", "published": "2026-05-04", "title": "Island ferry fares up",
     "text": WIRE.rsplit("\n\n", 1)[0]},
    {"id": "b-wire", "outlet": "Gull Press", "published": "2026-05-04", "title": "Ferry fares to rise",
     "text": WIRE},
]


@pytest.mark.asyncio
async def test_row_marked_earliest_heads_its_tie(tmp_path):
    db = load_docs_with_cli(tmp_path, DOCS)
    ds = make_datasette([db])
    data = (await ds.client.get("/claims/-/claims/search.json",
                                params={"q": "We cannot keep running the boats at a loss"})).json()
    earliest, results = data["earliest"]["claim"]["id"], data["results"]
    assert len(results) >= 2 and results[0]["score"] == results[1]["score"]
    assert {r["claim"]["id"].split(":")[0] for r in results[:2]} == {"a-reprint", "b-wire"}
    assert results[0]["claim"]["id"] == earliest
    html = (await ds.client.get("/claims/-/claims/search",
                                params={"q": "We cannot keep running the boats at a loss"})).text
    rows = html.split("<tbody>", 1)[1].split("</tr>")
    assert "claims-is-earliest" in rows[0] and "claims-is-earliest" not in rows[1]
