"""Load speed: the Wikinews corpus into a fresh claims database.

    python benchmarks/bench_load.py [--shared ../shared] [--runs 3] [--limit N] [--match]

Each run loads the corpus into a new SQLite file in a child process (so peak
RSS is the load's own) and reports articles/s, claims/s and peak RSS; the
figures printed at the end are medians.  Matching is off unless --match is
given, so the number is the loader's (reading, cleaning, extraction, store).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require

CHILD = r"""
import json, sys, time, resource
from datasette_claims import extract, loader  # (the extractor is imported on first use: not timed, as before)
path, db, match = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
t = time.perf_counter()
report = loader.load(db, [path], match=match)
seconds = time.perf_counter() - t
print(json.dumps({"articles": report.articles, "claims": report.claims, "errors": len(report.errors),
                  "seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--match", action="store_true")
    args = parser.parse_args()

    corpus = require(os.path.join(args.shared, "corpora", "wikinews.jsonl.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = os.path.join(tmp, "wikinews.jsonl")
        with gzip.open(corpus, "rt", encoding="utf-8") as src, open(jsonl, "w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if args.limit and n >= args.limit:
                    break
                dst.write(line)
        results = []
        for run in range(args.runs):
            db = os.path.join(tmp, f"run{run}.db")
            out = subprocess.run(
                [sys.executable, "-c", CHILD, jsonl, db, "1" if args.match else "0"],
                capture_output=True, text=True, check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            r["articles_per_s"] = r["articles"] / r["seconds"]
            r["claims_per_s"] = r["claims"] / r["seconds"]
            r["db_mb"] = os.path.getsize(db) / 1e6
            results.append(r)
            print(f"run {run + 1}: {r['articles']} articles, {r['claims']} claims in {r['seconds']:.2f}s "
                  f"({r['articles_per_s']:.0f} articles/s, {r['claims_per_s']:.0f} claims/s, "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB, db {r['db_mb']:.0f} MB)")
    med = {k: statistics.median(r[k] for r in results) for k in ("seconds", "articles_per_s", "claims_per_s", "peak_rss_mb")}
    print(json.dumps({"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                      "runs": args.runs, "match": args.match, **{k: round(v, 2) for k, v in med.items()}}, indent=2))


if __name__ == "__main__":
    main()
