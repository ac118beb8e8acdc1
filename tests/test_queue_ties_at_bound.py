"""The queue's candidates read only the stories that can tie at their cut: for an actor who
sees every signal a story's reports all score their bound less one shared amount, so a
report past the cut can tie only with a candidate of its story at that same bound.  The
pages stay the full scoring's order, one row a story (its first published report among
those of its best score), for that actor and for one who sees fewer signals (invented
claims: the queue benchmark's generated database, small)."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from conftest import make_datasette
from datasette_claims import queue_scores
from datasette_claims.views import queue

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

QUEUE = "/claims/-/claims/queue.json"
HIDDEN = {"databases": {"claims": {"tables": {"claim_scores": {"allow": False}}}}}
NO_LINKS = {"databases": {"claims": {"tables": {"claim_matches": {"allow": False}}}}}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    import bench_queue

    path = str(tmp_path_factory.mktemp("ties") / "claims.db")
    bench_queue.build(path, 3_000, seed=11)  # stories of 2-5 reports; many bounds tie
    return path


def test_only_the_stories_at_the_bound_are_read(generated):
    conn = sqlite3.connect(generated)
    general = queue_scores.candidates(conn, 40)
    shared = queue_scores.candidates(conn, 40, shared_shift=True)
    assert general.bound == shared.bound
    wide = {r[0] for r in conn.execute(general.sql, general.params)}
    narrow = {r[0] for r in conn.execute(shared.sql, shared.params)}
    top = {r[0] for r in conn.execute("select claim_id from claim_scores order by score desc, claim_id limit 40")}
    assert top <= narrow <= wide and len(narrow) < len(wide)
    score, last = shared.bound
    at_bound = {s for (s,) in conn.execute(
        "select c.story_id from claim_scores t join claims c on c.id = t.claim_id "
        "where t.score = ? and t.claim_id <= ? and c.story_id is not null", [score, last])}
    # every report added is a tie, past the cut, in a story of a candidate at the bound
    for claim_id in narrow - top:
        x_score, story = conn.execute("select cs.score, c.story_id from claim_scores cs join claims c "
                                      "on c.id = cs.claim_id where cs.claim_id = ?", [claim_id]).fetchone()
        assert x_score == score and claim_id > last and story in at_bound


async def first_pages(ds, query: str, pages: int = 5, size: int = 40) -> list[tuple[str, float]]:
    """The rows of the queue's first ``pages`` pages (each cut past a run of tied bounds)."""
    out, url = [], f"{QUEUE}?{query}&_size={size}"
    while url and pages:
        j = (await ds.client.get(url)).json()
        out += [(c["id"], c["score"]) for c in j["claims"]]
        url, pages = j["next_url"], pages - 1
    return out


@pytest.mark.asyncio
@pytest.mark.parametrize("config", [None, NO_LINKS], ids=["every signal", "links hidden"])
@pytest.mark.parametrize("query", ["status=all", "status=all&outlet=Outlet+3"])
async def test_the_pages_are_the_full_scorings_order(generated, monkeypatch, config, query):
    full_config = {"databases": {"claims": {"tables": {**HIDDEN["databases"]["claims"]["tables"],
                                                       **((config or {}).get("databases", {})
                                                          .get("claims", {}).get("tables", {}))}}}}
    full = await first_pages(make_datasette([generated], config=full_config), query)
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 30)  # cuts inside runs of tied bounds
    monkeypatch.setattr(queue, "WIDEN", 2)
    monkeypatch.setattr(queue, "FEW", 1)  # an outlet's pages pre-ranked too
    paged = await first_pages(make_datasette([generated], config=config), query)
    assert paged == full and len(full) > 25
