"""A reviewer files a speaker the machine read as a person as an organisation (or
back), from the speaker page: the ClaimReview claimant's @type follows, a reload
keeps it, Undo gives the machine's kind back.  Invented texts, the real CLI, a
real Datasette, the form as a browser posts it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import load_docs_with_cli, load_with_cli, make_datasette, post_form_as, write_docs
from test_factcheck_web import REVIEWERS

DOCS = [
    {"id": "cape-1", "outlet": "Gull Press Agency", "published": "2026-03-08", "title": "Turbines approved",
     "text": "The Cape Morrow wind farm was approved on Sunday. Conservation group Tern Watch said the "
             "turbines would harm seabird colonies."},
]
PAGE = "/claims/-/claims/speaker/"


@pytest.fixture
def db(tmp_path):
    return load_docs_with_cli(tmp_path, DOCS)


def _speaker(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select s.id, s.kind from claims c join speakers s on s.id = c.speaker_id "
                            "where c.content like '%seabird%'").fetchone()


@pytest.mark.asyncio
async def test_reviewer_files_a_speaker_as_the_other_kind_and_undoes_it(db, tmp_path):
    sid, machine = _speaker(db)
    other = "person" if machine == "organisation" else "organisation"
    ds = make_datasette([db], config=REVIEWERS)
    page = (await ds.client.get(PAGE + sid, cookies={"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")})).text
    assert f'action="/claims/-/claims/speaker/{sid}/kind"' in page and f'value="{other}"' in page
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": other, "reason": "a <b>charity</b>"})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + sid)
    assert _speaker(db)[1] == other
    shown = (await ds.client.get(PAGE + sid, cookies={"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")})).text
    assert f"{machine} → {other}" in shown and "a &lt;b&gt;charity&lt;/b&gt;" in shown
    data = (await ds.client.get(PAGE + sid + ".json")).json()
    kinds = [c for c in data["corrections"] if c["kind"] == "speaker_kind"]
    assert kinds and kinds[0]["value"] == other and kinds[0]["machine_value"] == machine

    # a reload of the same texts, and another text quoting the speaker, keep the reviewer's kind
    more = tmp_path / "more"
    more.mkdir()
    docs = [{**DOCS[0], "id": "cape-2", "outlet": "Skerry Times",
             "text": DOCS[0]["text"] + " Tern Watch said it would appeal."}]
    load_with_cli(db, write_docs(more, docs))
    assert _speaker(db)[1] == other

    # Undo gives the machine's kind back
    number = kinds[0]["id"]
    r = await post_form_as(ds, "alice", PAGE + sid, f"/claims/-/claims/correction/{number}/undo", {})
    assert r.status_code == 302 and r.headers["location"].endswith(PAGE + sid)
    assert _speaker(db)[1] == machine


@pytest.mark.asyncio
async def test_speaker_kind_refusals(db):
    sid, machine = _speaker(db)
    ds = make_datasette([db], config=REVIEWERS)
    # anonymous: no form, 403 on POST
    assert "/kind" not in (await ds.client.get(PAGE + sid)).text
    r = await post_form_as(ds, None, PAGE + sid, PAGE + sid + "/kind", {"kind": "person"})
    assert r.status_code == 403
    # not a kind, the kind it already has, an unknown speaker: a message, never a traceback
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": "robot"})
    assert r.status_code == 400 and "person, organisation" in r.text and "Traceback" not in r.text
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": machine})
    assert r.status_code == 400 and "already filed as" in r.text
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + "nobody-here/kind", {"kind": "person"})
    assert r.status_code == 404
    assert _speaker(db)[1] == machine
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from corrections").fetchone()[0] == 0


@pytest.mark.asyncio
async def test_claimreview_claimant_follows_the_kind(db):
    sid, machine = _speaker(db)
    ds = make_datasette([db], config=REVIEWERS)
    with sqlite3.connect(db) as conn:
        claim = conn.execute("select id from claims where speaker_id = ?", [sid]).fetchone()[0]
    from datasette_claims.views.base import encode_id

    url = f"/claims/-/claims/claim/{encode_id(claim)}"
    r = await post_form_as(ds, "alice", url, url + "/verdict", {"rating": "False"})
    assert r.status_code == 302
    other = "person" if machine == "organisation" else "organisation"
    await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": other})
    review = json.loads((await ds.client.get("/claims/-/claims/claimreview.json")).text)
    assert review[0]["itemReviewed"]["author"]["@type"] == ("Organization" if other == "organisation" else "Person")


def _sourcing(db, sid):
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("select sourcing from claims where speaker_id = ? order by id", [sid])]


# a campaign group's name that reads as a person's
GROUP_DOCS = [{"id": "fen-1", "outlet": "Gull Press Agency", "published": "2026-03-08", "title": "Turbines",
               "text": "The Cape Morrow wind farm was approved on Sunday. Campaigner Marram Fenwick said the "
                       "turbines would harm seabird colonies. Marram Fenwick said it would appeal the decision. "
                       "Marram Fenwick said the colony had shrunk by a third since 2020."}]


@pytest.mark.asyncio
async def test_the_claims_sourcing_follows_the_kind_and_undo_gives_it_back(tmp_path):
    """A body filed as an organisation is a named organisation's claim on every page and in
    the sourcing filters, not a named person's; a claim whose sourcing a reviewer set keeps it."""
    db = load_docs_with_cli(tmp_path, GROUP_DOCS)
    with sqlite3.connect(db) as conn:
        sid, kind = conn.execute("select id, kind from speakers where name = 'Marram Fenwick'").fetchone()
        kept = conn.execute("select id from claims where speaker_id = ? order by id limit 1", [sid]).fetchone()[0]
    before = _sourcing(db, sid)
    assert kind == "person" and before == ["named_person"] * 3
    ds = make_datasette([db], config=REVIEWERS)
    from datasette_claims.views.base import encode_id

    url = f"/claims/-/claims/claim/{encode_id(kept)}"
    r = await post_form_as(ds, "alice", url, url + "/correct", {"kind": "sourcing", "value": "document"})
    assert r.status_code == 302, r.text
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": "organisation"})
    assert r.status_code == 302
    assert _sourcing(db, sid) == ["document", "named_org", "named_org"]
    # the pages say so, and the sourcing filter finds them
    data = (await ds.client.get("/claims/-/claims/search.json?q=colony+had+shrunk&sourcing=named_org")).json()
    assert any("colony" in row["claim"]["content"] for row in data["results"])
    speaker = (await ds.client.get(PAGE + sid)).text
    assert "Named organisation" in speaker and "Named person" not in speaker
    # a reload of the text keeps it
    (tmp_path / "again").mkdir()
    load_with_cli(db, write_docs(tmp_path / "again", [dict(GROUP_DOCS[0], text=GROUP_DOCS[0]["text"] + " More soon.")]))
    assert sorted(_sourcing(db, sid)) == ["document", "named_org", "named_org"]
    # undo: the machine's sourcing back, the reviewer's own sourcing kept
    data = (await ds.client.get(PAGE + sid + ".json")).json()
    number = [c for c in data["corrections"] if c["kind"] == "speaker_kind"][0]["id"]
    r = await post_form_as(ds, "alice", PAGE + sid, f"/claims/-/claims/correction/{number}/undo", {})
    assert r.status_code == 302
    assert sorted(_sourcing(db, sid)) == ["document", "named_person", "named_person"]


