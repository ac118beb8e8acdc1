"""Turn paths (files, folders, ``-`` for stdin) into ``Document`` records.

Readers only read: they decide what the text is and what metadata the input
states, and report anything unreadable as a ``LoadError`` instead of raising,
so one bad file (or one bad line of a news dump) never stops a load of
thousands.

What a file holds is decided from its content, not only its name: a file
passed as ``/dev/fd/63`` or named ``dump`` may be JSON lines, a ``.gz`` file
is unpacked as it is read, a pretty-printed ``.json`` object is one JSON
document, and a text with a byte-order mark is decoded by it.  JSON lines
are read one line at a time, so a large dump never sits in memory whole.
An article's text is capped (``MAX_ARTICLE_CHARS``): longer inputs are
almost always a whole dump read as one article by mistake.

One module for each kind of input, named for what it reads: ``folders``,
``streams`` (one byte stream to its reader), ``json_records``, ``tables``
(CSV), ``html_pages``, ``saved_pages`` (MHTML, web archives),
``addresses`` (lists of links), ``warc`` (crawls), ``zips`` (ZIP and WACZ
archives) and ``exports`` (news databases' downloads of many articles);
``base`` and ``decoding`` hold what they all share.  The names other
modules use are importable from here, as when this was one file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..models import Document
from .addresses import address_list, addresses_in, is_address, not_an_address
from .base import (
    CSV_SUFFIXES,
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    MANIFEST_NAMES,
    MAX_ARTICLE_CHARS,
    MHTML_SUFFIXES,
    STDIN,
    SUPPORTED,
    TEXT_SUFFIXES,
    WEBARCHIVE_SUFFIXES,
    LoadError,
    ReadFailure,
    suffix_of,
)
from .decoding import Decoded, decode, decode_declared, page_charset
from .folders import read_folder, folder_files
from .html_pages import (has_article_words, has_story_text, html_document, language_warning, page_language,
                         paywall_warning)
from .json_records import read_json_lines, from_record, json_problem, records_of
from .section_fronts import section_front_warning
from .streams import guarded, stdin_bytes, read_file, read_stream
from .tables import csv_delimiter

__all__ = [
    "CSV_SUFFIXES", "HTML_SUFFIXES", "JSON_SUFFIXES", "MANIFEST_NAMES", "MAX_ARTICLE_CHARS", "MHTML_SUFFIXES",
    "STDIN", "SUPPORTED", "TEXT_SUFFIXES", "WEBARCHIVE_SUFFIXES", "LoadError", "ReadFailure", "read_json_lines",
    "Decoded", "address_list", "addresses_in", "csv_delimiter", "decode", "decode_declared", "folder_files",
    "from_record", "has_article_words", "page_charset",
    "has_story_text", "html_document", "json_problem", "language_warning", "page_language", "paywall_warning",
    "read_file", "read_paths", "read_stream", "records_of", "section_front_warning", "suffix_of",
]


def _is_source(path: str) -> bool:
    from .. import fetch

    return fetch.is_source(path)


def read_paths(
    paths: Iterable[str], stdin=None, fetch_options=None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Document | LoadError]:
    """Yield a Document for each article found, a LoadError for each failure.

    Folders are walked recursively in sorted order (so ids and progress are
    reproducible); files inside folders that are not text, HTML or JSON
    (``.gz`` included) are skipped with a warning, but a file named on the
    command line is read whatever its name, by its content (and its folder,
    named too, says nothing of skipping it: ``datasette claims load DB arts/
    arts/table.csv`` as the skip warning advises).
    """
    paths = list(paths)
    named = frozenset(os.path.realpath(p) for p in paths if p and p != "-" and os.path.isfile(p))
    for path in paths:
        if path == "-":
            yield from guarded(STDIN, read_stream(stdin_bytes(stdin), STDIN, "", max_chars))
        elif not path:
            yield LoadError("''", "empty path (an empty argument)")
        elif _is_source(path):  # an http(s) address or a feed file
            from .. import fetch  # late import: fetch reads pages through this module

            yield from guarded(path, fetch.read_source(path, fetch_options))
        elif os.path.isdir(path):
            yield from read_folder(path, max_chars, named)
        elif not os.path.exists(path):
            yield LoadError(path, _missing(path))
        else:
            yield from _read_named_file(path, fetch_options, max_chars)


def _missing(path: str) -> str:
    """Why a path named on the command line leads nowhere: a link to nothing
    (or round in a loop, ``a -> b -> a``) says so, where "no such file"
    sent the user looking for a file that ``ls`` shows."""
    if not os.path.islink(path):
        return "no such file or folder"
    try:
        os.stat(path)
    except OSError as e:
        return f"a link that leads nowhere ({e.strerror or e})"
    return "no such file or folder"


def _read_named_file(path: str, fetch_options, max_chars: int) -> Iterator[Document | LoadError]:
    """A file named on the command line: a list of web addresses is fetched,
    address by address; anything else is read by its content."""
    addresses = address_list(path)
    if addresses is None:
        yield from read_file(path, max_chars)
        return
    from .. import fetch

    for address in addresses:
        if not is_address(address):
            yield not_an_address(path, address)
            continue
        yield from guarded(address, fetch.read_source(address, fetch_options))

