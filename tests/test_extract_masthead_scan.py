"""The one-word masthead scan (``enrich._papers_by_one_word``) opens each pattern on a lookahead and skips an
article with no paper's kind word: the names it finds are those the patterns written plainly find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import enrich

_KINDS = r"(?:newspaper|daily|weekly|magazine|tabloid)"
_WORD = r"[A-Z][\w'\u2019-]*"
# the three patterns as they read before the lookaheads were put first
_PLAIN = (
    re.compile(r"\b" + _KINDS + r"\s+(?:[Tt]he\s+)?(" + _WORD + r")\b(?!\s+[A-Z])"),
    re.compile(r"(?<!\bof\s)\b[Tt]he\s+(" + _WORD + r")\s+" + _KINDS + r"\b"),
    re.compile(r"(?<!\bof\s)(?<!\bof\sthe\s)\b(" + _WORD + r"),\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}" + _KINDS + r"\b"),
)


def _plain(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for pattern in _PLAIN for m in pattern.finditer(text))


_PIECES = ["the", "The", "of", "a", "Kelpman", "Halden", "Roe-Vik", "newspaper", "daily", "weekly", "magazine",
           "tabloid", "Daily", "said", "popular", "Times", "Kelpland", "offside", "Avisa", "Avisa, a daily",
           "Zeta, the small weekly", "of the", "the weekly", "The Kelpman newspaper", "of Halden, a",
           "the Zeta tabloid"]


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", ", ", ". ", "\n"])), max_size=14))
def test_the_scan_finds_what_the_plain_patterns_find(words):
    text = "".join(w + sep for w, sep in words)
    enrich._papers_by_one_word.cache_clear()
    assert enrich._papers_by_one_word(text) == _plain(text)


def test_names_written_as_papers():
    text = ("The weekly Kelpman ran the story. The Halden newspaper disagreed, and Vikpost, a small local daily, "
            "said nothing. The Times of Kelpland newspaper stayed out of it. Avisa, the weekly, agreed, as did the "
            "Zeta tabloid.")
    assert enrich._papers_by_one_word(text) == {"Kelpman", "Halden", "Vikpost", "Avisa", "Zeta"}
    assert enrich._papers_by_one_word("The Kelpman and the Halden Post said so.") == frozenset()
