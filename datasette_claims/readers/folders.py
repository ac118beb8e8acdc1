"""Folders: every supported file in them, recursively, in a stable order.

The order (by name, then extension) makes ids and progress reproducible and
keeps an original before its copy; what a folder holds that is no article (a
saved page's ``_files``, a table, a feed, a link back into the walk) is
skipped with a warning that says why.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from ..models import Document
from ..text import counted
from .base import (CSV_SUFFIXES, HTML_SUFFIXES, MANIFEST_NAMES, SUPPORTED, TEXT_SUFFIXES, LoadError, ReadFailure,
                   suffix_of)
from .decoding import MAGIC, refuse_binary
from .streams import read_file


def folder_files(path: str) -> Iterator[str | LoadError]:
    """The files of a folder, recursively, in load order, and a LoadError for
    each folder that cannot be listed or is a link back into the walk.

    Links to folders are followed, as ``ls`` and a file manager show them
    (``os.walk`` alone skipped a linked folder without a word); a folder
    whose real path was already walked (a link loop, a second link to the
    same place) is skipped with a warning.  A folder that cannot be read
    (permissions) is an error row, where ``os.walk`` passed over it silently.
    """
    problems: list[OSError] = []
    seen = {os.path.realpath(path)}
    hidden: list[str] = []
    for root, dirs, files in os.walk(path, onerror=problems.append, followlinks=True):
        yield from (LoadError(e.filename or root, f"cannot read folder: {e.strerror or e}") for e in problems)
        problems.clear()
        hidden += sorted(os.path.join(root, n) for n in dirs + files if n.startswith("."))
        kept = []
        for d in sorted(d for d in dirs if not d.startswith(".")):
            real = os.path.realpath(os.path.join(root, d))
            page = saved_page_of(d, files)
            if page:
                yield LoadError(os.path.join(root, d), f"skipped: the images, scripts and frames saved with {page}",
                                level="warning")
            elif real in seen:
                yield LoadError(os.path.join(root, d), "skipped: a link to a folder already read in this load "
                                f"({real})", level="warning")
            else:
                seen.add(real)
                kept.append(d)
        dirs[:] = kept
        # By name, then extension: "story.txt" comes before its copy "story (1).txt"
        # (plain order puts " " and "-" before "."), so the original is kept.
        for name in sorted(files, key=os.path.splitext):
            if not name.startswith(".") and name not in MANIFEST_NAMES:
                yield not_a_file(os.path.join(root, name)) or os.path.join(root, name)
    yield from (LoadError(e.filename or path, f"cannot read folder: {e.strerror or e}") for e in problems)
    if hidden:
        yield hidden_skipped(path, hidden)


HIDDEN_ADVICE = "to load one, name it on the command line"


def hidden_skipped(folder: str, hidden: list[str], advice: str = HIDDEN_ADVICE) -> LoadError:
    """One warning for the hidden files and folders of a walk (names that
    start with a dot: ``.DS_Store``, ``._story.txt``, ``.git``).

    They are a system's or a tool's, not the corpus's, so they are not read;
    before, they were passed over without a word, and a story saved under a
    dot-name was missing with nothing to say why.  One row per folder named,
    not one per file: every folder a Mac has opened holds a ``.DS_Store``.
    """
    names = sorted({os.path.basename(h) for h in hidden})
    shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
    return LoadError(folder, f"skipped {counted(len(hidden), 'hidden file or folder', 'hidden files and folders')} "
                             f"(a name starting with '.': {shown}); {advice}",
                     level="warning", hidden=len(hidden))


def not_a_file(path: str) -> LoadError | None:
    """A warning for a folder's entry that is no regular file (a named pipe,
    a socket, a device), else None.

    Opening a named pipe waits for a writer that never comes: one in a
    folder held the whole load for ever.  A link to a regular file is a
    file; a link to nothing or round in a loop is an error row, as when named.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as e:  # a link to nothing, or round in a loop (a -> b -> a), as when named
        return LoadError(path, f"a link that leads nowhere ({e.strerror or e})") if os.path.islink(path) else None
    if stat.S_ISREG(mode):
        return None
    return LoadError(path, "skipped: not a regular file (a named pipe, a socket or a device), which is read only "
                           f"when named on the command line: datasette claims load DB {_quoted(path)}",
                     level="warning")


# "Save page as... complete" puts a page's images, scripts, styles and frames
# in a folder named after it: "story.html" and "story_files".
SAVED_PAGE_FOLDER = "_files"


