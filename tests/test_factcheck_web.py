"""Verdicts, permissions, CSRF, ClaimReview and alerts through datasette.client (both lines)."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from conftest import make_datasette
from datasette_claims.compat import IS_1_0
from datasette_claims.factchecks import parse, store
from datasette_claims.views.base import encode_id

CLAIM = "hansard.2020/01:0-50"  # "We will cut the fuel tax by ten percent next year."
OTHER = "planet-1:0-50"  # the same pledge in the Daily Planet (same story in story_db_path)
STORY = "story:fuel<tax>"
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": ["alice"]}}}}


def claim_url(claim_id=CLAIM, suffix=""):
    return f"/claims/-/claims/claim/{encode_id(claim_id)}{suffix}"


def story_url(story_id=STORY, suffix=""):
    return f"/claims/-/claims/story/{encode_id(story_id)}{suffix}"


def actor_cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


async def post_verdict(ds, actor_id, target=None, with_token=True, **fields):
    """GET the page first (0.65 sets ds_csrftoken there), then POST the form."""
    target = target or claim_url(suffix="/verdict")
    cookies = actor_cookies(ds, actor_id)
    r = await ds.client.get(claim_url(), cookies=cookies)
    token = r.cookies.get("ds_csrftoken") or ""
    if token:
        cookies["ds_csrftoken"] = token
    data = {"rating": "False", "note": "", "url": ""}
    data.update(fields)
    if with_token:
        data["csrftoken"] = token
    return await ds.client.post(target, data=data, cookies=cookies)


def verdict_rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select claim_id, story_id, rating, note, url, reviewer from verdicts order by id").fetchall()
    finally:
        conn.close()


# -- the permission matrix ---------------------------------------------------------

MATRIX = [
    (None, False),  # anonymous
    ("bob", False),  # logged in, not a reviewer
    ("alice", True),  # in the plugin's reviewers block
]
if IS_1_0:
    MATRIX += [("root", True), ("carol", True)]  # --root; Datasette's own permissions block


@pytest.mark.asyncio
@pytest.mark.parametrize("actor_id,may", MATRIX)
async def test_permission_matrix(claims_db_path, actor_id, may):
    config = json.loads(json.dumps(REVIEWERS))
    if actor_id == "carol":
        # Datasette's own grant.  (A root-level permissions block also denies
        # everyone it does not name at the root, root included, so it is only
        # configured here; the plugin's reviewers still work beside it.)
        config["permissions"] = {"claims-review": {"id": "carol"}}
    ds = make_datasette([claims_db_path], config=config)
    if IS_1_0:
        ds.root_enabled = True
    cookies = actor_cookies(ds, actor_id)
    page = await ds.client.get(claim_url(), cookies=cookies)
    assert page.status_code == 200
    assert ('class="core claims-verdict-form"' in page.text) is may
    assert ('name="rating"' in page.text) is may
    r = await post_verdict(ds, actor_id, rating="Misleading", note="checked")
    if may:
        assert r.status_code == 302
        assert r.headers["location"] == claim_url()
        assert verdict_rows(claims_db_path) == [(CLAIM, None, "Misleading", "checked", None, actor_id)]
    else:
        assert r.status_code == 403
        assert verdict_rows(claims_db_path) == []
    # the JSON variant of the claim page says what the actor may do
    data = (await ds.client.get(claim_url(suffix=".json"), cookies=cookies)).json()
    assert data["verdicts"]["can_record"] is may


@pytest.mark.asyncio
async def test_plugin_reviewers_beside_datasette_permissions_block(claims_db_path):
    config = dict(REVIEWERS, permissions={"claims-review": {"id": "carol"}})
    ds = make_datasette([claims_db_path], config=config)
    if IS_1_0:
        assert (await post_verdict(ds, "carol")).status_code == 302
    assert (await post_verdict(ds, "alice")).status_code == 302
    assert (await post_verdict(ds, "mallory")).status_code == 403


@pytest.mark.asyncio
async def test_per_database_reviewers(claims_db_path):
    config = {"databases": {"claims": {"plugins": {"datasette-claims": {"reviewers": {"id": "dana"}}}}}}
    ds = make_datasette([claims_db_path], config=config)
    assert (await post_verdict(ds, "dana")).status_code == 302
    assert (await post_verdict(ds, "alice")).status_code == 403


@pytest.mark.asyncio
async def test_json_post_api(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await ds.client.post(
        claim_url(suffix="/verdict"),
        content=json.dumps({"rating": "true", "note": "via API"}),
        headers={"content-type": "application/json"},
        cookies=actor_cookies(ds, "alice"),
    )
    if r.status_code == 403 and not IS_1_0:
        pytest.skip("0.65 CSRF protects cookie-authenticated JSON POSTs")
    assert r.status_code == 201, r.text
    assert r.json()["rating"] == "True"  # matched case-insensitively to the scale


# -- CSRF ------------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.skipif(IS_1_0, reason="asgi-csrf tokens are a 0.65 mechanism (1.0 checks Sec-Fetch-Site)")
async def test_csrf_token_required_on_065(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await post_verdict(ds, "alice", with_token=False)
    assert r.status_code == 403
    assert verdict_rows(claims_db_path) == []
    r = await post_verdict(ds, "alice")
    assert r.status_code == 302


@pytest.mark.asyncio
@pytest.mark.skipif(not IS_1_0, reason="1.0 cross-site check")
async def test_cross_site_post_refused_on_10(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await ds.client.post(
        claim_url(suffix="/verdict"),
        data={"rating": "False"},
        cookies=actor_cookies(ds, "alice"),
        headers={"sec-fetch-site": "cross-site"},
    )
    assert r.status_code == 403
    assert verdict_rows(claims_db_path) == []


# -- history, validation, immutability ---------------------------------------------------


@pytest.mark.asyncio
async def test_history_is_kept_and_latest_is_current(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    assert (await post_verdict(ds, "alice", rating="False", note="first")).status_code == 302
    assert (await post_verdict(ds, "alice", rating="Half true", note="second look",
                                url="https://checks.example/fuel")).status_code == 302
    rows = verdict_rows(claims_db_path)
    assert [r[2] for r in rows] == ["False", "Half true"]
    data = (await ds.client.get(claim_url(suffix=".json"))).json()["verdicts"]
    assert data["current"]["rating"] == "Half true"
    assert [v["rating"] for v in data["history"]] == ["Half true", "False"]
    page = await ds.client.get(claim_url())
    assert "History (2 verdicts)" in page.text
    assert "second look" in page.text and "first" in page.text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "fields,status",
    [
        ({"rating": "Pants on fire"}, 400),
        ({"rating": ""}, 400),
        ({"rating": "False", "url": "javascript:alert(1)"}, 400),
        ({"rating": "false"}, 302),
    ],
)
async def test_validation(claims_db_path, fields, status):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await post_verdict(ds, "alice", **fields)
    assert r.status_code == status
    assert len(verdict_rows(claims_db_path)) == (1 if status == 302 else 0)


@pytest.mark.asyncio
async def test_unknown_claim_404(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await post_verdict(ds, "alice", target=claim_url("nope:1-2", "/verdict"))
    assert r.status_code in (404,)


@pytest.mark.asyncio
async def test_configured_rating_scale(claims_db_path):
    config = {"plugins": {"datasette-claims": {"reviewers": {"id": "alice"}, "ratings": ["Correct", "Wrong"]}}}
    ds = make_datasette([claims_db_path], config=config)
    page = await ds.client.get(claim_url(), cookies=actor_cookies(ds, "alice"))
    assert '<option value="Correct">' in page.text and "Mostly true" not in page.text
    assert (await post_verdict(ds, "alice", rating="Mostly true")).status_code == 400
    assert (await post_verdict(ds, "alice", rating="Wrong")).status_code == 302
    review = (await ds.client.get("/claims/-/claims/claimreview.json")).json()[0]["reviewRating"]
    assert review == {"@type": "Rating", "alternateName": "Wrong", "ratingValue": 1, "bestRating": 2, "worstRating": 1}


@pytest.mark.asyncio
async def test_immutable_database_explains(claims_db_path):
    from datasette.app import Datasette

    from datasette_claims.compat import datasette_kwargs

    ds = Datasette(immutables=[claims_db_path], **datasette_kwargs(REVIEWERS))
    page = await ds.client.get(claim_url(), cookies=actor_cookies(ds, "alice"))
    assert page.status_code == 200
    assert 'class="core claims-verdict-form"' not in page.text
    assert "read-only" in page.text and "without -i" in page.text
    r = await post_verdict(ds, "alice")
    assert r.status_code == 403
    assert "read-only" in r.text


@pytest.mark.asyncio
async def test_private_claims_table_hides_claimreview_and_alerts(claims_db_path):
    config = {"databases": {"claims": {"tables": {"claims": {"allow": {"id": "alice"}}}}}}
    config.update(REVIEWERS)
    ds = make_datasette([claims_db_path], config=config)
    for path in ("/claims/-/claims/claimreview.json", "/claims/-/claims/alerts", "/claims/-/claims/alerts.json",
                 "/claims/-/claims/alerts.atom"):
        assert (await ds.client.get(path)).status_code == 403, path
        assert (await ds.client.get(path, cookies=actor_cookies(ds, "alice"))).status_code == 200, path
    assert (await post_verdict(ds, "bob")).status_code == 403


# -- ClaimReview -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_claimreview_fields(story_db_path):
    config = {"plugins": {"datasette-claims": {"reviewers": {"id": "alice"},
                                               "author": {"name": "Fuel Check", "url": "https://fuelcheck.example"}}}}
    ds = make_datasette([story_db_path], config=config)
    r = await post_verdict(ds, "alice", rating="Mostly true", url="https://fuelcheck.example/doe")
    assert r.status_code == 302
    reviews = (await ds.client.get("/claims/-/claims/claimreview.json")).json()
    assert len(reviews) == 1
    cr = reviews[0]
    assert cr["@context"] == "https://schema.org" and cr["@type"] == "ClaimReview"
    assert cr["claimReviewed"] == "“We will cut the fuel tax by ten percent next year.”"  # a direct quotation
    assert cr["url"] == "https://fuelcheck.example/doe"
    assert cr["author"] == {"@type": "Organization", "name": "Fuel Check", "url": "https://fuelcheck.example"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", cr["datePublished"])
    assert cr["reviewRating"] == {"@type": "Rating", "alternateName": "Mostly true", "ratingValue": 4,
                                  "bestRating": 5, "worstRating": 1}
    item = cr["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert item["datePublished"] == "2020-01-05"
    # every report of the story, earliest first
    assert [a.get("datePublished") for a in item["appearance"]] == ["2020-01-05", "2020-01-06"]
    assert item["appearance"][1]["url"] == "https://planet.example/doe-tax"
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "Daily Planet"}
    assert item["firstAppearance"] == item["appearance"][0]

    # the claim page embeds the same object as JSON-LD
    page = await ds.client.get(claim_url())
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', page.text, re.S)
    assert m and json.loads(m.group(1)) == cr


@pytest.mark.asyncio
async def test_story_verdict_and_review(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    r = await post_verdict(ds, "alice", target=story_url(suffix="/verdict"), rating="False", note="whole story")
    assert r.status_code == 302
    assert r.headers["location"] == story_url()
    assert verdict_rows(story_db_path) == [(None, STORY, "False", "whole story", None, "alice")]
    data = (await ds.client.get(story_url(suffix=".json"))).json()["verdicts"]
    assert data["current"]["rating"] == "False" and data["target"] == "story"
    cr = (await ds.client.get("/claims/-/claims/claimreview.json")).json()[0]
    # claimReviewed is the statement (the story's first claim, a direct quotation: quoted), not the
    # stored label "Fuel tax ... cut", which puts quotation marks around what may be the reporter's words
    assert cr["claimReviewed"] == "“We will cut the fuel tax by ten percent next year.”"
    assert len(cr["itemReviewed"]["appearance"]) == 2
    # the story's claims now show the story verdict and are "previously checked"
    claim = (await ds.client.get(claim_url(OTHER, ".json"))).json()["verdicts"]
    assert claim["story_current"]["rating"] == "False"
    assert claim["previously_checked"] is True


@pytest.mark.asyncio
async def test_jsonld_is_escaped_in_html(claims_db_path):
    conn = sqlite3.connect(claims_db_path)
    star = conn.execute("select id from claims where content like '%<script>%'").fetchone()[0]
    conn.close()
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    r = await post_verdict(ds, "alice", target=claim_url(star, "/verdict"), rating="False")
    assert r.status_code == 302
    page = await ds.client.get(claim_url(star))
    block = page.text.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block
    assert "alert('text')" in json.loads(block)["claimReviewed"]


# -- alerts -------------------------------------------------------------------------------------

FACTCHECKS_JSONL = "\n".join(
    json.dumps(r)
    for r in [
        {"id": "fc-fuel", "text": "We will cut the fuel tax by ten percent next year.", "speaker": "Jane Doe",
         "truth_label": "false", "date": "stated on January 5, 2020 in a speech:",
         "url": "https://checks.example/fuel"},
        {"id": "fc-other", "text": "The moon is made of cheese.", "truth_label": "pants-fire"},
    ]
)


def import_factchecks(path, text=FACTCHECKS_JSONL):
    from datasette_claims.factchecks.alerts import refresh_alerts

    conn = sqlite3.connect(path)
    with conn:
        store.import_factchecks(conn, parse.parse_text(text, "fc.jsonl"), source="fc.jsonl")
        added = refresh_alerts(conn)
    conn.close()
    return added


@pytest.mark.asyncio
async def test_alerts_from_imported_factchecks(claims_db_path):
    assert import_factchecks(claims_db_path) >= 2  # the Hansard and Planet pledges
    ds = make_datasette([claims_db_path])
    data = (await ds.client.get("/claims/-/claims/alerts.json")).json()
    assert data["ok"] is True
    alerted = {a["claim_id"] for a in data["alerts"]}
    assert CLAIM in alerted and OTHER in alerted
    assert all(a["kind"] == "factcheck" and a["match_id"] == "fc-fuel" for a in data["alerts"])
    assert all(a["rating"] == "false" for a in data["alerts"])
    # the claim page (HTML and JSON) says so
    panel = (await ds.client.get(claim_url(suffix=".json"))).json()["verdicts"]
    assert panel["previously_checked"] is True
    assert panel["matches"]["factchecks"][0]["id"] == "fc-fuel"
    page = await ds.client.get(claim_url())
    assert "Previously checked" in page.text and "https://checks.example/fuel" in page.text
    html = await ds.client.get("/claims/-/claims/alerts")
    assert html.status_code == 200 and "fuel tax" in html.text
    atom = await ds.client.get("/claims/-/claims/alerts.atom")
    assert atom.status_code == 200 and atom.headers["content-type"].startswith("application/atom+xml")
    import xml.etree.ElementTree as ET

    feed = ET.fromstring(atom.text)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(feed.findall("a:entry", ns)) == len(data["alerts"])
    # idempotent: nothing new the second time
    assert import_factchecks(claims_db_path) == 0


@pytest.mark.asyncio
async def test_verdict_raises_alert_on_matching_claim(story_db_path):
    ds = make_datasette([story_db_path], config=REVIEWERS)
    assert (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"] == []
    assert (await post_verdict(ds, "alice", rating="False")).status_code == 302
    alerts = (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"]
    assert [(a["claim_id"], a["kind"], a["match_id"]) for a in alerts] == [(OTHER, "verdict", CLAIM)]
    other = (await ds.client.get(claim_url(OTHER, ".json"))).json()["verdicts"]
    assert other["previously_checked"] is True
    assert other["matches"]["verdicts"][0]["claim_id"] == CLAIM
    # the checked claim itself is not "previously checked" by its own verdict
    own = (await ds.client.get(claim_url(suffix=".json"))).json()["verdicts"]
    assert own["matches"]["verdicts"] == []


@pytest.mark.asyncio
async def test_alerts_newest_first_and_paged(claims_db_path):
    import_factchecks(claims_db_path)
    conn = sqlite3.connect(claims_db_path)
    with conn:
        conn.execute("update claim_alerts set created = '2020-01-01T00:00:00+00:00' where claim_id = ?", [CLAIM])
    conn.close()
    ds = make_datasette([claims_db_path])
    alerts = (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"]
    assert alerts[-1]["claim_id"] == CLAIM
    one = (await ds.client.get("/claims/-/claims/alerts.json?_size=1")).json()
    assert len(one["alerts"]) == 1 and one["next_url"]


@pytest.mark.asyncio
async def test_search_page_lists_past_factchecks(claims_db_path):
    import_factchecks(claims_db_path)
    ds = make_datasette([claims_db_path])
    r = await ds.client.get("/claims/-/claims/search?q=fuel+tax")
    assert r.status_code == 200
    assert "checks.example/fuel" in r.text


@pytest.mark.asyncio
async def test_base_url(claims_db_path):
    ds = make_datasette([claims_db_path], config=REVIEWERS, settings={"base_url": "/prefix/"})
    cookies = actor_cookies(ds, "alice")
    page = await ds.client.get(claim_url(), cookies=cookies)
    assert f'action="/prefix{claim_url(suffix="/verdict")}"' in page.text
    token = page.cookies.get("ds_csrftoken") or ""
    if token:
        cookies["ds_csrftoken"] = token
    r = await ds.client.post(claim_url(suffix="/verdict"), data={"rating": "False", "csrftoken": token}, cookies=cookies)
    assert r.status_code == 302
    assert r.headers["location"] == "/prefix" + claim_url()
    alerts = await ds.client.get("/claims/-/claims/alerts")
    assert 'href="/prefix/claims/-/claims/alerts.json"' in alerts.text


@pytest.mark.asyncio
async def test_unknown_database_404(claims_db_path):
    ds = make_datasette([claims_db_path])
    for path in ("/nope/-/claims/claimreview.json", "/nope/-/claims/alerts.json"):
        assert (await ds.client.get(path)).status_code == 404


@pytest.mark.asyncio
async def test_database_from_before_the_factcheck_migration(claims_db_path):
    conn = sqlite3.connect(claims_db_path)
    with conn:
        for table in ("factchecks_fts", "factchecks", "factcheck_errors", "claim_alerts", "verdicts"):
            conn.execute(f"drop table {table}")
        conn.execute("delete from _sqlite_migrations where name = 'm020_factchecks'")
    conn.close()
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    data = (await ds.client.get(claim_url(suffix=".json"))).json()["verdicts"]
    assert data["current"] is None and data["previously_checked"] is False
    assert (await ds.client.get("/claims/-/claims/alerts.json")).json()["alerts"] == []
    assert (await ds.client.get("/claims/-/claims/claimreview.json")).json() == []
    # recording a verdict brings the schema up to date first
    assert (await post_verdict(ds, "alice")).status_code == 302
    assert verdict_rows(claims_db_path) == [(CLAIM, None, "False", None, None, "alice")]


@pytest.mark.asyncio
async def test_story_page_previously_checked(story_db_path):
    import_factchecks(story_db_path)
    ds = make_datasette([story_db_path])
    panel = (await ds.client.get(story_url(suffix=".json"))).json()["verdicts"]
    assert panel["previously_checked"] is True
    assert [f["id"] for f in panel["matches"]["factchecks"]] == ["fc-fuel"]
    page = await ds.client.get(story_url())
    assert "Previously checked" in page.text


@pytest.mark.asyncio
async def test_what_protects_the_form_on_each_line(claims_db_path):
    """The README's CSRF notes: 0.65 wants the token (form field or x-csrftoken header);
    1.0 lets a non-browser POST through without one, so only claims-review stands guard."""
    ds = make_datasette([claims_db_path], config=REVIEWERS)
    target = claim_url(suffix="/verdict")
    body = json.dumps({"rating": "False"})
    for actor_id, expected in (("mallory", 403), ("alice", 201)):
        cookies = actor_cookies(ds, actor_id)
        headers = {"content-type": "application/json"}
        if not IS_1_0:
            page = await ds.client.get(claim_url(), cookies=cookies)
            cookies["ds_csrftoken"] = page.cookies.get("ds_csrftoken") or ""
            no_token = await ds.client.post(target, content=body, headers=headers, cookies=cookies)
            assert no_token.status_code == 403  # refused by asgi-csrf, whoever it is
            headers["x-csrftoken"] = cookies["ds_csrftoken"]
        r = await ds.client.post(target, content=body, headers=headers, cookies=cookies)
        assert r.status_code == expected, (actor_id, r.text[:200])
    assert [row[5] for row in verdict_rows(claims_db_path)] == ["alice"]
