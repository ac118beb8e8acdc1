"""The claims pages and their JSON, through datasette.client, on both Datasette lines."""

from __future__ import annotations

import pytest
import pytest_asyncio
from datasette.utils import PrefixedUrlString

from datasette_claims.views.base import decode_id, encode_id
from conftest import make_datasette

PLEDGE = "hansard.2020/01:0-50"
PLEDGE_URL = "/claims/-/claims/claim/hansard~2E2020~2F01~3A0-50"
ECHO = "planet-1:0-50"
STORY_URL = "/claims/-/claims/story/story~3Afuel~3Ctax~3E"
SCRIPT_CLAIM = "star-1:0-83"


@pytest_asyncio.fixture
async def ds(story_db_path):
    return make_datasette([story_db_path])


def test_ids_round_trip():
    for value in [PLEDGE, "a.json", "x~y", "a+b c", "100%", "é/ü", "story:fuel<tax>"]:
        encoded = encode_id(value)
        assert "/" not in encoded and "." not in encoded and ":" not in encoded
        assert decode_id(encoded) == value
    # raw and %-encoded ids are accepted too
    assert decode_id("u5aef984d87be07a7:120-245") == "u5aef984d87be07a7:120-245"
    assert decode_id("a%2Bb%3A1") == "a+b:1"


@pytest.mark.asyncio
async def test_overview(ds):
    r = await ds.client.get("/claims/-/claims")
    assert r.status_code == 200
    assert 'class="crumbs"' in r.text and "Sourcing mix" in r.text
    assert "/claims/-/claims/search" in r.text
    j = (await ds.client.get("/claims/-/claims.json")).json()
    assert j["ok"] is True
    assert j["counts"]["claims"] == 7 and j["counts"]["articles"] == 3
    assert j["top_speakers"][0]["name"] == "Jane Doe"
    assert j["latest_stories"][0]["url"] == STORY_URL
    assert sum(m["count"] for m in j["sourcing_mix"]) == 7
    assert 0 <= j["unnamed_share"] <= 1


@pytest.mark.asyncio
@pytest.mark.parametrize("path", [PLEDGE_URL, "/claims/-/claims/claim/hansard.2020%2F01:0-50"])
async def test_claim_page(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, r.text
    html = r.text
    assert '<mark class="claims-span claims-span-claim">We will cut the fuel tax by ten percent next year.</mark>' in html
    assert "Similar claims across reports" in html
    assert "/claims/-/claims/claim/planet-1~3A0-50" in html
    assert "<del>" in html and "<ins>" in html  # drift shown as a word diff
    assert STORY_URL in html


@pytest.mark.asyncio
async def test_claim_json(ds):
    j = (await ds.client.get(PLEDGE_URL + ".json")).json()
    assert j["ok"] is True
    claim = j["claim"]
    assert claim["id"] == PLEDGE and claim["speaker"] == "Jane Doe"
    assert claim["article"]["outlet"] == "Hansard" and claim["article"]["published"] == "2020-01-05"
    assert claim["url"] == PLEDGE_URL
    assert j["context"]["claim"] == claim["content"]
    assert j["story"]["id"] == "story:fuel<tax>"
    top = j["similar"][0]
    assert top["claim"]["id"] == ECHO and top["linked"] is True and top["score"] == 0.93
    assert {"op": "delete", "text": "ten percent"} in top["diff"]
    assert {"op": "insert", "text": "10 per cent"} in top["diff"]
    assert "verdicts" in j
    assert not any(k.startswith("_") for k in claim)


@pytest.mark.asyncio
async def test_unlinked_similar_claims_found_by_fts(tmp_path):
    from conftest import build_claims_db

    ds = make_datasette([build_claims_db(tmp_path)])  # no stories, no matches
    j = (await ds.client.get(PLEDGE_URL + ".json")).json()
    ids = [s["claim"]["id"] for s in j["similar"]]
    assert ECHO in ids
    echo = j["similar"][ids.index(ECHO)]
    assert echo["linked"] is False and 0.5 <= echo["score"] <= 1
    assert j["story"] is None


@pytest.mark.asyncio
async def test_search(ds):
    r = await ds.client.get("/claims/-/claims/search.json", params={"q": "we will cut the fuel tax by ten percent next year"})
    j = r.json()
    assert j["ok"] is True and j["q"].startswith("we will cut")
    ids = [x["claim"]["id"] for x in j["results"]]
    assert ids[0] == PLEDGE and ECHO in ids
    assert j["earliest"]["claim"]["id"] == PLEDGE  # 2020-01-05 before 2020-01-06
    assert j["earliest"]["story"]["id"] == "story:fuel<tax>"
    assert all(0 <= x["score"] <= 1 for x in j["results"])
    assert j["factchecks"] == [] or isinstance(j["factchecks"], list)
    html = (await ds.client.get("/claims/-/claims/search", params={"q": "fuel tax cut"})).text
    assert "Earliest appearance" in html and "Matching claims" in html


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "params,expected",
    [
        ({"q": "fuel tax", "outlet": "Daily Planet"}, {ECHO}),
        ({"q": "fuel tax", "since": "2020-01-06", "until": "2020-01"}, {ECHO}),
        ({"q": "fuel tax", "until": "2020-01-05"}, {PLEDGE}),
        ({"q": "fuel tax", "speaker": "jane-doe"}, {PLEDGE, ECHO}),
        ({"q": "fuel tax", "speaker": "Jane Doe", "sourcing": "named_person"}, {PLEDGE, ECHO}),
        ({"q": "fuel tax", "sourcing": "unnamed"}, set()),
        ({"outlet": "Hansard"}, {"hansard.2020/01:0-50", "hansard.2020/01:51-105", "hansard.2020/01:106-153"}),
    ],
)
async def test_search_filters(ds, params, expected):
    j = (await ds.client.get("/claims/-/claims/search.json", params=params)).json()
    assert j["ok"] is True, j
    assert {x["claim"]["id"] for x in j["results"]} == expected


