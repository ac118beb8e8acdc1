"""One speaker's like words said again on another occasion: ``claim_repeats``.

Invented reports: a harbour minister's condolence on two pilots' deaths 13
days apart (each "today": two statements), her line on the harbour levy said
word for word five months apart, and a ferry operator's one statement reported
twice.  Loaded with the real CLI (the real extractor), served by a real
Datasette.  A repeat is no link: it joins no story and is not in
``claim_matches``; the claim page lists it as "Said before / said again".
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from datasette.cli import cli

from conftest import make_datasette
from datasette_claims import corrections, loader
from datasette_claims.matching import pipeline
from datasette_claims.matching.decide import Again, ClaimInfo, Found, judge, link
from datasette_claims.store import open_db

DOCS = [
    {"id": "pier-1", "outlet": "Coastal Courier", "date": "2031-04-07", "title": "Pilot dies",
     "text": 'KESSBY - A harbour pilot died on Tuesday.\n\n"I was saddened to hear of the death today of a '
             'harbour pilot in Kessby," said Tove Lind, the harbour minister.'},
    {"id": "pier-2", "outlet": "Harbor <Times>", "date": "2031-04-20", "title": "Second pilot dies",
     "text": 'ORSUND - A second harbour pilot died on Sunday.\n\n"I was deeply saddened to be informed of the '
             'death today of a harbour pilot near Orsund," said Tove Lind, the harbour minister.'},
    {"id": "levy-1", "outlet": "Coastal Courier", "date": "2031-01-05", "title": "Levy row",
     "text": 'The levy row went on.\n\n"The harbour levy is a tax on every fisherman," said Tove Lind.'},
    {"id": "levy-2", "outlet": "Vella Ledger", "date": "2031-06-20", "title": "Levy row again",
     "text": 'The levy row came back.\n\n"The harbour levy is a tax on every fisherman," said Tove Lind.'},
    {"id": "ferry-1", "outlet": "Coastal Courier", "date": "2031-03-02", "title": "Fares",
     "text": 'Ferry fares are going up.\n\n"Tolls on the night ferry will double until the new quay opens," '
             'said Marco Brask.'},
    {"id": "ferry-2", "outlet": "Vella Ledger", "date": "2031-03-03", "title": "Fares up",
     "text": 'Ferry fares rise.\n\n"Tolls on the night ferry will double until the new quay opens," '
             'said Marco Brask.'},
]
PIER, LEVY = ("pier-1", "pier-2"), ("levy-1", "levy-2")


def write_docs(folder, docs, name="docs.jsonl") -> str:
    path = folder / name
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def cli_run(*args) -> str:
    result = CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def repeats(path) -> list[tuple]:
    return open_db(str(path)).execute(
        "select claim_a, claim_b, days_apart, score, reason from claim_repeats order by 1, 2").fetchall()


def links(path) -> list[tuple]:
    return open_db(str(path)).execute("select * from claim_matches order by 1, 2").fetchall()


def articles_of(rows) -> set[tuple]:
    return {(a.rpartition(":")[0], b.rpartition(":")[0]) for a, b, *_ in rows}


@pytest.fixture
def loaded(tmp_path):
    path = tmp_path / "claims.db"
    out = cli_run("load", path, write_docs(tmp_path, DOCS))
    assert "2 repeats" in out
    return path


def test_a_load_records_the_speakers_repeats_and_links_none_of_them(loaded):
    rows = repeats(loaded)
    assert articles_of(rows) == {PIER, LEVY}  # the earlier claim first
    by = {r[0].rpartition(":")[0]: r for r in rows}
    assert by["pier-1"][2:] == (13, by["pier-1"][3], "another-day") and 0.5 <= by["pier-1"][3] < 1
    assert by["levy-1"][2:] == (166, 1.0, "far-apart")  # word for word, months apart: said again
    # one statement reported twice is a link, not a repeat; a repeat is no link and joins no story
    assert articles_of(links(loaded)) == {("ferry-1", "ferry-2")}
    db = open_db(str(loaded))
    assert db.execute("select count(*) from claims where story_id is not null and article_id not like 'ferry%'"
                      ).fetchone()[0] == 0


def test_rebuild_agrees_with_the_load_and_with_loads_one_at_a_time(loaded, tmp_path):
    by_load = repeats(loaded)
    assert "2 repeats" in cli_run("match", loaded, "--rebuild")
    assert repeats(loaded) == by_load
    cli_run("match", loaded, "--rebuild")
    assert repeats(loaded) == by_load  # idempotent
    one_by_one = tmp_path / "one.db"
    for i, doc in enumerate(DOCS):
        cli_run("load", one_by_one, write_docs(tmp_path, [doc], f"doc{i}.jsonl"))
    assert repeats(one_by_one) == by_load
    assert links(one_by_one) == links(loaded)


def test_a_no_match_load_then_match_fills_them_and_a_reload_replaces_them(tmp_path):
    path = tmp_path / "claims.db"
    cli_run("load", path, write_docs(tmp_path, DOCS), "--no-match")
    assert repeats(path) == []
    assert "2 repeats" in cli_run("match", path)
    assert articles_of(repeats(path)) == {PIER, LEVY}
    changed = dict(DOCS[1], text='ORSUND - A second harbour pilot died on Sunday.\n\n"The quay will close for '
                                 'a week of mourning," said Tove Lind, the harbour minister.')
    cli_run("load", path, write_docs(tmp_path, [changed], "changed.jsonl"))
    assert articles_of(repeats(path)) == {LEVY}


def test_a_pooled_rebuild_gives_the_same_repeats(loaded, monkeypatch):
    db = open_db(str(loaded))
    pipeline.rebuild(db, workers=1)
    db.conn.commit()
    serial = repeats(loaded)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CLAIMS", 0)
    monkeypatch.setattr(pipeline, "REBUILD_STEP", 2)
    pipeline.rebuild(db, workers=2)
    db.conn.commit()
    assert repeats(loaded) == serial and serial


def _claim(rowid, article, text, date, speaker="tove-lind", name="Tove Lind", root=None):
    return ClaimInfo(rowid, f"{article}:0-{len(text)}", article, speaker, text, "direct", date, root or article, name)


def test_judge_tells_a_repeat_from_a_link_and_from_two_speakers():
    a = _claim(1, "a", "We will keep the night ferry running all winter.", "2031-01-05")
    again = _claim(2, "b", "We will keep the night ferry running all winter.", "2031-06-20")
    # under ten words, word for word, months apart: a line said again (from ten, a statement retold: a link)
    assert judge(a, again) == Again(1.0, "far-apart") and link(a, again) is None
    same_week = _claim(3, "c", "We will keep the night ferry running all winter.", "2031-01-07")
    assert isinstance(judge(a, same_week), Found)
    other = _claim(4, "d", "We will keep the night ferry running all winter.", "2031-06-20",
                   speaker="marco-brask", name="Marco Brask")
    assert not isinstance(judge(a, other), Again)  # another speaker's words are no repeat of hers
    reprint = _claim(5, "e", "We will keep the night ferry running all winter.", "2031-06-20", root="a")
    assert not isinstance(judge(a, reprint), Again)  # a reprint is the same report, not another occasion
    unlike = _claim(6, "f", "The harbour levy is a tax on every fisherman in Orsund.", "2031-06-20")
    assert judge(a, unlike) is None


def _claim_url(path, article) -> str:
    cid = open_db(str(path)).execute("select id from claims where article_id = ?", [article]).fetchone()[0]
    from datasette_claims.views.base import encode_id

    return f"/claims/-/claims/claim/{encode_id(cid)}", cid


@pytest.mark.asyncio
async def test_the_claim_page_lists_said_before_and_said_again(loaded):
    ds = make_datasette([str(loaded)])
    first, first_id = _claim_url(loaded, "pier-1")
    later, later_id = _claim_url(loaded, "pier-2")
    data = (await ds.client.get(first + ".json")).json()
    assert data["repeats"]["before"] == []
    [again] = data["repeats"]["again"]
    assert again["claim"]["id"] == later_id and again["days_apart"] == 13 and again["reason"] == "another-day"
    assert again["claim"]["article"]["outlet"] == "Harbor <Times>"
    assert again["reason_label"] == 'each says "today", on other days'
    html = (await ds.client.get(later)).text
    assert "Said before / said again" in html and "Said before" in html
    assert 'href="%s"' % first in html and "2031-04-07" in html and "13 days" in html
    html = (await ds.client.get(first)).text
    assert "Harbor &lt;Times&gt;" in html and "Harbor <Times>" not in html  # escaped
    assert "each says &#34;today&#34;, on other days" in html or "each says &quot;today&quot;, on other days" in html
    none = (await ds.client.get(_claim_url(loaded, "ferry-1")[0] + ".json")).json()
    assert none["repeats"] == {"before": [], "again": []}
    table = await ds.client.get("/claims/claim_repeats.json?_shape=array")
    assert {r["reason"] for r in table.json()} == {"another-day", "far-apart"}  # a plain Datasette table too


def private_table(table):
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": "alice"}}}}}}


def cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


@pytest.mark.asyncio
@pytest.mark.parametrize("actor_id", [None, "alice"])
async def test_a_private_repeats_table_hides_them(loaded, actor_id):
    ds = make_datasette([str(loaded)], config=private_table("claim_repeats"))
    page, _ = _claim_url(loaded, "pier-1")
    data = (await ds.client.get(page + ".json", cookies=cookies(ds, actor_id))).json()
    html = (await ds.client.get(page, cookies=cookies(ds, actor_id))).text
    if actor_id == "alice":
        assert len(data["repeats"]["again"]) == 1 and "Said before / said again" in html
    else:
        # (the similar-claims panel may still suggest the claim by its words: that is no repeat)
        assert data["repeats"] is None and "Said before / said again" not in html and "claims-repeat" not in html


@pytest.mark.asyncio
@pytest.mark.parametrize("as_json", [False, True])
async def test_a_private_claims_table_hides_the_page_and_its_repeats(loaded, as_json):
    ds = make_datasette([str(loaded)], config=private_table("claims"))
    page, _ = _claim_url(loaded, "pier-1")
    r = await ds.client.get(page + (".json" if as_json else ""))
    assert r.status_code == 403 and "Orsund" not in r.text and "saddened" not in r.text


def test_loader_match_summary_counts_repeats(tmp_path):
    report = loader.load(str(tmp_path / "l.db"), [write_docs(tmp_path, DOCS[2:4])])
    assert "1 repeat" in report.match_summary and "1 repeats" not in report.match_summary


@pytest.mark.asyncio
@pytest.mark.parametrize("private", [False, True])
async def test_the_speaker_page_marks_lines_said_before_or_again(loaded, private):
    ds = make_datasette([str(loaded)], config=private_table("claim_repeats") if private else None)
    data = (await ds.client.get("/claims/-/claims/speaker/tove-lind.json")).json()
    marked = {c["article"]["id"] for c in data["claims"] if c["said_again"]}
    assert marked == (set() if private else set(PIER + LEVY))
    html = (await ds.client.get("/claims/-/claims/speaker/tove-lind")).text
    assert ("said before or again" in html) is not private


def test_the_reporters_words_for_the_next_event_and_a_noun_phrase_are_no_repeat():
    # reported speech reworded weeks apart (``retold``): the next event of a kind, not a line said again
    a = _claim(1, "a", "a harbour pilot has been killed near the Kessby quay", "2031-04-07")
    b = _claim(2, "b", "A harbour pilot has been killed near the old Kessby quay", "2031-05-01")
    for c in (a, b):
        c.quote_type = "indirect"
    assert judge(a, b) is None
    # a noun phrase in the report's words months apart says nothing of a line said again ...
    n1 = _claim(3, "c", "a senior port administration official briefing", "2031-01-05")
    n2 = _claim(4, "d", "a unspecified senior Kessby port administration official", "2031-09-05")
    for c in (n1, n2):
        c.quote_type = "indirect"
    assert judge(n1, n2) is None
    # ... but the speaker's own quoted phrase does
    q1 = _claim(5, "e", 'the levy a "tax on every fisherman"', "2031-01-05")
    q2 = _claim(6, "f", 'the levy a "tax on every fisherman."', "2031-09-05")
    for c in (q1, q2):
        c.quote_type = "partial"
    assert isinstance(judge(q1, q2), Again)


def test_a_claim_a_reviewer_drops_takes_its_repeats_with_it(loaded):
    # "not a claim" deletes the claim and its links; its said-before rows went on pointing at no claim
    conn = open_db(str(loaded)).conn
    dropped = next(a for a, b, *_ in repeats(loaded) if a.startswith("levy-1"))
    corrections.record(conn, "not_a_claim", claim_id=dropped, actor="ines")
    conn.commit()
    assert all(dropped not in (a, b) for a, b, *_ in repeats(loaded))
    assert articles_of(repeats(loaded)) == {PIER}
