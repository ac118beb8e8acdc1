"""Merging and splitting stories: one correction each, in force at once, kept through
``claims match --rebuild`` and a reload, and taken back by one undo (invented texts)."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

from conftest import VIEW_DOCS, write_docs
from datasette_claims import corrections, story_corrections
from datasette_claims.corrections import CorrectionError

TAX_A, TAX_B = "hansard.2020/01:0-50", "planet-1:0-50"
NURSES, DIESEL = "hansard.2020/01:106-153", "star-1:84-129"


def _run(*args):
    r = CliRunner().invoke(cli, ["claims", *args])
    assert r.exit_code == 0, r.output


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    _run("load", str(path), write_docs(tmp_path, VIEW_DOCS))
    return path


def _conn(path):
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    return conn


def story(conn, claim_id):
    return conn.execute("select story_id from claims where id = ?", [claim_id]).fetchone()[0]


def _two_stories(conn):
    corrections.record(conn, "link_confirm", claim_id=NURSES, other_id=DIESEL, actor="ines")
    assert story(conn, NURSES) == story(conn, DIESEL) is not None  # regrouped at once
    assert story(conn, NURSES) != story(conn, TAX_A)
    return story(conn, TAX_A), story(conn, NURSES)


def test_merge_takes_effect_at_once_survives_rebuild_and_undo_takes_it_back(db):
    conn = _conn(db)
    tax, nurses = _two_stories(conn)
    number, merged = story_corrections.story_merge(conn, nurses, tax, "one budget story", "ines")
    assert {story(conn, c) for c in (TAX_A, TAX_B, NURSES, DIESEL)} == {merged}
    assert conn.execute("select claim_count from stories where id = ?", [merged]).fetchone()[0] == 4
    assert conn.execute("select count(*) from stories").fetchone()[0] == 1
    _run("match", str(db), "--rebuild")
    assert len({story(conn, c) for c in (TAX_A, TAX_B, NURSES, DIESEL)}) == 1
    corrections.record(conn, "undo", other_id=str(number), actor="ines")
    assert story(conn, TAX_A) == story(conn, TAX_B) != story(conn, NURSES) == story(conn, DIESEL)
    _run("match", str(db), "--rebuild")
    assert story(conn, TAX_A) != story(conn, NURSES)


def test_split_keeps_both_parts_through_rebuild_and_undo_merges_them_again(db):
    conn = _conn(db)
    tax, nurses = _two_stories(conn)
    _, merged = story_corrections.story_merge(conn, nurses, tax, None, "ines")
    number, left, off = story_corrections.story_split(conn, merged, [NURSES, DIESEL], "two pledges", "ines")
    assert story(conn, TAX_A) == story(conn, TAX_B) == left
    assert story(conn, NURSES) == story(conn, DIESEL) == off != left
    _run("match", str(db), "--rebuild")
    assert story(conn, TAX_A) == story(conn, TAX_B) != story(conn, NURSES) == story(conn, DIESEL)
    corrections.record(conn, "undo", other_id=str(number))
    assert len({story(conn, c) for c in (TAX_A, TAX_B, NURSES, DIESEL)}) == 1


def test_splitting_the_machines_story_cuts_its_link_and_undo_restores_it(db):
    conn = _conn(db)
    tax = story(conn, TAX_A)
    method = conn.execute("select method from claim_matches").fetchone()[0]
    number, left, off = story_corrections.story_split(conn, tax, [TAX_B], None, "ines")
    assert left is None and off is None  # one claim each side: no story left
    assert conn.execute("select count(*) from claim_matches").fetchone()[0] == 0
    _run("match", str(db), "--rebuild")
    assert story(conn, TAX_A) is None and conn.execute("select count(*) from claim_matches").fetchone()[0] == 0
    corrections.record(conn, "undo", other_id=str(number))
    # the machine's own link is back at once, not a reviewer's
    assert conn.execute("select method from claim_matches").fetchone()[0] == method
    assert story(conn, TAX_A) == story(conn, TAX_B) is not None


def test_a_later_ruling_wins_over_an_earlier_one(db):
    conn = _conn(db)
    tax = story(conn, TAX_A)
    story_corrections.story_split(conn, tax, [TAX_B], None, "ines")
    corrections.record(conn, "link_confirm", claim_id=TAX_A, other_id=TAX_B, actor="ines")
    assert story(conn, TAX_A) == story(conn, TAX_B) is not None
    _run("match", str(db), "--rebuild")
    assert story(conn, TAX_A) == story(conn, TAX_B) is not None


def test_a_merge_survives_reloading_a_changed_article(db, tmp_path):
    conn = _conn(db)
    tax, nurses = _two_stories(conn)
    story_corrections.story_merge(conn, nurses, tax, None, "ines")
    docs = [dict(d) for d in VIEW_DOCS]
    for d in docs:
        if d["id"] == "hansard.2020/01":
            d["text"] = "Opening remarks were made. " + d["text"]
    _run("load", str(db), write_docs(tmp_path, docs))
    moved = conn.execute("select id from claims where content like 'Our hospitals%'").fetchone()[0]
    assert moved != NURSES
    tax_a = conn.execute("select id from claims where content = ? and article_id = 'hansard.2020/01'",
                         ["We will cut the fuel tax by ten percent next year."]).fetchone()[0]
    assert story(conn, moved) == story(conn, tax_a) == story(conn, DIESEL) is not None


@pytest.mark.parametrize("kind,ask,message", [
    ("merge", {"into": "nope"}, "No story has that id or address"),
    ("merge", {"into": None}, "another story"),
    ("split", {"claims": []}, "Pick the claims"),
    ("split", {"claims": [NURSES]}, "must be in the story"),
    ("split", {"claims": [TAX_A, TAX_B]}, "at least one claim"),
])
def test_bad_story_corrections_are_refused(db, kind, ask, message):
    conn = _conn(db)
    tax = story(conn, TAX_A)
    with pytest.raises(CorrectionError, match=message):
        if kind == "merge":
            story_corrections.story_merge(conn, tax, ask["into"] or tax, None, None)
        else:
            story_corrections.story_split(conn, tax, ask["claims"], None, None)
    assert conn.execute("select count(*) from corrections").fetchone()[0] == 0
