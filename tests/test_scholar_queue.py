"""The review queue read deep, as a scholar pages through a corpus's queue.

Each page after the first must score every claim whose bound reaches the score
of the row it starts after (any of them may fall below that row once scored).
The candidates widened to that depth from the top, round after round (400, 3,200,
25,600 on Wikinews, each scored), so a page past the first few thousand rows took
0.33 s of CPU and hit the time limit on a busy machine.  They now start at that
depth (``queue_scores.depth``), with the same rows, page by page.  For an actor who
sees every signal a page now starts at its token's place in the index instead
(``queue_scores.candidates`` with ``after``): only claims a verdict scored below
their bound can come after the token from before that place.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import make_datasette
from test_queue_scores import all_pages, many  # noqa: F401  (the fixture)

from datasette_claims import queue_scores
from datasette_claims.views import queue


async def _walk(ds, asked: list[int], conn, query="status=all&reports=all"):
    """Every row page by page, and for each later page its first candidate limit beside the
    depth of its token (how many bounds reach the token's score)."""
    rows, url, firsts = [], f"/claims/-/claims/queue.json?{query}&_size=10", []
    while url:
        before = len(asked)
        j = (await ds.client.get(url)).json()
        token_score = rows[-1][1] if rows else None
        if token_score is not None:
            depth = conn.execute("select count(*) from claim_scores where score >= ?", [token_score]).fetchone()[0]
            firsts.append((asked[before], depth))
        rows += [(c["id"], c["score"]) for c in j["claims"]]
        url = j["next_url"]
    return rows, firsts


@pytest.fixture
def recorded(monkeypatch):
    asked: list[int] = []
    candidates = queue_scores.candidates

    def recording(conn, limit, *more):
        asked.append(limit)
        return candidates(conn, limit, *more)

    monkeypatch.setattr(queue_scores, "candidates", recording)
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 5)
    monkeypatch.setattr(queue, "WIDEN", 2)
    return asked


@pytest.mark.asyncio
async def test_a_deep_page_starts_at_its_tokens_place_in_the_index(many, recorded):  # noqa: F811
    hidden = make_datasette([many], config={"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}})
    full = await all_pages(hidden, size=10)
    conn = sqlite3.connect(many)
    rows, firsts = await _walk(make_datasette([many]), recorded, conn)
    conn.close()
    assert rows == full  # the same queue
    assert len(firsts) > 10
    # an actor who sees every signal: each page scores from its token's place, not from the depth
    assert all(first == 5 for first, _ in firsts), firsts
    assert any(depth > 5 for _, depth in firsts)


@pytest.mark.asyncio
async def test_without_every_signal_a_deep_page_starts_at_the_depth_of_its_token(many, recorded):  # noqa: F811
    # the speakers hidden: every named speaker's claim scores below its bound, so any claim
    # whose bound reaches the token's score may come after it
    tables = {"speakers": {"allow": False}}
    hidden = make_datasette([many], config={"databases": {"claims": {"tables": {
        **tables, "claim_scores": {"allow": False}}}}})
    full = await all_pages(hidden, size=10)
    conn = sqlite3.connect(many)
    rows, firsts = await _walk(make_datasette([many], config={"databases": {"claims": {"tables": tables}}}),
                               recorded, conn)
    conn.close()
    assert rows == full
    assert len(firsts) > 10
    assert all(first >= depth + 5 for first, depth in firsts), firsts


def test_depth_counts_the_bounds_reaching_a_score(many):  # noqa: F811
    conn = sqlite3.connect(many)
    scores = [r[0] for r in conn.execute("select score from claim_scores")]
    speaker = conn.execute("select speaker_id from claim_scores where speaker_id is not null limit 1").fetchone()[0]
    mid = sorted(scores)[len(scores) // 2]
    assert queue_scores.depth(conn, mid) == sum(s >= mid for s in scores)
    by_speaker = [r[0] for r in conn.execute("select score from claim_scores where speaker_id = ?", [speaker])]
    assert queue_scores.depth(conn, mid, queue_scores.Key("speaker_id", speaker)) == sum(s >= mid for s in by_speaker)
    conn.close()


@pytest.fixture
def reviewed(many, tmp_path):  # noqa: F811
    """A copy of ``many`` where a desk has worked: a few claims and one story with a status."""
    (tmp_path / "copy").mkdir()
    path = str(tmp_path / "copy" / "claims.db")  # all_pages reads /claims/
    conn = sqlite3.connect(many)
    conn.execute("vacuum into ?", [path])
    conn.close()
    conn = sqlite3.connect(path)
    claims = [r[0] for r in conn.execute("select id from claims where story_id is null order by id limit 4")]
    story = conn.execute("select story_id from claims where story_id is not null group by story_id "
                         "having count(*) >= 2 order by story_id limit 1").fetchone()[0]
    rows = [(claims[0], None, "published", "ana"), (claims[1], None, "published", None),
            (claims[2], None, "assigned", "ana"), (claims[3], None, "dismissed", None),
            (None, story, "published", "ana")]
    with conn:
        conn.executemany("insert into claim_status (claim_id, story_id, status, assignee, created)"
                         " values (?, ?, ?, ?, '2031-01-01T00:00:00')", rows)
    conn.close()
    return path


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["status=published", "status=published&reports=all", "assignee=ana",
                                   "status=dismissed", "status=in_progress", "status=published&assignee=ana"])
async def test_a_reviewed_status_scores_only_the_claims_with_a_status(reviewed, monkeypatch, query):
    from datasette_claims.factchecks import checkworthy

    hidden = make_datasette([reviewed], config={"databases": {"claims": {"tables": {
        "claim_scores": {"allow": False}}}}})
    expected = await all_pages(hidden, query=query)
    scored: list[str] = []
    text_score = checkworthy.text_score

    def counting(content):
        scored.append(content)
        return text_score(content)

    monkeypatch.setattr(checkworthy, "text_score", counting)  # each new connection's SQL function
    asked: list[int] = []
    candidates = queue_scores.candidates
    monkeypatch.setattr(queue_scores, "candidates", lambda conn, limit, key=None: asked.append(limit)
                        or candidates(conn, limit, key))
    ds = make_datasette([reviewed])
    assert await all_pages(ds, query=query) == expected
    assert asked == []  # the bound index is not widened, page after page, towards every claim
    conn = sqlite3.connect(reviewed)
    with_status = conn.execute("select count(*) from claims c where exists (select 1 from claim_status st"
                               " where st.claim_id = c.id or st.story_id = c.story_id)").fetchone()[0]
    total = conn.execute("select count(*) from claims").fetchone()[0]
    conn.close()
    assert 5 <= with_status < total / 10
    assert len(scored) <= with_status * 4  # the reviewed claims, page by page, and no others


@pytest.mark.asyncio
async def test_a_reviewed_status_is_empty_to_who_may_not_read_the_statuses(reviewed):
    ds = make_datasette([reviewed], config={"databases": {"claims": {"tables": {"claim_status": {"allow": False}}}}})
    for query in ("status=published", "assignee=ana"):
        assert await all_pages(ds, query=query) == []
    assert len(await all_pages(ds, query="status=new&reports=all", size=50)) > 150  # everything is new to them
