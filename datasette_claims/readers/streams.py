"""One byte stream (a file, a gzip member, standard input) to its reader.

What a stream holds is decided from its first bytes as much as from its
name: it is unpacked if gzipped, decoded by its byte-order mark, refused if
binary, and handed to the JSON, table, saved-page, HTML or text reader.
``guarded`` turns whatever a reader meets into a ``LoadError`` row, so
one bad file never stops a load.
"""

from __future__ import annotations

import gzip
import io
import itertools
import os
import re
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from ..models import Document
from .addresses import ADDRESS_LIST_BYTES, ADDRESS_LIST_REFUSED, addresses_in
from .base import (CSV_SUFFIXES, EMAIL_SUFFIXES, HEAD_BYTES, HTML_SUFFIXES, JSON_SUFFIXES, MARKDOWN_SUFFIXES,
                   MAX_ARTICLE_CHARS, MHTML_SUFFIXES, TEXT_SUFFIXES, WEBARCHIVE_SUFFIXES, ZIP_SUFFIXES,
                   LoadError, ReadFailure, check_size, suffix_of)
from .capped import CappedGzip, Prefixed
from .decoding import BOMS, Decoded, decode, decode_declared, page_charset, refuse_binary, unmarked_utf16, unpadded
from .html_pages import page_warnings, has_article_words, html_document
from .markdown import plain_text
from .json_records import (RECORD_SCALE, Blanks, Overlong, first_line_of, is_json_lines, parses, read_json_array,
                           read_json_document, read_json_lines)
from .emails import email_text, header_block, read_email
from .saved_pages import read_mhtml, read_webarchive, saved_page_bytes
from .exports import export_items
from .tables import read_csv
from .tars import is_tar, read_tar
from .warc import WARC_MAGIC, read_warc
from .zips import ZIP_MAGIC, read_zip

CHUNK = 64 * 1024  # bytes read at a time from a JSON lines file

def read_file(path: str, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document | LoadError]:
    try:
        f = open(path, "rb")
    except OSError as e:
        yield LoadError(path, f"cannot read file: {e.strerror or e}")
        return
    with f:
        yield from guarded(path, read_stream(f, path, suffix_of(os.path.basename(path)), max_chars))


def guarded(path: str, items: Iterator[Document | LoadError]) -> Iterator[Document | LoadError]:
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
    except (OSError, zlib.error, gzip.BadGzipFile, zipfile.BadZipFile) as e:  # a damaged member of a ZIP too
        yield LoadError(path, f"cannot read file: {getattr(e, 'strerror', None) or e}")
    except RecursionError:
        yield LoadError(path, "cannot read file: nested too deeply")
    except Exception as e:  # a reader bug must not cost the rest of the load
        yield LoadError(path, f"cannot read file: {type(e).__name__}: {e}")


def stdin_bytes(stdin) -> io.BufferedIOBase:
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
    head, stream = _opened(stream)
    if not head.strip():
        raise ReadFailure("empty file")
    container = _container_items(head, stream, path, suffix, max_chars)
    if container is not None:
        yield from container
        return
    bom = next((enc for mark, enc in BOMS if head.startswith(mark)), None) or unmarked_utf16(head)
    if bom is None and not _opens_with_record(head):
        refuse_binary(head)
    if bom in ("utf-16-le", "utf-16-be"):
        yield LoadError(path, f"no byte-order mark: read as {bom.upper()}", level="warning")
    wide = bom is not None and bom.startswith(("utf-16", "utf-32"))
    if suffix in CSV_SUFFIXES:
        raw = io.BufferedReader(Prefixed(head if wide else head[3:] if bom else head, stream))
        yield from read_csv(raw, bom if wide else "utf-8", path, max_chars)
        return
    if wide:
        yield from _read_wide(io.BufferedReader(Prefixed(head, stream)), bom, path, suffix, max_chars)
        return
    first = head[3:] if bom else head
    start = first.lstrip()[:1]
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and start in (b"{", b"[")):
        yield from _read_json(first, stream, path, max_chars)
        return
    limit = 4 * max_chars
    raw = first + stream.read(max(0, limit + 1 - len(first)))
    if len(raw) > limit:
        raise ReadFailure(
            f"file is over {limit:,} bytes: too large for one article (cap: {max_chars:,} characters, "
            "see --max-article-size); is it a dump that should be JSON lines?"
        )
    raw, padding = unpadded(raw)
    text, warning = _decoded_file(raw, suffix)
    if padding:
        yield LoadError(path, f"ends in {padding:,} NUL bytes (a write cut short?), left out", level="warning")
    if warning:
        yield LoadError(path, warning, level="warning")
    yield from _read_text(text, path, suffix, max_chars)


