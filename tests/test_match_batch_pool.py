"""Matching a batch over worker processes links exactly what one process links."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest

from datasette_claims import loader
from datasette_claims.matching import batch_pool, duplicates, pipeline
from datasette_claims.store import open_db
from datasette_claims.store.articles import unmatched_articles

STATEMENTS = [
    "We will cut the ferry fares by a third before the summer season begins in the harbour towns.",
    "The new bridge over the Varn estuary will open to cyclists in the first week of October.",
    "Nobody on the council ever promised to close the night market on the old quay.",
    "Our hospital will hire forty more nurses for the winter wards by the end of the year.",
    "The water company must repair every leaking main in the northern districts within two years.",
    "I never said that the tram line would reach the airport before the next election.",
]
SPEAKERS = ["Jane Doe", "Tomas Varga", "Lena Okafor"]
CHANGES = [("third", "quarter"), ("October", "November"), ("forty", "fifty"), ("two", "three")]


def feed(path, n: int) -> str:
    """Articles quoting the same statements, some with a word changed (drift), by a few speakers."""
    lines = []
    for i in range(n):
        text = STATEMENTS[i % len(STATEMENTS)]
        if i % 3 == 1:
            old, new = CHANGES[i % len(CHANGES)]
            text = text.replace(old, new)
        other = STATEMENTS[(i * 5 + 2) % len(STATEMENTS)]
        lines.append(json.dumps({
            "id": f"pool-{i}", "kind": "transcript", "speaker": SPEAKERS[i % len(SPEAKERS)],
            "outlet": f"Paper {i % 4}", "date": f"2021-03-{1 + i % 20:02d}",
            "text": f"{text} {other} The committee met {i} times in the market hall this spring.",
        }))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def dump(db_path) -> list:
    conn = sqlite3.connect(db_path)
    try:
        return [
            conn.execute("select * from claim_matches order by claim_a, claim_b").fetchall(),
            conn.execute("select id, story_id from claims order by id").fetchall(),
            conn.execute("select * from stories order by id").fetchall(),
            conn.execute("select id, duplicate_of from articles order by id").fetchall(),
        ]
    finally:
        conn.close()


def pool_every_chunk(monkeypatch, claims: int) -> None:
    """Chunks of ``claims`` claims start the pool; once started, it scores every chunk, the smaller last too."""
    monkeypatch.setattr(batch_pool, "PARALLEL_MIN_NEW", claims)
    monkeypatch.setattr(batch_pool, "PARALLEL_MIN_WARM", 1)


def test_two_workers_link_what_one_links(tmp_path, monkeypatch):
    path = feed(tmp_path / "feed.jsonl", 36)
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    calls = []
    real = batch_pool.links

    def counted(*args, **kwargs):
        calls.append(len(args[2]))
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_pool, "PARALLEL_MIN_NEW", 10)
    monkeypatch.setattr(batch_pool, "links", counted)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert calls, "the batch was not split over workers"
    got, want = dump(two), dump(one)
    assert len(want[0]) > 20 and any(row[3] == "drift" for row in want[0])
    assert got == want


def test_small_batch_stays_in_one_process(tmp_path, monkeypatch):
    path = feed(tmp_path / "feed.jsonl", 4)
    db_path = tmp_path / "claims.db"
    loader.load(str(db_path), [path], match=False)
    calls = []
    monkeypatch.setattr(batch_pool, "links", lambda *a, **k: calls.append(a))
    conn = open_db(str(db_path))
    pipeline.match_articles(conn, unmatched_articles(conn.conn), workers=2)
    conn.conn.commit()
    assert calls == []
    assert dump(db_path)[0]


def test_one_pool_serves_every_chunk_of_a_load_and_ends_with_it(tmp_path, monkeypatch):
    """A load matching chunk after chunk keeps its workers (their caches warm)
    and links what one process links; the pool is gone when the load returns."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 20)  # several chunks
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    started, calls = [], []
    real_pool, real_links = batch_pool._Pools.get, batch_pool.links

    def get(self, *args):
        pool = real_pool(self, *args)
        if pool not in started:
            started.append(pool)
        return pool

    def counted(*args, **kwargs):
        calls.append(len(args[2]))
        return real_links(*args, **kwargs)

    monkeypatch.setattr(batch_pool, "PARALLEL_MIN_NEW", 10)
    monkeypatch.setattr(batch_pool._Pools, "get", get)
    monkeypatch.setattr(batch_pool, "links", counted)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert len(calls) >= 3, "the load was not matched in several chunks over workers"
    assert len(started) == 1
    assert batch_pool._POOLS.pool is None  # the load's end closed it
    assert dump(two) == dump(one)


