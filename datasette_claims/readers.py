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
"""

from __future__ import annotations

import codecs
import csv
import gzip
import html as html_lib
import io
import itertools
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import record_keys
from .contract import is_extracted
from .dates import normalise_date
from .models import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
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
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | MHTML_SUFFIXES | WEBARCHIVE_SUFFIXES
# Sidecar metadata for a folder (see manifest.py), never read as articles.
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")

# The longest article text accepted, in characters (about 2 MB of text; the
# longest report in the Wikinews corpus is under 100,000 characters).
MAX_ARTICLE_CHARS = 2_000_000
HEAD_BYTES = 64 * 1024

BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Binary formats people try to load, named so the error says what to do.
MAGIC = (
    (b"%PDF", "a PDF file: convert it to text or HTML first"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .odt, .epub?): convert it to text or HTML first"),
    (b"{\\rtf", "an RTF document: convert it to text or HTML first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc?): convert it to text or HTML first"),
    (b"SQLite format 3\x00", "a SQLite database, not an article"),
)
SURROGATE = re.compile("[\ud800-\udfff]")
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


class ReadFailure(Exception):
    """Raised inside a reader; turned into a ``LoadError`` by ``read_paths``."""


def _is_source(path: str) -> bool:
    from . import fetch

    return fetch.is_source(path)


def read_paths(
    paths: Iterable[str], stdin=None, fetch_options=None, max_chars: int = MAX_ARTICLE_CHARS
) -> Iterator[Document | LoadError]:
    """Yield a Document for each article found, a LoadError for each failure.

    Folders are walked recursively in sorted order (so ids and progress are
    reproducible); files inside folders that are not text, HTML or JSON
    (``.gz`` included) are skipped with a warning, but a file named on the
    command line is read whatever its name, by its content.
    """
    for path in paths:
        if path == "-":
            yield from _guarded(STDIN, read_stream(_stdin_bytes(stdin), STDIN, "", max_chars))
        elif not path:
            yield LoadError("''", "empty path (an empty argument)")
        elif _is_source(path):  # an http(s) address or a feed file
            from . import fetch  # late import: fetch reads pages through this module

            yield from fetch.read_source(path, fetch_options)
        elif os.path.isdir(path):
            yield from _read_folder(path, max_chars)
        elif not os.path.exists(path):
            yield LoadError(path, "no such file or folder")
        else:
            yield from _read_named_file(path, fetch_options, max_chars)


def _read_named_file(path: str, fetch_options, max_chars: int) -> Iterator[Document | LoadError]:
    """A file named on the command line: a list of web addresses is fetched,
    address by address; anything else is read by its content."""
    addresses = address_list(path)
    if addresses is None:
        yield from read_file(path, max_chars)
        return
    from . import fetch

    for address in addresses:
        yield from fetch.read_source(address, fetch_options)


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


def addresses_in(text: str) -> list[str] | None:
    """The addresses of a text made of http(s) addresses alone, else None."""
    from .fetch import is_url

    lines = [line.strip() for line in text.splitlines()]
    addresses = [line for line in lines if line and not line.startswith("#")]
    if not addresses or not all(is_url(a) and len(a.split()) == 1 for a in addresses):
        return None
    return addresses


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
    for root, dirs, files in os.walk(path, onerror=problems.append, followlinks=True):
        yield from (LoadError(e.filename or root, f"cannot read folder: {e.strerror or e}") for e in problems)
        problems.clear()
        kept = []
        for d in sorted(d for d in dirs if not d.startswith(".")):
            real = os.path.realpath(os.path.join(root, d))
            page = _saved_page_of(d, files)
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
                yield os.path.join(root, name)
    yield from (LoadError(e.filename or path, f"cannot read folder: {e.strerror or e}") for e in problems)


# "Save page as... complete" puts a page's images, scripts, styles and frames
# in a folder named after it: "story.html" and "story_files".
SAVED_PAGE_FOLDER = "_files"


def _saved_page_of(folder: str, files: list[str]) -> str | None:
    """The saved page whose resources ``folder`` holds, when it sits beside it.

    Its frames and ad slots are HTML files too; read as articles, an ad
    ("Holiday deals from 99 pounds, the operator said") became a claim.
    """
    if not folder.endswith(SAVED_PAGE_FOLDER):
        return None
    stem = folder[: -len(SAVED_PAGE_FOLDER)]
    return next((f for f in sorted(files) if os.path.splitext(f) == (stem, os.path.splitext(f)[1])
                 and suffix_of(f) in HTML_SUFFIXES), None)


def _read_folder(path: str, max_chars: int) -> Iterator[Document | LoadError]:
    for full in folder_files(path):
        if isinstance(full, LoadError):
            yield full
        elif suffix_of(full) in SUPPORTED:
            yield from read_file(full, max_chars)
        else:
            yield LoadError(full, f"skipped: {_not_read_in_folder(full)}", level="warning")


# Read when named on the command line, skipped inside a folder: the reason, and how to load one.
NAMED_ONLY = (
    (CSV_SUFFIXES, "a table is read only when named on the command line (a folder's tables are as "
                   "often coding sheets as articles): datasette claims load DB {path}"),
    ({".rss", ".atom", ".xml"}, "a feed is read (and its pages fetched) only when named on the "
                                "command line: datasette claims load DB {path}"),
)


def _not_read_in_folder(path: str) -> str:
    """Why a file inside a folder was skipped, and how to load it if it was meant."""
    kind = os.path.splitext(path)[1].lower() or "no extension"
    for suffixes, reason in NAMED_ONLY:
        if suffix_of(path) in suffixes:
            kind = suffix_of(path) + (".gz" if kind == ".gz" else "")
            return f"{kind} file: " + reason.format(path=_quoted(path))
    return f"not a text, HTML or JSON file ({kind})"


def _quoted(path: str) -> str:
    import shlex

    return shlex.quote(path)


def suffix_of(name: str) -> str:
    """The suffix that says the format: ``a.jsonl.gz`` -> ``.jsonl``."""
    base, suffix = os.path.splitext(name.lower())
    if suffix == ".gz":
        suffix = os.path.splitext(base)[1]
    return suffix


def read_file(path: str, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document | LoadError]:
    try:
        f = open(path, "rb")
    except OSError as e:
        yield LoadError(path, f"cannot read file: {e.strerror or e}")
        return
    with f:
        yield from _guarded(path, read_stream(f, path, suffix_of(os.path.basename(path)), max_chars))


def _guarded(path: str, items: Iterator[Document | LoadError]) -> Iterator[Document | LoadError]:
    """Whatever a reader meets, the load goes on with the next input."""
    read = 0
    try:
        for item in items:
            read += isinstance(item, Document)
            yield item
    except ReadFailure as e:
        yield LoadError(path, str(e))
    except EOFError:  # gzip's "Compressed file ended before the end-of-stream marker was reached"
        before = f"the {read:,} records before the cut are loaded" if read else "nothing before it could be read"
        yield LoadError(path, "cannot read file: the compressed file ends early (cut short in a download or a "
                              f"copy?); {before}")
    except (OSError, zlib.error, gzip.BadGzipFile) as e:
        yield LoadError(path, f"cannot read file: {getattr(e, 'strerror', None) or e}")
    except RecursionError:
        yield LoadError(path, "cannot read file: nested too deeply")
    except Exception as e:  # a reader bug must not cost the rest of the load
        yield LoadError(path, f"cannot read file: {type(e).__name__}: {e}")


def _stdin_bytes(stdin) -> io.BufferedIOBase:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    # A text stream, read as it goes: bytes that were not UTF-8 come back as surrogates.
    return io.BufferedReader(_EncodedText(stream))


class _EncodedText(io.RawIOBase):
    """A text stream (or one that gives bytes) as a byte stream, read a chunk at a time."""

    def __init__(self, stream):
        self.stream, self.left = stream, b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self.left:
            chunk = self.stream.read(HEAD_BYTES)
            if not chunk:
                return 0
            self.left = chunk if isinstance(chunk, bytes) else chunk.encode("utf-8", "surrogateescape")
        n = min(len(b), len(self.left))
        b[:n], self.left = self.left[:n], self.left[n:]
        return n


def read_stream(stream, path: str, suffix: str, max_chars: int) -> Iterator[Document | LoadError]:
    """Documents from one byte stream: unpack, decode and sniff, then read."""
    head = stream.read(2)
    if head == b"\x1f\x8b":
        stream = gzip.GzipFile(fileobj=_Prefixed(head, stream))
        head = b""
    head += stream.read(HEAD_BYTES)
    if not head.strip():
        raise ReadFailure("empty file")
    if suffix in WEBARCHIVE_SUFFIXES | MHTML_SUFFIXES:  # a page with its images, in one file
        raw = _saved_page_bytes(head, stream, max_chars)
        yield from (_read_webarchive if suffix in WEBARCHIVE_SUFFIXES else _read_mhtml)(raw, path, max_chars)
        return
    bom = next((enc for mark, enc in BOMS if head.startswith(mark)), None)
    if bom is None and not _opens_with_record(head):
        _refuse_binary(head)
    if suffix in CSV_SUFFIXES:
        wide = bom in ("utf-16", "utf-32")
        raw = io.BufferedReader(_Prefixed(head if wide else head[3:] if bom else head, stream))
        yield from _read_csv(raw, bom if wide else "utf-8", path, max_chars)
        return
    if bom in ("utf-16", "utf-32"):
        yield from _read_wide(io.BufferedReader(_Prefixed(head, stream)), bom, path, suffix, max_chars)
        return
    first = head[3:] if bom else head
    start = first.lstrip()[:1]
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and start in (b"{", b"[")):
        # a first line longer than the head is one huge record: JSON lines
        complete = b"\n" in first.lstrip() or len(first) < HEAD_BYTES
        if _is_json_lines(_first_line(first), complete):
            yield from _read_json_lines(_byte_lines(first, stream), path, max_chars)
            return
        text, encoding = decode(first + stream.read())
        if encoding != "utf-8":
            yield LoadError(path, f"not UTF-8: decoded as {encoding}", level="warning")
        yield from _read_json_document(text, path, max_chars)
        return
    limit = 4 * max_chars
    raw = first + stream.read(max(0, limit + 1 - len(first)))
    if len(raw) > limit:
        raise ReadFailure(
            f"file is over {limit:,} bytes: too large for one article (cap: {max_chars:,} characters, "
            "see --max-article-size); is it a dump that should be JSON lines?"
        )
    text, encoding = decode(raw)
    if encoding != "utf-8":
        yield LoadError(path, f"not UTF-8: decoded as {encoding}", level="warning")
    yield from _read_text(text, path, suffix, max_chars)


# A page saved in one file carries its images: a news page with its photos is
# often 5 to 20 MB, over the cap on an article file (4 bytes a character).
SAVED_PAGE_SCALE = 32


def _saved_page_bytes(head: bytes, stream, max_chars: int) -> bytes:
    """The whole of a single-file save, up to its own cap (the page's HTML
    is then held to the article cap by ``html_document``)."""
    limit = SAVED_PAGE_SCALE * max_chars
    raw = head + stream.read(max(0, limit + 1 - len(head)))
    if len(raw) > limit:
        raise ReadFailure(f"saved page is over {limit:,} bytes with its images (cap: {SAVED_PAGE_SCALE} times "
                          "--max-article-size); save it as HTML only")
    return raw


def _read_webarchive(raw: bytes, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """The main page of a Safari web archive, read as an HTML file, at the
    address Safari saved it from."""
    import plistlib

    try:
        main = plistlib.loads(raw).get("WebMainResource") or {}
    except (plistlib.InvalidFileException, ValueError, AttributeError) as e:
        raise ReadFailure(f"cannot read web archive: {e}") from e
    body = main.get("WebResourceData")
    if not isinstance(body, bytes):
        raise ReadFailure("web archive holds no HTML page")
    yield from _saved_page(body, main.get("WebResourceTextEncodingName"), main.get("WebResourceURL"), path,
                           max_chars)


def _saved_page(body: bytes, charset: str | None, saved_from, path: str,
                max_chars: int) -> Iterator[Document | LoadError]:
    """A page a browser saved in one file (MHTML, web archive): its bytes in
    the charset it names (else as any file is read), at the address it was
    saved from when the page names none."""
    try:
        html = body.decode(charset) if charset else decode(body)[0]
    except (LookupError, UnicodeDecodeError):
        html = decode(body)[0]
    doc = html_document(html, path, max_chars)
    if not doc.url and isinstance(saved_from, str) and saved_from.startswith(("http://", "https://")):
        doc.url = saved_from
    yield from _page_warnings(path, html)
    yield doc


def _page_warnings(where: str, html: str) -> Iterator[LoadError]:
    """The warnings an HTML page's article loads with: another language, a paywall."""
    language = page_language(html)
    if language:
        yield language_warning(where, language)
    paywall = paywall_warning(where, html)
    if paywall:
        yield paywall


