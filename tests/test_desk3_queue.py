"""The review queue as a desk reads it: a contradicted report is a strong signal,
drift is a quotation's own, a story takes one row, and "one" / "only" are words.

Invented reports (a quotation altered by a later outlet, a paraphrase of it, a
denial of an assertion), the real CLI loader, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette
from test_desk_stories import DOCS

from datasette_claims.factchecks.checkworthy import SIGNALS, text_signals

QUEUE = "/claims/-/claims/queue.json"
MORE = DOCS + [
    {"id": "retold", "outlet": "Valley Courier", "published": "2026-02-05",
     "text": "Transport secretary Maren Holt said the ferry terminal had been closed twice this winter and would "
             "not close again before May."},
    {"id": "asserted", "outlet": "Gull Press Agency", "published": "2026-03-01",
     "text": "Harbour board chair Lotte Vik said the east wing of the ferry hall will close its 40 berths in June."},
    {"id": "denied", "outlet": "Inland Mercury", "published": "2026-03-02",
     "text": "Harbour board chair Lotte Vik denied that the east wing of the ferry hall will close its 40 berths "
             "in June."},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("desk3q")
    path = load_docs_with_cli(tmp, MORE)
    return path


def _by_article(claims):
    return {c["id"].split(":")[0]: c for c in claims}


def _signals(claim):
    return {r["signal"] for r in claim["reasons"]}


@pytest.mark.asyncio
async def test_a_contradicted_report_is_a_strong_signal(db_path):
    assert SIGNALS["conflict"].weight == max(s.weight for s in SIGNALS.values())
    rows = _by_article((await make_datasette([db_path]).client.get(QUEUE + "?reports=all")).json()["claims"])
    assert "conflict" in _signals(rows["asserted"]) and "conflict" in _signals(rows["denied"])
    assert not any("conflict" in _signals(c) for a, c in rows.items() if a not in ("asserted", "denied"))
    for c in rows.values():
        assert c["score"] == round(sum(r["weight"] for r in c["reasons"]), 2)


@pytest.mark.asyncio
async def test_only_a_quotation_drifts(db_path):
    rows = _by_article((await make_datasette([db_path]).client.get(QUEUE + "?reports=all")).json()["claims"])
    assert rows["retold"]["story_url"] == rows["altered"]["story_url"]  # one story, whose quotes drifted
    assert "drift" in _signals(rows["altered"])
    assert "drift" not in _signals(rows["retold"])  # the paraphrase's wording is its own


@pytest.mark.asyncio
async def test_a_story_takes_one_row_saying_how_many_more(db_path):
    ds = make_datasette([db_path])
    every = (await ds.client.get(QUEUE + "?reports=all")).json()["claims"]
    grouped = (await ds.client.get(QUEUE)).json()["claims"]
    with sqlite3.connect(db_path) as conn:
        story_of = dict(conn.execute("select id, story_id from claims"))
        sizes = dict(conn.execute("select story_id, count(distinct article_id) from claims "
                                  "where story_id is not null group by 1"))
        published = dict(conn.execute("select c.id, a.published from claims c join articles a on a.id = c.article_id"))
    shown = [story_of[c["id"]] for c in grouped if story_of[c["id"]]]
    assert len(shown) == len(set(shown)) == len(sizes) and len(grouped) < len(every)
    for c in grouped:  # the story's best report (the first published of its best score), then the others' count
        story = story_of[c["id"]]
        reports = [e for e in every if story_of[e["id"]] == story] if story else [c]
        top = max(e["score"] for e in reports)
        best = min((e for e in reports if e["score"] == top), key=lambda e: (published[e["id"]], e["id"]))
        assert c["id"] == best["id"]
        assert c["more_reports"] == (sizes[story] - 1 if story else 0)
    html = (await ds.client.get("/claims/-/claims/queue")).text
    assert "3 more reports" in html and "1 more reports" not in html


@pytest.mark.asyncio
async def test_grouped_pages_neither_repeat_nor_skip_a_story(db_path):
    ds = make_datasette([db_path])
    one_page = [c["id"] for c in (await ds.client.get(QUEUE + "?_size=50")).json()["claims"]]
    pages, url = [], QUEUE + "?_size=2"
    while url:
        j = (await ds.client.get(url)).json()
        pages += [c["id"] for c in j["claims"]]
        url = j["next_url"]
    assert pages == one_page


@pytest.mark.parametrize("sentence, signals", [
    ("No one on the council opposed the new mooring fund", []),
    ("One of the reasons is the cost of the pier", []),
    ("We only asked the harbour master to look again", []),
    ("This is the only ferry that still runs in winter", ["superlative"]),
    ("One in four cabins was empty last spring", ["numbers"]),  # the ratio carries another number
    ("Two ferries were laid up", ["numbers"]),
])
def test_one_and_only_as_words(sentence, signals):
    assert text_signals(sentence) == signals


@pytest.mark.asyncio
async def test_bounds_stored_before_the_signals_changed_are_read_with_slack(tmp_path, monkeypatch):
    from test_queue_scores import all_pages

    from datasette_claims.views import queue

    # claims that score between a contradicted claim's stale bound and its score
    fillers = [{"id": f"filler{i}", "outlet": "Pier Weekly", "published": f"2026-04-{i + 1:02d}", "text": text}
               for i, text in enumerate([
                   "Harbour clerk Pia Lund said the fish market sold 300 crates, the most since March.",
                   "Ferry engineer Tomas Berg said 12 pistons cracked during the coldest week on record.",
                   "Lighthouse keeper Anja Moe said 40 gulls nested on the tallest rock of the point.",
                   "Canal warden Erik Dahl said 7 barges ran aground in the shallowest lock of the canal.",
                   "Dock nurse Lina Holm said 25 sailors caught the worst flu of the decade.",
                   "Pilot trainer Oskar Vik said 9 trainees passed the hardest exam in the academy's history.",
               ])]
    path = load_docs_with_cli(tmp_path, MORE + fillers)
    fresh = await all_pages(make_datasette([path]), query="status=all&reports=all", size=2)
    with sqlite3.connect(path) as conn:  # as stored by a release without the conflict signal
        conn.execute("delete from _sqlite_migrations where name = 'm018_queue_own_links'")
        conn.execute("update claim_scores set score = score - ?, text_score = text_score + 1 where claim_id in "
                     "(select claim_a from claim_matches where kind = 'conflict' union "
                     "select claim_b from claim_matches where kind = 'conflict')", [SIGNALS["conflict"].weight])
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 2)  # widen several times
    monkeypatch.setattr(queue, "WIDEN", 2)
    stale = await all_pages(make_datasette([path]), query="status=all&reports=all", size=2)
    assert stale == fresh