def test_workers_keep_what_they_read_at_the_step_before_only(tmp_path, monkeypatch):
    """A pool's workers keep their rows and pools from chunk to chunk (the
    step numbers say whether they saw the step before), a pooled load's last,
    smaller chunk goes to the pool already started; the links and stories
    are those of one process (the pauses: the next tests)."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 40)  # several chunks, the last one smaller
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    calls, kept = [], []
    real_links, real_keep = batch_pool.links, pipeline.Matcher.keep

    def counted(*args, **kwargs):
        calls.append(len(args[2]))
        return real_links(*args, **kwargs)

    def keep(self, *args, **kwargs):
        kept.append(kwargs.get("step"))
        return real_keep(self, *args, **kwargs)

    pool_every_chunk(monkeypatch, 40)
    monkeypatch.setattr(batch_pool, "links", counted)
    monkeypatch.setattr(pipeline.Matcher, "keep", keep)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert len(calls) >= 3 and min(calls) < 40, "the last, smaller chunk was not scored by the pool"
    assert dump(two) == dump(one)


def test_a_step_missed_empties_what_was_kept(tmp_path):
    """What a process kept is kept only from the step just before: a step it
    did not see (scored by a pool, or no slice of it) may have merged speakers."""
    path = feed(tmp_path / "feed.jsonl", 6)
    db_path = tmp_path / "claims.db"
    loader.load(str(db_path), [path], match=False)
    db = open_db(str(db_path))
    reads = pipeline.Reads()
    first = pipeline.Matcher(db.conn, reads=reads)
    first.keep(None, 0, step=3)
    claims = pipeline._load(db.conn, "1 = 1", [])
    first.cache.update((c.rowid, c) for c in claims)
    following = pipeline.Matcher(db.conn, reads=reads)
    following.keep(None, 0, step=4)
    assert len(following.cache) == len(claims)
    after_a_gap = pipeline.Matcher(db.conn, reads=reads)
    after_a_gap.keep(None, 0, step=6)
    assert not after_a_gap.cache


def test_a_pooled_chunk_keeps_the_lock_free_while_scoring_not_after(tmp_path, monkeypatch):
    """A chunk scored by the pool faster than ``LOCK_GAP_SECONDS`` keeps the
    write lock given up that long while its workers score, so the load takes
    no pause after it; the links and stories are those of one process."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 40)  # several chunks, each scored in a few milliseconds
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    freed, paused = [], []
    real_links, real_sleep = batch_pool.links, loader.time.sleep

    def timed(conn, *args, **kwargs):
        started = time.monotonic()
        try:
            return real_links(conn, *args, **kwargs)
        finally:
            freed.append(time.monotonic() - started)

    def sleep(seconds):
        if seconds == loader.LOCK_GAP_SECONDS:
            paused.append(seconds)
        return real_sleep(seconds)

    pool_every_chunk(monkeypatch, 40)
    monkeypatch.setattr(batch_pool, "links", timed)
    monkeypatch.setattr(loader.time, "sleep", sleep)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert len(freed) >= 3
    assert paused == []
    assert min(freed) >= loader.LOCK_GAP_SECONDS
    assert dump(two) == dump(one)