def _read_mhtml(raw: bytes, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """The page of a browser's single-file save: its first HTML part, read as
    an HTML file, at the address the browser saved it from."""
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ReadFailure("MHTML file holds no HTML page")
    # Chrome names no charset on the part: the bytes are read as any file is
    # (UTF-8, else Windows-1252), not as the ASCII the MIME default would say.
    saved_from = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    yield from _saved_page(part.get_payload(decode=True) or b"", part.get_content_charset(),
                           str(saved_from) if saved_from else None, path, max_chars)


class _Prefixed(io.RawIOBase):
    """A stream with bytes already read put back in front."""

    def __init__(self, prefix: bytes, rest):
        self.prefix, self.rest = prefix, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.prefix:
            n = min(len(b), len(self.prefix))
            b[:n], self.prefix = self.prefix[:n], self.prefix[n:]
            return n
        data = self.rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def _opens_with_record(head: bytes) -> bool:
    """Does the head open with a whole line that is one JSON object?

    Then the file is JSON lines, whatever bytes a later line holds: a NUL
    byte in one scraped record (invalid JSON, that line's error row) must
    not refuse the whole dump as a binary file.
    """
    start = head.lstrip()
    if not start.startswith(b"{") or b"\n" not in start:
        return False
    line = start.split(b"\n", 1)[0]
    return b"\x00" not in line and _parses(line.decode("utf-8", errors="replace"))


def _refuse_binary(head: bytes) -> None:
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise ReadFailure(f"binary file: {what}")
    if b"\x00" in head:
        raise ReadFailure("binary file (NUL bytes), not text")
    controls = sum(1 for b in head[:4096] if b < 9 or 13 < b < 32)
    if controls > max(8, len(head[:4096]) // 50):
        raise ReadFailure("binary file (control bytes), not text")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes by their byte-order mark, else as UTF-8, else Windows-1252/Latin-1.

    Binary data (NUL bytes or many control characters) is refused rather than
    turned into mojibake articles.
    """
    if not raw.strip():
        raise ReadFailure("empty file")
    for mark, encoding in BOMS:
        if raw.startswith(mark):
            return raw.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    _refuse_binary(raw[:HEAD_BYTES])
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _read_text(text: str, path: str, suffix: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A decoded file: JSON, HTML or one plain-text article, by suffix and content."""
    stripped = text.lstrip()
    if not stripped:
        raise ReadFailure("empty file")
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and stripped[:1] in "{["):
        if _is_json_lines(stripped.split("\n", 1)[0]):
            yield from _read_json_lines(iter(text.splitlines()), path, max_chars)
        else:
            yield from _read_json_document(text, path, max_chars)
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        doc = html_document(text, path, max_chars)
        yield from _page_warnings(path, text)
        yield doc
        return
    _check_size(len(text), max_chars, "article text")
    if addresses_in(text[:ADDRESS_LIST_BYTES]) is not None:
        raise ReadFailure(ADDRESS_LIST_REFUSED)
    if not has_article_words(text):
        raise ReadFailure("no article text: only page furniture, numbers or unreadable characters")
    yield Document(text=text, path=path)


def _read_wide(raw, encoding: str, path: str, suffix: str, max_chars: int) -> Iterator[Document | LoadError]:
    """UTF-16 or UTF-32 text: JSON lines read a line at a time, anything else whole."""
    text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    head = []
    for line in text:
        head.append(line)
        if line.strip():
            break
    first = head[-1].lstrip() if head else ""
    json_like = suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and first[:1] in "{[")
    if json_like and _is_json_lines(first.split("\n", 1)[0]):
        yield from _read_json_lines(itertools.chain(head, text), path, max_chars)
        return
    yield from _read_text("".join(head) + text.read(), path, suffix, max_chars)


