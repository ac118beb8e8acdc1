"""Where the benchmarks find the shared evaluation data, with a clear message when it is missing."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared")


def shared_path(given: str | None, *needed: str) -> str:
    """The shared folder (``--shared``, default ``../shared`` beside the checkout).

    Exits with status 2 and says where the data is expected when a file the
    benchmark needs is not there."""
    root = os.path.abspath(given or DEFAULT)
    missing = [p for p in needed if not os.path.exists(os.path.join(root, p))]
    if missing:
        sys.exit(f"benchmark data not found: {', '.join(os.path.join(root, p) for p in missing)}\n"
                 "Pass the folder that holds it with --shared DIR (the evaluation data lives beside the "
                 "checkout as ../shared in the project's workspace; see README, 'Benchmarks').")
    return root
