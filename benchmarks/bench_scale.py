"""Loading at scale: worker processes, the store's share, and loading extract output.

    python benchmarks/bench_scale.py [--shared ../shared] [--runs 1] [--limit N] [--jobs 2]
                                     [--memory [--match]] [--only-memory] [--only-match]

Measures, in one run over the Wikinews corpus, each phase in its own child
process (so its peak RSS is its own, read from ``ru_maxrss`` of the child and
of its pool workers; CPU seconds, user + system of the child and its workers,
are printed too, since wall-clock rates on a busy machine measure the others):

- extraction alone with 1 and N workers: reading, cleaning and extracting,
  nothing written (``parallel.prepared`` drained);
- load without matching with 1 and N workers (``loader.load(match=False)``);
- load with matching, 1 and N workers (``--only-match``: these two alone);
- ``datasette claims extract --jobs N`` to a file, the command a user runs,
  beside one ``\\w+`` findall pass over the same texts as the yardstick;
- loading that output (``claims load`` reads the claims, extracts nothing;
  with N workers the records are read and turned into rows in one process
  beside the writer, ``extracted_feed.py``: "main process" is the writer);
- the SQLite floor: the rows that load wrote (articles, claims, speakers),
  read back and inserted into a new database by the store's own bulk
  statements, 200 articles a transaction, full-text indexes filled by their
  triggers, with no Python per claim: how far the loader is from what
  SQLite itself needs on this machine; and the same with the review
  queue's ``claim_scores`` rows, which a load writes too (after its
  batches), inserted with each batch's claims;
- peak RSS of a load at 1x and 4x the corpus (``--memory``, off by default as
  it loads five times the corpus): the 4x corpus is the corpus and three
  copies with changed ids and addresses and lightly altered text (every
  twentieth "the" of a copy becomes "a", its headline numbered), so a copy
  is a new article with claims of its own, not a no-op reload.

and prints articles/s per phase and the ratios the targets of issue 14 name,
with storing's CPU split into its parts (the writer's thread, its step after
the last batch, the reading thread beyond extraction alone, and the kernel's
time, which an instruction count does not see: docs/benchmarks.md,
"2026-12-06 13:10-14:50"),
and beside the two-worker ratios a bound by CPU that the other tenants of a
shared machine do not move: one process's CPU over the busier of the
parent and an even share of the parent's and workers' CPU (with matching:
``_turns``, which credits the reads each side does beside the other), and
the same bound with the load's step after its batches run alone, as it does
(``cpu_bound_serial_end``).  Each phase's CPU is also split by process and
thread (``cpu_split``: the main thread, the reading thread, the workers'
feeder, the workers), with the N-worker phase's total over one worker's and
the parent's threads beside its main thread (handing work to the workers and
back): on two cores the clock's ratio cannot beat the ratio of the totals.
The load average is printed beside the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from shared_data import require, shared_dir  # noqa: E402

CORPUS = os.path.join("corpora", "wikinews.jsonl.gz")

# One phase, in a child: prints a JSON line with seconds and peak RSS.
CHILD = r"""
import json, os, resource, sys, time
phase, jobs, src, db = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
from datasette_claims import extract, loader, parallel  # (imported before the clock starts, as before)
# The writing half's imports too (sqlite-utils, and through it NumPy: 0.15-0.18 CPU s), which the loader
# made at its own import until 2026-12-07 (xcmd4) and now makes at its first write: before the clock, as
# the floor's child does, so that the load's figure is still the load's (docs/benchmarks.md, 2026-12-07 07:30).
from datasette_claims.store import schema  # noqa: F401
import threading
THREADS = {}  # each of this process's other threads' CPU, by name (the reading thread, the workers' feeder)
thread_run = threading.Thread.run
def timed_run(self):
    c = time.thread_time()
    try:
        return thread_run(self)
    finally:
        THREADS[self.name] = THREADS.get(self.name, 0.0) + time.thread_time() - c