def test_one_process_scores_with_the_lock_given_up_and_takes_no_pause(tmp_path, monkeypatch):
    """A one-worker load scores a chunk of at least ``LOCK_FREE_MIN_NEW`` new
    claims with the write lock given up (at least ``LOCK_GAP_SECONDS``), as a
    pool does, so it takes no pause after the chunk; its links and stories
    are those of a load that kept the lock and paused."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 40)
    monkeypatch.setattr(pipeline, "LOCK_FREE_MIN_NEW", 10**9)  # the lock kept, a pause after each chunk
    paused = []
    real_sleep = loader.time.sleep

    def sleep(seconds):
        if seconds == loader.LOCK_GAP_SECONDS:
            paused.append(seconds)
        return real_sleep(seconds)

    monkeypatch.setattr(loader.time, "sleep", sleep)
    kept = tmp_path / "kept.db"
    loader.load(str(kept), [path], jobs=1)
    assert len(paused) >= 2
    paused.clear()
    monkeypatch.setattr(pipeline, "LOCK_FREE_MIN_NEW", 1)
    given_up = tmp_path / "given_up.db"
    loader.load(str(given_up), [path], jobs=1)
    assert paused == []
    assert batch_pool._FREED["seconds"] >= loader.LOCK_GAP_SECONDS
    assert dump(given_up) == dump(kept)


@pytest.mark.parametrize("jobs, lock_free_min", [(1, 10**9), (1, 1), (2, 10**9)])
def test_a_waiting_writer_gets_in_between_chunks_of_a_long_load(tmp_path, monkeypatch, jobs, lock_free_min):
    """A writer on its own connection (a verdict through Datasette) that waits
    for the write lock while a load matches gets in between two chunks, not
    after the load's last: with one process by the pause after each chunk or
    while it scores a large chunk, with a pool while its workers score."""
    monkeypatch.setattr(pipeline, "LOCK_FREE_MIN_NEW", lock_free_min)
    path = feed(tmp_path / "feed.jsonl", 60)
    db_path = tmp_path / "claims.db"
    setup = sqlite3.connect(db_path)
    setup.execute("create table side_notes (note text)")
    setup.close()
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 20)
    pool_every_chunk(monkeypatch, 20)
    chunks: list[int] = []
    got_in: list[int] = []
    real_match = loader._match_new

    def write_when_let_in():
        conn = sqlite3.connect(db_path, timeout=60, isolation_level=None)
        conn.execute("begin immediate")  # waits for the load's chunk to give the lock up
        got_in.append(len(chunks))
        conn.execute("insert into side_notes values ('written while the load ran')")
        conn.execute("commit")
        conn.close()

    writer = threading.Thread(target=write_when_let_in)

    def matched(*args, **kwargs):
        chunks.append(1)
        if len(chunks) == 3:  # this chunk holds the lock (a pool already started): the writer waits behind it
            writer.start()
            time.sleep(0.3)  # SQLite's busy handler now polls every 100 ms
        return real_match(*args, **kwargs)

    monkeypatch.setattr(loader, "_match_new", matched)
    loader.load(str(db_path), [path], jobs=jobs)
    writer.join(timeout=60)
    assert len(chunks) >= 6
    assert got_in, "the writer never got in"
    assert got_in[0] < len(chunks), "the writer waited for the load's last chunk"
    assert dump(db_path)[0]


def test_the_next_chunks_reprints_are_probed_while_the_pool_scores(tmp_path, monkeypatch):
    """While its workers score a chunk, the parent probes the next chunk's
    articles for reprints (it would wait idle); each article is probed once,
    and the duplicates, links and stories are those of one process."""
    path = feed(tmp_path / "feed.jsonl", 36)  # the same statements over and over: many reprints
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 40)
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    scoring, probed = [], []
    real_links, real_probe = batch_pool.links, duplicates.reprints_of

    def links(*args, **kwargs):
        scoring.append(True)
        try:
            return real_links(*args, **kwargs)
        finally:
            scoring.pop()

    def probe(conn, aid):
        probed.append((aid, bool(scoring)))
        return real_probe(conn, aid)

    pool_every_chunk(monkeypatch, 40)
    monkeypatch.setattr(batch_pool, "links", links)
    monkeypatch.setattr(duplicates, "reprints_of", probe)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    during = [aid for aid, while_scoring in probed if while_scoring]
    assert len(during) >= 10, "no article was probed while the pool scored"
    assert len(probed) == len({aid for aid, _ in probed}) == 36
    assert any(row[1] for row in dump(one)[3])
    assert dump(two) == dump(one)


def test_an_article_reloaded_after_its_reprints_were_found_ahead_is_probed_again(tmp_path, monkeypatch):
    """Pairs found ahead are for the text they were found for: an article
    whose text changed since is probed again at its own step, and the marks
    are those found without looking ahead."""
    path = feed(tmp_path / "feed.jsonl", 12)
    db_path, plain_path = tmp_path / "claims.db", tmp_path / "plain.db"
    loader.load(str(db_path), [path], match=False)
    db = open_db(str(db_path))
    ids = unmatched_articles(db.conn)
    ahead = duplicates.reprints_ahead(db.conn, ids)
    assert set(ahead) == set(ids) and any(found.pairs for found in ahead.values())
    changed = next(aid for aid, found in ahead.items() if found.pairs)
    db.conn.execute("update articles set content_hash = 'another text' where id = ?", [changed])
    db.conn.commit()
    with sqlite3.connect(plain_path) as copy:
        db.conn.backup(copy)
    ahead[changed] = duplicates.Ahead(ahead[changed].content_hash, [])  # what the old text found: nothing
    probed = []
    real = duplicates.reprints_of
    monkeypatch.setattr(duplicates, "reprints_of", lambda conn, aid: probed.append(aid) or real(conn, aid))
    marked = duplicates.detect_duplicates(db.conn, ids, ahead=ahead)
    db.conn.commit()
    assert probed == [changed] and ahead == {}
    plain = open_db(str(plain_path))
    assert marked == duplicates.detect_duplicates(plain.conn, ids) > 0
    plain.conn.commit()
    assert dump(db_path)[3] == dump(plain_path)[3]


def test_a_loads_pool_starts_before_its_first_steps_aliases(tmp_path, monkeypatch):
    """A load whose first chunk is pooled starts its workers before that chunk's
    own steps (aliases, reprints), not after them; one pool serves the load,
    and the links are those of one process.  A load in one process starts none."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 20)  # several chunks
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    order = []
    real_get, real_resolve = batch_pool._Pools.get, pipeline.resolve_speakers

    def get(self, *args):
        order.append("pool" if self.pool is None else "kept")
        return real_get(self, *args)

    monkeypatch.setattr(batch_pool._Pools, "get", get)
    monkeypatch.setattr(pipeline, "resolve_speakers", lambda *a, **k: order.append("aliases") or real_resolve(*a, **k))
    pool_every_chunk(monkeypatch, 10)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert order[:2] == ["pool", "aliases"] and order.count("pool") == 1
    assert dump(two) == dump(one)
    order.clear()
    loader.load(str(tmp_path / "alone.db"), [path], jobs=1)
    assert "pool" not in order and "aliases" in order


