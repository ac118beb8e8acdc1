"""JSON records: JSON lines, JSON documents and saved API responses.

One record is one article, read through the key table of ``record_keys``;
a record that cannot be one is its own ``LoadError`` row (``dump.jsonl:12``)
and the other records load.  JSON lines are read a line at a time, so a
large dump never sits in memory whole.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .. import record_keys
from ..contract import is_extracted
from ..dates import normalise_date
from ..models import Document, document_kind
from ..text import counted
from .base import LoadError, ReadFailure, check_size
from .decoding import Decoded, mostly_utf8
from .html_pages import html_document, language_warning
from .json_blocks import block_body

SURROGATE = re.compile("[\ud800-\udfff]")
# What a string of a record may hold that SQLite or a reader cannot: lone
# surrogates (not Unicode; SQLite refuses them) are replaced, NUL characters
# (``\u0000``; SQLite's ``length()`` and C readers stop at the first) left out.
REPAIRS = {
    "surrogate": "invalid Unicode (lone surrogate such as \\ud800) replaced by U+FFFD",
    "nul": "NUL characters (\\u0000) left out of its strings",
}


# The longest JSON record read, in bytes, in multiples of --max-article-size
# (32 MB by default: an article's HTML with its escapes, or an API's page of
# articles on one line).  A longer line is read through without being held:
# one 200 MB line took 1 GB of memory, and a larger one could end the load.
RECORD_SCALE = 16


class Overlong(NamedTuple):
    """A JSON line over the cap, in place of its bytes."""

    size: int


class Blanks(NamedTuple):
    """A run of blank lines, in place of them."""

    count: int


def too_long(size: int, n: int, max_chars: int) -> str:
    return (f"line {n} is {size:,} bytes, over the cap of {RECORD_SCALE * max_chars:,} for one record "
            f"({RECORD_SCALE} times --max-article-size): not read")


ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
TAG = re.compile(r"<[^<>]{1,200}>")


def parses(line: str) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def first_line_of(head: bytes) -> str:
    for line in head.splitlines():  # LF, CRLF or an old Mac's lone CR
        if line.strip():
            try:
                return line.decode("utf-8")
            except UnicodeDecodeError:
                return line.decode("cp1252", errors="replace")
    return ""


def is_json_lines(first_line: str, complete: bool = True) -> bool:
    """JSON lines, or one JSON document spread over lines (pretty-printed)?

    JSON lines when the first line is a JSON value of its own, or when it
    is broken but looks like one record (``{...}``), so that a bad first
    line costs that line alone; one document when the first line opens an
    object or a list that goes on below it.
    """
    line = first_line.strip()
    if not complete:  # a first line longer than the head: one huge record, or one huge array of them
        return not line.startswith("[")
    if parses(line):
        return True
    if line.startswith("["):
        return False
    return line.startswith("{") and line.endswith("}")


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


def _cut_short(error: Exception, line: str) -> str:
    """What to add when a line ends before its record does: the last line of
    a file that a scraper is still writing, or a copy cut short."""
    if not isinstance(error, json.JSONDecodeError):
        return ""
    if error.msg.startswith("Unterminated string") or error.pos >= len(line.rstrip()) - 1:
        return " (the line ends before its record: cut short, or a file still being written?)"
    return ""


def read_json_lines(lines: Iterator, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    warned = False
    n = 0
    for line in lines:
        if isinstance(line, Blanks):
            n += line.count
            continue
        n += 1
        if isinstance(line, Overlong):
            yield LoadError(f"{path}:{n}", too_long(line.size, n, max_chars))
            continue
        if isinstance(line, bytes):
            try:
                # a mark on any line: files saved with one each, joined with cat
                line = line.decode("utf-8-sig")
            except UnicodeDecodeError:
                mixed = mostly_utf8(line) or Decoded(line.decode("cp1252", errors="replace"), "windows-1252")
                line = mixed.text
                if not warned:
                    warned = True
                    yield LoadError(f"{path}:{n}", f"not UTF-8: decoded as {mixed.encoding}", level="warning")
        if not line or line.isspace():  # (not ``strip``: a copy of every line)
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield LoadError(where, f"invalid JSON on line {n}: {json_problem(e)}{_cut_short(e, line)}")
            continue
        records = records_of(record)
        if records is None:
            yield from from_record(record, where, max_chars)
        else:
            for i, item in enumerate(records, 1):
                yield from from_record(item, f"{where}#{i}", max_chars)


def read_json_document(text: str, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        where = f" (line {e.lineno})" if isinstance(e, json.JSONDecodeError) else ""
        yield LoadError(path, f"invalid JSON{where}: {json_problem(e)}")
        return
    records = records_of(data)
    for n, record in enumerate([data] if records is None else records, 1):
        yield from from_record(record, f"{path}#{n}", max_chars)


class _ArrayText:
    """A JSON array's text as it is read: decoded a chunk at a time (UTF-8,
    stray bytes as Windows-1252), with what is parsed dropped from the front."""

    def __init__(self, chunks: Iterator[bytes]):
        import codecs

        self.chunks = chunks
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="datasette-claims-stray-cp1252")
        self.text, self.pos, self.done = "", 0, False

    def more(self, at_least: int) -> bool:
        """Read on until ``at_least`` more characters came (or the end); False at the end."""
        if self.done:
            return False
        if self.pos > (1 << 20):
            self.text, self.pos = self.text[self.pos:], 0
        wanted = len(self.text) + at_least
        while len(self.text) < wanted:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.text += self.decoder.decode(b"", final=True)
                self.done = True
                break
            self.text += self.decoder.decode(chunk)
        return True

    def skip(self, chars: str) -> str:
        """Skip white space and any of ``chars``; the next character, or "" at the end."""
        while True:
            while self.pos < len(self.text) and (self.text[self.pos].isspace() or self.text[self.pos] in chars):
                self.pos += 1
            if self.pos < len(self.text) or not self.more(1):
                return self.text[self.pos: self.pos + 1]


def read_json_array(chunks: Iterator[bytes], path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A JSON document that is one array of records, too large to read whole
    (a scraper's "items.json"), an element at a time: before, it was refused
    over ``RECORD_SCALE`` times the article cap.  Each element is held to
    that cap; a broken one stops the read there, with the records before it
    loaded (an array has no line to start again from)."""
    decoder = json.JSONDecoder()
    array = _ArrayText(chunks)
    limit = RECORD_SCALE * max_chars
    if array.skip("") != "[":
        raise ReadFailure("JSON document too large to read whole and not an array of records: save it as JSON "
                          "lines, one record a line (jq -c '.[]')")
    array.pos += 1
    n = 0
    while (next_char := array.skip(",")) not in ("]", ""):
        n += 1
        record = _next_element(decoder, array, limit, n)
        yield from from_record(record, f"{path}#{n}", max_chars)
    if next_char == "":
        raise ReadFailure(f"JSON array ends early, after {n:,} records (cut short?); those before are loaded")


