"""Reviewers' corrections are history applied over the machine's output: they survive
``match --rebuild`` and the reload of a changed article (invented texts)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

from conftest import VIEW_DOCS, write_docs
from datasette_claims import corrections
from datasette_claims.corrections import CorrectionError

TAX_A, TAX_B = "hansard.2020/01:0-50", "planet-1:0-50"


def _load(db, tmp_path, docs=VIEW_DOCS):
    r = CliRunner().invoke(cli, ["claims", "load", str(db), write_docs(tmp_path, docs)])
    assert r.exit_code == 0, r.output


def _rebuild(db):
    r = CliRunner().invoke(cli, ["claims", "match", str(db), "--rebuild"])
    assert r.exit_code == 0, r.output


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    _load(path, tmp_path)
    return path


def _conn(path):
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    return conn


def _linked(conn, a, b):
    return conn.execute("select 1 from claim_matches where (claim_a = ? and claim_b = ?) "
                        "or (claim_a = ? and claim_b = ?)", [a, b, b, a]).fetchone() is not None


def _nobody(conn):
    return conn.execute("select id, speaker from claims where article_id = 'planet-1' "
                        "and content like 'Nobody expected%'").fetchone()


def test_a_fixed_speaker_survives_rebuild_and_reload(db, tmp_path):
    conn = _conn(db)
    cid = _nobody(conn)[0]
    corrections.record(conn, "speaker", claim_id=cid, value="Ola Brenn", reason="the harbour master said it",
                       actor="ines")
    assert conn.execute("select speaker, speaker_id from claims where id = ?", [cid]).fetchone() == (
        "Ola Brenn", "ola-brenn")
    _rebuild(db)
    assert conn.execute("select speaker from claims where id = ?", [cid]).fetchone() == ("Ola Brenn",)
    # the article changes (a sentence added in front): the claim moves, the fix follows its words
    docs = [dict(d) for d in VIEW_DOCS]
    docs[1]["text"] = "A new first sentence about the weather is here. " + docs[1]["text"]
    _load(db, tmp_path, docs)
    row = _nobody(conn)
    assert row[0] != cid and row[1] == "Ola Brenn"
    history = corrections.machine_and_corrected(conn, row[0])
    assert history[0]["machine_value"]["speaker"] == "Jane Doe" and history[0]["value"] == "Ola Brenn"
    assert history[0]["actor"] == "ines" and history[0]["in_force"]


def test_a_rejected_link_never_comes_back(db):
    conn = _conn(db)
    assert _linked(conn, TAX_A, TAX_B)
    corrections.record(conn, "link_reject", claim_id=TAX_A, other_id=TAX_B, reason="different pledges", actor="ines")
    assert not _linked(conn, TAX_A, TAX_B)
    _rebuild(db)
    assert not _linked(conn, TAX_A, TAX_B)
    assert conn.execute("select story_id from claims where id = ?", [TAX_A]).fetchone()[0] is None


def test_a_confirmed_link_makes_a_story_that_survives_rebuild(db):
    conn = _conn(db)
    a = "hansard.2020/01:51-105"
    b = conn.execute("select id from claims where article_id = 'star-1' and content like 'Farmers%'").fetchone()[0]
    corrections.record(conn, "link_confirm", claim_id=a, other_id=b, actor="ines")
    _rebuild(db)
    assert _linked(conn, a, b)
    sa, sb = conn.execute("select story_id from claims where id in (?, ?) order by id", [a, b]).fetchall()
    assert sa[0] is not None and sa == sb
    method = conn.execute("select method from claim_matches where claim_a in (?, ?) and claim_b in (?, ?)",
                          [a, b, a, b]).fetchone()[0]
    assert method == "reviewer"


def test_not_a_claim_stays_gone_and_an_undo_brings_it_back(db):
    conn = _conn(db)
    cid = "hansard.2020/01:106-153"
    n = corrections.record(conn, "not_a_claim", claim_id=cid, actor="ines")
    assert conn.execute("select 1 from claims where id = ?", [cid]).fetchone() is None
    _rebuild(db)
    assert conn.execute("select 1 from claims where id = ?", [cid]).fetchone() is None
    corrections.record(conn, "undo", other_id=str(n), actor="ines")
    assert conn.execute("select content from claims where id = ?", [cid]).fetchone()[0].startswith("Our hospitals")


def test_sourcing_and_quote_type_and_their_undo(db):
    conn = _conn(db)
    n = corrections.record(conn, "sourcing", claim_id=TAX_A, value="unnamed_official", actor="ines")
    corrections.record(conn, "quote_type", claim_id=TAX_A, value="indirect", actor="ines")
    _rebuild(db)
    assert conn.execute("select sourcing, quote_type from claims where id = ?", [TAX_A]).fetchone() == (
        "unnamed_official", "indirect")
    corrections.record(conn, "undo", other_id=str(n))
    assert conn.execute("select sourcing from claims where id = ?", [TAX_A]).fetchone()[0] == "named_person"


def test_an_undone_correction_cannot_be_undone_again(db):
    conn = _conn(db)
    other = conn.execute("select speaker_id from claims where article_id = 'star-1' limit 1").fetchone()[0]
    n = corrections.record(conn, "speaker_merge", claim_id=other, other_id="jane-doe", actor="ines")
    corrections.record(conn, "undo", other_id=str(n))
    before = conn.execute("select count(*) from corrections").fetchone()[0]
    with pytest.raises(CorrectionError, match="already undone"):
        corrections.record(conn, "undo", other_id=str(n))
    assert conn.execute("select count(*) from corrections").fetchone()[0] == before
    assert conn.execute("select count(*) from claims where speaker_id = ?", [other]).fetchone()[0] == 2


def test_speaker_merge_and_undo(db):
    conn = _conn(db)
    other = conn.execute("select speaker_id from claims where article_id = 'star-1' limit 1").fetchone()[0]
    n = corrections.record(conn, "speaker_merge", claim_id=other, other_id="jane-doe", actor="ines")
    assert conn.execute("select count(*) from claims where speaker_id = ?", [other]).fetchone()[0] == 0
    aliases = json.loads(conn.execute("select aliases from speakers where id = 'jane-doe'").fetchone()[0])
    assert any("Jones" in a for a in aliases)
    corrections.record(conn, "undo", other_id=str(n))
    assert conn.execute("select count(*) from claims where speaker_id = ?", [other]).fetchone()[0] == 2


def test_moving_a_claim_to_another_story(db):
    conn = _conn(db)
    story = conn.execute("select story_id from claims where id = ?", [TAX_A]).fetchone()[0]
    mover = conn.execute("select id from claims where article_id = 'star-1' and content like 'Farmers%'").fetchone()[0]
    corrections.story_moves(conn, mover, story, "same pledge", "ines")
    _rebuild(db)
    new_story = conn.execute("select story_id from claims where id = ?", [TAX_A]).fetchone()[0]
    assert conn.execute("select story_id from claims where id = ?", [mover]).fetchone()[0] == new_story


@pytest.mark.parametrize("kind,kw,message", [
    ("speaker", {"claim_id": "nope", "value": "X"}, "Claim not found"),
    ("speaker", {"claim_id": TAX_A, "value": " "}, "speaker name"),
    ("sourcing", {"claim_id": TAX_A, "value": "gossip"}, "sourcing must be"),
    ("link_reject", {"claim_id": TAX_A, "other_id": TAX_A}, "other claim"),
    ("undo", {"other_id": "999"}, "existing correction"),
    ("rename", {}, "kind must be"),
])
def test_bad_corrections_are_refused(db, kind, kw, message):
    conn = _conn(db)
    with pytest.raises(CorrectionError, match=message):
        corrections.record(conn, kind, **kw)
    assert conn.execute("select count(*) from corrections").fetchone()[0] == 0
