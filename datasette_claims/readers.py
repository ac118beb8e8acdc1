"""Turn paths (files, folders, ``-`` for stdin) into ``Document`` records.

Readers only read: they decide what the text is and what metadata the input
states, and report anything unreadable as a ``LoadError`` instead of raising,
so one bad file never stops a load of thousands.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .models import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


@dataclass
class LoadError:
    """An input that could not become an article, and why.

    ``level`` is "error" when nothing was loaded from the input and
    "warning" when it loaded but something about it deserves a look (a file
    that was not UTF-8, say).
    """

    path: str
    reason: str
    level: str = "error"


class ReadFailure(Exception):
    """Raised inside a reader; turned into a ``LoadError`` by ``read_paths``."""


def read_paths(
    paths: Iterable[str], stdin=None
) -> Iterator[Document | LoadError]:
    """Yield a Document for each article found, a LoadError for each failure.

    Folders are walked recursively in sorted order (so ids and progress are
    reproducible); files with unknown suffixes inside folders are skipped
    silently, but a named file with an unknown suffix is read as text.
    """
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_json_lines(stream.read(), "<stdin>")
            continue
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    if os.path.splitext(name)[1].lower() in SUPPORTED:
                        yield from read_file(os.path.join(root, name))
            continue
        yield from read_file(path)


def read_file(path: str) -> Iterator[Document | LoadError]:
    suffix = os.path.splitext(path)[1].lower()
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        yield LoadError(path, f"cannot read file: {e.strerror or e}")
        return
    try:
        text, encoding = decode(raw)
    except ReadFailure as e:
        yield LoadError(path, str(e))
        return
    if encoding != "utf-8":
        yield LoadError(path, f"not UTF-8: decoded as {encoding}", level="warning")
    if suffix in JSON_SUFFIXES:
        if suffix == ".json" and not text.lstrip().startswith("{\n") and _looks_like_single_json(text):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                yield LoadError(path, f"invalid JSON: {e}")
                return
            records = data if isinstance(data, list) else [data]
            for n, record in enumerate(records, 1):
                yield _from_record(record, f"{path}#{n}")
            return
        yield from _read_json_lines(text, path)
        return
    if not text.strip():
        yield LoadError(path, "empty file")
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        try:
            yield html_document(text, path)
        except ReadFailure as e:
            yield LoadError(path, str(e))
        return
    yield Document(text=text, path=path)


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1252/Latin-1.

    Binary data (NUL bytes or many control characters) is refused rather than
    turned into mojibake articles.
    """
    if not raw.strip():
        raise ReadFailure("empty file")
    head = raw[:4096]
    if b"\x00" in head:
        raise ReadFailure("binary file (NUL bytes), not text")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > max(8, len(head) // 50):
        raise ReadFailure("binary file (control bytes), not text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _looks_like_single_json(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith("["):
        return True
    # One object spread over several lines is a single JSON document; one
    # object per line is JSON lines even with a .json suffix.
    lines = [ln for ln in stripped.splitlines() if ln.strip()]
    return stripped.startswith("{") and not all(
        ln.lstrip().startswith("{") and ln.rstrip().endswith("}") for ln in lines
    )


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def _read_json_lines(text: str, path: str) -> Iterator[Document | LoadError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield LoadError(where, f"invalid JSON on line {n}: {e.msg}")
            continue
        yield _from_record(record, where)


def _from_record(record, where: str) -> Document | LoadError:
    if not isinstance(record, dict):
        return LoadError(where, "JSON record is not an object")
    text = record.get("text")
    html = record.get("html")

    def field(*names):
        for name in names:
            value = record.get(name)
            if value not in (None, ""):
                return str(value)
        return None

    meta = dict(
        id=field("id", "doc_id"),
        url=field("url", "link", "source_url"),
        outlet=field("outlet", "source", "publisher", "site_name"),
        headline=field("headline", "title"),
        published=field("published", "date", "publication_date", "published_at"),
        section=field("section", "category"),
        kind="transcript" if "transcript" in (field("kind") or "").lower() else "report",
        speaker=field("speaker", "speaker_name"),
    )
    if isinstance(text, str) and text.strip():
        return Document(text=text, path=where, clean=True, **meta)
    if isinstance(html, str) and html.strip():
        try:
            doc = html_document(html, where)
        except ReadFailure as e:
            return LoadError(where, str(e))
        for key, value in meta.items():
            if value is not None:
                setattr(doc, key, value)
        return doc
    return LoadError(where, "record has no non-empty 'text' or 'html' field")


def html_document(html: str, path: str) -> Document:
    """Main text and metadata of a web page, through trafilatura.

    trafilatura is the best-tested open-source boilerplate remover; it
    drops navigation, comments and captions, and reads title, site name,
    date and URL from the page's metadata.
    """
    import trafilatura

    try:
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=True,
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # trafilatura raises many lxml error types
        raise ReadFailure(f"cannot parse HTML: {e}") from e
    if not text or not text.strip():
        raise ReadFailure("HTML page has no article text")
    # trafilatura joins paragraphs with single newlines; claim extraction
    # and display both want blank-line paragraphs.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    doc = Document(text=text, path=path, clean=True)
    if meta is not None:
        doc.headline = meta.title or None
        doc.outlet = meta.sitename or None
        doc.url = meta.url or None
        doc.published = meta.date or None
        if meta.categories:
            doc.section = meta.categories[0]
    return doc
