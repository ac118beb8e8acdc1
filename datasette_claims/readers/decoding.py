"""Bytes to text: by a byte-order mark, else UTF-8, else Windows-1252.

A UTF-8 text with a few stray Windows-1252 bytes (two files run together,
one pasted line) is read as UTF-8 with those bytes as Windows-1252: read
whole as Windows-1252, every curly quote and accent of the UTF-8 part was
mojibake ("â€œ") and its quotations gave no claims.

Shared by every reader of text, and by the manifest and fetched pages, so a
file, a page and standard input are decoded alike; binary files that people
try to load (PDF, Word, SQLite) are refused here with a name for what they are.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

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


def unmarked_utf16(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without its
    byte-order mark (a tool's "Unicode" export, a PowerShell redirect cut of
    its mark), else None.  Its English text has a NUL in every other byte,
    all on one side: it was refused as "binary file (NUL bytes)".  Binary
    files have NULs on both sides, or none in step."""
    sample = head[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(even)
    for encoding, zeros, text in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.9 * half and text.count(0) == 0 and _printable(text):
            return encoding
    return None


def _printable(ascii_side: bytes) -> bool:
    """Letters, digits, punctuation and white space, mostly (the side of UTF-16 text that holds them)."""
    return sum(1 for b in ascii_side if 32 <= b < 127 or b in (9, 10, 13)) >= 0.9 * len(ascii_side)


# A tar archive's header names its format at this offset ("ustar", POSIX and GNU alike).
TAR_MAGIC_AT = 257


def refuse_binary(head: bytes) -> None:
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise ReadFailure(f"binary file: {what}")
    if head[TAR_MAGIC_AT:TAR_MAGIC_AT + 5] == b"ustar":
        raise ReadFailure("binary file: a tar archive, not read: unpack it (tar -xf) and load its folder, "
                          "or make it a .zip")
    text = head.rstrip(b"\x00")  # a run of NULs at the end is padding (see ``unpadded``)
    if b"\x00" in text or (head and not text.strip()):
        raise ReadFailure("binary file (NUL bytes), not text")
    controls = sum(1 for b in text[:4096] if b < 9 or 13 < b < 32)
    if controls > max(8, len(text[:4096]) // 50):
        raise ReadFailure("binary file (control bytes), not text")


def unpadded(raw: bytes) -> tuple[bytes, int]:
    """``raw`` without the run of NUL bytes at its end, and how many there were.

    A write cut short by a crash or a full disk often leaves a text file
    padded with NULs to its block's end: its text is whole, and was refused
    as "binary file (NUL bytes)".  NULs inside the text still mean binary.
    """
    text = raw.rstrip(b"\x00")
    return text, len(raw) - len(text)


def _stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """A codec error handler: the bytes that are not UTF-8 read as Windows-1252."""
    stray = error.object[error.start:error.end]
    return stray.decode("cp1252", errors="replace"), error.end


codecs.register_error("datasette-claims-stray-cp1252", _stray_as_cp1252)


class Decoded(NamedTuple):
    text: str
    encoding: str  # as the warning names it: "windows-1252", "utf-8 but for 3 stray bytes, ..."


def mostly_utf8(raw: bytes) -> Decoded | None:
    """``raw`` (not valid UTF-8) read as UTF-8 with its stray bytes as
    Windows-1252, saying how many bytes were stray; None when the UTF-8
    characters are fewer than the stray bytes (a Windows-1252 or Latin-1 text,
    whose accents and quotes are never valid UTF-8 sequences).
    """
    lenient = raw.decode("utf-8", errors="replace")
    stray = lenient.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    wide = sum(1 for c in lenient if c > "\x7f") - lenient.count("\ufffd")
    if wide == 0 or wide < stray:
        return None
    return Decoded(raw.decode("utf-8", errors="datasette-claims-stray-cp1252"),
                   f"utf-8 but for {stray:,} stray byte{'s' * (stray != 1)}, read as windows-1252")


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
    unmarked = unmarked_utf16(raw)
    if unmarked:
        return raw.decode(unmarked, errors="replace"), unmarked
    refuse_binary(raw[:HEAD_BYTES])
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = mostly_utf8(raw)
    if mixed is not None:
        return mixed.text, mixed.encoding
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


# An HTML page's own charset, ``<meta charset="windows-1251">`` or its
# http-equiv Content-Type, in its first bytes (the HTML standard's prescan
# reads 1,024; saved pages put a comment or a script before it).  A page in
# Cyrillic or Shift_JIS was read as Windows-1252, every letter mojibake.
META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
META_CHARSET_BYTES = 4096


def page_charset(raw: bytes) -> str | None:
    """The charset an HTML page's ``<meta>`` names, lower case, or None.  A
    wide one (UTF-16) is no declaration: bytes that spell it in ASCII are not
    in it, and browsers read such a page as UTF-8."""
    m = META_CHARSET.search(raw, 0, META_CHARSET_BYTES)
    name = m.group(1).decode("ascii").lower() if m else None
    return None if name is None or name.startswith(("utf-16", "utf-32", "ucs")) else name


# Charsets a server or a CMS names by default (Apache's and many frameworks'),
# often wrongly: a body in them that is valid UTF-8 with non-ASCII characters
# is UTF-8 (a Latin-1 text's accents are never valid UTF-8 sequences).
DEFAULT_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso-8859-15"}
# As browsers read them (the WHATWG encoding standard): Latin-1 and ASCII are
# Windows-1252, whose curly quotes Latin-1 reads as control characters.
WEB_CODECS = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


def decode_declared(raw: bytes, declared: str | None) -> Decoded:
    """``raw`` in the charset its server or page declares, and a note when
    it was not the body's (``encoding`` is "" when it was, or when none was
    declared).

    A declaration that names a charset the body is not in (a default
    ``charset=iso-8859-1`` on a UTF-8 page; ``utf-8`` on a Windows-1252
    one; a name no codec has) is a lie: read as declared, every curly quote
    became "â€œ" and its quotations gave no claims.
    """
    declared = (declared or "").strip().lower()
    if not declared:
        return Decoded(decode(raw)[0], "")
    if declared not in DEFAULT_CHARSETS or not _wide_utf8(raw):
        try:
            codec = codecs.lookup(declared).name
            return Decoded(raw.decode(WEB_CODECS.get(codec, codec)), "")
        except LookupError:
            return _read_otherwise(raw, f"declared charset {declared!r}, which is no charset known")
        except UnicodeDecodeError:
            pass
    return _read_otherwise(raw, f"declared charset {declared!r}, but the body is not in it")


def _read_otherwise(raw: bytes, why: str) -> Decoded:
    text, encoding = decode(raw)
    return Decoded(text, f"{why}: read as {encoding}")


def _wide_utf8(body: bytes) -> bool:
    """Is ``body`` valid UTF-8 holding characters beyond ASCII?"""
    try:
        return not body.isascii() and bool(body.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def _as_byte(b: int) -> str:
    """The character a byte 0x80-0xBF is read as by Windows-1252 (Latin-1 where it has none)."""
    return bytes([b]).decode("cp1252", errors="ignore") or chr(b)


# UTF-8 read as Windows-1252 (or Latin-1) and saved again as UTF-8, by a
# scraper or a database export: "CafÃ©" for "Café", "â€œ" for an opening
# quote (or "â\x80\x9c", read as Latin-1).  Each run is the bytes of one UTF-8 sequence, a character each: a
# lead (Â-ß, à-ï, ð-ô) and as many continuation bytes as it announces.
_CONT = "[" + re.escape("".join(_as_byte(b) + chr(b) for b in range(0x80, 0xC0))) + "]"
DOUBLE_ENCODED = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
# Every run starts with a lead and a continuation: a text with no such pair
# (nearly every text; most are ASCII) is given back after one scan for it, not
# the alternation's three tries at each character (0.35-0.6 -> about 0.06 s of
# CPU over the Wikinews corpus).
DOUBLE_ENCODED_START = re.compile(f"[\u00c2-\u00f4]{_CONT}")
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {_as_byte(b): b for b in range(0x80, 0xC0)}


class Repaired(NamedTuple):
    text: str
    count: int  # characters repaired


def undo_double_encoding(text: str) -> Repaired:
    """``text`` with each run of ``DOUBLE_ENCODED`` read back as the one
    character it was ("CafÃ©" -> "Café"), when its bytes are one valid UTF-8
    character; other text is left as it is.  Before, such text was stored
    as it came, and a quotation between "â€œ" and "â€\\x9d" gave no claim."""
    count = 0

    def back(m: re.Match) -> str:
        nonlocal count
        try:
            char = bytes(_BYTE_OF[c] for c in m.group()).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return m.group()
        count += 1
        return char

    if text.isascii() or not DOUBLE_ENCODED_START.search(text) or not DOUBLE_ENCODED.search(text):
        return Repaired(text, 0)
    return Repaired(DOUBLE_ENCODED.sub(back, text), count)
