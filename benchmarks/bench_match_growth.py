"""Does matching cost more per claim as the database grows?  And what does it add to a load?

    python benchmarks/bench_match_growth.py [--shared ../shared] [--work DIR] [--batch 300]
                                            [--small 0.25] [--large 4] [--large-by copies|synthetic]
                                            [--runs 3] [--ratio N] [--sections] [--reuse] [--jobs N]

Issue 14's matching targets, measured in CPU seconds (``time.process_time``
of this one process: the load runs with one worker, so matching's CPU is
its own, whatever else the shared machine runs), as ratios in one run:

1. ``growth``: the last ``--batch`` Wikinews articles are held back; the
   rest (the corpus, here) is loaded (matching off, by the loader) into two
   databases, *small* holding the first ``--small`` share of those articles,
   and *large* ``--large`` times the corpus as issue 14 defines its 4x
   (``--large-by copies``, the default since 2026-12-05): the corpus and
   ``--large`` - 1 copies of its articles with changed ids and lightly
   altered text (``altered_copy``: what a wire story reprinted by another
   outlet looks like), loaded by the loader too; or, as before
   (``--large-by synthetic``), the corpus plus synthetic claims
   (``bench_match.add_synthetic``: perturbed copies and spliced halves of
   the real claims, each half repeated about 30 times) up to ``--large``
   times the whole corpus's claim count.  Both are marked matched
   (``match_state``, no links: what is timed is the new claims' matching)
   and their speakers settled as matched loads leave them (namesakes
   merged: ``mark_matched``; ``--unsettled`` as loaded, before 2026-12-06).
   Then, ``--runs`` times, each on a fresh copy and in a new process (as
   ``claims load`` runs, its caches cold): the batch is loaded with
   matching and ``match_articles``' CPU per new claim is taken; the target
   is large / small <= 1.3.
2. ``ratio`` (with ``--ratio N``): the first N articles loaded into an empty
   database with one worker, without and with matching; the CPU of the load
   without over the load with (target >= 0.5).

Prints the load average beside the figures.  ``--sections`` also prints the
CPU of each stage of the batch's matching (``SECTIONS``: wrapped functions,
medians of the runs; an inner stage's CPU is inside its outer one's), small
then large: what grows with the database and what does not; and counts
what the batch's matching did (``COUNTS``: candidates' rows read, pairs put
to the prefilter and decided in full, links), to tell real work from reading.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bench_match import add_synthetic  # noqa: E402
from shared_data import require  # noqa: E402


def write(path: str, lines: list[str]) -> str:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
    return path


# Issue 14's 4x: the corpus and three copies of its articles "with changed ids and lightly altered text", as
# wire copy reprinted by other outlets looks: a new id, address and outlet, the date a few days later, and in every
# paragraph of 12 words or more one edit per 40 words (at least one), a word dropped or two neighbours swapped -- the
# kind of drift the cross-report dev set records between reports of one quotation ("have liberated 50 million" /
# "have 50 million").  A copy keeps >= 80% of its five-word shingles, so the product sees it as a reprint.
COPY_OUTLETS = ("Daily Courier", "Evening Ledger", "Coast Herald", "Valley Post", "Harbour Times", "Metro Star")
EDIT_EVERY = 40


def altered_copy(line: str, k: int) -> str:
    """Copy ``k`` (1, 2, ...) of a corpus record (a JSON line), altered as above; the same for the same input."""
    rec = json.loads(line)
    rng = random.Random(f"{rec.get('id')}/{k}")
    rec["id"] = f"{rec.get('id') or 'rec'}-copy{k}"
    if rec.get("url"):
        rec["url"] += f"{'&' if '?' in rec['url'] else '?'}copy={k}"
    rec["outlet"] = COPY_OUTLETS[(k - 1) % len(COPY_OUTLETS)]
    if rec.get("date"):
        rec["date"] = shifted(rec["date"], k)
    rec["text"] = "\n\n".join(edited(p, rng) for p in (rec.get("text") or "").split("\n\n"))
    return json.dumps(rec, ensure_ascii=False) + "\n"


def shifted(date: str, days: int) -> str:
    try:
        return (datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=days)).isoformat() + date[10:]
    except ValueError:
        return date


def edited(paragraph: str, rng: random.Random) -> str:
    words = paragraph.split(" ")
    if len(words) < 12:
        return paragraph
    for _ in range(max(1, len(words) // EDIT_EVERY)):
        i = rng.randrange(len(words) - 1)
        if rng.random() < 0.5:
            del words[i]
        else:
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def mark_matched(db_path: str, settled: bool = True) -> int:
    """Mark every article matched, and (``settled``) leave the speakers as the
    loads' matching would have: each load's alias step merges the namesakes
    its speakers bring (``aliases.resolve_speakers``) and keys their surnames.
    A database loaded without matching has no namesake merged, and the timed
    batch merged those of every speaker sharing a surname with its own (at 4x
    the corpus 75 groups against 18 at 1/4x, with the claims repointed and the
    big speakers' counts made again): the work of the loads before it, not of
    the batch.  ``--unsettled`` keeps the databases as loaded (the measure
    before 2026-12-06)."""
    from datasette_claims.store import open_db

    db = open_db(db_path)
    conn = db.conn
    conn.execute("insert or replace into match_state (article_id, content_hash, matched_at) "
                 "select id, content_hash, 'bench' from articles")
    from datasette_claims.matching import aliases

    if settled:
        aliases.resolve_speakers(db)
    key_surnames = getattr(aliases, "key_surnames", None)  # (code before it has none)
    if key_surnames is not None:
        key_surnames(conn)
    from datasette_claims.matching import stock

    key_phrases = getattr(stock, "key_phrases", None)  # the stock-phrase keys, as matched loads leave them
    if key_phrases is not None:
        key_phrases(conn)
    conn.commit()
    n = conn.execute("select count(*) from claims").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return n


def timed_batch(db_path: str, batch: str, work: str, sections: bool = False) -> dict:
    """``batch_in_process`` in a new process, as a user's ``claims load`` runs (cold caches)."""
    cmd = [sys.executable, os.path.abspath(__file__), "--batch-in-process", db_path, batch, work]
    out = subprocess.run(cmd + (["--sections"] if sections else []), capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# The stages of a batch's matching: (module, class or None, function, label), each wrapped where its caller
# looks it up; indented labels are inner stages.
SECTIONS = [
    ("pipeline", None, "resolve_speakers", "speaker aliases"),  # (imported by name there)
    ("aliases", None, "_resolve_bare_in_article", "  bare surnames"),
    ("aliases", None, "cluster_names", "  namesakes clustered"),
    ("duplicates", None, "reprints_of", "reprint probes"),
    ("candidates", None, "_sample", "word sample"),
    ("pipeline", None, "rare_candidates_of", "rare-word candidates"),
    ("candidates", "DocFreq", "postings", "  posting lists"),
    ("candidates", None, "_lengths", "  ties' word counts"),
    ("pipeline", "Matcher", "pool", "speaker pools"),
    ("pipeline", None, "_texts_by_rowid", "candidates' texts"),
    ("pipeline", None, "_by_rowid", "candidates' rows"),
    ("pipeline", "Matcher", "_note_waiting", "waiting articles"),
    ("pipeline", "Matcher", "_chosen", "cheap cut"),
    ("pipeline", "Matcher", "_decided", "scoring"),
    ("pipeline", "Matcher", "_scored", "scoring"),  # (before 2026-12-06 19:30: the cut and scoring in one)
    ("pipeline", None, "write_stories", "stories"),
    # (a load's short claims looked up as phrases over every claim: ``stock``; outside every stage above)
    ("pipeline", None, "links_made_stock", "stock phrases"),
    ("stock", None, "key_phrases", "  phrase keys"),  # (the new claims' keys written: ``stock.key_phrases``)
]


# What the batch's matching did, counted beside the timers (label: (module, class or None, function, what to
# count of a call's result)): real work, which a database of near copies may add to, against reading.
COUNTS = {
    "# candidates' texts read": ("pipeline", None, "_texts_by_rowid", int),
    "# candidates' rows read": ("pipeline", None, "_by_rowid", len),
    "# pairs to the prefilter": ("pipeline", "Matcher", "_others", len),
    "# pairs decided in full": ("pipeline", None, "link", lambda found: 1),
    "# links found": ("pipeline", None, "link", bool),
    "# speaker pools built": ("candidates", "SpeakerPool", "__init__", lambda _: 1),
    "# reprint pairs found": ("duplicates", None, "reprints_of", len),
}


def wrap_sections(spent: dict) -> None:
    """Add each ``SECTIONS`` stage's CPU to ``spent``, and the ``COUNTS``
    (this process only: the batch runs in its own)."""
    import importlib

    def owner_of(module, cls):
        owner = importlib.import_module(f"datasette_claims.matching.{module}")
        return getattr(owner, cls) if cls else owner

    # (a stage the code measured has not, or no longer has, is left out: main's code and a branch's alike)
    for module, cls, name, label in SECTIONS:
        owner = owner_of(module, cls)
        if hasattr(owner, name):
            setattr(owner, name, _timed(getattr(owner, name), label, spent))
    for label, (module, cls, name, measure) in COUNTS.items():
        owner = owner_of(module, cls)
        if hasattr(owner, name):
            setattr(owner, name, _counted(getattr(owner, name), label, measure, spent))


def _counted(f, label: str, measure, spent: dict):
    def counted(*args, **kw):
        got = f(*args, **kw)
        spent[label] = spent.get(label, 0) + int(measure(got))
        return got

    return counted


def _timed(f, label: str, spent: dict):
    def timed(*args, **kw):
        c = time.process_time()
        try:
            return f(*args, **kw)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - c

    return timed


def batch_in_process(db_path: str, batch: str, work: str, sections: bool = False) -> dict:
    """Load ``batch`` with matching into a copy of ``db_path``; CPU of its matching."""
    from datasette_claims import loader
    from datasette_claims.matching import pipeline

    dst = os.path.join(work, "run.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copyfile(db_path, dst)
    spent = {"cpu": 0.0, "wall": 0.0}
    stages: dict[str, float] = {}
    if sections:
        wrap_sections(stages)
    original = pipeline.match_articles

    def match_articles(db, ids, **kw):
        c, w = time.process_time(), time.perf_counter()
        try:
            return original(db, ids, **kw)
        finally:
            spent["cpu"] += time.process_time() - c
            spent["wall"] += time.perf_counter() - w

    loader.match_articles = match_articles  # the loader imports it by name
    try:
        report = loader.load(dst, [batch])
    finally:
        loader.match_articles = original
    return {"claims": report.claims, "match_cpu_s": spent["cpu"], "match_wall_s": spent["wall"],
            "cpu_ms_per_claim": 1000 * spent["cpu"] / max(1, report.claims), "sections": stages}


def growth(args, lines: list[str]) -> None:
    batch = write(os.path.join(args.work, "batch.jsonl"), lines[-args.batch :])
    base = lines[: -args.batch]
    small_db = os.path.join(args.work, "small.db")
    large_db = os.path.join(args.work, "large.db" if args.large_by == "synthetic" else "large-copies.db")
    if not args.reuse or not os.path.exists(small_db):
        build(small_db, base[: int(len(base) * args.small)], args.work, "small")
    if not args.reuse or not os.path.exists(large_db):
        build_large(args, large_db, lines, base)
    settled = not args.unsettled
    sizes = {"small": mark_matched(small_db, settled), "large": mark_matched(large_db, settled)}
    print(f"databases: small {sizes['small']:,} claims, large ({args.large_by}) {sizes['large']:,} claims", flush=True)
    if not args.runs:
        return  # --runs 0: only build the databases
    per = {"small": [], "large": []}
    stages = {"small": [], "large": []}
    for run in range(args.runs):
        for name, path in (("small", small_db), ("large", large_db)):
            r = timed_batch(path, batch, args.work, args.sections)
            per[name].append(r["cpu_ms_per_claim"])
            stages[name].append(r["sections"])
            print(f"  run {run + 1} {name}: {r['claims']} new claims, matching {r['match_cpu_s']:.1f} s CPU "
                  f"({r['match_wall_s']:.1f} s wall), {r['cpu_ms_per_claim']:.2f} ms CPU per new claim; "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
    small, large = statistics.median(per["small"]), statistics.median(per["large"])
    print(f"growth: matching CPU per new claim, median of {args.runs}: {small:.2f} ms at {sizes['small']:,} claims, "
          f"{large:.2f} ms at {sizes['large']:,} claims: ratio {large / small:.2f} (target <= 1.3)", flush=True)
    if args.sections:
        print_sections(stages)


def build(db_path: str, lines: list[str], work: str, name: str, jobs: int = 1) -> None:
    """A new database of ``lines`` loaded by the product's loader, matching off."""
    from datasette_claims import loader

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    loader.load(db_path, [write(os.path.join(work, f"{name}.jsonl"), lines)], match=False, jobs=jobs)


def build_large(args, large_db: str, lines: list[str], base: list[str]) -> None:
    """``--large-by copies`` (issue 14's 4x): the base and ``--large`` - 1 altered copies of it, loaded;
    ``synthetic``: the base loaded, then synthetic claims up to ``--large`` times the corpus's claim count."""
    from datasette_claims.store import open_db

    if args.large_by == "copies":
        copies = [altered_copy(line, k) for k in range(1, round(args.large)) for line in base]
        build(large_db, base + copies, args.work, "large-copies", jobs=args.jobs)
        return
    build(large_db, base, args.work, "base", jobs=args.jobs)
    conn = open_db(large_db).conn
    have = conn.execute("select count(*) from claims").fetchone()[0]
    add_synthetic(conn, max(0, int(args.large * have * len(lines) / len(base)) - have))
    conn.close()


def print_sections(stages: dict) -> None:
    print("CPU seconds of the batch's matching by stage, median of the runs: small -> large", flush=True)
    for label in dict.fromkeys(label for _, _, _, label in SECTIONS):
        small, large = (statistics.median(run.get(label, 0.0) for run in stages[name]) for name in ("small", "large"))
        print(f"  {label:<24} {small:7.3f} -> {large:7.3f} s  ({large - small:+.3f})", flush=True)
    print("What the batch's matching did, median of the runs: small -> large", flush=True)
    for label in COUNTS:
        small, large = (statistics.median(run.get(label, 0) for run in stages[name]) for name in ("small", "large"))
        print(f"  {label:<26} {small:9,.0f} -> {large:9,.0f}", flush=True)


def ratio(args, lines: list[str]) -> None:
    from datasette_claims import loader

    src = write(os.path.join(args.work, "ratio.jsonl"), lines[: args.ratio])
    cpu = {}
    for match in (False, True):
        dst = os.path.join(args.work, f"ratio-{int(match)}.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(dst + suffix):
                os.remove(dst + suffix)
        c, w = time.process_time(), time.perf_counter()
        report = loader.load(dst, [src], match=match)
        cpu[match] = time.process_time() - c
        print(f"  load of {report.articles} articles, matching {'on' if match else 'off'}: {cpu[match]:.1f} s CPU "
              f"({time.perf_counter() - w:.1f} s wall; {report.articles / cpu[match]:.0f} articles per CPU second); "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(f"ratio: load with matching / without, in CPU throughput: {cpu[False] / cpu[True]:.2f} (target >= 0.5)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "datasette-claims-growth"))
    ap.add_argument("--batch", type=int, default=300)
    ap.add_argument("--small", type=float, default=0.25, help="share of the corpus in the small database")
    ap.add_argument("--large", type=float, default=4.0, help="the large database, in corpus sizes")
    ap.add_argument("--large-by", choices=("copies", "synthetic"), default="copies",
                    help="copies: the corpus and altered copies of it (issue 14's 4x); synthetic: synthetic claims")
    ap.add_argument("--jobs", type=int, default=1, help="workers for building the databases (not the timed batch)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ratio", type=int, default=0,
                    help="also compare loads of this many articles with and without matching")
    ap.add_argument("--reuse", action="store_true", help="keep the small and large databases of an earlier run")
    ap.add_argument("--skip-growth", action="store_true")
    ap.add_argument("--unsettled", action="store_true",
                    help="leave the speakers as loaded without matching (namesakes not merged); with --reuse, only "
                         "databases no settled run has touched")
    ap.add_argument("--sections", action="store_true", help="also print the CPU of each stage of matching")
    ap.add_argument("--batch-in-process", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.batch_in_process:
        print(json.dumps(batch_in_process(*args.batch_in_process, sections=args.sections)))
        return 0
    os.makedirs(args.work, exist_ok=True)
    with gzip.open(require(os.path.join(args.shared, "corpora", "wikinews.jsonl.gz")), "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}", flush=True)
    if not args.skip_growth:
        growth(args, lines)
    if args.ratio:
        ratio(args, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
