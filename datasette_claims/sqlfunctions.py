"""SQL functions registered on every Datasette connection.

``fuzzy_ratio``, ``fuzzy_partial_ratio``, ``fuzzy_token_sort_ratio`` and
``fuzzy_token_set_ratio`` return rapidfuzz scores 0-100 after rapidfuzz's
``default_process`` (lower-case, punctuation and outer spaces removed);
``claim_similarity(a, b[, speaker_a, speaker_b])`` returns the matching
module's 0-1 score; ``claims_checkworthy(content)`` the weight of the
check-worthiness signals a sentence shows (numbers, comparisons,
superlatives), which orders the review queue, and ``claims_public_office(role)``
whether a speaker role names a public office (the queue's public-figure signal).  NULL in, NULL out.
"""

from __future__ import annotations

from rapidfuzz import fuzz, utils


def _scorer(fn):
    def score(a, b):
        if a is None or b is None:
            return None
        return fn(str(a), str(b), processor=utils.default_process)

    return score


FUZZY = {
    "fuzzy_ratio": fuzz.ratio,
    "fuzzy_partial_ratio": fuzz.partial_ratio,
    "fuzzy_token_sort_ratio": fuzz.token_sort_ratio,
    "fuzzy_token_set_ratio": fuzz.token_set_ratio,
}


def _claim_similarity(a, b, speaker_a=None, speaker_b=None):
    if a is None or b is None:
        return None
    from .matching import claim_similarity

    return claim_similarity(
        str(a),
        str(b),
        None if speaker_a is None else str(speaker_a),
        None if speaker_b is None else str(speaker_b),
    )


def register(conn):
    for name, fn in FUZZY.items():
        conn.create_function(name, 2, _scorer(fn), deterministic=True)
    conn.create_function("claim_similarity", 2, _claim_similarity, deterministic=True)
    conn.create_function("claim_similarity", 4, _claim_similarity, deterministic=True)
    from .factchecks.checkworthy import public_office, text_score

    conn.create_function("claims_checkworthy", 1, text_score, deterministic=True)
    conn.create_function("claims_public_office", 1, public_office, deterministic=True)
