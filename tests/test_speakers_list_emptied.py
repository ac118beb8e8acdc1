"""The speakers list leaves out a speaker whose claims all went (a reviewer's correction
gave them to another speaker): it listed "Engineers, 0 claims" among the quoted, a
ghost.  The page says how many are left out; a search by name still finds them.

Invented reports, the real CLI, a real Datasette, the form as a browser posts it."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette, post_form_as
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

DOCS = [
    {"id": "quay", "outlet": "Quay Weekly", "published": "2026-10-02",
     "text": "Surveyors said the quay wall at Brenmouth had moved four centimetres since the spring.\n\n"
             "Harbour master Ilse Varg said the quay would stay open to fishing boats."},
]
BASE = "/claims/-/claims"


@pytest.mark.asyncio
async def test_a_speaker_corrected_away_is_left_out_of_the_list(tmp_path):
    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        claim, speaker = conn.execute("select id, speaker_id from claims where content like '%four centimetres%'"
                                      ).fetchone()
    ds = make_datasette([path], config=REVIEWERS)
    before = (await ds.client.get(BASE + "/speakers.json")).json()
    assert speaker in [s["id"] for s in before["speakers"]] and before["without_claims"] == 0
    r = await post_form_as(ds, "alice", BASE, f"{BASE}/claim/{encode_id(claim)}/correct",
                           {"kind": "speaker", "value": "Brenmouth Port Surveyors", "reason": "named in the caption"})
    assert r.status_code == 302, r.text
    after = (await ds.client.get(BASE + "/speakers.json")).json()
    listed = {s["id"]: s["claim_count"] for s in after["speakers"]}
    assert speaker not in listed and all(n > 0 for n in listed.values())
    assert after["without_claims"] == 1
    html = (await ds.client.get(BASE + "/speakers")).text
    assert "Not listed: 1 speaker with no claims left" in html
    found = (await ds.client.get(BASE + "/speakers.json?q=Surveyors")).json()["speakers"]
    assert speaker in [s["id"] for s in found]  # a search by name finds it
