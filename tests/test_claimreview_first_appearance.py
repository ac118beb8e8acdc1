"""ClaimReview's firstAppearance is the story's first appearance: on a day of
two reports the agency's own copy, which the other reprints, came first,
whatever their ids say.  Invented reports, loaded by the real command."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.factchecks import records

WIRE = (
    "KESTREL BAY, May 2 (Coast Wire) - The harbour board will raise mooring fees by a fifth from June, its chair "
    "said on Friday, after a winter of storm repairs to the outer wall and the ferry pier.\n\n"
    '"We have raised the harbour levy twice in two years and we will not raise it again this decade," '
    "chair Ivo Brandt told reporters at the board's meeting in the old customs house.\n\n"
    "Fishing crews said the rise would push some boats to moor in the river instead, where the fees are lower."
)
REPORTS = [
    # the client's copy sorts first by id; the agency's own copy is the one it reprints
    {"id": "a-client", "outlet": "Bay Courier", "published": "2031-05-02", "text": WIRE},
    {"id": "z-wire", "outlet": "Coast Wire", "published": "2031-05-02", "text": WIRE},
]


def test_first_appearance_is_the_storys_first(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    assert conn.execute("select duplicate_of from articles where id = 'a-client'").fetchone()[0] == "z-wire"
    claim = conn.execute("select id, story_id from claims where article_id = 'a-client' and content like "
                         "'%raised the harbour levy%'").fetchone()
    first = conn.execute("select c.article_id from stories s join claims c on c.id = s.first_claim_id "
                         "where s.id = ?", [claim["story_id"]]).fetchone()
    assert first[0] == "z-wire"
    with conn:
        records.record_verdict(conn, claim_id=claim["id"], rating="False", reviewer="desk")
    (verdict,) = records.current_verdicts(conn)
    review = records.claimreview(conn, verdict)
    assert review["itemReviewed"]["firstAppearance"]["publisher"]["name"] == "Coast Wire"