# What separates a table's columns: a comma, or what a spreadsheet saves in
# locales where the comma is the decimal mark (";"), or a tab.
DELIMITERS = ",;\t"


def csv_delimiter(text: str) -> str:
    """The separator of a table's header line: the one of DELIMITERS it holds most."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return max(DELIMITERS, key=header.count)


def _read_csv(raw, encoding: str, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A CSV or TSV export, a row at a time: each row is a record read by
    ``record_keys`` like a JSON one (a header "Title" is "title" when no
    column is named "title" itself).  Bytes that are not UTF-8 become lone
    surrogates, replaced with a warning by ``from_record``."""
    # the csv module refuses a cell over 131,072 characters: an article may be longer
    csv.field_size_limit(max(csv.field_size_limit(), 4 * max_chars))
    text = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape" if encoding == "utf-8" else "replace",
                            newline="")
    header = text.readline()
    reader = csv.DictReader(itertools.chain([header], text), delimiter=csv_delimiter(header))
    for row in reader:
        record = {}
        for key, value in row.items():
            if key is None:  # cells past the header's columns
                continue
            record.setdefault(key.strip(), value)
            record.setdefault(key.strip().lower(), value)
        yield from from_record(record, f"{path}:{reader.line_num}", max_chars)


def _check_size(n: int, max_chars: int, what: str) -> None:
    if n > max_chars:
        raise ReadFailure(
            f"{what} is {n:,} characters, over the cap of {max_chars:,} (see --max-article-size)"
        )


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _first_line(head: bytes) -> str:
    for line in head.split(b"\n"):
        if line.strip():
            try:
                return line.decode("utf-8")
            except UnicodeDecodeError:
                return line.decode("cp1252", errors="replace")
    return ""


