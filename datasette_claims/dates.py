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
