"""Does the search page find a claim from what a user would paste?

    PYTHONPATH=$PWD python benchmarks/bench_search.py                  # loads the Wikinews corpus
    PYTHONPATH=$PWD python benchmarks/bench_search.py --db wikinews.db # reuse a loaded database

Loads ``<shared>/corpora/wikinews.jsonl.gz`` with the product's own loader
(``datasette claims load --no-match``), samples ``--n`` claims of at least
``--min-words`` words with a fixed seed, and asks the search page itself
(``search.json`` through ``datasette.client``, the path a user's browser
takes) for each claim:

* ``full``: the claim's whole text, as pasted;
* ``fragment``: ten consecutive words of it (a random stretch);
* ``dropped+swapped``: the same ten words with one dropped and two
  neighbours swapped.

A query counts as found when the sampled claim is in the first five
results; ``found (same text)`` also accepts another claim with the very same
text (the same sentence in a second article, which no search can tell
apart).  Prints the share found per kind, p50 / p95 wall-clock latency and p95 CPU
(process) time per request.
Targets: full >= 98%, fragment >= 95%, dropped+swapped >= 90%, p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import time
from urllib.parse import urlencode

try:
    from .bench_views import build
except ImportError:  # run as a script
    from bench_views import build

TARGETS = {"full": 0.98, "fragment": 0.95, "dropped+swapped": 0.90}
TARGET_P95_MS = 100.0
TOP = 5


def sample(db_path: str, n: int, seed: int, min_words: int, skip_source: str | None = None) -> list[tuple[str, str]]:
    """``n`` (claim id, content) pairs, claims of at least ``min_words`` words
    (of articles whose ``source_path`` is not ``skip_source``)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    sql = "select c.id, c.content from claims c"
    if skip_source is not None:
        sql += " join articles a on a.id = c.article_id where a.source_path is not ?"
    rows = conn.execute(sql + " order by c.rowid", [skip_source] if skip_source is not None else []).fetchall()
    conn.close()
    rows = [r for r in rows if len((r[1] or "").split()) >= min_words]
    return rng.sample(rows, min(n, len(rows)))


def queries(claims: list[tuple[str, str]], seed: int) -> dict[str, list[tuple[str, str]]]:
    """(claim id, query) per kind."""
    rng = random.Random(seed + 1)
    out: dict[str, list[tuple[str, str]]] = {k: [] for k in TARGETS}
    for claim_id, content in claims:
        words = content.split()
        out["full"].append((claim_id, content))
        start = rng.randint(0, len(words) - 10)
        ten = words[start : start + 10]
        out["fragment"].append((claim_id, " ".join(ten)))
        changed = list(ten)
        del changed[rng.randrange(len(changed))]
        i = rng.randrange(len(changed) - 1)
        changed[i], changed[i + 1] = changed[i + 1], changed[i]
        out["dropped+swapped"].append((claim_id, " ".join(changed)))
    return out


async def run(db_path: str, kinds: dict[str, list[tuple[str, str]]], contents: dict[str, str]) -> dict:
    from datasette.app import Datasette

    from datasette_claims.views.base import encode_id

    ds = Datasette([db_path])
    database = next(d for d in ds.databases if d != "_internal")
    url = f"/{encode_id(database)}/-/claims/search.json?"
    for _, q in kinds["full"][:5]:  # warm-up
        await ds.client.get(url + urlencode({"q": q}))
    results = {}
    for kind, items in kinds.items():
        found = same_text = 0
        times, cpu = [], []
        misses = []
        for claim_id, q in items:
            started, cpu_started = time.perf_counter(), time.process_time()
            r = await ds.client.get(url + urlencode({"q": q, "_size": TOP}))
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{q!r}: HTTP {r.status_code}\n{r.text[:500]}")
            top = [x["claim"] for x in r.json()["results"][:TOP]]
            hit = any(c["id"] == claim_id for c in top)
            found += hit
            same = hit or any(c["content"] == contents[claim_id] for c in top)
            same_text += same
            if not same:
                misses.append(q)
        times.sort()
        cpu.sort()
        results[kind] = {
            "n": len(items),
            "found": found / len(items),
            "same_text": same_text / len(items),
            "p50": statistics.median(times),
            "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
            "cpu95": cpu[min(len(cpu) - 1, round(0.95 * (len(cpu) - 1)))],
            "misses": misses,
        }
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default="../shared", help="shared data folder (corpora/wikinews.jsonl.gz)")
    parser.add_argument("--db", default="/tmp/bench_search/wikinews.db", help="claims database (loaded if missing)")
    parser.add_argument("--n", type=int, default=300, help="claims to sample")
    parser.add_argument("--min-words", type=int, default=12, help="shortest claim sampled (a 10-word fragment must fit)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show-misses", type=int, default=0, help="print up to this many missed queries per kind")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    if not os.path.exists(args.db):
        os.makedirs(os.path.dirname(os.path.abspath(args.db)), exist_ok=True)
        # (no matching: search needs none)
        build(args.db, os.path.join(args.shared, "corpora", "wikinews.jsonl.gz"), match=False)
    claims = sample(args.db, args.n, args.seed, args.min_words)
    results = asyncio.run(run(args.db, queries(claims, args.seed), dict(claims)))
    failed = report(args.db, results, len(claims), args.min_words, args.seed, args.show_misses)
    return 1 if failed and args.check else 0


def report(db_path: str, results: dict, n: int, min_words: int, seed: int, show_misses: int = 0) -> int:
    """Print the figures; 1 when a target is missed."""
    import datasette

    conn = sqlite3.connect(db_path)
    counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("articles", "claims")}
    conn.close()
    print(f"database: {db_path}: {counts['articles']:,} articles, {counts['claims']:,} claims; datasette {datasette.__version__}")
    print(f"{n} claims (>= {min_words} words, seed {seed}); found = the claim in the top {TOP}")
    print(f"{'query':18} {'found':>7} {'(same text)':>12} {'target':>7} {'p50 ms':>7} {'p95 ms':>7} {'cpu p95':>7}")
    failed = False
    for kind, r in results.items():
        ok = r["found"] >= TARGETS[kind] and r["p95"] <= TARGET_P95_MS
        failed |= not ok
        print(
            f"{kind:18} {r['found']:7.1%} {r['same_text']:12.1%} {TARGETS[kind]:7.0%} "
            f"{r['p50']:7.1f} {r['p95']:7.1f} {r['cpu95']:7.1f}{'' if ok else '  MISSED'}"
        )
        for q in r["misses"][:show_misses]:
            print("   miss:", q[:160])
    print(f"target p95 <= {TARGET_P95_MS:.0f} ms (wall clock; cpu p95: process time, what other load on the machine does not inflate)")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
