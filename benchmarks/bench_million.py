"""Search and pages at a million claims, measured on a million-claim database.

    python benchmarks/bench_million.py                   # build once (cached), then search + pages
    python benchmarks/bench_million.py --only search     # search accuracy and latency
    python benchmarks/bench_million.py --only pages      # every page type, HTML and JSON
    python benchmarks/bench_million.py --claims 200000   # a smaller database (its own file)

Builds (once; cached as ``/tmp/bench_million/claims-<N>.db``) a database of
``--claims`` claims:

1. the whole Wikinews corpus (``<shared>/corpora/wikinews.jsonl.gz``) loaded
   with the product's loader, matching on (``claims load``: the schema by the
   product's migrations, links, stories, aliases, the queue's pre-ranking);
2. scaled up to ``--claims`` by bulk inserts into the same tables (the FTS
   triggers index them), eight claims per synthetic article, 60 invented
   outlets, dates over 2004-2018, 5,640 invented speakers (``bench_match``'s
   first x last names) with Zipf-like claim counts:

   * 5% reworded copies of a real claim by its speaker (a word dropped, a
     near-synonym, a number changed: ``bench_match.perturb``), which compete
     with the original in search;
   * 95% sentences drawn from a word-bigram model of the real claims: the
     corpus's vocabulary and word frequencies (so FTS posting lists are as
     long as real text makes them) without copying long stretches of a real
     claim, so a ten-word fragment of a real claim still names one claim;

3. ``queue_scores.refresh`` over everything (what ``claims load`` does after a load).

On the project machine (2 cores, loaded) the build took 29 minutes: 11 for
the Wikinews load with matching, 16 for the inserts, 1.5 for the queue's
scores; the file is 770 MB.

Then it runs ``bench_search`` on claims of the Wikinews articles only (the
synthetic text is not what a user pastes) and ``bench_views`` (every page
type, HTML and JSON alternating, plus the review queue), both through the
real Datasette app (``datasette.client``).  Each prints p95 wall clock and
p95 CPU time per request, and the load average.
Targets: search as in ``bench_search``; pages p95 <= 100 ms; the claim page
(similar claims) p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import shutil
import sys
import tempfile
import time

try:
    from . import bench_search, bench_views
    from .bench_match import CLAIM_COLUMNS, FIRST, LAST, insert_synthetic, perturb
    from .shared_data import require
except ImportError:  # run as a script
    import bench_search
    import bench_views
    from bench_match import CLAIM_COLUMNS, FIRST, LAST, insert_synthetic, perturb
    from shared_data import require

SEED = 20261204
PER_ARTICLE = 8
COPIES = 0.05
END = None
# the synthetic claims' columns: each is an utterance of its own
COLUMNS = (*CLAIM_COLUMNS, "utterance_id")


def load_wikinews(db_path: str, shared: str) -> None:
    """The whole corpus through the product's loader, matching on."""
    from datasette_claims.loader import load

    src = require(os.path.join(shared, "corpora", "wikinews.jsonl.gz"))
    tmp = tempfile.mkdtemp(dir=os.path.dirname(db_path))
    path = os.path.join(tmp, "wikinews.jsonl")
    with gzip.open(src, "rb") as f, open(path, "wb") as out:
        shutil.copyfileobj(f, out)
    started = time.perf_counter()
    report = load(db_path, [path])
    shutil.rmtree(tmp)
    print(f"wikinews loaded with matching: {report.summary()} ({time.perf_counter() - started:.0f}s)", file=sys.stderr)


class Bigrams:
    """A word-bigram model of real claims: each word's observed successors."""

    def __init__(self, texts: list[str]):
        self.starts: list[str] = []
        self.next: dict[str, list] = {}
        for text in texts:
            words = text.split()
            if not words:
                continue
            self.starts.append(words[0])
            for a, b in zip(words, words[1:] + [END]):
                self.next.setdefault(a, []).append(b)

    def sentence(self, rng: random.Random, longest: int = 60) -> list[str]:
        words = [rng.choice(self.starts)]
        while len(words) < longest:
            nxt = rng.choice(self.next[words[-1]])
            if nxt is END:
                break
            words.append(nxt)
        return words


def _speakers(conn, rng):
    names = sorted({f"{a} {b}" for a in FIRST for b in LAST})
    rng.shuffle(names)
    ids = [f"syn-speaker-{i}" for i in range(len(names))]
    conn.executemany("insert into speakers (id, name, kind, aliases, claim_count) values (?, ?, 'person', ?, 0)",
                     [(i, n, json.dumps([n])) for i, n in zip(ids, names)])
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(names))]
    return names, ids, weights


