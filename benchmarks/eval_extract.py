"""Score what ``datasette claims extract`` writes against PolNeAR gold attributions.

    python benchmarks/eval_extract.py [GOLD.jsonl.gz] [--shared ../shared] [--pred OUT.jsonl]

Every figure comes from the product's own path: the gold documents are written
as JSON-lines records (``id``, ``text``, ``published``) such as a news API
delivers, ``datasette claims extract`` runs on them as a user would run it,
and its output is handed to ``<shared>/eval/score_attr.py``.  The only
reshaping is the one the output contract defines: the rows of one attribution
share an ``utterance_id`` (the sentences of a long quotation, the pieces of a
quotation split by its attribution), so rows are grouped by ``utterance_id``
into one prediction with one segment per row, as PolNeAR annotates one
attribution.  Nothing else is changed: no "that" put back, no pieces merged on
other grounds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from shared_data import require, shared_dir  # noqa: E402


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def write_records(gold_path: str, out_path: str) -> int:
    """The gold documents as the JSON-lines records ``claims extract`` reads."""
    n = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for doc in load(gold_path):
            meta = doc.get("meta") or {}
            record = {"id": doc["doc_id"], "text": doc["text"]}
            if meta.get("publication_date"):
                record["published"] = meta["publication_date"]
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def predictions(article: dict) -> dict:
    """One scorer prediction per utterance: its rows become the segments."""
    groups: dict[str, list[dict]] = {}
    for c in article["claims"]:
        groups.setdefault(c.get("utterance_id") or c["id"], []).append(c)
    out = []
    for rows in groups.values():
        rows.sort(key=lambda c: c["content"]["start"])
        first = rows[0]
        segs = [[c["content"]["start"], c["content"]["end"]] for c in rows]
        pred = {
            "content": {"start": segs[0][0], "end": segs[-1][1]},
            "source": {"start": first["source"]["start"], "end": first["source"]["end"]} if first["source"] else None,
            "speaker": first["speaker"] if first["source"] else None,
            "cue": {"start": first["cue"]["start"], "end": first["cue"]["end"]} if first["cue"] else None,
            "rule": first["rule"],
        }
        if len(segs) > 1:
            pred["content"]["segments"] = segs
        out.append(pred)
    return {"doc_id": article["id"], "claims": out}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", help="gold JSONL(.gz); default <shared>/eval/polnear/dev.jsonl.gz")
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared next to the repo)")
    ap.add_argument("--pred", default=None, help="where to write scorer predictions (default: a temp file)")
    ap.add_argument("--subsets", default="speech,all")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    shared = shared_dir(a.shared)
    gold = require(a.gold or os.path.join(shared, "eval", "polnear", "dev.jsonl.gz"))
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "records.jsonl")
        extracted = os.path.join(tmp, "extracted.jsonl")
        n = write_records(gold, records)
        t0 = time.perf_counter()
        with open(extracted, "w", encoding="utf-8") as out:
            subprocess.run(["datasette", "claims", "extract", records], stdout=out, check=True)
        dt = time.perf_counter() - t0
        pred_path = a.pred or os.path.join(tmp, "pred.jsonl")
        rows = 0
        with open(extracted, encoding="utf-8") as f, open(pred_path, "w", encoding="utf-8") as p:
            for line in f:
                article = json.loads(line)
                rows += len(article["claims"])
                p.write(json.dumps(predictions(article)) + "\n")
        print(f"datasette claims extract: {n} documents, {rows} claim rows in {dt:.2f}s")
        scorer = require(os.path.join(shared, "eval", "score_attr.py"))
        for subset in a.subsets.split(","):
            cmd = [sys.executable, scorer, gold, pred_path, "--subset", subset]
            if a.quiet:
                cmd.append("--quiet")
            print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


if __name__ == "__main__":
    main()
