"""The pages attacked as a hostile corpus and a forged request would: what a page
links to must stay on this site or be http(s), whatever the request line or the
stored rows say.  Real Datasette (``datasette.client``), invented reports.
"""

from __future__ import annotations

import re

import pytest
from conftest import make_datasette
from test_desk3_queue import db_path  # noqa: F401 (the fixture)

from datasette_claims.compat import IS_1_0
from datasette_claims.views.csrf import back_to

HREF = re.compile(r'href="([^"]*)"')
# Paths a forged form can POST to; browsers read each link as another site's.
OFF_SITE = ["//elsewhere.example/-/claims/claim/x/verdict", "/\\elsewhere.example/-/claims/claim/x/verdict",
            "/\t/elsewhere.example/-/claims/claim/x/verdict", "//elsewhere.example/-/claims/correction/1/undo"]


def _on_site(href: str) -> bool:
    return href.startswith("/") and not href.startswith("//") and not re.search(r"[\\\s]", href)


def test_the_way_back_stays_on_this_site():
    for path in OFF_SITE:
        assert _on_site(back_to(path)), path
    assert back_to("/db/-/claims/claim/a~3Ab/verdict") == "/db/-/claims/claim/a~3Ab"
    assert back_to("/d b/-/claims/claim/x/verdict") == "/d%20b/-/claims/claim/x"


@pytest.mark.skipif(IS_1_0, reason="0.65's asgi-csrf refusal page")
@pytest.mark.asyncio
async def test_a_forged_post_path_gets_no_off_site_link(db_path):  # noqa: F811
    ds = make_datasette([db_path])
    for path in OFF_SITE:
        path = path.replace("\t", "%09")  # (the server %-decodes it back into a tab)
        r = await ds.client.post(path, data={"rating": "False"}, cookies={"ds_csrftoken": "forged"})
        assert r.status_code == 403 and "Nothing was recorded" in r.text, path
        assert all(_on_site(h) or h.startswith("https://datasette.io") for h in HREF.findall(r.text)), path


@pytest.mark.asyncio
async def test_claimreview_publishes_only_http_links(db_path):  # noqa: F811
    """A verdict row written around the form (which refuses other schemes) with a
    ``javascript:`` link: ClaimReview, in its JSON and the claim page's JSON-LD, leaves it out."""
    import sqlite3

    from datasette_claims.factchecks import records
    from datasette_claims.views.base import encode_id

    with sqlite3.connect(db_path) as conn:
        claim = conn.execute("select id from claims where article_id = 'denied'").fetchone()[0]
        records.record_verdict(conn, claim_id=claim, rating="False", note="Checked", url="javascript:alert(1)",
                               reviewer="alice")
    ds = make_datasette([db_path])
    reviews = (await ds.client.get("/claims/-/claims/claimreview.json")).json()
    assert reviews and all("url" not in r or r["url"].startswith("http") for r in reviews)
    page = (await ds.client.get(f"/claims/-/claims/claim/{encode_id(claim)}")).text
    assert '"ClaimReview"' in page and "javascript:" not in page.lower()
