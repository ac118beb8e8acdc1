"""The cheap paragraph hint that spares most duplicate-paragraph keys.

``articles._para_hint`` stands in for ``_norm_para`` when looking for a
paragraph printed twice: it must never tell two paragraphs with equal keys
apart, or a duplicate would be kept.
"""

import re
import sys

from datasette_claims.articles import _ASCII_NON_WORD, _norm_para, _para_hint, article_from_document
from datasette_claims.models import Document


def test_no_character_outside_word_lowercases_to_an_ascii_word_character():
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if word.match(ch) is None:
            assert not ch.lower().encode("ascii", "ignore").translate(None, _ASCII_NON_WORD), hex(code)


def test_equal_keys_have_equal_hints():
    pairs = [
        ("The mayor said, \u201cWe will build it.\u201d", "the MAYOR said we will build it"),
        ("KELVIN \u212a said -- no.", "kelvin k said no"),
        ("\u0130stanbul's port \u2014 closed", "i\u0307stanbul s port closed"),
        ("\u039f\u0394\u039f\u03a3 road", "\u03bf\u03b4\u03bf\u03c2 road"),
        ("PARIS (Wire) - Ministers met on Monday.", "Ministers met on Monday"),
    ]
    for a, b in pairs:
        if _norm_para(a) == _norm_para(b):
            assert _para_hint(a) == _para_hint(b), (a, b)
    assert _para_hint("Ministers met on Monday.") != _para_hint("Ministers met on Tuesday.")


def _doc(paragraphs, headline=None):
    return Document(text="\n\n".join(paragraphs), path="test", id="t1", headline=headline, clean=True)


def test_a_paragraph_printed_twice_is_kept_once_whatever_its_punctuation():
    lead = "The harbour board approved the new ferry timetable after a long debate on Tuesday."
    other = "The harbour board approved the new ferry timetable, after a long debate, on Tuesday!"
    article = article_from_document(_doc([lead, "Residents had asked for more sailings.", other]))
    assert [p.text for p in article.paragraphs] == [lead, "Residents had asked for more sailings."]
    assert [p.text for p in article.duplicate_paragraphs] == [other]


def test_paragraphs_with_the_same_letters_but_other_words_are_both_kept():
    a = "The harbour board approved the new ferry timetable after a long debate on Tuesday."
    b = "The harbour boa rd approved the new ferry timetable after a long debate on Tuesday."
    article = article_from_document(_doc([a, b]))
    assert _para_hint(a) == _para_hint(b) and _norm_para(a) != _norm_para(b)
    assert [p.text for p in article.paragraphs] == [a, b]


def test_the_headline_is_found_by_its_key():
    headline = "Ferry timetable approved"
    article = article_from_document(_doc(["Ferry Timetable -- Approved", "The board met."], headline=headline))
    assert article.headline_span is not None and article.headline_span.text == "Ferry Timetable -- Approved"
    assert [p.text for p in article.paragraphs] == ["The board met."]


def test_desk_note_prefilter_agrees_with_the_regex():
    """``is_desk_note`` skips the regex only on lines it cannot match,
    in any case, with IGNORECASE's odd letters and leading blanks."""
    from datasette_claims.furniture import DESK_NOTE, is_desk_note

    lines = [
        "(Reporting by Ann Lee; Editing by Tom Wu)", "  (additional REPORTING BY Ann Lee)",
        "(Writing by Ann Lee)", "Tom Wu contributed to this report.", "Tom Wu CONTRIBUTED reporting to this story",
        "Contact Ann Lee at ann@example.org", "EMAIL Tom Wu at tom@example.org for more",
        "reach Ann Lee at ann@example.org", "___", " -*=~- ", "====", "Story continues below advertisement",
        "STORY CONTINUES AFTER THIS ADVERTISEMENT", "\u017ftory continues below", "\u017fTORY continues after",
        "https://example.org/page", "HTTP://example.org", "\u2003Story continues below",
        "Tom Wu said he contributed to this report.", "The mayor said the vote was by hand.",
        "A story of revenue", "(Reporting in Paris)", "", "   ", "-", "It was reported by Ann Lee.",
    ]
    matched = 0
    for line in lines:
        for variant in (line, line.upper(), line.lower(), line.title()):
            expected = DESK_NOTE.match(variant) is not None
            assert is_desk_note(variant) == expected, variant
            matched += expected
    assert matched >= 40  # the lines exercise every way the regex matches
