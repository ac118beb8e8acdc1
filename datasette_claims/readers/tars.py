"""tar archives of articles (``.tar``, ``.tar.gz``, ``.tgz``).

A scraper's output or a colleague's corpus often comes as a tarball.  Its
members are read as the files of a ZIP are (``zips.py``): each one a file of
its own, with the same skips (hidden files, a saved page's ``_files``,
files that are no articles), the same caps (members, bytes in all), and a
``path`` of ``archive.tar!/2024/a.html``.  Before, a tar archive was refused
with "unpack it first".

Nothing is ever written from a tar, and nothing in it is followed: a link
(symbolic or hard), a device or a pipe, a name that climbs out of the
archive (``../``, ``/etc/``) is a row that says so.  A gzip around the tar
is unpacked as it is read (held to ``capped.CappedGzip``'s ratio), so a
``.tar.gz`` is read in the archive's order; a plain ``.tar`` file is read in
load order (by folder, then name), as a folder is.  A ``.tar.gz`` on disk is
first unpacked once for its pages' titles (``_heads_ahead``), so that a site's
name its pages' titles repeat is read there as in a folder, a ZIP or a tar:
before, only a page's address confirmed it.  Unpacking costs little beside
reading the pages (gzip unpacks hundreds of MB a second).
"""

from __future__ import annotations

import io
import os
import posixpath
import zlib
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from ..models import Document
from .base import HTML_SUFFIXES, TAR_SUFFIXES, ZIP_SUFFIXES, LoadError, ReadFailure, suffix_of
from .capped import CappedGzip, Prefixed
from .html_pages import folder_sites, head_bytes
from .zips import ZIP_MEMBERS, ZIP_TOTAL_SCALE, folders_of, hidden_part, hidden_row, unsafe_name

# A tar's header names its format at this offset ("ustar", POSIX and GNU alike).
TAR_MAGIC_AT = 257
# The most bytes of one header's extension (a PAX header, a GNU long name):
# tarfile reads one whole, so a forged size of gigabytes would be held.
HEADER_BYTES = 1 << 20
# The most bytes held from the folders named as a saved page's (in
# multiples of --max-article-size), in an archive read in one pass.
HELD_SCALE = 32
EXTENSION_TYPES = {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE, tarfile.GNUTYPE_LONGNAME,
                   tarfile.GNUTYPE_LONGLINK}


def is_tar(head: bytes) -> bool:
    return head[TAR_MAGIC_AT:TAR_MAGIC_AT + 5] == b"ustar"


class _CheckedInfo(tarfile.TarInfo):
    """A member's header, refused when it announces an extension too long to hold."""

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        info = super().frombuf(buf, encoding, errors)
        if info.type in EXTENSION_TYPES and info.size > HEADER_BYTES:
            raise ReadFailure(f"cannot read tar archive: a header of {info.size:,} bytes (a damaged or forged "
                              "archive?)")
        return info


def member_problem(info: tarfile.TarInfo) -> str | None:
    """Why a member is not read (a path trick, a link, a device, an archive), or None."""
    unsafe = unsafe_name(info.name)
    if unsafe:
        return f"refused: {unsafe} in a tar archive"
    if info.issym() or info.islnk():
        return f"refused: a link in a tar archive (to {info.linkname!r}; links are not followed)"
    if not info.isfile():
        return "skipped: not a regular file (a device or a named pipe) in a tar archive"
    if suffix_of(info.name) in ZIP_SUFFIXES | TAR_SUFFIXES:
        return "refused: an archive inside an archive (unpack the outer one first)"
    return None


class _SavedPages:
    """The folders of saved pages' images, scripts and frames (``story_files``
    beside ``story.html``), found among the members named so far."""

    def __init__(self, names: Iterable[str] = (), complete: bool = False):
        self.files_in: dict[str, list[str]] = {}
        self.complete = complete  # were all the archive's names given?
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        parent, base = posixpath.split(name)
        self.files_in.setdefault(parent, []).append(base)

    def page_of(self, name: str) -> tuple[str, str] | None:
        """The saved page's folder a member sits in, with its page, or None."""
        from .folders import saved_page_of

        for folder in folders_of(name):
            parent, base = posixpath.split(folder)
            page = saved_page_of(base, self.files_in.get(parent, []))
            if page:
                return folder, page
        return None


class Listing(NamedTuple):
    members: list[tarfile.TarInfo]
    problem: str | None  # what stopped the listing (a cut, a damaged header), read after the members before it


def _listed(tar: tarfile.TarFile) -> Listing:
    """The members of an archive that can be listed first, in load order (by
    folder, then name, then extension, as a folder is read)."""
    listed, problem = [], None
    try:
        for info in tar:
            listed.append(info)
            if len(listed) > ZIP_MEMBERS:
                raise ReadFailure(f"tar archive holds over {ZIP_MEMBERS:,} files: unpack it first")
    except (tarfile.TarError, ReadFailure) as e:
        problem = str(e) if isinstance(e, ReadFailure) else f"cannot read tar archive: {e}"
    order = sorted(listed, key=lambda i: (posixpath.split(i.name)[0], *posixpath.splitext(posixpath.basename(i.name))))
    return Listing(order, problem)