threading.Thread.run = timed_run
t = time.perf_counter()
self0 = resource.getrusage(resource.RUSAGE_SELF)
thread0 = resource.getrusage(resource.RUSAGE_THREAD)  # the main thread: with one worker a load's writer
AFTER = {"after_load_cpu_s": 0.0,  # the writer's step after its last batch (with matching: matching too)
         "after_load_s": 0.0}  # its clock: a load's end, from its last batch written (with matching: matching)
if phase != "extract":
    before_after = loader._after_load
    def after_timed(*a, **k):
        c = time.thread_time()
        AFTER["after_load_s"] = -time.perf_counter()
        try:
            return before_after(*a, **k)
        finally:
            AFTER["after_load_cpu_s"] += time.thread_time() - c
            AFTER["after_load_s"] += time.perf_counter()
    loader._after_load = after_timed
if phase == "extract":
    n = sum(1 for item in parallel.prepared(loader.iter_documents([src]), jobs)
            if not isinstance(item, loader.LoadError))
    extra = {}
else:
    M = {"match_main_cpu_s": 0.0, "match_workers_cpu_s": 0.0, "match_pauses_s": 0.0, "match_ahead_cpu_s": 0.0,
         "match_chunks_cpu_s": 0.0, "match_read_ahead_cpu_s": 0.0}
    if phase == "load+match":  # matching's share: the parent's CPU, its pool's, and the pauses between chunks
        use = lambda who: resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
        import multiprocessing
        from datasette_claims.matching import batch_pool
        READ = multiprocessing.get_context("fork").Value("d", 0.0)  # the workers' read-ahead CPU (forked: shared)
        read_ahead, chunks = batch_pool._read_ahead, loader._match_waiting
        def timed_read_ahead(*a, **k):  # in a worker, beside the parent's steps between two scorings
            c = time.thread_time()
            try:
                return read_ahead(*a, **k)
            finally:
                with READ.get_lock():
                    READ.value += time.thread_time() - c
        timed_read_ahead.__module__, timed_read_ahead.__qualname__ = read_ahead.__module__, read_ahead.__qualname__
        def timed_chunks(*a, **k):  # the parent's CPU over the chunks (without the steps before and after them)
            c = use(resource.RUSAGE_SELF)
            try:
                return chunks(*a, **k)
            finally:
                M["match_chunks_cpu_s"] += use(resource.RUSAGE_SELF) - c
        batch_pool._read_ahead, loader._match_waiting = timed_read_ahead, timed_chunks
        after, sleep, matching = loader._after_load, time.sleep, []
        def timed(*a, **k):
            c, w = use(resource.RUSAGE_SELF), use(resource.RUSAGE_CHILDREN)
            matching.append(1)
            try:
                return after(*a, **k)
            finally:
                matching.clear()
                M["match_main_cpu_s"] += use(resource.RUSAGE_SELF) - c
                M["match_workers_cpu_s"] += use(resource.RUSAGE_CHILDREN) - w
        def pause(s):  # every sleep while matching: the pauses for a waiting writer, whole or
            M["match_pauses_s"] += s if matching else 0.0  # the rest of one the pool's scoring began
            sleep(s)
        from datasette_claims.matching import duplicates
        ahead = getattr(duplicates, "reprints_ahead", None)  # the parent's reads while its pool scores
        def timed_ahead(*a, **k):
            c = use(resource.RUSAGE_SELF)
            try:
                return ahead(*a, **k)
            finally:
                M["match_ahead_cpu_s"] += use(resource.RUSAGE_SELF) - c
        if ahead is not None:
            duplicates.reprints_ahead = timed_ahead
        loader._after_load, time.sleep = timed, pause
    report = loader.load(db, [src], match=phase == "load+match", jobs=jobs)
    n = report.articles
    if phase == "load+match":
        M["match_read_ahead_cpu_s"] = READ.value
    extra = {"claims": report.claims, "errors": len(report.errors), **M}
