"""Stories, drift, duplicates and rematching on a small invented event.

The reports are self-written: the (invented) Harbor Bridge collapse in the
(invented) city of Port Vella, covered by three invented outlets and one
wire-copy reprint, plus the mayor's own speech as a transcript.  They are
loaded through the real loader; report claims come from a tiny quote
pattern patched in for the extractor, so these tests pin down matching,
not extraction.
"""

from __future__ import annotations

import json
import re

import pytest

from datasette_claims import loader
from datasette_claims.matching import pipeline
from datasette_claims.models import Claim, Span
from datasette_claims.store import open_db

SPEECH = (
    "We will rebuild the Harbor Bridge within eighteen months. "
    "The city will cooperate with the engineers for results, not for headlines. "
    "No family in Port Vella will pay for the repairs out of its own pocket."
)
COURIER = (
    "PORT VELLA - The city will rebuild the collapsed bridge, its mayor promised on Tuesday.\n\n"
    '"We will rebuild the Harbor Bridge within eighteen months," said Mayor Elena Vasquez.\n\n'
    '"The city will compete with the engineers for results, not for headlines," said Elena Vasquez.\n\n'
    "Engineers began inspecting the remaining spans on Wednesday morning, officials said."
)
TIMES = (
    "Port Vella's mayor set a deadline for the new crossing.\n\n"
    '"We will rebuild the Harbor Bridge within eighteen months," said Elena Vasquez.\n\n'
    '"Last year the inspectors found no cracks in the main cables at all," said Elena Vasquez.\n\n'
    '"Tolls on the ferry will double until the bridge reopens next summer," said Marco Vasquez.'
)
LEDGER = (
    "The mayor promised that residents would be spared the cost.\n\n"
    '"No family in Port Vella will pay for the repairs out of its own pocket," said Vasquez.\n\n'
    '"Tolls on the ferry will double until the bridge reopens next summer," said Marco Vasquez.'
)

DOCS = [
    {"id": "speech", "kind": "transcript", "speaker": "Elena Vasquez", "outlet": "City Hall",
     "date": "2031-03-01", "title": "Mayor's address on the Harbor Bridge", "text": SPEECH},
    {"id": "courier", "outlet": "Coastal Courier", "date": "2031-03-02", "title": "Mayor vows rebuild", "text": COURIER},
    {"id": "times", "outlet": "Harbor Times", "date": "2031-03-02", "title": "Deadline set", "text": TIMES},
    {"id": "ledger", "outlet": "Vella Ledger", "date": "2031-03-03", "title": "No cost to families", "text": LEDGER},
    # Wire copy: the Courier's story reprinted verbatim a day later.
    {"id": "valley", "outlet": "Valley Wire", "date": "2031-03-03", "title": "Port Vella to rebuild bridge",
     "text": COURIER},
]

QUOTE = re.compile(r'"(?P<q>[^"]+?),?" said (?P<who>[A-Z][A-Za-z. ]+?)\.')


def quote_extractor(article):
    """"...," said Name.  ->  a direct claim by Name (test stand-in for the extractor)."""
    claims = []
    for m in QUOTE.finditer(article.text):
        s, e = m.span("q")
        claims.append(
            Claim(
                id=f"{article.id}:{s}-{e}",
                content=Span(s, e, article.text[s:e]),
                speaker=m.group("who"),
                sourcing="named_person",
                quote_type="direct",
                said_on=article.published,
                rule="test.quote",
            )
        )
    return claims


@pytest.fixture
def patched_extractor(monkeypatch):
    monkeypatch.setattr(loader, "extract_claims", quote_extractor)


