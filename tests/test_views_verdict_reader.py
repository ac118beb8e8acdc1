"""One reader for a statement's verdict (``views.data.statement_verdicts``).

A claim's statement is rated by the claim's own latest verdict in force, else its
story's, else the latest on another report of its story.  The queue, the search, the
stories list and timeline, the speaker page and the claim page's "said before / said
again" all read it through this one function, which returns a small typed result
(``StatementVerdict``: the rating, who gave it, when, and where it was recorded).

Invented reports (a port warden's line reported by two outlets in March and said again
word for word in September), loaded with the real CLI, served by a real Datasette,
verdicts recorded and withdrawn through the reviewer's forms; the reader is called on a
real ``Page`` opened through Datasette's permission checks.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import load_with_cli, make_datasette, post_form_as
from datasette.utils.asgi import Request

from datasette_claims.views import READS
from datasette_claims.views.base import Page, encode_id
from datasette_claims.views.data import StatementVerdict, statement_ratings, statement_verdicts

LINE = '"The dredging fee is a toll on every skipper," said Mara Lind, the port warden.'
DOCS = [
    {"id": "fee-mar", "outlet": "Halden Post", "date": "2033-03-04", "title": "Dredging fee",
     "text": f"The council met on Tuesday.\n\n{LINE}"},
    {"id": "fee-mar-b", "outlet": "Quay Weekly", "date": "2033-03-05", "title": "Fee for the breakwater",
     "text": f"Boat owners gathered at the slipway.\n\n{LINE}"},
    {"id": "fee-sep", "outlet": "Port Halden Gazette", "date": "2033-09-18", "title": "Fee row returns",
     "text": f"The fee came up again at the harbour board.\n\n{LINE}"},
]
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": ["alice"]}}}}


@pytest.fixture
def loaded(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return load_with_cli(str(tmp_path / "claims.db"), docs)


def _claims(path) -> dict[str, tuple[str, str | None]]:
    """article id -> (claim id, story id) of the warden's line."""
    with sqlite3.connect(path) as conn:
        return {a: (c, s) for c, a, s in conn.execute(
            "select id, article_id, story_id from claims where content like '%dredging fee%'")}


def _page_url(claim_id=None, story_id=None, suffix=""):
    if claim_id is not None:
        return f"/claims/-/claims/claim/{encode_id(claim_id)}{suffix}"
    return f"/claims/-/claims/story/{encode_id(story_id)}{suffix}"


async def _post(ds, action: str, fields: dict, claim_id=None, story_id=None) -> None:
    """POST a reviewer's form (``action``: after the claim's or story's address) as alice."""
    page = _page_url(claim_id, story_id)
    r = await post_form_as(ds, "alice", page, page + action, fields)
    assert r.status_code == 302, r.text


async def _verdict(ds, rating, claim_id=None, story_id=None) -> int:
    await _post(ds, "/verdict", {"rating": rating, "note": "", "url": ""}, claim_id, story_id)
    with sqlite3.connect(ds.databases["claims"].path) as conn:
        return conn.execute("select max(id) from verdicts").fetchone()[0]


async def _withdraw(ds, vid, claim_id=None, story_id=None):
    await _post(ds, f"/verdict/{vid}/withdraw", {"reason": "rated in error"}, claim_id, story_id)


async def _opened(ds, route="queue", actor_id=None) -> Page:
    """A real page of ``route`` for ``actor_id``, opened as ``views.view`` opens it (permissions asked)."""
    await ds.invoke_startup()  # (1.0 registers its actions at start-up; a request through ds.client would do it)
    request = Request.fake("/claims/-/claims/queue.json", url_vars={"database": "claims", "format": ".json"})
    if actor_id:
        request.scope["actor"] = {"id": actor_id}
    page = Page(ds, request)
    await page.open(READS[route])
    return page


async def _read(ds, rows, **kwargs) -> dict[str, StatementVerdict]:
    return await statement_verdicts(await _opened(ds, **kwargs), rows)


def _rows(ids, *articles):
    return [{"id": ids[a][0], "story_id": ids[a][1]} for a in articles]


def test_the_fixture_has_a_story_in_march_and_its_line_said_again_in_september(loaded):
    ids = _claims(loaded)
    assert set(ids) == {"fee-mar", "fee-mar-b", "fee-sep"}
    assert ids["fee-mar"][1] and ids["fee-mar"][1] == ids["fee-mar-b"][1] and ids["fee-sep"][1] is None
    with sqlite3.connect(loaded) as conn:
        assert conn.execute("select count(*) from claim_repeats").fetchone()[0] >= 1


