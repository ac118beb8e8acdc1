"""Pages a browser saved as one file: MHTML (``.mhtml``, ``.mht``) and
Safari's ``.webarchive``.

Each is a container around one HTML page (with its images), so the page is
taken out and read as an HTML file, at the address it was saved from.  They
have their own size cap, since the photos in them are not article text.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Document
from .base import LoadError, ReadFailure
from .decoding import decode_declared, page_charset
from .html_pages import page_warnings, html_document

# A page saved in one file carries its images: a news page with its photos is
# often 5 to 20 MB, over the cap on an article file (4 bytes a character).
SAVED_PAGE_SCALE = 32


def saved_page_bytes(head: bytes, stream, max_chars: int) -> bytes:
    """The whole of a single-file save, up to its own cap (the page's HTML
    is then held to the article cap by ``html_document``)."""
    limit = SAVED_PAGE_SCALE * max_chars
    raw = head + stream.read(max(0, limit + 1 - len(head)))
    if len(raw) > limit:
        raise ReadFailure(f"saved page is over {limit:,} bytes with its images (cap: {SAVED_PAGE_SCALE} times "
                          "--max-article-size); save it as HTML only")
    return raw


def read_webarchive(raw: bytes, path: str, max_chars: int) -> Iterator[Document | LoadError]:
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
    html = decode_declared(body, charset or page_charset(body)).text
    doc = html_document(html, path, max_chars)
    if not doc.url and isinstance(saved_from, str) and saved_from.startswith(("http://", "https://")):
        doc.url = saved_from
    yield from page_warnings(path, html)
    yield doc


def read_mhtml(raw: bytes, path: str, max_chars: int) -> Iterator[Document | LoadError]:
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
