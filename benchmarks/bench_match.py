"""Matching at scale: Wikinews plus a synthetic scale-up to a million claims.

    python benchmarks/bench_match.py [--shared ../shared] [--work DIR]
                                     [--claims 1000000] [--batch 1000] [--runs 3]
                                     [--lookups 200] [--skip-rebuild]

Phases, each in its own subprocess so each reports its own peak RSS:

1. ``prepare``: decompress ``corpora/wikinews.jsonl.gz`` (5,768 articles)
   to a temporary .jsonl, hold back the last ``--batch`` articles, load the
   rest with the real loader (matching off), then scale the claims table up
   to ``--claims`` rows by direct inserts (FTS triggers index them):

   * 10% are perturbed copies of a real Wikinews claim by the same speaker
     (one word dropped, one word swapped for a near-synonym, or a number
     changed): true counterparts, so stories form;
   * 90% are new sentences spliced from the first half of one real claim
     and the second half of another, by one of 30,000 invented speakers
     (first x last name lists, Zipf-distributed claim counts), so the
     vocabulary is real but most claims have no counterpart;
   * eight claims per synthetic article, 60 invented outlets, dates spread
     over 2004-2018.

2. ``rebuild``: ``pipeline.rebuild`` over everything (the cost of
   ``datasette claims match DB --rebuild``).
3. ``incremental`` (``--runs`` times, each on a fresh copy of the rebuilt
   database): load the held-back 1,000 Wikinews articles with the real
   loader; report the loader's time and, separately, ``match_articles``.
4. ``lookup``: ``similar_claims`` for ``--lookups`` random claims with a warm
   ``Matcher``; p50/p95/max.

With ``--sample N`` (e.g. ``--skip-prepare --sample 5000``) step 2 is
replaced by ``rebuild-sample``: the rebuild's parts timed on N claims and N
articles and extrapolated (a full rebuild of a million claims outlasts a
session on a shared two-core machine).

Small runs: ``--claims 100000 --batch 200 --runs 1``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require

FIRST = """Adam Alan Alice Amir Ana Anna Boris Carla Carlos Chen Clara Daniel David Dmitri Elena Emma Erik Fatima
Felix Grace Hana Hans Ibrahim Ines Ivan Jack James Jana John Jorge Julia Karen Karim Kofi Laura Leila Li Lucas
Maria Mark Marta Mei Miguel Mohamed Nadia Nina Omar Pablo Paul Pedro Peter Priya Rafael Ravi Rosa Sara Sofia
Tomas Yusuf Zara""".split()
LAST = """Abbas Adler Alvarez Andersen Banda Baker Becker Berg Bianchi Bose Brandt Castro Chowdhury Costa Cruz Dahl
Diaz Dubois Eriksen Fischer Fonseca Garcia Gomez Grant Gupta Haddad Hahn Hansen Hoffmann Horvat Hughes Ibrahim
Ito Jensen Kahn Kaur Keller Khan Kim Klein Koch Kovacs Kumar Lang Larsen Lee Lopez Maier Mendes Meyer Moreau
Muller Murphy Nagy Nair Nguyen Novak Okafor Olsen Ortiz Park Patel Perez Petrov Popescu Quinn Rahman Ramos Reyes
Richter Rossi Russo Sanchez Santos Sato Schmidt Schulz Silva Singh Sousa Suzuki Tanaka Torres Vargas Vogel Wagner
Walsh Weber Wolf Wong Yamamoto Young Zhang Ziegler""".split()
SWAPS = {"said": "stated", "will": "would", "big": "large", "large": "big", "must": "should", "should": "must",
         "help": "assist", "very": "extremely", "new": "fresh", "people": "citizens", "government": "administration",
         "country": "nation", "important": "crucial", "plan": "proposal", "think": "believe", "believe": "think"}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(result: dict) -> None:
    result["peak_rss_mb"] = round(rss_mb(), 1)
    print("RESULT " + json.dumps(result), flush=True)


def perturb(words: list[str], rng: random.Random) -> list[str]:
    w = list(words)
    choice = rng.random()
    nums = [i for i, x in enumerate(w) if any(ch in "0123456789" for ch in x)]
    if nums and choice < 0.2:
        i = rng.choice(nums)
        w[i] = "".join(str((int(ch) + 1) % 10) if ch in "0123456789" else ch for ch in w[i])
    elif choice < 0.6:
        swaps = [i for i, x in enumerate(w) if x.lower() in SWAPS]
        if swaps:
            i = rng.choice(swaps)
            w[i] = SWAPS[w[i].lower()]
        elif len(w) > 4:
            del w[rng.randrange(1, len(w) - 1)]
    elif len(w) > 4:
        del w[rng.randrange(1, len(w) - 1)]
    return w


CLAIM_COLUMNS = ("id", "article_id", "speaker_id", "content", "start", "end", "speaker", "sourcing", "quote_type",
                 "said_on")


def insert_synthetic(conn, aid: str, outlet: str, art: int, published: str, claims: list[tuple],
                     columns: tuple[str, ...] = CLAIM_COLUMNS) -> None:
    """One synthetic article, its text its claims' (the fourth of each row, ``content``)
    a blank line apart, and its claims, rows of ``columns``."""
    body = "\n\n".join(c[3] for c in claims)
    conn.execute(
        "insert into articles (id, outlet, headline, published, text, word_count, claim_count, source_path) "
        "values (?, ?, ?, ?, ?, ?, ?, 'synthetic')",
        [aid, outlet, f"Synthetic report {art}", published, body, len(body.split()), len(claims)],
    )
    conn.executemany(
        f"insert into claims ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})", claims)


def add_synthetic(conn, need: int, seed: int = 20261129) -> tuple[int, int]:
    """Add ``need`` synthetic claims (see the module docstring) made from the
    claims already in the database; returns (claims, articles) added."""
    real = conn.execute("select content, speaker, speaker_id, quote_type from claims").fetchall()
    from datasette_claims.store.articles import slugify

    rng = random.Random(seed)
    names = sorted({f"{a} {b}" for a in FIRST for b in LAST})
    rng.shuffle(names)
    names = names[:30000]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(names))]
    ids = [slugify(n) for n in names]
    conn.execute("BEGIN")
    conn.executemany(
        "insert or ignore into speakers (id, name, kind, aliases) values (?, ?, 'person', ?)",
        [(i, n, json.dumps([n])) for i, n in zip(ids, names)],
    )
    outlets = [f"Outlet {i}" for i in range(60)]
    made = 0
    art = 0
    per_article = 8
    while made < need:
        k = min(per_article, need - made)
        y = rng.randint(2004, 2018)
        published = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        aid = f"syn-{art:07d}"
        claims = []
        for j in range(k):
            if rng.random() < 0.10:
                content, speaker, speaker_id, qt = rng.choice(real)
                words = perturb(content.split(), rng)
            else:
                a = rng.choice(real)[0].split()
                b = rng.choice(real)[0].split()
                words = a[: max(1, len(a) // 2)] + b[len(b) // 2 :]
                idx = rng.choices(range(len(names)), weights=weights)[0] if rng.random() < 0.9 else None
                speaker = names[idx] if idx is not None else None
                speaker_id = ids[idx] if idx is not None else None
                qt = rng.choice(("direct", "indirect", "indirect", "mixed"))
            text = " ".join(words)
            claims.append((f"{aid}:{j}", aid, speaker_id, text, 0, len(text), speaker, "named_person" if speaker_id else "author", qt, published))
        insert_synthetic(conn, aid, rng.choice(outlets), art, published, claims)
        made += len(claims)
        art += 1
        if art % 5000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    conn.execute("update speakers set claim_count = (select count(*) from claims where claims.speaker_id = speakers.id)")
    conn.commit()
    return made, art


def phase_prepare(args) -> None:
    from datasette_claims import loader
    from datasette_claims.store import open_db

    t0 = time.perf_counter()
    tmp = tempfile.mkdtemp(dir=args.work)
    src = require(os.path.join(args.shared, "corpora", "wikinews.jsonl.gz"))
    with gzip.open(src, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    base_path = os.path.join(tmp, "base.jsonl")
    batch_path = os.path.join(args.work, "batch.jsonl")
    with open(base_path, "w", encoding="utf-8") as f:
        f.writelines(lines[: -args.batch])
    with open(batch_path, "w", encoding="utf-8") as f:
        f.writelines(lines[-args.batch :])
    db_path = os.path.join(args.work, "scale.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    report = loader.load(db_path, [base_path], match=False)
    load_s = time.perf_counter() - t0
    shutil.rmtree(tmp)
    db = open_db(db_path)
    conn = db.conn
    real = conn.execute("select content, speaker, speaker_id, quote_type from claims").fetchall()
    n_real = len(real)
    t1 = time.perf_counter()
    made, art = add_synthetic(conn, max(0, args.claims - n_real))
    total = conn.execute("select count(*) from claims").fetchone()[0]
    emit({"phase": "prepare", "wikinews_articles": report.articles, "wikinews_claims": n_real,
          "synthetic_claims": made, "synthetic_articles": art, "total_claims": total,
          "load_seconds": round(load_s, 1), "scale_seconds": round(time.perf_counter() - t1, 1),
          "db_mb": round(os.path.getsize(db_path) / 2**20)})


def phase_rebuild(args) -> None:
    from datasette_claims.matching import pipeline
    from datasette_claims.store import open_db

    db = open_db(os.path.join(args.work, "scale.db"))
    t = time.perf_counter()
    summary = pipeline.rebuild(db)
    db.conn.commit()
    emit({"phase": "rebuild", "seconds": round(time.perf_counter() - t, 1), "summary": summary})


def phase_rebuild_sample(args) -> None:
    """Time the parts of a rebuild on samples and extrapolate to the whole.

    A full rebuild of a million claims takes longer than a benchmark session
    on a shared two-core machine allows; this measures, in one process and
    without writing: alias resolution over all speakers, reprint detection
    on ``--sample`` articles, and candidate generation + scoring for
    ``--sample`` claims spread evenly over the rowid range.  The estimate
    for ``rebuild`` divides the claim scoring by its worker count.
    """
    from datasette_claims.matching import aliases, duplicates, pipeline
    from datasette_claims.store import open_db

    db = open_db(os.path.join(args.work, "scale.db"))
    conn = db.conn
    n_claims, max_rowid = conn.execute("select count(*), max(rowid) from claims").fetchone()
    n_articles = conn.execute("select count(*) from articles").fetchone()[0]
    t = time.perf_counter()
    aliases.resolve_speakers(db)
    alias_s = time.perf_counter() - t
    conn.rollback()
    rng = random.Random(11)
    art_ids = [r[0] for r in conn.execute("select id from articles")]
    sample_art = rng.sample(art_ids, min(args.sample, len(art_ids)))
    t = time.perf_counter()
    duplicates.detect_duplicates(conn, sample_art)
    dup_per = (time.perf_counter() - t) / len(sample_art)
    conn.rollback()
    matcher = pipeline.Matcher(conn)
    step = max(1, max_rowid // args.sample)
    lows = list(range(1, max_rowid + 1, step))[: args.sample // 50]
    t = time.perf_counter()
    scored = 0
    links = 0
    for lo in lows:  # 50 consecutive claims per probe, spread over the table
        rows = pipeline._load(conn, "c.rowid between ? and ?", [lo, lo + 49])
        for claim in rows:
            links += len(matcher.links_for(claim))
        scored += len(rows)
    per_claim = (time.perf_counter() - t) / max(1, scored)
    workers = min(4, os.cpu_count() or 1)
    estimate = alias_s + dup_per * n_articles + per_claim * n_claims / workers
    emit({"phase": "rebuild-sample", "claims": n_claims, "articles": n_articles,
          "alias_seconds": round(alias_s, 1), "duplicates_ms_per_article": round(dup_per * 1000, 2),
          "sampled_claims": scored, "links_found": links, "ms_per_claim": round(per_claim * 1000, 2),
          "workers": workers, "estimated_rebuild_seconds": round(estimate)})


def phase_incremental(args) -> None:
    from datasette_claims import loader
    from datasette_claims.matching import pipeline
    from datasette_claims.store import open_db

    src = os.path.join(args.work, "scale.db")
    dst = os.path.join(args.work, "incr.db")
    conn = open_db(src).conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copyfile(src, dst)
    timings = {}
    original = pipeline.match_articles

    def timed(db, ids, **kw):
        t = time.perf_counter()
        out = original(db, ids, **kw)
        timings["match_seconds"] = time.perf_counter() - t
        timings["articles"] = len(ids)
        return out

    pipeline.match_articles = timed
    loader.match_articles = timed  # the loader imports it by name
    t = time.perf_counter()
    report = loader.load(dst, [os.path.join(args.work, "batch.jsonl")])
    total = time.perf_counter() - t
    emit({"phase": "incremental", "load_and_match_seconds": round(total, 1),
          "match_seconds": round(timings.get("match_seconds", 0.0), 1), "articles": timings.get("articles"),
          "new_claims": report.claims, "summary": report.summary()})


def phase_lookup(args) -> None:
    from datasette_claims.matching import pipeline
    from datasette_claims.store import open_db

    db = open_db(os.path.join(args.work, "incr.db" if os.path.exists(os.path.join(args.work, "incr.db")) else "scale.db"))
    rng = random.Random(7)
    n = db.execute("select max(rowid) from claims").fetchone()[0]
    ids = []
    while len(ids) < args.lookups:
        row = db.execute("select id from claims where rowid = ?", [rng.randint(1, n)]).fetchone()
        if row:
            ids.append(row[0])
    t = time.perf_counter()
    matcher = pipeline.Matcher(db.conn)
    warm = time.perf_counter() - t
    times = []
    found = 0
    for cid in ids:
        t = time.perf_counter()
        found += bool(pipeline.similar_claims(db, cid, matcher=matcher))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    emit({"phase": "lookup", "lookups": len(times), "matcher_init_ms": round(warm * 1000),
          "p50_ms": round(times[len(times) // 2], 2), "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
          "max_ms": round(times[-1], 2), "with_results": found})


def run_phase(args, phase: str) -> dict:
    cmd = [sys.executable, os.path.abspath(__file__), "--phase", phase, "--shared", args.shared, "--work", args.work,
           "--claims", str(args.claims), "--batch", str(args.batch), "--lookups", str(args.lookups),
           "--sample", str(args.sample)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"phase {phase} failed")
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
            print(json.dumps(result), flush=True)
            return result
    raise SystemExit(f"phase {phase} printed no result")


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "datasette-claims-bench"))
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--lookups", type=int, default=200)
    ap.add_argument("--skip-rebuild", action="store_true")
    ap.add_argument("--sample", type=int, default=0,
                    help="instead of a full rebuild, time the rebuild's parts on this many claims/articles "
                         "and extrapolate (phase rebuild-sample)")
    ap.add_argument("--reuse", action="store_true", help="keep an existing prepared (and rebuilt) database")
    ap.add_argument("--skip-prepare", action="store_true", help="keep an existing prepared database, rebuild it")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.shared = os.path.abspath(args.shared)
    if not args.phase and not (args.reuse or args.skip_prepare):
        require(os.path.join(args.shared, "corpora", "wikinews.jsonl.gz"))
    os.makedirs(args.work, exist_ok=True)
    if args.phase:
        {"prepare": phase_prepare, "rebuild": phase_rebuild, "incremental": phase_incremental,
         "lookup": phase_lookup, "rebuild-sample": phase_rebuild_sample}[args.phase](args)
        return 0
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}", flush=True)
    results = {}
    if not args.reuse:
        if not args.skip_prepare:
            results["prepare"] = run_phase(args, "prepare")
        if args.sample:
            results["rebuild-sample"] = run_phase(args, "rebuild-sample")
        elif not args.skip_rebuild:
            results["rebuild"] = run_phase(args, "rebuild")
    incs = [run_phase(args, "incremental") for _ in range(args.runs)]
    results["lookup"] = run_phase(args, "lookup")
    match_s = statistics.median(r["match_seconds"] for r in incs)
    total_s = statistics.median(r["load_and_match_seconds"] for r in incs)
    peak = max(r["peak_rss_mb"] for r in list(results.values()) + incs)
    print("\nsummary:")
    if "prepare" in results:
        print(f"  claims in database: {results['prepare']['total_claims']:,}")
    if "rebuild" in results:
        print(f"  full rebuild: {results['rebuild']['seconds']} s")
    if "rebuild-sample" in results:
        r = results["rebuild-sample"]
        print(f"  rebuild estimate: {r['estimated_rebuild_seconds']} s ({r['ms_per_claim']} ms per claim scored, "
              f"{r['workers']} workers; aliases {r['alias_seconds']} s; reprints {r['duplicates_ms_per_article']} ms/article)")
    print(f"  incremental {args.batch}-article batch, median of {len(incs)}: match {match_s:.1f} s "
          f"(load incl. extraction and match {total_s:.1f} s; target <= 30 s)")
    print(f"  similar-claims lookup p95: {results['lookup']['p95_ms']} ms (target <= 50 ms)")
    print(f"  peak RSS of any phase: {peak:.0f} MB (target <= 2048 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
