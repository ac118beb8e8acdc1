"""A reviewer's form that the route refuses says that nothing was recorded and leads
back to the page it was on (before: Datasette's bare "Error 400" / "Forbidden" page);
a JSON client still gets the JSON error.  Real Datasette, the form POSTed with its
CSRF token as a browser sends it; invented reports (tests/conftest.py)."""

from __future__ import annotations

import re

import pytest
from conftest import build_claims_db, make_datasette, post_form_as

from datasette_claims.views.base import encode_id

PAGE = f"/claims/-/claims/claim/{encode_id('hansard.2020/01:0-50')}"
CONFIG = {"plugins": {"datasette-claims": {"reviewers": {"id": "alice"}}}}


@pytest.mark.asyncio
@pytest.mark.parametrize("actor, target, fields, status, reason", [
    ("alice", "/verdict", {"rating": "False", "url": "ftp://files.example/x"}, 400, "http:// or https://"),
    ("alice", "/verdict", {"rating": "Nonsense"}, 400, "Rating"),
    ("alice", "/status", {"status": "lost"}, 400, "status must be one of"),
    ("bob", "/verdict", {"rating": "False"}, 403, "claims-review"),
])
async def test_a_refused_form_says_so_and_leads_back(tmp_path, actor, target, fields, status, reason):
    ds = make_datasette([build_claims_db(tmp_path)], config=CONFIG)
    r = await post_form_as(ds, actor, PAGE, PAGE + target, fields)
    assert r.status_code == status, r.text
    assert "Nothing was recorded" in r.text and reason in r.text, r.text
    assert re.search(rf'<a href="{re.escape(PAGE)}">Back to the page</a>', r.text), r.text
    if actor == "alice":
        form = (await ds.client.get(PAGE, cookies={"ds_actor": ds.sign({"a": {"id": actor}}, "actor")})).text
        assert 'maxlength="10000"' in form and 'pattern="[Hh][Tt][Tt][Pp][Ss]?://.+"' in form


@pytest.mark.asyncio
async def test_a_json_client_still_gets_json(tmp_path):
    ds = make_datasette([build_claims_db(tmp_path)], config=CONFIG)
    r = await ds.client.post(PAGE + "/verdict", json={"rating": "Nonsense"})
    assert r.status_code == 403 and r.json()["ok"] is False


@pytest.mark.asyncio
async def test_the_reason_is_one_sentence_under_the_heading(tmp_path):
    """The reason ends with its own full stop; "Nothing was recorded." no longer runs on after it."""
    ds = make_datasette([build_claims_db(tmp_path)], config=CONFIG)
    r = await post_form_as(ds, "alice", PAGE, PAGE + "/status", {"status": "lost"})
    paragraph = re.search(r'<p class="claims-csrf-error">(.*?)</p>', r.text, re.S).group(1)
    assert paragraph.startswith("status must be one of") and paragraph.endswith(".")
    assert "Nothing was recorded" not in paragraph and "<h1>Nothing was recorded</h1>" in r.text