seconds = time.perf_counter() - t
mb = lambda who: resource.getrusage(who).ru_maxrss / 1024
cpu = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
thread1 = resource.getrusage(resource.RUSAGE_THREAD)  # read before the process's own, as thread0 after self0:
self1 = resource.getrusage(resource.RUSAGE_SELF)  # the thread's span lies inside the process's, so never exceeds it
main_cpu = self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime  # the phase's own, imports excluded
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"articles": n, "seconds": seconds, "cpu_s": cpu, "main_cpu_s": main_cpu,
                  "main_sys_s": self1.ru_stime - self0.ru_stime,  # the kernel's part (writes, syncs, thread switches)
                  "main_thread_cpu_s": thread1.ru_utime + thread1.ru_stime - thread0.ru_utime - thread0.ru_stime,
                  "main_switches": self1.ru_nvcsw - self0.ru_nvcsw, **AFTER,
                  "reader_cpu_s": THREADS.get("datasette-claims-reader", 0.0),
                  "feeder_cpu_s": THREADS.get("datasette-claims-feeder", 0.0),
                  "workers_cpu_s": children.ru_utime + children.ru_stime, "rss_mb": mb(resource.RUSAGE_SELF),
                  "worker_rss_mb": mb(resource.RUSAGE_CHILDREN), **extra}))
"""

# The SQLite floor, in a child: the rows a load wrote, inserted again without Python per claim.
FLOOR = r"""
import json, resource, sqlite3, sys, time
src, dst, mode = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else "")
queue = mode == "queue"
from datasette_claims.store import open_db
from datasette_claims.store.bulk import SPEAKER_COLUMNS, ensure_speakers, insert_values
old = sqlite3.connect(src)
cols = {t: tuple(r[1] for r in old.execute(f"pragma table_info({t})")) for t in ("articles", "claims")}
articles = old.execute("select * from articles order by rowid").fetchall()
claims = {}
for row in old.execute("select * from claims order by rowid"):
    claims.setdefault(row[1], []).append(row)
speakers = {r[0]: r for r in old.execute(f"select {', '.join(SPEAKER_COLUMNS)} from speakers")}
# with "queue": the review queue's rows too (``claim_scores``, made by a load after its batches)
scored = tuple(r[1] for r in old.execute("pragma table_info(claim_scores)")) if queue else ()
scores = {r[0]: r for r in old.execute("select * from claim_scores order by rowid")} if queue else {}
db = open_db(dst)
conn = db.conn
# "keys": the three tables with their keys and full-text triggers only, none of the schema's other
# indexes and triggers (the issue's "bare inserts with FTS", as the schema of its day had them);
# "rows": their keys only, no full-text index either: what the rows themselves cost SQLite.
if mode in ("keys", "rows"):
    for kind, name in conn.execute(
            "select type, name from sqlite_master where tbl_name in ('articles', 'claims', 'speakers') "
            "and type in ('trigger', 'index') and sql is not null").fetchall():
        if not (mode == "keys" and kind == "trigger" and name in ("articles_ai", "claims_ai")):
            conn.execute(f"drop {kind} [{name}]")
t, c = time.perf_counter(), time.process_time()
named = set()
for start in range(0, len(articles), 200):
    batch = articles[start:start + 200]
    rows = [c for a in batch for c in claims.get(a[0], [])]
    new = [s for s in dict.fromkeys(r[2] for r in rows if r[2]) if s not in named]
    named.update(new)
    conn.execute("begin immediate")
    ensure_speakers(conn, [speakers[s] for s in new])
    insert_values(conn, "articles", cols["articles"], batch)
    insert_values(conn, "claims", cols["claims"], rows)
    if queue:
        insert_values(conn, "claim_scores", scored, [scores[r[0]] for r in rows if r[0] in scores], pk="claim_id")
    conn.commit()
seconds, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"articles": len(articles), "seconds": seconds, "cpu_s": cpu, "main_cpu_s": cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "worker_rss_mb": 0}))
"""

# Decoding the extract output's JSON lines alone (``json.loads`` of each), what any load of it pays.
DECODE = r"""
import json, sys, time
with open(sys.argv[1], "rb") as f:
    lines = f.read().split(b"\n")
t, c = time.perf_counter(), time.process_time()
n = sum(1 for line in lines if line.strip() and json.loads(line) is not None)
print(json.dumps({"articles": n, "seconds": time.perf_counter() - t, "cpu_s": time.process_time() - c,
                  "main_cpu_s": time.process_time() - c, "rss_mb": 0, "worker_rss_mb": 0}))