def write_docs(tmp_path, docs, name="docs.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


@pytest.fixture
def db(tmp_path, patched_extractor):
    path = str(tmp_path / "claims.db")
    report = loader.load(path, [write_docs(tmp_path, DOCS)])
    assert report.ok and report.match_summary
    return open_db(path)


def story_of(db, needle, article):
    row = db.execute(
        "select story_id from claims where article_id = ? and content like ?", [article, f"%{needle}%"]
    ).fetchone()
    assert row is not None, (needle, article)
    return row[0]


def snapshot(db):
    return (
        db.execute("select * from stories order by id").fetchall(),
        db.execute("select id, story_id, speaker_id from claims order by id").fetchall(),
        db.execute("select claim_a, claim_b, score, kind, method, diff from claim_matches order by 1, 2").fetchall(),
        db.execute("select id, duplicate_of from articles order by id").fetchall(),
        db.execute("select * from speakers order by id").fetchall(),
    )


def test_load_links_the_same_quote_across_reports_into_one_story(db):
    sid = story_of(db, "rebuild the Harbor Bridge", "speech")
    assert sid is not None
    for art in ("courier", "times", "valley"):
        assert story_of(db, "rebuild the Harbor Bridge", art) == sid
    story = dict(
        zip(
            [d[0] for d in db.execute("select * from stories").description],
            db.execute("select * from stories where id = ?", [sid]).fetchone(),
        )
    )
    # first appearance: the speech, the day before the reports
    assert story["first_article_id"] == "speech"
    assert story["first_published"] == "2031-03-01"
    assert story["first_outlet"] == "City Hall"
    assert story["report_count"] == 4
    assert story["outlet_count"] == 4
    assert json.loads(story["speakers"]) == ["Elena Vasquez"]
    assert story["label"]


def test_bare_surname_quote_joins_the_speech(db):
    # "said Vasquez": two Vasquezes exist, but the quote matches the speech
    assert story_of(db, "No family", "ledger") == story_of(db, "No family", "speech") is not None


def test_misquote_is_drift_with_a_word_diff(db):
    row = db.execute(
        """select m.kind, m.diff, m.method from claim_matches m
           join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b
           where a.article_id = 'speech' and b.article_id = 'courier' and b.content like '%compete%'"""
    ).fetchone()
    assert row is not None
    kind, diff, method = row
    assert kind == "drift"
    diff = json.loads(diff)
    assert {"op": "replace", "a": "cooperate", "b": "compete"} in diff["ops"]
    assert "cooperate → compete" in diff["summary"]
    sid = story_of(db, "compete", "courier")
    assert db.execute("select has_drift from stories where id = ?", [sid]).fetchone()[0] == 1


def test_same_speaker_other_statement_is_another_story(db):
    rebuild = story_of(db, "rebuild the Harbor Bridge", "times")
    cracks = story_of(db, "no cracks", "times")
    assert cracks != rebuild  # on topic, same speaker, different claim
    assert cracks is None  # nobody else reports it: no story


def test_wire_reprint_is_a_duplicate_not_drift(db):
    assert db.execute("select duplicate_of from articles where id = 'valley'").fetchone()[0] == "courier"
    assert db.execute("select duplicate_of from articles where id = 'courier'").fetchone()[0] is None
    rows = db.execute(
        """select m.kind, m.method from claim_matches m
           join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b
           where a.article_id = 'courier' and b.article_id = 'valley'"""
    ).fetchall()
    assert rows and all(kind == "same" and method == "duplicate" for kind, method in rows)


def test_people_sharing_a_surname_stay_apart(db):
    ids = {r[0] for r in db.execute("select id from speakers")}
    assert {"elena-vasquez", "marco-vasquez"} <= ids
    tolls = story_of(db, "Tolls on the ferry", "times")
    assert tolls is not None and tolls == story_of(db, "Tolls on the ferry", "ledger")
    assert json.loads(db.execute("select speakers from stories where id = ?", [tolls]).fetchone()[0]) == ["Marco Vasquez"]


def test_rebuild_is_idempotent_and_agrees_with_incremental(db):
    incremental = snapshot(db)
    pipeline.rebuild(db)
    db.conn.commit()
    first = snapshot(db)
    pipeline.rebuild(db)
    db.conn.commit()
    assert snapshot(db) == first
    assert first[0] == incremental[0]  # same stories, same ids
    assert first[2] == incremental[2]


def test_reloading_unchanged_input_changes_nothing(db, tmp_path):
    before = snapshot(db)
    report = loader.load(db, [write_docs(tmp_path, DOCS)])
    assert report.unchanged == len(DOCS)
    assert snapshot(db) == before


def test_incremental_load_joins_existing_story(db, tmp_path):
    sid = story_of(db, "rebuild the Harbor Bridge", "speech")
    late = {
        "id": "late", "outlet": "Evening Post", "date": "2031-03-05", "title": "Bridge pledge",
        "text": '"We will rebuild the Harbor Bridge within 18 months," said Elena Vasquez.',
    }
    report = loader.load(db, [write_docs(tmp_path, [late], "late.jsonl")])
    assert "links" in report.match_summary
    assert story_of(db, "rebuild the Harbor Bridge", "late") == sid
    assert db.execute("select report_count from stories where id = ?", [sid]).fetchone()[0] == 5


def test_parallel_rebuild_gives_the_same_result(db, monkeypatch):
    pipeline.rebuild(db, workers=1)
    serial = snapshot(db)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_CLAIMS", 0)
    monkeypatch.setattr(pipeline, "REBUILD_STEP", 3)  # several ranges per worker
    pipeline.rebuild(db, workers=2)
    assert snapshot(db) == serial


def test_cli_matches_what_a_no_match_load_left(tmp_path, patched_extractor):
    from click.testing import CliRunner
    from datasette.cli import cli

    path = str(tmp_path / "cli.db")
    report = loader.load(path, [write_docs(tmp_path, DOCS)], match=False)
    assert report.match_summary is None
    assert open_db(path).execute("select count(*) from claim_matches").fetchone()[0] == 0
    runner = CliRunner()
    result = runner.invoke(cli, ["claims", "match", path])
    assert result.exit_code == 0, result.output
    assert "links" in result.output
    db = open_db(path)
    linked = snapshot(db)
    assert db.execute("select count(*) from claim_matches").fetchone()[0] > 0
    result = runner.invoke(cli, ["claims", "match", path])
    assert "nothing to match" in result.output
    result = runner.invoke(cli, ["claims", "match", path, "--rebuild"])
    assert result.exit_code == 0, result.output
    assert snapshot(open_db(path)) == linked
    result = runner.invoke(cli, ["claims", "match", str(tmp_path / "missing.db")])
    assert result.exit_code != 0


def test_reloaded_article_that_drops_a_quote_updates_its_story(db, tmp_path):
    sid = story_of(db, "Tolls on the ferry", "times")
    assert sid is not None
    changed = dict(DOCS[2], text=TIMES.split('"Tolls')[0] + "The ferry will keep running, officials said.")
    report = loader.load(db, [write_docs(tmp_path, [changed], "changed.jsonl")])
    assert report.updated == 1
    # the Ledger's toll quote has no counterpart left: no story, row gone
    assert story_of(db, "Tolls on the ferry", "ledger") is None
    assert db.execute("select count(*) from stories where id = ?", [sid]).fetchone()[0] == 0
    counts = db.execute(
        "select s.claim_count, (select count(*) from claims c where c.story_id = s.id) from stories s"
    ).fetchall()
    assert all(a == b for a, b in counts)


def test_similar_claims_lookup(db):
    cid = db.execute("select id from claims where article_id = 'times' and content like '%rebuild%'").fetchone()[0]
    found = pipeline.similar_claims(db, cid)
    ids = [r["claim_id"] for r in found]
    assert any(i.startswith("speech:") for i in ids) and any(i.startswith("courier:") for i in ids)
    assert all(0 < r["score"] <= 1 for r in found)
    assert pipeline.similar_claims(db, "no-such-claim") == []


def test_claims_waiting_to_be_matched_are_linked_from_their_own_side(tmp_path, patched_extractor):
    """Matched in two steps, the first step proposes none of the claims still
    waiting (their own step would delete and find again any link made to
    them), and the end result is what matching everything at once gives."""
    path = str(tmp_path / "steps.db")
    loader.load(path, [write_docs(tmp_path, DOCS)], match=False)
    db = open_db(path)
    pipeline.match_articles(db, ["speech", "courier"])
    waiting = {r[0] for r in db.execute("select id from claims where article_id in ('times', 'ledger', 'valley')")}
    touched = {c for r in db.execute("select claim_a, claim_b from claim_matches") for c in r}
    assert touched and not touched & waiting
    pipeline.match_articles(db, ["times", "ledger", "valley"])
    db.conn.commit()
    once = str(tmp_path / "once.db")
    loader.load(once, [write_docs(tmp_path, DOCS, "once.jsonl")], match=False)
    whole = open_db(once)
    pipeline.match_articles(whole, [d["id"] for d in DOCS])
    assert snapshot(db)[:3] == snapshot(whole)[:3]


def test_rows_kept_from_step_to_step_give_the_links_read_afresh(tmp_path, patched_extractor, monkeypatch):
    """A load matching one article at a time hands its Matchers' claim rows
    and speaker pools on (``Matcher.keep``); merged speakers' rows are
    dropped, so the links and stories are those of rows read afresh."""
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 1)
    kept_path = str(tmp_path / "kept.db")
    loader.load(kept_path, [write_docs(tmp_path, DOCS)])
    monkeypatch.setattr(pipeline.Matcher, "keep", lambda self, speakers, reprints, step=None: None)
    fresh_path = str(tmp_path / "fresh.db")
    loader.load(fresh_path, [write_docs(tmp_path, DOCS, "fresh.jsonl")])
    assert snapshot(open_db(kept_path)) == snapshot(open_db(fresh_path))


def test_keep_drops_the_rows_and_pools_of_merged_speakers(tmp_path, patched_extractor):
    path = str(tmp_path / "keep.db")
    loader.load(path, [write_docs(tmp_path, DOCS)], match=False)
    db = open_db(path)
    reads = pipeline.Reads()
    first = pipeline.Matcher(db.conn, reads=reads)
    first.keep(None, 0)
    claims = pipeline._load(db.conn, "1 = 1", [])
    first.cache.update((c.rowid, c) for c in claims)
    first.pool(claims[0].speaker_id)
    merged = claims[0].speaker_id
    second = pipeline.Matcher(db.conn, reads=reads)
    second.keep({merged}, 0)
    assert second.cache and all(c.speaker_id != merged for c in second.cache.values())
    assert merged not in second.pools
    third = pipeline.Matcher(db.conn, reads=reads)
    third.keep(None, 1)  # a reprint marked: every row may have a new original
    assert not third.cache and not third.pools
