"""What every reader shares: the result types, the caps, the file suffixes.

A reader never raises to the load: it yields ``LoadError`` rows, or raises
``ReadFailure`` inside, which ``streams.guarded`` turns into one.  The
suffix sets say which reader a file's name asks for; its content has the
last word (see ``streams.read_stream``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


TEXT_SUFFIXES = {".txt", ".text", ".md"}
# read as text, their inline marks left out (readers/markdown.py)
MARKDOWN_SUFFIXES = {".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# A table of records (a news archive's export), read only when named on the
# command line: a folder's CSV files are as often coding sheets as articles.
CSV_SUFFIXES = {".csv", ".tsv"}
# A page saved as one file by a browser ("Webpage, single file"): MIME, its
# HTML part quoted-printable, with the images after it.
MHTML_SUFFIXES = {".mhtml", ".mht"}
# Safari's save: a binary property list holding the page's bytes and address.
WEBARCHIVE_SUFFIXES = {".webarchive"}
# a message a mail program saved (a newsletter, a press release): readers/emails.py
EMAIL_SUFFIXES = {".eml"}
# A crawler's web archive (``.warc``, ``.warc.gz``: see warc.py), and ZIP
# archives of articles or of WARCs (a WACZ: see zips.py).
WARC_SUFFIXES = {".warc"}
ZIP_SUFFIXES = {".zip", ".wacz"}
# tar archives, plain or gzipped (``a.tar.gz`` has the suffix ``.tar``: see tars.py).
TAR_SUFFIXES = {".tar", ".tgz"}
SUPPORTED = (TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | MHTML_SUFFIXES | WEBARCHIVE_SUFFIXES | WARC_SUFFIXES
             | EMAIL_SUFFIXES | ZIP_SUFFIXES | TAR_SUFFIXES)
# Sidecar metadata for a folder (see manifest.py), never read as articles.
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")

# The longest article text accepted, in characters (about 2 MB of text; the
# longest report in the Wikinews corpus is under 100,000 characters).
MAX_ARTICLE_CHARS = 2_000_000
HEAD_BYTES = 64 * 1024


# The path of what standard input (``-``) gave: ``<stdin>``, ``<stdin>:12``.
STDIN = "<stdin>"


@dataclass
class LoadError:
    """An input that could not become an article, and why.

    ``level`` is "error" when nothing was loaded from the input and
    "warning" when it loaded but something about it deserves a look (a file
    that was not UTF-8, say), or when a file was skipped on purpose.
    """

    path: str
    reason: str
    level: str = "error"
    # the id of the article this input is a copy of, when it was skipped as one
    # (the load counts it among the copies skipped, not among its errors)
    copy_of: str | None = None
    # how many hidden files and folders a folder's walk passed over (its one
    # warning row; the load's summary counts them)
    hidden: int = 0


class ReadFailure(Exception):
    """Raised inside a reader; turned into a ``LoadError`` by ``read_paths``."""


def suffix_of(name: str) -> str:
    """The suffix that says the format: ``a.jsonl.gz`` -> ``.jsonl``."""
    base, suffix = os.path.splitext(name.lower())
    if suffix == ".gz":
        suffix = os.path.splitext(base)[1]
    return suffix


def check_size(n: int, max_chars: int, what: str) -> None:
    if n > max_chars:
        raise ReadFailure(
            f"{what} is {n:,} characters, over the cap of {max_chars:,} (see --max-article-size)"
        )