@pytest.mark.asyncio
async def test_search_pagination(ds):
    seen = []
    url = "/claims/-/claims/search.json?q=fuel+tax+next+year&_size=1"
    for _ in range(10):
        j = (await ds.client.get(PrefixedUrlString(url) if seen else url)).json()
        seen += [x["claim"]["id"] for x in j["results"]]
        if not j["next"]:
            break
        assert "_next=" in j["next_url"] and "_size=1" in j["next_url"]
        url = j["next_url"]
    assert len(seen) == len(set(seen)) >= 3
    full = (await ds.client.get("/claims/-/claims/search.json?q=fuel+tax+next+year&_size=50")).json()
    assert [x["claim"]["id"] for x in full["results"]] == seen
    # filter-only listing pages by keyset too
    j = (await ds.client.get("/claims/-/claims/search.json?outlet=Hansard&_size=2")).json()
    assert len(j["results"]) == 2 and j["next"]
    j2 = (await ds.client.get(PrefixedUrlString(j["next_url"]))).json()
    assert len(j2["results"]) == 1


@pytest.mark.asyncio
async def test_size_is_capped(ds):
    j = (await ds.client.get("/claims/-/claims/search.json?outlet=Hansard&_size=100000")).json()
    assert j["ok"] is True and len(j["results"]) == 3


@pytest.mark.asyncio
async def test_stories(ds):
    j = (await ds.client.get("/claims/-/claims/stories.json")).json()
    assert j["ok"] is True and j["stories"][0]["id"] == "story:fuel<tax>"
    assert j["next"] is None and j["next_url"] is None
    for sort in ("latest", "reports"):
        j = (await ds.client.get(f"/claims/-/claims/stories.json?_sort={sort}&drift=1")).json()
        assert [s["id"] for s in j["stories"]] == ["story:fuel<tax>"]
    r = await ds.client.get("/claims/-/claims/stories")
    assert r.status_code == 200 and STORY_URL in r.text


@pytest.mark.asyncio
async def test_story_page(ds):
    j = (await ds.client.get(STORY_URL + ".json")).json()
    assert j["ok"] is True
    assert j["first_appearance"]["id"] == PLEDGE
    assert [t["claim"]["id"] for t in j["timeline"]] == [PLEDGE, ECHO]
    assert j["timeline"][0]["first"] is True and j["timeline"][0]["diff"] == []
    assert {"op": "insert", "text": "10 per cent"} in j["timeline"][1]["diff"]
    assert {o["outlet"] for o in j["outlets"]} == {"Hansard", "Daily Planet"}
    assert "verdicts" in j
    html = (await ds.client.get(STORY_URL)).text
    assert "First appearance" in html and "Timeline of appearances" in html
    assert html.index("Hansard") < html.index("Daily Planet")


