"""The tokens of a cue's window read from the window before give exactly what
tokenising the window afresh gives.

Why: ``sources.left_source`` tokenises the 150 characters before every cue, and
a cue a few words after another asks again for most of them;
``patterns.window_tokens`` reuses the tokens it kept from the last window.  A
token cut by the new window's start, a token that the old window's end cut and
the new one lets go on, and windows that start before or end inside the kept one
must all give the same list of ``(start, end, token)`` as ``patterns.tokens``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import patterns

# the characters tokens care about: word characters, the marks a word may carry
# inside it (. ' \u2019 & / -), other marks, and spaces of several kinds
PIECES = st.sampled_from(list("aAbRs1_\u00e9 \n\t.,'\u2019&/-\"\u201c()") + [
    "said ", "Roe's ", "U.S.-made ", "R&D/ops ", "3.5 ", "the mayor ", " -- ", "...", "\u2003", "Kelp-", "'s"])
TEXTS = st.lists(PIECES, min_size=1, max_size=60).map("".join)


def walk(text: str, windows: list[tuple[int, int]]) -> int:
    """Ask for each window in turn, keeping what each answer keeps; every answer
    and every kept state must be what ``tokens`` gives.  Returns how many
    answers reused the kept tokens."""
    kept = None
    reused = 0
    for lo, hi in windows:
        before = kept
        toks, kept = patterns.window_tokens(kept, text, lo, hi)
        assert toks == patterns.tokens(text, lo, hi), (text, lo, hi, before)
        assert kept[2] == patterns.tokens(text, kept[0], kept[1]), (text, lo, hi, before)
        assert kept[1] == hi
        reused += kept[0] != lo
    return reused


@settings(deadline=None)  # examples: the profile's (conftest.py)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), min_size=1, max_size=8))
def test_random_windows(text, pairs):
    n = len(text)
    walk(text, [(min(a, b) % (n + 1), max(a, b) % (n + 1)) if max(a, b) <= n else (min(a, n), n)
                for a, b in pairs])


@settings(deadline=None)
@given(TEXTS, st.integers(1, 30), st.integers(1, 12))
def test_cues_moving_right(text, width, step):
    """As the walkers ask: windows of one width before points moving right,
    cut at every offset (inside words, inside marks, on spaces)."""
    n = len(text)
    walk(text, [(max(0, hi - width), hi) for hi in range(0, n + 1, step)])


def test_every_cut_of_an_invented_sentence():
    text = "Jo Roe's aide, a U.S.-based R&D/ops head -- 'no' -- said\u2019s it; the mayor.. said 3.5 times"
    n = len(text)
    for lo0 in range(n):
        for hi0 in range(lo0, n + 1, 7):
            for lo in range(lo0, min(n, lo0 + 12)):
                walk(text, [(lo0, hi0), (lo, n)])
                walk(text, [(lo0, hi0), (lo, min(n, hi0 + 3))])


def test_the_kept_tokens_are_reused():
    text = "The mayor of Kelp said on Monday that the budget would pass, and her aide added that"
    first = text.index("said")
    second = text.index("added")
    assert walk(text, [(0, first), (10, second)]) == 1  # the second window read from the first's
    assert walk(text, [(0, first), (first + 1, second)]) == 0  # past the kept end: afresh
