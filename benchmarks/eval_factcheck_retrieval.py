"""Retrieval of past fact-checks: CheckThat! 2021 tasks 2A and 2B, MAP@5.

Imports each task's verified-claims corpus with ``import-factchecks``' own code
into a fresh claims database, runs every query through ``search_factchecks``
(the function behind the search page's "Past fact-checks"), and scores the
rankings with the shared ``score_matching.py retrieval``.

Every split is run on the statement's text alone.  When the queries say when
the statement was made (a ``date`` field, or an id that starts with the date,
like the 2B debate lines ``20160926_1pres_0232``), the split is run a second
time passing that date as ``search_factchecks(..., when=...)``.

    python benchmarks/eval_factcheck_retrieval.py [--shared DIR | --eval-dir DIR] [--split train|dev|all] [--task 2a|2b] [--bm25-only] [--no-date]
    python benchmarks/eval_factcheck_retrieval.py --tune [--task 2a|2b|both]

``--tune`` fits the rerank weights (``search.WEIGHTS``, ``CLAIMANT_WEIGHT`` and
``QUOTED_CLAIMANT_WEIGHT``)
on the *train* queries only: it computes every candidate's features once
(``search.candidates`` + ``search.pool_features``, text only), then runs a
coordinate ascent over a grid for the mean of the tasks' train MAP@5, and
prints the weights to paste into ``factchecks/search.py``.  Dev is never
looked at; run the evaluation afterwards to report it.

Data is read from DIR (default ../shared/eval relative to the repository, or
$CLAIMS_EVAL_DIR); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from datasette_claims.factchecks import parse, store  # noqa: E402
from datasette_claims.factchecks.search import search_factchecks  # noqa: E402
from datasette_claims.store import open_db  # noqa: E402

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require

TASKS = {"2a": "clef2021_t2a", "2b": "clef2021_t2b"}
DEPTH = 100
_ID_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})_")


def query_date(q: dict) -> str | None:
    """When the query's statement was made: its ``date`` field, or the YYYYMMDD its id starts with."""
    if q.get("date"):
        return str(q["date"])
    m = _ID_DATE.match(str(q.get("id", "")))
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def default_eval_dir() -> str:
    env = os.environ.get("CLAIMS_EVAL_DIR")
    if env:
        return env
    for candidate in (os.path.join(HERE, "..", "..", "shared", "eval"), "/work/shared/eval"):
        if os.path.isdir(candidate):
            return os.path.abspath(candidate)
    return os.path.join(HERE, "..", "..", "shared", "eval")


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_db(corpus_path: str, db_path: str):
    db = open_db(db_path)
    with db.conn:
        report = store.import_factchecks(db.conn, parse.parse_file(corpus_path), source=corpus_path)
    return db, report


def rank_split(db, subset, eval_dir: str, workdir: str, name: str, limit: int, dated: bool) -> dict:
    gold_path = os.path.join(workdir, f"{name}-gold.jsonl")
    pred_path = os.path.join(workdir, f"{name}-pred.jsonl")
    t0 = time.time()
    with open(gold_path, "w") as gold, open(pred_path, "w") as pred:
        for q in subset:
            gold.write(json.dumps({"id": q["id"], "query": q["query"], "relevant_ids": q["relevant_ids"]}) + "\n")
            when = query_date(q) if dated else None
            ranked = [r["id"] for r in search_factchecks(db.conn, q["query"], limit=limit, when=when)]
            pred.write(json.dumps({"id": q["id"], "ranked_ids": ranked}) + "\n")
    per_query_ms = (time.time() - t0) * 1000 / max(1, len(subset))
    scorer = os.path.join(eval_dir, "score_matching.py")
    out = subprocess.run(
        [sys.executable, scorer, "retrieval", gold_path, pred_path], capture_output=True, text=True, check=True
    ).stdout
    return {"queries": len(subset), "ms_per_query": round(per_query_ms, 1), "scores": out.strip()}


def run_task(task: str, eval_dir: str, splits: list[str], workdir: str, limit: int = DEPTH,
             use_dates: bool = True) -> dict:
    folder = os.path.join(eval_dir, "matching", TASKS[task])
    corpus = require(os.path.join(folder, "corpus.jsonl.gz"), "--data DIR")
    queries = read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz"))
    t0 = time.time()
    db, report = build_db(corpus, os.path.join(workdir, f"{task}.db"))
    build_s = time.time() - t0
    results = {"task": task, "corpus": report.total, "problems": len(report.problems), "build_s": round(build_s, 1)}
    for split in splits:
        subset = [q for q in queries if split == "all" or q.get("split") == split]
        results[split] = rank_split(db, subset, eval_dir, workdir, f"{task}-{split}", limit, dated=False)
        if use_dates and any(query_date(q) for q in subset):
            results[split + "+date"] = rank_split(db, subset, eval_dir, workdir, f"{task}-{split}-dated", limit, dated=True)
    db.conn.close()
    return results


