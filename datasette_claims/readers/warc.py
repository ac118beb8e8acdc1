"""Web archives: WARC files (``.warc``, ``.warc.gz``) as crawlers write them.

Common Crawl's CC-NEWS, the Internet Archive, Webrecorder and ArchiveWeb.page,
and ``wget --warc-file`` all write WARC (ISO 28500): records one after the
other, each a block of ``WARC/1.x`` header lines, a blank line and
``Content-Length`` bytes; a ``.warc.gz`` is one gzip member per record, which
``gzip`` reads as one stream.  Each HTTP 200 ``response`` record of an HTML
page is an article, read as a fetched page is (``fetch.page_items``) at its
``WARC-Target-URI``; every other record (the requests, ``warcinfo``,
``metadata``, ``revisit``, images, redirects, 404s, ``robots.txt``) is
skipped and counted in one warning row for the archive.  A record cut short
(the end of an interrupted crawl) is an error row, and what came before it
loads.

The format is simple enough for a reader of its own, with the standard
library: see docs/loading.md for why not ``warcio``.
"""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..models import Document
from .base import LoadError, ReadFailure

WARC_MAGIC = b"WARC/"
# Header lines of one record, and of one HTTP response, read at most.
HEADER_LINES = 256
LINE_BYTES = 64 * 1024
HTTP_HEAD_BYTES = 64 * 1024
SKIP_CHUNK = 1 << 20
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass
class WarcRecord:
    """One record: its number in the file (from 1), its WARC headers (names
    in lower case), the first bytes of its block, and the block's length."""

    number: int
    headers: dict[str, str]
    head: bytes
    length: int
    read: int = 0  # bytes of the block read so far (the head's, or all)


@dataclass
class HttpResponse:
    """The HTTP message a ``response`` record holds."""

    status: int
    headers: dict[str, str]  # names in lower case
    body_start: bytes  # what of the body came with the head

    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


class CutShort(Exception):
    """The file ends inside a record (its number is ``number``)."""

    def __init__(self, number: int, where: str):
        super().__init__(where)
        self.number = number


def _header_lines(raw, number: int) -> dict[str, str]:
    """Header lines up to the blank line that ends them (``Name: value``)."""
    headers: dict[str, str] = {}
    for _ in range(HEADER_LINES):
        line = raw.readline(LINE_BYTES)
        if not line:
            raise CutShort(number, "the file ends inside its headers")
        if not line.strip():
            return headers
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    raise ReadFailure(f"more than {HEADER_LINES} header lines: not a WARC record")


def _skip(raw, n: int, number: int) -> None:
    """Read past ``n`` bytes without keeping them (a video is never held)."""
    while n > 0:
        got = len(raw.read(min(n, SKIP_CHUNK)))
        if not got:
            raise CutShort(number, "the file ends inside its block")
        n -= got


def _next_version_line(raw) -> bytes:
    """The ``WARC/1.x`` line that opens the next record (past the blank
    lines that end the last one), or ``b""`` at the end of the file."""
    line = raw.readline(LINE_BYTES)
    while line in (b"\r\n", b"\n"):
        line = raw.readline(LINE_BYTES)
    return line


@contextmanager
def _reading(number: int):
    """A gzip member cut short or damaged is the record's own error."""
    try:
        yield
    except EOFError as e:
        raise CutShort(number, "the compressed data ends early") from e
    except (zlib.error, gzip.BadGzipFile) as e:
        raise CutShort(number, f"the compressed data is damaged ({e})") from e


def warc_records(raw) -> Iterator[WarcRecord]:
    """The records of a WARC stream, each with the head of its block; the
    caller may read the rest (and say so in ``read``); what it leaves is skipped."""
    number = 0
    while True:
        with _reading(number + 1):
            line = _next_version_line(raw)
        if not line:
            return
        number += 1
        if not line.startswith(WARC_MAGIC):
            raise ReadFailure(f"record {number} does not start with a WARC version line: not a WARC file "
                              "from here on")
        with _reading(number):
            record = _record(raw, number)
        yield record
        with _reading(number):
            _skip(raw, record.length - record.read, number)


def _record(raw, number: int) -> WarcRecord:
    """The record whose version line was just read: its headers and the head of its block."""
    headers = _header_lines(raw, number)
    length = headers.get("content-length", "")
    if not length.isdigit():
        raise ReadFailure(f"WARC record {number} has no Content-Length: the records after it cannot be found")
    head = raw.read(min(int(length), HTTP_HEAD_BYTES))
    if len(head) < min(int(length), HTTP_HEAD_BYTES):
        raise CutShort(number, "the file ends inside its block")
    return WarcRecord(number, headers, head, int(length), len(head))


