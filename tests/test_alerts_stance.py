"""The alerts page and its Atom feed mark a denial or a question as the queue, search, claim,
story and speaker pages do: an alert reads "repeats something already checked", and a
speaker's denial of the checked words listed there without a mark read as the speaker saying
them.  Invented reports, fact-check and names; the real CLI and a real Datasette.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import make_datasette, post_form_as
from datasette.cli import cli
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

WORDS = "the Quillon toll bridge lost half of its weight limit after the spring floods"
FACTCHECK = {"claim": WORDS[0].upper() + WORDS[1:], "claimant": "Ravel County Roads Office",
             "rating": "False", "url": "https://factcheck.example/quillon", "date": "2034-05-01"}
DENIAL = {"id": "deny", "outlet": "Ravel Post", "published": "2034-05-03",
          "text": f"Commissioner Odile Marchetti on Tuesday denied that {WORDS}.\n\n"
                  "Drivers queued at the toll gate for an hour on Monday.\n"}
RETOLD = {"id": "retold", "outlet": "Fenwick Ledger", "published": "2034-05-04",
          "text": f"Commissioner Odile Marchetti denied on Wednesday that {WORDS}.\n"}


def _cli(*args):
    result = CliRunner().invoke(cli, ["claims", *map(str, args)])
    assert result.exit_code == 0, result.output


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _denial_alerts(alerts):
    return [a for a in alerts if a["claim_id"].startswith("deny:") and "Quillon" in a["content"]]


@pytest.mark.asyncio
async def test_an_alert_on_a_denial_of_a_checked_claim_says_the_speaker_denies_it(tmp_path):
    db = tmp_path / "claims.db"
    _cli("import-factchecks", db, _jsonl(tmp_path / "checks.jsonl", [FACTCHECK]))
    _cli("load", db, _jsonl(tmp_path / "report.jsonl", [DENIAL]))
    ds = make_datasette([str(db)])
    page = (await ds.client.get("/claims/-/claims/alerts.json")).json()
    (alert,) = _denial_alerts(page["alerts"])
    assert alert["stance"] == "denial"
    html = (await ds.client.get("/claims/-/claims/alerts")).text
    assert html.count(">denies this</span>") == 1
    atom = (await ds.client.get("/claims/-/claims/alerts.atom")).text
    assert "<title>Odile Marchetti denies: " in atom


@pytest.mark.asyncio
async def test_an_alert_repeating_a_judged_denial_marks_both_denials(tmp_path):
    db = tmp_path / "claims.db"
    _cli("load", db, _jsonl(tmp_path / "first.jsonl", [DENIAL]))
    ds = make_datasette([str(db)], config=REVIEWERS)
    (denial,) = [c for c in (await ds.client.get("/claims/-/claims/queue.json")).json()["claims"]
                 if c["id"].startswith("deny:") and "Quillon" in c["content"]]
    page = f"/claims/-/claims/claim/{encode_id(denial['id'])}"
    r = await post_form_as(ds, "alice", page, page + "/verdict", {"rating": "False", "note": "", "url": ""})
    assert r.status_code == 302, r.text
    _cli("load", db, _jsonl(tmp_path / "second.jsonl", [RETOLD]))
    ds = make_datasette([str(db)], config=REVIEWERS)
    alerts = (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"]
    (alert,) = [a for a in alerts if a["claim_id"].startswith("retold:")]
    assert (alert["stance"], alert["kind"], alert["match"]["stance"]) == ("denial", "verdict", "denial")
    html = (await ds.client.get("/claims/-/claims/alerts")).text
    # the new report's claim and the judged claim it matched: both deny the words
    assert html.count(">denies this</span>") == 2
