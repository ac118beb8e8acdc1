"""Experiment: "semantic" signals from text alone for CheckThat! 2021 2B.

The shipped fact-check search (``search.candidates`` + ``search.combine``)
is lexical.  About a third of the 2B dev lines have no relevant fact-check
among its 100 candidates, and the rest of the gap is lines that share few
words with their check.  This script measures signals that could bridge
that without a model download, each added alone to the shipped rerank with
a weight from a grid, exactly as ``exp_factcheck_features_2b.py`` does:
train and dev MAP@5 per weight, the weight best on the whole train split,
and a 5-fold cross-validated train MAP@5 with folds of whole events (a
debate or speech never on both sides), the weight chosen on four folds and
scored on the fifth.  Dev is printed for the record, never used to choose.

Signals:

* ``ppmi``: word associations learned from the archive itself, unsupervised
  (each fact-check's claim + title is one context; normalised PMI of two
  stems' co-occurrence, kept at >= 3 fact-checks and NPMI >= 0.2).  The
  feature is the idf-weighted share of the line's words that the check does
  not contain but that have an associate in it, times that association
  (exact matches are left to the lexical features).  Pure Python;
* ``lsa``: cosine of the line and the check in a truncated SVD (100
  dimensions) of the archive's tf-idf matrix (needs scipy, which is not a
  dependency of the project; skipped without it: it is measured only to
  know whether a dense archive-only space would have been worth writing in
  pure Python);
* ``translation``: a PMI of (line word, check word) over the train pairs,
  word pairs seen with at least two different fact-checks, summed over the
  candidate's pairs and normalised by length; supervised by CheckThat!
  train, so for cross-validation it is refitted on each fold's four other
  folds (never on the held-out fold's labels);
* ``entities``: the share of the line's capitalised words found in the check;
* ``number_mismatch``: both mention numbers, none shared (a weak negative);
* ``--union``: candidate recall, the pool widened by the 50 best fact-checks
  for the line's four rarest indexed words (a second FTS query), all
  candidates scored by the shipped rerank.

    python benchmarks/exp_semantic_2b.py [--eval-dir DIR] [--union]

Data is read from DIR as for ``eval_factcheck_retrieval.py``; nothing is
downloaded.  Takes several minutes (``--union`` several more).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from datasette_claims.factchecks import search  # noqa: E402
from datasette_claims.text import capitalised_words, match_any, tokens  # noqa: E402
from eval_factcheck_retrieval import TASKS, _ap5, build_db, default_eval_dir, read_jsonl  # noqa: E402
from exp_factcheck_features_2b import FOLDS, event  # noqa: E402

GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
NEGATIVE = tuple(-w for w in GRID)
PPMI_MIN_CHECKS = 3
PPMI_MIN_NPMI = 0.2
TRANSLATION_MIN_CHECKS = 2
RARE_WORDS, RARE_POOL = 4, 50


class Query:
    """One 2B line: its candidates, their shipped features and score, and extra features by name."""

    def __init__(self, q: dict, text: str, ids: list, feats: list, fold: int):
        self.id, self.query, self.text, self.split = q["id"], q["query"], text, q["split"]
        self.relevant, self.ids, self.fold = set(q["relevant_ids"]), ids, fold
        self.base = [search.combine(f) for f in feats]
        self.extra: dict[str, list[float]] = {}


def map5(queries, key: str | None = None, weight: float = 0.0) -> float:
    total = 0.0
    for q in queries:
        add = q.extra[key] if key else None
        scores = [b + (weight * add[i] if add else 0.0) for i, b in enumerate(q.base)]
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        total += _ap5(q.relevant, [q.ids[i] for i in order])
    return total / max(1, len(queries))


def cross_validated(train, key: str, grid, per_fold: bool = False) -> float:
    """Event-grouped CV; with ``per_fold`` the feature of fold f is ``key@f`` (fitted without fold f's labels)."""
    total = 0.0
    for fold in range(FOLDS):
        k = f"{key}@{fold}" if per_fold else key
        fit = [q for q in train if q.fold != fold]
        held = [q for q in train if q.fold == fold]
        best = max(grid, key=lambda w: map5(fit, k, w))
        total += map5(held, k, best) * len(held)
    return total / len(train)


def report(train, dev, key: str, grid=GRID, per_fold: bool = False) -> None:
    top = max((max(q.extra[key], default=0.0) for q in train), default=0.0)
    if per_fold or top > 3:  # unbounded features: scale the grid to the feature's range
        grid = tuple(w * 3 / (top or 1.0) for w in grid)
    rows = {w: (map5(train, key, w), map5(dev, key, w)) for w in grid}
    best = max(grid, key=lambda w: rows[w][0])
    cv = cross_validated(train, key, grid, per_fold)
    print(f"{key}: best on train {best:+.3g} -> train {rows[best][0]:.4f} dev {rows[best][1]:.4f}; "
          f"cross-validated train {cv:.4f}", flush=True)
    print("    weight: train/dev  " + "  ".join(f"{w:+.3g}: {a:.3f}/{b:.3f}" for w, (a, b) in rows.items()))


# ---- the signals ---------------------------------------------------------------------------------


def npmi_associations(docs: list[set]) -> tuple[dict, dict]:
    """``({stem: {associate: npmi}}, {stem: idf})`` from the co-occurrence of stems in ``docs``."""
    n = len(docs)
    df, pairs = Counter(), Counter()
    for d in docs:
        words = sorted(d)
        df.update(words)
        pairs.update((words[i], words[j]) for i in range(len(words)) for j in range(i + 1, len(words)))
    assoc: dict = defaultdict(dict)
    for (a, b), c in pairs.items():
        if c < PPMI_MIN_CHECKS:
            continue
        p = c / n
        v = math.log(p * n * n / (df[a] * df[b])) / -math.log(p)
        if v >= PPMI_MIN_NPMI:
            assoc[a][b] = assoc[b][a] = v
    return assoc, {w: math.log(n / c) for w, c in df.items()}


def ppmi_feature(line: set, check: set, assoc: dict, idf: dict) -> float:
    num = den = 0.0
    for x in line:
        if x not in idf:
            continue
        den += idf[x]
        near = assoc.get(x)
        if x not in check and near:
            num += idf[x] * max((near.get(y, 0.0) for y in check), default=0.0)
    return num / den if den else 0.0


def lsa_feature(queries, words_of, corpus_ids: list) -> bool:
    try:
        import numpy as np
        from scipy import sparse
        from scipy.sparse.linalg import svds
    except ImportError:
        print("lsa: skipped (no scipy)")
        return False
    df = Counter()
    for i in corpus_ids:
        df.update(words_of(i))
    vocab = {w: k for k, w in enumerate(w for w, c in df.items() if c >= 2)}
    idf = {w: math.log(len(corpus_ids) / df[w]) for w in vocab}

    def matrix(bags):
        r, c, v = [], [], []
        for row, bag in enumerate(bags):
            for w in bag & vocab.keys():
                r.append(row), c.append(vocab[w]), v.append(idf[w])
        return sparse.csr_matrix((v, (r, c)), shape=(len(bags), len(vocab)))

    u, s, vt = svds(matrix([words_of(i) for i in corpus_ids]), k=100)
    docs = u * s
    docs /= np.linalg.norm(docs, axis=1, keepdims=True) + 1e-9
    row = {i: k for k, i in enumerate(corpus_ids)}
    for q in queries:
        v = (matrix([search.content_words(q.text)]) @ vt.T)[0]
        v = v / (np.linalg.norm(v) + 1e-9)
        q.extra["lsa"] = [float(docs[row[i]] @ v) for i in q.ids]
    return True


def fit_translation(pairs: list[tuple[set, str, set]]) -> dict:
    """``{(line stem, check stem): pmi}`` over (line words, check id, check words) pairs; pairs of
    different stems seen with at least ``TRANSLATION_MIN_CHECKS`` different fact-checks."""
    seen, line_count, check_count = defaultdict(set), Counter(), Counter()
    for line, check_id, check in pairs:
        line_count.update(line)
        check_count.update(check)
        for x in line:
            for y in check - {x}:
                seen[(x, y)].add(check_id)
    n = len(pairs)
    out = {}
    for (x, y), checks in seen.items():
        if len(checks) >= TRANSLATION_MIN_CHECKS:
            v = math.log(len(checks) * n / (line_count[x] * check_count[y]))
            if v > 0:
                out[(x, y)] = v
    return out


def translation_feature(line: set, check: set, model: dict) -> float:
    total = sum(model.get((x, y), 0.0) for x in line for y in check)
    return total / math.sqrt(len(line) * len(check) + 1)


def add_features(queries, corpus: dict) -> None:
    cache: dict = {}

    def words_of(i):
        if i not in cache:
            claim, title, _ = corpus[i]
            cache[i] = search.content_words(f"{claim or ''} {title or ''}")
        return cache[i]

    assoc, idf = npmi_associations([words_of(i) for i in corpus])
    for q in queries:
        line = search.content_words(q.text)
        caps, nums = capitalised_words(q.query), {w for w in tokens(q.query) if w.isdigit()}
        q.extra["ppmi"] = [ppmi_feature(line, words_of(i), assoc, idf) for i in q.ids]
        checks = [set(tokens(f"{corpus[i][0] or ''} {corpus[i][1] or ''}")) for i in q.ids]
        q.extra["entities"] = [len(caps & c) / len(caps) if caps else 0.0 for c in checks]
        q.extra["number_mismatch"] = [
            1.0 if nums and (cn := {w for w in c if w.isdigit()}) and not nums & cn else 0.0 for c in checks
        ]
    lsa_feature(queries, words_of, list(corpus))
    train = [q for q in queries if q.split == "train"]

    def pairs(qs):
        return [(search.content_words(q.text), r, words_of(r)) for q in qs for r in q.relevant]

    def apply(key, model, qs):
        for q in qs:
            line = search.content_words(q.text)
            q.extra[key] = [translation_feature(line, words_of(i), model) for i in q.ids]

    apply("translation", fit_translation(pairs(train)), queries)
    for fold in range(FOLDS):
        apply(f"translation@{fold}", fit_translation(pairs([q for q in train if q.fold != fold])), train)


# ---- candidate recall ------------------------------------------------------------------------------


def union_pool(conn, text: str, df_cache: dict) -> tuple[list, list]:
    """The shipped 100 candidates plus the ``RARE_POOL`` best for the line's rarest words, scored alike."""
    _, rows = search.candidates(conn, text, 3000)
    base = rows[: search.POOL]

    def df(w):
        if w not in df_cache:
            df_cache[w] = conn.execute("select count(*) from factchecks_fts where factchecks_fts match ?",
                                       [match_any([w])]).fetchone()[0]
        return df_cache[w]

    rare = sorted((w for w in search.content_words(text) if df(w)), key=df)[:RARE_WORDS]
    extra = set()
    if rare:
        extra = {r[0] for r in conn.execute(
            "select factchecks.id from factchecks_fts join factchecks on factchecks.rowid = factchecks_fts.rowid"
            " where factchecks_fts match ? order by bm25(factchecks_fts, 1.0, 1.0, 0.0) limit ?",
            [match_any(rare), RARE_POOL])}
    pool = base + [r for r in rows[search.POOL:] if r["id"] in extra]
    return [r["id"] for r in pool], search.pool_features(conn, text, pool)


def load(eval_dir: str, workdir: str, union: bool):
    folder = os.path.join(eval_dir, "matching", TASKS["2b"])
    raw = read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz"))
    db, _ = build_db(os.path.join(folder, "corpus.jsonl.gz"), os.path.join(workdir, "2b.db"))
    events = sorted({event(q["id"]) for q in raw if q["split"] == "train"})
    fold_of = {ev: i % FOLDS for i, ev in enumerate(events)}
    queries, widened, df_cache = [], [], {}
    for q in raw:
        text, rows = search.candidates(db.conn, q["query"], search.POOL)
        fold = fold_of.get(event(q["id"]), -1)
        queries.append(Query(q, text, [r["id"] for r in rows], search.pool_features(db.conn, text, rows), fold))
        if union:
            widened.append(Query(q, text, *union_pool(db.conn, text, df_cache), fold))
    corpus = {r[0]: (r[1], r[2], r[3]) for r in db.conn.execute("select id, claim, title, claimant from factchecks")}
    db.conn.close()
    return queries, widened, corpus


def recall(queries) -> float:
    return sum(bool(q.relevant & set(q.ids)) for q in queries) / max(1, len(queries))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=default_eval_dir())
    ap.add_argument("--union", action="store_true", help="Also measure the rare-words second candidate query")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        queries, widened, corpus = load(args.eval_dir, workdir, args.union)
    train = [q for q in queries if q.split == "train"]
    dev = [q for q in queries if q.split == "dev"]
    print(f"shipped: train {map5(train):.4f} dev {map5(dev):.4f} (the cross-validation baseline is train)")
    if widened:
        wt, wd = [q for q in widened if q.split == "train"], [q for q in widened if q.split == "dev"]
        print(f"union pool: recall train {recall(train):.3f} -> {recall(wt):.3f}, dev {recall(dev):.3f} -> "
              f"{recall(wd):.3f}; MAP@5 train {map5(wt):.4f} dev {map5(wd):.4f}", flush=True)
    add_features(queries, corpus)
    for key in ("ppmi", "lsa", "entities"):
        if key in queries[0].extra:
            report(train, dev, key)
    report(train, dev, "number_mismatch", NEGATIVE)
    report(train, dev, "translation", GRID, per_fold=True)


if __name__ == "__main__":
    main()
