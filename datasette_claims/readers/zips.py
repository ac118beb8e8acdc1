"""ZIP archives of articles (``.zip``), and WACZ web archives (``.wacz``).

A colleague's folder often arrives zipped.  Its members are read as the files
of a folder are, in the same order and with the same skips, without
unpacking anything to disk; each member's ``path`` is ``archive.zip!/2024/a.html``.
A WACZ (what Webrecorder and ArchiveWeb.page download) is a ZIP holding WARC
files under ``archive/`` beside page lists and indexes: only its WARCs are read.

What a ZIP can hide is refused with a reason, member by member: a member that
would unpack to far more than it holds (a "zip bomb"), an archive inside the
archive, an encrypted member, a link, and a name that climbs out of the
archive (``../``, ``/etc/``, ``C:\\``).  Nothing is ever written from a ZIP,
but such a name says the archive was not made from a folder of articles.
"""

from __future__ import annotations

import gzip
import io
import posixpath
import stat
import zipfile
from collections.abc import Iterator
from functools import partial

from ..models import Document
from .base import HTML_SUFFIXES, TAR_SUFFIXES, ZIP_SUFFIXES, LoadError, ReadFailure, suffix_of

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a member first; an empty archive
# A member unpacking to more than this many times its packed size, past
# a megabyte, is refused: text packs 3 to 10 times, a bomb a thousand.
ZIP_RATIO = 200
RATIO_FROM = 1 << 20
# The most members, and bytes unpacked in all, read from one archive (in
# multiples of --max-article-size: 1 GB by default).
ZIP_MEMBERS = 100_000
ZIP_TOTAL_SCALE = 512
# A ZIP read from standard input or from inside a gzip is held in memory.
ZIP_IN_MEMORY_SCALE = 32


def _archive(head: bytes, stream, max_chars: int) -> zipfile.ZipFile:
    """The ZIP a stream holds: the file itself when it can seek, else its
    bytes in memory (up to a cap)."""
    seekable = getattr(stream, "seekable", None)
    # a gzip "seeks" by reading its file again, which a stream read ahead cannot do
    if seekable is not None and seekable() and not isinstance(stream, gzip.GzipFile):
        stream.seek(0)
        source = stream
    else:
        limit = ZIP_IN_MEMORY_SCALE * max_chars
        data = head + stream.read(max(0, limit + 1 - len(head)))
        if len(data) > limit:
            raise ReadFailure(f"ZIP archive over {limit:,} bytes read from a pipe or a .gz: save it as a .zip file")
        source = io.BytesIO(data)
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ReadFailure(f"cannot read ZIP archive: {e}") from e


def unsafe_name(name: str) -> str | None:
    """Why a member's name is refused, or None."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in parts:
        return "a path that climbs out of the archive ('..')"
    if "\x00" in name:
        return "a NUL byte in its name"
    return None


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a member is not read (a path trick, a bomb, a link, encryption), or None."""
    unsafe = unsafe_name(info.filename)
    if unsafe:
        return f"refused: {unsafe} in a ZIP archive"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "refused: a symbolic link in a ZIP archive"
    if info.flag_bits & 0x1:
        return "refused: an encrypted member (unpack it with its password first)"
    if info.file_size > RATIO_FROM and info.file_size > ZIP_RATIO * max(info.compress_size, 1):
        return (f"refused: unpacks to {info.file_size:,} bytes from {info.compress_size:,} (over {ZIP_RATIO} "
                "times: a zip bomb?)")
    if suffix_of(info.filename) in ZIP_SUFFIXES | TAR_SUFFIXES:
        return "refused: an archive inside an archive (unpack the outer one first)"
    return None


def _load_order(info: zipfile.ZipInfo) -> tuple:
    """As a folder is read: by folder, then name, then extension."""
    folder, name = posixpath.split(info.filename)
    return (folder, *posixpath.splitext(name))


def _wanted(info: zipfile.ZipInfo, wacz: bool) -> bool:
    """Members read at all: no folders, hidden files (see ``hidden_part``) or
    macOS's ``__MACOSX`` copies; in a WACZ, only the WARCs under ``archive/``."""
    name = info.filename
    if info.is_dir() or name.startswith("__MACOSX/") or hidden_part(name):
        return False
    return not wacz or name.startswith("archive/")


