"""Lists of web addresses: a text file of links is fetched, not read.

A researcher's list of links named on the command line is fetched address by
address (``readers.read_paths``); the same list met anywhere else (in a
folder, on standard input) is refused, never loaded as one article made of
addresses.
"""

from __future__ import annotations

import codecs
import os

from .base import HTML_SUFFIXES, JSON_SUFFIXES, LoadError, suffix_of

# A list of addresses longer than this is read as text (and refused as one).
ADDRESS_LIST_BYTES = 1_000_000
ADDRESS_LIST_REFUSED = (
    "a list of web addresses, not an article: to fetch the pages, name the list file itself "
    "on the command line (datasette claims load DB urls.txt)"
)


def address_list(path: str) -> list[str] | None:
    """The addresses of a text file that holds nothing else, one a line
    (blank lines and ``#`` comments allowed), or None.

    A researcher's list of links to fetch must not load as one article made
    of addresses, with no claims and no error.
    """
    if suffix_of(path) in JSON_SUFFIXES | HTML_SUFFIXES or path.lower().endswith(".gz"):
        return None
    try:
        # a pipe (``<(...)``) is read once, by the reader: never peek at it here
        if not os.path.isfile(path) or os.path.getsize(path) > ADDRESS_LIST_BYTES:
            return None
        with open(path, "rb") as f:
            raw = f.read(4096)
            if not _starts_with_address(raw):  # an article: read by its reader alone
                return None
            raw += f.read(ADDRESS_LIST_BYTES)
    except OSError:
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return addresses_in(text)


def _starts_with_address(raw: bytes) -> bool:
    """Is the first line that is not blank or a ``#`` comment an http(s) address?"""
    for line in raw.removeprefix(codecs.BOM_UTF8).splitlines():
        line = line.strip()
        if line and not line.startswith(b"#"):
            return line[:8].lower().startswith((b"http://", b"https://"))
    return True  # only comments so far: read on


# A line of a list that is no address ("example.com/a", "see below") is this short: an
# article's lines, even its first under an address, are longer.
NOT_ADDRESS_WORDS = 4


def is_address(line: str) -> bool:
    """One http(s) address alone on its line."""
    from ..fetch import is_url

    return is_url(line) and len(line.split()) == 1


def addresses_in(text: str) -> list[str] | None:
    """The entries of a list of http(s) addresses (its lines that are neither blank nor
    ``#`` comments), else None: a text whose first entry is an address, and every entry
    that is none a few words at most.  Such a line is the reader's to report
    (``not_an_address``): a list with one address typed without its ``https://`` loaded
    as one article of addresses, with no claims and no error."""
    lines = [line.strip() for line in text.splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    if not entries or not is_address(entries[0]):
        return None
    if any(len(e.split()) > NOT_ADDRESS_WORDS for e in entries if not is_address(e)):
        return None
    return entries


def not_an_address(path: str, entry: str) -> LoadError:
    """The error row of a list's line that is no address."""
    shown = entry if len(entry) <= 100 else entry[:100] + "..."
    hint = " (add https:// before it)" if "." in entry.split("/")[0] and " " not in entry else ""
    return LoadError(path, f"not a web address: {shown!r}{hint}; a list of addresses gives one "
                           "http:// or https:// address a line")
