"""The claim page states how the claim was sourced and found: the anonymity
reason, the rule and its confidence (HTML and JSON), values escaped.

Invented article, real loader, real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette, write_docs

from datasette_claims import loader
from datasette_claims.views.base import encode_id

TEXT = ("The ferry levy will rise in spring, two officials said on Monday. Both spoke on condition of anonymity "
        "because the plan is not yet public.")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("facts")
    path = str(tmp / "claims.db")
    loader.load(path, [write_docs(tmp, [{"id": "f1", "outlet": "Bay Courier", "text": TEXT}])], match=False)
    return path


@pytest.mark.asyncio
async def test_anonymity_reason_and_rule_on_the_claim_page(db_path):
    conn = sqlite3.connect(db_path)
    claim_id, rule = conn.execute("select id, rule from claims where anonymity_reason is not null").fetchone()
    conn.close()
    ds = make_datasette([db_path])
    url = "/claims/-/claims/claim/" + encode_id(claim_id)
    data = (await ds.client.get(url + ".json")).json()
    assert data["claim"]["anonymity_reason"] == "because the plan is not yet public"
    assert data["claim"]["rule"] == rule and data["claim"]["utterance_id"]
    html = (await ds.client.get(url)).text
    assert "anonymous: because the plan is not yet public" in html
    assert f"<code>{rule}</code>" in html


@pytest.mark.asyncio
async def test_the_reason_is_escaped(db_path):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update claims set anonymity_reason = '<script>x</script>' where anonymity_reason is not null")
        claim_id = conn.execute("select id from claims where anonymity_reason is not null").fetchone()[0]
    conn.close()
    ds = make_datasette([db_path])
    html = (await ds.client.get("/claims/-/claims/claim/" + encode_id(claim_id))).text
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x</script>" not in html