"""

# The command itself, in a child, writing to a file (RSS of the command and its workers).
COMMAND = r"""
import json, resource, subprocess, sys, time
src, out, jobs = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.perf_counter()
with open(out, "w") as f:
    rc = subprocess.run([sys.executable, "-m", "datasette", "claims", "extract", src, "--jobs", jobs],
                        stdout=f).returncode
seconds = time.perf_counter() - t
with open(out) as f:
    n = sum(1 for _ in f)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"articles": n, "seconds": seconds, "rc": rc, "cpu_s": u.ru_utime + u.ru_stime,
                  "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


FLOOR_KEYS = "floor: the tables' keys and full text only"
FLOOR_ROWS = "floor: the rows alone, keys only, no full text"
DECODING = "decoding extract output's JSON"


def run_child(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    load_before = os.getloadavg()[0]
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"phase failed: {args}\n{out.stderr[-2000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load_avg"] = round((load_before + os.getloadavg()[0]) / 2, 1)
    result["per_s"] = result["articles"] / result["seconds"]
    return result


def copy_record(line: str, k: int) -> str:
    """Copy ``k`` of a corpus record: a new id and address, lightly altered text."""
    rec = json.loads(line)
    if k == 0:
        return line.rstrip("\n")
    rec["id"] = f"{rec.get('id') or 'rec'}-copy{k}"
    if rec.get("url"):
        rec["url"] += f"{'&' if '?' in rec['url'] else '?'}copy={k}"
    if rec.get("title"):
        rec["title"] = f"{rec['title']} ({k})"
    seen = iter(range(1 << 30))
    rec["text"] = re.sub(r"\bthe\b", lambda m: "a" if (next(seen) + k) % 20 == 0 else m.group(0), rec["text"] or "")
    return json.dumps(rec, ensure_ascii=False)


def write_copies(src: str, out: str, copies: int) -> None:
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        lines = f.readlines()
        for k in range(copies):
            for line in lines:
                w.write(copy_record(line, k) + "\n")


def memory_phases(src: str, tmp: str, match: bool) -> None:
    """Peak RSS of a load at 1x and 4x the corpus, one child each."""
    phase = "load+match" if match else "load"
    four = os.path.join(tmp, "corpus4x.jsonl")
    write_copies(src, four, 4)
    rss = {}
    for name, path in (("1x", src), ("4x", four)):
        r = run_child(CHILD, phase, "1", path, os.path.join(tmp, f"mem{name}.db"))
        rss[name] = r["rss_mb"]
        print(f"{phase} {name:3} 1 worker {r['articles']:6} articles {r['seconds']:7.1f}s {r['per_s']:5.0f}/s  "
              f"peak RSS {r['rss_mb']:4.0f} MB  load avg {r['load_avg']}", flush=True)
    print(f"{'peak RSS 4x / 1x, ' + phase + ' (target <= 1.15, and <= 300 MB)':66} {rss['4x'] / rss['1x']:8.2f}")


def cpu_bound(results: dict, phase: str, jobs: int) -> float:
    """What N workers could give over one on N idle cores, by CPU: one process's
    CPU over the busier of the parent and an even share of everyone's CPU.
    On a shared machine the clock measures the other tenants; this does not."""
    one, many = results[f"{phase}, 1 worker"], results[f"{phase}, {jobs} workers"]
    parent = many["main_cpu_s"]
    return one["main_cpu_s"] / max(parent, (parent + many["workers_cpu_s"]) / jobs)


def cpu_bound_serial_end(results: dict, phase: str, jobs: int) -> float:
    """``cpu_bound`` with the writer's step after its last batch (``after_load_cpu_s``:
    the full-text fill, the speaker counts, the queue's rows) run alone, as it
    does: the workers are done by then, so one core waits while it runs.  The
    one-worker side is still its CPU, so this too is a bound, only nearer."""
    one, many = results[f"{phase}, 1 worker"], results[f"{phase}, {jobs} workers"]
    end = many.get("after_load_cpu_s") or 0.0
    parent = many["main_cpu_s"] - end
    return one["main_cpu_s"] / (max(parent, (parent + many["workers_cpu_s"]) / jobs) + end)


