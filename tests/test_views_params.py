"""Every page parameter out of range is a 400 (with a message), never a 500.

Covers the reported cases (``alerts?_offset=99999999999999999999`` and
2**63 on HTML, JSON and Atom; a ``_next`` token holding 10**30) and the
same kinds of values on every page's ``_size``, ``_offset``, ``_next``,
filters and ids.
"""

from __future__ import annotations

import base64
import json

import pytest
from conftest import make_datasette

BASE = "/claims/-/claims"
PAGES = [
    BASE,
    BASE + "/search",
    BASE + "/search?q=fuel+tax",
    BASE + "/search?outlet=Hansard",
    BASE + "/stories",
    BASE + "/stories?_sort=latest",
    BASE + "/story/story~3Afuel~3Ctax~3E",
    BASE + "/claim/hansard~2E2020~2F01~3A0-50",
    BASE + "/speaker/jane-doe",
    BASE + "/article/hansard~2E2020~2F01",
    BASE + "/alerts",
]


def token(values) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def with_args(path, fmt, args):
    base, _, qs = path.partition("?")
    query = "&".join(p for p in (qs, args) if p)
    return base + fmt + ("?" + query if query else "")


BAD_OFFSETS = ["99999999999999999999", str(2**63), "9223372036854775808", "-1", "1e5", "abc", "10000001"]
BAD_SIZES = ["0", "-5", "99999999999999999999", str(2**63), "1.5", "abc", "%00"]
BAD_TOKENS = [
    token([10**30, "x"]),
    token([-(10**30), "x"]),
    token([2**63, "x"]),
    token(["2020-01-01", 10**30]),
    token([10**30, "a", "b"]),
    token([[1], {"a": 1}]),
    token({"a": 1}),
    "not-base64!!",
    token([None, None]),
    token([]),
]


@pytest.fixture
def ds(story_db_path):
    return make_datasette([story_db_path])


@pytest.mark.asyncio
@pytest.mark.parametrize("value", BAD_OFFSETS)
@pytest.mark.parametrize("fmt", ["", ".json", ".atom"])
async def test_alerts_offset_out_of_range(ds, fmt, value):
    r = await ds.client.get(f"{BASE}/alerts{fmt}?_offset={value}")
    assert r.status_code == 400, r.text[:300]
    assert "_offset" in r.text
    if fmt == ".json":
        assert r.json()["ok"] is False and r.json()["status"] == 400


@pytest.mark.asyncio
async def test_alerts_offset_in_range(ds):
    r = await ds.client.get(f"{BASE}/alerts.json?_offset=10000000&_size=max")
    assert r.status_code == 200 and r.json()["alerts"] == []


@pytest.mark.asyncio
@pytest.mark.parametrize("fmt", ["", ".json"])
@pytest.mark.parametrize("path", PAGES)
async def test_bad_size_and_next_on_every_page(ds, path, fmt):
    paginated = "/claim/" not in path and "/article/" not in path and path != BASE
    for value in BAD_SIZES:
        r = await ds.client.get(with_args(path, fmt, f"_size={value}"))
        # pages without pagination ignore _size
        assert r.status_code == (400 if paginated else 200), (path, value, r.status_code)
    for value in BAD_TOKENS:
        r = await ds.client.get(with_args(path, fmt, f"_next={value}"))
        assert r.status_code in (200, 400), (path, value, r.status_code, r.text[:300])
        if fmt == ".json" and r.status_code == 400:
            assert r.json()["ok"] is False


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [BASE + "/stories", BASE + "/stories?_sort=latest", BASE + "/story/story~3Afuel~3Ctax~3E",
     BASE + "/speaker/jane-doe", BASE + "/search?outlet=Hansard", BASE + "/search?q=fuel+tax"],
)
async def test_paginated_pages_refuse_huge_tokens(ds, path):
    """The reported 500: a keyset token holding 10**30 (SQLite cannot bind it)."""
    for values in ([10**30, "x"], ["2020-01-01", 10**30], [10**30, "2020", "x"], [2**63, "x"]):
        r = await ds.client.get(with_args(path, ".json", "_next=" + token(values)))
        assert r.status_code == 400, (path, values, r.status_code, r.text[:300])
        assert "_next" in r.json()["error"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "args",
    ["since=2020-13-01", "until=99999", "since=2021&until=2020", "q=" + "x" * 20_001,
     "outlet=" + "o" * 201, "_sort=sideways", "drift=2", "q=%00"],
)
async def test_bad_filters_are_400(ds, args):
    page = BASE + ("/stories" if args.startswith(("_sort", "drift")) else "/search")
    r = await ds.client.get(with_args(page, ".json", args))
    assert r.status_code == 400, (args, r.status_code)
    assert r.json()["ok"] is False


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "ident", ["%00", "~", "%FF%FE", "x" * 3000, "9" * 40, "%F0%9F%92%A9", "..", "a%2Fb", "~2F~2E~2E"]
)
@pytest.mark.parametrize("kind", ["claim", "story", "speaker", "article"])
async def test_odd_ids_are_404_not_500(ds, kind, ident):
    r = await ds.client.get(f"{BASE}/{kind}/{ident}.json")
    assert r.status_code in (404, 400), (kind, ident, r.status_code, r.text[:200])
    assert r.json()["ok"] is False


@pytest.mark.asyncio
async def test_verdict_routes_refuse_get_and_bad_json(story_db_path):
    ds = make_datasette([story_db_path], config={"plugins": {"datasette-claims": {"reviewers": {"id": "alice"}}}})
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    r = await ds.client.get(BASE + "/claim/hansard~2E2020~2F01~3A0-50/verdict", cookies=cookies)
    assert r.status_code == 405 and "POST" in r.text
    r = await ds.client.get(BASE + "/claim/hansard~2E2020~2F01~3A0-50/verdict")
    assert r.status_code == 403
