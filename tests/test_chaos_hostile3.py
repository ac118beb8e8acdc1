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
import os
import tarfile
import time
import zipfile

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from test_chaos_hostile2 import load, rows

STORY = ("The harbour master, Oskar Lindqvist, said on Tuesday that the new pier would open in June. "
         "\u201cThe work is nearly done,\u201d Lindqvist told the council at its meeting in Brakvik.")


def story(day: str, place: str = "Brakvik") -> str:
    return STORY.replace("Tuesday", day).replace("Brakvik", place)


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


# -- what a scraped folder really holds


def test_utf16_without_its_byte_order_mark_is_read_with_a_warning(tmp_path):
    le, be, lines = tmp_path / "le.txt", tmp_path / "be.txt", tmp_path / "export.jsonl"
    le.write_bytes(story("Monday").encode("utf-16-le"))
    be.write_bytes(story("Friday").encode("utf-16-be"))
    lines.write_bytes("\r\n".join(json.dumps({"id": f"u-{d}", "text": story(d)}) for d in ("Sunday", "Saturday"))
                      .encode("utf-16-le"))
    result = load(tmp_path / "c.db", le, be, lines)
    assert result.exit_code == 0, result.output  # "binary file (NUL bytes)" before
    assert rows(tmp_path / "c.db") == [(str(le), "no byte-order mark: read as UTF-16-LE"),
                                       (str(be), "no byte-order mark: read as UTF-16-BE"),
                                       (str(lines), "no byte-order mark: read as UTF-16-LE")]
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db["articles"].count == 4
    assert all("\u201cThe work is nearly done,\u201d" in r["text"] for r in db.query("select text from articles"))


def test_a_binary_file_with_nul_bytes_is_still_refused(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    result = load(tmp_path / "c.db", blob)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(str(blob), "binary file (NUL bytes), not text")]


def test_json_lines_files_joined_with_their_marks_read_every_line(tmp_path):
    joined = tmp_path / "joined.jsonl"
    joined.write_bytes(b"".join(b"\xef\xbb\xbf" + json.dumps({"id": f"j-{d}", "text": story(d)}).encode() + b"\n"
                                for d in ("Monday", "Friday")))
    result = load(tmp_path / "c.db", joined)
    assert result.exit_code == 0, result.output  # "Unexpected UTF-8 BOM" on line 2 before
    assert sources(tmp_path / "c.db") == [f"{joined}:1", f"{joined}:2"]


def test_a_last_line_still_being_written_says_so(tmp_path):
    dump = tmp_path / "scrape.jsonl"
    whole = json.dumps({"id": "s-1", "text": STORY})
    dump.write_text(whole + "\n" + json.dumps({"id": "s-2", "text": story("Friday")})[:60])
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(f"{dump}:2", "invalid JSON on line 2: Unterminated string starting at "
                                                     "column 23 (the line ends before its record: cut short, or a "
                                                     "file still being written?)")]
    dump.write_text(whole + "\n" + json.dumps({"id": "s-2", "text": story("Friday")}) + "\n")  # the scraper is done
    again = load(tmp_path / "c.db", dump)
    assert again.exit_code == 0 and "1 new, 0 updated, 1 unchanged" in again.output


CONSENT = ("<html><head><title>Before you continue</title></head><body><div id='consent'>"
           "<h1>Before you continue to Fjordline Daily</h1>"
           "<p>We and our partners store and access information on your device, such as cookies, and process "
           "personal data to measure audiences and improve our services.</p>"
           "<p>If you choose to accept, your choices apply to this site only. You can change them at any time in "
           "the privacy settings at the foot of each page.</p>"
           "<button>Reject all</button><button>Accept all</button></div></body></html>")
SIGN_IN = ("<html><head><title>Subscribe</title></head><body><main><h1>This story is for subscribers</h1>"
           "<p>Our reporting depends on readers like you. Subscribe today for unlimited access to every story and "
           "the morning newsletter.</p><p>Already a subscriber? Sign in with your account to continue reading."
           "</p></main></body></html>")
SUBSCRIPTION_STORY = ("<html><head><title>Ferry passes to cost more</title></head><body><article>"
                      "<p>Monthly subscriptions for the island ferry will cost 12 pounds more from June, the "
                      "operator said on Tuesday.</p><p>\u201cIf you travel daily, your pass still saves money,\u201d "
                      "said its director, Oskar Lindqvist.</p></article></body></html>")


def test_a_consent_banner_or_sign_in_wall_saved_for_the_article_is_an_error_row(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "consent.html").write_text(CONSENT)
    (corpus / "wall.html").write_text(SIGN_IN)
    (corpus / "passes.html").write_text(SUBSCRIPTION_STORY)  # a story about subscriptions is a story
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 1, result.output
    reason = ("HTML page is a cookie-consent or sign-in page, not the article (saved before the article was "
              "shown?): save it again once the article shows")
    assert rows(tmp_path / "c.db") == [(f"{corpus}/consent.html", reason), (f"{corpus}/wall.html", reason)]
    assert sources(tmp_path / "c.db") == [f"{corpus}/passes.html"]


def test_one_json_array_over_the_cap_is_read_a_record_at_a_time(tmp_path):
    records = [{"id": f"a-{i}", "text": story(f"day {i}")} for i in range(600)]
    one_line, pretty = tmp_path / "items.json", tmp_path / "pretty.json"
    one_line.write_text(json.dumps(records))  # what json.dump writes: one line of 150 KB
    pretty.write_text(json.dumps([{**r, "id": "p" + r["id"]} for r in records], indent=2))
    result = load(tmp_path / "c.db", one_line, pretty, "--max-article-size", "5000")  # a cap of 80,000 bytes
    assert result.exit_code == 0, result.output  # "JSON document over 80,000 bytes" (or "line 1 is ...") before
    assert rows(tmp_path / "c.db") == []
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db["articles"].count == 1200
    assert db["articles"].get("a-599")["source_path"] == f"{one_line}#600"


