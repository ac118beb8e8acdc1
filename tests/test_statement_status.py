"""One statement, one review status everywhere (``views/statuses.py``): after a verdict on
one report of a story, every other report's claim page (HTML and JSON), the story page
and the queue read the statement as checked, naming the report the verdict rated; a
report reopened later reopens the statement; an actor who may not read ``claim_status``
or ``verdicts`` sees nothing of them.

Invented reports (tests/test_desk3_queue.py), the real CLI loader, a real Datasette,
the reviewer's form POSTs as a browser sends them.
"""

from __future__ import annotations

import html
import sqlite3

import pytest
from conftest import make_datasette
from test_desk3_queue import db_path  # noqa: F401 (the fixture)
from test_desk3_verdict_status import _claim, _post, _url, copy  # noqa: F401 (copy: the fixture)
from test_factcheck_web import REVIEWERS, actor_cookies

QUEUE = "/claims/-/claims/queue.json?_size=max"


def _reports(path, story):
    """The story's claims, each with its outlet."""
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("select c.id, a.outlet from claims c join articles a on a.id = c.article_id "
                                 "where c.story_id = ? order by c.id", [story]).fetchall())


async def _status(ds, kind, ident, actor="alice"):
    cookies = actor_cookies(ds, actor) if actor else {}
    return (await ds.client.get(_url(kind, ident, ".json"), cookies=cookies)).json()["review_status"]


async def _rated(ds, path):
    """A verdict on one report of the "altered" story; its claim, the story, and another report."""
    rated, story = _claim(path, "altered")
    reports = _reports(path, story)
    other = next(c for c in reports if c != rated)
    page = _url("claim", rated)
    r = await _post(ds, page, page + "/verdict", rating="False", note="", url="")
    assert r.status_code == 302, r.text
    return rated, story, other, reports


@pytest.mark.asyncio
async def test_a_verdict_on_one_report_is_the_status_of_every_report(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    rated, story, other, reports = await _rated(ds, copy)
    # the other report's page: published, checked via the rated report (the old page said "new")
    status = await _status(ds, "claim", other)
    assert (status["status"], status["by_verdict"], status["note"]) == ("published", True, "verdict: False")
    assert status["via"] == {"claim_id": rated, "url": _url("claim", rated), "outlet": reports[rated]}
    page = (await ds.client.get(_url("claim", other), cookies=actor_cookies(ds, "alice"))).text
    assert (f'checked via <a href="{_url("claim", rated)}">{html.escape(reports[rated])}&#39;s report</a>' in page
            or f'checked via <a href="{_url("claim", rated)}">{html.escape(reports[rated])}\'s report</a>' in page)
    # the rated report's own page: published, not "via" another
    own = await _status(ds, "claim", rated)
    assert own["status"] == "published" and own["via"] is None and own["report"]["claim_id"] == rated
    # the story page says the same, naming the report
    told = await _status(ds, "story", story)
    assert told["status"] == "published" and told["via"]["claim_id"] == rated
    # and every report in the queue
    every = {c["id"]: c["status"] for c in (await ds.client.get(QUEUE + "&reports=all&status=all")).json()["claims"]}
    assert {every[c] for c in reports} == {"published"}


@pytest.mark.asyncio
async def test_a_report_reopened_later_reopens_the_statement(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    rated, story, other, reports = await _rated(ds, copy)
    page = _url("claim", other)
    r = await _post(ds, page, page + "/status", status="in_progress", assignee="bob")
    assert r.status_code == 302, r.text
    mine = await _status(ds, "claim", other)
    assert (mine["status"], mine["assignee"], mine["via"]) == ("in_progress", "bob", None)  # stays reopened
    theirs = await _status(ds, "claim", rated)
    assert theirs["status"] == "in_progress" and theirs["via"]["claim_id"] == other
    assert (await _status(ds, "story", story))["status"] == "in_progress"
    shown = [c for c in (await ds.client.get(QUEUE)).json()["claims"] if c["id"] in reports]
    assert [(c["status"], c["assignee"]) for c in shown] == [("in_progress", "bob")]


@pytest.mark.asyncio
async def test_hidden_statuses_and_verdicts_do_not_show_through_a_sibling(copy):  # noqa: F811
    ds = make_datasette([copy], config=REVIEWERS)
    rated, story, other, reports = await _rated(ds, copy)
    tables = {"claim_status": {"allow": False}}
    hidden = make_datasette([copy], config={"databases": {"claims": {"tables": tables}}})
    assert await _status(hidden, "claim", other, actor=None) is None
    assert await _status(hidden, "story", story, actor=None) is None
    page = (await hidden.client.get(_url("claim", other))).text
    assert "checked via" not in page and "claims-review-status" not in page
    # statuses readable, verdicts not: the status shows, its rating does not
    tables = {"verdicts": {"allow": False}}
    no_verdicts = make_datasette([copy], config={"databases": {"claims": {"tables": tables}}})
    status = await _status(no_verdicts, "claim", other, actor=None)
    assert (status["status"], status["note"], status["via"]["claim_id"]) == ("published", "verdict", rated)
    page = (await no_verdicts.client.get(_url("claim", other))).text
    line = page[page.index('class="claims-review-status"'):]
    assert "False" not in line[:line.index("</p>")]