def _is_json_lines(first_line: str, complete: bool = True) -> bool:
    """JSON lines, or one JSON document spread over lines (pretty-printed)?

    JSON lines when the first line is a JSON value of its own, or when it
    is broken but looks like one record (``{...}``), so that a bad first
    line costs that line alone; one document when the first line opens an
    object or a list that goes on below it.
    """
    line = first_line.strip()
    if not complete or _parses(line):
        return True
    if line.startswith("["):
        return False
    return line.startswith("{") and line.endswith("}")


def _byte_lines(head: bytes, rest) -> Iterator[bytes]:
    pending = b""
    for line in io.BytesIO(head):
        if line.endswith(b"\n"):
            yield pending + line
            pending = b""
        else:
            pending += line
    for line in rest:
        yield pending + line
        pending = b""
    if pending:
        yield pending


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def json_problem(error: Exception) -> str:
    """What is wrong with a JSON text, in a few words."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, json.JSONDecodeError):
        # Python's messages that end "... at" expect the position after them.
        return f"{error.msg} column {error.colno}" if error.msg.endswith(" at") else error.msg
    if "digits" in str(error):
        return "a number with more than 4,300 digits"
    return str(error)


def _read_json_lines(lines: Iterator, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    warned = False
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                line = line.decode("cp1252", errors="replace")
                if not warned:
                    warned = True
                    yield LoadError(f"{path}:{n}", "not UTF-8: decoded as windows-1252", level="warning")
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield LoadError(where, f"invalid JSON on line {n}: {json_problem(e)}")
            continue
        records = records_of(record)
        if records is None:
            yield from from_record(record, where, max_chars)
        else:
            for i, item in enumerate(records, 1):
                yield from from_record(item, f"{where}#{i}", max_chars)


def _read_json_document(text: str, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        where = f" (line {e.lineno})" if isinstance(e, json.JSONDecodeError) else ""
        yield LoadError(path, f"invalid JSON{where}: {json_problem(e)}")
        return
    records = records_of(data)
    for n, record in enumerate([data] if records is None else records, 1):
        yield from from_record(record, f"{path}#{n}", max_chars)


def records_of(data) -> list | None:
    """The records a parsed JSON value holds when it is not one record: a
    list, or a saved API response's page (see ``record_keys.envelope_records``)."""
    if isinstance(data, list):
        return data
    return record_keys.envelope_records(data) if isinstance(data, dict) else None


