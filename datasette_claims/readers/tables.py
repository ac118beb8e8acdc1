"""CSV and TSV tables: one article per row, its columns read as JSON keys.

A news archive's export or a spreadsheet, read only when named on the
command line (see ``folders``); its rows go through ``json_records`` so a
column is understood exactly as the same key of a JSON record.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator

from ..models import Document
from .base import LoadError
from .json_records import from_record

# What separates a table's columns: a comma, or what a spreadsheet saves in
# locales where the comma is the decimal mark (";"), or a tab.
DELIMITERS = ",;\t"


def csv_delimiter(text: str) -> str:
    """The separator of a table's header line: the one of DELIMITERS it holds most."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return max(DELIMITERS, key=header.count)


def read_csv(raw, encoding: str, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """A CSV or TSV export, a row at a time: each row is a record read by
    ``record_keys`` like a JSON one (a header "Title" is "title" when no
    column is named "title" itself).  Bytes that are not UTF-8 become lone
    surrogates, replaced with a warning by ``from_record``."""
    # the csv module refuses a cell over 131,072 characters: an article may be longer
    csv.field_size_limit(max(csv.field_size_limit(), 4 * max_chars))
    text = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape" if encoding == "utf-8" else "replace",
                            newline="")
    header = text.readline()
    reader = csv.DictReader(itertools.chain([header], text), delimiter=csv_delimiter(header))
    for row in reader:
        record = {}
        for key, value in row.items():
            if key is None:  # cells past the header's columns
                continue
            record.setdefault(key.strip(), value)
            record.setdefault(key.strip().lower(), value)
        yield from from_record(record, f"{path}:{reader.line_num}", max_chars)
