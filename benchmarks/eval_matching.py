"""MRPC pairs: ROC AUC and accuracy of ``claim_similarity``, threshold from train.

    python benchmarks/eval_matching.py [--shared ../shared] [--out DIR] [--fit]

Scores every MRPC pair (train 3,668 + dev 408) with
``datasette_claims.matching.claim_similarity``, picks the accuracy-best
threshold on *train* only, writes train and dev predictions plus gold files
to --out, and runs ``../shared/eval/score_matching.py pairs`` on dev at that
threshold (and on train, for reference).  ``--fit`` refits the logistic
weights of ``similarity.py`` on train (Newton's method, L2 = 1) and prints
them, to paste into ``similarity.WEIGHTS``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import subprocess
import sys
import time

from datasette_claims.matching import similarity

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require


def load_pairs(shared: str) -> list[dict]:
    path = require(os.path.join(shared, "eval", "matching", "mrpc_train_dev.jsonl.gz"))
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def best_threshold(scores: list[float], labels: list[int]) -> tuple[float, float]:
    """Accuracy-best threshold (midpoint between neighbouring scores)."""
    order = sorted(zip(scores, labels))
    n = len(order)
    pos_above = sum(labels)  # predicting everything positive
    correct = pos_above
    best = (correct / n, order[0][0] - 1e-9)
    for i, (s, y) in enumerate(order):
        # moving the threshold just above s turns this item negative
        correct += 1 if y == 0 else -1
        nxt = order[i + 1][0] if i + 1 < n else s + 1e-6
        if nxt == s:
            continue
        if correct / n > best[0]:
            best = (correct / n, (s + nxt) / 2)
    return best[1], best[0]


def fit_logistic(X: list[list[float]], y: list[int], l2: float = 1.0, iters: int = 30) -> list[float]:
    """Weights (bias last) by Newton's method; small and dependency-free."""
    n = len(X[0]) + 1
    w = [0.0] * n
    for _ in range(iters):
        g = [0.0] * n
        H = [[0.0] * n for _ in range(n)]
        for x, t in zip(X, y):
            xx = x + [1.0]
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, xx))))
            p = 1 / (1 + math.exp(-z))
            for i in range(n):
                g[i] += (p - t) * xx[i]
                hi = p * (1 - p) * xx[i]
                row = H[i]
                for j in range(n):
                    row[j] += hi * xx[j]
        for i in range(n - 1):
            g[i] += l2 * w[i]
            H[i][i] += l2
        M = [H[i][:] + [g[i]] for i in range(n)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(M[r][c]))
            M[c], M[p] = M[p], M[c]
            for r in range(n):
                if r != c and M[r][c]:
                    f = M[r][c] / M[c][c]
                    for k in range(c, n + 1):
                        M[r][k] -= f * M[c][k]
        step = [M[i][n] / M[i][i] for i in range(n)]
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(here, "out", "mrpc"))
    ap.add_argument("--fit", action="store_true", help="refit and print the logistic weights")
    args = ap.parse_args(argv)
    pairs = load_pairs(args.shared)
    train = [p for p in pairs if p["split"] == "train"]
    dev = [p for p in pairs if p["split"] == "dev"]
    if args.fit:
        X = [[similarity.features(p["a"], p["b"])[k] for k in similarity.FEATURES] for p in train]
        w = fit_logistic(X, [p["label"] for p in train])
        print("WEIGHTS = {")
        for k, v in zip(similarity.FEATURES, w):
            print(f'    "{k}": {v:.3f},')
        print(f"}}\nBIAS = {w[-1]:.3f}")
    os.makedirs(args.out, exist_ok=True)
    started = time.perf_counter()
    scored = {}
    for split, rows in (("train", train), ("dev", dev)):
        scores = [similarity.claim_similarity(p["a"], p["b"]) for p in rows]
        scored[split] = scores
        with open(os.path.join(args.out, f"{split}_pred.jsonl"), "w") as f:
            for p, s in zip(rows, scores):
                f.write(json.dumps({"id": p["id"], "score": s}) + "\n")
        with open(os.path.join(args.out, f"{split}_gold.jsonl"), "w") as f:
            for p in rows:
                f.write(json.dumps({k: p[k] for k in ("id", "a", "b", "label")}) + "\n")
    per_pair = (time.perf_counter() - started) / len(pairs) * 1e6
    threshold, train_acc = best_threshold(scored["train"], [p["label"] for p in train])
    print(f"threshold chosen on train: {threshold:.4f} (train accuracy {train_acc:.3f}); "
          f"DEFAULT_THRESHOLD = {similarity.DEFAULT_THRESHOLD}; {per_pair:.0f} µs per pair")
    scorer = require(os.path.join(args.shared, "eval", "score_matching.py"))
    for split in ("train", "dev"):
        print(f"--- {split} (score_matching.py pairs, threshold {threshold:.4f})")
        sys.stdout.flush()
        subprocess.run(
            [sys.executable, scorer, "pairs", os.path.join(args.out, f"{split}_gold.jsonl"),
             os.path.join(args.out, f"{split}_pred.jsonl"), "--threshold", f"{threshold:.6f}"],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
