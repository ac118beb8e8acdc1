"""A load without matching that only adds articles refreshes the review queue's bounds
of what it wrote (its claims, their speakers and stories), not of every claim: the
same rows, rowids and bounds as refreshing every claim, at a cost that does not grow
with the database.  A load that replaces an article still refreshes every bound."""

from __future__ import annotations

import shutil
import sqlite3

from conftest import build_claims_db, write_docs
from datasette_claims import queue_scores
from datasette_claims.loader import load
from datasette_claims.store import open_db


def _doc(ident: str, speaker: str, text: str, outlet: str = "Harbour Post") -> dict:
    return {"id": ident, "kind": "transcript", "speaker": speaker, "outlet": outlet, "date": "2021-05-03",
            "title": f"Hall {ident}", "text": text}


FIRST = [
    _doc("hall-0", "Marta Quill", "The ferry toll across the Vennel channel will rise by 12 percent next spring. "
                                  "Nobody on the council has read the report on the dock repairs."),
    _doc("hall-1", "Marta Quill", "The quay lights will be replaced before the winter storms arrive. "
                                  "The harbour fund spent 40,000 crowns on new moorings last year."),
    _doc("fair-0", "Ivo Brandt", "The orchard cooperative sold 200 crates of plums at the autumn fair.",
         outlet="Valley News"),
]
# Marta Quill's fifth and sixth claims: a public figure now, so her earlier claims' bounds rise.
# (the second one's id sorts first: the rows still follow the claims' order)
ADDED = [_doc("hall-2", "Marta Quill", "The pier will reopen to fishing boats in the first week of June. "
                                       "Every berth on the north wall has been let for the season."),
         _doc("annex-0", "Petra Lund", "The cider press at the annex will open to growers in October.",
              outlet="Valley News")]


def _docs(tmp_path, name: str, docs: list) -> str:
    folder = tmp_path / name
    folder.mkdir()
    return write_docs(folder, docs)


def _rows(path: str) -> list:
    conn = sqlite3.connect(path)
    return conn.execute("select rowid, claim_id, text_score, score, speaker_id, outlet "
                        "from claim_scores order by rowid").fetchall()


def _bound(path: str, article: str) -> dict:
    conn = sqlite3.connect(path)
    return dict(conn.execute("select s.claim_id, s.score from claim_scores s join claims c on c.id = s.claim_id "
                             "where c.article_id = ?", [article]))


def _spoil(path: str, article: str) -> None:
    """A wrong bound on one claim of ``article``: only a refresh of every claim puts it right."""
    conn = sqlite3.connect(path)
    conn.execute("update claim_scores set score = 99 where claim_id = "
                 "(select id from claims where article_id = ? order by rowid limit 1)", [article])
    conn.commit()
    conn.close()


def _twin(tmp_path, path: str) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    copy = str(tmp_path / "twin.db")
    shutil.copyfile(path, copy)
    return copy


def test_a_load_that_adds_articles_refreshes_only_what_it_wrote(tmp_path):
    path = build_claims_db(tmp_path, docs=FIRST)
    twin = _twin(tmp_path, path)
    before = _bound(path, "hall-0")
    _spoil(path, "fair-0")
    load(path, [_docs(tmp_path, "added", ADDED)], match=False)
    db = open_db(twin)  # the same load, its bounds then refreshed for every claim
    load(db, [_docs(tmp_path, "added-twin", ADDED)], match=False)
    queue_scores.refresh(db.conn)
    db.conn.commit()
    mine, full = _rows(path), _rows(twin)
    spoilt = [r for r in mine if r[3] == 99]
    assert len(spoilt) == 1  # the claim the load did not touch kept its (spoilt) bound
    assert [r for r in mine if r[3] != 99] == [r for r in full if r[1] != spoilt[0][1]]
    assert len(mine) == len(full) and {r[1] for r in mine} >= set(_bound(path, "hall-2"))
    after = _bound(path, "hall-0")
    assert all(after[c] > before[c] for c in before)  # her earlier claims: now a public figure's


def test_a_load_that_replaces_an_article_refreshes_every_bound(tmp_path):
    path = build_claims_db(tmp_path, docs=FIRST)
    _spoil(path, "fair-0")
    changed = [dict(FIRST[1], text=FIRST[1]["text"].replace("40,000", "45,000"))]
    report = load(path, [_docs(tmp_path, "changed", changed)], match=False)
    assert report.updated == 1
    assert 99 not in _bound(path, "fair-0").values()


def test_claims_left_without_a_bound_get_one_on_the_next_load(tmp_path):
    path = build_claims_db(tmp_path, docs=FIRST)
    conn = sqlite3.connect(path)
    conn.execute("delete from claim_scores where claim_id in (select id from claims where article_id = 'fair-0')")
    conn.commit()
    conn.close()
    assert _bound(path, "fair-0") == {}  # as a load cut short before its refresh leaves them
    load(path, [_docs(tmp_path, "added", ADDED)], match=False)
    assert len(_bound(path, "fair-0")) == 1
    assert queue_scores.refresh(open_db(path).conn) == 0  # every bound right