@pytest.mark.asyncio
async def test_undo_gives_back_only_the_sourcing_the_change_of_kind_made(tmp_path):
    """A claim the machine itself sourced as a named organisation under a speaker filed as a
    person (as the extractor does for a bare surname now and then) is not one the change of
    kind made: its undo leaves it as the machine had it, and gives back the others."""
    db = load_docs_with_cli(tmp_path, GROUP_DOCS)
    with sqlite3.connect(db) as conn:
        sid = conn.execute("select id from speakers where name = 'Marram Fenwick'").fetchone()[0]
        ids = [r[0] for r in conn.execute("select id from claims where speaker_id = ? order by id", [sid])]
        # the machine's own reading of one claim (set here as a load of other wording gives it)
        conn.execute("update claims set sourcing = 'named_org' where id = ?", [ids[0]])
    assert _sourcing(db, sid) == ["named_org", "named_person", "named_person"]
    ds = make_datasette([db], config=REVIEWERS)
    r = await post_form_as(ds, "alice", PAGE + sid, PAGE + sid + "/kind", {"kind": "organisation"})
    assert r.status_code == 302
    assert _sourcing(db, sid) == ["named_org"] * 3
    data = (await ds.client.get(PAGE + sid + ".json")).json()
    [kind] = [c for c in data["corrections"] if c["kind"] == "speaker_kind"]
    assert kind["machine_value"] == "person"  # what the page and its JSON show: the machine's kind
    assert "person → organisation" in (await ds.client.get(PAGE + sid)).text
    r = await post_form_as(ds, "alice", PAGE + sid, f"/claims/-/claims/correction/{kind['id']}/undo", {})
    assert r.status_code == 302
    assert _sourcing(db, sid) == ["named_org", "named_person", "named_person"]
