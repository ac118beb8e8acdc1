"""Fetch pages over HTTP(S) for ``claims load URL`` and ``claims extract URL``.

Articles arrive as addresses more often than as files.  A fetched page is
read exactly like an HTML file (``readers.html_document``), with the final
address after redirects as its url.  Every way a fetch can fail (no such
host, refused, an HTTP error status, too slow, too large, not a page) becomes
one ``LoadError`` with a reason a user can act on, and the load goes on.

The standard library's ``urllib.request`` is enough for one GET at a time;
what it lacks (a total time limit, a size cap, refusing redirects to other
schemes) is added here rather than pulling in another dependency.
"""

from __future__ import annotations

import functools
import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlparse

from .models import Document
from .readers import (
    Decoded,
    LoadError,
    ReadFailure,
    decode,
    decode_declared,
    has_article_words,
    html_document,
    language_warning,
    page_charset,
    page_language,
    paywall_warning,
    section_front_warning,
)

USER_AGENT = "datasette-claims/0.1 (+https://github.com/datasette/datasette-claims; news claim tracker)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8"
)
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
XML_TYPES = {"application/xml", "text/xml"}
JSON_TYPES = {"application/json", "application/x-ndjson", "application/ld+json"}
# Types that say nothing about the body (a server's default for a file it
# cannot name): the body's own bytes decide, as when no type is given.
UNNAMED_TYPES = {"application/octet-stream", "binary/octet-stream", "application/unknown", "application/x-unknown",
                 "application/download", "application/force-download"}
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchOptions:
    """Limits for one fetch: seconds for the whole response, and its size."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000


@dataclass
class Fetched:
    """A response body and what its headers said about it."""

    url: str  # the final address, after redirects
    body: bytes
    content_type: str  # "text/html", lower case, no parameters; "" if not given
    charset: str | None = None

    def text(self) -> str:
        """The body as text: the declared charset, else UTF-8 or Windows-1252."""
        return self.decoded.text

    @functools.cached_property
    def decoded(self) -> Decoded:
        """The body as text, and a note when the declared charset (its
        header's, else its page's ``<meta>``) was not the body's
        (``readers.decoding.decode_declared``)."""
        return decode_declared(self.body, self.charset or page_charset(self.body))


class FetchError(Exception):
    """A fetch that produced no usable page; the message is the reason."""


def is_url(path: str) -> bool:
    return bool(re.match(r"(?i)https?://", path))


def is_source(path: str) -> bool:
    """An input this module reads: an address, or a feed saved as a file."""
    from .feeds import is_feed_path

    return is_url(path) or is_feed_path(path)


class _SameSchemeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only (urllib would allow ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if _scheme(newurl) not in ("http", "https"):
            raise FetchError(f"redirected to a non-HTTP address: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, options: FetchOptions | None = None) -> Fetched:
    """GET ``url`` within the time and size limits, or raise ``FetchError``."""
    options = options or FetchOptions()
    if _scheme(url) not in ("http", "https"):
        raise FetchError("only http:// and https:// addresses can be fetched")
    opener = urllib.request.build_opener(_SameSchemeRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=options.timeout) as response:
            headers = response.headers
            _check_length(headers, options.max_bytes)
            body = _read_limited(response, options, started)
            _check_complete(headers, body)
            body = decoded_body(body, headers.get("Content-Encoding", ""), options.max_bytes)
            final = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        raise FetchError(_http_reason(e)) from None
    except urllib.error.URLError as e:
        raise FetchError(_network_reason(e.reason, url, options)) from None
    except (OSError, ValueError) as e:  # socket.timeout, reset connections, bad addresses
        raise FetchError(_network_reason(e, url, options)) from None
    except http.client.InvalidURL as e:  # a space or a bad port in the address
        raise FetchError(f"not a valid web address: {e}") from None
    except http.client.HTTPException as e:  # a malformed response
        raise FetchError(f"bad HTTP response: {type(e).__name__}") from None
    msg = Message()
    msg["content-type"] = headers.get("Content-Type", "")
    content_type = msg.get_content_type() if headers.get("Content-Type") else ""
    return Fetched(final, body, content_type, msg.get_param("charset"))


def _scheme(url: str) -> str:
    """The address's scheme, lower-cased; raises FetchError for an address
    ``urlparse`` cannot split ("http://[::1", a bracket left open), which
    was a traceback that ended the whole load."""
    try:
        return urlparse(url).scheme.lower()
    except ValueError as e:
        raise FetchError(f"not a valid web address: {e}") from None


def _http_reason(e: urllib.error.HTTPError) -> str:
    """An HTTP error status in a line; a redirect urllib did not follow is a
    loop unless it named nowhere to go."""
    if 300 <= e.code < 400 and not (e.headers and (e.headers.get("Location") or e.headers.get("URI"))):
        return f"HTTP {e.code} {e.reason}: a redirect that names no address to go to"
    if 300 <= e.code < 400:  # urllib's loop message runs over four lines
        return f"HTTP {e.code}: too many redirects (a redirect loop?)"
    return f"HTTP {e.code} {e.reason}"


def _check_length(headers, limit: int) -> None:
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchError(f"too large: {int(length):,} bytes (limit {limit:,}; see --max-bytes)")


def _read_limited(response, options: FetchOptions, started: float) -> bytes:
    """The body, stopped at the size cap and at the time limit.

    ``read1`` returns whatever one receive gives, and each receive may wait
    only for the time left: a server that drips a byte at a time (never
    silent for the socket's timeout) must not hold the load for minutes
    past ``--timeout``.
    """
    parts: list[bytes] = []
    size = 0
    while True:
        left = options.timeout - (time.monotonic() - started)
        if left <= 0:
            raise FetchError(f"timed out after {options.timeout:g}s (see --timeout)")
        _wait_at_most(response, left)
        chunk = response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(f"too large: more than {options.max_bytes:,} bytes (see --max-bytes)")
        parts.append(chunk)


def _wait_at_most(response, seconds: float) -> None:
    """Let the response's next receive wait ``seconds`` at most (when its socket can be reached)."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


def _check_complete(headers, body: bytes) -> None:
    """A body shorter than its ``Content-Length``: the connection was cut.

    ``http.client`` returns what arrived without a word, and a page cut
    mid-article would load as a shorter article with no error row.
    """
    length = headers.get("Content-Length")
    if length and length.isdigit() and len(body) < int(length) and not headers.get("Transfer-Encoding"):
        raise FetchError(f"connection closed after {len(body):,} of {int(length):,} bytes: page cut short")


# The encodings a server may compress a body with, as zlib reads them.
ZLIB_WINDOWS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def decoded_body(body: bytes, encoding: str, limit: int) -> bytes:
    """The body unpacked when its ``Content-Encoding`` is gzip or deflate.

    urllib asks for no compression, but some servers send gzip anyway; read
    as it came, the page was refused as "binary file".  The unpacked size
    is capped like a plain body's (a small body may unpack to gigabytes).
    """
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ZLIB_WINDOWS:
        raise FetchError(f"cannot read a body compressed as {encoding!r}")
    unpacker = zlib.decompressobj(ZLIB_WINDOWS[encoding])
    try:
        data = unpacker.decompress(body, limit + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError(f"damaged {encoding} body") from None
        data = _raw_deflate(body, limit)
    if len(data) > limit:
        raise FetchError(f"too large: more than {limit:,} bytes unpacked (see --max-bytes)")
    return data


def _raw_deflate(body: bytes, limit: int) -> bytes:
    """A ``deflate`` body without its zlib header, as some servers send it."""
    try:
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, limit + 1)
    except zlib.error:
        raise FetchError("damaged deflate body") from None


def _network_reason(reason, url: str, options: FetchOptions) -> str:
    host = urlparse(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"DNS lookup failed: no address for host {host!r}"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return f"timed out after {options.timeout:g}s (see --timeout)"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason.reason or reason}"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error: {reason.strerror}"
    return f"network error: {reason}"


def kind_of_page(page: Fetched) -> str:
    """The content type the server gave, else (none given, or one that names
    no type, ``application/octet-stream``) the one the body looks like."""
    if page.content_type and page.content_type not in UNNAMED_TYPES:
        return page.content_type
    return _sniff(page.body)


def page_document(page: Fetched, where: str) -> Document:
    """A fetched HTML or plain-text page as a Document (raises ReadFailure)."""
    kind = kind_of_page(page)
    if kind in HTML_TYPES:
        doc = html_document(page.text(), where)
    elif kind in TEXT_TYPES:
        text = page.text()
        if not text.strip():
            raise ReadFailure("empty page")
        if not has_article_words(text):  # "Not Found" served with status 200, a paywall's notice
            raise ReadFailure("no article text: only page furniture, numbers or unreadable characters")
        doc = Document(text=text, path=where)
    elif kind in JSON_TYPES:  # an API's address: its key would be stored in source_path
        raise ReadFailure(f"not HTML or text: a JSON response ({kind}); save it to a file and load the file")
    else:
        raise ReadFailure(f"not HTML or text: content type {kind or 'unknown'}")
    doc.url = page.url
    return doc


def page_items(page: Fetched, where: str) -> list[Document | LoadError]:
    """``page_document``, after a warning when the page declares a language
    that is not English (``<html lang="de">``) or, for HTML, a paywall or a
    list of articles (a section front); raises ReadFailure."""
    doc = page_document(page, where)
    head = page.body[:200_000].decode("latin-1")
    language = page_language(head)
    html = kind_of_page(page) in HTML_TYPES
    paywall = paywall_warning(where, head) if html else None
    listing = section_front_warning(where, page.text()) if html else None
    lie = page.decoded.encoding
    charset = LoadError(where, lie, level="warning") if lie else None
    warnings = (language_warning(where, language) if language else None, paywall, listing, charset)
    return [w for w in warnings if w] + [doc]


def _sniff(body: bytes) -> str:
    """A content type for a response that declared none."""
    head = body[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "application/xml"
    try:
        decode(body)
    except ReadFailure:
        return "application/octet-stream"
    return "text/plain"


def read_source(path: str, options: FetchOptions | None = None) -> Iterator[Document | LoadError]:
    """Documents from an address (a page, or a feed of pages) or a feed file."""
    from . import feeds

    if not is_url(path):
        yield from feeds.read_feed_file(path, options)
        return
    try:
        page = fetch(path, options)
    except FetchError as e:
        yield LoadError(path, str(e))
        return
    kind = kind_of_page(page)
    if kind in FEED_TYPES or (kind in XML_TYPES and feeds.looks_like_feed(page.body)):
        yield from feeds.read_feed(page.body, page.url, path, options)
        return
    if kind in XML_TYPES:
        yield LoadError(path, f"not HTML or text: XML that is not an RSS or Atom feed ({kind})")
        return
    try:
        yield from page_items(page, path)
    except ReadFailure as e:
        yield LoadError(path, str(e))
