"""After matching, the queue's bounds are refreshed for what matching touched (its
claims, their stories and speakers) instead of every claim: the same bounds, row for
row, as refreshing every claim."""

from __future__ import annotations

import shutil
import sqlite3

from conftest import build_claims_db, write_docs
from datasette_claims import queue_scores
from datasette_claims.loader import load
from datasette_claims.matching import pipeline
from datasette_claims.store import open_db
from datasette_claims.store.articles import unmatched_articles

FIRST = [
    {"id": f"hall-{i}", "kind": "transcript", "speaker": "Marta Quill", "outlet": "Harbour Post",
     "date": f"2021-05-0{i + 1}", "title": f"Council hall {i}",
     "text": f"The ferry toll across the Vennel channel will rise by {10 + i} percent next spring. "
             f"Nobody on the council has read the report on the {['dock', 'quay', 'pier'][i]} repairs."}
    for i in range(3)
] + [
    {"id": f"other-{i}", "kind": "transcript", "speaker": f"Ivo Brandt {i}", "outlet": "Valley News",
     "date": "2021-05-04", "title": f"Other {i}",
     "text": f"The orchard cooperative sold {200 + i} crates of plums at the autumn fair."}
    for i in range(4)
]
SECOND = [
    # a reprint of hall-0 and a new report repeating it: hall-0's story grows
    {"id": "reprint-0", "kind": "transcript", "speaker": "Marta Quill", "outlet": "Coast Daily",
     "date": "2021-05-02", "title": "Council hall, again", "text": FIRST[0]["text"]},
    # the same person named with her office: one speaker once aliases are merged,
    # with enough claims to count as a public figure
    {"id": "minister", "kind": "transcript", "speaker": "Minister Marta Quill", "outlet": "Coast Daily",
     "date": "2021-05-09", "title": "Minister speaks",
     "text": "The lighthouse keepers will get their pensions back by August. "
             "The new breakwater at Selby Point will be finished in two winters."},
]


def _scores(conn) -> dict:
    return dict(conn.execute("select claim_id, score from claim_scores"))


def test_refreshing_what_matching_noted_gives_the_bounds_of_a_full_refresh(tmp_path):
    path = build_claims_db(tmp_path, docs=FIRST)
    load(path, [], match=True)  # matched, bounds for every claim
    load(path, [write_docs(_dir(tmp_path, "second"), SECOND)], match=False)
    conn = sqlite3.connect(path)
    before = _scores(conn)
    new = [r[0] for r in conn.execute("select id from claims where article_id in ('reprint-0', 'minister')")]
    conn.execute("delete from claim_scores where claim_id in (%s)" % ",".join("?" * len(new)), new)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    copy = str(tmp_path / "copy.db")
    shutil.copyfile(path, copy)
    results = {}
    for which, p in (("noted", path), ("full", copy)):
        db = open_db(p)
        pipeline.match_articles(db, unmatched_articles(db.conn))
        if which == "noted":
            noted = db.conn.execute("select count(*) from temp._score_noted").fetchone()[0]
            changed = queue_scores.refresh_noted(db.conn)
        else:
            queue_scores.refresh(db.conn)
        db.conn.commit()
        results[which] = _scores(db.conn)
    total = len(results["full"])
    assert results["noted"] == results["full"]
    assert changed > 0 and noted < total  # it did refresh, and not every claim
    assert set(results["noted"]) >= set(new)  # the new claims have their bounds
    # and old claims' bounds moved with their story (it gained an outlet) and their
    # speaker (merged with an alias, now a public figure): not only the new claims'
    moved = {c for c, score in before.items() if c not in new and results["noted"][c] != score}
    hall = {r[0] for r in open_db(path).conn.execute("select id from claims where article_id like 'hall-%'")}
    assert moved and moved <= hall, (moved, hall)
    db = open_db(path)
    assert queue_scores.refresh(db.conn) == 0  # nothing left behind
    speakers = dict(db.conn.execute("select name, claim_count from speakers"))
    assert speakers.get("Marta Quill", 0) >= queue_scores.PUBLIC_FIGURE_CLAIMS, speakers


def test_a_reload_refreshes_every_claim(tmp_path):
    path = build_claims_db(tmp_path, docs=FIRST)
    load(path, [], match=True)
    changed = [dict(FIRST[1], text="The ferry toll will not rise at all.")]
    load(path, [write_docs(_dir(tmp_path, "again"), changed)], match=False)
    db = open_db(path)
    pipeline.match_articles(db, unmatched_articles(db.conn))
    assert db.conn.execute("select id from temp._score_noted").fetchall() == [(queue_scores.ALL,)]
    queue_scores.refresh_noted(db.conn)
    db.conn.commit()
    assert queue_scores.refresh(db.conn) == 0


def _dir(tmp_path, name):
    d = tmp_path / name
    d.mkdir()
    return d


def test_claims_match_leaves_the_bounds_of_a_full_refresh(tmp_path):
    from click.testing import CliRunner
    from datasette.cli import cli

    path = build_claims_db(tmp_path, docs=FIRST)
    load(path, [], match=True)
    load(path, [write_docs(_dir(tmp_path, "second"), SECOND)], match=False)
    r = CliRunner().invoke(cli, ["claims", "match", path])
    assert r.exit_code == 0, r.output
    assert "links" in r.output
    db = open_db(path)
    assert db.conn.execute("select count(*) from claim_scores").fetchone()[0] == \
        db.conn.execute("select count(*) from claims").fetchone()[0]
    assert queue_scores.refresh(db.conn) == 0
