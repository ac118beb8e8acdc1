"""Calendar dates from what articles and their addresses state.

A date is only ever produced with a year the input gave: a dateline's
"May 27" stays a month and day, because a wrong year would put a claim in
the wrong story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

MONTH_NUMBERS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

ISO = re.compile(r"^\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
# "01.05.2024", "31/12/2024", "12/31/2024": day and month in either order
NUMERIC = re.compile(r"^\s*(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
MONTH_FIRST = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
DAY_FIRST = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
# "Thursday, March 5, 2026", "Thu 5 March 2026": the weekday adds nothing.
WEEKDAY = re.compile(r"^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\w)", re.I)
# Seconds (10 digits) or milliseconds (13) since 1970, as some APIs give dates.
EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")
URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?:/|[-_]|$)")
URL_SLASHED = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-]([0-2]?\d|3[01])(?:/|[-_.]|$)")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _numeric(first: int, second: int, year: int, dotted: bool) -> str | None:
    """A date written with numbers only.  Dots are written day first
    ("01.05.2024" is 1 May); with slashes the order is read only when one
    number cannot be a month ("31/12/2024", "12/31/2024"), and "05/01/2024",
    1 May or 5 January, is no date."""
    if dotted or first > 12:
        return _valid(year, second, first)
    if second > 12:
        return _valid(year, first, second)
    return None


def normalise_date(value: str | int | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for the common ways articles, feeds and APIs write a full date.

    ISO 8601 (also "2025/03/04", "2025.03.04"), "04.03.2025", "31/12/2025"
    when the order is plain, "March 4, 2025", "4 March 2025" (a weekday before either is
    allowed), RFC 822 as in RSS ("Thu, 05 Mar 2026 10:22:00 +0000") and
    seconds or milliseconds since 1970 (UTC).
    """
    if value is None or value == "":
        return None
    value = str(value)
    m = ISO.match(value)
    if m:
        return _valid(int(m[1]), int(m[3]), int(m[4]))
    m = NUMERIC.match(value)
    if m:
        return _numeric(int(m[1]), int(m[3]), int(m[4]), dotted=m[2] == ".")
    m = EPOCH.match(value)
    if m:
        seconds = int(m[1]) / (1000 if len(m[1]) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    found = _written_date(WEEKDAY.sub("", value, count=1))
    if found:
        return found
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written_date(value: str) -> str | None:
    """"March 4, 2025" or "4 March 2025" at the start of ``value``."""
    m = MONTH_FIRST.match(value)
    if m and m[1].lower() in MONTH_NUMBERS:
        return _valid(int(m[3]), MONTH_NUMBERS[m[1].lower()], int(m[2]))
    m = DAY_FIRST.match(value)
    if m and m[2].lower() in MONTH_NUMBERS:
        return _valid(int(m[3]), MONTH_NUMBERS[m[2].lower()], int(m[1]))
    return None


def date_from_url(url: str | None) -> str | None:
    """``/20090527/`` or ``/2009/05/27/`` in a page address."""
    if not url:
        return None
    for pattern in (URL_COMPACT, URL_SLASHED):
        m = pattern.search(url)
        if m:
            found = _valid(int(m[1]), int(m[2]), int(m[3]))
            if found:
                return found
    return None


@lru_cache(maxsize=20_000)
def day_number(value: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date's first ten characters ("2031-05-02",
    "2031-05-02T10:00"), None when it is no date: for counting days between two."""
    try:
        return date.fromisoformat((value or "")[:10]).toordinal()
    except ValueError:
        return None


# What exports write for "no date": the calendar's first years ("0001-01-01")
# and its last ("9999-12-31").
PLACEHOLDER_BEFORE, PLACEHOLDER_YEAR = 1000, 9999


def placeholder_date(iso: str | None) -> str | None:
    """Why an article's published date (``YYYY-MM-DD``) is left out, or None: a
    placeholder ("0001-01-01", "9999-12-31", what exports write for
    "unknown").  Stored, it was its story's first or latest report for ever,
    and extraction counted "on Monday" from it.  A date in the future is kept:
    an embargo's, or an invented corpus's."""
    year = iso[:4] if iso else ""
    if not year.isdigit() or PLACEHOLDER_BEFORE <= int(year) < PLACEHOLDER_YEAR:
        return None
    return f"published date {iso} is a placeholder for no date: left out"


# A headline that is an edition's title with its day set off at one end
# ("Morning briefing - March 12, 2026", "Shorts: 4 May 2026", "March 12,
# 2026: what the council decided"): the date of that edition.  A date the
# headline's sentence runs into ("Vote delayed to March 30, 2026") is an
# event's, so only a spaced dash, a bar, a colon or a comma sets it off at the
# end, and never after a preposition ("delayed to", "due by") or a weekday
# ("to Tuesday, March 30, 2026").  Of the Wikinews titles this reads, 8 of 9
# give the record's own date and the ninth the day before it.
_HEADLINE_DAY = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                 r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                 r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
                 r"|\d{4}-\d{2}-\d{2})")
# (the same day as a pattern for other modules: ``extract.when`` reads it after an update's label)
DAY_WITH_YEAR = _HEADLINE_DAY
_HEADLINE_DATE_END = re.compile(r"(?P<before>\S+?)(?:\s+[-\u2013\u2014|]|\s*[\u2013\u2014|:,])\s*"
                                r"(?P<date>" + _HEADLINE_DAY + r")\W*$", re.I)
_HEADLINE_DATE_START = re.compile(r"^\W*(?P<date>" + _HEADLINE_DAY + r")\s*[-\u2013\u2014|:]\s+\S", re.I)
# words after which a date is when something happens, not the edition's day
_BEFORE_EVENT_DATE = frozenset(("to", "on", "by", "until", "till", "from", "since", "before", "after", "for", "as",
                                "at", "of", "in", "between", "and", "or", "due", "set", "than"))


def headline_date(headline: str | None) -> str | None:
    """The day an edition's headline gives at its start or end, set off from
    its words (``_HEADLINE_DATE_END``), as ISO; None for any other headline."""
    if not headline or len(headline) > 200 or not any(c.isdigit() for c in headline):
        return None
    m = _HEADLINE_DATE_START.match(headline)
    if m is None:
        m = _HEADLINE_DATE_END.search(headline)
        before = m.group("before").lower().strip("\"'\u201c\u201d,") if m else ""
        if m is None or before in _BEFORE_EVENT_DATE or WEEKDAY.match(before + " x"):
            return None
    return normalise_date(m.group("date"))


# A transcript's introduction naming the day of its recording ("This is a
# transcript of Harbour Hour, recorded on March 3, 2026.", "The interview was
# conducted on Tuesday, 3 March 2026"): a verb of recording or holding, "on",
# then a day with its year.  Read only in a transcript's introduction (the
# caller's test): in a report, such a sentence dates a video or a meeting, not
# the report.
_RECORDED_ON = re.compile(r"\b(?:recorded|broadcast|aired|taped|filmed|streamed|conducted|held|delivered|given)"
                          r"\s+(?:live\s+)?on\s+(?P<date>" + _HEADLINE_DAY + r")(?!\d)", re.I)


def recording_date(sentence: str) -> str | None:
    """The ISO day a transcript's introduction says it was recorded or held on
    (``_RECORDED_ON``), or None."""
    m = _RECORDED_ON.search(sentence) if any(c.isdigit() for c in sentence) else None
    return normalise_date(m.group("date")) if m else None
