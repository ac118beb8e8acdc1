"""A reviewer's form refused by Datasette 0.65's CSRF check gets a readable page
(what happened, that nothing was recorded, a link back), a JSON client a JSON
error; other refusals are untouched.  On 1.0 Datasette's own cross-site page
stands.  Real Datasette (``datasette.client``), the invented reports of
tests/test_desk3_queue.py.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette
from test_desk3_queue import db_path  # noqa: F401 (the fixture)
from test_factcheck_web import REVIEWERS, actor_cookies

from datasette_claims.compat import IS_1_0
from datasette_claims.views.base import encode_id
from datasette_claims.views.csrf import back_to


def _verdicts(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from verdicts").fetchone()[0]


async def _page(ds, db_path):  # noqa: F811
    with sqlite3.connect(db_path) as conn:
        claim = conn.execute("select id from claims where article_id = 'denied'").fetchone()[0]
    page = f"/claims/-/claims/claim/{encode_id(claim)}"
    cookies = actor_cookies(ds, "alice")
    token = (await ds.client.get(page, cookies=cookies)).cookies.get("ds_csrftoken")
    if token:
        cookies["ds_csrftoken"] = token
    return page, cookies


@pytest.mark.skipif(IS_1_0, reason="0.65's asgi-csrf token check")
@pytest.mark.asyncio
async def test_a_form_with_a_stale_token_gets_a_readable_page(db_path):  # noqa: F811
    ds = make_datasette([db_path], config=REVIEWERS)
    page, cookies = await _page(ds, db_path)
    before = _verdicts(db_path)
    for data in ({"rating": "False", "csrftoken": "stale"}, {"rating": "False"}):
        r = await ds.client.post(page + "/verdict", data=data, cookies=cookies)
        assert r.status_code == 403
        assert r.headers["content-type"].startswith("text/html")
        assert "<title>The form was not sent" in r.text and "Nothing was recorded" in r.text
        assert f'href="{page}"' in r.text
    r = await ds.client.post(page + "/status.json", content=b'{"status": "assigned"}', cookies=cookies,
                             headers={"content-type": "application/json"})
    assert r.status_code == 403 and r.json()["ok"] is False and "Nothing was recorded" in r.json()["error"]
    # a script has no page to reload: it is told how to send the token, and doing so records
    assert "x-csrftoken header" in r.json()["error"] and "reload" not in r.json()["error"]
    assert _verdicts(db_path) == before
    r = await ds.client.post(page + "/verdict", content=b'{"rating": "False"}', cookies=cookies,
                             headers={"content-type": "application/json", "x-csrftoken": cookies["ds_csrftoken"]})
    assert r.status_code == 201 and _verdicts(db_path) == before + 1
    before += 1
    # the right token still records
    r = await ds.client.post(page + "/verdict", data={"rating": "False", "csrftoken": cookies["ds_csrftoken"]},
                             cookies=cookies)
    assert r.status_code == 302 and _verdicts(db_path) == before + 1


@pytest.mark.asyncio
async def test_other_refusals_are_left_alone(db_path):  # noqa: F811
    ds = make_datasette([db_path], config=REVIEWERS)
    page, cookies = await _page(ds, db_path)
    cookies = {k: v for k, v in cookies.items() if k != "ds_actor"}  # anonymous: no permission
    r = await ds.client.post(page + "/verdict", data={"rating": "False", "csrftoken": cookies.get("ds_csrftoken", "")},
                             cookies=cookies)
    assert r.status_code == 403 and "permission to record verdicts" in r.text
    if IS_1_0:  # Datasette's own page for a cross-site POST
        r = await ds.client.post(page + "/verdict", data={"rating": "False"}, cookies=actor_cookies(ds, "alice"),
                                 headers={"sec-fetch-site": "cross-site"})
        assert r.status_code == 403 and "The form was not sent" not in r.text


def test_back_to_the_page_the_form_was_on():
    assert back_to("/db/-/claims/claim/a~3Ab/verdict") == "/db/-/claims/claim/a~3Ab"
    assert back_to("/db/-/claims/story/st-1/verdict/4/withdraw") == "/db/-/claims/story/st-1"
    assert back_to("/db/-/claims/claim/x/status.json") == "/db/-/claims/claim/x"
    assert back_to("/db/-/claims/correction/3/undo") == "/db/-/claims"