def _decoded_file(raw: bytes, suffix: str) -> Decoded:
    """A file's text, and the warning it loads with ("" for none): UTF-8;
    else the charset its HTML page declares (``<meta charset="windows-1251">``:
    read as Windows-1252, every Cyrillic letter was mojibake), with no warning
    when the page is in it; else Windows-1252 (``decoding.decode``)."""
    text, encoding = decode(raw)
    if encoding == "utf-8":
        return Decoded(text, "")
    declared = page_charset(raw) if suffix not in TEXT_SUFFIXES else None
    if declared and declared not in ("utf-8", "utf8"):
        return decode_declared(raw, declared)
    return Decoded(text, f"not UTF-8: decoded as {encoding}")


def _read_json(first: bytes, stream, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """JSON lines, a line at a time, or one JSON document read whole; a line
    or a document held to ``RECORD_SCALE`` times the article cap."""
    # a first line longer than the head is one huge record: JSON lines
    complete = _has_line_end(first.lstrip()) or len(first) < HEAD_BYTES
    limit = RECORD_SCALE * max_chars
    if is_json_lines(first_line_of(first), complete):
        # the head first, whole: a gzip cut inside it keeps the lines before the cut
        chunks = itertools.chain([first], iter(lambda: stream.read(CHUNK), b""))
        yield from read_json_lines(_byte_lines(chunks, limit), path, max_chars)
        return
    raw = first + stream.read(max(0, limit + 1 - len(first)))
    if len(raw) > limit and raw.lstrip()[:1] == b"[":  # one huge array of records: an element at a time
        yield from read_json_array(itertools.chain([raw], iter(lambda: stream.read(CHUNK), b"")), path, max_chars)
        return
    if len(raw) > limit:
        raise ReadFailure(f"JSON document over {limit:,} bytes: too large to read whole ({RECORD_SCALE} times "
                          "--max-article-size); save it as JSON lines, one record a line (jq -c '.[]')")
    text, encoding = decode(raw)
    if encoding != "utf-8":
        yield LoadError(path, f"not UTF-8: decoded as {encoding}", level="warning")
    yield from read_json_document(text, path, max_chars)


def _opened(stream) -> tuple[bytes, io.RawIOBase]:
    """The first bytes of a stream (``HEAD_BYTES`` of it unpacked, when it
    is gzipped) and the stream to read on from there.

    A gzip cut short within its first bytes keeps what came before the cut:
    a small crawl's ``.warc.gz`` whose last record was cut loads its other
    records.  Read past them, the stream raises the cut (``EOFError``).
    """
    head = stream.read(2)
    if head != b"\x1f\x8b":
        return head + stream.read(HEAD_BYTES), stream
    unpacked = CappedGzip(Prefixed(head, stream))
    chunks, size = [], 0
    try:
        while size < HEAD_BYTES and (chunk := unpacked.read1(HEAD_BYTES - size)):
            chunks.append(chunk)
            size += len(chunk)
    except EOFError as e:
        if not chunks:
            raise
        return b"".join(chunks), _Failing(e)
    return b"".join(chunks), unpacked


class _Failing(io.RawIOBase):
    """A stream whose next read raises what cut the one before it."""

    def __init__(self, error: Exception):
        self.error = error

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        raise self.error


def _container_items(head: bytes, stream, path: str, suffix: str,
                     max_chars: int) -> Iterator[Document | LoadError] | None:
    """The items of a file that holds other files or a page with its images
    (a WARC, a ZIP, a saved page), or None for any other file."""
    if head.startswith(WARC_MAGIC):  # by its content, whatever its name
        return read_warc(io.BufferedReader(Prefixed(head, stream)), path, max_chars)
    if suffix in ZIP_SUFFIXES and head.startswith(ZIP_MAGIC):
        return read_zip(head, stream, path, suffix, max_chars)
    if is_tar(head):  # by its content, whatever its name
        return read_tar(_rewound(head, stream), path, max_chars)
    if suffix in WEBARCHIVE_SUFFIXES | MHTML_SUFFIXES:  # a page with its images, in one file
        raw = saved_page_bytes(head, stream, max_chars)
        return (read_webarchive if suffix in WEBARCHIVE_SUFFIXES else read_mhtml)(raw, path, max_chars)
    if suffix in EMAIL_SUFFIXES:  # a saved message, with its attachments
        return read_email(saved_page_bytes(head, stream, max_chars), path, max_chars)
    return None


def member_items(open_member, where: str, name: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A member of a ZIP or tar archive (``open_member()`` opens it), read as a file of its own."""
    try:
        member = open_member()
    except (OSError, RuntimeError, NotImplementedError, ValueError, zipfile.BadZipFile, tarfile.TarError) as e:
        yield LoadError(where, f"cannot read file in archive: {e}")
        return
    with member:
        yield from guarded(where, read_stream(member, where, suffix_of(name), max_chars))


def _has_line_end(data: bytes) -> bool:
    return b"\n" in data or b"\r" in data


def _rewound(head: bytes, stream):
    """The stream from its first byte: the file itself when it can seek (a
    plain file on disk), else with its head put back in front."""
    seekable = getattr(stream, "seekable", None)
    if seekable is not None and seekable():
        stream.seek(0)
        return stream
    return io.BufferedReader(Prefixed(head, stream))


def _opens_with_record(head: bytes) -> bool:
    """Does the head open with a whole line that is one JSON object?

    Then the file is JSON lines, whatever bytes a later line holds: a NUL
    byte in one scraped record (invalid JSON, that line's error row) must
    not refuse the whole dump as a binary file.
    """
    start = head.lstrip()
    if not start.startswith(b"{") or not _has_line_end(start):
        return False
    line = start.splitlines()[0]
    return b"\x00" not in line and parses(line.decode("utf-8", errors="replace"))


def _read_text(text: str, path: str, suffix: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A decoded file: JSON, HTML or one plain-text article, by suffix and content."""
    stripped = text.lstrip()
    if not stripped:
        raise ReadFailure("empty file")
    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and stripped[:1] in "{["):
        if is_json_lines(stripped.split("\n", 1)[0]):
            yield from read_json_lines(iter(text.splitlines()), path, max_chars)
        else:
            yield from read_json_document(text, path, max_chars)
        return
    is_html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text))
    export = export_items(text, path, max_chars, html=is_html)
    if export is not None:  # many articles from a news database, in one file
        yield from export
        return
    if is_html:
        doc = html_document(text, path, max_chars)
        yield from page_warnings(path, text)
        yield doc
        return
    if suffix in TEXT_SUFFIXES and (body := header_block(text)) is not None:
        yield email_text(text, body, path, max_chars)  # a saved message: its header is its head
        return
    check_size(len(text), max_chars, "article text")
    if addresses_in(text[:ADDRESS_LIST_BYTES]) is not None:
        raise ReadFailure(ADDRESS_LIST_REFUSED)
    if not has_article_words(text):
        # (a newcomer's file of a headline alone was told "only page furniture")
        raise ReadFailure("no article text: only page furniture, numbers or unreadable characters, or fewer than "
                          "three words (a headline alone?)")
    if suffix in MARKDOWN_SUFFIXES and (plain := plain_text(text)) != text:
        # known by its text as written, as before its marks were read (a reload is the same article)
        yield Document(text=plain, path=path, written=text)
        return
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
    if json_like and is_json_lines(first.split("\n", 1)[0]):
        yield from read_json_lines(itertools.chain(head, text), path, max_chars)
        return
    yield from _read_text("".join(head) + text.read(), path, suffix, max_chars)