_SCORING: dict = {}  # set in a worker while it scores a step (``_scoring_run``); "log": where to count


def _scoring_run(task):
    _SCORING["now"] = True
    try:
        return _SCORING["run"](task)
    finally:
        _SCORING["now"] = False


def _rare_logged(texts, df, k=20):
    if _SCORING.get("now"):
        with open(_SCORING["log"], "a", encoding="utf-8") as f:
            f.write(f"{len(texts)}\n")
    return _SCORING["rare"](texts, df, k)


def test_the_workers_find_a_chunks_candidates_before_its_step(tmp_path, monkeypatch):
    """While the parent runs a chunk's own steps alone (links, stories, the
    next chunk's aliases and reprints), the workers find the next chunk's
    rare-word candidates, and the first chunk's while the parent settles its
    aliases and reprints (the pool started before the first step): at each
    step they score without looking them up, and link what one process links."""
    path = feed(tmp_path / "feed.jsonl", 36)
    monkeypatch.setattr(loader, "MATCH_CLAIMS", 20)  # several chunks
    one = tmp_path / "one.db"
    loader.load(str(one), [path], jobs=1)
    log = tmp_path / "looked_up_while_scoring.txt"
    log.write_text("")
    calls = []
    real_links = batch_pool.links

    def counted(*args, **kwargs):
        calls.append(len(args[2]))
        return real_links(*args, **kwargs)

    pool_every_chunk(monkeypatch, 10)
    monkeypatch.setitem(_SCORING, "log", str(log))
    monkeypatch.setitem(_SCORING, "run", batch_pool._run)
    monkeypatch.setitem(_SCORING, "rare", pipeline.rare_candidates_of)
    monkeypatch.setattr(batch_pool, "_run", _scoring_run)  # (the forked workers inherit these)
    monkeypatch.setattr(pipeline, "rare_candidates_of", _rare_logged)
    monkeypatch.setattr(batch_pool, "links", counted)
    two = tmp_path / "two.db"
    loader.load(str(two), [path], jobs=2)
    assert len(calls) >= 3, "the load was not matched in several pooled chunks"
    looked_up = sum(int(n) for n in log.read_text().split())
    assert looked_up == 0, "a pooled chunk's candidates are looked up while it is scored"
    assert dump(two) == dump(one)