def test_a_broken_or_cut_json_array_loads_the_records_before_the_break(tmp_path):
    records = [json.dumps({"id": f"b-{i}", "text": story(f"day {i}")}) for i in range(600)]
    broken, cut = tmp_path / "broken.json", tmp_path / "cut.json"
    broken.write_text("[" + ",".join(records[:300] + ["{broken}"] + records[300:]) + "]")
    text = "[" + ",".join(r.replace('"b-', '"c-') for r in records) + "]"
    cut.write_text(text[: len(text) * 3 // 4])
    result = load(tmp_path / "c.db", broken, cut, "--max-article-size", "5000")
    assert result.exit_code == 1, result.output
    found = dict(rows(tmp_path / "c.db"))
    assert found[str(broken)] == ("invalid JSON in record 301 of the array: Expecting property name enclosed in "
                                  "double quotes; the 300 records before it are loaded")
    assert found[str(cut)].startswith("JSON array ends early, after ") or "record" in found[str(cut)]
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert db.execute("select count(*) from articles where id like 'b-%'").fetchone()[0] == 300
    assert db.execute("select count(*) from articles where id like 'c-%'").fetchone()[0] >= 440


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links")
def test_links_in_a_loop_inside_a_folder_say_so_and_the_rest_loads(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "pier.txt").write_text(STORY)
    os.symlink("b.txt", corpus / "a.txt")
    os.symlink("a.txt", corpus / "b.txt")
    os.symlink("..", corpus / "sub" / "up")  # a folder that holds itself
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [
        (f"{corpus}/a.txt", "a link that leads nowhere (Too many levels of symbolic links)"),
        (f"{corpus}/b.txt", "a link that leads nowhere (Too many levels of symbolic links)"),
        (f"{corpus}/sub/up", f"skipped: a link to a folder already read in this load ({corpus})"),
    ]
    assert sources(tmp_path / "c.db") == [f"{corpus}/pier.txt"]


def test_an_empty_zip_and_an_empty_tar_say_so(tmp_path):
    empty_zip, no_members = tmp_path / "empty.zip", tmp_path / "nothing.zip"
    empty_zip.write_bytes(b"")
    with zipfile.ZipFile(no_members, "w"):
        pass
    only_dirs = tmp_path / "dirs.tar"
    with tarfile.open(only_dirs, "w") as tar:
        _add(tar, "2024", type=tarfile.DIRTYPE)
    result = load(tmp_path / "c.db", empty_zip, no_members, only_dirs)
    assert result.exit_code == 1, result.output
    assert rows(tmp_path / "c.db") == [(str(empty_zip), "empty file"),
                                       (str(no_members), "ZIP archive holds no files"),
                                       (str(only_dirs), "tar archive holds no files")]


# -- a page title's site: by what the page and its folder say, not by a name's shape alone

BODY = ("<p>The harbour board raised the mooring fee on {day}, its chair Tor Brekkan said at a meeting.</p>"
        "<p>\u201cThe fee pays for the new pontoons,\u201d Brekkan said.</p>")


def _page(title: str, day: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article>{BODY.format(day=day)}</article></body></html>")


def _titles(db_path) -> dict[str, tuple[str | None, str | None]]:
    return {r["source_path"].rsplit("/", 1)[-1]: (r["outlet"], r["headline"])
            for r in sqlite_utils.Database(db_path).query("select source_path, outlet, headline from articles")}


def test_a_name_before_a_dash_is_the_site_when_the_folder_repeats_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (headline, day) in enumerate([("Why the harbour fee doubled this spring", "Monday"),
                                         ("How the ferry timetable was cut again", "Friday"),
                                         ("What the new pier will cost the town", "Sunday")]):
        (corpus / f"p{i}.html").write_text(_page(f"Pier Lantern - {headline}", day))
    (corpus / "column.html").write_text(_page("Isla Kerr - Why the bridge matters to all of us", "Saturday"))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert _titles(tmp_path / "c.db") == {
        "p0.html": ("Pier Lantern", "Why the harbour fee doubled this spring"),
        "p1.html": ("Pier Lantern", "How the ferry timetable was cut again"),
        "p2.html": ("Pier Lantern", "What the new pier will cost the town"),
        "column.html": (None, "Why the bridge matters to all of us"),  # its writer was the outlet
    }


def test_a_writer_or_a_topic_before_a_dash_is_no_site_and_the_host_decides(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "column.html").write_text(_page("Isla Kerr - Why the bridge matters to all of us", "Monday"))
    (corpus / "region.html").write_text(_page("Middle East - Talks resume in the gulf city this week", "Friday"))
    canonical = "<link rel='canonical' href='https://www.pierlantern.example/{}'>"
    (corpus / "site.html").write_text(_page("Pier Lantern - Why the harbour fee doubled this spring", "Sunday",
                                            canonical.format("fee")))
    (corpus / "hosted.html").write_text(_page("Isla Kerr - Why the pier must stay open to all", "Saturday",
                                              canonical.format("kerr")))
    result = load(tmp_path / "c.db", corpus)
    assert result.exit_code == 0, result.output
    assert _titles(tmp_path / "c.db") == {
        "column.html": (None, "Why the bridge matters to all of us"),
        "region.html": (None, "Talks resume in the gulf city this week"),
        "site.html": ("Pier Lantern", "Why the harbour fee doubled this spring"),
        "hosted.html": ("pierlantern.example", "Why the pier must stay open to all"),
    }