def _next_element(decoder: json.JSONDecoder, array: _ArrayText, limit: int, n: int):
    """The array's next element, read on (doubling what is held) until it parses whole."""
    while True:
        try:
            record, end = decoder.raw_decode(array.text, array.pos)
        except (ValueError, RecursionError) as e:
            held = len(array.text) - array.pos
            if held > limit:
                raise ReadFailure(f"record {n} of the JSON array is over {limit:,} characters or not valid JSON: "
                                  f"not read, nor what follows it; the {n - 1:,} records before it are loaded") from e
            if not array.more(max(held, 1 << 16)):
                raise ReadFailure(f"invalid JSON in record {n} of the array: {json_problem(e)}; the {n - 1:,} "
                                  "records before it are loaded") from e
            continue
        array.pos = end
        return record


def records_of(data) -> list | None:
    """The records a parsed JSON value holds when it is not one record: a
    list, or a saved API response's page (see ``record_keys.envelope_records``)."""
    if isinstance(data, list):
        return data
    return record_keys.envelope_records(data) if isinstance(data, dict) else None


def _has_surrogate(value: str) -> bool:
    """Whether a string holds a surrogate code point, which the UTF-8 encoder
    refuses: a C pass (none at all for an ASCII string, known without one),
    where the regex ``SURROGATE.search`` took 30-60 instructions a character
    of every record's text."""
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _clean(value: str, repairs: set[str]) -> str:
    """The string with lone surrogates replaced and NULs left out (see
    ``REPAIRS``), adding the name of each repair made to ``repairs``."""
    if _has_surrogate(value):
        value = SURROGATE.sub("\ufffd", value)
        repairs.add("surrogate")
    if "\x00" in value:
        value = value.replace("\x00", "")
        repairs.add("nul")
    return value


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
    if value is None:
        return "null"
    if isinstance(value, str):
        return f"a string ({value!r:.40})"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"a number ({value!r:.40})"
    if isinstance(value, list):
        return f"a list of {counted(len(value), 'string' if all(isinstance(v, str) for v in value) else 'item')}"
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


