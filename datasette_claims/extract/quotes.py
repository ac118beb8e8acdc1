"""Find quotation spans in every typographic convention a news page uses.

Why pairing by hand instead of one regex: real pages mix curly and straight
marks, use '' … '' (NYT style), guillemets and single-quoted headlines, leave
a quotation open at the end of a paragraph when it runs on into the next one
(the next paragraph re-opens it), and use ’ as an apostrophe.  Each style is
paired on its own inside a paragraph; an unclosed mark runs to the paragraph
end and is linked to a quote that opens the following paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass
class Quote:
    start: int          # first character inside the marks
    end: int            # one past the last character inside the marks
    open_at: int        # position of the opening mark
    close_at: int       # position one past the closing mark (== end if unclosed)
    para: int           # paragraph index
    closed: bool = True
    single: bool = False
    continues: Quote | None = None   # previous paragraph's open quote this one continues
    words: int = 0


# Three marks close an inner single quote and the outer double one at once
# ("''... 'We'll win,''' said ..."): the first of them belongs inside.
_TWO_SINGLE = re.compile(r"''(.+?)(''(?!')|$)")
# (the mark first and the look-behind after it, checking the character before
# the mark: the engine can then skip ahead to the next mark)
_SINGLE = re.compile(
    r"[\u2018'](?<![\w\u2019'].)(?=[^\s'\u2019])([^\u2018\u2019'\n]{1,300}?[^\s\u2018])"
    r"[\u2019'](?![\w])")
_DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_DOUBLE = re.compile("[" + _DOUBLE_MARKS + "]")
# The two for a paragraph of ASCII, where the only mark either can open at is
# the straight one: the same matches, but a pattern that opens with one literal
# character lets the engine skip to each occurrence of it, where one that opens
# with a class tests every character of the paragraph against the class.
_SINGLE_ASCII = re.compile("'" + _SINGLE.pattern[len(r"[\u2018']"):])
_DOUBLE_ASCII = re.compile('"')
_OPENERS = '"\u201c\u201e\u00ab'
_MISTYPED_OPEN = re.compile(r"\s?(?:[\u2026.]+\s?)?[A-Za-z]")
_LEAD_SPACE = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2060\ufeff(\[]")
_INCHES = re.compile(r"\b\d['\u2019]\d{1,2}$")
_CLOSERS = '"\u201d\u00bb'


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """All quotations in the given paragraphs, sorted by position: in each
    paragraph the '' ... '' ones, then the double marks paired, then the single
    marks; nested ones dropped; a quotation left open at a paragraph's end
    continued by one that opens the next."""
    quotes: list[Quote] = []
    prev_open: Quote | None = None
    for pi, (ps, pe) in enumerate(paragraphs):
        para = text[ps:pe]
        found, taken = _two_single_quotes(para, ps, pi)
        taken_starts = [a for a, _ in taken]
        ascii_para = para.isascii()
        found.extend(_double_quotes(text, para, ps, pe, pi, taken, taken_starts, ascii_para))
        if "'" in para or "\u2018" in para:
            for m in (_SINGLE_ASCII if ascii_para else _SINGLE).finditer(para):
                s = m.start() + ps
                # (a single quotation never holds the start of a later one: finditer's
                # matches do not overlap, so only the '' spans need checking)
                if taken and _in_spans(taken, taken_starts, s):
                    continue
                found.append(Quote(m.start(1) + ps, m.end(1) + ps, s, m.end() + ps, pi, True, True))
        kept = _outermost(text, found)
        if prev_open is not None and kept and kept[0].open_at == ps and not kept[0].single:
            kept[0].continues = prev_open
        prev_open = kept[-1] if kept and not kept[-1].closed and not kept[-1].single else None
        quotes.extend(kept)
    return quotes


def _two_single_quotes(para: str, ps: int, pi: int) -> tuple[list[Quote], list[tuple[int, int]]]:
    """The '' ... '' quotations of a paragraph and their spans, in text order and
    disjoint (one finditer pass): a mark inside one is not paired again."""
    found: list[Quote] = []
    taken: list[tuple[int, int]] = []
    if "''" in para:
        for m in _TWO_SINGLE.finditer(para):
            closed = bool(m.group(2)) if m.lastindex and m.lastindex >= 2 else True
            o = m.start() + ps
            found.append(Quote(m.start(1) + ps, m.end(1) + ps, o, m.end() + ps, pi, closed, False))
            taken.append((o, m.end() + ps))
    return found, taken


def _double_quotes(text: str, para: str, ps: int, pe: int, pi: int, taken: list, taken_starts: list,
                   ascii_para: bool) -> list[Quote]:
    """Double marks of every style paired in one left-to-right scan, so that a
    quote opened with a straight mark and closed with a curly one (common in
    scraped copy) still pairs."""
    found: list[Quote] = []
    opened = -1
    # (most paragraphs hold no double mark: a C scan per mark finds that
    # sooner than the regex, which tests every character against the class)
    # (and a paragraph of ASCII holds no curly one: one scan, for most paragraphs)
    marked = '"' in para if ascii_para else any(mark in para for mark in _DOUBLE_MARKS)
    for m in (_DOUBLE_ASCII if ascii_para else _DOUBLE).finditer(para) if marked else ():
        ch = m.group()
        pos = m.start() + ps
        if taken and _in_spans(taken, taken_starts, pos):  # (mostly empty)
            continue
        if opened < 0:
            if ch in _OPENERS or (ch == "\u201d" and _MISTYPED_OPEN.match(text, pos + 1, pe)
                                  and (pos == ps or _LEAD_SPACE.match(text[pos - 1]))):
                # (an opening mark typed as a closing one: '\u201d\u2026 we won,\u201d she said')
                opened = pos
            continue
        if ch in '"\u201d' and _INCHES.search(text, max(ps, pos - 4), pos):
            # a height inside the quotation ("he's like 6\u20192\u201d"): not a mark
            continue
        if ch in _CLOSERS or (ch == "\u201c" and pos > opened + 1 and text[pos - 1] in ",.!?"
                              and (pos + 1 >= pe or text[pos + 1].isspace())):
            # (a closing mark mistyped as an opening one: '...,\u201c said X')
            found.append(Quote(opened + 1, pos, opened, pos + 1, pi, True, False))
            opened = -1
        elif ch != '"':
            # a new curly opener while one is open: the first never closed
            found.append(Quote(opened + 1, pos, opened, pos, pi, False, False))
            opened = pos
    if opened >= 0:
        found.append(Quote(opened + 1, pe, opened, pe, pi, False, False))
    return found


def _outermost(text: str, found: list[Quote]) -> list[Quote]:
    """The quotations in order, those nested in another (a quote within a
    quote) and markup attribute values (`style="..."`) dropped, each with its
    word count."""
    found.sort(key=lambda q: q.open_at)
    kept: list[Quote] = []
    for q in found:
        if kept and q.open_at < kept[-1].close_at:
            continue
        kept.append(q)
    kept = [q for q in kept if not _attribute_value(text, q)]
    for q in kept:
        # words ~ spaces + 1: exact enough for the "at least 3 words" tests
        q.words = text.count(" ", q.start, q.end) + (1 if q.end > q.start else 0)
    return kept


def _attribute_value(text: str, q: Quote) -> bool:
    """A straight-quoted value right after "=": markup left in scraped text
    (``style="margin: 1em"`` of a wiki or HTML table), not anyone's words."""
    return q.open_at > 0 and text[q.open_at] == '"' and text[q.open_at - 1] == "="


def _in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, disjoint; ``starts`` their
    starts): a bisect, not a scan of every span for every mark."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]
