"""Storing's share on top of extraction, one worker, by instruction counts (issue #14).

    python benchmarks/storing_share.py [--shared ../shared] [--limit 300] [--rows]

``bench_scale.py`` reports storing's share as the load's CPU over extraction's,
each a separate child: on a shared machine either moves by 10-20% with the other
tenants, so a share of 8% in one run and 43% in the next (load average 15) say
little.  This counts instructions instead, under ``valgrind --tool=cachegrind``
(seeded hashing, one OpenBLAS thread: ``cachegrind_extract.py``), of the same two
phases as ``bench_scale.py``: extraction alone (``parallel.prepared`` drained)
and a load without matching (``loader.load(match=False, jobs=1)``), each over
the first N and the first 2N Wikinews articles.  What a run costs whatever its
size (imports, the new database's schema, compiling patterns) is the same at N
and 2N, so the differences are the cost of N more articles, and storing's share
is ``(load(2N) - load(N)) / (extract(2N) - extract(N)) - 1``: the rows built,
the writer, the reading thread beside it and SQLite, for each article, without
the one-time costs that weigh heavily on a few hundred articles.  The kernel's
time (writes, syncs) is not an instruction of the process: ``bench_scale.py``
prints it apart ("system").  With ``--rows`` it also counts extraction with the
rows built (``prepared(rows=True)``), to split storing into building the rows
and writing them.  The runs go two at a time (valgrind is single-threaded).
Needs valgrind; several minutes on an idle machine.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from shared_data import require, shared_dir  # noqa: E402

# One phase under valgrind: the same work as bench_scale.py's CHILD, nothing timed.
PHASE = r"""
import sys
phase, src, db = sys.argv[1], sys.argv[2], sys.argv[3]
from datasette_claims import extract, loader, parallel  # noqa: F401 (imported as bench_scale.py does)
if phase == "extract":
    for item in parallel.prepared(loader.iter_documents([src]), 1):
        pass
elif phase == "rows":
    for item in parallel.prepared(loader.iter_documents([src]), 1, rows=True):
        pass
else:
    loader.load(db, [src], match=False, jobs=1)
"""


def instructions(phase: str, src: str, tmp: str) -> int:
    """Instructions of one phase over ``src``, under cachegrind."""
    name = f"{phase}-{os.path.basename(src)}"
    out = os.path.join(tmp, f"cg.{name}")
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")
    subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                    sys.executable, "-c", PHASE, phase, src, os.path.join(tmp, f"{name}.db")],
                   env=env, check=True, capture_output=True)
    with open(out) as f:
        return int(re.search(r"^summary:\s+(\d+)", f.read(), re.M).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared)")
    ap.add_argument("--limit", type=int, default=300, help="N: the runs read the first N and 2N articles")
    ap.add_argument("--rows", action="store_true", help="also extraction with the rows built")
    a = ap.parse_args()
    corpus = require(os.path.join(shared_dir(a.shared), "corpora", "wikinews.jsonl.gz"))
    phases = ("extract", "rows", "load") if a.rows else ("extract", "load")
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for n in (a.limit, 2 * a.limit):
            path = os.path.join(tmp, f"first{n}.jsonl")
            with gzip.open(corpus, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
                for k, line in enumerate(f):
                    if k >= n:
                        break
                    out.write(line)
            sources.append(path)
        runs = [(phase, src) for phase in phases for src in sources]
        with ThreadPoolExecutor(2) as pool:
            counts = dict(zip(runs, pool.map(lambda run: instructions(*run, tmp), runs)))
    more = {phase: counts[phase, sources[1]] - counts[phase, sources[0]] for phase in phases}
    for phase in phases:
        print(f"{phase:8} {counts[phase, sources[0]] / 1e6:10.1f}M ({a.limit} articles) "
              f"{counts[phase, sources[1]] / 1e6:10.1f}M ({2 * a.limit}): {more[phase] / 1e6:9.1f}M for "
              f"{a.limit} more, {more[phase] / a.limit / 1e6:6.2f}M an article")
    print(f"storing on top of extraction, by instructions, 1 worker (target <= 0.25): "
          f"{more['load'] / more['extract'] - 1:.3f}")
    if a.rows:
        print(f"  of it building the rows: {more['rows'] / more['extract'] - 1:.3f}; "
              f"writing them (writer, reading thread, SQLite): {(more['load'] - more['rows']) / more['extract']:.3f}")


if __name__ == "__main__":
    main()