def hidden_part(name: str) -> str | None:
    """The hidden file or folder a member's name holds (``a/.git/x.txt`` ->
    ``a/.git``), or None.  Before, only a hidden file was left out: the
    files in a hidden folder (``.git/``, ``.Trash/``) were read as articles."""
    parts = name.split("/")
    dotted = next((i for i, part in enumerate(parts) if part.startswith(".") and part not in (".", "..")), None)
    return None if dotted is None else "/".join(parts[: dotted + 1])


def hidden_row(names: list[str], path: str) -> LoadError | None:
    """One warning for the hidden files and folders of an archive, as a
    folder's walk gives (``folders.hidden_skipped``); before, they were
    passed over without a word."""
    from .folders import hidden_skipped

    hidden = sorted({part for name in names if (part := hidden_part(name))})
    if not hidden:
        return None
    return hidden_skipped(path, hidden, "to load one, unpack the archive and name the file on the command line")


def folders_of(name: str) -> list[str]:
    """The folders a member sits in, outermost first: ``a/b/c.html`` -> ``a``, ``a/b``."""
    parts = name.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def saved_page_folders(members: list[zipfile.ZipInfo]) -> dict[str, str]:
    """The folders of a saved page's images, scripts and frames
    (``story_files`` beside ``story.html``), each with its page, as a
    loaded folder skips them (their ads are HTML files too)."""
    from .folders import saved_page_of

    files_in: dict[str, list[str]] = {}
    folders: set[str] = set()
    for info in members:
        parent, name = posixpath.split(info.filename)
        files_in.setdefault(parent, []).append(name)
        folders.update(folders_of(info.filename))
    found = {}
    for folder in folders:
        parent, name = posixpath.split(folder)
        page = saved_page_of(name, files_in.get(parent, []))
        if page:
            found[folder] = page
    return found


def _skips(members: list[zipfile.ZipInfo], path: str) -> Iterator[zipfile.ZipInfo | LoadError]:
    """The members to read, with a warning row in place of each saved page's folder."""
    saved = saved_page_folders(members)
    warned: set[str] = set()
    for info in members:
        folder = next((f for f in folders_of(info.filename) if f in saved), None)
        if folder is None:
            yield info
        elif folder not in warned:
            warned.add(folder)
            yield LoadError(f"{path}!/{folder}", f"skipped: the images, scripts and frames saved with {saved[folder]}",
                            level="warning")


def read_zip(head: bytes, stream, path: str, suffix: str, max_chars: int) -> Iterator[Document | LoadError]:
    """Every supported member of a ZIP (or the WARCs of a WACZ), each a file
    of its own; each refusal and each unreadable member its own row."""
    from .html_pages import folder_sites, head_bytes

    archive = _archive(head, stream, max_chars)
    with archive:
        members = sorted((i for i in archive.infolist() if _wanted(i, suffix == ".wacz")), key=_load_order)
        hidden = hidden_row([i.filename for i in archive.infolist() if "__MACOSX/" not in i.filename], path)
        if hidden:
            yield hidden
        if not members:
            raise ReadFailure("ZIP archive holds no files" + (" under archive/ (is it a WACZ?)" if suffix == ".wacz"
                                                              else ""))
        if len(members) > ZIP_MEMBERS:
            raise ReadFailure(f"ZIP archive holds {len(members):,} files, over {ZIP_MEMBERS:,}: unpack it first")
        with folder_sites(head_bytes(partial(archive.open, info)) for info in members
                          if suffix_of(info.filename) in HTML_SUFFIXES and not member_problem(info)):
            yield from _members(archive, members, path, max_chars)


def _members(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], path: str,
             max_chars: int) -> Iterator[Document | LoadError]:
    """The members of ``read_zip``, in load order, each read or refused."""
    from .folders import reason_skipped
    from .streams import member_items

    budget = ZIP_TOTAL_SCALE * max_chars
    for info in _skips(members, path):
        if isinstance(info, LoadError):
            yield info
            continue
        where = f"{path}!/{info.filename}"
        problem = member_problem(info) or reason_skipped(info.filename)
        if not problem and info.file_size > budget:
            problem = f"refused: the archive unpacks to more than {ZIP_TOTAL_SCALE * max_chars:,} bytes in all"
        if problem:
            yield LoadError(where, problem, level="warning" if problem.startswith("skipped") else "error")
            continue
        budget -= info.file_size
        yield from member_items(lambda: archive.open(info), where, info.filename, max_chars)
