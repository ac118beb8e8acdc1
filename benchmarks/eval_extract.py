"""Evaluate the claim extractor against a gold attribution corpus (PolNeAR format).

    python benchmarks/eval_extract.py [GOLD.jsonl.gz] [--shared ../shared] [--pred OUT.jsonl]

Builds an Article per gold document (paragraphs = blank-line separated blocks,
``published`` from meta.publication_date, headline = meta.title), runs
``extract_claims``, writes predictions in the format of
``<shared>/eval/score_attr.py`` and runs that scorer with ``--subset speech``
and ``--subset all``.  Claims that share one cue span and source (the pieces of
a quotation split by its attribution) become one prediction with several
segments, which is how PolNeAR annotates them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from datasette_claims.extract import extract_claims  # noqa: E402
from datasette_claims.models import Article, Span  # noqa: E402

try:
    from .shared_data import require
except ImportError:  # run as a script
    from shared_data import require

_BLANK = re.compile(r"\n\s*\n")


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def article_for(doc) -> Article:
    text = doc["text"]
    paras = []
    pos = 0
    for m in _BLANK.finditer(text):
        if m.start() > pos:
            paras.append(Span(pos, m.start(), text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        paras.append(Span(pos, len(text), text[pos:]))
    meta = doc.get("meta") or {}
    return Article(id=doc["doc_id"], text=text, paragraphs=paras,
                   published=meta.get("publication_date") or None,
                   headline=meta.get("title") or None)


def _polnear_start(text: str, c) -> int:
    """Content start in PolNeAR's convention: indirect content keeps its "that".

    The extractor leaves a leading complementizer out of ``content`` (a claim
    reads better without it); PolNeAR's spans include it, so the scorer's
    token overlap is computed on the span with "that " put back.
    """
    s = c.content.start
    if c.quote_type != "direct" and s >= 5 and text[s - 5:s] == "that ":
        return s - 5
    return s


def predictions(doc) -> dict:
    claims = extract_claims(article_for(doc))
    text = doc["text"]
    groups: dict = {}
    order = []
    for c in claims:
        key = (c.cue.start, c.cue.end, c.source.start if c.source else None) if c.cue else ("id", c.id)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(c)
    out = []
    for key in order:
        cs = sorted(groups[key], key=lambda c: c.content.start)
        first = cs[0]
        segs = [[_polnear_start(text, c), c.content.end] for c in cs]
        pred = {
            "content": {"start": segs[0][0], "end": segs[-1][1]},
            "source": {"start": first.source.start, "end": first.source.end} if first.source else None,
            "speaker": first.speaker if first.source else None,
            "cue": {"start": first.cue.start, "end": first.cue.end} if first.cue else None,
            "rule": first.rule,
        }
        if len(segs) > 1:
            pred["content"]["segments"] = segs
        out.append(pred)
    return {"doc_id": doc["doc_id"], "claims": out}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", help="gold JSONL(.gz); default <shared>/eval/polnear/dev.jsonl.gz")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared"),
                    help="path to the shared folder (default ../shared next to the repo)")
    ap.add_argument("--pred", default=None, help="where to write predictions (default: a temp file)")
    ap.add_argument("--subsets", default="speech,all")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    gold = require(a.gold or os.path.join(a.shared, "eval", "polnear", "dev.jsonl.gz"))
    pred_path = a.pred or os.path.join("/tmp", "claims_pred_%d.jsonl" % os.getpid())
    t0 = time.perf_counter()
    n = 0
    with open(pred_path, "w", encoding="utf-8") as f:
        for doc in load(gold):
            f.write(json.dumps(predictions(doc)) + "\n")
            n += 1
    dt = time.perf_counter() - t0
    print(f"extracted {n} documents in {dt:.2f}s -> {pred_path}")
    scorer = require(os.path.join(a.shared, "eval", "score_attr.py"))
    for subset in a.subsets.split(","):
        cmd = [sys.executable, scorer, gold, pred_path, "--subset", subset]
        if a.quiet:
            cmd.append("--quiet")
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


if __name__ == "__main__":
    main()