def _ap5(relevant: set, ranked: list) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:5]):
        if doc in relevant:
            hits += 1
            total += hits / (i + 1)
    return total / min(len(relevant), 5) if relevant else 0.0


def _map5(items, weights: dict) -> float:
    """MAP@5 of precomputed ``(relevant, ids, features)`` under ``weights``."""
    total = 0.0
    for relevant, ids, feats in items:
        scores = [sum(w * f.get(k, 0.0) for k, w in weights.items()) for f in feats]
        order = sorted(range(len(ids)), key=lambda i: -scores[i])
        total += _ap5(relevant, [ids[i] for i in order])
    return total / max(1, len(items))


GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


def tune(eval_dir: str, tasks: list[str], workdir: str) -> dict:
    """Coordinate ascent of the rerank weights on the train queries (mean MAP@5 over ``tasks``)."""
    from datasette_claims.factchecks import search

    data = {}
    for task in tasks:
        folder = os.path.join(eval_dir, "matching", TASKS[task])
        queries = [q for q in read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz")) if q.get("split") == "train"]
        db, _ = build_db(os.path.join(folder, "corpus.jsonl.gz"), os.path.join(workdir, f"{task}.db"))
        items = []
        for q in queries:
            text, rows = search.candidates(db.conn, q["query"], search.POOL)
            items.append((set(q["relevant_ids"]), [r["id"] for r in rows], search.pool_features(db.conn, text, rows)))
        data[task] = items
        db.conn.close()
        print(f"{task}: features of {len(items)} train queries", file=sys.stderr)
    weights = dict(search.WEIGHTS, claimant=search.CLAIMANT_WEIGHT, quoted_claimant=search.QUOTED_CLAIMANT_WEIGHT)

    def objective(w):
        return sum(_map5(items, w) for items in data.values()) / len(data)

    best = objective(weights)
    print(f"start: train MAP@5 {best:.4f}", file=sys.stderr)
    for rnd in range(3):
        improved = False
        for key in [k for k in weights if k != "bm25"]:  # bm25 fixes the scale
            for value in GRID:
                trial = dict(weights, **{key: value})
                score = objective(trial)
                if score > best + 1e-4:
                    best, weights, improved = score, trial, True
        print(f"round {rnd + 1}: train MAP@5 {best:.4f}", file=sys.stderr)
        if not improved:
            break
    for task, items in data.items():
        print(f"{task} train MAP@5 {_map5(items, weights):.4f}")
    print("WEIGHTS =", json.dumps({k: v for k, v in weights.items() if k not in ("claimant", "quoted_claimant")}))
    print("CLAIMANT_WEIGHT =", weights["claimant"])
    print("QUOTED_CLAIMANT_WEIGHT =", weights["quoted_claimant"])
    return weights


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=None, help="the shared data's eval/ folder (default: found next to "
                    "the repository)")
    ap.add_argument("--shared", help="the shared data folder, as the other benchmarks take it (its eval/ folder)")
    ap.add_argument("--split", choices=["train", "dev", "all", "both"], default="both")
    ap.add_argument("--task", choices=["2a", "2b", "both"], default="both")
    ap.add_argument("--bm25-only", action="store_true", help="Baseline: FTS5 bm25 ranking, no rerank")
    ap.add_argument("--no-date", action="store_true", help="Skip the runs that pass the statement's date")
    ap.add_argument("--tune", action="store_true", help="Fit the rerank weights on the train queries (text only)")
    args = ap.parse_args(argv)
    args.eval_dir = args.eval_dir or (os.path.join(args.shared, "eval") if args.shared else default_eval_dir())
    if args.tune:
        with tempfile.TemporaryDirectory() as workdir:
            tune(args.eval_dir, ["2a", "2b"] if args.task == "both" else [args.task], workdir)
        return
    if args.bm25_only:
        from datasette_claims.factchecks import search

        search.COLUMN_WEIGHTS = (1.0, 1.0, 1.0)
        search.WEIGHTS = {k: (1.0 if k == "bm25" else 0.0) for k in search.WEIGHTS}
        search.DATE_WEIGHT = 0.0
        search.CLAIMANT_WEIGHT = 0.0
        search.QUOTED_CLAIMANT_WEIGHT = 0.0
        search.DATE_POOL_BOOST = 1.0
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    tasks = ["2a", "2b"] if args.task == "both" else [args.task]
    with tempfile.TemporaryDirectory() as workdir:
        for task in tasks:
            res = run_task(task, args.eval_dir, splits, workdir, use_dates=not args.no_date and not args.bm25_only)
            print(f"== CheckThat! 2021 task {task.upper()}: {res['corpus']} fact-checks imported "
                  f"({res['problems']} malformed) in {res['build_s']}s")
            for split in splits:
                for key, label in ((split, "text only"), (split + "+date", "with the statement's date")):
                    if key in res:
                        r = res[key]
                        print(f"-- {split} ({label}): {r['queries']} queries, {r['ms_per_query']} ms/query")
                        print(r["scores"])


if __name__ == "__main__":
    main()
