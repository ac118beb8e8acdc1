"""A fingerprint of what matching writes, to prove a speed-up changes no link.

    python benchmarks/match_fingerprint.py [--shared ../shared] [--work DIR] [--keep DIR]
                                           [--only NAME ...] [--workers N]

Builds (once, kept in ``--work``) two databases loaded without matching:
*wiki*, the whole Wikinews corpus, and *large*, the corpus minus its last
300 articles plus synthetic claims up to 4x its claim count
(``bench_match.add_synthetic``, as ``bench_match_growth.py`` does), marked
matched.  Then, each on a fresh copy, runs the matching paths a user's
commands take, with a fixed split (a load's own chunks follow the clock):

* ``rebuild``: ``pipeline.rebuild`` of *wiki*;
* ``chunks``: ``match_articles`` over *wiki*'s articles, 500 at a time,
  with one ``candidates.Reads`` (as a load passes);
* ``batch``: the held-back 300 articles loaded into *large* without
  matching, then one ``match_articles`` of them (the growth benchmark's case).

and prints per path the CPU seconds of matching (this process's), its wall time and a sha256 over every
column of ``claim_matches``, ``claims.id, story_id`` and ``stories``, in key
order.  ``--workers N`` (default 1) scores claims in N processes on every
path.  ``--keep DIR`` also writes the dumps there (to diff two runs).
Equal hashes before and after a change mean identical links and stories.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

from bench_match import add_synthetic  # noqa: E402
from shared_data import require  # noqa: E402

from datasette_claims import loader  # noqa: E402
from datasette_claims.matching import pipeline  # noqa: E402
from datasette_claims.matching.candidates import Reads  # noqa: E402
from datasette_claims.store import open_db  # noqa: E402
from datasette_claims.store.articles import unmatched_articles  # noqa: E402

BATCH = 300
DUMPS = (
    ("claim_matches",
     "select claim_a, claim_b, score, kind, method, diff from claim_matches order by claim_a, claim_b"),
    ("claims", "select id, story_id from claims order by id"),
    ("stories", "select * from stories order by id"),
)


def _write(path: str, lines: list[str]) -> str:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
    return path


def _fresh(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def _checkpoint(path: str) -> None:
    """Fold the WAL into the file (a copy of the file alone would miss it)."""
    conn = open_db(path).conn
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def build(work: str, shared: str) -> None:
    """The *wiki* and *large* databases and the held-back batch, unless present."""
    wiki, large = os.path.join(work, "wiki.db"), os.path.join(work, "large.db")
    if os.path.exists(wiki) and os.path.exists(large):
        return
    with gzip.open(require(os.path.join(shared, "corpora", "wikinews.jsonl.gz")), "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    _write(os.path.join(work, "batch.jsonl"), lines[-BATCH:])
    _fresh(wiki)
    loader.load(wiki, [_write(os.path.join(work, "all.jsonl"), lines)], match=False)
    _fresh(large)
    loader.load(large, [_write(os.path.join(work, "base.jsonl"), lines[:-BATCH])], match=False)
    conn = open_db(large).conn
    have = conn.execute("select count(*) from claims").fetchone()[0]
    add_synthetic(conn, int(4 * have * len(lines) / (len(lines) - BATCH)) - have)
    conn.execute("insert or replace into match_state (article_id, content_hash, matched_at) "
                 "select id, content_hash, 'fingerprint' from articles")
    conn.commit()
    conn.close()
    _checkpoint(wiki)
    _checkpoint(large)


def _copy(src: str, dst: str):
    _fresh(dst)
    shutil.copyfile(src, dst)
    return open_db(dst)


def run_rebuild(work: str, workers: int):
    db = _copy(os.path.join(work, "wiki.db"), os.path.join(work, "run-rebuild.db"))
    c, w = time.process_time(), time.perf_counter()
    pipeline.rebuild(db, workers=workers)
    return db, time.process_time() - c, time.perf_counter() - w


def run_chunks(work: str, workers: int):
    db = _copy(os.path.join(work, "wiki.db"), os.path.join(work, "run-chunks.db"))
    ids = unmatched_articles(db.conn)
    reads = Reads()  # one for every chunk, as a load passes (and with it, one pool of workers)
    c, w = time.process_time(), time.perf_counter()
    for i in range(0, len(ids), 500):
        pipeline.match_articles(db, ids[i : i + 500], reads=reads, workers=workers)
        db.conn.commit()
    return db, time.process_time() - c, time.perf_counter() - w


def run_batch(work: str, workers: int):
    db = _copy(os.path.join(work, "large.db"), os.path.join(work, "run-batch.db"))
    loader.load(db, [os.path.join(work, "batch.jsonl")], match=False)
    ids = unmatched_articles(db.conn)
    c, w = time.process_time(), time.perf_counter()
    pipeline.match_articles(db, ids, workers=workers)
    db.conn.commit()
    return db, time.process_time() - c, time.perf_counter() - w


RUNS = {"rebuild": run_rebuild, "chunks": run_chunks, "batch": run_batch}


def dump(conn, keep: str | None, name: str) -> str:
    digest = hashlib.sha256()
    out = open(os.path.join(keep, f"{name}.txt"), "w", encoding="utf-8") if keep else None
    try:
        for table, sql in DUMPS:
            for row in conn.execute(sql):
                line = f"{table}\t{row!r}\n"
                digest.update(line.encode("utf-8"))
                if out:
                    out.write(line)
    finally:
        if out:
            out.close()
    return digest.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "datasette-claims-match-fp"))
    ap.add_argument("--keep", help="write the dumps to this directory")
    ap.add_argument("--only", nargs="*", choices=sorted(RUNS), help="run only these paths")
    ap.add_argument("--workers", type=int, default=1, help="matching's worker processes (every path)")
    args = ap.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
    build(args.work, args.shared)
    for name in args.only or sorted(RUNS):
        db, cpu, wall = RUNS[name](args.work, args.workers)
        n = db.conn.execute("select count(*) from claim_matches").fetchone()[0]
        print(f"{name}: {n} links, matching {cpu:.1f} s CPU (this process), {wall:.1f} s wall, "
              f"sha256 {dump(db.conn, args.keep, name)}; load average {os.getloadavg()[0]:.1f}", flush=True)
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
