"""Merging two speakers and taking it back, from the speaker page as a reviewer meets it:
the form is on the page, it takes a name as the pages show it, the merged name's address
leads to where its claims went, and Undo restores both speakers as they were (invented texts)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import load_docs_with_cli, make_datasette, post_form_as
from datasette_claims import corrections
from test_factcheck_web import REVIEWERS, actor_cookies

DOCS = [
    {"id": "harbour-1", "outlet": "Kessby Courier", "date": "2024-03-04", "title": "Breakwater nearly done",
     "text": "Harbour master Tove Lindqvist said on Monday that the breakwater would be finished by May. "
             "\"The new berths will open in June,\" Lindqvist said."},
    {"id": "harbour-2", "outlet": "Skerrow Islander", "date": "2024-03-05", "title": "Dredging over budget",
     "text": "Port engineer Rasmus Holm said on Tuesday that the dredging had cost twice the estimate. "
             "\"We found rock where the survey showed sand,\" Holm said."},
]
PAGE = "/claims/-/claims/speaker/"


@pytest.fixture
def db(tmp_path):
    return load_docs_with_cli(tmp_path, DOCS)


def _speaker(conn, sid):
    return conn.execute("select id, name, kind, role, aliases from speakers where id = ?", [sid]).fetchone()


def _claims(conn, sid):
    return conn.execute("select count(*) from claims where speaker_id = ?", [sid]).fetchone()[0]


def test_undoing_a_merge_restores_both_speakers_as_they_were(db):
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    holm, lindqvist = _speaker(conn, "rasmus-holm"), _speaker(conn, "tove-lindqvist")
    assert holm[3] and _claims(conn, "rasmus-holm") == 2  # a role the undo must give back
    n = corrections.record(conn, "speaker_merge", claim_id="rasmus-holm", other_id="tove-lindqvist", actor="ines")
    assert _speaker(conn, "rasmus-holm") is None and _claims(conn, "tove-lindqvist") == 4
    assert "Rasmus Holm" in json.loads(_speaker(conn, "tove-lindqvist")[4])
    corrections.record(conn, "undo", other_id=str(n), actor="ines")
    # (it came back as a bare "person" without its role, and Lindqvist kept Holm's name as an alias)
    assert _speaker(conn, "rasmus-holm") == holm
    assert _speaker(conn, "tove-lindqvist") == lindqvist
    assert _claims(conn, "rasmus-holm") == 2 and _claims(conn, "tove-lindqvist") == 2


def test_an_organisation_merged_and_undone_stays_an_organisation(db):
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    # (both organisations: a person and an organisation are never merged)
    conn.execute("update speakers set kind = 'organisation' where id in ('rasmus-holm', 'tove-lindqvist')")
    n = corrections.record(conn, "speaker_merge", claim_id="rasmus-holm", other_id="tove-lindqvist")
    corrections.record(conn, "undo", other_id=str(n))
    assert _speaker(conn, "rasmus-holm")[2] == "organisation"


@pytest.mark.asyncio
async def test_a_reviewer_merges_by_name_from_the_speaker_page_and_undoes_it(db):
    ds = make_datasette([db], config=REVIEWERS)
    html = (await ds.client.get(PAGE + "rasmus-holm", cookies=actor_cookies(ds, "alice"))).text
    assert 'action="/claims/-/claims/speaker/rasmus-holm/merge"' in html and "Merge speakers" in html
    for actor in (None, "mallory"):  # no form for those who may not write
        assert "Merge speakers" not in (await ds.client.get(PAGE + "rasmus-holm",
                                                            cookies=actor_cookies(ds, actor))).text
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge",
                           {"into": "tove LINDQVIST", "reason": "one harbour office"})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + "tove-lindqvist")
    # the merged name's address leads to the speaker now holding its claims, HTML and JSON
    gone = await ds.client.get(PAGE + "rasmus-holm.json")
    assert gone.status_code == 302 and gone.headers["location"].endswith(PAGE + "tove-lindqvist.json")
    page = await ds.client.get(PAGE + "tove-lindqvist.json")
    merge = page.json()["corrections"][0]
    assert (merge["kind"], merge["source_name"], merge["target_name"], merge["in_force"]) == (
        "speaker_merge", "Rasmus Holm", "Tove Lindqvist", True)
    html = (await ds.client.get(PAGE + "tove-lindqvist", cookies=actor_cookies(ds, "alice"))).text
    assert f"/correction/{merge['id']}/undo" in html and "one harbour office" in html
    r = await post_form_as(ds, "alice", PAGE + "tove-lindqvist", f"/claims/-/claims/correction/{merge['id']}/undo",
                           {"reason": "two people"})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + "rasmus-holm")
    back = (await ds.client.get(PAGE + "rasmus-holm.json")).json()
    assert back["speaker"]["claim_count"] == 2 and back["corrections"][0]["in_force"] is False


@pytest.mark.asyncio
async def test_a_merge_the_route_refuses_says_why_in_words(db):
    ds = make_datasette([db], config=REVIEWERS)
    for into, said in (("Nobody Known", "No speaker is named"), ("Rasmus Holm", "cannot be merged into itself"),
                       ("", "Name the speaker")):
        r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge", {"into": into})
        assert r.status_code == 400 and said in r.text and "Traceback" not in r.text, (into, r.text)
    assert sqlite3.connect(db).execute("select count(*) from corrections").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_a_name_two_speakers_share_asks_for_the_id(db):
    with sqlite3.connect(db) as conn:
        conn.execute("insert into speakers (id, name, kind, aliases, claim_count) "
                     "values ('tove-lindqvist-2', 'Tove Lindqvist', 'person', '[]', 0)")
    ds = make_datasette([db], config=REVIEWERS)
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge", {"into": "Tove Lindqvist"})
    assert r.status_code == 400 and "More than one speaker is named" in r.text
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge", {"into": "tove-lindqvist-2"})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + "tove-lindqvist-2")


@pytest.mark.asyncio
async def test_the_merge_history_is_as_private_as_the_corrections_table(db):
    config = dict(REVIEWERS, databases={"claims": {"tables": {"corrections": {"allow": {"id": "alice"}}}}})
    ds = make_datasette([db], config=config)
    conn = sqlite3.connect(db)
    with conn:
        corrections.record(conn, "speaker_merge", claim_id="rasmus-holm", other_id="tove-lindqvist",
                           reason="a private note")
    anonymous = await ds.client.get(PAGE + "tove-lindqvist.json")
    assert anonymous.status_code == 200 and anonymous.json()["corrections"] == []
    assert (await ds.client.get(PAGE + "rasmus-holm.json")).status_code == 404  # no redirect through it
    alice = await ds.client.get(PAGE + "tove-lindqvist", cookies=actor_cookies(ds, "alice"))
    assert "a private note" in alice.text


@pytest.mark.asyncio
async def test_the_merge_history_escapes_the_names(claims_db_path):
    conn = sqlite3.connect(claims_db_path)
    jones = conn.execute("select speaker_id from claims where article_id = 'star-1' limit 1").fetchone()[0]
    with conn:
        corrections.record(conn, "speaker_merge", claim_id=jones, other_id="jane-doe", reason="<i>same</i>")
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    html = (await ds.client.get(PAGE + "jane-doe", cookies=actor_cookies(ds, "alice"))).text
    assert "Bob &lt;script&gt;alert(" in html and '<script>alert("speaker")' not in html
    assert "&lt;i&gt;same&lt;/i&gt;" in html


@pytest.mark.asyncio
async def test_a_person_is_not_merged_into_an_organisation_until_one_is_filed_as_the_other(db):
    # the machine read a harbour office as a person ("Port engineer Rasmus Holm" stands in
    # for a body here): the merge says why it is refused and what to do, and records nothing
    with sqlite3.connect(db) as conn:
        conn.execute("update speakers set kind = 'organisation' where id = 'tove-lindqvist'")
    ds = make_datasette([db], config=REVIEWERS)
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge",
                           {"into": "Tove Lindqvist", "reason": "one office"})
    assert r.status_code == 400 and "Traceback" not in r.text, r.text
    assert "Rasmus Holm is filed as a person and Tove Lindqvist as an organisation" in r.text
    assert "File as" in r.text
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from corrections").fetchone()[0] == 0
    assert _claims(conn, "rasmus-holm") == 2
    # filed as an organisation first, it merges
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/kind",
                           {"kind": "organisation", "reason": "a harbour office"})
    assert r.status_code == 302, r.text
    r = await post_form_as(ds, "alice", PAGE + "rasmus-holm", PAGE + "rasmus-holm/merge", {"into": "Tove Lindqvist"})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + "tove-lindqvist")
    assert _claims(conn, "tove-lindqvist") == 4