@pytest.mark.asyncio
async def test_speaker_page(ds):
    j = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    assert j["ok"] is True and j["speaker"]["name"] == "Jane Doe"
    assert j["speaker"]["aliases"] == ["Jane Doe"]
    assert len(j["claims"]) == 5
    assert [c["article"]["published"] for c in j["claims"]] == sorted(c["article"]["published"] for c in j["claims"])
    assert {o["outlet"]: o["claims"] for o in j["outlets"]} == {"Hansard": 3, "Daily Planet": 2}
    assert j["by_month"] == [{"month": "2020-01", "claims": 5}]
    page = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json?_size=2")).json()
    assert len(page["claims"]) == 2 and page["next_url"]
    html = (await ds.client.get("/claims/-/claims/speaker/jane-doe")).text
    assert "Outlets quoting Jane Doe" in html


@pytest.mark.asyncio
async def test_article_page(ds):
    r = await ds.client.get("/claims/-/claims/article/hansard~2E2020~2F01")
    assert r.status_code == 200
    for claim_path in ("hansard~2E2020~2F01~3A0-50", "hansard~2E2020~2F01~3A51-105", "hansard~2E2020~2F01~3A106-153"):
        assert f'class="claims-span claims-span-claim" href="/claims/-/claims/claim/{claim_path}"' in r.text
    j = (await ds.client.get("/claims/-/claims/article/hansard~2E2020~2F01.json")).json()
    assert j["article"]["headline"] == "Budget statement"
    assert len(j["claims"]) == 3 and all(c["highlighted"] for c in j["claims"])


@pytest.mark.asyncio
async def test_escaping(ds):
    pages = [
        "/claims/-/claims/claim/star-1~3A0-83",
        "/claims/-/claims/article/star-1",
        "/claims/-/claims/speaker/bob-script-alert-speaker-script-jones",
        "/claims/-/claims/search?q=fuel+tax+gimmick",
        STORY_URL,
        "/claims/-/claims/stories",
        "/claims/-/claims",
        "/claims/-/claims/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
    ]
    for path in pages:
        r = await ds.client.get(path)
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text, path
        assert "<b>Star</b>" not in r.text, path
    text = (await ds.client.get("/claims/-/claims/claim/star-1~3A0-83")).text
    assert "&lt;script&gt;alert(" in text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path,status",
    [
        ("/claims/-/claims/claim/nope", 404),
        ("/claims/-/claims/claim/nope.json", 404),
        ("/claims/-/claims/story/nope.json", 404),
        ("/claims/-/claims/speaker/nope.json", 404),
        ("/claims/-/claims/article/nope.json", 404),
        ("/claims/-/claims/claim/%FF%FE.json", 404),
        ("/claims/-/claims/claim/~ZZ.json", 404),
        ("/nosuchdb/-/claims.json", 404),
        ("/claims/-/claims/search.json?_size=0", 400),
        ("/claims/-/claims/search?_size=0", 400),
        ("/claims/-/claims/stories?_sort=bogus", 400),
        ("/nosuchdb/-/claims", 404),
        ("/claims/-/claims/search.json?_size=abc", 400),
        ("/claims/-/claims/search.json?since=yesterday", 400),
        ("/claims/-/claims/search.json?since=2021&until=2020", 400),
        ("/claims/-/claims/search.json?since=2020-13-45", 400),
        ("/claims/-/claims/search.json?until=2021-02-30", 400),
        ("/claims/-/claims/search.json?q=fuel+tax&_next=W05hTiwgImEiLCAiYiJd", 400),
        ("/claims/-/claims/search.json?q=tax&_next=%%%", 400),
        ("/claims/-/claims/search.json?q=tax&_next=WzEsMl0", 400),
        ("/claims/-/claims/search.json?outlet=Hansard&_next=WzEsMl0", 400),
        ("/claims/-/claims/stories.json?_sort=bogus", 400),
        ("/claims/-/claims/stories.json?_next=WyJ4IiwxXQ", 400),
        ("/claims/-/claims/stories.json?drift=maybe", 400),
        ("/claims/-/claims/speaker/jane-doe.json?_next=bad", 400),
        ("/claims/-/claims/story/story~3Afuel~3Ctax~3E.json?_next=WzFd", 400),
        # (a query over 2,000 characters is cut there, as the search box cuts a paste:
        # tests/test_search_long_paste.py; one longer than any address is refused)
        ("/claims/-/claims/search.json?q=" + "x" * 20_001, 400),
    ],
)
async def test_errors(ds, path, status):
    r = await ds.client.get(path)
    assert r.status_code == status, r.text
    if path.split("?")[0].endswith(".json"):
        j = r.json()
        assert j["ok"] is False and j["status"] == status and j["error"]


@pytest.mark.asyncio
async def test_fts_syntax_in_query_is_not_an_error(ds):
    for q in ['"unbalanced', "tax AND OR NOT", "NEAR(", "*", "fuel^tax", "(((", "-"]:
        r = await ds.client.get("/claims/-/claims/search.json", params={"q": q})
        assert r.status_code == 200, (q, r.text)