def http_response(head: bytes) -> HttpResponse | None:
    """The status, headers and first body bytes of an HTTP response, or None
    when the block is no HTTP response."""
    if not head.startswith(b"HTTP/"):
        return None
    end = head.find(b"\r\n\r\n")
    cut = 4
    if end < 0:
        end, cut = head.find(b"\n\n"), 2
    if end < 0:
        return None
    lines = head[:end].decode("latin-1").splitlines()
    parts = lines[0].split()
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return HttpResponse(int(parts[1]), headers, head[end + cut:])


def dechunked(body: bytes) -> bytes:
    """A body sent with ``Transfer-Encoding: chunked`` (WARC keeps it as it
    came over the wire), without its chunk sizes."""
    out, at = [], 0
    while (end := body.find(b"\n", at)) >= 0:
        try:
            n = int(body[at:end].split(b";")[0].strip(), 16)
        except ValueError as e:
            raise ReadFailure("damaged chunked body") from e
        if n == 0:
            break
        out.append(body[end + 1:end + 1 + n])
        at = end + 1 + n
        at += 2 if body[at:at + 2] == b"\r\n" else 1 if body[at:at + 1] == b"\n" else 0
    return b"".join(out)


def skip_reason(record: WarcRecord, response: HttpResponse | None) -> str | None:
    """Why a record is no article ("request", "HTTP 404", "image/png"), or
    None for an HTTP 200 response of an HTML page."""
    kind = record.headers.get("warc-type", "no WARC-Type").lower()
    if kind != "response":
        return f"{kind} record"
    if response is None:
        return "non-HTTP response"
    if 300 <= response.status < 400:
        return "redirect"
    if response.status != 200:
        return f"HTTP {response.status} response"
    if response.content_type() not in HTML_TYPES:
        return f"{response.content_type() or 'untyped'} response"
    return None


def skipped_warning(path: str, skipped: Counter) -> LoadError:
    """The one warning row that counts what an archive held besides pages."""
    most_first = sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    counts = ", ".join(f"{n:,} {what}{'s' if n != 1 else ''}" for what, n in most_first)
    total = sum(skipped.values())
    return LoadError(path, f"skipped {total:,} WARC record{'s' if total != 1 else ''} that are no HTML page "
                           f"(counted, not errors): {counts}", level="warning")


def read_warc(raw, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """Every HTML page of a WARC stream (``raw`` has ``readline``), its
    other records counted, a record cut short an error row."""
    skipped: Counter = Counter()
    try:
        for record in warc_records(raw):
            yield from _record_items(record, raw, path, skipped, max_chars)
    except CutShort as e:
        yield LoadError(f"{path}#{e.number}", f"WARC record cut short: {e} (an interrupted crawl or download?); "
                        "the records before it are loaded")
    except ReadFailure as e:  # not WARC from some record on: what came before is kept
        yield LoadError(path, str(e))
    if skipped:
        yield skipped_warning(path, skipped)


def _record_items(record: WarcRecord, raw, path: str, skipped: Counter,
                  max_chars: int) -> Iterator[Document | LoadError]:
    """The article of one record (or its error row), counting it if skipped."""
    response = http_response(record.head) if record.headers.get("warc-type") == "response" else None
    reason = skip_reason(record, response)
    if reason:
        skipped[reason] += 1
        return
    where = f"{path}#{record.number}"
    limit = 4 * max_chars
    if record.length > limit:
        yield LoadError(where, f"page is over {limit:,} bytes: too large for one article (see --max-article-size)")
        return
    with _reading(record.number):
        rest = raw.read(record.length - record.read)
    record.read += len(rest)
    if record.read < record.length:
        raise CutShort(record.number, "the file ends inside its block")
    yield from _page_items(record, response, response.body_start + rest, where, max_chars)


def _page_items(record: WarcRecord, response: HttpResponse, body: bytes, where: str,
                max_chars: int) -> Iterator[Document | LoadError]:
    """A response's page read as a fetched page is, at its target address;
    the capture's date only when the page, its address and its byline give none."""
    from .. import fetch
    from ..articles import published_date

    target = record.headers.get("warc-target-uri", "").strip("<>") or None
    try:
        if "chunked" in response.headers.get("transfer-encoding", "").lower():
            body = dechunked(body)
        body = fetch.decoded_body(body, response.headers.get("content-encoding", ""), 4 * max_chars)
        page = fetch.Fetched(target, body, response.content_type(), response.charset())
        items = fetch.page_items(page, where)
    except (ReadFailure, fetch.FetchError) as e:
        yield LoadError(where, f"{e} ({(target or 'no WARC-Target-URI')[:200]})")
        return
    doc = items[-1]
    if not doc.published and not published_date(doc):
        doc.published = record.headers.get("warc-date", "")[:10] or None
    if record.headers.get("warc-truncated"):
        cut = record.headers["warc-truncated"]
        yield LoadError(where, f"the crawler cut this page short (WARC-Truncated: {cut}): its text may be incomplete",
                        level="warning")
    yield from items
