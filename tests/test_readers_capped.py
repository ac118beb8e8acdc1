"""The one capped gzip (``readers/capped.py``) through the real readers: its
two caps, the ratio (a gzip bomb) and the total bytes (the reading ahead of a
``.tar.gz`` for its pages' titles), each on an archive invented here and
loaded with the real CLI into a real SQLite file."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import time

import pytest
import sqlite_utils
from test_chaos_hostile2 import load, rows

from datasette_claims.readers.base import ReadFailure
from datasette_claims.readers.capped import CappedGzip, Prefixed

BODY = ("<p>The lantern society moved its meeting to {day}, its secretary Vilja Marrow said on Monday.</p>"
        "<p>\u201cThe hall is free that evening,\u201d Marrow said.</p>")
TITLES = [("Why the lantern walk moved", "Thursday"), ("How the hall was booked", "Friday"),
          ("What the walk will cost", "Sunday")]


def _page(title: str, day: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article>{BODY.format(day=day)}</article></body></html>").encode()


class _Spaces(io.RawIOBase):
    """``size`` spaces, made as they are read (a bomb's member, never held whole)."""

    def __init__(self, size: int):
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self.left)
        b[:n] = b" " * n
        self.left -= n
        return n


def _tar_gz(path, members: list[tuple[str, int, io.RawIOBase]]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, size, data in members:
            info = tarfile.TarInfo(name)
            info.size = size
            tar.addfile(info, data)


def _pages(titles=TITLES) -> list[tuple[str, int, io.RawIOBase]]:
    pages = [_page(f"Lantern Post - {title}", day) for title, day in titles]
    return [(f"site/p{i}.html", len(page), io.BytesIO(page)) for i, page in enumerate(pages)]


def test_a_tar_gz_bomb_stops_at_its_ratio_and_the_page_before_it_loads(tmp_path):
    bomb = tmp_path / "pages.tar.gz"
    _tar_gz(bomb, _pages(TITLES[:1]) + [("site/notes.txt", 20_000_000, _Spaces(20_000_000))])
    assert os.path.getsize(bomb) < 100_000  # 20 MB of spaces, packed a thousand times
    started = time.monotonic()
    result = load(tmp_path / "c.db", bomb)
    assert time.monotonic() - started < 20
    assert result.exit_code == 1, result.output
    # the member of spaces is an empty file; the archive's row says where the gzip stopped, and why
    path, reason = rows(tmp_path / "c.db", "error")[-1]
    assert path == str(bomb)
    assert reason.startswith("gzip unpacks to over ") and reason.endswith(
        " (over 200 times: a gzip bomb?): not read past there")
    articles = list(sqlite_utils.Database(tmp_path / "c.db").query("select source_path from articles"))
    assert [a["source_path"] for a in articles] == [f"{bomb}!/site/p0.html"]


def test_an_archive_past_its_total_read_ahead_loads_its_pages_without_a_row_of_its_own(tmp_path):
    """With --max-article-size 2000 an archive may unpack to 1,024,000 bytes in
    all: the reading ahead of a ``.tar.gz`` for its pages' titles stops there
    (the capped gzip's total), quietly, and the pages past it are read by the
    archive's own pass as ever."""
    photo = os.urandom(1_200_000)  # packs not at all: no bomb, only large
    archive = tmp_path / "pages.tar.gz"
    _tar_gz(archive, [("site/photo.jpg", len(photo), io.BytesIO(photo))] + _pages())
    result = load(tmp_path / "c.db", archive, "--max-article-size", "2000")
    assert result.exit_code == 0, result.output
    assert rows(tmp_path / "c.db", "error") == []
    db = sqlite_utils.Database(tmp_path / "c.db")
    outlets = {r["source_path"].rsplit("/", 1)[-1]: r["outlet"] for r in db.query("select * from articles")}
    assert outlets == {"p0.html": "Lantern Post", "p1.html": "Lantern Post", "p2.html": "Lantern Post"}


@pytest.mark.parametrize("total, stops", [(None, False), (50_000, True)])
def test_the_total_cap_says_which_cap_stopped_the_gzip(total, stops):
    packed = gzip.compress(os.urandom(100_000))
    unpacked = CappedGzip(Prefixed(b"", io.BytesIO(packed)), total=total)
    if not stops:
        assert len(unpacked.read()) == 100_000
        return
    with pytest.raises(ReadFailure, match=r"^gzip unpacks to over 50,000 bytes in all \(the archive's cap\)"):
        unpacked.read()