def saved_page_of(folder: str, files: list[str]) -> str | None:
    """The saved page whose resources ``folder`` holds, when it sits beside it.

    Its frames and ad slots are HTML files too; read as articles, an ad
    ("Holiday deals from 99 pounds, the operator said") became a claim.
    """
    if not folder.endswith(SAVED_PAGE_FOLDER):
        return None
    stem = folder[: -len(SAVED_PAGE_FOLDER)]
    return next((f for f in sorted(files) if os.path.splitext(f) == (stem, os.path.splitext(f)[1])
                 and suffix_of(f) in HTML_SUFFIXES), None)


def read_folder(path: str, max_chars: int, named: frozenset[str] = frozenset()) -> Iterator[Document | LoadError]:
    """The folder's files, listed first: the names most of its pages' titles
    carry beside a dash are its site's (``html_pages.title_sites``).  A file
    the folder would skip that is also ``named`` on the command line (its real
    path) is read there: skipped here without a warning."""
    from functools import partial

    from .html_pages import folder_sites, head_bytes

    files = list(folder_files(path))
    pages = (f for f in files if isinstance(f, str) and suffix_of(f) in HTML_SUFFIXES)
    with folder_sites(head_bytes(partial(open, page, "rb")) for page in pages):
        for full in files:
            if isinstance(full, LoadError):
                yield full
            elif (reason := reason_skipped(full)) is None:
                yield from read_file(full, max_chars)
            elif not named or os.path.realpath(full) not in named:
                yield LoadError(full, reason, level="warning")


def reason_skipped(path: str) -> str | None:
    """Why a file of a folder (or a ZIP) is not read, or None when it is."""
    if suffix_of(path) not in SUPPORTED:
        return f"skipped: {_not_read_in_folder(path)}"
    if is_folder_note(path):
        return ("skipped: a folder's notes (README, SOURCES, LICENSE...), not an article; to load it as one, "
                f"name it on the command line: datasette claims load DB {_quoted(path)}")
    return None


# A corpus folder's own notes: where the texts came from, their licence, how
# to use them.  Read as articles, the demo folder's SOURCES.md became one
# (its "Wikinews' own terms" lines gave claims).
FOLDER_NOTES = frozenset({"readme", "sources", "license", "licence", "copying", "notice", "changelog",
                          "changes", "contributing", "authors", "credits", "citation", "provenance"})


def is_folder_note(path: str) -> bool:
    """Is ``path`` a folder's README/SOURCES-like notes file (``SOURCES.md``, ``README.txt``)?"""
    name = os.path.basename(path).lower().removesuffix(".gz")
    return os.path.splitext(name)[0] in FOLDER_NOTES and suffix_of(name) in TEXT_SUFFIXES


# Read when named on the command line, skipped inside a folder: the reason, and how to load one.
NAMED_ONLY = (
    (CSV_SUFFIXES, "a table is read only when named on the command line (a folder's tables are as "
                   "often coding sheets as articles): datasette claims load DB {path}"),
    ({".rss", ".atom", ".xml"}, "a feed is read (and its pages fetched) only when named on the "
                                "command line: datasette claims load DB {path}"),
)


# Archives that are not read (a ZIP and a tar or .tar.gz are: see zips.py,
# tars.py), and what to do instead.
UNREAD_TAR_SUFFIXES = (".tbz", ".tbz2", ".txz", ".tar.bz2", ".tar.xz", ".tar.zst")
TAR_ADVICE = ("a tar archive packed with bzip2, xz or zstd, not read: unpack it (tar -xf {path}) and load its "
              "folder, or pack it with gzip (.tar.gz)")


def _not_read_in_folder(path: str) -> str:
    """Why a file inside a folder was skipped, and how to load it if it was meant."""
    kind = os.path.splitext(path)[1].lower() or "no extension"
    if path.lower().endswith(UNREAD_TAR_SUFFIXES):
        return TAR_ADVICE.format(path=_quoted(path))
    for suffixes, reason in NAMED_ONLY:
        if suffix_of(path) in suffixes:
            kind = suffix_of(path) + (".gz" if kind == ".gz" else "")
            return f"{kind} file: " + reason.format(path=_quoted(path))
    return binary_format(path) or f"not a text, HTML or JSON file ({kind})"


def binary_format(path: str) -> str | None:
    """What ``decoding.refuse_binary`` says of a document format it names (a
    PDF, a Word file): the message the file gets named on the command line,
    which says how to load it ("convert it to text or HTML first")."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError:
        return None
    if not any(head.startswith(magic) for magic, _what in MAGIC):
        return None
    try:
        refuse_binary(head)
    except ReadFailure as e:
        return str(e)
    return None


def _quoted(path: str) -> str:
    import shlex

    return shlex.quote(path)
