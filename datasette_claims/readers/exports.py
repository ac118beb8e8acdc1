"""Exports from the news databases researchers use: Nexis Uni, Factiva, ProQuest.

Each saves many articles in one file, as plain text or as HTML, each article
a block of labelled lines (headline, outlet, date, length) and its text,
closed by a separator line of its own:

- Nexis Uni: a header block (headline; outlet, date and edition; "Length:
  612 words"; "Byline:"), a line "Body", the text, "Load-Date: ...", and
  "End of Document";
- Factiva: headline, byline, "412 words", the date, the outlet, its code,
  edition, page, language and copyright lines, the text, and "Document"
  with the article's accession number (``Document HRBGZT0020240527ek5r0000a``);
- ProQuest: "Full text:" then the text, then labelled fields ("Title:",
  "Publication title:", "Publication date:", "Section:"...), each record
  between lines of underscores.

A file of that shape is split into its articles (``export.txt#2``); a
record without its text is its own error row.  A file of another shape is
one article, as before: the separators are demanded with the labels that go
with them, so an article that prints "___" under its story stays whole.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from ..dates import normalise_date
from ..models import Document
from .base import LoadError, ReadFailure, check_size


@dataclass
class ExportRecord:
    """One article of an export, or why it has none (``problem``)."""

    text: str = ""
    headline: str | None = None
    outlet: str | None = None
    published: str | None = None
    section: str | None = None
    problem: str | None = None


NEXIS_END = re.compile(r"^\s*End of Document\s*$", re.M)
FACTIVA_END = re.compile(r"^\s*Document [A-Za-z0-9]{20,40}\s*$", re.M)
PROQUEST_RULE = re.compile(r"^\s*_{20,}\s*$", re.M)
WORDS = re.compile(r"^[\d,.]+ words$", re.I)
WEEKDAY = re.compile(r"\s*,?\s*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b\s*,?", re.I)
TIME_OF_DAY = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?$", re.I)
# The labels of ProQuest's fields after "Full text:"; the text ends at the first.
PROQUEST_LABELS = re.compile(
    r"^(?:Subject|Title|Publication title|Publication year|Publication date|Section|Publisher|Place of publication|"
    r"Country of publication|Publication subject|ISSN|Source type|Language of publication|Document type|"
    r"ProQuest document ID|Document URL|Copyright|Last updated|Database|Company / organization|Location|People|"
    r"Identifier / keyword|Credit|Illustration|Caption|Author|Dateline|Edition|Pages|Column):")


def _dated(line: str) -> str | None:
    """The line when it is a date ("May 27, 2024 Monday", "27 May 2024"), as written, else None."""
    bare = WEEKDAY.sub(" ", line).strip(" ,")
    return bare if bare and len(bare) < 40 and normalise_date(bare) else None


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines, stripped."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _label(lines: list[str], label: str) -> str | None:
    """The value of the first ``Label: value`` line."""
    prefix = label.lower() + ":"
    return next((line.strip()[len(prefix):].strip() or None for line in lines
                 if line.strip().lower().startswith(prefix)), None)


def nexis_record(chunk: str) -> ExportRecord | None:
    """A Nexis Uni document (None for a chunk with no document: the cover page)."""
    lines = chunk.splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip().lower() in ("body", "body:")]
    length = _label(lines, "Length")
    if not starts:
        return ExportRecord(problem="a Nexis Uni document without its 'Body' line") if length else None
    head, rest = lines[:starts[0]], lines[starts[0] + 1:]
    end = next((i for i, line in enumerate(rest) if re.match(r"\s*(Load-Date|Classification|Graphic|Notes)\b",
                                                            line)), len(rest))
    record = ExportRecord(text="\n\n".join(" ".join(b) for b in _blocks(rest[:end])))
    record.section = (_label(head, "Section") or "").split(";")[0].strip() or None
    blocks = [b for b in _blocks(head) if not re.match(r"(Copyright|Section|Length|Byline|Dateline|Highlight)\b",
                                                       b[0], re.I)]
    for i, block in enumerate(blocks):
        dates = [_dated(line) for line in block]
        if any(dates) and i > 0:  # outlet, date, edition; the headline the block above
            record.outlet = block[0] if not dates[0] else None
            record.published = next(d for d in dates if d)
            record.headline = " ".join(blocks[i - 1])
    return record


def factiva_record(chunk: str) -> ExportRecord | None:
    """A Factiva article: headline and byline above "N words", then the date,
    the outlet and more, the copyright line (else the language line), and the text."""
    lines = [line.strip() for line in chunk.splitlines()]
    filled = [(i, line) for i, line in enumerate(lines) if line]
    if filled and FACTIVA_CODE.match(filled[0][1]) and filled[0][1].split()[0] == "HD":
        return factiva_coded_record(lines)
    at = next((k for k, (_, line) in enumerate(filled) if WORDS.match(line)), None)
    if at is None:
        return None
    record = ExportRecord(headline=filled[0][1] if at > 0 else None)
    after = [line for _, line in filled[at + 1:at + 4] if not TIME_OF_DAY.match(line)]
    record.published = _dated(after[0]) if after else None
    record.outlet = after[1] if record.published and len(after) > 1 else None
    header = filled[at + 1:at + 12]
    start = next((i + 1 for i, line in header if re.match(r"(Copyright|\(c\)|©)", line, re.I)), None)
    if start is None:  # no copyright line: the text starts after the language's
        start = next((i + 1 for i, line in header if line in LANGUAGES), header[-1][0] + 1 if header else 0)
    record.text = "\n\n".join(" ".join(b) for b in _blocks(lines[start:]))
    return record


LANGUAGES = {"English", "French", "German", "Spanish", "Italian", "Dutch", "Portuguese"}
# "Full Article/Report plus Indexing": each field under its code (HD headline,
# WC words, PD date, SN outlet, LP lead paragraphs, TD the rest...), the code
# on a line of its own or before a tab.
FACTIVA_CODE = re.compile(r"^(HD|CLM|SE|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN)"
                          r"(?:\t|\s*$)")


def factiva_coded_record(lines: list[str]) -> ExportRecord:
    """A Factiva article with its field codes: the text is LP and TD."""
    fields: dict[str, list[str]] = {}
    current = None
    for line in lines:
        m = FACTIVA_CODE.match(line)
        if m:
            current = m.group(1)
            line = line[m.end():]
        if current:
            fields.setdefault(current, []).append(line)

    def one(code: str) -> str | None:
        return " ".join(line for line in fields.get(code, []) if line).strip() or None

    text = "\n\n".join(" ".join(b) for b in _blocks(fields.get("LP", []) + [""] + fields.get("TD", [])))
    return ExportRecord(text=text, headline=one("HD"), outlet=one("SN"), published=one("PD"), section=one("SE"))


def proquest_record(chunk: str) -> ExportRecord | None:
    """A ProQuest record: its text after "Full text:", its fields below."""
    lines = chunk.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip().startswith("Full text:")), None)
    title = _label(lines, "Title")
    if at is None:
        if title and _label(lines, "Publication title"):
            return ExportRecord(problem="a ProQuest record without 'Full text:' (abstract or citation only)")
        return None
    rest = [lines[at].strip()[len("Full text:"):]] + lines[at + 1:]
    end = next((i for i, line in enumerate(rest) if i and PROQUEST_LABELS.match(line.strip())), len(rest))
    fields = rest[end:]
    return ExportRecord(text="\n\n".join(" ".join(b) for b in _blocks(rest[:end])), headline=title,
                        outlet=_label(fields, "Publication title"), published=_label(fields, "Publication date"),
                        section=_label(fields, "Section"))


# (name, separator, reader of one chunk) in the order tried
SHAPES = (
    ("Nexis Uni", NEXIS_END, nexis_record),
    ("Factiva", FACTIVA_END, factiva_record),
    ("ProQuest", PROQUEST_RULE, proquest_record),
)


def export_records(text: str) -> tuple[str, list[ExportRecord]] | None:
    """The shape's name and the records of an export, or None when the text
    is no export (then it is one article)."""
    for name, separator, read in SHAPES:
        if not separator.search(text):
            continue
        records = [r for r in map(read, separator.split(text)) if r is not None]
        if any(not r.problem for r in records):
            return name, records
    return None


BLOCK_END = re.compile(r"<(?:br|/p|/div|/h[1-6]|/tr|/li|/title|hr)\b[^>]*>", re.I)
ANY_TAG = re.compile(r"<[^>]*>")
SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def html_lines(html: str) -> str:
    """An HTML export as the lines a browser shows (its blocks one a line)."""
    text = BLOCK_END.sub("\n", SCRIPTS.sub("", html))
    return html_lib.unescape(ANY_TAG.sub("", text)).replace("\xa0", " ")


FACTIVA_ID = re.compile(r"\bDocument [A-Za-z0-9]{20,40}\b")


def _may_be_export(text: str) -> bool:
    """Does the text (or markup) hold what an export holds somewhere?  A quick
    test before splitting: substring tests first, as every HTML page passes here."""
    if "End of Document" in text or "Full text:" in text:
        return True
    return "Document " in text and FACTIVA_ID.search(text) is not None


def export_items(text: str, path: str, max_chars: int, html: bool) -> list[Document | LoadError] | None:
    """The articles (and error rows) of a database export, or None when the
    text (or, for ``html``, what the page shows) has no export's shape."""
    if not _may_be_export(text):
        return None
    found = export_records(html_lines(text) if html else text)
    if found is None:
        return None
    name, records = found
    items: list[Document | LoadError] = []
    for n, record in enumerate(records, 1):
        where = f"{path}#{n}"
        if record.problem or not record.text.strip():
            items.append(LoadError(where, f"{record.problem or f'a {name} record without its text'}: not loaded"))
            continue
        try:
            check_size(len(record.text), max_chars, "article text")
        except ReadFailure as e:
            items.append(LoadError(where, str(e)))
            continue
        items.append(Document(text=record.text, path=where, headline=record.headline, outlet=record.outlet,
                              published=record.published, section=record.section, clean=True))
    return items

