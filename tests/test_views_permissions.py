"""Claims pages honour Datasette's view permissions: nothing leaks from private data."""

from __future__ import annotations

import pytest

from conftest import make_datasette

PAGES = [
    "/claims/-/claims",
    "/claims/-/claims/search?q=fuel+tax",
    "/claims/-/claims/search?outlet=Hansard",
    "/claims/-/claims/stories",
    "/claims/-/claims/story/story~3Afuel~3Ctax~3E",
    "/claims/-/claims/claim/hansard~2E2020~2F01~3A0-50",
    "/claims/-/claims/speaker/jane-doe",
    "/claims/-/claims/article/hansard~2E2020~2F01",
]
SECRET = "fuel tax"


def cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


def private_table(table):
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": "alice"}}}}}}


async def fetch(ds, path, actor_id, json=False):
    if json:
        base, _, qs = path.partition("?")
        path = base + ".json" + ("?" + qs if qs else "")
    return await ds.client.get(path, cookies=cookies(ds, actor_id))


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "config",
    [
        {"databases": {"claims": {"allow": {"id": "alice"}}}},
        {"allow": {"id": "alice"}},
        private_table("claims"),
        private_table("articles"),
    ],
    ids=["private-database", "private-instance", "private-claims-table", "private-articles-table"],
)
@pytest.mark.parametrize("actor_id", [None, "bob", "alice"])
@pytest.mark.parametrize("as_json", [False, True], ids=["html", "json"])
async def test_private_everywhere(story_db_path, config, actor_id, as_json):
    ds = make_datasette([story_db_path], config=config)
    for path in PAGES:
        r = await fetch(ds, path, actor_id, as_json)
        if actor_id == "alice":
            assert r.status_code == 200, (path, r.text[:300])
        else:
            assert r.status_code == 403, (path, r.status_code)
            assert SECRET not in r.text.lower(), path
            assert "Jane Doe" not in r.text, path
            if as_json:
                assert r.json() == {"ok": False, "error": r.json()["error"], "errors": r.json()["errors"], "status": 403}


@pytest.mark.asyncio
@pytest.mark.parametrize("actor_id", [None, "alice"])
async def test_private_stories_table(story_db_path, actor_id):
    ds = make_datasette([story_db_path], config=private_table("stories"))
    story_pages = ["/claims/-/claims/stories", "/claims/-/claims/story/story~3Afuel~3Ctax~3E"]
    for path in story_pages:
        r = await fetch(ds, path, actor_id, json=True)
        assert r.status_code == (200 if actor_id else 403), path
    claim = (await fetch(ds, PAGES[5], actor_id, json=True)).json()
    overview = (await fetch(ds, PAGES[0], actor_id, json=True)).json()
    html = (await fetch(ds, PAGES[5], actor_id)).text
    search = (await fetch(ds, "/claims/-/claims/search?q=we+will+cut+the+fuel+tax+by+ten+percent", actor_id, json=True)).json()
    if actor_id is None:
        assert search["earliest"]["story"] is None
        assert all(r["claim"]["story_id"] is None for r in search["results"])
        assert claim["story"] is None and claim["claim"]["story_id"] is None
        assert all(s["claim"]["story_url"] is None for s in claim["similar"])
        assert "stories" not in overview["counts"] and overview["latest_stories"] == []
        assert "Fuel tax &lt;script" not in html and "story~3A" not in html
    else:
        assert search["earliest"]["story"]["id"] == "story:fuel<tax>"
        assert claim["story"]["id"] == "story:fuel<tax>"
        assert overview["counts"]["stories"] == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("actor_id", [None, "alice"])
async def test_private_claim_matches_table(story_db_path, actor_id):
    ds = make_datasette([story_db_path], config=private_table("claim_matches"))
    claim = (await fetch(ds, PAGES[5], actor_id, json=True)).json()
    echo = [s for s in claim["similar"] if s["claim"]["id"] == "planet-1:0-50"][0]
    # visible either way through the story; the stored score only with access
    assert (echo["score"] == 0.93) is (actor_id == "alice")
    assert (echo["method"] == "test") is (actor_id == "alice")


@pytest.mark.asyncio
@pytest.mark.parametrize("actor_id", [None, "alice"])
async def test_private_speakers_table(story_db_path, actor_id):
    ds = make_datasette([story_db_path], config=private_table("speakers"))
    r = await fetch(ds, "/claims/-/claims/speaker/jane-doe", actor_id, json=True)
    assert r.status_code == (200 if actor_id else 403)
    claim = (await fetch(ds, PAGES[5], actor_id, json=True)).json()
    overview = (await fetch(ds, PAGES[0], actor_id, json=True)).json()
    if actor_id is None:
        assert claim["speaker"] is None and claim["claim"]["speaker_url"] is None
        assert overview["top_speakers"] == []
    else:
        assert claim["speaker"]["name"] == "Jane Doe"


@pytest.mark.asyncio
async def test_public_database_next_to_private_one(tmp_path, story_db_path):
    from conftest import build_claims_db

    other_dir = tmp_path / "pub"
    other_dir.mkdir()
    public_path = build_claims_db(other_dir, name="public", docs=[
        {"id": "p1", "kind": "transcript", "speaker": "Ann Lee", "outlet": "Gazette", "date": "2021-03-01",
         "title": "Open", "text": "The library will stay open on Sundays."}
    ])
    ds = make_datasette([story_db_path, public_path], config={"databases": {"claims": {"allow": {"id": "alice"}}}})
    r = await ds.client.get("/public/-/claims/search.json?q=fuel+tax")
    assert r.status_code == 200 and r.json()["results"] == []
    r = await ds.client.get("/public/-/claims/claim/hansard~2E2020~2F01~3A0-50.json")
    assert r.status_code == 404
    assert (await ds.client.get("/claims/-/claims.json")).status_code == 403
