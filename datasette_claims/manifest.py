"""Sidecar manifests: a folder of text files with their metadata beside them.

Scrapers and archives hand over plain ``.txt`` files plus a table saying
where each came from.  A ``manifest.csv`` or ``manifest.jsonl`` in a loaded
folder (or any file given with ``--manifest``) maps file names to url,
outlet, date and headline, so a thousand files need no thousand ``--url``
flags.  The manifest states metadata, so it wins over what the text seems
to say; the command line's ``--url/--outlet/--date`` still win over it.

A row naming a file that is not there is a warning (a typo or a file
lost in transit), a file with no row loads as before, and nothing in a
manifest ever stops a load.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .dates import normalise_date
from .models import Document, document_kind
from .readers import MANIFEST_NAMES, LoadError, ReadFailure, csv_delimiter, decode

FILE_COLUMNS = ("file", "filename", "name", "path")
FIELD_COLUMNS = {
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "source", "publisher"),
    "published": ("date", "published", "published_at", "publication_date"),
    "headline": ("headline", "title"),
    "kind": ("kind",),
    "speaker": ("speaker",),
}


@dataclass
class Entry:
    """One manifest row: a file and the metadata it states."""

    file: str  # as written in the manifest
    path: str  # absolute, resolved against the manifest's folder
    where: str  # "manifest.csv:3", for messages
    meta: dict[str, str] = field(default_factory=dict)

    def apply(self, doc: Document) -> None:
        for key, value in self.meta.items():
            setattr(doc, key, value)


@dataclass
class Manifest:
    path: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[LoadError] = field(default_factory=list)
    _by_path: dict[str, Entry] = field(default_factory=dict, repr=False)
    _by_name: dict[str, list[Entry]] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        earlier = self._by_path.get(entry.path)
        if earlier:  # the later row is used, as before; the user learns there were two
            self.problems.append(LoadError(entry.where, f"manifest names {entry.file!r} again (first at "
                                           f"{earlier.where}): this row is used", "warning"))
            self.entries.remove(earlier)
            bare = self._by_name.get(earlier.file, [])
            if earlier in bare:
                bare.remove(earlier)
        self.entries.append(entry)
        self._by_path[entry.path] = entry
        if os.path.basename(entry.file) == entry.file:
            self._by_name.setdefault(entry.file, []).append(entry)

    def lookup(self, doc_path: str) -> Entry | None:
        """The row for a file: by its full path, else by a bare file name
        (when only one row names it)."""
        entry = self._by_path.get(os.path.abspath(doc_path))
        if entry:
            return entry
        bare = self._by_name.get(os.path.basename(doc_path), [])
        return bare[0] if len(bare) == 1 else None


def find_manifests(paths: Iterable[str], explicit: str | None = None) -> list[Manifest]:
    """The manifest given with --manifest, and those found in loaded folders."""
    found = [read_manifest(explicit)] if explicit else []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for name in MANIFEST_NAMES:
                candidate = os.path.join(path, name)
                if os.path.isfile(candidate) and (
                    not explicit or os.path.abspath(candidate) != os.path.abspath(explicit)
                ):
                    found.append(read_manifest(candidate))
    return found


def read_manifest(path: str) -> Manifest:
    manifest = Manifest(path)
    try:
        with open(path, "rb") as f:
            text = decode(f.read())[0]
    except OSError as e:
        manifest.problems.append(LoadError(path, f"cannot read manifest: {e.strerror or e}"))
        return manifest
    except ReadFailure as e:
        manifest.problems.append(LoadError(path, f"cannot read manifest: {e}"))
        return manifest
    if path.lower().endswith(".csv"):
        rows = _csv_rows(text, path, manifest)
    else:
        rows = list(_json_rows(text, path, manifest))
        if rows and not any(set(row) & set(FILE_COLUMNS) for _, row in rows):
            # an article dump given as the manifest: one error, not a warning per record
            manifest.problems.append(LoadError(path, f"manifest has no file key on any line (one of: "
                                                     f"{', '.join(FILE_COLUMNS)}): is it a manifest?"))
            return manifest
    folder = os.path.dirname(os.path.abspath(path))
    for where, row in rows:
        entry = _entry(row, where, folder, manifest)
        if entry:
            manifest.add(entry)
    return manifest


def _csv_rows(text: str, path: str, manifest: Manifest) -> Iterator[tuple[str, dict]]:
    reader = csv.DictReader(io.StringIO(text), delimiter=csv_delimiter(text))
    columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
    if not columns & set(FILE_COLUMNS):
        manifest.problems.append(
            LoadError(path, f"manifest has no file column (one of: {', '.join(FILE_COLUMNS)})")
        )
        return
    for row in reader:
        yield f"{path}:{reader.line_num}", {(k or "").strip().lower(): v for k, v in row.items()}


def _json_rows(text: str, path: str, manifest: Manifest) -> Iterator[tuple[str, dict]]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            manifest.problems.append(LoadError(f"{path}:{n}", f"invalid JSON in manifest: {e.msg}", "warning"))
            continue
        if not isinstance(row, dict):
            manifest.problems.append(LoadError(f"{path}:{n}", "manifest line is not an object", "warning"))
            continue
        yield f"{path}:{n}", {str(k).strip().lower(): v for k, v in row.items()}


def _first(row: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = row.get(name)
        if value not in (None, "") and str(value).strip():
            return str(value).strip()
    return None


def _entry(row: dict, where: str, folder: str, manifest: Manifest) -> Entry | None:
    name = _first(row, FILE_COLUMNS)
    if not name:
        manifest.problems.append(LoadError(where, "manifest row names no file", "warning"))
        return None
    meta = {key: value for key, names in FIELD_COLUMNS.items() if (value := _first(row, names))}
    if "kind" in meta:  # as a JSON record's
        meta["kind"] = document_kind(meta["kind"])
    if "published" in meta:
        iso = normalise_date(meta["published"])
        if iso:
            meta["published"] = iso
        else:
            bad = meta.pop("published")
            manifest.problems.append(LoadError(where, f"manifest date {bad!r} is not a date", "warning"))
    return Entry(name, _local_path(folder, name), where, meta)


def _local_path(folder: str, name: str) -> str:
    """The file a row names, absolute; a Windows path (``sub\\story.txt``,
    as a manifest written on Windows has it) is the same path with slashes
    when no file has the name as written."""
    path = os.path.abspath(os.path.join(folder, name))
    if "\\" in name and not os.path.exists(path):
        path = os.path.abspath(os.path.join(folder, name.replace("\\", "/")))
    return path


def apply_manifests(
    items: Iterable[Document | LoadError], manifests: list[Manifest]
) -> Iterator[Document | LoadError]:
    """Give each Document its manifest row's metadata; warn about rows for absent files."""
    for manifest in manifests:
        yield from manifest.problems
    used: set[int] = set()
    for item in items:
        if isinstance(item, Document):
            for manifest in manifests:
                entry = manifest.lookup(item.path)
                if entry:
                    entry.apply(item)
                    used.add(id(entry))
                    break
        yield item
    for manifest in manifests:
        for entry in manifest.entries:
            if id(entry) not in used and not os.path.exists(entry.path):
                yield LoadError(entry.where, f"manifest names {entry.file!r}, which is not there", "warning")