@pytest.mark.asyncio
async def test_not_a_claims_database(tmp_path):
    import sqlite_utils

    path = str(tmp_path / "other.db")
    sqlite_utils.Database(path)["t"].insert({"a": 1})
    ds = make_datasette([path])
    r = await ds.client.get("/other/-/claims.json")
    assert r.status_code == 404 and r.json()["ok"] is False


@pytest.mark.asyncio
async def test_empty_claims_database(tmp_path):
    from datasette_claims.store import open_db

    path = str(tmp_path / "empty.db")
    open_db(path)
    ds = make_datasette([path])
    for p in ["/empty/-/claims", "/empty/-/claims/stories", "/empty/-/claims/search?q=anything", "/empty/-/claims/search?outlet=x"]:
        r = await ds.client.get(p)
        assert r.status_code == 200, p
    j = (await ds.client.get("/empty/-/claims.json")).json()
    assert j["counts"]["claims"] == 0 and j["sourcing_mix"] == [] and j["latest_stories"] == []


@pytest.mark.asyncio
async def test_base_url(story_db_path):
    ds = make_datasette([story_db_path], settings={"base_url": "/prefix/"})
    for path in ["/claims/-/claims", PLEDGE_URL, STORY_URL, "/claims/-/claims/search?q=fuel+tax", "/claims/-/claims/article/planet-1", "/claims/-/claims/speaker/jane-doe", "/claims/-/claims/stories"]:
        r = await ds.client.get(path)  # the client adds /prefix/
        assert r.status_code == 200, path
        hrefs = [h for h in r.text.split('href="')[1:]]
        for h in hrefs:
            link = h.split('"')[0]
            if link.startswith("/"):
                assert link.startswith("/prefix/"), (path, link)
    j = (await ds.client.get(PLEDGE_URL + ".json")).json()
    assert j["claim"]["url"] == "/prefix" + PLEDGE_URL
    assert j["similar"][0]["claim"]["url"].startswith("/prefix/claims/-/claims/claim/")
    j = (await ds.client.get("/claims/-/claims/search.json?outlet=Hansard&_size=1")).json()
    assert j["next_url"].startswith("/prefix/claims/-/claims/search.json?")
    j2 = await ds.client.get(PrefixedUrlString(j["next_url"]))
    assert j2.status_code == 200 and len(j2.json()["results"]) == 1


@pytest.mark.asyncio
async def test_json_link_and_breadcrumbs(ds):
    html = (await ds.client.get(PLEDGE_URL)).text
    assert f'href="{PLEDGE_URL}.json"' in html
    assert '<a href="/claims">claims</a>' in html  # database crumb from Datasette
    assert 'href="/claims/-/claims">claims</a>' in html


@pytest.mark.asyncio
async def test_only_http_urls_become_links(ds):
    for path in ["/claims/-/claims/claim/star-1~3A0-83", "/claims/-/claims/article/star-1"]:
        r = await ds.client.get(path)
        assert "javascript:" not in r.text
    j = (await ds.client.get("/claims/-/claims/article/star-1.json")).json()
    assert j["article"]["source_url"] is None
    j = (await ds.client.get("/claims/-/claims/article/planet-1.json")).json()
    assert j["article"]["source_url"] == "https://planet.example/doe-tax"


def add_factchecks(db_path):
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    if not db["factchecks"].exists():
        pytest.skip("no factchecks table in this schema")
    db["factchecks"].insert_all(
        [
            {"id": "fc1", "claim": "Doe says the fuel tax will be cut by ten percent", "claimant": "Jane Doe",
             "rating": "Half true", "url": "https://checks.example/fuel", "publisher": "Checkers <i>Inc</i>",
             "review_date": "2020-01-10"},
            {"id": "fc2", "claim": "Fuel tax cut <script>alert('fc')</script> promised", "rating": "False",
             "url": "javascript:alert('fc')", "publisher": "Evil"},
        ]
    )
    db.conn.commit()


@pytest.mark.asyncio
async def test_past_factchecks_in_search(story_db_path):
    add_factchecks(story_db_path)
    ds = make_datasette([story_db_path])
    j = (await ds.client.get("/claims/-/claims/search.json?q=fuel+tax+cut")).json()
    ids = {f["id"] for f in j["factchecks"]}
    if not ids:
        pytest.skip("fact-check search module not available")
    assert "fc1" in ids
    assert all(f["url"] in (None, "https://checks.example/fuel") for f in j["factchecks"])
    html = (await ds.client.get("/claims/-/claims/search?q=fuel+tax+cut")).text
    assert "Past fact-checks" in html and 'href="https://checks.example/fuel"' in html
    assert "javascript:" not in html and "<script>alert" not in html and "<i>Inc</i>" not in html
    # hidden with the factchecks table
    ds = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {"factchecks": {"allow": {"id": "alice"}}}}}})
    j = (await ds.client.get("/claims/-/claims/search.json?q=fuel+tax+cut")).json()
    assert j["factchecks"] == []


