"""``html_pages._lettered_words`` counts an ASCII line's words holding a
letter by one regex: it must count what ``str.split`` and ``str.isalpha``
count, for every ASCII blank and mark, and for lines beyond ASCII."""

from __future__ import annotations

import itertools

from datasette_claims.readers.html_pages import _lettered_words, has_article_words, has_story_text


def _by_split(line: str) -> int:
    return sum(1 for w in line.split() if any(c.isalpha() for c in w))


def test_every_pair_of_ascii_characters_counts_alike():
    chars = [chr(i) for i in range(128)]
    for a, b in itertools.product(chars, repeat=2):
        for line in (a + b, f"{a} x{b}", f"9{a}{b}!", f"{a}{a} 12 {b}"):
            assert _lettered_words(line) == _by_split(line), repr(line)


def test_invented_lines_count_alike():
    lines = ["Mayor Ilse Varnow said on 12 May: \"No.\"", "Home | News | Sport", "2025 -- 17 / 4 ...",
             "x\x1cy\x1fz\tq", "Ørnvik's fee rose 7% — 2,000 kr", "  ", "a1 1a _ __b"]
    for line in lines:
        assert _lettered_words(line) == _by_split(line), line


def test_story_text_and_article_words_answer_as_before():
    assert has_story_text("Home | News | Sport\nThe harbour fee doubled in May, the council said.")
    assert not has_story_text("Home | News | Sport | Contact\n12 34 56 78 90")
    assert has_article_words("Menu\nFerry fee rises")
    assert not has_article_words("Menu\n404 -- 2025")
