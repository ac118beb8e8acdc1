"""Where the benchmarks' data lives, and a clear exit when it is missing.

The corpora and evaluation sets are not part of the repository: they live
in a shared data folder holding ``corpora/`` and ``eval/`` (``/work/shared``
on the project machine, by default ``../shared`` next to the repository).
A benchmark that cannot find a file says which one and how to point at the
folder, and exits with status 2, instead of ending in FileNotFoundError.
"""

from __future__ import annotations

import os
import sys


DEFAULT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared")


def shared_dir(given: str | None) -> str:
    """The shared data folder: ``--shared`` when given, else ``../shared`` next to the repository."""
    return os.path.abspath(given or DEFAULT)


def require(path: str, flag: str = "--shared DIR") -> str:
    """``path`` if it exists; otherwise explain where the data is and exit 2."""
    if os.path.exists(path):
        return path
    print(
        f"error: data file not found: {path}\n"
        "The benchmarks read the shared data folder (it holds corpora/ and eval/; "
        "/work/shared on the project machine, ../shared next to the repository by default). "
        f"Point at it with {flag}.",
        file=sys.stderr,
    )
    sys.exit(2)


def product_articles(corpus: str, limit: int = 0) -> list:
    """The corpus's articles as ``claims extract`` and ``claims load`` build them
    (the JSON-lines reader, then ``article_from_document``: page furniture found,
    the story's paragraphs marked), so that a speed figure times what users run.
    (Articles built straight from the JSON lines, as the extraction benchmarks
    did before 2026-12-05, skip that cleaning and give 2.5% more claims.)"""
    from datasette_claims import loader
    from datasette_claims.articles import article_from_document
    from datasette_claims.readers import LoadError

    articles = []
    for item in loader.iter_documents([corpus]):
        if isinstance(item, LoadError):
            continue
        articles.append(article_from_document(item))
        if limit and len(articles) >= limit:
            break
    return articles
