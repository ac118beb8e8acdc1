"""Extraction time stays linear in the text: patterns that tried every split
of a long run of spaces.

A sentence holding a run of a few thousand tabs or no-break spaces (a scraped
page's indentation, a table flattened into text) took seconds per pattern:
``\\s*,?\\s*`` before an adjunct of time, ``\\s*,?\\s+`` before an anonymity
formula's reason, and ``\\s+[^,...]{1,90}?`` before a far "that" each tried
every way of splitting the run, and the reason's took 79 s on 12,000 tabs.
Each is rewritten to match the same strings in the same way without the
ambiguous split; the second test checks that on generated texts, against
the patterns as they were.
"""

from __future__ import annotations

import random
import re
import time

from datasette_claims.articles import article_from_document
from datasette_claims.extract import anonymity, extract_claims
from datasette_claims.extract import patterns as P
from datasette_claims.extract.verbal import cue
from datasette_claims.models import Document

SHAPES = (
    "Tove Lund said{w}on Monday that the bridge would open.",
    "Tove Lund told{w}reporters the bridge would open.",
    "The bridge will open, said an official who spoke on condition of anonymity{w}because",
)


def test_a_long_run_of_spaces_in_a_sentence_extracts_in_well_under_a_second():
    for shape in SHAPES:
        for space in ("\t", "\u00a0"):
            text = shape.format(w=space * 6_000)
            started = time.perf_counter()
            extract_claims(article_from_document(Document(text=text, path="x.txt")))
            took = time.perf_counter() - started
            assert took < 3, (shape, repr(space), took)  # before: 4 s, 3 s and over 20 s


def _as_before(rx: re.Pattern, new: str, old: str) -> re.Pattern:
    assert new in rx.pattern
    return re.compile(rx.pattern.replace(new, old), rx.flags)


def _pairs() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(how it is used, the pattern as it was, as it is)."""
    return [
        ("match", _as_before(P.ONE_ADJUNCT_RE, r"(?:\s*(?:,\s*)?(?P<time>", r"(?:\s*,?\s*(?P<time>"),
         P.ONE_ADJUNCT_RE),
        ("match", re.compile(r"\s+[^,;:\"\u201c\u201d\n]{1,90}?(?=\s+that\s" + cue._NOT_RELATIVE + ")"),
         cue._TOLD_THAT),
    ] + [("finditer", _as_before(rx, r"(?:(?:\s*,)?\s+(?P<reason>", r"(?:\s*,?\s+(?P<reason>"), rx)
         for rx in (anonymity.RELATIVE, anonymity.PARTICIPLE, anonymity.ADVERBIAL)]
PIECES = [" ", "\t", "\n", ",", "that ", "that", "on Monday", "in a statement", "to reporters", "reporters", "Jo",
          "who spoke on condition of anonymity", "because", " because they feared", "speaking on condition of "
          "anonymity", "on condition of anonymity", "said", ".", "the", "x", "\u201c", "was", "  ", "later", ";"]


def _found(rx: re.Pattern, how: str, text: str, k: int):
    if how == "match":
        m = rx.match(text, k)
        return m and (m.span(), m.groupdict())
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_the_rewritten_patterns_match_as_before():
    rng = random.Random(7)
    pairs = _pairs()
    for _ in range(3_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
        for how, old, new in pairs:
            for k in range(len(text)) if how == "match" else (0,):
                assert _found(old, how, text, k) == _found(new, how, text, k), (new.pattern[:40], text, k)
