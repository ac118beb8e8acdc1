"""Calendar dates from what articles and their addresses state.

A date is only ever produced with a year the input gave: a dateline's
"May 27" stays a month and day, because a wrong year would put a claim in
the wrong story.
"""

from __future__ import annotations

import re
from datetime import date, datetime

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

ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
MONTH_FIRST = re.compile(r"^\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
DAY_FIRST = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")
URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?:/|[-_]|$)")
URL_SLASHED = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-]([0-2]?\d|3[01])(?:/|[-_.]|$)")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalise_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for the common ways articles write a full date."""
    if not value:
        return None
    value = str(value)
    m = ISO.match(value)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = MONTH_FIRST.match(value)
    if m and m[1].lower() in MONTH_NUMBERS:
        return _valid(int(m[3]), MONTH_NUMBERS[m[1].lower()], int(m[2]))
    m = DAY_FIRST.match(value)
    if m and m[2].lower() in MONTH_NUMBERS:
        return _valid(int(m[3]), MONTH_NUMBERS[m[2].lower()], int(m[1]))
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
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


def month_day(value: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline date such as "May 27" or "Sept. 3"."""
    if not value:
        return None
    m = re.match(r"\s*([A-Za-z]{3,9})\.?\s+(\d{1,2})", value)
    if not m or m[1].lower() not in MONTH_NUMBERS:
        return None
    return MONTH_NUMBERS[m[1].lower()], int(m[2])
