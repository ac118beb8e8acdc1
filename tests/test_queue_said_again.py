"""Said again, rated before: a claim whose speaker said like words on an earlier occasion
(``claim_repeats``) that the desk has rated.  The claim page shows the earlier statement's
verdict, as that statement's and not this claim's; the review queue weighs it
("said_again") and filters by it (``?said_again=1``); the stored bounds count it, so the
pre-ranked pages stay the full scoring's; a private ``claim_repeats``, ``verdicts`` or
``verdict_withdrawals`` table hides all of it.

Invented reports (a harbour minister's levy line reported by two outlets in January and
said again word for word in June; a ferry operator's one statement), loaded with the real
CLI, served by a real Datasette, verdicts recorded and withdrawn through the reviewer's forms.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette, post_form_as
from datasette.cli import cli

from datasette_claims import queue_scores
from datasette_claims.views import queue
from datasette_claims.views.base import encode_id

LINE = '"The harbour levy is a tax on every fisherman," said Tove Lind, the harbour minister.'
DOCS = [
    {"id": "levy-jan", "outlet": "Coastal Courier", "date": "2031-01-05", "title": "Levy row",
     "text": f"The levy row went on.\n\n{LINE}"},
    {"id": "levy-jan-b", "outlet": "Vella Ledger", "date": "2031-01-06", "title": "Levy row goes on",
     "text": f"Fishers met at the quay.\n\n{LINE}"},
    {"id": "levy-jun", "outlet": "Harbor <Times>", "date": "2031-06-20", "title": "Levy row again",
     "text": f"The levy row came back.\n\n{LINE}"},
    {"id": "ferry-1", "outlet": "Coastal Courier", "date": "2031-03-02", "title": "Fares",
     "text": 'Ferry fares are going up.\n\n"Tolls on the night ferry will double until the new quay opens," '
             'said Marco Brask.'},
]
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": ["alice"]}}}}
QUEUE = "/claims/-/claims/queue.json"
HIDDEN_SCORES = {"claim_scores": {"allow": False}}


def _config(tables=None):
    config = json.loads(json.dumps(REVIEWERS))
    if tables:
        config["databases"] = {"claims": {"tables": tables}}
    return config


def _private(table):
    return {table: {"allow": {"id": "alice"}}}


def _cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


@pytest.fixture
def loaded(tmp_path):
    path = tmp_path / "claims.db"
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", str(path), str(docs)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return str(path)


def _ids(path):
    with sqlite3.connect(path) as conn:
        return {a: (c, s) for c, a, s in conn.execute("select id, article_id, story_id from claims "
                                                      "where content like '%harbour levy%'")}


def _page(claim_id, suffix=""):
    return f"/claims/-/claims/claim/{encode_id(claim_id)}{suffix}"


async def _verdict(ds, claim_id=None, story_id=None, rating="False"):
    page = _page(claim_id) if claim_id else f"/claims/-/claims/story/{encode_id(story_id)}"
    r = await post_form_as(ds, "alice", page, page + "/verdict", {"rating": rating, "note": "", "url": ""})
    assert r.status_code == 302, r.text
    with sqlite3.connect(ds.databases["claims"].path) as conn:
        return conn.execute("select max(id) from verdicts").fetchone()[0]


async def _withdraw(ds, vid, claim_id):
    page = _page(claim_id)
    r = await post_form_as(ds, "alice", page, page + f"/verdict/{vid}/withdraw", {"reason": "wrong claim"})
    assert r.status_code == 302, r.text


async def _row(ds, claim_id, query="status=all&reports=all", actor_id=None):
    rows = (await ds.client.get(f"{QUEUE}?{query}&_size=max", cookies=_cookies(ds, actor_id))).json()["claims"]
    return next((r for r in rows if r["id"] == claim_id), None)


def _signals(row):
    return {r["signal"] for r in row["reasons"]}


def _bound(path, claim_id):
    with sqlite3.connect(path) as conn:
        return conn.execute("select score from claim_scores where claim_id = ?", [claim_id]).fetchone()[0]


def test_the_fixture_has_a_story_in_january_and_its_line_said_again_in_june(loaded):
    ids = _ids(loaded)
    assert set(ids) == {"levy-jan", "levy-jan-b", "levy-jun"}
    assert ids["levy-jan"][1] and ids["levy-jan"][1] == ids["levy-jan-b"][1] and ids["levy-jun"][1] is None
    with sqlite3.connect(loaded) as conn:
        ends = {b for (b,) in conn.execute("select claim_b from claim_repeats")}
    assert ends == {ids["levy-jun"][0]}


@pytest.mark.asyncio
async def test_a_verdict_on_the_earlier_words_raises_the_later_claim_and_its_page_says_whose_it_is(loaded):
    ds = make_datasette([loaded], config=_config())
    ids = _ids(loaded)
    jan, jun = ids["levy-jan"][0], ids["levy-jun"][0]
    before = await _row(ds, jun)
    assert "said_again" not in _signals(before)
    bound_before = _bound(loaded, jun)
    data = (await ds.client.get(_page(jun, ".json"))).json()
    assert all(r["verdict"] is None for r in data["repeats"]["before"])
    assert "claims-rated-before" not in (await ds.client.get(_page(jun))).text

    await _verdict(ds, claim_id=jan, rating="False")
    after = await _row(ds, jun)
    assert "said_again" in _signals(after) and after["score"] == round(before["score"] + 2.5, 2)
    assert after["status"] == "new"  # the later claim is not checked by the earlier one's verdict
    assert "unchecked" in _signals(after)
    # the stored bound moved with the verdict (in its transaction), and still bounds the score
    assert _bound(loaded, jun) == round(bound_before + 2.5, 2) >= after["score"]

    data = (await ds.client.get(_page(jun, ".json"))).json()
    rated = [r for r in data["repeats"]["before"] if r["verdict"]]
    assert rated and {r["verdict"]["rating"] for r in rated} == {"False"}
    own = next(r for r in rated if r["claim"]["id"] == jan)
    assert own["verdict"]["on"] == "claim" and own["verdict"]["reviewer"] == "alice"
    assert own["verdict"]["url"] == _page(jan)
    assert data["verdicts"]["current"] is None  # no verdict on this claim itself
    html = (await ds.client.get(_page(jun))).text
    assert "Said before on 2031-01-05 in Coastal Courier: rated" in html
    assert "not on this claim" in html and f'href="{_page(jan)}"' in html
    # the rated claim's own page: its verdict, and no "said before" notice (it is the earlier one)
    assert "claims-rated-before" not in (await ds.client.get(_page(jan))).text


@pytest.mark.asyncio
async def test_a_verdict_on_another_report_or_on_the_story_counts_and_a_withdrawal_undoes_it(loaded):
    ds = make_datasette([loaded], config=_config())
    ids = _ids(loaded)
    jun, story = ids["levy-jun"][0], ids["levy-jan"][1]
    plain = (await _row(ds, jun))["score"]
    bound = _bound(loaded, jun)
    vid = await _verdict(ds, claim_id=ids["levy-jan-b"][0], rating="Misleading")
    data = (await ds.client.get(_page(jun, ".json"))).json()
    # each earlier report reads its statement's verdict: its own, or another report's
    vias = {r["claim"]["id"]: r["verdict"]["on"] for r in data["repeats"]["before"]}
    assert vias[ids["levy-jan-b"][0]] == "claim" and vias.get(ids["levy-jan"][0], "report") == "report"
    assert "said_again" in _signals(await _row(ds, jun))
    await _withdraw(ds, vid, ids["levy-jan-b"][0])
    row = await _row(ds, jun)
    assert "said_again" not in _signals(row) and row["score"] == plain and _bound(loaded, jun) == bound
    assert all(r["verdict"] is None for r in (await ds.client.get(_page(jun, ".json"))).json()["repeats"]["before"])

    await _verdict(ds, story_id=story, rating="Half true")
    assert "said_again" in _signals(await _row(ds, jun)) and _bound(loaded, jun) == round(bound + 2.5, 2)
    data = (await ds.client.get(_page(jun, ".json"))).json()
    assert {r["verdict"]["on"] for r in data["repeats"]["before"]} == {"story"}
    assert "(a verdict on its story)" in (await ds.client.get(_page(jun))).text


@pytest.mark.asyncio
async def test_the_said_again_filter_lists_only_claims_said_again_after_a_rated_statement(loaded):
    ds = make_datasette([loaded], config=_config())
    ids = _ids(loaded)
    j = (await ds.client.get(QUEUE + "?said_again=1")).json()
    assert j["claims"] == [] and j["filters"]["said_again"] is True
    await _verdict(ds, claim_id=ids["levy-jan"][0])
    rows = (await ds.client.get(QUEUE + "?said_again=1")).json()["claims"]
    assert [r["id"] for r in rows] == [ids["levy-jun"][0]]
    assert "said_again" in _signals(rows[0])
    html = (await ds.client.get("/claims/-/claims/queue?said_again=1")).text
    assert 'name="said_again" value="1" checked' in html and "speaker&#39;s like words" in html
    assert (await ds.client.get(QUEUE + "?said_again=yes")).status_code == 400
    # the rated statement itself is published, the repeat still open
    assert [r["id"] for r in (await ds.client.get(QUEUE + "?said_again=1&status=published")).json()["claims"]] == []


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claim_repeats", "verdicts", "verdict_withdrawals"])
@pytest.mark.parametrize("actor_id", [None, "alice"])
async def test_a_private_repeats_or_verdicts_table_hides_all_of_it(loaded, table, actor_id):
    writer = make_datasette([loaded], config=_config())
    ids = _ids(loaded)
    jun = ids["levy-jun"][0]
    await _verdict(writer, claim_id=ids["levy-jan"][0])
    ds = make_datasette([loaded], config=_config(_private(table)))
    cookies = _cookies(ds, actor_id)
    allowed = actor_id == "alice"
    row = await _row(ds, jun, actor_id=actor_id)
    assert ("said_again" in _signals(row)) is allowed
    listed = (await ds.client.get(QUEUE + "?said_again=1", cookies=cookies)).json()["claims"]
    assert [r["id"] for r in listed] == ([jun] if allowed else [])
    data = (await ds.client.get(_page(jun, ".json"), cookies=cookies)).json()
    html = (await ds.client.get(_page(jun), cookies=cookies)).text
    shown = [r for r in (data["repeats"] or {}).get("before", []) if r["verdict"]]
    if allowed:
        assert shown and "Said before on 2031-01-05" in html
    else:
        # (verdicts are hidden with their withdrawals: a withdrawn one would read as current)
        assert not shown and "Said before on" not in html and "claims-rated-before" not in html
        if table == "claim_repeats":
            # (the similar-claims panel may still suggest the earlier words, with their rating: no repeat)
            assert data["repeats"] is None
        else:
            assert "rated False" not in html


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["status=all&reports=all", "status=all", "x=1"])
async def test_the_pre_ranked_pages_are_the_full_scoring_with_the_signal(loaded, monkeypatch, query):
    writer = make_datasette([loaded], config=_config())
    ids = _ids(loaded)
    await _verdict(writer, claim_id=ids["levy-jan"][0])
    monkeypatch.setattr(queue, "FIRST_CANDIDATES", 1)
    monkeypatch.setattr(queue, "WIDEN", 2)

    async def pages(ds):
        out, url = [], f"{QUEUE}?{query}&_size=1"
        while url:
            j = (await ds.client.get(url)).json()
            out += [(c["id"], c["score"]) for c in j["claims"]]
            url = j["next_url"]
        return out

    full = await pages(make_datasette([loaded], config=_config(HIDDEN_SCORES)))
    row = await _row(writer, ids["levy-jun"][0])
    assert "said_again" in _signals(row) and (row["id"], row["score"]) in full
    assert await pages(make_datasette([loaded], config=_config())) == full
    with sqlite3.connect(loaded) as conn:  # every stored bound is at least its claim's score
        bounds = dict(conn.execute("select claim_id, score from claim_scores"))
    assert all(bounds[c] >= s for c, s in full)


def test_a_database_before_the_signal_is_scored_with_slack_then_made_current(loaded):
    conn = sqlite3.connect(loaded)
    conn.isolation_level = None
    conn.execute("delete from _sqlite_migrations where name = 'm031_queue_said_again'")
    assert not queue_scores.current(conn)
    assert queue_scores.STALE_SLACK >= 2.5 + 2.5 + 2.0 + 1.0
    conn.close()
    from datasette_claims.store import open_db

    db = open_db(loaded)  # the migration runs again: the bounds are computed again, current
    assert queue_scores.current(db.conn)


def _load(path, folder, docs, name):
    source = folder / name
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", str(path), str(source)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.mark.asyncio
async def test_words_said_again_after_the_verdict_come_in_with_the_signal(tmp_path):
    path = tmp_path / "claims.db"
    _load(path, tmp_path, DOCS[:2] + DOCS[3:], "january.jsonl")
    ds = make_datasette([str(path)], config=_config())
    await _verdict(ds, claim_id=_ids(str(path))["levy-jan"][0])
    _load(path, tmp_path, [DOCS[2]], "june.jsonl")  # the load's matching makes the repeats, then the bounds
    jun = _ids(str(path))["levy-jun"][0]
    row = await _row(make_datasette([str(path)], config=_config()), jun)
    assert "said_again" in _signals(row) and _bound(str(path), jun) >= row["score"]


def test_a_refresh_of_noted_claims_reaches_the_claims_said_again_after_their_stories(loaded):
    ids = _ids(loaded)
    jun = ids["levy-jun"][0]
    conn = sqlite3.connect(loaded)
    conn.isolation_level = None
    # only the rated report's repeat reaches June, under another speaker id (one person, two ids):
    # neither the noted claim's own repeats nor its speaker's claims lead there
    conn.execute("delete from claim_repeats where claim_a = ?", [ids["levy-jan-b"][0]])
    conn.execute("insert into speakers (id, name, kind, aliases) values ('t-lind', 'T. Lind', 'person', '[]')")
    conn.execute("update claims set speaker_id = 't-lind' where id = ?", [jun])
    queue_scores.refresh(conn)
    before = _bound(loaded, jun)
    # a verdict written behind the queue's back (no refresh) on one report of the January story
    conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                 "values (?, 'False', 'tester', '2031-07-01')", [ids["levy-jan"][0]])
    assert _bound(loaded, jun) == before
    # the other report of that story noted (as matching notes a story's claims it touched)
    queue_scores.note(conn, [ids["levy-jan-b"][0]])
    assert queue_scores.refresh_noted(conn) >= 1
    assert _bound(loaded, jun) == round(before + 2.5, 2)
