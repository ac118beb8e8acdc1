"""A story is one statement: a report that runs two quotations together in
one paraphrase links to both, and must not pull the two quotations of the
wire it paraphrases into one story.  Invented reports."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.matching.stories import Reports, group_stories, write_stories

WIRE = (
    "SANTA ROSA, June 3, 2031 (AFP) - Veloria will grant no new lithium concessions to foreign companies, "
    "Mining Minister Tomas Arrieta said on Tuesday.\n\n"
    "\"We are not going to hand over the lithium of Velorians to anyone while the rules are not clear,\" "
    "Arrieta told a radio station, in remarks translated by AFP.\n\n"
    "\"In these hard times, the state has to be present in the strategic sectors,\" the minister added.\n"
)
REWRITE = (
    "Veloria's Mining Minister Tomas Arrieta said on Tuesday that the country would not hand its lithium over "
    "to anyone while the rules remained unclear, and that the state had to be present in strategic sectors "
    "during hard times.\n\nShares in lithium producers fell.\n"
)
OTHER = (
    "\"In these difficult conditions, the state must be present in the strategic sectors,\" Mining Minister "
    "Tomas Arrieta said on Tuesday in an interview.\n\nHe gave no date for new concessions.\n"
)
REPORTS = [
    {"id": "wire", "outlet": "Agency Wire", "published": "2031-06-03", "text": WIRE},
    {"id": "rewrite", "outlet": "Metals Review", "published": "2031-06-04",
     "headline": "Veloria's lithium pause rattles investors", "text": REWRITE},
    {"id": "other", "outlet": "Valdora Post", "published": "2031-06-03", "text": OTHER},
]


def _loaded(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q", "--no-match"])
    assert result.exit_code == 0, result.output
    return sqlite3.connect(db)


def _claim(conn, article, words):
    return conn.execute("select id from claims where article_id = ? and content like ?",
                        [article, f"%{words}%"]).fetchone()[0]


def test_a_paraphrase_of_two_quotations_makes_no_story_of_both(tmp_path):
    conn = _loaded(tmp_path)
    hand, hard = _claim(conn, "wire", "hand over the lithium"), _claim(conn, "wire", "hard times")
    both = _claim(conn, "rewrite", "hand its lithium over")
    other = _claim(conn, "other", "difficult conditions")
    # as matching links them: the rewrite's one claim holds both quotations
    edges = [(hand, both, "same", 0.41, "fts:paraphrase"), (hard, both, "same", 0.8, "fts:paraphrase"),
             (other, hard, "drift", 0.93, "fts:fuzzy"), (other, both, "same", 0.47, "fts:paraphrase")]
    with conn:
        write_stories(conn, {hand, hard, both, other}, edges, set())
    story = dict(conn.execute("select id, story_id from claims where id in (?, ?, ?, ?)", [hand, hard, both, other]))
    assert story[hard] is not None and story[hard] == story[other] == story[both]
    assert story[hand] != story[hard]  # another statement of the wire: not this story


def test_one_statement_given_twice_by_a_report_stays_one_story():
    # a report's lead in reported speech and its quotation, both linked to another report's
    # quotation (claims of one report are never scored against each other); another
    # report's unlike second claim stays out
    report = {"q": "r1", "lead": "r1", "seed": "r2", "s3": "r3", "other3": "r3"}
    edges = [("seed", "q", "same", 0.95), ("seed", "lead", "same", 0.7), ("q", "s3", "same", 1.0),
             ("seed", "s3", "same", 0.9), ("q", "other3", "same", 0.5)]
    alike = {frozenset(("q", "lead"))}
    stories = group_stories(set(report), edges, reports=Reports(report, lambda a, b: frozenset((a, b)) in alike))
    assert stories == [["lead", "q", "s3", "seed"]]


def test_a_claim_holding_two_statements_is_no_story_seed():
    # statement A in four reports, B in two; a rewrite (X) ran A and B together and links to
    # A and B of reports 1 and 2 and to A of report 3: the most links, but no seed
    report = {"A1": "r1", "B1": "r1", "A2": "r2", "B2": "r2", "A3": "r3", "A4": "r4", "X": "r5"}
    edges = [("X", o, "same", 0.8) for o in ("A1", "A2", "A3", "B1", "B2")]
    edges += [("A1", o, "same", 1.0) for o in ("A2", "A3", "A4")] + [("B1", "B2", "same", 1.0)]
    stories = group_stories(
        set(report), edges, reports=Reports(report, lambda a, b: "X" in (a, b) or a[0] == b[0]),
    )
    assert sorted(stories) == [["A1", "A2", "A3", "A4", "X"], ["B1", "B2"]]
