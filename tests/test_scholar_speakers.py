"""A speaker's page names the speakers quoted apart under the same surname.

On the Wikinews corpus George W. Bush's page counts 589 claims while "Bush"
(195), "Mr. Bush" (15), "U.S. president Bush" and "Pres. Bush" stand apart:
nothing on his page said so, and a scholar counting his claims took 589 for
all of them.  The page now lists them (most quoted first; each with its own
count, never added to this one's), for the reader or a reviewer's merge to
decide.  Invented articles, the real loader, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import build_claims_db, make_datasette

from datasette_claims.views.people import SAME_SURNAME

DOCS = [
    {"id": "q1", "outlet": "Quay Herald", "published": "2031-04-01",
     "text": "Harbour master Ada Quill said the lighthouse would be repainted in May."},
    {"id": "q2", "outlet": "Fen Courier", "published": "2031-04-03",
     "text": "The breakwater will be finished by August, Quill said on Friday."},
    {"id": "q3", "outlet": "Fen Courier", "published": "2031-04-05",
     "text": "Ms. Quill told reporters the ferry would keep its winter timetable."},
    {"id": "q4", "outlet": "Quay Herald", "published": "2031-04-07",
     "text": "Mayor Tobias Renn said the harbour fees would not rise this year."},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_claims_db(tmp_path_factory.mktemp("speakers"), name="people", docs=DOCS)


def _speakers(db_path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    rows = dict(conn.execute("select name, id from speakers"))
    conn.close()
    return rows


async def _page(db_path, speaker_id):
    ds = make_datasette([db_path])
    r = await ds.client.get(f"/people/-/claims/speaker/{speaker_id}.json")
    assert r.status_code == 200, r.text
    html = (await ds.client.get(f"/people/-/claims/speaker/{speaker_id}")).text
    return r.json(), html


@pytest.mark.asyncio
async def test_the_full_name_page_lists_the_surname_alone_and_with_a_title(db_path):
    ids = _speakers(db_path)
    assert {"Ada Quill", "Quill", "Ms. Quill"} <= ids.keys()  # apart, as the corpus shows them
    data, html = await _page(db_path, ids["Ada Quill"])
    found = data["same_surname"]
    assert sorted(s["name"] for s in found["speakers"]) == ["Ms. Quill", "Quill"]
    assert found["more"] is False
    assert all(s["claim_count"] == 1 for s in found["speakers"])
    assert data["speaker"]["claim_count"] == 1  # their claims are not added to this one's
    assert "Quoted apart under the same surname" in html and f'href="{found["speakers"][0]["url"]}"' in html


@pytest.mark.asyncio
async def test_the_surname_page_lists_the_full_name(db_path):
    ids = _speakers(db_path)
    data, _ = await _page(db_path, ids["Quill"])
    assert sorted(s["name"] for s in data["same_surname"]["speakers"]) == ["Ada Quill", "Ms. Quill"]


@pytest.mark.asyncio
async def test_another_surname_lists_nobody(db_path):
    ids = _speakers(db_path)
    data, html = await _page(db_path, ids["Tobias Renn"])
    assert data["same_surname"]["speakers"] == [] and data["same_surname"]["more"] is False
    assert "Quoted apart under the same surname" not in html


@pytest.mark.asyncio
async def test_a_long_list_is_cut_and_says_so(db_path, tmp_path):
    path = str(tmp_path / "many.db")
    conn = sqlite3.connect(db_path)
    conn.execute("vacuum into ?", [path])
    conn.close()
    conn = sqlite3.connect(path)
    with conn:  # namesakes as a corpus gives them, one claim each
        conn.executemany("insert into speakers (id, name, kind, aliases, claim_count) values (?, ?, 'person', ?, 1)",
                         [(f"namesake-{i}", f"Person{chr(65 + i)} Quill", "[]") for i in range(SAME_SURNAME + 2)])
    conn.close()
    ds = make_datasette([path])
    data = (await ds.client.get(f"/many/-/claims/speaker/{_speakers(path)['Ada Quill']}.json")).json()
    assert len(data["same_surname"]["speakers"]) == SAME_SURNAME and data["same_surname"]["more"] is True
    assert data["same_surname"]["speakers_url"] == "/many/-/claims/speakers?q=Quill"
    html = (await ds.client.get(f"/many/-/claims/speaker/{_speakers(path)['Ada Quill']}")).text
    assert 'href="/many/-/claims/speakers?q=Quill">more with this surname</a>' in html


@pytest.mark.asyncio
async def test_roles_past_the_twenty_shown_are_counted_not_dropped(db_path, tmp_path):
    path = str(tmp_path / "roles.db")
    conn = sqlite3.connect(db_path)
    conn.execute("vacuum into ?", [path])
    conn.close()
    conn = sqlite3.connect(path)
    speaker_id = conn.execute("select id from speakers where name = 'Tobias Renn'").fetchone()[0]
    article = conn.execute("select article_id from claims where speaker_id = ?", [speaker_id]).fetchone()[0]
    roles = [f"Chair of committee {chr(65 + i)}" for i in range(24)]
    with conn:  # a long career: one role more often than the next
        conn.executemany(
            "insert into claims (id, article_id, speaker_id, speaker, speaker_role, content, start, end, sourcing,"
            " quote_type, utterance_id) values (?, ?, ?, 'Tobias Renn', ?, 'The fees will not rise.', 0, 1,"
            " 'named_person', 'indirect', ?)",
            [(f"role-{i}-{k}", article, speaker_id, role, f"role-{i}-{k}")
             for i, role in enumerate(roles) for k in range(30 - i)])
    conn.close()
    ds = make_datasette([path])
    data = (await ds.client.get(f"/roles/-/claims/speaker/{speaker_id}.json")).json()
    assert [r["role"] for r in data["roles"]] == roles[:20]
    assert data["roles_more"] == 4 + 1  # the four rarest committees and the role the load gave
    html = (await ds.client.get(f"/roles/-/claims/speaker/{speaker_id}")).text
    assert "and 5 more roles" in html