# A run of blank lines (spaces, tabs and CRs allowed), skipped in one step.
BLANK_RUN = re.compile(rb"[\n \t\r]*[\n\r]")  # one class, then back to its last line end: C speed
# A line ends in LF, CRLF or a lone CR (old Mac files, and files pasted together from both).
LINE_END = re.compile(rb"\r\n?|\n")


def _blank_lines(chunk: bytes, start: int, end: int) -> int:
    """How many lines a run of blank lines holds, whatever ends them."""
    return chunk.count(b"\n", start, end) + chunk.count(b"\r", start, end) - chunk.count(b"\r\n", start, end)


def _byte_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes | Overlong | Blanks]:
    """The lines of a byte stream, given a chunk at a time.

    A line ends in LF, CRLF or a lone CR: a file saved on an old Mac (CR
    only) was one line of "Extra data", and lines pasted in from one lost
    their numbers.  A line over ``limit`` bytes is read through without
    being held, and given as its size; a run of blank lines is given as its
    count, in one step: a gzip of 100 MB of newlines (100 KB packed) took
    three minutes a line at a time, and its gigabyte half an hour.
    """
    parts: list[bytes] = []
    size = 0
    after_cr = False
    for chunk in chunks:
        # the LF of a CRLF cut between two chunks ends the line before it
        start = 1 if after_cr and chunk[:1] == b"\n" else 0
        line_end = _cr_line_end if b"\r" in chunk else _lf_line_end
        while start < len(chunk):
            if not size and (blank := BLANK_RUN.match(chunk, start)):
                yield Blanks(_blank_lines(chunk, start, blank.end()))
                start = blank.end()
                continue
            ended = line_end(chunk, start)
            end = ended or len(chunk)
            size += end - start
            if size <= limit:
                parts.append(chunk[start:end])
            elif parts:
                parts = []
            start = end
            if ended:
                yield _whole(parts, size, limit)
                parts, size = [], 0
        after_cr = chunk.endswith(b"\r")
    if size:
        yield _whole(parts, size, limit)


def _lf_line_end(chunk: bytes, start: int) -> int:
    """Where the line from ``start`` ends (after its LF), or 0 when it runs
    past the chunk: for a chunk without a CR, by ``bytes.find`` (a C scan;
    the ``LINE_END`` regex took about 70 instructions a byte, a fifth of
    loading ``claims extract`` output)."""
    return chunk.find(b"\n", start) + 1


def _cr_line_end(chunk: bytes, start: int) -> int:
    """``_lf_line_end`` for a chunk holding a CR: a CRLF or a lone CR ends a line too."""
    ended = LINE_END.search(chunk, start)
    return ended.end() if ended else 0


def _whole(parts: list[bytes], size: int, limit: int) -> bytes | Overlong:
    if size > limit:
        return Overlong(size)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head