def scale_up(db_path: str, n_claims: int) -> None:
    """Bulk inserts up to ``n_claims`` claims (see the module docstring)."""
    from datasette_claims import queue_scores
    from datasette_claims.store import open_db

    conn = open_db(db_path).conn
    real = conn.execute("select content, speaker, speaker_id, quote_type, sourcing from claims").fetchall()
    need = n_claims - len(real)
    rng = random.Random(SEED)
    model = Bigrams([r[0] for r in real])
    started = time.perf_counter()
    conn.execute("BEGIN")
    names, ids, weights = _speakers(conn, rng)
    art = made = 0
    while made < need:
        year = rng.randint(2004, 2018)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        aid = f"syn-{art:07d}"
        rows, offset = [], 0
        for j in range(min(PER_ARTICLE, need - made)):
            if rng.random() < COPIES:
                content, speaker, speaker_id, quote_type, sourcing = rng.choice(real)
                words = perturb(content.split(), rng)
            else:
                words = model.sentence(rng)
                k = rng.choices(range(len(names)), weights=weights)[0] if rng.random() < 0.9 else None
                speaker, speaker_id = (names[k], ids[k]) if k is not None else (None, None)
                quote_type = rng.choice(("direct", "indirect", "indirect", "mixed"))
                sourcing = "named_person" if speaker_id else "author"
            text = " ".join(words)
            cid = f"{aid}:{j}"
            rows.append((cid, aid, speaker_id, text, offset, offset + len(text), speaker, sourcing, quote_type,
                         published, cid))
            offset += len(text) + 2
        insert_synthetic(conn, aid, f"Outlet {rng.randrange(60)}", art, published, rows, COLUMNS)
        made += len(rows)
        art += 1
        if art % 10000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"  {made:,} claims inserted ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    conn.execute("update speakers set claim_count = (select count(*) from claims c where c.speaker_id = speakers.id) "
                 "where id like 'syn-speaker-%'")
    conn.execute("COMMIT")
    print(f"scaled to {n_claims:,} claims: {made:,} inserted in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    started = time.perf_counter()
    with conn:
        queue_scores.refresh(conn)
    print(f"queue pre-ranking refreshed ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def build(db_path: str, shared: str, n_claims: int) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(db_path)), exist_ok=True)
    partial = db_path + ".building"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(partial + suffix):
            os.remove(partial + suffix)
    load_wikinews(partial, shared)
    scale_up(partial, n_claims)
    os.replace(partial, db_path)


def run_search(args) -> int:
    claims = bench_search.sample(args.db, args.n, args.seed, args.min_words, skip_source="synthetic")
    results = asyncio.run(bench_search.run(args.db, bench_search.queries(claims, args.seed), dict(claims)))
    return bench_search.report(args.db, results, len(claims), args.min_words, args.seed)


def warn_unmigrated(db_path: str) -> None:
    """Pages read what the migrations made (the queue's key indexes): say when the cached
    database predates some (this script does not write to it)."""
    import sqlite3

    import sqlite_utils

    from datasette_claims.store.schema import migrations

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    pending = migrations.pending(sqlite_utils.Database(conn))
    conn.close()
    if pending:
        print(f"NOTE: {db_path} predates migrations {', '.join(m.name for m in pending)}; pages take their older, "
              "slower paths. Migrate it (or a copy) with: python -c \"from datasette_claims.store import open_db; "
              f"open_db('{db_path}')\"", file=sys.stderr)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="default /tmp/bench_million/claims-<claims>.db (built if missing)")
    parser.add_argument("--only", choices=("build", "search", "pages"))
    parser.add_argument("--n", type=int, default=300, help="search: Wikinews claims to sample")
    parser.add_argument("--min-words", type=int, default=12)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--runs", type=int, default=3, help="pages: runs (medians reported)")
    parser.add_argument("--requests", type=int, default=60, help="pages: requests per page per run")
    args = parser.parse_args(argv)
    args.db = args.db or f"/tmp/bench_million/claims-{args.claims}.db"
    if not os.path.exists(args.db):
        started = time.perf_counter()
        build(args.db, args.shared, args.claims)
        print(f"built {args.db} in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    failed = 0
    if args.only in (None, "search"):
        failed |= run_search(args)
    if args.only in (None, "pages"):
        warn_unmigrated(args.db)
        failed |= asyncio.run(bench_views.main(["--db", args.db, "--runs", str(args.runs),
                                                "--requests", str(args.requests), "--check"]))
    return failed


if __name__ == "__main__":
    sys.exit(main())