def _clean(value: str) -> tuple[str, bool]:
    """The string with lone surrogates (not Unicode; SQLite refuses them) replaced."""
    if SURROGATE.search(value):
        return SURROGATE.sub("\ufffd", value), True
    return value, False


NO_TEXT = "record has no article text (no non-empty 'text', 'body', 'content', 'html' or other known text field)"


def _odd_value(record: dict, paths: tuple[str, ...], numbers: bool = True) -> tuple[str, object] | None:
    """The first of ``paths`` that holds something neither blank nor a string
    nor a number (a list, an object, true; a number too unless ``numbers``),
    with that value; None when a usable value comes first or none is there.

    The key tables skip such values, and a record whose ``text`` was a
    number, or whose date a list, must say so rather than look empty.  An
    object that a later path reads into (``content`` for ``content.rendered``)
    is not odd.
    """
    for i, path in enumerate(paths):
        value = record_keys.value_at(record, path)
        if value is None or value == "" or value == [] or value == {}:
            continue
        if isinstance(value, str) or (numbers and isinstance(value, (int, float)) and not isinstance(value, bool)):
            return None
        if isinstance(value, dict) and any(p.startswith(f"{path}.") for p in paths[i + 1:]):
            continue
        return path, value
    return None


def _kind_of(value) -> str:
    """A JSON value's kind, for a reason: "a number (12345)", "a list of 3 strings"."""
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"a number ({value!r:.40})"
    if isinstance(value, list):
        strings = " strings" if all(isinstance(v, str) for v in value) else ""
        return f"a list of {len(value)}{strings or ' items'}"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _no_text(record: dict, meta: dict) -> str:
    """Why a record without text is not loaded, and what the user can do."""
    said = record_keys.api_error(record)
    if said:
        return f"an API error response, not articles: {said!r}"
    odd = _odd_value(record, record_keys.ARTICLE_PATHS, numbers=False)
    if odd:
        return f"record has no article text: its {odd[0]!r} is {_kind_of(odd[1])}, not text"
    if meta["url"]:
        # a link list (GDELT, a search API's hits): the pages are not fetched unasked
        return f"{NO_TEXT}; to fetch its page, load the address itself ({meta['url'][:100]})"
    return NO_TEXT


