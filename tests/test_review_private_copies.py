"""What one table copies of another stays as private as the original.

A recorded verdict writes a review status (``claim_status``) and alerts
(``claim_alerts``) for the claims that repeat it; an imported fact-check writes
alerts too.  Served with ``verdicts`` (or ``factchecks``) private and the other
tables public, the claim page's review status used to say "verdict: Misleading"
and the alerts page, JSON and feed listed every alert with the rating copied from
the private verdict or fact-check, to anonymous visitors.  The rating is now read
from the verdict itself, by those who may, and an alert is listed only to those
who may see what it matched; the queue's "similar to a published fact-check"
signal likewise.

Invented reports (tests/conftest.py), the real loader, a real Datasette, the
reviewer's form POST with its CSRF token as a browser sends it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import add_story, build_claims_db, make_datasette, post_form_as

from datasette_claims.views.base import encode_id

CLAIM = "hansard.2020/01:0-50"
OTHER = "planet-1:0-50"  # the same pledge, in the same story
ALLOWED = "alice"
BASE = "/claims/-/claims"
PAGE = f"{BASE}/claim/{encode_id(CLAIM)}"
FACTCHECK = {"id": "fc-kestrel", "claim": "We will cut the fuel tax by ten percent next year.",
             "claimant": "Jane Doe", "rating": "Pants on Fire", "publisher": "Kestrel Checks",
             "url": "https://kestrel-checks.example/fuel"}


def private(table):
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": ALLOWED}}}}},
            "plugins": {"datasette-claims": {"reviewers": {"id": ALLOWED}}}}


def cookies(ds, actor):
    return {"ds_actor": ds.sign({"a": {"id": actor}}, "actor")} if actor else {}


@pytest.fixture
def db(tmp_path):
    return add_story(build_claims_db(tmp_path))


async def _alerts(ds, actor, fmt=".json"):
    r = await ds.client.get(f"{BASE}/alerts{fmt}", cookies=cookies(ds, actor))
    assert r.status_code == 200, r.text
    return r.json()["alerts"] if fmt == ".json" else r.text


@pytest.mark.asyncio
async def test_a_private_verdict_is_not_copied_out_by_status_or_alerts(db):
    ds = make_datasette([db], config=private("verdicts"))
    r = await post_form_as(ds, ALLOWED, PAGE, PAGE + "/verdict",
                           {"rating": "Misleading", "note": "Heron ledger", "url": "https://checks.example/h"})
    assert r.status_code == 302, r.text
    for actor, note in ((None, "verdict"), ("bob", "verdict"), (ALLOWED, "verdict: Misleading")):
        data = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, actor))).json()
        assert data["review_status"]["status"] == "published"
        assert data["review_status"]["note"] == note, actor
        html = (await ds.client.get(PAGE, cookies=cookies(ds, actor))).text
        assert ("verdict: Misleading" in html) is (actor == ALLOWED), actor
        # the other report of the pledge repeats a judged claim: an alert, with its rating
        kinds = {a["kind"] for a in await _alerts(ds, actor)}
        assert ("verdict" in kinds) is (actor == ALLOWED), actor
        for fmt in ("", ".atom"):
            assert ("Misleading" in await _alerts(ds, actor, fmt)) is (actor == ALLOWED), (actor, fmt)


@pytest.mark.asyncio
async def test_a_status_row_that_copied_the_rating_is_not_read_out(db):
    """Databases written before keep "verdict: <rating>" in claim_status.note."""
    from datasette_claims.factchecks import records

    conn = sqlite3.connect(db)
    with conn:
        vid = records.record_verdict(conn, claim_id=CLAIM, rating="False", note="", url="", reviewer=ALLOWED)
        conn.execute("insert into claim_status (claim_id, status, note, actor, created, verdict_id) "
                     "values (?, 'published', 'verdict: False', ?, '2026-01-01T00:00:00+00:00', ?)",
                     [CLAIM, ALLOWED, vid])
    conn.close()
    ds = make_datasette([db], config=private("verdicts"))
    status = (await ds.client.get(PAGE + ".json")).json()["review_status"]
    assert status["note"] == "verdict"
    status = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, ALLOWED))).json()["review_status"]
    assert status["note"] == "verdict: False"


@pytest.mark.asyncio
async def test_an_alert_on_a_private_factcheck_is_not_listed(db):
    from datasette_claims.factchecks import alerts, parse, store

    conn = sqlite3.connect(db)
    with conn:
        store.import_factchecks(conn, parse.parse_text(json.dumps(FACTCHECK), "fc.jsonl"), source="fc.jsonl")
        alerts.refresh_alerts(conn)
    conn.close()
    ds = make_datasette([db], config=private("factchecks"))
    queue = f"{BASE}/queue.json?status=all&reports=all&_size=max"
    for actor in (None, ALLOWED):
        listed = await _alerts(ds, actor)
        assert bool(listed) is (actor == ALLOWED) and all(a["kind"] == "factcheck" for a in listed)
        for fmt in ("", ".atom"):
            assert ("Pants on Fire" in await _alerts(ds, actor, fmt)) is (actor == ALLOWED), (actor, fmt)
        rows = (await ds.client.get(queue, cookies=cookies(ds, actor))).json()["claims"]
        signals = {s["signal"] for row in rows for s in row["reasons"]}
        assert ("factcheck" in signals) is (actor == ALLOWED), actor


def private_to_one_reviewer(table):
    """Two reviewers (claims-review), ``table`` private to one of them."""
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": ALLOWED}}}}},
            "plugins": {"datasette-claims": {"reviewers": {"id": [ALLOWED, "bob"]}}}}


def _count(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.mark.asyncio
async def test_a_reviewer_who_may_not_see_the_verdicts_cannot_write_them(db):
    """Bob reviews but may not see the verdicts: he recorded over Alice's verdict unseen
    and withdrew it by guessing its number (1)."""
    ds = make_datasette([db], config=private_to_one_reviewer("verdicts"))
    r = await post_form_as(ds, ALLOWED, PAGE, PAGE + "/verdict", {"rating": "False", "note": "", "url": ""})
    assert r.status_code == 302, r.text
    panel = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, "bob"))).json()["verdicts"]
    assert panel["can_record"] is False and "may not see the verdicts table" in panel["reason"]
    html = (await ds.client.get(PAGE, cookies=cookies(ds, "bob"))).text
    assert 'action="' + PAGE + '/verdict"' not in html and "may not see the verdicts table" in html
    r = await post_form_as(ds, "bob", PAGE, PAGE + "/verdict", {"rating": "True", "note": "", "url": ""})
    assert r.status_code == 403 and "verdicts table" in r.text
    r = await post_form_as(ds, "bob", PAGE, PAGE + "/verdict/1/withdraw", {"reason": "guessed"})
    assert r.status_code == 403 and "verdicts table" in r.text
    assert (_count(db, "verdicts"), _count(db, "verdict_withdrawals")) == (1, 0)
    panel = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, ALLOWED))).json()["verdicts"]
    assert panel["can_record"] is True and panel["current"]["rating"] == "False"


@pytest.mark.asyncio
@pytest.mark.parametrize("table, target, fields", [
    ("corrections", "/correct", {"kind": "not_a_claim", "reason": "guessed"}),
    ("claim_status", "/status", {"status": "dismissed"}),
])
async def test_a_reviewer_who_may_not_see_a_review_table_cannot_write_it(db, table, target, fields):
    ds = make_datasette([db], config=private_to_one_reviewer(table))
    before = _count(db, table)
    html = (await ds.client.get(PAGE, cookies=cookies(ds, "bob"))).text
    assert f'action="{PAGE}{target}"' not in html
    r = await post_form_as(ds, "bob", PAGE, PAGE + target, fields)
    assert r.status_code == 403 and f"{table} table" in r.text, r.text
    assert _count(db, table) == before
    html = (await ds.client.get(PAGE, cookies=cookies(ds, ALLOWED))).text
    assert f'action="{PAGE}{target}"' in html
    r = await post_form_as(ds, ALLOWED, PAGE, PAGE + target, fields)
    assert r.status_code == 302, r.text
    assert _count(db, table) > before


@pytest.mark.asyncio
async def test_alerts_show_the_verdict_as_it_is_now(db):
    """A verdict changed (False, then Misleading): the alerts of the claims repeating it
    kept saying False, the rating they were raised with, while the claim pages said Misleading."""
    ds = make_datasette([db], config=private("verdicts"))
    for rating in ("False", "Misleading"):
        r = await post_form_as(ds, ALLOWED, PAGE, PAGE + "/verdict", {"rating": rating, "note": "", "url": ""})
        assert r.status_code == 302, r.text
    listed = await _alerts(ds, ALLOWED)
    assert listed and {a["rating"] for a in listed if a["kind"] == "verdict"} == {"Misleading"}
    feed = await _alerts(ds, ALLOWED, ".atom")
    assert "rated Misleading" in feed and "rated False" not in feed
    other = (await ds.client.get(f"{BASE}/claim/{encode_id(OTHER)}.json", cookies=cookies(ds, ALLOWED))).json()
    assert [m["rating"] for m in other["verdicts"]["matches"]["verdicts"]] == ["Misleading"]


@pytest.mark.asyncio
async def test_a_withdrawn_verdict_stays_withdrawn_when_withdrawals_are_private(db):
    """With verdict_withdrawals private, a withdrawn verdict read as current to everyone
    else: on the claim page, in the queue, and published in the ClaimReview export."""
    ds = make_datasette([db], config=private("verdict_withdrawals"))
    r = await post_form_as(ds, ALLOWED, PAGE, PAGE + "/verdict", {"rating": "False", "note": "", "url": ""})
    assert r.status_code == 302, r.text
    vid = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, ALLOWED))).json()["verdicts"]["current"]["id"]
    r = await post_form_as(ds, ALLOWED, PAGE, f"{PAGE}/verdict/{vid}/withdraw", {"reason": "wrong report"})
    assert r.status_code == 302, r.text
    queue = f"{BASE}/queue.json?status=all&reports=all&_size=max"
    for actor in (None, "bob", ALLOWED):
        panel = (await ds.client.get(PAGE + ".json", cookies=cookies(ds, actor))).json()["verdicts"]
        assert panel["current"] is None, actor
        rows = (await ds.client.get(queue, cookies=cookies(ds, actor))).json()["claims"]
        assert not [row for row in rows if row["verdict"]], actor
        export = await ds.client.get(f"{BASE}/claimreview.json", cookies=cookies(ds, actor))
        if actor == ALLOWED:
            assert export.status_code == 200 and export.json() == []
        else:
            assert export.status_code == 403 and "verdict_withdrawals" in export.json()["error"]


@pytest.mark.asyncio
@pytest.mark.parametrize("table, empty", [("speakers", "No speakers yet"), ("stories", "No stories yet")])
async def test_the_overview_says_a_list_is_hidden_not_empty(db, table, empty):
    """With speakers (stories) private, the overview told everyone else "No speakers yet"
    ("No stories yet: claims are grouped into stories when matching runs")."""
    ds = make_datasette([db], config=private(table))
    html = (await ds.client.get(BASE)).text
    assert empty not in html and f"you do not have permission to view the {table} table" in html
    html = (await ds.client.get(BASE, cookies=cookies(ds, ALLOWED))).text
    assert empty not in html and "you do not have permission" not in html
