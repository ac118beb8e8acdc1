"""What a reviewer's POST may hold: a control character (a NUL, an escape) in any field is
refused with a readable 400 and nothing recorded (a speaker named "\\x00" was stored: a row
with an invisible name, linked from the claim); a speaker name typed over two lines is one
name.  Forms and JSON, corrections and verdicts (invented texts)."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import make_datasette, post_form_as
from datasette_claims.views.base import encode_id
from test_factcheck_web import REVIEWERS
from test_views_review import post_json

CLAIM = "planet-1:51-102"
PAGE = f"/claims/-/claims/claim/{encode_id(CLAIM)}"


def _rows(db, table):
    return sqlite3.connect(db).execute(f"select count(*) from {table}").fetchone()[0]


@pytest.mark.asyncio
@pytest.mark.parametrize("value", ["\x00", "Ola\x00Brenn", "Ola \x1b[31mBrenn", "Ola\x7f"])
async def test_a_control_character_is_refused_and_nothing_recorded(story_db_path, value):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    form = await post_form_as(ds, "alice", PAGE, PAGE + "/correct", {"kind": "speaker", "value": value})
    assert form.status_code == 400 and "control character" in form.text and "Nothing was recorded" in form.text
    r = await post_json(ds, "alice", PAGE + "/correct.json", {"kind": "speaker", "value": value})
    assert r.status_code == 400 and "control character" in r.json()["error"]
    r = await post_json(ds, "alice", PAGE + "/status.json", {"status": "assigned", "assignee": value})
    assert r.status_code == 400
    verdict = await post_form_as(ds, "alice", PAGE, PAGE + "/verdict", {"rating": "False", "note": value})
    assert verdict.status_code == 400, verdict.text
    assert _rows(story_db_path, "corrections") == _rows(story_db_path, "claim_status") == 0
    assert _rows(story_db_path, "verdicts") == 0


@pytest.mark.asyncio
async def test_a_note_keeps_its_line_breaks_and_tabs(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    note = "Minutes of 3 May:\r\n\tthe bridge opened on time."
    r = await post_form_as(ds, "alice", PAGE, PAGE + "/verdict", {"rating": "False", "note": note})
    assert r.status_code == 302, r.text
    stored = sqlite3.connect(story_db_path).execute("select note from verdicts").fetchone()[0]
    assert "\tthe bridge" in stored


@pytest.mark.asyncio
async def test_a_speaker_name_over_two_lines_is_one_name(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    r = await post_json(ds, "alice", PAGE + "/correct.json", {"kind": "speaker", "value": " Ola\n  Brenn "})
    assert r.status_code == 201, r.text
    j = (await ds.client.get(PAGE + ".json")).json()
    assert j["claim"]["speaker"] == "Ola Brenn"
    assert (await ds.client.get("/claims/-/claims/speaker/ola-brenn.json")).json()["speaker"]["name"] == "Ola Brenn"
