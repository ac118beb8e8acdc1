"""Experiment: extra rerank features for CheckThat! 2021 2B, cross-validated on train.

Each candidate feature is added, alone, to the shipped rerank
(``search.combine``) with a weight from a small grid.  For every feature the
script prints train and dev MAP@5 at each weight, the weight that is best on
the whole train split, and a 5-fold cross-validated train MAP@5 where folds
are whole events (a debate or a speech: its lines never sit on both sides),
the weight chosen on four folds and scored on the fifth.  A feature earns
its place only if the cross-validated figure clearly beats the shipped
ranking's (on 2026-12-04 the best, the person-like claimant, gained 0.002,
about one query's AP among 472: judged noise, not kept); dev is printed for
the record, never used to choose.

``quoted_claimant`` (the shipped prior, ``search.QUOTED_CLAIMANT_WEIGHT``)
is cross-validated the same way, its grid weight replacing the shipped one.

Features tried (text and what a caller could supply; never the date):

* ``speaker``: the fact-check's claimant is the statement's speaker
  (``aliases.parse_name`` + ``names_compatible``).  The shared 2B data has no
  speaker per line, so the speaker is taken from the event's name in the
  query id when one of its capitalised, non-acronym words is the surname of
  a claimant in the archive ("20170822_Trump_phoenix" -> "Trump"); debates
  name nobody;
* ``person``: the claimant looks like a person's name;
* ``quote_inside``: how well a quoted stretch of the claim fits inside the
  statement (``fuzz.partial_ratio``);
* ``len_ratio``: the shorter of statement and claim over the longer, in words;
* ``pool_claimant``: the share of the shipped ranking's first ``TOP`` held by
  the candidate's claimant (the pool's own guess at who is speaking).

    python benchmarks/exp_factcheck_features_2b.py [--eval-dir DIR]

Data is read from DIR as for ``eval_factcheck_retrieval.py``; nothing is
downloaded.  Takes several minutes (the features of 591 queries).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from rapidfuzz import fuzz, utils  # noqa: E402

from datasette_claims.factchecks import search  # noqa: E402
from datasette_claims.matching.aliases import _is_person_name, names_compatible, parse_name  # noqa: E402
from datasette_claims.text import tokens  # noqa: E402
from eval_factcheck_retrieval import TASKS, _ap5, build_db, default_eval_dir, read_jsonl  # noqa: E402

GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, -0.1, -0.2, -0.3)
TOP = 10
FOLDS = 5
_QUOTED = re.compile(r'["\u201c]([^"\u201d]{8,})["\u201d]')


def event(qid: str) -> str:
    return qid.rsplit("_", 1)[0]


def event_speaker(qid: str, surnames: set[str]) -> str | None:
    """The one capitalised, non-acronym word of the event's name that is a claimant's surname."""
    words = [w for w in event(qid).split("_")[1:] if w[:1].isupper() and not w.isupper() and w.lower() in surnames]
    return words[0] if len(words) == 1 else None


def same_person(speaker: str | None, claimant: str | None) -> float:
    if not speaker or not claimant:
        return 0.0
    a, b = parse_name(speaker), parse_name(claimant)
    return 1.0 if a.surname and names_compatible(a, b) else 0.0


def extra_features(query: str, speaker: str | None, row: dict) -> dict:
    claim = row.get("claim") or ""
    q_norm = utils.default_process(query)
    parts = _QUOTED.findall(claim)
    nq, nc = len(tokens(query)), len(tokens(claim))
    return {
        "speaker": same_person(speaker, row.get("claimant")),
        "person": 1.0 if row.get("claimant") and _is_person_name(row["claimant"]) else 0.0,
        "quote_inside": max((fuzz.partial_ratio(utils.default_process(p), q_norm) / 100 for p in parts), default=0.0),
        "len_ratio": min(nq, nc) / max(nq, nc, 1),
    }


def add_pool_claimant(rows: list[dict], feats: list[dict]) -> None:
    top = sorted(range(len(feats)), key=lambda i: -search.combine(feats[i]))[:TOP]
    held = Counter(rows[i].get("claimant") for i in top if rows[i].get("claimant"))
    for r, f in zip(rows, feats):
        f["pool_claimant"] = held.get(r.get("claimant"), 0) / TOP if r.get("claimant") else 0.0


def shipped_score(f: dict) -> float:
    return search.combine(f)


def map5(items, key: str | None = None, weight: float = 0.0) -> float:
    """MAP@5 of the shipped ranking with ``key`` added at ``weight`` (replacing a shipped prior's weight)."""
    shipped = search.QUOTED_CLAIMANT_WEIGHT if key == "quoted_claimant" else 0.0
    total = 0.0
    for relevant, ids, feats in items:
        scores = [shipped_score(f) + ((weight - shipped) * f[key] if key else 0.0) for f in feats]
        order = sorted(range(len(ids)), key=lambda i: -scores[i])
        total += _ap5(relevant, [ids[i] for i in order])
    return total / max(1, len(items))


def cross_validated(train, key: str) -> float:
    events = sorted({ev for ev, _ in train})
    fold_of = {ev: i % FOLDS for i, ev in enumerate(events)}
    total = 0.0
    for fold in range(FOLDS):
        fit = [item for ev, item in train if fold_of[ev] != fold]
        held = [item for ev, item in train if fold_of[ev] == fold]
        best = max(GRID, key=lambda w: map5(fit, key, w))
        total += map5(held, key, best) * len(held)
    return total / len(train)


def load(eval_dir: str, workdir: str):
    folder = os.path.join(eval_dir, "matching", TASKS["2b"])
    queries = read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz"))
    db, _ = build_db(os.path.join(folder, "corpus.jsonl.gz"), os.path.join(workdir, "2b.db"))
    names = db.conn.execute("select distinct claimant from factchecks where claimant like '% %'")
    surnames = {parse_name(r[0]).surname for r in names}
    split = {"train": [], "dev": []}
    for q in queries:
        text, rows = search.candidates(db.conn, q["query"], search.POOL)
        feats = search.pool_features(db.conn, text, rows)
        speaker = event_speaker(q["id"], surnames)
        for f, r in zip(feats, rows):
            f.update(extra_features(q["query"], speaker, r))
        add_pool_claimant(rows, feats)
        split[q["split"]].append((event(q["id"]), (set(q["relevant_ids"]), [r["id"] for r in rows], feats)))
    db.conn.close()
    return split


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=default_eval_dir())
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        split = load(args.eval_dir, workdir)
    train = split["train"]
    tr, dv = [item for _, item in train], [item for _, item in split["dev"]]
    print(f"shipped: train {map5(tr):.4f} dev {map5(dv):.4f} (cross-validation baseline = train {map5(tr):.4f})")
    for key in ("quoted_claimant", "speaker", "person", "quote_inside", "len_ratio", "pool_claimant"):
        rows = {w: (map5(tr, key, w), map5(dv, key, w)) for w in GRID}
        best = max(GRID, key=lambda w: rows[w][0])
        grid = "  ".join(f"{w:+.2f}: {a:.3f}/{b:.3f}" for w, (a, b) in sorted(rows.items()))
        print(f"{key}: best on train {best:+.2f} -> train {rows[best][0]:.4f} dev {rows[best][1]:.4f}; "
              f"cross-validated train {cross_validated(train, key):.4f}")
        print(f"    weight: train/dev  {grid}")


if __name__ == "__main__":
    main()