@pytest.mark.asyncio
async def test_the_claims_own_verdict_then_the_storys_then_another_reports(loaded):
    ds = make_datasette([loaded], config=REVIEWERS)
    ids = _claims(loaded)
    a, b = ids["fee-mar"][0], ids["fee-mar-b"][0]
    story = ids["fee-mar"][1]
    assert await _read(ds, _rows(ids, "fee-mar", "fee-mar-b", "fee-sep")) == {}

    await _verdict(ds, "Half true", claim_id=b)
    found = await _read(ds, _rows(ids, "fee-mar", "fee-mar-b", "fee-sep"))
    assert set(found) == {a, b}  # the September line is no report of the story
    assert (found[a].rating, found[a].on, found[a].claim_id, found[a].report) == ("Half true", "report", b, b)
    assert (found[b].on, found[b].claim_id, found[b].report) == ("claim", b, None)
    assert found[a].reviewer == found[b].reviewer == "alice" and found[a].created == found[b].created
    assert found[a].created.startswith("20")

    await _verdict(ds, "False", story_id=story)
    found = await _read(ds, _rows(ids, "fee-mar", "fee-mar-b"))
    assert (found[a].rating, found[a].on, found[a].claim_id, found[a].report) == ("False", "story", None, None)
    assert (found[b].rating, found[b].on) == ("Half true", "claim")  # its own comes first

    own = await _verdict(ds, "Mostly true", claim_id=a)
    found = await _read(ds, _rows(ids, "fee-mar"))
    assert (found[a].rating, found[a].on, found[a].claim_id) == ("Mostly true", "claim", a)

    await _withdraw(ds, own, claim_id=a)  # a withdrawn verdict is not in force: the story's again
    found = await _read(ds, _rows(ids, "fee-mar"))
    assert (found[a].rating, found[a].on) == ("False", "story")
    assert await statement_ratings(await _opened(ds), _rows(ids, "fee-mar", "fee-mar-b")) == {
        a: "False", b: "Half true"}


@pytest.mark.asyncio
async def test_the_latest_of_several_verdicts_on_the_same_place_is_read(loaded):
    ds = make_datasette([loaded], config=REVIEWERS)
    ids = _claims(loaded)
    a, b = ids["fee-mar"][0], ids["fee-mar-b"][0]
    await _verdict(ds, "True", claim_id=b)
    await _verdict(ds, "False", claim_id=b)
    found = await _read(ds, _rows(ids, "fee-mar", "fee-mar-b"))
    assert found[a].rating == found[b].rating == "False"


@pytest.mark.asyncio
async def test_a_row_without_its_story_reads_the_claims_own_verdict_alone(loaded):
    # (a page that may not show the story passes None for it, as claim_dict does)
    ds = make_datasette([loaded], config=REVIEWERS)
    ids = _claims(loaded)
    a, b = ids["fee-mar"][0], ids["fee-mar-b"][0]
    await _verdict(ds, "False", claim_id=b)
    found = await _read(ds, [{"id": a, "story_id": None}, {"id": b, "story_id": None}])
    assert list(found) == [b] and found[b].on == "claim"


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["verdicts", "verdict_withdrawals"])
async def test_a_private_verdicts_table_leaves_the_reader_empty(loaded, table):
    writer = make_datasette([loaded], config=REVIEWERS)
    ids = _claims(loaded)
    await _verdict(writer, "False", story_id=ids["fee-mar"][1])
    config = {**REVIEWERS, "databases": {"claims": {"tables": {table: {"allow": {"id": "alice"}}}}}}
    ds = make_datasette([loaded], config=config)
    rows = _rows(ids, "fee-mar", "fee-mar-b")
    assert await _read(ds, rows) == {}  # (withdrawals hidden hide the verdicts: access.QUALIFIED_BY)
    assert set(await _read(ds, rows, actor_id="alice")) == {ids["fee-mar"][0], ids["fee-mar-b"][0]}


@pytest.mark.asyncio
async def test_said_before_the_queue_and_the_timeline_read_the_one_verdict(loaded):
    ds = make_datasette([loaded], config=REVIEWERS)
    ids = _claims(loaded)
    a, b, sep = ids["fee-mar"][0], ids["fee-mar-b"][0], ids["fee-sep"][0]
    story = ids["fee-mar"][1]
    await _verdict(ds, "Half true", claim_id=b)
    found = (await _read(ds, _rows(ids, "fee-mar", "fee-mar-b")))

    # the September claim's "said before": the March statement's verdict, as the reader gives it
    data = (await ds.client.get(_page_url(sep, suffix=".json"))).json()
    before = [r for r in data["repeats"]["before"] if r["verdict"]]
    assert before
    for r in before:
        seen = found[r["claim"]["id"]]
        v = r["verdict"]
        assert (v["rating"], v["reviewer"], v["created"], v["on"], v["claim_id"]) == (
            seen.rating, seen.reviewer, seen.created, seen.on, seen.claim_id)
        assert v["url"] == _page_url(b)

    # the queue (every report listed) and the story's timeline
    rows = (await ds.client.get("/claims/-/claims/queue.json?status=all&reports=all&_size=max")).json()["claims"]
    shown = {r["id"]: r["verdict"] for r in rows}
    assert shown[a] == shown[b] == "Half true" and shown[sep] is None
    timeline = (await ds.client.get(_page_url(story_id=story, suffix=".json"))).json()["timeline"]
    via = {t["claim"]["id"]: (t["verdict"], (t["verdict_via"] or {}).get("claim_id")) for t in timeline}
    assert via[a] == ("Half true", found[a].report) == ("Half true", b)
    assert via[b] == ("Half true", None)