@dataclass
class RecordFields:
    """What a JSON record holds: its text or its HTML, and its metadata."""

    text: str | None
    html: str | None
    meta: dict
    repaired: bool  # a lone surrogate was replaced somewhere


def _record_fields(record: dict) -> RecordFields:
    """The text, HTML and metadata of a record, by the paths of ``record_keys``.

    A text field that holds markup (a CMS's rendered body) is read as HTML;
    the project's own ``text`` is always the text itself, markup and all,
    since its offsets index it.
    """
    repaired = False

    def pick(paths) -> str | None:
        nonlocal repaired
        value = record_keys.first_string(record, paths)
        if value is None:
            return None
        value, bad = _clean(value.strip())
        repaired = repaired or bad
        return value or None

    text = html = None
    article = record_keys.first_found(record, record_keys.ARTICLE_PATHS, numbers=False)
    if article is not None:
        path, value = article
        value, repaired = _clean(value)  # the first value cleaned: nothing to add to
        markup = path in record_keys.HTML_PATHS or (path != "text" and record_keys.looks_like_markup(value))
        text, html = (None, value) if markup else (value, None)
    meta = {key: pick(paths) for key, paths in record_keys.META_PATHS.items()}
    for key in ("headline", "outlet", "section"):
        if meta[key] and ENTITY.search(meta[key]):
            # a CMS's rendered title: "Ferry &#8211; the vote" is "Ferry – the vote"
            meta[key] = TAG.sub("", html_lib.unescape(meta[key])).strip() or None
    meta["kind"] = "transcript" if "transcript" in (pick(("kind",)) or "").lower() else "report"
    return RecordFields(text, html, meta, repaired)


def from_record(record, where: str, max_chars: int) -> Iterator[Document | LoadError]:
    """One parsed JSON record -> its Document, or a LoadError saying why not.

    A warning (text whose lone surrogates were replaced) may come before the
    Document; the Document, or the error, is always the last item.
    """
    if not isinstance(record, dict):
        yield LoadError(where, "JSON record is not an object")
        return
    found = _record_fields(record)
    meta = found.meta
    try:
        if found.text is not None:
            _check_size(len(found.text), max_chars, "article text")
            extracted = record if is_extracted(record) else None
            doc = Document(text=found.text, path=where, clean=True, extracted=extracted, **meta)
        elif found.html is not None:
            doc = html_document(found.html, where, max_chars)
            for key, value in meta.items():
                if value is not None:
                    setattr(doc, key, value)
        else:
            yield LoadError(where, _no_text(record, meta))
            return
    except ReadFailure as e:
        yield LoadError(where, str(e))
        return
    if found.text is not None and record_keys.cut_short(found.text):
        yield LoadError(where, "text cut short by its source (ends with '[+N chars]'): claims past the cut are missing",
                        level="warning")
    if meta["published"] and not normalise_date(meta["published"]):
        yield LoadError(where, f"published date not understood: {meta['published'][:40]!r}", level="warning")
    elif not meta["published"] and (odd := _odd_value(record, record_keys.META_PATHS["published"])):
        # a list or an object (``{"$date": ...}`` as MongoDB exports it) was left out without a word
        yield LoadError(where, f"published date not understood: {json.dumps(odd[1])[:40]}", level="warning")
    language = record_keys.not_english(record)
    if language:
        yield language_warning(where, language)
    if found.repaired:
        yield LoadError(where, "invalid Unicode (lone surrogate such as \\ud800) replaced by U+FFFD", level="warning")
    yield doc


ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
TAG = re.compile(r"<[^<>]{1,200}>")
PAGE_TAG = re.compile(r"<(?:html|body)\b", re.I)


