"""Writers side by side: a served, reviewing Datasette, a load and a rebuild at once;
and a rebuild killed part-way, which must leave the old links and stories.

Real processes on a real SQLite file: Datasette in this process (its own
write thread and connection), ``claims load`` and ``claims match`` as
subprocesses.  The articles are invented transcripts of made-up words, so
that only the statements they are built to share are linked.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import build_claims_db, make_datasette

SPEAKERS = ["Jane Doe", "Omar Field", "Lena Brook", "Tom Reed", "Ada Stone", "Piet Vale", "Rosa Lind"]
SYLLABLES = [a + b for a in "bdfgklmnprstvz" for b in ("a", "e", "i", "o", "u", "ai", "ou")]
REVIEWERS = {"plugins": {"datasette-claims": {"reviewers": {"id": ["alice"]}}}}


def _sentence(r: random.Random) -> str:
    words = ("".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))) for _ in range(r.randint(8, 12)))
    return " ".join(words).capitalize() + "."


SHARED = [_sentence(random.Random(10_000 + k)) for k in range(60)]


def documents(n: int, prefix: str, start: int = 0) -> list[dict]:
    """Transcripts of four made-up sentences each, plus one of 60 shared statements."""
    docs = []
    for i in range(start, start + n):
        r = random.Random(i)
        sentences = [_sentence(r) for _ in range(4)]
        sentences.insert(r.randint(0, 4), SHARED[i % 60])
        docs.append({
            "id": f"{prefix}-{i}", "kind": "transcript", "speaker": SPEAKERS[i % 7],
            "outlet": ["Daily Planet", "Evening Star", "Valley Herald"][i % 3],
            "date": f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}", "title": f"Speech {i}",
            "text": " ".join(sentences),
        })
    return docs


def write_feed(path, docs) -> str:
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return str(path)


def claims_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "datasette", "claims", *map(str, args)]


def links_and_stories(db_path):
    conn = sqlite3.connect(db_path)
    try:
        links = set(conn.execute("select claim_a, claim_b, kind from claim_matches"))
        stories = set(conn.execute("select id, claim_count from stories"))
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        return links, stories
    finally:
        conn.close()


def test_kill_during_rebuild_leaves_the_old_links_and_stories(tmp_path):
    db_path = tmp_path / "claims.db"
    feed = write_feed(tmp_path / "feed.jsonl", documents(240, "k"))
    subprocess.run(claims_cmd("load", db_path, feed, "-q"), check=True, capture_output=True, timeout=600)
    started = time.monotonic()
    subprocess.run(claims_cmd("match", db_path, "--rebuild"), check=True, capture_output=True, timeout=600)
    full = time.monotonic() - started
    links, stories = links_and_stories(db_path)
    assert links and stories
    # Kill at several points of a rebuild: whichever step it is in, the
    # links and stories are those of before (a rebuild is deterministic, so
    # one that finished leaves the same).
    for share in (0.35, 0.6, 0.85):
        proc = subprocess.Popen(claims_cmd("match", db_path, "--rebuild"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * share)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert links_and_stories(db_path) == (links, stories), f"killed at {share:.0%} of a rebuild"


def test_failed_rebuild_keeps_links_and_stories(tmp_path):
    """A rebuild that cannot take the lock gives up with an error and changes nothing."""
    db_path = tmp_path / "claims.db"
    feed = write_feed(tmp_path / "feed.jsonl", documents(120, "f"))
    subprocess.run(claims_cmd("load", db_path, feed, "-q"), check=True, capture_output=True, timeout=600)
    before = links_and_stories(db_path)
    assert before[0]
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer that never lets go
    try:
        env = dict(os.environ, DATASETTE_CLAIMS_LOCK_PATIENCE="2")
        proc = subprocess.run(claims_cmd("match", db_path, "--rebuild"), capture_output=True, text=True,
                              timeout=600, env=env)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert proc.returncode == 1
    assert "locked" in proc.stderr and "links and stories are as they were" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert links_and_stories(db_path) == before


@pytest.mark.asyncio
async def test_load_and_rebuild_while_reviewers_post_verdicts(tmp_path):
    db_path = build_claims_db(tmp_path)
    base = write_feed(tmp_path / "base.jsonl", documents(120, "base"))
    subprocess.run(claims_cmd("load", db_path, base, "-q"), check=True, capture_output=True, timeout=600)
    conn = sqlite3.connect(db_path)
    targets = [r[0] for r in conn.execute("select id from claims where article_id like 'base-%' order by id limit 40")]
    conn.close()
    more = write_feed(tmp_path / "more.jsonl", documents(150, "more", start=120))

    ds = make_datasette([db_path], config=REVIEWERS)
    from datasette_claims.views.base import encode_id

    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    first = f"/claims/-/claims/claim/{encode_id(targets[0])}"
    page = await ds.client.get(first, cookies=cookies)
    assert page.status_code == 200
    token = page.cookies.get("ds_csrftoken") or ""
    if token:
        cookies["ds_csrftoken"] = token

    load = subprocess.Popen(claims_cmd("load", db_path, more, "-q"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    await asyncio.sleep(0.5)
    rebuild = subprocess.Popen(claims_cmd("match", db_path, "--rebuild"), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    posted, statuses = [], []
    deadline = time.monotonic() + 600
    while (load.poll() is None or rebuild.poll() is None or len(posted) < 10) and time.monotonic() < deadline:
        claim = targets[len(posted) % len(targets)]
        note = f"checked while loading, round {len(posted)}"
        r = await ds.client.post(
            f"/claims/-/claims/claim/{encode_id(claim)}/verdict",
            data={"rating": "False", "note": note, "url": "", "csrftoken": token},
            cookies=cookies,
        )
        statuses.append(r.status_code)
        if r.status_code in (302, 303):
            posted.append((claim, note))
        await asyncio.sleep(0.05)
    load_out, load_err = load.communicate(timeout=600)
    rebuild_out, rebuild_err = rebuild.communicate(timeout=600)

    # nothing failed
    assert load.returncode == 0, load_err
    assert rebuild.returncode == 0, rebuild_err
    assert "150 articles (150 new" in load_out
    assert set(statuses) <= {302, 303}, statuses
    assert len(posted) >= 10
    # nothing lost
    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from articles").fetchone()[0] == 3 + 120 + 150
    # (the fixture's own documents carry a javascript: address, dropped with a warning)
    # (and the made-up syllables "do not look like English": that warning is true of them)
    assert conn.execute("select count(*) from load_errors where path not like '%docs.jsonl%' "
                        "and reason not like '%read by English rules%'").fetchone()[0] == 0
    recorded = conn.execute("select claim_id, note from verdicts where reviewer = 'alice' order by id").fetchall()
    assert recorded == posted
    conn.close()
    # whatever the rebuild could not see is matched by the next run, and the
    # shared statements of the new articles are linked to the old ones
    follow = subprocess.run(claims_cmd("match", db_path), capture_output=True, text=True, timeout=600)
    assert follow.returncode == 0, follow.stderr
    conn = sqlite3.connect(db_path)
    from datasette_claims.store.articles import unmatched_articles

    assert unmatched_articles(conn) == []
    linked = conn.execute(
        "select count(*) from claim_matches m join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b "
        "where a.article_id like 'base-%' and b.article_id like 'more-%'"
    ).fetchone()[0]
    assert linked > 0
    conn.close()
