"""Rows of a multi-row utterance that are no statement: how many, and a sample.

    python benchmarks/fragment_rows.py [--shared ../shared] [--sample 60] [--seed 10]
                                       [--dump DIR] [--corpus wikinews|polnear-train]

A claim row is one statement a fact-checker can check; the rows of one
attribution share an ``utterance_id`` (``extract.grain``).  A row of an
utterance of two or more rows that holds no finite verb and fewer than
``--min-words`` content words ("He" | "of receiving allocations", "And yet" |
"...") is a piece of a statement, not one.  This counts such rows, by rule,
over the Wikinews corpus and PolNeAR train as ``datasette claims extract``
reads them (``extract_fingerprint``'s path), and prints a seeded sample with
the utterance's other rows.  The test is the extractor's own
(``grain.is_fragment``: content words by ``text.content_words``, a verb by an
auxiliary or modal, a contraction, a subject pronoun and its verb, a past
form), which ``grain.join_fragments`` uses to join such rows to a neighbour.

``--dump DIR`` writes each corpus's rows as JSON lines (``DIR/<corpus>.jsonl``)
so that two runs can be compared; ``--rows DIR`` reads such a dump instead of
extracting.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from extract_fingerprint import CORPORA  # noqa: E402
from shared_data import product_articles, require, shared_dir  # noqa: E402

from datasette_claims import loader  # noqa: E402
from datasette_claims.extract import grain  # noqa: E402


def corpus_rows(path: str) -> list[dict]:
    rows = []
    for article in product_articles(path):
        claims, _ = loader.claims_and_failures(article)
        for c in claims:
            rows.append({"article": article.id, "id": c.id, "rule": c.rule, "utterance": c.utterance_id,
                         "content": c.content.text, "start": c.content.start,
                         "cue": c.cue.text if c.cue else None,
                         "source": c.source.text if c.source else None})
    return rows


def fragments(rows: list[dict], min_words: int) -> tuple[list[tuple[dict, list[dict]]], int]:
    """(fragment row, its utterance's rows) pairs, and the number of rows in multi-row utterances."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["utterance"]].append(r)
    found, multi = [], 0
    for group in groups.values():
        if len(group) < 2:
            continue
        multi += len(group)
        group.sort(key=lambda r: r["start"])
        found.extend((r, group) for r in group if grain.is_fragment(r["content"], min_words))
    return found, multi


def report(name: str, rows: list[dict], a) -> None:
    found, multi = fragments(rows, a.min_words)
    print(f"{name}: {len(rows)} rows, {multi} in multi-row utterances, {len(found)} fragment rows")
    for rule, n in Counter(r["rule"] for r, _ in found).most_common(12):
        print(f"  {n:5d}  {rule}")
    rng = random.Random(a.seed)
    for r, group in rng.sample(found, min(a.sample, len(found))):
        print(f"--- {r['id']}  rule {r['rule']}  cue {r['cue']!r}  source {r['source']!r}")
        for g in group:
            mark = ">>" if g is r else "  "
            print(f"  {mark} [{g['rule']}] {g['content'][:160]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared)")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--min-words", type=int, default=grain.FRAGMENT_WORDS)
    ap.add_argument("--corpus", choices=[n for n, _ in CORPORA], action="append")
    ap.add_argument("--dump", help="write each corpus's rows to DIR/<corpus>.jsonl")
    ap.add_argument("--rows", help="read the rows from DIR/<corpus>.jsonl (a --dump) instead of extracting")
    a = ap.parse_args(argv)
    shared = shared_dir(a.shared)
    for name, parts in CORPORA:
        if a.corpus and name not in a.corpus:
            continue
        if a.rows:
            with open(os.path.join(a.rows, f"{name}.jsonl")) as f:
                rows = [json.loads(line) for line in f]
        else:
            rows = corpus_rows(require(os.path.join(shared, *parts)))
        if a.dump:
            os.makedirs(a.dump, exist_ok=True)
            with open(os.path.join(a.dump, f"{name}.jsonl"), "w") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        report(name, rows, a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
