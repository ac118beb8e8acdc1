"""A verdict on one report of a story takes the statement out of the default review
queue (one row per story): the story's row reads the latest status among its own rows
and its reports' rows, so another report no longer stands in for it as "new / not yet
checked"; a report reopened alone brings the story back.  With every report listed, each
reads the statement's status (``views/statuses.py``).

Invented reports (tests/test_desk3_queue.py), the real CLI loader, a real Datasette,
the reviewer's form POSTs as a browser sends them.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette
from test_desk3_queue import db_path  # noqa: F401 (the fixture)
from test_desk3_verdict_status import _claim, _post, _url, copy  # noqa: F401 (copy: the fixture)
from test_factcheck_web import REVIEWERS

QUEUE = "/claims/-/claims/queue.json?_size=max"


async def _rows(ds, query=""):
    return (await ds.client.get(QUEUE + query)).json()["claims"]


def _members(path, story):
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select id from claims where story_id = ?", [story])}


def _of_story(rows, members):
    return [r for r in rows if r["id"] in members]


@pytest.mark.asyncio
async def test_a_verdict_on_one_report_closes_its_story_until_a_report_is_reopened(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    _, story = _claim(copy, "altered")
    members = _members(copy, story)
    assert len(members) > 2
    shown = _of_story(await _rows(ds), members)
    assert len(shown) == 1 and shown[0]["status"] == "new"
    # the verdict rates a report that is not the story's row: the old queue then showed the row still open
    checked = sorted(members - {shown[0]["id"]})[0]
    page = _url("claim", checked)
    r = await _post(ds, page, page + "/verdict", rating="False", note="", url="")
    assert r.status_code == 302, r.text
    assert _of_story(await _rows(ds), members) == []  # the statement left the open queue
    published = _of_story(await _rows(ds, "&status=published"), members)
    assert [(r["status"], r["verdict"]) for r in published] == [("published", "False")]
    assert "unchecked" not in {s["signal"] for s in published[0]["reasons"]}
    # every report: one statement, one status (views/statuses.py): each report reads published
    every = {r["id"]: r for r in _of_story(await _rows(ds, "&reports=all&status=all"), members)}
    assert {every[m]["status"] for m in members} == {"published"}
    # a report reopened alone, on purpose: its story is open again, as that report's status says
    reopened = sorted(members - {checked})[-1]
    page = _url("claim", reopened)
    r = await _post(ds, page, page + "/status", status="in_progress", assignee="bob")
    assert r.status_code == 302, r.text
    again = _of_story(await _rows(ds), members)
    assert [(r["status"], r["assignee"]) for r in again] == [("in_progress", "bob")]
    assert _of_story(await _rows(ds, "&assignee=bob"), members) == again


@pytest.mark.asyncio
async def test_an_actor_who_may_not_read_statuses_still_sees_the_story_new(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    _, story = _claim(copy, "altered")
    members = _members(copy, story)
    page = _url("claim", sorted(members)[0])
    r = await _post(ds, page, page + "/verdict", rating="False", note="", url="")
    assert r.status_code == 302, r.text
    hidden = make_datasette([copy], config={"databases": {"claims": {"tables": {"claim_status": {"allow": False}}}}})
    shown = _of_story(await _rows(hidden), members)
    assert [r["status"] for r in shown] == ["new"]
    assert _of_story(await _rows(hidden, "&status=published"), members) == []


@pytest.mark.asyncio
async def test_a_claim_outside_any_story_is_as_before(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    with sqlite3.connect(copy) as conn:
        alone = conn.execute("select id from claims where story_id is null order by id limit 2").fetchall()
    first, second = alone[0][0], alone[1][0]
    page = _url("claim", first)
    r = await _post(ds, page, page + "/verdict", rating="True", note="", url="")
    assert r.status_code == 302, r.text
    open_ids = {r["id"] for r in await _rows(ds)}
    assert first not in open_ids and second in open_ids
