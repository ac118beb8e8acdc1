"""One of a thing is not "1 things": the fact-check import's summary and the
queue's "and N more reports" (the pages' other counts use the ``count`` macro)."""

from __future__ import annotations

import pytest
from conftest import make_datasette
from test_desk3_queue import db_path  # noqa: F401 (the fixture)

from datasette_claims.factchecks.parse import Problem
from datasette_claims.factchecks.store import ImportReport
from datasette_claims.text import counted


def test_counted():
    assert [counted(n, "story", "stories") for n in (0, 1, 2)] == ["0 stories", "1 story", "2 stories"]
    assert counted(1, "report") == "1 report" and counted(3, "report") == "3 reports"


def test_one_fact_check_one_malformed_record_one_alert():
    report = ImportReport("x.json", added=1, problems=[Problem(where="line 1", reason="bad")], alerts=1)
    text = report.summary()
    assert text.startswith("1 fact-check (1 new") and "1 malformed record skipped" in text
    assert text.endswith("1 new alert")
    assert ImportReport("y.json", added=2).summary().startswith("2 fact-checks (2 new")


@pytest.mark.asyncio
async def test_one_more_report_is_singular(db_path):  # noqa: F811
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        pair = conn.execute("select story_id from claims where story_id is not null group by story_id "
                            "having count(*) = 2").fetchone()
    assert pair, "the invented reports hold a story of two claims"
    html = (await make_datasette([db_path]).client.get("/claims/-/claims/queue")).text
    assert "1 more report</a>" in html and "1 more reports" not in html
