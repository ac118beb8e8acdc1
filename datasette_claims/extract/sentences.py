"""Paragraph and sentence boundaries, as character offsets into the article.

Why not a tokenizer library: attribution rules only need to know where a
sentence starts and ends (a cue's content never crosses a sentence boundary,
except inside a quotation).  One regex pass per paragraph that knows the usual
news abbreviations ("Mr.", "U.S.", "Sen.", "Jan.") and initials is enough,
keeps every offset exact, and costs a few microseconds.
"""

from __future__ import annotations

import re

from ..models import Article
from ..text import BULLET, BULLET_LINE, BULLET_MARKS
from .patterns import trie_regex

_BLANK = re.compile(r"\n[ \t\r\u00a0]*\n\s*")

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then whitespace and something that can start a sentence.
# (one character class first, then a look-behind to tell the branches apart: the
# engine can then skip ahead to the next ".!?" or newline instead of trying the
# pattern at every position; a run of marks is tried from its first mark only --
# "!!!" or "......" of any length would otherwise be re-scanned from each of its
# marks, time growing with the square of the run -- which finds the same ends,
# since the run's first mark can reach every end a later one can)
_END = re.compile(
    r"""[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*['"\u201d\u2019)\]]*(?=\s+['"\u201c\u2018(\[]*[A-Z0-9\u00c0-\u00de])"""
    r"""|(?<=[a-z0-9'"\u201d\u2019]\n)(?=\s*\S)"""
    # a line that starts a list item ("• The council will ..."), whatever ends the line above
    r"""|(?<=\n)(?=[ \t]*""" + BULLET + r""")"""
    # a quotation glued to the end of a sentence: 'commented on the drop."It's ...'
    r"""|(?<=[a-z][.!?])(?=["\u201c][A-Z][a-z'\u2019]))"""
)
# _END where every match opens at a full stop: the same matches in a stretch of
# text that holds no "!", "?" or newline (most paragraphs).  A pattern that
# opens with one literal character lets the engine skip to each occurrence of
# it; one that opens with a class tests every character against the class.
_END_AT_STOP = re.compile(r"\." + _END.pattern[len(r"[.!?\n]"):])
# The first character of every _END match: a text without one ends no sentence.
END_MARK = re.compile(r"[.!?\n]")
# What every _END match needs at or after its mark, before the end of the text
# searched: a capital or digit (its first and third branches) or the newline
# itself (its second).  Past the first mark, a text without one ends no sentence.
_END_NEEDS = re.compile(r"[A-Z0-9\u00c0-\u00de\n]")
_ABBREV_WORDS = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|"
    "Maj|Cmdr|Gens|Pres|Amb|Atty|Supt|Insp|Det|Cpl|Pvt|Hon|No|Nos|vs|v|Vol|Inc|Corp|Co|Ltd|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|approx|est|etc|al|"
    "R|D|I").split("|")
# (the words as a trie, one test per first letter at each position of the
# window; only whether it matches is read)
_ABBREV = re.compile(r"\b(?:" + trie_regex(_ABBREV_WORDS) + r"|[A-Z]|(?:[A-Za-z]\.){1,4}[A-Za-z]?)\.$")


def paragraph_spans(article: Article) -> list[tuple[int, int]]:
    """The story's paragraphs as (start, end) pairs, trimmed of whitespace."""
    text = article.text
    if article.paragraphs:
        spans = [(p.start, p.end) for p in article.paragraphs]
    else:
        spans = []
        pos = 0
        for m in _BLANK.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        s = max(0, min(s, len(text)))
        e = max(s, min(e, len(text)))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    out.sort()
    return out


# The longest sentence the rules look at, in characters.  Every rule works
# inside one sentence (from a cue to the sentence's start or end), so a run of
# text that never ends a sentence -- a table flattened to one line, or hostile
# input -- would make each of its cues cost time in proportion to its whole
# length, and the article time grow with the square of it.  Longer runs are cut
# at the last sentence-like mark (". ", "; ", ": ", a newline) before the limit,
# else at the last space.  News sentences stay far below it (the longest in the
# Wikinews and PolNeAR corpora that carry claims are lists and tables).
MAX_SENTENCE = 2000


def may_end_sentence(text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds no sentence end ``_END`` would find (so
    ``sentence_spans`` gives it whole, when not over ``MAX_SENTENCE``): no mark,
    or no capital, digit or newline from the first mark on ("the plan failed.").
    Two C scans instead of the sentence split, for a claim's content."""
    m = END_MARK.search(text, start, end)
    return m is not None and _END_NEEDS.search(text, m.start(), end) is not None


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; returns absolute (start, end) pairs."""
    out = []
    for s, e in _sentence_spans(text, start, end):
        while e - s > MAX_SENTENCE:
            c = _cut(text, s)
            out.append((s, c))
            s = c
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def _cut(text: str, s: int) -> int:
    """Where to cut an over-long sentence that starts at ``s``: after the last
    sentence-like mark in the second half of ``MAX_SENTENCE``, else after the last
    comma, else at the last space, else at the limit itself."""
    lo, hi = s + MAX_SENTENCE // 2, s + MAX_SENTENCE
    for marks in ((". ", "! ", "? ", "; ", ": ", "\n"), (", ",), (" ",)):
        k = max(text.rfind(mark, lo, hi) for mark in marks)
        if k >= 0:
            c = k if text[k].isspace() else k + 1
            while c > s and text[c - 1].isspace():
                c -= 1
            return c
    return hi


def _after_bullet(text: str, s: int, end: int) -> int:
    """Where a sentence that starts at ``s`` starts without its list item's mark ("• ")."""
    if text[s:s + 1] in BULLET_MARKS:
        m = BULLET_LINE.match(text, s, end)
        if m:
            return m.end()
    return s


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = _after_bullet(text, start, end)
    stops_only = text.find("\n", start, end) < 0 and text.find("!", start, end) < 0 \
        and text.find("?", start, end) < 0
    for m in (_END_AT_STOP if stops_only else _END).finditer(text, start, end):
        e = m.end()
        # "Mr. Smith", "U.S. officials": not an end.
        if text[m.start()] == "." and _ABBREV.search(text, max(start, m.start() - 12), m.start() + 1):
            # "... in the U.S. The next ..." is ambiguous; keep together.
            continue
        if e - s >= 2:
            out.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
        s = _after_bullet(text, s, end)
    if s < end:
        out.append((s, end))
    return out
