"""Instruction count of ``extract_claims`` over the first N Wikinews articles, under cachegrind.

    python benchmarks/cachegrind_extract.py [--shared ../shared] [--limit 300] [--callgrind N] [--steady]

Wall and CPU time on a shared machine move with the other tenants' load; the
number of instructions executed does not.  This runs the same script twice
under ``valgrind --tool=cachegrind``: once loading the articles and importing
the extractor (and extracting one article, to compile the patterns), once doing
that and then extracting every article; the difference of the two totals is
the instruction count of extraction alone, printed in millions.  String hashing
is seeded (``PYTHONHASHSEED=0``) so that set and dict order, and with it the
count, are the same from run to run.  And OpenBLAS gets one thread
(``OPENBLAS_NUM_THREADS=1``): the articles are read through the loader, which
imports numpy, whose OpenBLAS starts a thread per core that spins a while
waiting for work; valgrind runs those threads one at a time and counts their
spinning, a different number of instructions in every run (the 15-90M that
the same code moved by between runs before 2026-12-06; with one thread two
runs of the same checkout give the same count to the instruction).  Needs
valgrind.

With ``--steady`` both runs first extract every article once (the caches
filled, every pattern compiled, every mention classified), and the count is
of a second pass over the same articles: extraction in the steady state of a
long run, without the one-time work of each new mention that the plain count
(a cold start) includes.

With ``--gc-off`` the cyclic collector is off from the start of both runs.
When it runs during the warm-up decides which heap the counted pass allocates
in, and that alone moved the steady count by 40-60M (2026-12-07: a change
that saved 20M with the collector off read +41M with it on, the same in two
pairs of clones); compare changes under about 2% with it.

The extractor's compiled-pattern cache (``regex_cache``) is off in both
runs unless ``--regex-cache`` is given.  Its file is one per user, shared by
every checkout, and each start-up that misses a pattern rewrites it with its
own: run beside other checkouts with other rules, a run compiled none, some or
all of the patterns at import, depending on what ran last.  Two runs of one
code then differed by up to 2.6 billion instructions in the warm-up (6,947M
against 4,338M, 2026-12-07), and the count of a change moved by tens of
millions with the patterns one run compiled and the other did not.  With the
cache off, both runs compile all of them (about 2.5 billion instructions more each,
which the difference cancels).

With ``--callgrind N`` it instead runs the extracting script once under
``valgrind --tool=callgrind`` and prints the N C functions (of the interpreter
and the regex engine) with the most instructions, via ``callgrind_annotate``:
where the instructions go (regex matching, the evaluation loop, allocation,
the garbage collector), though not which Python function spent them.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _inner(corpus: str, limit: int, extract: bool, steady: bool = False, gc_off: bool = False) -> None:
    """What runs under valgrind: load, warm up (with ``steady``, on every
    article), and extract when asked (with ``gc_off``, the cyclic collector
    off from the start: ``collector.paused`` then leaves it off)."""
    if gc_off:
        gc.disable()
    sys.path.insert(0, ROOT)
    from datasette_claims.extract import extract_claims

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from shared_data import product_articles

    articles = product_articles(corpus, limit)
    for article in articles if steady else articles[:1]:
        extract_claims(article)
    if extract:
        n = sum(len(extract_claims(a)) for a in articles)
        print(f"claims: {n}", file=sys.stderr)


def _env() -> dict:
    """The inner script's environment: string hashes seeded (they vary set
    order, and so the count), OpenBLAS's spinning threads off (see above)."""
    return dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")


def _count(corpus: str, limit: int, extract: bool, steady: bool = False, gc_off: bool = False) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
               sys.executable, os.path.abspath(__file__), "--inner", "--corpus", corpus,
               "--limit", str(limit)] + (["--extract"] if extract else []) + (["--steady"] if steady else []) \
            + (["--gc-off"] if gc_off else [])
        env = _env()
        run = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
        sys.stderr.write("".join(ln + "\n" for ln in run.stderr.splitlines() if ln.startswith("claims")))
        with open(out, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"summary:\s+(\d+)", line)
                if m:
                    return int(m.group(1))
    raise RuntimeError("no summary line in the cachegrind output")


def _callgrind(corpus: str, limit: int, top: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
               sys.executable, os.path.abspath(__file__), "--inner", "--corpus", corpus,
               "--limit", str(limit), "--extract"]
        subprocess.run(cmd, capture_output=True, text=True, check=True, env=_env())
        ann = subprocess.run(["callgrind_annotate", "--inclusive=no", out], capture_output=True, text=True,
                             check=True)
        lines = ann.stdout.splitlines()
        k = next((i for i, ln in enumerate(lines) if "file:function" in ln), 0)
        print("\n".join(lines[:k + 1 + top]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--callgrind", type=int, default=0, metavar="N",
                    help="print the N C functions with the most instructions (callgrind) instead")
    ap.add_argument("--steady", action="store_true",
                    help="count a second pass over the articles, after one that fills the caches")
    ap.add_argument("--gc-off", action="store_true",
                    help="count with the cyclic collector off for the whole run (see below)")
    ap.add_argument("--regex-cache", action="store_true",
                    help="read the compiled-pattern cache as the environment sets it (off by default: see above)")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    corpus = a.corpus or os.path.join(a.shared, "corpora", "wikinews.jsonl.gz")
    if not a.regex_cache:
        os.environ["DATASETTE_CLAIMS_REGEX_CACHE"] = "off"  # (for the runs under valgrind: see above)
    if a.inner:
        _inner(corpus, a.limit, a.extract, a.steady, a.gc_off)
        return
    if a.callgrind:
        _callgrind(corpus, a.limit, a.callgrind)
        return
    # (byte-compiled first: else the first run under valgrind also counts the compiling)
    subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.join(ROOT, "datasette_claims")], check=True)
    base = _count(corpus, a.limit, False, a.steady, a.gc_off)
    full = _count(corpus, a.limit, True, a.steady, a.gc_off)
    state = (", steady state (a second pass)" if a.steady else "") + (", collector off" if a.gc_off else "")
    print(f"extract_claims over {a.limit} articles{state}: {(full - base) / 1e6:,.1f}M instructions "
          f"(total {full / 1e6:,.1f}M, load and warm-up {base / 1e6:,.1f}M)")


if __name__ == "__main__":
    main()
