"""Hostile input, third round: what a scraped folder really holds.

Each test is a failure found by loading invented input with the real CLI
into a real SQLite file: a gzip bomb, a tarball (plain, gzipped, with
links, a path out of the archive, a forged header, cut short), a ZIP's
hidden folder, an old Mac's line ends.  Before, each was read for seconds
for nothing, refused, read when it should not be, or one line of "Extra
data"; now each loads, or is a ``load_errors`` row that says why, and the
rest loads.  All content is generated here.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import time
import zipfile

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("The harbour master, Oskar Lindqvist, said on Tuesday that the new pier would open in June. "
         "\u201cThe work is nearly done,\u201d Lindqvist told the council at its meeting in Brakvik.")


def story(day: str, place: str = "Brakvik") -> str:
    return STORY.replace("Tuesday", day).replace("Brakvik", place)


def load(db_path, *args):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *map(str, args), "--no-match"])


def rows(db_path, level: str | None = None) -> list[tuple[str, str]]:
    db = sqlite_utils.Database(db_path)
    where = f" where level = '{level}'" if level else ""
    return [(r["path"], r["reason"]) for r in db.query(f"select path, reason from load_errors{where} order by id")]


def sources(db_path) -> list[str]:
    return [r["source_path"] for r in sqlite_utils.Database(db_path).query(
        "select source_path from articles order by source_path")]


def test_a_gzip_bomb_stops_at_its_ratio_and_the_records_before_it_load(tmp_path):
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wb") as f:
        f.write(json.dumps({"id": "pier-1", "text": STORY}).encode() + b"\n")
        for _ in range(200):  # 200 MB of spaces in about 200 KB
            f.write(b" " * 1_000_000)
    started = time.monotonic()
    result = load(tmp_path / "c.db", dump)
    assert time.monotonic() - started < 20
    assert result.exit_code == 1, result.output
    [(path, reason)] = rows(tmp_path / "c.db")
    assert path == str(dump)
    assert reason.startswith("gzip unpacks to over ") and reason.endswith(
        " (over 200 times: a gzip bomb?): not read past there")
    assert sources(tmp_path / "c.db") == [f"{dump}:1"]


def test_a_gzip_of_real_text_is_no_bomb(tmp_path):
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wb", compresslevel=9) as f:
        for i in range(3000):  # about 600 KB of records that differ a little, packed 10 to 30 times
            f.write(json.dumps({"id": f"pier-{i}", "text": story(f"day {i}")}).encode() + b"\n")
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(tmp_path / "c.db")["articles"].count == 3000


def test_old_mac_and_mixed_line_ends_are_lines(tmp_path):
    records = [json.dumps({"id": f"pier-{d}", "text": story(d)}) for d in ("Monday", "Friday", "Sunday")]
    mac = tmp_path / "mac.jsonl"
    mac.write_bytes("\r".join(records).encode() + b"\r")
    mixed = tmp_path / "mixed.jsonl"
    records = [json.dumps({"id": f"quay-{d}", "text": story(d)}) for d in ("Monday", "Friday", "Sunday")]
    mixed.write_bytes((records[0] + "\r\n" + records[1] + "\r" + "\r\n" + "not json" + "\n" + records[2]).encode())
    result = load(tmp_path / "c.db", mac, mixed)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(f"{mixed}:4", "invalid JSON on line 4: Expecting value")]
    assert sources(tmp_path / "c.db") == [f"{mac}:1", f"{mac}:2", f"{mac}:3", f"{mixed}:1", f"{mixed}:2",
                                          f"{mixed}:5"]


def test_a_crlf_cut_between_two_reads_is_one_line_end():
    from datasette_claims.readers.json_records import Blanks
    from datasette_claims.readers.streams import _byte_lines

    chunks = [b'{"a": 1}\r', b'\n{"b": 2}\r', b"\r\n\r", b'\n{"c": 3}\r{"d": 4}']
    # after "b": a CRLF blank line, then a CR whose LF comes in the next read: two blank lines
    assert list(_byte_lines(chunks, 1000)) == [b'{"a": 1}\r', b'{"b": 2}\r', Blanks(2), b'{"c": 3}\r',
                                                b'{"d": 4}']


def test_hidden_files_and_folders_in_a_zip_are_one_row_and_not_read(tmp_path):
    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("corpus/pier.txt", STORY)
        z.writestr("corpus/.draft.txt", story("Monday"))
        z.writestr(".git/notes.txt", story("Friday"))  # a hidden folder's file was read as an article
        z.writestr("corpus/.git/more.txt", story("Sunday"))
        z.writestr("__MACOSX/corpus/._pier.txt", b"\x00\x05\x16\x07")
    result = load(tmp_path / "c.db", archive)
    assert result.exit_code == 0, result.output
    assert "3 hidden files and folders skipped" in result.output
    assert rows(tmp_path / "c.db") == [(str(archive), "skipped 3 hidden files and folders (a name starting with "
                                                      "'.': .draft.txt, .git); to load one, unpack the archive and "
                                                      "name the file on the command line")]
    assert sources(tmp_path / "c.db") == [f"{archive}!/corpus/pier.txt"]


def _add(tar: tarfile.TarFile, name: str, text: str | None = None, **fields) -> None:
    info = tarfile.TarInfo(name)
    for key, value in fields.items():
        setattr(info, key, value)
    data = text.encode() if text is not None else b""
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data) if text is not None else None)


def _hostile_tar(mode: str, place: str = "Brakvik") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as tar:
        _add(tar, "pier/page_files/ad.html", "<html><body><p>Cruise deals from 99 pounds, the operator "
                                             "said today.</p></body></html>")  # before its page, in a stream
        _add(tar, "pier/z.txt", story("Monday", place))
        _add(tar, "pier/a.txt", story("Friday", place))
        _add(tar, "pier/page.html", "<html><head><title>Pier to open</title></head><body><article><p>"
                                    + story("Sunday", place) + "</p></article></body></html>")
        _add(tar, "pier/.draft.txt", STORY)
        _add(tar, ".git/objects.txt", STORY)
        _add(tar, "../escape.txt", STORY)
        _add(tar, "/etc/escape.txt", STORY)
        _add(tar, "pier/link.txt", type=tarfile.SYMTYPE, linkname="/etc/passwd")
        _add(tar, "pier/hard.txt", type=tarfile.LNKTYPE, linkname="pier/a.txt")
        _add(tar, "pier/pipe", type=tarfile.FIFOTYPE)
        _add(tar, "pier/inner.tar", "not really")
    return out.getvalue()


def test_tar_archives_are_read_as_their_files_with_the_zip_rules(tmp_path):
    plain, packed = tmp_path / "a.tar", tmp_path / "b.tar.gz"
    plain.write_bytes(_hostile_tar("w"))
    packed.write_bytes(_hostile_tar("w:gz", "Ostervik"))
    result = load(tmp_path / "c.db", plain, packed)
    assert result.exit_code == 1, result.output
    for archive in (plain, packed):
        found = {path: reason for path, reason in rows(tmp_path / "c.db") if path.startswith(str(archive))}
        assert found == {
            f"{archive}!/pier/page_files": "skipped: the images, scripts and frames saved with page.html",
            f"{archive}!/../escape.txt": "refused: a path that climbs out of the archive ('..') in a tar archive",
            f"{archive}!//etc/escape.txt": "refused: an absolute path in a tar archive",
            f"{archive}!/pier/link.txt": "refused: a link in a tar archive (to '/etc/passwd'; links are not "
                                         "followed)",
            f"{archive}!/pier/hard.txt": "refused: a link in a tar archive (to 'pier/a.txt'; links are not followed)",
            f"{archive}!/pier/pipe": "skipped: not a regular file (a device or a named pipe) in a tar archive",
            f"{archive}!/pier/inner.tar": "refused: an archive inside an archive (unpack the outer one first)",
            str(archive): "skipped 2 hidden files and folders (a name starting with '.': .draft.txt, .git); to load "
                          "one, unpack the archive and name the file on the command line",
        }
    # a plain tar is read in load order, as a folder is; a gzipped one as it comes
    assert sources(tmp_path / "c.db") == sorted([f"{plain}!/pier/a.txt", f"{plain}!/pier/page.html",
                                                 f"{plain}!/pier/z.txt", f"{packed}!/pier/a.txt",
                                                 f"{packed}!/pier/page.html", f"{packed}!/pier/z.txt"])
    again = load(tmp_path / "c.db", plain, packed)  # loading again changes nothing
    assert "0 new, 0 updated, 6 unchanged" in again.output


def test_a_tgz_in_a_folder_and_a_tar_piped_to_standard_input_are_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "stories.tgz").write_bytes(_hostile_tar("w:gz"))
    (corpus / "old.tar.bz2").write_bytes(b"BZh91AY&SY")
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 1, result.output
    assert (f"{corpus}/old.tar.bz2", f"skipped: a tar archive packed with bzip2, xz or zstd, not read: unpack it "
                                     f"(tar -xf {corpus}/old.tar.bz2) and load its folder, or pack it with gzip "
                                     "(.tar.gz)") in rows(tmp_path / "c.db")
    assert len(sources(tmp_path / "c.db")) == 3
    piped = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "d.db"), "-", "--no-match"],
                               input=_hostile_tar("w"))
    assert piped.exit_code == 1, piped.output
    assert sources(tmp_path / "d.db") == ["<stdin>!/pier/a.txt", "<stdin>!/pier/page.html", "<stdin>!/pier/z.txt"]


def _forged_header_tar() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _add(tar, "a.txt", STORY)
        _add(tar, "b" * 120 + ".txt", story("Friday"))  # a long name: a PAX header before it
    raw = bytearray(out.getvalue())
    offset = next(o for o in range(0, len(raw), 512) if raw[o + 156:o + 157] == b"x")
    raw[offset + 124:offset + 136] = b"77777777777\0"  # its size: 8 GB, which tarfile would read whole
    raw[offset + 148:offset + 156] = b" " * 8
    raw[offset + 148:offset + 156] = b"%06o\0 " % sum(raw[offset:offset + 512])
    return bytes(raw)


def test_a_forged_or_cut_tar_loads_what_comes_before_the_damage(tmp_path):
    forged, cut, cut_gz = tmp_path / "forged.tar", tmp_path / "cut.tar", tmp_path / "cut.tar.gz"
    forged.write_bytes(_forged_header_tar())
    whole = _hostile_tar("w")
    cut.write_bytes(whole[:4000])  # inside pier/a.txt's data
    packed = gzip.compress(_hostile_tar("w", "Ostervik"))
    cut_gz.write_bytes(packed[:len(packed) // 2])
    result = load(tmp_path / "c.db", forged, cut, cut_gz)
    assert result.exit_code == 1, result.output
    errors = dict(rows(tmp_path / "c.db", "error"))
    assert errors[str(forged)] == "cannot read tar archive: a header of 8,589,934,591 bytes (a damaged or forged " \
                                  "archive?)"
    assert errors[str(cut)] == "cannot read tar archive: unexpected end of data"
    assert errors[str(cut_gz)].startswith("cannot read file: the compressed file ends early")
    assert f"{forged}!/a.txt" in sources(tmp_path / "c.db")
    assert f"{cut}!/pier/z.txt" in sources(tmp_path / "c.db")