# A date as a page shows it to its reader ("2 hours ago", "yesterday"): it
# counts from when the page was read, which a saved record does not say.
RELATIVE_DATE = re.compile(r"\b(?:ago|yesterday|today|just now|last (?:week|month|night))\b", re.IGNORECASE)
RELATIVE_REASON = " (counted from when the page was read, which the record does not say): left out"


def _field_warnings(record: dict, meta: dict, where: str) -> Iterator[LoadError]:
    """A warning for each field left out: a date not understood, and a value
    of the wrong kind under a metadata key (a title that is a list, an
    outlet that is an object, an id that is a list), which the key table
    passes over and which was dropped without a word."""
    if meta["published"] and not normalise_date(meta["published"]):
        why = RELATIVE_REASON if RELATIVE_DATE.search(meta["published"]) else ""
        yield LoadError(where, f"published date not understood: {meta['published'][:40]!r}{why}", level="warning")
    for key, paths in record_keys.META_PATHS.items():
        odd = None if meta.get(key) else _odd_value(record, paths)
        if odd is None:
            continue
        if key == "published":  # a list, or ``{"$date": ...}`` as MongoDB exports it
            yield LoadError(where, f"published date not understood: {json.dumps(odd[1])[:40]}", level="warning")
        else:
            yield LoadError(where, f"its {odd[0]!r} is {_kind_of(odd[1])}, not text: left out", level="warning")


@dataclass
class RecordFields:
    """What a JSON record holds: its text or its HTML, and its metadata."""

    text: str | None
    html: str | None
    meta: dict
    repairs: set[str]  # the ``REPAIRS`` made to its strings


def _record_fields(record: dict) -> RecordFields:
    """The text, HTML and metadata of a record, by the paths of ``record_keys``.

    A text field that holds markup (a CMS's rendered body) is read as HTML;
    so is a ``text`` that opens with a block tag ("<p>", "<div ...>": a
    scraper's JSON lines), which was stored tags and all.  ``claims extract``
    output's ``text`` is always the text itself, markup and all, since its
    claims' offsets index it, and so is a text that only mentions a tag.
    """
    repairs: set[str] = set()

    def pick(paths) -> str | None:
        value = record_keys.first_string(record, paths)
        if value is None:
            return None
        return _clean(value, repairs).strip() or None

    text = html = None
    article = record_keys.first_found(record, record_keys.ARTICLE_PATHS, numbers=False)
    if article is not None:
        path, value = article
        value = _clean(value, repairs)
        if path == "text":
            markup = record_keys.opens_with_markup(value) and not is_extracted(record)
        else:
            markup = path in record_keys.HTML_PATHS or record_keys.looks_like_markup(value)
        text, html = (None, value) if markup else (value, None)
    else:
        blocks = block_body(record)  # a body of paragraphs and other blocks, as a CMS keeps it
        if blocks is not None:
            text, html = (_clean(blocks.text, repairs) if blocks.text is not None else None,
                          _clean(blocks.html, repairs) if blocks.html is not None else None)
    meta = {key: pick(paths) for key, paths in record_keys.META_PATHS.items()}
    for key in ("headline", "outlet", "section"):
        if meta[key] and ENTITY.search(meta[key]):
            # a CMS's rendered title: "Ferry &#8211; the vote" is "Ferry – the vote"
            meta[key] = TAG.sub("", html_lib.unescape(meta[key])).strip() or None
    meta["kind"] = document_kind(pick(("kind",)))
    return RecordFields(text, html, meta, repairs)


def from_record(record, where: str, max_chars: int) -> Iterator[Document | LoadError]:
    """One parsed JSON record -> its Document, or a LoadError saying why not.

    A warning (text whose lone surrogates were replaced) may come before the
    Document; the Document, or the error, is always the last item.
    """
    if not isinstance(record, dict):
        yield LoadError(where, f"JSON record is not an object: {_kind_of(record)}")
        return
    found = _record_fields(record)
    meta = found.meta
    try:
        if found.text is not None:
            check_size(len(found.text), max_chars, "article text")
            # a NUL left out moved the offsets of the record's own claims, and a lone surrogate
            # replaced in the text or a field is still in the record, whose values the rows are
            # made from (SQLite refused it: the article was lost): extracted again
            extracted = record if is_extracted(record) and not found.repairs else None
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
    yield from _field_warnings(record, meta, where)
    language = record_keys.not_english(record)
    if language:
        yield language_warning(where, language)
    for repair in sorted(found.repairs, reverse=True):  # the surrogate's first, as before
        yield LoadError(where, REPAIRS[repair], level="warning")
    yield doc
