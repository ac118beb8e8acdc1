"""A story's first appearance within one report is its earliest sentence there.

``FirstKey`` ordered the claims of one day and report by claim id, a string: "r:122-166"
came before "r:73-118", so the story's first claim (its id, label and first appearance)
was the report's later quotation, not the lead that first gave the statement.  Real CLI
load with matching, real SQLite; invented reports and names."""

from __future__ import annotations

import sqlite3

from conftest import load_docs_with_cli

DOCS = [
    {"id": "isle-1", "outlet": "Isle Gazette", "date": "2031-05-01", "title": "Council",
     "text": "The council met in Portwick on Tuesday evening for an hour.\n\n"
             "Jo Roe said ferry fares would be frozen until next spring.\n\n"
             "\"Ferry fares will be frozen until next spring,\" Jo Roe told the meeting."},
    {"id": "cape-1", "outlet": "Cape Courier", "date": "2031-05-02", "title": "Fares",
     "text": "Islanders welcomed the news on Wednesday.\n\n"
             "\"Ferry fares will be frozen until next spring,\" Jo Roe said."},
]


def test_first_claim_of_one_report_is_its_earliest_sentence(tmp_path):
    db = load_docs_with_cli(tmp_path, DOCS)
    conn = sqlite3.connect(db)
    members = conn.execute("select id, start from claims where article_id = 'isle-1' and story_id is not null "
                           "order by start").fetchall()
    [(first,)] = conn.execute("select first_claim_id from stories").fetchall()
    conn.close()
    assert len(members) == 2 and members[0][1] < 100 <= members[1][1]  # ids that sort otherwise as strings
    assert first == members[0][0]
