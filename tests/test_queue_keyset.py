"""A later page of the review queue starts at its token's place in the bound index
(``queue_scores.candidates`` with ``after``), for an actor who sees every signal: before
that place only claims a verdict scored below their bound (on themselves, their story or
another report of it) can come after the token, and the other reports of a story tell
whether it was shown on an earlier page.  The pages must be the full scoring's, with
verdicts among the top claims, one row per story or every report, open or every status.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette
from test_queue_scores import all_pages, many  # noqa: F401  (the fixture)

from datasette_claims.factchecks import records
from datasette_claims.views import queue

HIDDEN = {"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}}


@pytest.fixture
def rated(many, tmp_path):  # noqa: F811
    """A copy of ``many`` with verdicts on every fifth of its top claims, some in stories."""
    path = str(tmp_path / "claims.db")
    with sqlite3.connect(many) as source, sqlite3.connect(path) as target:
        source.backup(target)
    conn = sqlite3.connect(path)
    top = [r[0] for r in conn.execute("select claim_id from claim_scores order by score desc, claim_id limit 60")]
    with conn:
        for claim in top[::5]:
            vid = conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                               "values (?, 'False', 'tester', '2026-01-01')", [claim]).lastrowid
            records.status_after_verdict(conn, vid, claim_id=claim, actor="tester")
    assert conn.execute("select count(*) from verdicts v join claims c on c.id = v.claim_id "
                        "where c.story_id is not null").fetchone()[0] > 0
    conn.close()
    return path


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["status=all&reports=all", "status=all", "x=1", "status=published"])
async def test_pages_from_the_tokens_place_are_the_full_order(rated, monkeypatch, query):
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 5)
    monkeypatch.setattr(queue, "WIDEN", 2)
    full = await all_pages(make_datasette([rated], config=HIDDEN), size=6, query=query)
    paged = await all_pages(make_datasette([rated]), size=6, query=query)
    assert len(full) > (5 if "published" in query else 12)
    assert paged == full
    assert len({i for i, _ in paged}) == len(paged)  # no row twice


@pytest.mark.asyncio
@pytest.mark.parametrize("query, siblings", [("status=all&reports=all", False), ("status=all", True)])
async def test_a_later_page_of_every_report_reads_no_story_siblings(rated, monkeypatch, query, siblings):
    """The other reports of a story tell the one-row-per-story queue whether the story was
    shown on an earlier page; the queue of every report (``reports=all``) ranks no story,
    so its later pages leave them out of their candidates, and its pages stay the full order."""
    asked = []
    real = queue.queue_scores.candidates

    def spy(conn, limit, key=None, after=None, siblings=True, *more):
        cut = real(conn, limit, key, after, siblings, *more)
        if after is not None:
            asked.append(cut.sql)
        return cut

    monkeypatch.setattr(queue.queue_scores, "candidates", spy)
    paged = await all_pages(make_datasette([rated]), size=6, query=query)
    full = await all_pages(make_datasette([rated], config=HIDDEN), size=6, query=query)
    assert paged == full
    assert asked
    assert all(("m.story_id = c.story_id" in sql) == siblings for sql in asked)