PAGE_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)""", re.I)


def page_language(html: str) -> str | None:
    """The language a page declares (``<html lang="de">``) when it is not English, else None."""
    m = PAGE_LANG.search(html, 0, 5000)
    return record_keys.foreign(m.group(1)) if m else None


# schema.org's paywall flag, which news sites set for search engines: in
# JSON-LD ("isAccessibleForFree": false) or as microdata.
PAYWALLED = re.compile(
    r"""["']isAccessibleForFree["']\s*:\s*["']?false\b|"""
    r"""itemprop\s*=\s*["']isAccessibleForFree["'][^>]*?content\s*=\s*["']false""", re.I)


def paywall_warning(where: str, html: str) -> LoadError | None:
    """A warning for a page that says it is behind a paywall: what was saved
    is often only the teaser above it, and a fact-checker should know the
    article's claims are not all there."""
    if PAYWALLED.search(html, 0, 200_000) is None:
        return None
    return LoadError(where, "the page says it is behind a paywall (isAccessibleForFree: false): its text may be only "
                            "the teaser", level="warning")


def language_warning(where: str, language: str) -> LoadError:
    """The warning for an article that says it is not in English: it loads,
    but the extraction rules are English ones."""
    return LoadError(where, f"language is {language!r}: claims are read by English rules, so most are missing",
                     level="warning")


def _worded_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line that is not page furniture, stripped, with its count of words
    holding a letter (what ``has_article_words`` and ``has_story_text`` weigh)."""
    from .articles import is_furniture

    for line in text.splitlines():
        line = line.strip()
        if line and not is_furniture(line):
            yield line, sum(1 for w in line.split() if any(c.isalpha() for c in w))


def has_article_words(text: str, least: int = 3) -> bool:
    """True when the lines that are not page furniture hold ``least`` words.

    A scraped file that kept only a menu, a cookie banner, an error code or
    mis-decoded bytes must be an error row, not an empty article.
    """
    found = 0
    for _line, words in _worded_lines(text):
        found += words
        if found >= least:
            return True
    return False


def has_story_text(text: str) -> bool:
    """True when some line reads like a sentence, not a menu or a button.

    A page of navigation only ("Home | News | Contact") must not become an
    article called "Home".
    """
    from .articles import NAV_SEPARATORS

    for line, words in _worded_lines(text):
        parts = [p for p in NAV_SEPARATORS.split(line) if p]
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            continue  # "Home | News | Sport | About us"
        if words >= 5:
            return True
    return False


TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


def _site_in_title(html: str, headline: str | None) -> tuple[str | None, str | None]:
    """Headline and outlet from a ``<title>`` of two parts, one a masthead.

    "Northern Star - Mine expansion approved" names its site first;
    trafilatura keeps one part as the title, sometimes the site's.  Without a
    site name in the metadata, the part that reads as a masthead is the outlet.
    """
    from .articles import masthead

    m = TITLE.search(html, 0, 50_000)
    parts = TITLE_SEPARATOR.split(html_lib.unescape(m.group(1)).strip()) if m else []
    if len(parts) != 2:
        return headline, None
    names = [masthead(p) for p in parts]
    if bool(names[0]) == bool(names[1]):
        return headline, None
    site = 0 if names[0] else 1
    return parts[1 - site], names[site]


# <meta http-equiv="refresh" content="0; url=https://...">: where a redirect page sends the browser.
META_REFRESH = re.compile(
    r"""<meta\b[^>]*?http-equiv\s*=\s*["']?refresh["']?[^>]*?content\s*=\s*["']\s*\d*\s*[;,]\s*"""
    r"""(?:url\s*=\s*)?['"]?([^"'>\s]+)""", re.I)

# Dates from the page's markup only (meta tags, JSON-LD, <time>, its address).
# htmldate's "extensive" search otherwise turns any year in the page into
# January 1st: "© 1996-2025" gave 1996-01-01, "since 2019" gave 2019-01-01.
# A date printed on a line of its own under the headline is read later
# (articles.byline_date), as for a scraped text.
PAGE_DATE_ONLY = {"original_date": True, "extensive_search": False}

# The comment a browser writes at the top of a saved page: <!-- saved from url=(0087)https://... -->
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)


def _saved_from(html: str) -> str | None:
    """The address a browser saved the page from, when the page names none itself."""
    m = SAVED_FROM.search(html, 0, 5000)
    return html_lib.unescape(m.group(1)) if m else None


LINKED_DATA = re.compile(r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""",
                         re.I | re.S)


