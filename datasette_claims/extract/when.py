"""Resolve the time expression attached to a cue into the date it was said.

Why here and not in a date library: the expressions that matter are few
("on Wednesday", "Tuesday's talks", "earlier on Wednesday", "yesterday",
"last week", "on May 25") and must be resolved against the article's own
publication date with news conventions (a bare weekday is the most recent
one on or before publication).  Without a known publication date nothing is
resolved: a year is never guessed.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from ..articles import EDITION_LABELS
from ..dates import DAY_WITH_YEAR, normalise_date
from .lexicon import MONTH_ABBR, MONTHS, WEEKDAYS
from .patterns import MONTH_ALT, WEEKDAY_ALT, matches_after

# (the look-ahead names every possible first letter, so that the engine skips
# the positions where no time expression can start: much faster than "\b" alone)
_FIRST_LETTERS = "eloytMTWFSJAOND"
TIME_RE = re.compile(
    r"(?=[" + _FIRST_LETTERS + r"])"
    r"\b(?:(?:earlier|later|late|early)\s+(?:on\s+)?)?(?:on\s+)?(?P<wd>" + WEEKDAY_ALT + r")(?:'s|\u2019s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?:on\s+)?(?P<mo>" + MONTH_ALT + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<yr>\d{4}))?"
    r"|\b(?P<rel>yesterday|today|tonight|last\s+(?:week|month|night)|this\s+(?:week|morning|afternoon|evening))\b",
)

MONTH_NUM = {m.capitalize(): i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update({a.capitalize() + ".": n for a, n in MONTH_ABBR.items()})


# A paragraph that carries its own date ("UPDATE, March 13, 2026: The minister
# said on Friday ...", "14:32 GMT, March 13, 2026 - ...", "Correction (13 March
# 2026): ...", "March 13, 2026, 09:10: ..."): its "on Friday" and "yesterday"
# count from that day, not the article's published one, which an update
# follows by days.  A label is an edition's ("UPDATE", "CORRECTION", "EDITOR'S
# NOTE": ``articles.EDITION_LABELS``) or a clock time; a day alone opens such a
# paragraph only before a colon ("March 13, 2026: ..."), since a day before a
# dash or the words is the story's own dateline.  The label may stand alone as
# a heading over its paragraphs ("UPDATE, March 13, 2026").
_CLOCK = (r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
          r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local\s+time))?")
_EDITION = "|".join(sorted((re.escape(label).replace("\\ ", r"\s+").replace("'", "['\u2019]")
                            for label in EDITION_LABELS), key=len, reverse=True))
DATED_LABEL = re.compile(
    r"[\W_]{0,2}(?:(?P<label>" + _EDITION + r")\b\.?\s*[,:(\u2013\u2014-]?\s*(?:on\s+)?)?"
    r"(?:(?P<clock>" + _CLOCK + r")\s*,?\s*(?:on\s+)?)?"
    r"(?P<date>" + DAY_WITH_YEAR + r")(?!\d)"
    r"(?:\s*,?\s*(?:at\s+)?(?P<clock_after>" + _CLOCK + r"))?"
    r"\s*\)?\s*(?:(?P<sep>[:\u2013\u2014|]|-(?=\s))|$)", re.I)


# another day set off by a colon or a dash later in the same paragraph
_ANOTHER_DAY = re.compile(r"(?<![\w,])\s*(?:" + DAY_WITH_YEAR + r")(?!\d)\s*(?:[:\u2013\u2014|]|-\s)", re.I)
# (a heading before the page's third paragraph -- among headline, byline and
# lead -- that names an edition, or stands alone, is the page's own "Updated
# March 16, 2026", the day of its latest edit, not a section's)
_BYLINE_AREA = 3
_DIGIT = re.compile(r"\d")  # (a label has digits: a search is cheaper than reading each character in Python)


class _Label(NamedTuple):
    day: _dt.date
    end: int                                        # where the words after the label start
    edition: bool                                   # an edition's word ("UPDATE"), not only a time


def _dated_label(text: str, s: int, e: int) -> _Label | None:
    """The day a label opening text[s:e] gives (``DATED_LABEL``), or None."""
    if _DIGIT.search(text, s, min(e, s + 48)) is None:
        return None
    m = DATED_LABEL.match(text, s, e)
    if m is None or not (m.group("label") or m.group("clock") or m.group("clock_after") or m.group("sep") == ":"):
        return None
    day = parse_published(normalise_date(m.group("date")))
    if day is None or _ANOTHER_DAY.search(text, m.end(), e):
        return None  # (a timeline's entries run together in one paragraph: whose day is whose?)
    return _Label(day, m.end(), m.group("label") is not None)


def paragraph_days(text: str, paras: list) -> list[_dt.date | None]:
    """For each paragraph (start, end), the day it carries itself
    (``DATED_LABEL`` opening it), or None.  A label alone on its line (a
    paragraph, or a line between two that the loader left out of the story as
    a date line) dates the paragraph after it; when the story has two such
    headings or more (a live blog's entries), each dates the paragraphs from
    it up to the next.  Before the page's third paragraph a heading is the
    page's own date line unless it is a time and a day among others (a live
    blog's first entry)."""
    days: list[_dt.date | None] = [None] * len(paras)
    headings: list[tuple[int, _Label]] = []          # (the first paragraph it dates, its label)
    prev_end = 0
    for i, (s, e) in enumerate(paras):
        gap = text[prev_end:s]
        prev_end = e
        if i and _DIGIT.search(gap) is not None:
            for line in reversed(gap.splitlines()):
                line = line.strip()
                found = _dated_label(line, 0, len(line)) if line and len(line) < 80 else None
                if found is not None and not line[found.end:].strip():
                    headings.append((i, found))
                    break
        found = _dated_label(text, s, e)
        if found is None:
            continue
        if text[found.end:e].strip():
            days[i] = found.day
        else:
            headings.append((i + 1, found))
    headings = [(i, h) for i, h in headings if i >= _BYLINE_AREA or len(headings) > 1 and not h.edition]
    for n, (i, h) in enumerate(headings):
        last = headings[n + 1][0] if n + 1 < len(headings) else len(paras)
        for j in range(i, min(last, len(paras)) if len(headings) > 1 else min(i + 1, len(paras))):
            if days[j] is None:
                days[j] = h.day
    return days


def parse_published(published: str | None) -> _dt.date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def resolve(m: re.Match, pub: _dt.date | None) -> str | None:
    """ISO date (or ISO week for "last week") for a TIME_RE match, else None
    (also when the day would fall outside the calendar: a publication date of
    "0001-01-01" and "yesterday")."""
    if pub is None:
        return None
    try:
        return _resolved(m, pub)
    except OverflowError:
        return None


def _resolved(m: re.Match, pub: _dt.date) -> str | None:
    if m.group("wd"):
        target = WEEKDAYS.index(m.group("wd").lower())
        delta = (pub.weekday() - target) % 7
        return (pub - _dt.timedelta(days=delta)).isoformat()
    if m.group("mo"):
        month = MONTH_NUM.get(m.group("mo"))
        try:
            day = int(m.group("day"))
            year = int(m.group("yr")) if m.group("yr") else pub.year
            if not m.group("yr") and (month, day) > (pub.month, pub.day):
                year -= 1
            return _dt.date(year, month, day).isoformat()
        except (TypeError, ValueError):
            return None
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return pub.isoformat()
    if rel == "yesterday" or rel == "last night":
        return (pub - _dt.timedelta(days=1)).isoformat()
    # "last week", "this week", "last month" name no single day; said_on is a
    # calendar date (other parts of the app sort and compare it as one), so these
    # stay unresolved rather than pretend to a day.  See week_of() for the span.
    return None


def week_of(m: re.Match, pub: _dt.date | None) -> str | None:
    """ISO week ("2009-W21") for "last week"/"this week", for callers that want it."""
    if pub is None or not m.group("rel") or pub.toordinal() <= 7:
        return None
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    if rel == "last week":
        y, w, _ = (pub - _dt.timedelta(days=7)).isocalendar()
        return f"{y}-W{w:02d}"
    if rel == "this week":
        y, w, _ = pub.isocalendar()
        return f"{y}-W{w:02d}"
    return None


# A time expression starts at a word start (every branch of TIME_RE opens with
# a word boundary before a word character): at the text's start or after a
# character that is no word character.  _TIME_AFTER is TIME_RE behind one
# character outside the ASCII word characters: its opening character class lets
# the regex engine skip over the letters of words, and it hits only where a time
# expression follows, which TIME_RE.match then reads (testing the boundary
# itself).  TIME_RE, which opens with a look-ahead, would be tried at every
# position of the window.  (The look-ahead for the first letters comes after the
# class: a word that opens with none of them is turned down before the branches.)
_TIME_AFTER = re.compile(r"[^A-Za-z0-9_](?=[" + _FIRST_LETTERS + "])(?:"
                         + TIME_RE.pattern[len("(?=[" + _FIRST_LETTERS + "])"):] + ")")


def find_time(text: str, start: int, end: int) -> re.Match | None:
    """The first time expression in text[start:end] that is not an "after X" one.

    (The matches of ``TIME_RE.finditer(text, start, end)``, found where
    ``_TIME_AFTER`` hits: ``patterns.matches_after``.)"""
    for m in matches_after(_TIME_AFTER, TIME_RE, text, start, end):
        if not _after_word(text, m):
            return m
    return None


def _after_word(text: str, m: re.Match) -> bool:
    """ "after Monday", "since Tuesday", "until ...", "before ...": not when it was said."""
    return text[max(0, m.start() - 7):m.start()].lower().endswith(("after ", "since ", "until ", "before "))
