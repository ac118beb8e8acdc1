"""ZIP archives of articles, and WACZ web archives, loaded with the real CLI.

A colleague's folder arrives as ``articles.zip``; Webrecorder's download is
a ``.wacz``.  The archives are written by the tests with ``zipfile``,
including the tricks a ZIP can play (a bomb, names that climb out, an
archive inside the archive, a link, encryption flagged).  Invented articles.
"""

from __future__ import annotations

import gzip
import json
import zipfile

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from test_archives_warc import crawl, page

STORY = ("The harbour board voted on Tuesday to raise ferry fares by a tenth from June. \"We held the price "
         "for three years,\" said Ilse Varga, the board's chair. Councillor Brendan Oduya said families on the "
         "outer islands would pay the most.")


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), "--no-match", "-q",
                                      *map(str, paths)])
    return result, sqlite_utils.Database(tmp_path / "c.db")


def paths(db) -> list[str]:
    return [r["source_path"] for r in db.query("select source_path from articles order by rowid")]


def errors(db) -> dict[str, tuple[str, str]]:
    return {r["path"]: (r["level"], r["reason"]) for r in db.query("select * from load_errors")}


def test_a_zipped_folder_is_read_member_by_member(tmp_path):
    archive = tmp_path / "colleague.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2024/a.html", page("Ferry fares to rise"))
        z.writestr("2024/b.txt", "HARBOUR GAZETTE\nCouncil budget passes\n\n" + STORY.replace("fares", "rates"))
        z.writestr("2024/c.jsonl", json.dumps({"id": "c1", "text": STORY + " Later."}) + "\n{broken\n")
        z.writestr("2024/d.jsonl.gz", gzip.compress(json.dumps({"id": "d1", "text": STORY + " Gz."}).encode()))
        z.writestr("2024/photo.jpg", b"\xff\xd8\xff")
        z.writestr("__MACOSX/2024/._a.html", b"\x00\x05")
        z.writestr("2024/.DS_Store", b"\x00")
    result, db = load(tmp_path, archive)
    assert result.exit_code == 1, result.output  # the broken JSON line
    assert "Traceback" not in result.output
    assert paths(db) == [f"{archive}!/2024/a.html", f"{archive}!/2024/b.txt", f"{archive}!/2024/c.jsonl:1",
                         f"{archive}!/2024/d.jsonl.gz:1"]
    found = errors(db)
    assert found[f"{archive}!/2024/c.jsonl:2"][0] == "error"
    assert found[f"{archive}!/2024/photo.jpg"][0] == "warning"
    assert found[str(archive)][1].startswith("skipped 1 hidden file or folder (a name starting with '.': .DS_Store)")
    assert len(found) == 3, found


def test_zip_tricks_are_refused_with_a_reason_and_the_rest_loads(tmp_path):
    archive = tmp_path / "tricks.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ok.txt", STORY)
        z.writestr("../../etc/escape.txt", STORY + " Escaped.")
        z.writestr("/abs/path.txt", STORY + " Absolute.")
        z.writestr("bomb.txt", b" " * 30_000_000)  # packs to about 30 KB
        z.writestr("inner.zip", b"PK\x05\x06" + b"\x00" * 18)
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = 0o120777 << 16
        z.writestr(link, "/etc/passwd")
    result, db = load(tmp_path, archive)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert paths(db) == [f"{archive}!/ok.txt"]
    found = errors(db)
    reasons = {name.split("!/", 1)[1]: reason for name, (_, reason) in found.items()}
    assert "climbs out" in reasons["../../etc/escape.txt"]
    assert "absolute path" in reasons["/abs/path.txt"]
    assert "zip bomb" in reasons["bomb.txt"]
    assert "archive inside an archive" in reasons["inner.zip"]
    assert "symbolic link" in reasons["link.txt"]
    assert all(level == "error" for level, _ in found.values())


def test_a_damaged_zip_is_one_error_row(tmp_path):
    (tmp_path / "cut.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    result, db = load(tmp_path, tmp_path / "cut.zip")
    assert result.exit_code == 1
    (reason,) = [r for _, r in errors(db).values()]
    assert reason.startswith("cannot read ZIP archive"), reason


def test_a_wacz_is_read_through_its_warcs(tmp_path):
    archive = tmp_path / "harbour.wacz"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("archive/data.warc.gz", b"".join(gzip.compress(r) for r in crawl()))
        z.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n{"url": "https://x.example/", "ts": "x"}\n')
        z.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
    result, db = load(tmp_path, archive)
    assert result.exit_code == 0, result.output
    assert paths(db) == [f"{archive}!/archive/data.warc.gz#5", f"{archive}!/archive/data.warc.gz#10"]
    assert [level for level, _ in errors(db).values()] == ["warning"]  # the records counted


def test_a_zip_in_a_folder_loads_once(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    with zipfile.ZipFile(folder / "a.zip", "w") as z:
        z.writestr("a.txt", STORY)
    (folder / "b.txt").write_text(STORY.replace("Tuesday", "Monday"))
    result, db = load(tmp_path, folder)
    assert result.exit_code == 0, result.output
    assert paths(db) == [f"{folder}/a.zip!/a.txt", f"{folder}/b.txt"]
    result, db = load(tmp_path, folder)
    assert "0 new, 0 updated, 2 unchanged" in result.output


def test_a_saved_page_folder_in_a_zip_is_skipped_as_in_a_folder(tmp_path):
    archive = tmp_path / "saved.zip"
    ad = ("<html><body><p>Holiday deals from 99 pounds, the operator said today in a statement to readers.</p>"
          "</body></html>")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("pages/ferry.html", page("Ferry fares to rise"))
        z.writestr("pages/ferry_files/ad.html", ad)
        z.writestr("pages/ferry_files/frames/ad2.html", ad)
        z.writestr("court_files/ruling.html", page("Court ruling"))  # no page beside it: read
    result, db = load(tmp_path, archive)
    assert result.exit_code == 0, result.output
    assert paths(db) == [f"{archive}!/court_files/ruling.html", f"{archive}!/pages/ferry.html"]
    assert errors(db) == {f"{archive}!/pages/ferry_files": (
        "warning", "skipped: the images, scripts and frames saved with ferry.html")}


def test_a_damaged_member_is_its_own_error_row(tmp_path):
    archive = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", STORY)
        z.writestr("b.txt", STORY.replace("Tuesday", "Monday"))
    data = bytearray(archive.read_bytes())
    data[data.index(b"Monday") + 1] ^= 0x20  # the stored bytes no longer match their CRC
    archive.write_bytes(bytes(data))
    result, db = load(tmp_path, archive)
    assert result.exit_code == 1
    assert paths(db) == [f"{archive}!/a.txt"]
    assert errors(db) == {f"{archive}!/b.txt": ("error", "cannot read file: Bad CRC-32 for file 'b.txt'")}


def test_a_gzipped_zip_is_read_too(tmp_path):
    archive = tmp_path / "colleague.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", STORY)
    (tmp_path / "colleague.zip.gz").write_bytes(gzip.compress(archive.read_bytes()))
    result, db = load(tmp_path, tmp_path / "colleague.zip.gz")
    assert result.exit_code == 0, result.output  # was "cannot read file: seek"
    assert paths(db) == [f"{tmp_path}/colleague.zip.gz!/a.txt"]
