"""A fingerprint of what the extractor emits, to prove a refactor changes nothing.

    python benchmarks/extract_fingerprint.py [--shared ../shared]

Reads the Wikinews corpus (``corpora/wikinews.jsonl.gz``) and PolNeAR train
(``eval/polnear/train.jsonl.gz``) through the same path as ``datasette claims
extract`` (the JSON-lines reader, ``loader.process``: Document -> Article ->
claims), and prints per corpus the number of articles and claims and a sha256
over every claim's ``as_dict()`` as sorted-keys JSON, article by article.
Equal hashes before and after a change mean byte-identical claims.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from datasette_claims import loader  # noqa: E402
from datasette_claims.articles import article_from_document  # noqa: E402
from datasette_claims.readers import LoadError  # noqa: E402

CORPORA = (
    ("wikinews", ("corpora", "wikinews.jsonl.gz")),
    ("polnear-train", ("eval", "polnear", "train.jsonl.gz")),
)


def fingerprint(path: str) -> tuple[int, int, int, int, str]:
    """(articles, claims, read errors, rule failures, sha256 hex) of the claims of
    one corpus.  A rule that raises is recorded, not raised (``extract.report``):
    its count here is how an edit that breaks a rule shows."""
    digest = hashlib.sha256()
    articles = claims = errors = failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, os.path.basename(path).removesuffix(".gz"))
        with gzip.open(path, "rb") as src, open(plain, "wb") as dst:
            shutil.copyfileobj(src, dst)
        for item in loader.iter_documents([plain]):
            if isinstance(item, LoadError):
                errors += 1
                continue
            article = article_from_document(item)
            found, failed = loader.claims_and_failures(article)
            failures += len(failed)
            articles += 1
            digest.update(f"article {article.id}\n".encode())
            for claim in found:
                claims += 1
                digest.update(json.dumps(claim.as_dict(), sort_keys=True, ensure_ascii=False).encode())
                digest.update(b"\n")
    return articles, claims, errors, failures, digest.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared"),
                    help="the shared data folder (default ../shared)")
    a = ap.parse_args(argv)
    for name, parts in CORPORA:
        path = os.path.join(a.shared, *parts)
        n_articles, n_claims, n_errors, n_failures, hexdigest = fingerprint(path)
        print(f"{name}: {n_articles} articles, {n_claims} claims, {n_errors} read errors, "
              f"{n_failures} rule failures, sha256 {hexdigest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