@pytest.mark.asyncio
@pytest.mark.parametrize("size", ["²", "٣", "1e3", "-1", "9999999999999"])
async def test_odd_sizes(ds, size):
    r = await ds.client.get("/claims/-/claims/search.json", params={"outlet": "Hansard", "_size": size})
    assert r.status_code == 400


@pytest.mark.asyncio
async def test_undated_articles_paginate(tmp_path):
    from conftest import build_claims_db

    docs = [
        {"id": f"d{i}", "kind": "transcript", "speaker": "Ann Lee", "outlet": "Gazette",
         **({"date": f"2021-03-0{i}"} if i % 2 else {}), "title": f"Doc {i}",
         "text": f"The library will open on day {i}. The pool will close on day {i}."}
        for i in range(1, 6)
    ]
    ds = make_datasette([build_claims_db(tmp_path, docs=docs)])
    seen, url = [], "/claims/-/claims/speaker/ann-lee.json?_size=3"
    while url:
        j = (await ds.client.get(PrefixedUrlString(url) if seen else url)).json()
        assert j["ok"] is True
        seen += [c["id"] for c in j["claims"]]
        url = j["next_url"]
    assert len(seen) == len(set(seen)) == 10
    dates = [None if "d2" in i or "d4" in i else i for i in seen]
    assert dates[-4:] == [None] * 4 and None not in dates[:-4]  # by date, then the undated
    seen, url = [], "/claims/-/claims/search.json?outlet=Gazette&_size=4"
    while url:
        j = (await ds.client.get(PrefixedUrlString(url) if seen else url)).json()
        seen += [x["claim"]["id"] for x in j["results"]]
        url = j["next_url"]
    assert len(seen) == len(set(seen)) == 10


@pytest.mark.asyncio
async def test_common_sourcing_uses_date_order(ds, monkeypatch):
    from datasette_claims.views import data

    monkeypatch.setattr(data, "COMMON_ROWS", 2)
    j = (await ds.client.get("/claims/-/claims/search.json?sourcing=named_person&_size=3")).json()
    assert [x["claim"]["article"]["published"] for x in j["results"]] == ["2020-01-05"] * 3
    j2 = (await ds.client.get(PrefixedUrlString(j["next_url"]))).json()
    assert len(j2["results"]) == 3 and j2["next"]
    # the speaker filter and the speaker page take the same path
    j = (await ds.client.get("/claims/-/claims/search.json?speaker=jane-doe&_size=2")).json()
    ids = [x["claim"]["id"] for x in j["results"]]
    j2 = (await ds.client.get(PrefixedUrlString(j["next_url"]))).json()
    ids += [x["claim"]["id"] for x in j2["results"]]
    assert len(ids) == 4 and len(set(ids)) == 4
    j = (await ds.client.get("/claims/-/claims/speaker/jane-doe.json")).json()
    assert len(j["claims"]) == 5


@pytest.mark.asyncio
async def test_speaker_filter_by_unregistered_name(ds):
    j = (await ds.client.get("/claims/-/claims/search.json", params={"speaker": "Nobody Known"})).json()
    assert j["ok"] is True and j["results"] == []


@pytest.mark.asyncio
async def test_time_limit_gives_503_not_500(ds, monkeypatch):
    from datasette.utils import sqlite_timelimit

    from datasette_claims.views import base, overview

    def no_time(conn, ms):  # Datasette's own limit, at 0 ms: SQLite interrupts every page query
        return sqlite_timelimit(conn, 0)

    assert (await ds.client.get("/claims/-/claims.json")).status_code == 200
    overview._cache.clear()
    monkeypatch.setattr(base, "sqlite_timelimit", no_time)
    j = (await ds.client.get("/claims/-/claims.json")).json()
    assert j["ok"] is True and j["partial"] is True and j["counts"]["claims"] is None
    assert (await ds.client.get("/claims/-/claims")).status_code == 200
    r = await ds.client.get(PLEDGE_URL + ".json")
    assert r.status_code == 503 and r.json()["ok"] is False
    r = await ds.client.get(PLEDGE_URL)
    assert r.status_code == 503
