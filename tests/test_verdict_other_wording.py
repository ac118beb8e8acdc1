"""A verdict on a misquote is no verdict on the words actually said: when one
report changed a figure in a quotation ("twice" -> "three times"), a rating of
the altered version alerts neither the faithful reports nor lists them as
appearances in its ClaimReview, though all are one story."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.factchecks import alerts, records

SAID = '"We have raised the harbour levy twice in two years and we will not raise it again," Ivo Brandt said.'
REPORTS = [
    {"id": "w1", "outlet": "Coast Wire", "published": "2031-05-02", "text": SAID},
    {"id": "w2", "outlet": "Bay Courier", "published": "2031-05-03", "text": SAID},
    {"id": "w3", "outlet": "Harbour Times", "published": "2031-05-04",
     "text": SAID.replace("twice", "three times")},
]


def test_a_rating_of_the_misquote_stays_with_the_misquote(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    claim_of = {a: c for c, a in conn.execute("select id, article_id from claims")}
    kinds = {(a, b): k for a, b, k in conn.execute("select claim_a, claim_b, kind from claim_matches")}
    assert kinds[(claim_of["w1"], claim_of["w3"])] == "drift"
    with conn:
        records.record_verdict(conn, claim_id=claim_of["w3"], rating="False", reviewer="desk")
        alerts.refresh_after_verdict(conn, claim_id=claim_of["w3"])
    alerted = {c for (c,) in conn.execute("select claim_id from claim_alerts where kind = 'verdict'")}
    assert not alerted & {claim_of["w1"], claim_of["w2"]}
    (verdict,) = records.current_verdicts(conn)
    review = records.claimreview(conn, verdict)
    outlets = {a["publisher"]["name"] for a in review["itemReviewed"]["appearance"]}
    assert outlets == {"Harbour Times"}
