"""A denial and the statement it denies are not the same claim: "The board
has denied reports that the wing will close" against "The wing will close"
is a ``conflict`` link (shown on the claim page, kept out of stories), while
two reports of the statement itself stay ``same``."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

REPORTS = [
    {"id": "r1", "outlet": "Bay Courier", "published": "2031-03-02",
     "text": "The ferry depot at Kelp Point will close next spring, two council officials said on Monday."},
    {"id": "r2", "outlet": "Harbour Times", "published": "2031-03-03",
     "text": "The council has denied reports that the ferry depot at Kelp Point will close next spring."},
    {"id": "r3", "outlet": "Coast News", "published": "2031-03-03",
     "text": "The ferry depot at Kelp Point will close next spring, council officials said on Monday."},
]


def test_a_denial_conflicts_with_what_it_denies(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select a.article_id, b.article_id, m.kind, a.stance, b.stance from claim_matches m "
        "join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b").fetchall()
    denial_links = [kind for _, _, kind, sa, sb in rows if "denial" in (sa, sb)]
    assert denial_links and set(denial_links) == {"conflict"}
    assert [kind for a, b, kind, *_ in rows if (a, b) == ("r1", "r3")] == ["same"]
    stories = dict(conn.execute("select article_id, story_id from claims where stance = 'denial'"))
    assert stories == {"r2": None}  # a conflict link makes no story


def test_a_clause_wrapped_in_a_negation_is_not_the_same_claim(tmp_path):
    reports = [
        {"id": "f1", "outlet": "Bay Courier", "published": "2031-04-02",
         "text": "The boathouse fire at Kelp Point was started deliberately, the fire chief Ivo Brandt said."},
        {"id": "f2", "outlet": "Harbour Times", "published": "2031-04-03",
         "text": "There is no evidence that the boathouse fire at Kelp Point was started deliberately, "
                 "the fire chief Ivo Brandt said."},
    ]
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in reports))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    kinds = [k for (k,) in sqlite3.connect(db).execute("select kind from claim_matches")]
    assert "same" not in kinds