def findall_seconds(path: str) -> float:
    word = re.compile(r"\w+")
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line).get("text") or "" for line in f]
    t = time.perf_counter()
    for text in texts:
        word.findall(text)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared)")
    ap.add_argument("--runs", type=int, default=1, help="runs per phase; medians are reported")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--jobs", type=int, default=2, help="workers for the parallel phases")
    ap.add_argument("--memory", action="store_true", help="also peak RSS at 1x and 4x the corpus")
    ap.add_argument("--only-memory", action="store_true", help="the memory phases alone")
    ap.add_argument("--match", action="store_true", help="memory phases with matching")
    ap.add_argument("--no-match", action="store_true", help="skip the loads with matching (the slowest phases)")
    ap.add_argument("--only-match", action="store_true", help="the loads with matching alone, 1 and N workers")
    a = ap.parse_args()
    corpus = require(os.path.join(shared_dir(a.shared), CORPUS))
    n_jobs = str(a.jobs)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "wikinews.jsonl")
        with gzip.open(corpus, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
            for n, line in enumerate(f):
                if a.limit and n >= a.limit:
                    break
                out.write(line)
        if a.memory or a.only_memory:
            memory_phases(src, tmp, a.match)
        if a.only_memory:
            return
        extracted = os.path.join(tmp, "extracted.jsonl")
        phases = [
            ("extract, 1 worker", lambda r: run_child(CHILD, "extract", "1", src, "-")),
            (f"extract, {n_jobs} workers", lambda r: run_child(CHILD, "extract", n_jobs, src, "-")),
            ("load, 1 worker", lambda r: run_child(CHILD, "load", "1", src, os.path.join(tmp, f"l1-{r}.db"))),
            (f"load, {n_jobs} workers",
             lambda r: run_child(CHILD, "load", n_jobs, src, os.path.join(tmp, f"l2-{r}.db"))),
            ("load+match, 1 worker",
             lambda r: run_child(CHILD, "load+match", "1", src, os.path.join(tmp, f"lm1-{r}.db"))),
            (f"load+match, {n_jobs} workers",
             lambda r: run_child(CHILD, "load+match", n_jobs, src, os.path.join(tmp, f"lm-{r}.db"))),
            (f"claims extract command, {n_jobs} workers", lambda r: run_child(COMMAND, src, extracted, n_jobs)),
            ("load extract output, 1 worker",
             lambda r: run_child(CHILD, "load", "1", extracted, os.path.join(tmp, f"x1-{r}.db"))),
            (f"load extract output, {n_jobs} workers",
             lambda r: run_child(CHILD, "load", n_jobs, extracted, os.path.join(tmp, f"x2-{r}.db"))),
            ("SQLite floor: the same rows, bare inserts",
             lambda r: run_child(FLOOR, os.path.join(tmp, f"x1-{r}.db"), os.path.join(tmp, f"floor-{r}.db"))),
            ("SQLite floor with the queue's rows",
             lambda r: run_child(FLOOR, os.path.join(tmp, f"x1-{r}.db"), os.path.join(tmp, f"floorq-{r}.db"), "queue")),
            (FLOOR_KEYS,
             lambda r: run_child(FLOOR, os.path.join(tmp, f"x1-{r}.db"), os.path.join(tmp, f"floork-{r}.db"), "keys")),
            (FLOOR_ROWS,
             lambda r: run_child(FLOOR, os.path.join(tmp, f"x1-{r}.db"), os.path.join(tmp, f"floorr-{r}.db"), "rows")),
            (DECODING, lambda r: run_child(DECODE, extracted)),
        ]
        if a.no_match:
            phases = [p for p in phases if not p[0].startswith("load+match")]
        if a.only_match:
            phases = [p for p in phases if p[0].startswith("load+match")]
        results: dict[str, dict] = {}
        for name, phase in phases:
            runs = [phase(r) for r in range(a.runs)]
            med = {k: statistics.median(r.get(k) or 0 for r in runs)
                   for k in ("per_s", "seconds", "cpu_s", "main_cpu_s", "workers_cpu_s", "rss_mb", "worker_rss_mb",
                             "load_avg", "match_main_cpu_s", "match_workers_cpu_s", "match_pauses_s",
                             "match_ahead_cpu_s", "match_chunks_cpu_s", "match_read_ahead_cpu_s", "main_sys_s",
                             "main_thread_cpu_s", "main_switches", "after_load_cpu_s", "after_load_s",
                             "reader_cpu_s", "feeder_cpu_s")}
            med["articles"] = runs[0]["articles"]
            results[name] = med
            print(f"{name:38} {med['articles']:6} articles {med['seconds']:7.1f}s {med['per_s']:7.0f}/s  "
                  f"CPU {med['cpu_s']:6.1f}s (main process {med['main_cpu_s']:5.1f}s, "
                  f"system {med['main_sys_s']:4.2f}s)  "
                  f"peak RSS {med['rss_mb']:4.0f} MB (workers {med['worker_rss_mb']:4.0f} MB)  "
                  f"load avg {med['load_avg']}", flush=True)
        findall = findall_seconds(src) if not a.only_match else 0.0
    if not a.only_match:
        print_cpu_split(results, a.jobs)
    ratios = match_ratios(results, a.jobs) if a.only_match else all_ratios(results, a.jobs, findall)
    for k, v in ratios.items():
        print(f"{k:66} {v:8.2f}")
    print(json.dumps({"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                      "runs": a.runs, "findall_s": round(findall, 3),
                      "phases": {k: {kk: round(vv, 1) for kk, vv in v.items()} for k, v in results.items()},
                      "ratios": {k: round(v, 2) for k, v in ratios.items()}}, indent=1))


def cpu_split(r: dict) -> dict:
    """Where one phase's CPU went, by process and thread: the main thread (a
    load's writer; extraction with one worker), the reading thread (``parallel.
    ahead``: the extraction of a one-worker load, or with workers the taking of
    their results), the feeder (reading the input and sending it to the
    workers), the rest of the parent (its other threads), and the workers."""
    main, reader, feeder = r["main_thread_cpu_s"], r["reader_cpu_s"], r["feeder_cpu_s"]
    return {"main thread": main, "reading thread": reader, "feeder": feeder,
            "parent, other": max(0.0, r["main_cpu_s"] - main - reader - feeder), "workers": r["workers_cpu_s"],
            "total": r["main_cpu_s"] + r["workers_cpu_s"]}


def print_cpu_split(results: dict, jobs: int) -> None:
    """The CPU split of extraction and of the load with one worker and with
    ``jobs``, and what the extra CPU of ``jobs`` workers is made of.  On two
    cores the clock's ratio is bound by the totals: the workers' load can run
    1.7x faster than one only if its total is at most about 1.18x one's."""
    names = [n for n in ("extract, 1 worker", f"extract, {jobs} workers", "load, 1 worker", f"load, {jobs} workers")
             if n in results]
    if not names:
        return
    splits = {n: cpu_split(results[n]) for n in names}
    parts = list(next(iter(splits.values())))
    print(f"{'CPU s by process and thread (medians)':38} " + " ".join(f"{p:>14}" for p in parts))
    for n, split in splits.items():
        print(f"{n:38} " + " ".join(f"{split[p]:14.3f}" for p in parts))
    for phase in ("extract", "load"):
        one, many = splits.get(f"{phase}, 1 worker"), splits.get(f"{phase}, {jobs} workers")
        if one and many:  # the parent's threads beside its main thread only hand work to the workers and back
            beside = many["reading thread"] + many["feeder"] + many["parent, other"]
            writer = (f", the writer (main thread) {many['main thread'] - one['main thread']:+.3f} s against one "
                      "worker's" if phase == "load" else "")
            print(f"{phase}: {jobs} workers' total CPU / one worker's {many['total'] / one['total']:.3f} "
                  f"({many['total'] - one['total']:+.3f} s; the parent beside its main thread {beside:.3f} s{writer})")


def match_ratios(results: dict, jobs: int) -> dict:
    """N workers against one for the whole load with matching, by the clock
    and by CPU (``_turns``: matching's steps between the pool's scoring run in
    the parent alone, so ``cpu_bound`` would count them as shared)."""
    many, one = results[f"load+match, {jobs} workers"], results["load+match, 1 worker"]
    return {f"load+match {jobs} workers / 1 (target >= 1.7)": many["per_s"] / one["per_s"],
            f"  its loading part {jobs} workers / 1, by the clock (to the last batch written)":
            (one["seconds"] - one["after_load_s"]) / max(1e-9, many["seconds"] - many["after_load_s"]),
            f"  its matching part {jobs} workers / 1, by the clock (the load's step after its batches)":
            one["after_load_s"] / max(1e-9, many["after_load_s"]),
            f"load+match {jobs} workers / 1 by CPU, on idle cores (parent and pool in turn)":
            _turns(one, 1) / _turns(many, jobs)}


def _turns(r: dict, jobs: int) -> float:
    """The clock of a load with matching on idle cores, from CPU: the loading
    part shared as ``cpu_bound`` counts it, then matching, where the parent's
    steps and its pool's scoring take turns, but for the reads each does
    beside the other: the parent's reprint probes while the pool scores
    (``match_ahead_cpu_s``), and the workers' read-ahead of the next chunk's
    candidates while the parent runs its steps between two scorings
    (``match_read_ahead_cpu_s``, ``batch_pool._read_ahead``: it shares the
    cores with those steps, ``match_chunks_cpu_s`` less the probes, not with
    the steps before the first chunk and after the last); and the pauses
    between chunks.  Summed over the load, not chunk by chunk: a chunk whose
    read-ahead outlasts its parent's steps is counted as if another's made
    up for it."""
    parent = r["main_cpu_s"] - r["match_main_cpu_s"]
    workers = r["workers_cpu_s"] - r["match_workers_cpu_s"]
    loading = max(parent, (parent + workers) / jobs)
    ahead = r.get("match_ahead_cpu_s") or 0.0
    read_ahead = r.get("match_read_ahead_cpu_s") or 0.0
    between = max(0.0, (r.get("match_chunks_cpu_s") or 0.0) - ahead)
    beside = max(between, (between + read_ahead) / jobs) - between  # what the read-ahead adds to those steps
    turns = r["match_main_cpu_s"] - ahead + beside + (r["match_workers_cpu_s"] - read_ahead + ahead) / jobs
    return loading + turns + r["match_pauses_s"]


def storing_parts(load: dict, extract: dict) -> dict:
    """Where storing's CPU goes in a one-worker load, each over extraction's CPU:
    the writer's thread (its step after the last batch apart), the reading
    thread beyond extraction alone (rows built beside it, thread switches),
    and the kernel's time beyond extraction's (writes, syncs, switches), which
    an instruction count (cachegrind) does not see."""
    base = extract["main_cpu_s"]
    writer = load["main_thread_cpu_s"]
    if "reader_cpu_s" in load and load["reader_cpu_s"] == 0:
        # one thread extracts and writes (``parallel.for_load``, since 2026-12-07 20:13): its rows and batches
        # are not apart from extraction but by what the process did beyond extraction alone
        return {
            "  of it the rows and batches, in extraction's own thread": (load["main_cpu_s"] - load["after_load_cpu_s"])
            / base - 1,
            "  of it the writer's step after the batches": load["after_load_cpu_s"] / base,
            "  of it system (kernel) time beyond extraction's": (load["main_sys_s"] - extract["main_sys_s"]) / base,
        }
    return {
        "  of it the writer's thread, less its step after the batches": (writer - load["after_load_cpu_s"]) / base,
        "  of it the writer's step after the batches": load["after_load_cpu_s"] / base,
        "  of it the reading thread beyond extraction alone": (load["main_cpu_s"] - writer) / base - 1,
        "  of it system (kernel) time beyond extraction's, in all three": (load["main_sys_s"] - extract["main_sys_s"])
        / base,
    }


def all_ratios(results: dict, jobs: int, findall: float) -> dict:
    n_jobs = str(jobs)
    p = {k: v["per_s"] for k, v in results.items()}
    ratios = {
        "load / extract, 1 worker (target >= 0.8)": p["load, 1 worker"] / p["extract, 1 worker"],
        f"load / extract, {n_jobs} workers (target >= 0.8)": p[f"load, {n_jobs} workers"]
        / p[f"extract, {n_jobs} workers"],
        # By CPU, every process and thread counted: on cores that are all busy (N workers on N cores) the
        # clock's ratio can be no better than this one, and the other tenants do not move it as they move the
        # clock, nor does the machine's pace changing between the two phases (docs/benchmarks.md, 2026-12-07
        # 13:40-15:00: extraction 2.20x one worker by the clock at 12:30, beyond what two cores give).
        "load / extract by CPU s, all processes, 1 worker": results["extract, 1 worker"]["cpu_s"]
        / results["load, 1 worker"]["cpu_s"],
        f"load / extract by CPU s, all processes, {n_jobs} workers": results[f"extract, {n_jobs} workers"]["cpu_s"]
        / results[f"load, {n_jobs} workers"]["cpu_s"],
        "storing on top of extraction, by CPU s, 1 worker (target <= 0.25)":
            results["load, 1 worker"]["main_cpu_s"] / results["extract, 1 worker"]["main_cpu_s"] - 1,
        **storing_parts(results["load, 1 worker"], results["extract, 1 worker"]),
        f"extract {n_jobs} workers / 1 (target >= 1.7)": p[f"extract, {n_jobs} workers"] / p["extract, 1 worker"],
        f"load {n_jobs} workers / 1 (target >= 1.7)": p[f"load, {n_jobs} workers"] / p["load, 1 worker"],
        f"extract {n_jobs} workers / 1 by CPU, bound on idle cores": cpu_bound(results, "extract", jobs),
        f"load {n_jobs} workers / 1 by CPU, bound on idle cores": cpu_bound(results, "load", jobs),
        "  the same with the writer's step after its batches run alone": cpu_bound_serial_end(results, "load", jobs),
        "load+match / load (target >= 0.5)": p.get(f"load+match, {n_jobs} workers", 0) / p[f"load, {n_jobs} workers"],
        "claims extract command / findall pass, x slower (target <= 30)":
            results[f"claims extract command, {n_jobs} workers"]["seconds"] / findall,
        "load extract output, articles/s (target >= 3000)": max(
            p["load extract output, 1 worker"], p[f"load extract output, {n_jobs} workers"]),
        "SQLite floor, articles/s": p["SQLite floor: the same rows, bare inserts"],
        "load extract output / SQLite floor, by CPU s": results["load extract output, 1 worker"]["main_cpu_s"]
        / results["SQLite floor: the same rows, bare inserts"]["cpu_s"],
        "load extract output / floor with the queue's rows, by CPU s": results["load extract output, 1 worker"][
            "main_cpu_s"] / results["SQLite floor with the queue's rows"]["cpu_s"],
        **floor_parts(results, jobs),
    }
    if f"load+match, {n_jobs} workers" in results:
        ratios.update(match_ratios(results, jobs))
    return ratios


def floor_parts(results: dict, jobs: int) -> dict:
    """The floors without the schema's other indexes and triggers, and the work any load of
    extract output pays whatever the loader does: decoding the JSON, writing the rows,
    tokenising their full text.  Over ``jobs`` cores with perfect overlap that work alone
    bounds articles/s (docs/benchmarks.md, 2026-12-07 13:40-15:00)."""
    if FLOOR_KEYS not in results or DECODING not in results:
        return {}
    n = results[FLOOR_KEYS]["articles"]
    keys, rows, decode = (results[k]["cpu_s"] for k in (FLOOR_KEYS, FLOOR_ROWS, DECODING))
    return {
        "floor, keys and full text only (the issue's bare inserts with FTS), articles/s":
            results[FLOOR_KEYS]["per_s"],
        "  its full-text tokenising, share of its CPU s": 1 - rows / keys,
        "decoding the JSON, CPU s": decode,
        f"articles/s at most by CPU: decoding + keys-and-full-text floor over {jobs} cores":
            n * jobs / (decode + keys),
    }


if __name__ == "__main__":
    main()