def read_tar(stream, path: str, max_chars: int) -> Iterator[Document | LoadError]:
    """Every supported member of a tar archive, each a file of its own; each
    refusal and each unreadable member its own row."""
    in_order = stream.seekable()
    try:
        tar = tarfile.open(fileobj=stream, mode="r:" if in_order else "r|", tarinfo=_CheckedInfo)
    except tarfile.TarError as e:
        raise ReadFailure(f"cannot read tar archive: {e}") from e
    with tar:
        try:
            listing = _listed(tar) if in_order else Listing([], None)
            members = listing.members if in_order else tar
            saved = _SavedPages((i.name for i in members), complete=True) if in_order else _SavedPages()
            pages = (head_bytes(partial(tar.extractfile, info)) for info in listing.members
                     if suffix_of(info.name) in HTML_SUFFIXES and not member_problem(info))
            with folder_sites(pages if in_order else _heads_ahead(path, max_chars)):
                yield from _tar_items(tar, members, saved, path, max_chars)
            if listing.problem:
                raise ReadFailure(listing.problem)
        except tarfile.TarError as e:
            raise ReadFailure(f"cannot read tar archive: {e}") from e


def _heads_ahead(path: str, max_chars: int) -> list[str]:
    """The first 32 KB of each page of a ``.tar.gz`` on disk, read in a pass
    of its own before the archive is read (``html_pages.title_sites``); none
    for a tar read from a pipe, and those read before a damaged part (whose
    row the archive's reading gives)."""
    if not os.path.isfile(path):
        return []
    heads: list[str] = []
    try:
        with open(path, "rb") as f:
            # the caps the archive's own reading holds it to, so a bomb is not unpacked twice to find it out
            unpacked = CappedGzip(Prefixed(b"", f), total=ZIP_TOTAL_SCALE * max_chars)
            with tarfile.open(fileobj=unpacked, mode="r|", tarinfo=_CheckedInfo) as tar:
                for info in tar:
                    if suffix_of(info.name) in HTML_SUFFIXES and not member_problem(info):
                        heads.append(head_bytes(partial(tar.extractfile, info)))
                    if len(heads) > ZIP_MEMBERS:
                        break
    except (OSError, EOFError, zlib.error, tarfile.TarError, ReadFailure):
        pass
    return heads


class _Budget:
    """What is left of an archive's caps: members, and bytes unpacked in all."""

    def __init__(self, max_chars: int):
        self.members, self.bytes = ZIP_MEMBERS, ZIP_TOTAL_SCALE * max_chars
        self.cap = self.bytes

    def take(self, info: tarfile.TarInfo) -> str | None:
        self.members -= 1
        if self.members < 0:
            raise ReadFailure(f"tar archive holds over {ZIP_MEMBERS:,} files: unpack it first")
        if info.size > self.bytes:
            return f"refused: the archive unpacks to more than {self.cap:,} bytes in all"
        self.bytes -= info.size
        return None


@dataclass
class _Held:
    """A member read before its saved page could be known (a ``.tar.gz`` is
    read in one pass): kept until the archive's end says whether it is a
    saved page's frame or an article."""

    name: str
    where: str
    data: bytes


def _tar_items(tar: tarfile.TarFile, members: Iterable[tarfile.TarInfo], saved: _SavedPages, path: str,
               max_chars: int) -> Iterator[Document | LoadError]:
    budget, hidden, warned, held, files = _Budget(max_chars), [], set(), [], 0
    for info in members:
        saved.add(info.name)
        if info.isdir() or hidden_part(info.name):
            hidden += [info.name] if hidden_part(info.name) else []
            continue
        files += 1
        page = saved.page_of(info.name)
        if page and page[0] in warned:
            continue
        where = f"{path}!/{page[0] if page else info.name}"
        problem = _skipped_page(page, warned) or member_problem(info) or _not_read(info, budget)
        if problem:
            yield LoadError(where, problem, level="warning" if problem.startswith("skipped") else "error")
        elif not saved.complete and _may_be_saved_with_a_page(info, held, max_chars):
            held.append(_Held(info.name, where, tar.extractfile(info).read()))
        else:
            yield from _member(tar, info, where, max_chars)
    yield from _held_items(held, saved, warned, max_chars)
    row = hidden_row(hidden, path)
    if row:
        yield row
    if not files:
        raise ReadFailure("tar archive holds no files")


def _member(tar: tarfile.TarFile, info: tarfile.TarInfo, where: str, max_chars: int):
    from .streams import member_items

    return member_items(lambda: tar.extractfile(info), where, info.name, max_chars)


def _may_be_saved_with_a_page(info: tarfile.TarInfo, held: list[_Held], max_chars: int) -> bool:
    """Is the member in a folder named as a saved page's (``story_files``),
    and small enough to hold until its page may come?"""
    from .folders import SAVED_PAGE_FOLDER

    if not any(folder.endswith(SAVED_PAGE_FOLDER) for folder in folders_of(info.name)):
        return False
    return sum(len(h.data) for h in held) + info.size <= HELD_SCALE * max_chars


def _held_items(held: list[_Held], saved: _SavedPages, warned: set[str],
                max_chars: int) -> Iterator[Document | LoadError]:
    from .streams import member_items

    for item in held:
        page = saved.page_of(item.name)
        if page is None:
            yield from member_items(lambda item=item: io.BytesIO(item.data), item.where, item.name, max_chars)
        elif page[0] not in warned:
            yield LoadError(item.where.rsplit("!/", 1)[0] + f"!/{page[0]}", _skipped_page(page, warned),
                            level="warning")


def _skipped_page(page: tuple[str, str] | None, warned: set[str]) -> str | None:
    """The one warning for a saved page's folder of images, scripts and frames (their ads are HTML files too)."""
    if page is None:
        return None
    warned.add(page[0])
    return f"skipped: the images, scripts and frames saved with {page[1]}"


def _not_read(info: tarfile.TarInfo, budget: _Budget) -> str | None:
    from .folders import reason_skipped

    return reason_skipped(info.name) or budget.take(info)
