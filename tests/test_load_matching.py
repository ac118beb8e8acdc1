"""Articles loaded but never matched (a kill during matching, or --no-match) are matched by the next load."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.store.articles import unmatched_articles

PLEDGE = "We will cut the ferry fares by a third before the summer season begins in the harbour towns."


def feed(path, n, prefix="m"):
    lines = []
    for i in range(n):
        lines.append(json.dumps({
            "id": f"{prefix}-{i}", "kind": "transcript", "speaker": "Jane Doe", "outlet": f"Paper {i % 4}",
            "date": f"2021-03-{1 + i % 27:02d}",
            "text": f"{PLEDGE} The council met {i} times in the old market hall this spring.",
        }))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def links(db_path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("select count(*) from claim_matches").fetchone()[0]
    finally:
        conn.close()


def test_next_load_matches_what_was_never_matched(tmp_path):
    db_path = tmp_path / "claims.db"
    path = feed(tmp_path / "feed.jsonl", 6)
    first = CliRunner().invoke(cli, ["claims", "load", str(db_path), path, "--no-match"])
    assert first.exit_code == 0, first.output
    assert f"6 articles not matched yet (run: datasette claims match {db_path})" in first.output
    assert links(db_path) == 0
    again = CliRunner().invoke(cli, ["claims", "load", str(db_path), path])
    assert again.exit_code == 0, again.output
    assert "6 unchanged" in again.output
    assert links(db_path) > 0
    conn = sqlite3.connect(db_path)
    assert unmatched_articles(conn) == []
    conn.close()


def test_killed_during_matching_then_reloaded(tmp_path):
    """SIGKILL once every article is written (matching under way): the rerun matches them."""
    db_path = tmp_path / "claims.db"
    n = 400
    path = feed(tmp_path / "feed.jsonl", n)
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "claims", "load", str(db_path), path, "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(db_path)
            written = conn.execute("select count(*) from articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            written = 0
        if written == n:
            break
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), path, "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from articles").fetchone()[0] == n
    assert unmatched_articles(conn) == []
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert links(db_path) > 0


def test_matching_chunk_by_chunk_links_what_one_step_links(tmp_path, monkeypatch):
    """A load matches in chunks (short write locks); the links and stories are those of one step."""
    from datasette_claims import loader

    path = feed(tmp_path / "feed.jsonl", 12)
    one = loader.load(str(tmp_path / "one.db"), [path])
    monkeypatch.setattr(loader, "MATCH_CHUNK", 5)
    chunked = loader.load(str(tmp_path / "chunked.db"), [path])
    assert one.match_summary and chunked.match_summary

    def state(name):
        conn = sqlite3.connect(tmp_path / name)
        try:
            links = set(conn.execute("select claim_a, claim_b, kind from claim_matches"))
            stories = set(conn.execute("select s.id, c.id from stories s join claims c on c.story_id = s.id"))
            return links, stories
        finally:
            conn.close()

    links, stories = state("one.db")
    assert links and stories
    assert state("chunked.db") == (links, stories)
    # the summary of the chunks tells the links and stories as they stand
    n_stories = len({s for s, _ in stories})
    drift = sum(1 for *_, kind in links if kind == "drift")  # (each report's own figure: a reprint's drift)
    assert chunked.match_summary.startswith(f"{len(links)} links ({drift} drift), {n_stories} stories")


def test_matching_chunks_are_cut_by_claims_not_by_the_clock(tmp_path, monkeypatch):
    """The same load cuts its matching into the same chunks however busy the machine:
    about MATCH_CLAIMS claims each, never splitting an article."""
    from datasette_claims import loader

    path = feed(tmp_path / "feed.jsonl", 9)
    db_path = str(tmp_path / "claims.db")
    loader.load(db_path, [path], match=False)
    conn = sqlite3.connect(db_path)
    try:
        ids = [r[0] for r in conn.execute("select id from articles order by id")]
        per_article = dict(conn.execute("select article_id, count(*) from claims group by article_id"))
        assert set(per_article.values()) == {2}  # the pledge and the meeting count
        monkeypatch.setattr(loader, "MATCH_CLAIMS", 5)
        chunks = list(loader.match_chunks(conn, ids))
        # 2 + 2 + 2 claims reach 5 on the third article; 9 articles: 3 + 3 + 3
        assert chunks == [ids[0:3], ids[3:6], ids[6:9]]
        monkeypatch.setattr(loader, "MATCH_CHUNK", 2)
        assert [len(c) for c in loader.match_chunks(conn, ids)] == [2, 2, 2, 2, 1]
        # a slow machine cuts the same chunks: nothing timed decides them
        monkeypatch.setattr(loader.time, "monotonic", lambda: (_ for _ in ()).throw(AssertionError("timed")))
        assert [len(c) for c in loader.match_chunks(conn, ids)] == [2, 2, 2, 2, 1]
    finally:
        conn.close()


def test_a_load_matching_leaves_no_young_objects_to_walk(tmp_path):
    """What a load's matching made and kept goes to the oldest generation
    of the cyclic collector at the end, not walked by young collections
    first; the collector is on after the load, nothing is left frozen."""
    import gc

    from datasette_claims import loader

    loader.load(str(tmp_path / "claims.db"), [feed(tmp_path / "m.jsonl", 30)], match=True)
    gc.collect()
    loader.MATCH_CLAIMS, before = 40, loader.MATCH_CLAIMS  # (a few chunks)
    try:
        loader.load(str(tmp_path / "claims.db"), [feed(tmp_path / "n.jsonl", 30, "n")], match=True)
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
    finally:
        loader.MATCH_CLAIMS = before
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert links(tmp_path / "claims.db") > 0
    assert young < 150, young


def test_one_article_not_matched_is_said_in_the_singular(tmp_path):
    db_path = tmp_path / "claims.db"
    path = feed(tmp_path / "feed.jsonl", 1)
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), path, "--no-match"])
    assert result.exit_code == 0, result.output
    assert "1 article not matched yet" in result.output
