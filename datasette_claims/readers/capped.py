"""A gzip unpacked as it is read, stopped past its caps: one class for every reader.

A gzip stream is unpacked in two places: ``streams`` reads any gzipped file
(a ``.jsonl.gz``, a ``.warc.gz``, a ``.tar.gz``) through it, and ``tars``
unpacks a ``.tar.gz`` on disk once ahead for its pages' titles.  Both are held
to the same caps, here, below both modules (``streams`` imports ``tars``):

* the ratio: text packs 3 to 10 times; a gzip bomb (a gigabyte of spaces in a
  megabyte) a thousand.  Past ``zips.RATIO_FROM`` unpacked bytes, more than
  ``zips.ZIP_RATIO`` times the bytes packed so far is refused, as a ZIP
  member is: memory was bounded already (a line over the cap is read through,
  not held), but the time was not (1 GB of spaces took 5 s, and 100 GB would
  take minutes for nothing).  The records before the stop are loaded.
* the total, when one is given: the bytes an archive may unpack to in all
  (``zips.ZIP_TOTAL_SCALE`` times ``--max-article-size``), which the reading
  ahead of a ``.tar.gz`` stops at, so that a large archive is not unpacked
  twice for nothing.

Either stop is a ``ReadFailure`` that says which cap, and so a ``load_errors``
row (``streams.guarded``).
"""

from __future__ import annotations

import gzip
import io

from .base import ReadFailure
from .zips import RATIO_FROM, ZIP_RATIO

CHUNK = 64 * 1024  # bytes unpacked at a time when a whole stream is read


class Prefixed(io.RawIOBase):
    """A stream with bytes already read put back in front; ``taken`` counts
    the bytes read from it."""

    def __init__(self, prefix: bytes, rest):
        self.prefix, self.rest, self.taken = prefix, rest, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.prefix:
            n = min(len(b), len(self.prefix))
            b[:n], self.prefix = self.prefix[:n], self.prefix[n:]
        else:
            data = self.rest.read(len(b))
            n = len(data)
            b[:n] = data
        self.taken += n
        return n


class CappedGzip:
    """A gzip's unpacked bytes, stopped when they outgrow what was packed
    (the ratio) or, given ``total``, pass it."""

    def __init__(self, packed: Prefixed, total: int | None = None):
        self.packed = packed
        self.gzip = gzip.GzipFile(fileobj=packed)
        self.size, self.total = 0, total

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def read1(self, n: int = -1) -> bytes:
        return self._counted(self.gzip.read1(n if n >= 0 else CHUNK))

    def read(self, n: int = -1) -> bytes:
        if n >= 0:
            return self._counted(self.gzip.read(n))
        return b"".join(iter(lambda: self.read1(CHUNK), b""))

    def close(self) -> None:
        self.gzip.close()

    def _counted(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > RATIO_FROM and self.size > ZIP_RATIO * max(self.packed.taken, 1):
            raise ReadFailure(f"gzip unpacks to over {self.size:,} bytes from {self.packed.taken:,} (over "
                              f"{ZIP_RATIO} times: a gzip bomb?): not read past there")
        if self.total is not None and self.size > self.total:
            raise ReadFailure(f"gzip unpacks to over {self.total:,} bytes in all (the archive's cap): "
                              "not read past there")
        return data
