"""Latency of the claims pages through ``datasette.client``.

    python benchmarks/bench_views.py                       # Wikinews corpus, built if missing
    python benchmarks/bench_views.py --db big.db --runs 5  # any claims database

Each page type is requested ``--requests`` times per run with different
ids / queries (sampled with a fixed seed), HTML and JSON alternating, after
a short warm-up.  For every page it prints p50 and p95 wall-clock time and
p95 CPU time (process time, all threads: the part that does not grow when
other work shares the machine) in milliseconds, each the median over
``--runs`` runs.  Target: p95 <= 100 ms per page.  ``--check``
exits non-zero when a page misses it.

The row ``claim: similar claims`` times, inside those same claim-page
requests, the step that finds the similar claims (``views.claim``'s call of
``similar_claims``: candidates, scoring and the rows it shows), which has a
target of its own (p95 <= 50 ms at a million claims).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require

DEFAULT_CORPUS = "/work/shared/corpora/wikinews.jsonl.gz"
TARGET_MS = 100.0
SIMILAR_TARGET_MS = 50.0


def build(db_path: str, corpus: str, match: bool = True) -> None:
    """Load the corpus (a .gz is unpacked beside the database) with the product's loader."""
    from datasette_claims.loader import load

    path = corpus
    if corpus.endswith(".gz"):
        path = os.path.join(os.path.dirname(os.path.abspath(db_path)), os.path.basename(corpus)[:-3])
        if not os.path.exists(path):
            with gzip.open(corpus, "rb") as src, open(path, "wb") as dst:
                shutil.copyfileobj(src, dst)
    started = time.perf_counter()
    report = load(db_path, [path], match=match)
    print(f"loaded {path}: {report.summary()} ({time.perf_counter() - started:.0f}s)", file=sys.stderr)


