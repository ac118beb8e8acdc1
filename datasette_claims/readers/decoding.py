"""Bytes to text: by a byte-order mark, else UTF-8, else Windows-1252.

Shared by every reader of text, and by the manifest and fetched pages, so a
file, a page and standard input are decoded alike; binary files that people
try to load (PDF, Word, SQLite) are refused here with a name for what they are.
"""

from __future__ import annotations

import codecs

from .base import HEAD_BYTES, ReadFailure

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
    (b"PK\x03\x04", "a ZIP archive (.docx, .odt, .epub?): convert it to text or HTML first (a ZIP of articles is "
                    "read when its name ends in .zip)"),
    (b"{\\rtf", "an RTF document: convert it to text or HTML first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc?): convert it to text or HTML first"),
    (b"SQLite format 3\x00", "a SQLite database, not an article"),
    (b"filedesc://", "an ARC web archive (the format before WARC): convert it to WARC first"),
)


def refuse_binary(head: bytes) -> None:
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
    refuse_binary(raw[:HEAD_BYTES])
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"
