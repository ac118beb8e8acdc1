"""A newsletter or press release as a mail program saves it: an ``.eml``
file, or a text file that opens with the message's header lines.

Newsletters and releases reach a desk by mail.  Read as a plain article, the
header block became the headline ("From: Kelp Island Bulletin <news@...>")
and claims of a speaker "Subject".  The header names what the article's page
head would: the subject is the headline, the sender's name the outlet, the
date the day it was sent.  The body is the article's text (offsets index
it, as an HTML page's index the text read from it); the message's text as
written stays its identity (``Document.written``).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Iterator

from ..dates import normalise_date
from ..models import Document
from .base import LoadError, ReadFailure, check_size
from .html_pages import html_document, page_warnings

# A header line of a saved message ("From: ...", "Subject: ...", Outlook's "Sent: ...").
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z-]{1,30}:[ \t]?[^\n]*|[ \t]+\S[^\n]*")
_HEADER_NAME = re.compile(r"^([A-Za-z][A-Za-z-]{1,30}):", re.MULTILINE)
# "Fwd:", "Re:", "FW:" before a subject: the mail's, not the headline's.
_REPLY_MARKS = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg)\s*:)+\s*", re.IGNORECASE)
HEADER_LINES_MOST = 40
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def header_block(text: str) -> int | None:
    """Where the body of a text that opens with a message's header block
    starts (after the blank line under it), or None: every line of the block
    a header line, "From" and "Subject" among them."""
    if _HEADER_NAME.match(text) is None:
        return None  # (most texts: the first line is no header line)
    blank = _BLANK_LINE.search(text, 0, 4000)
    if blank is None:
        return None
    end = blank.start()
    lines = text[:end].split("\n")
    if len(lines) > HEADER_LINES_MOST or not all(_HEADER_LINE.fullmatch(line.rstrip("\r")) for line in lines):
        return None
    names = {m.group(1).lower() for m in _HEADER_NAME.finditer(text, 0, end)}
    if not {"from", "subject"} <= names:
        return None
    return blank.end()


def email_text(text: str, start: int, path: str, max_chars: int) -> Document:
    """A text file holding a saved message: its body the article, its header the head."""
    message = email.message_from_string(text[:start], policy=email.policy.default)
    body = text[start:]
    check_size(len(body), max_chars, "article text")
    return _with_head(Document(text=body, path=path, written=text), message)


def read_email(raw: bytes, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """An ``.eml`` file: its plain-text body (else its HTML body, read as a
    page) is the article, its header the head."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise ReadFailure("email holds no text or HTML body")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as e:
        raise ReadFailure(f"cannot read the email's body: {e}") from e
    if part.get_content_type() == "text/html":
        doc = html_document(content, path, max_chars)
        yield from page_warnings(path, content)
    else:
        check_size(len(content), max_chars, "article text")
        doc = Document(text=content, path=path)
    yield _with_head(doc, message)


def _with_head(doc: Document, message) -> Document:
    """The headline, outlet and date the message's header gives, where the body gave none."""
    subject = _REPLY_MARKS.sub("", str(message.get("Subject") or "")).strip()
    doc.headline = doc.headline or subject or None
    sender = email.utils.parseaddr(str(message.get("From") or ""))[0].strip()
    doc.outlet = doc.outlet or sender or None
    doc.published = doc.published or _sent_on(str(message.get("Date") or message.get("Sent") or ""))
    return doc


def _sent_on(value: str) -> str | None:
    """The day a message was sent ("Wed, 4 Mar 2026 07:02:11 +0000", Outlook's
    "Wednesday, March 4, 2026 7:02 AM"), as ISO."""
    if not value.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return normalise_date(re.sub(r"\s+\d{1,2}:\d{2}.*$", "", value.strip()))