def _linked_data_url(html: str) -> str | None:
    """The address a page's JSON-LD gives its article (``url`` or
    ``mainEntityOfPage``), which trafilatura does not read: a page with no
    canonical link or og:url otherwise had no address to match by."""
    for m in itertools.islice(LINKED_DATA.finditer(html), 20):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        for item in _linked_data_items(data):
            for value in (item.get("url"), item.get("mainEntityOfPage")):
                value = value.get("@id") if isinstance(value, dict) else value
                if isinstance(value, str) and value.startswith(("http://", "https://")):
                    return value.strip()
    return None


def _linked_data_items(data) -> Iterator[dict]:
    """The objects of a JSON-LD block that describe an article or a blog post
    ("NewsArticle", "ReportageNewsArticle", "LiveBlogPosting"...), in a list or an @graph."""
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        kinds = item.get("@type") if isinstance(item, dict) else None
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
            yield item


# Blocks one page's deduplication remembers (trafilatura's own process-wide default: 4096).
PAGE_BLOCKS = 4096


def html_document(html: str, path: str, max_chars: int = MAX_ARTICLE_CHARS) -> Document:
    """Main text and metadata of a web page, through trafilatura.

    trafilatura is the best-tested open-source boilerplate remover; it
    drops navigation, comments and captions, and reads title, site name,
    date and URL from the page's metadata.  Its deduplication (a block
    repeated within the page) counts in a cache of this page's own: with
    its default cache, kept for the whole process, the third outlet to
    print the same wire brief came out as "no article text", and what a
    page gave depended on what the process had read before it.
    """
    import trafilatura
    from trafilatura.deduplication import LRUCache

    _check_size(len(html), 4 * max_chars, "HTML page")
    if not PAGE_TAG.search(html, 0, 5000):
        # A fragment (a CMS's rendered body): trafilatura wants a page, and
        # reads a lone <p> as no text at all.
        html = f"<html><body><article>{html}</article></body></html>"
    try:
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=LRUCache(maxsize=PAGE_BLOCKS),
        )
        meta = trafilatura.extract_metadata(html, date_config=PAGE_DATE_ONLY)
    except RecursionError as e:
        raise ReadFailure("cannot parse HTML: nested too deeply") from e
    except Exception as e:  # trafilatura raises many lxml error types
        raise ReadFailure(f"cannot parse HTML: {e}") from e
    if not text or not text.strip() or not has_story_text(text):
        target = META_REFRESH.search(html, 0, 50_000)
        if target:  # a saved redirect (or a consent wall's): the article is at its address
            raise ReadFailure("HTML page has no article text: it only sends the browser on to "
                              f"{html_lib.unescape(target.group(1)).strip()[:200]} (load that address)")
        raise ReadFailure("HTML page has no article text (only navigation or page furniture)")
    # trafilatura joins paragraphs with single newlines; claim extraction
    # and display both want blank-line paragraphs.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    _check_size(len(text), max_chars, "article text")
    doc = Document(text=text, path=path, clean=True)
    if meta is not None:
        _page_metadata(doc, meta, html)
    return doc


def _page_metadata(doc: Document, meta, html: str) -> None:
    """Headline, address, outlet, date and section of a page, from what
    trafilatura read (``meta``) and what it leaves unread."""
    from .articles import outlet_from_url

    doc.headline = meta.title or None
    doc.url = meta.url or _linked_data_url(html) or _saved_from(html)
    # An outlet known by its domain is named as every other input names
    # it: apnews.com's pages call their site "AP News", its feed records
    # were "Associated Press", and the outlet facet showed two.
    doc.outlet = outlet_from_url(doc.url) or meta.sitename or None
    if not doc.outlet:
        doc.headline, doc.outlet = _site_in_title(html, doc.headline)
    doc.published = meta.date or None
    if meta.categories:
        doc.section = meta.categories[0]