def sample(db_path: str, n: int, seed: int) -> dict:
    """Ids and queries to request, spread over the database."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)

    def ids(sql, k=n):
        rows = [r[0] for r in conn.execute(sql)]
        return rng.sample(rows, min(k, len(rows))) if rows else []

    # Sample by rowid ranges, not by reading every id (fast at 1M claims).
    max_claim = conn.execute("select max(rowid) from claims").fetchone()[0] or 0
    claim_rows = []
    for _ in range(n * 3):
        if not max_claim:
            break
        row = conn.execute(
            "select id, content, speaker_id, article_id from claims where rowid >= ? order by rowid limit 1",
            [rng.randint(1, max_claim)],
        ).fetchone()
        if row:
            claim_rows.append(row)
    claim_rows = claim_rows[:n]
    stories = ids("select id from stories order by report_count desc limit 2000")
    speakers = ids("select id from speakers order by claim_count desc limit 2000")
    largest = conn.execute("select id from speakers order by claim_count desc, id limit 1").fetchone()
    words = []
    for _, content, _, _ in claim_rows:
        tokens = [w for w in content.split() if len(w) > 5 and w.isalpha()]
        if tokens:
            words.append(" ".join(rng.sample(tokens, min(2, len(tokens)))))
    outlets = [r[0] for r in conn.execute("select distinct outlet from articles where outlet is not null limit 50")]
    outlets = rng.sample(outlets, len(outlets))
    conn.close()
    return {
        "claims": [r[0] for r in claim_rows],
        "pasted": [r[1] for r in claim_rows],
        "keywords": words or ["government"],
        "articles": [r[3] for r in claim_rows],
        "speakers": speakers or [r[2] for r in claim_rows if r[2]],
        "stories": stories,
        "outlets": outlets,
        "largest_speaker": [largest[0]] if largest else [],
    }


def page_urls(database: str, s: dict, n: int) -> dict[str, list[str]]:
    from urllib.parse import urlencode

    from datasette_claims.views.base import encode_id

    base = f"/{encode_id(database)}/-/claims"

    def cycle(values, make):
        return [make(values[i % len(values)], i) for i in range(n)] if values else []

    def fmt(i):
        return ".json" if i % 2 else ""

    return {
        "overview": [base + fmt(i) for i in range(n)],
        "claim": cycle(s["claims"], lambda v, i: f"{base}/claim/{encode_id(v)}{fmt(i)}"),
        "search (pasted claim)": cycle(s["pasted"], lambda v, i: f"{base}/search{fmt(i)}?" + urlencode({"q": v})),
        "search (keywords)": cycle(s["keywords"], lambda v, i: f"{base}/search{fmt(i)}?" + urlencode({"q": v})),
        "search (filters)": cycle(
            s["outlets"] or ["x"],
            lambda v, i: f"{base}/search{fmt(i)}?" + urlencode({"outlet": v, "since": "2007", "until": "2009-06"}),
        ),
        "search (sourcing/speaker)": [
            f"{base}/search{fmt(i)}?"
            + urlencode(
                [{"sourcing": "named_person"}, {"sourcing": "unnamed"}, {"speaker": s["speakers"][i % len(s["speakers"])] if s["speakers"] else "x"}][i % 3]
            )
            for i in range(n)
        ],
        "stories": [f"{base}/stories{fmt(i)}" + ("?_sort=latest" if i % 4 >= 2 else "") for i in range(n)],
        "story": cycle(s["stories"], lambda v, i: f"{base}/story/{encode_id(v)}{fmt(i)}"),
        "speaker": cycle(s["speakers"], lambda v, i: f"{base}/speaker/{encode_id(v)}{fmt(i)}"),
        # the most quoted speaker's page (the sample above seldom draws it): its counts read every claim
        "speaker (most quoted)": cycle(s.get("largest_speaker", []),
                                       lambda v, i: f"{base}/speaker/{encode_id(v)}{fmt(i)}")[:LARGEST_REQUESTS],
        "article": cycle(s["articles"], lambda v, i: f"{base}/article/{encode_id(v)}{fmt(i)}"),
        "queue": [f"{base}/queue{fmt(i)}" + ("?status=all" if i % 4 >= 2 else "") for i in range(n)],
        "queue (outlet/speaker)": [
            f"{base}/queue{fmt(i)}?"
            + urlencode({"outlet": s["outlets"][i % len(s["outlets"])]} if i % 4 < 2 and s["outlets"]
                        else {"speaker": s["speakers"][i % len(s["speakers"])] if s["speakers"] else "x"})
            for i in range(n)
        ],
    }


SIMILAR = "claim: similar claims"
# requests of the most quoted speaker's page per run (each reads all its claims)
LARGEST_REQUESTS = 10


def _time_similar_step(steps: list) -> None:
    """Wrap the claim page's similar-claims step so that each call's wall and CPU ms land in ``steps``."""
    from datasette_claims.views import claim as claim_view

    inner = getattr(claim_view.similar_claims, "__wrapped__", claim_view.similar_claims)

    async def timed(*args, **kwargs):
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            return await inner(*args, **kwargs)
        finally:
            steps.append(((time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000))

    timed.__wrapped__ = inner
    claim_view.similar_claims = timed


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


async def run_once(ds, urls: dict[str, list[str]], warmup: int) -> dict[str, tuple[float, float]]:
    out = {}
    steps: list = []
    _time_similar_step(steps)
    for name, paths in urls.items():
        if not paths:
            continue
        for path in paths[:warmup]:
            await ds.client.get(path)
        times, cpu = [], []
        for path in paths:
            started, cpu_started = time.perf_counter(), time.process_time()
            r = await ds.client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{path}: HTTP {r.status_code}\n{r.text[:500]}")
        times.sort()
        cpu.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        cpu95 = cpu[min(len(cpu) - 1, int(round(0.95 * (len(cpu) - 1))))]
        out[name] = (statistics.median(times), p95, cpu95)
        if name == "claim" and steps:
            timed = steps[-len(paths):]
            walls = [w for w, _ in timed]
            out[SIMILAR] = (statistics.median(walls), _p95(walls), _p95([c for _, c in timed]))
    return out


async def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/bench_views/wikinews.db", help="claims database (built from --corpus if missing)")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=60, help="requests per page per run")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if any page's p95 > {TARGET_MS:.0f} ms")
    args = parser.parse_args(argv)

    if not os.path.exists(args.db):
        os.makedirs(os.path.dirname(os.path.abspath(args.db)), exist_ok=True)
        build(args.db, require(args.corpus, "--corpus FILE"))

    from datasette.app import Datasette

    conn = sqlite3.connect(args.db)
    counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("articles", "claims", "stories", "claim_matches", "speakers")}
    conn.close()
    print("database:", args.db, ", ".join(f"{v:,} {k}" for k, v in counts.items()))

    samples = sample(args.db, args.requests, args.seed)
    ds = Datasette([args.db], immutables=[])
    database = next(iter(ds.databases))
    if database == "_internal":
        database = [d for d in ds.databases if d != "_internal"][0]
    urls = page_urls(database, samples, args.requests)

    # The overview's figures are cached (30 s, or until rows are added): time
    # the first, uncached request on its own.
    started = time.perf_counter()
    await ds.client.get(urls["overview"][0])
    cold = (time.perf_counter() - started) * 1000

    runs = []
    for i in range(args.runs):
        runs.append(await run_once(ds, urls, args.warmup))
        print(f"run {i + 1}/{args.runs} done", file=sys.stderr)

    import datasette

    print(f"datasette {datasette.__version__}, {args.runs} runs x {args.requests} requests per page (HTML/JSON alternating)")
    print(f"{'page':26} {'p50 ms':>8} {'p95 ms':>8} {'cpu p95':>8}  target p95 <= {TARGET_MS:.0f} ms")
    failed = False
    for name in [*urls, SIMILAR]:
        if not all(name in r for r in runs):
            print(f"{name:26} {'-':>8} {'-':>8} {'-':>8}  (no rows to request)")
            continue
        p50 = statistics.median(r[name][0] for r in runs)
        p95 = statistics.median(r[name][1] for r in runs)
        cpu95 = statistics.median(r[name][2] for r in runs)
        ok = p95 <= (SIMILAR_TARGET_MS if name == SIMILAR else TARGET_MS)
        failed |= not ok
        print(f"{name:26} {p50:8.1f} {p95:8.1f} {cpu95:8.1f}  {'ok' if ok else 'SLOW'}")
    print(f"overview, first (uncached) request: {cold:.0f} ms")
    print(f"load average after the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs (cpu = process time, all threads)")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
