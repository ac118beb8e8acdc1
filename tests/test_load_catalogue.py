"""A catalogue of bad inputs: each one is a load_errors row (or a clear refusal), never a traceback.

Every case is loaded through the real CLI next to good files, and asserts
the row (level and reason), the exit status, and that every good file in
the same load was still loaded.  All text is invented.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

GOOD_TEXT = (
    "Harbour plan approved\n\nPORTSMOUTH, March 3 (Coastal Wire) - The harbour master said the new pier "
    "would open in spring, after two years of repairs.\n"
)
GOOD_RECORDS = [
    {"id": "good-b1", "text": "The mayor said on Monday that the tram line would be finished by May.", "outlet": "Valley Herald"},
    {"id": "good-b2", "text": "Officials said the reservoir was full for the first time in a decade.", "outlet": "Valley Herald"},
]
SENTENCE = "The council leader said the new library would open in the autumn."


def record(ident, text=SENTENCE, **extra) -> str:
    return json.dumps({"id": ident, "text": text, **extra}, ensure_ascii=False)


def jsonl(*lines) -> str:
    return "\n".join(lines) + "\n"


@dataclass
class Case:
    name: str
    files: dict  # file name -> str (UTF-8) or bytes
    rows: list = field(default_factory=list)  # (path contains, level, reason contains)
    exit: int = 1
    loaded: tuple = ()  # article ids (or source-path endings) the bad input itself must give
    args: tuple = ()  # paths to pass (default: the files' names)
    options: tuple = ()


PRETTY = json.dumps({"id": "pretty-1", "text": SENTENCE, "title": "Library to open"}, indent=2)
CASES = [
    # -- files that are not articles
    Case("empty file", {"empty.txt": ""}, [("empty.txt", "error", "empty file")]),
    Case("whitespace only", {"blank.txt": "  \n\n\t\n"}, [("blank.txt", "error", "empty file")]),
    Case("binary, NUL bytes", {"binary.txt": bytes(range(256)) * 4}, [("binary.txt", "error", "binary file (NUL bytes)")]),
    Case("binary, control bytes", {"controls.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 200},
         [("controls.txt", "error", "binary file (control bytes)")]),
    Case("PDF named on the command line", {"report.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"},
         [("report.pdf", "error", "a PDF file")]),
    Case("Word file named on the command line", {"letter.docx": b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64},
         [("letter.docx", "error", "ZIP archive")]),
    Case("RTF file", {"memo.rtf": b"{\\rtf1\\ansi The mayor said so.}"}, [("memo.rtf", "error", "an RTF document")]),
    Case("a SQLite database as input", {"other.sqlite": b"SQLite format 3\x00" + b"\x00" * 200},
         [("other.sqlite", "error", "a SQLite database, not an article")]),
    Case("missing file", {}, [("nowhere.txt", "error", "no such file or folder")], args=("nowhere.txt",)),
    Case("empty path argument", {}, [("''", "error", "empty path")], args=("",)),
    # -- encodings
    Case("Windows-1252 text", {"latin1.txt": "Café owners protest\n\nThe mayor said the café tax would rise.\n".encode("cp1252")},
         [("latin1.txt", "warning", "not UTF-8: decoded as windows-1252")], exit=0, loaded=("latin1.txt",)),
    Case("UTF-16 with BOM", {"utf16.txt": "Tram vote\n\nThe mayor said the tram would run by May.\n".encode("utf-16")},
         [], exit=0, loaded=("utf16.txt",)),
    Case("UTF-8 with BOM", {"bom.txt": b"\xef\xbb\xbf" + "Pier vote\n\nThe harbour master said the pier would open.\n".encode()},
         [], exit=0, loaded=("bom.txt",)),
    Case("UTF-16 JSON lines", {"u16.jsonl": jsonl(record("u16-1"), record("u16-2", "Officials said the dam was safe.")).encode("utf-16")},
         [], exit=0, loaded=("u16-1", "u16-2")),
    Case("Windows-1252 JSON lines", {"cp.jsonl": jsonl(record("cp-1", "The mayor said the café would close.")).encode("cp1252")},
         [("cp.jsonl", "warning", "not UTF-8")], exit=0, loaded=("cp-1",)),
    Case("file name that is not UTF-8", {"caf\udce9.txt": "Cafe\n\nThe owner said the cafe would reopen in May.\n"},
         [], exit=0, loaded=("caf\ufffd.txt",)),
    # -- JSON lines, line by line
    Case("broken JSON line", {"feed.jsonl": jsonl(record("f-1"), "{broken json", record("f-3", "Officials said the dam was safe."))},
         [("feed.jsonl:2", "error", "invalid JSON on line 2")], loaded=("f-1", "f-3")),
    Case("broken first line", {"first.jsonl": jsonl('{"id": "x", "text": }', record("first-2"))},
         [("first.jsonl:1", "error", "invalid JSON on line 1")], loaded=("first-2",)),
    Case("record without text", {"notext.jsonl": jsonl(json.dumps({"id": "nt", "title": "no text here"}), record("nt-2"))},
         [("notext.jsonl:1", "error", "record has no article text")], loaded=("nt-2",)),
    Case("text is not a string", {"numtext.jsonl": jsonl(json.dumps({"id": "n1", "text": 42}), record("n-2"))},
         [("numtext.jsonl:1", "error", "record has no article text")], loaded=("n-2",)),
    Case("record is not an object", {"scalar.jsonl": jsonl("42", '"a string"', record("sc-3"))},
         [("scalar.jsonl:1", "error", "JSON record is not an object"), ("scalar.jsonl:2", "error", "not an object")],
         loaded=("sc-3",)),
    Case("deeply nested list", {"deep.jsonl": jsonl(record("d-0"), "[" * 100_000, record("d-2"))},
         [("deep.jsonl:2", "error", "nested too deeply")], loaded=("d-0", "d-2")),
    Case("deeply nested object", {"deepobj.jsonl": jsonl('{"a":' * 50_000 + "1" + "}" * 50_000, record("do-2"))},
         [("deepobj.jsonl:1", "error", "nested too deeply")], loaded=("do-2",)),
    Case("integer of 5,000 digits", {"bigint.jsonl": jsonl('{"id": "bi", "text": "x", "n": ' + "7" * 5000 + "}", record("bi-2"))},
         [("bigint.jsonl:1", "error", "a number with more than 4,300 digits")], loaded=("bi-2",)),
    Case("lone surrogate in the text", {"sur.jsonl": jsonl('{"id": "sur-1", "text": "The mayor said \\ud800 the pier was safe."}')},
         [("sur.jsonl:1", "warning", "lone surrogate")], exit=0, loaded=("sur-1",)),
    Case("lone surrogate in the headline and id", {"surid.jsonl": jsonl('{"id": "s\\udc00", "title": "Pier \\ud800", "text": "The mayor said the pier was safe."}')},
         [("surid.jsonl:1", "warning", "lone surrogate")], exit=0, loaded=("s\ufffd",)),
    Case("a line holding a list of records", {"list.jsonl": jsonl(json.dumps([json.loads(record("l-1")), json.loads(record("l-2", "Officials said so."))]))},
         [], exit=0, loaded=("l-1", "l-2")),
    Case("CRLF line ends", {"crlf.jsonl": (record("crlf-1") + "\r\n" + record("crlf-2", "Officials said the dam was safe.") + "\r\n").encode()},
         [], exit=0, loaded=("crlf-1", "crlf-2")),
    # -- duplicate ids and addresses
    Case("duplicate id in one file", {"dups.jsonl": jsonl(record("dup-1"), record("dup-1", "A second text for the same id, said the clerk."))},
         [("dups.jsonl:2", "error", "duplicate id 'dup-1'")], loaded=("dup-1",)),
    Case("duplicate id across files", {"one.jsonl": jsonl(record("twice")), "two.jsonl": jsonl(record("twice", "Another text, the clerk said."))},
         [("two.jsonl:1", "error", "duplicate id 'twice'")], loaded=("twice",)),
    Case("same text twice without ids", {"same1.txt": "Budget\n\nThe treasurer said the budget was balanced.\n",
                                         "same2.txt": "Budget\n\nThe treasurer said the budget was balanced.\n"},
         [("same2.txt", "warning", "already loaded from")], exit=0, loaded=("same1.txt",)),
    Case("same id and text twice (merged dumps overlap)", {"a.jsonl": jsonl(record("both")), "b.jsonl": jsonl(record("both"))},
         [("b.jsonl:1", "warning", "word-for-word copy")], exit=0, loaded=("both",)),
    Case("URLs that name no page", {"urls.jsonl": jsonl(
        json.dumps({"url": "http://", "text": "The mayor said the first bridge was safe."}),
        json.dumps({"url": "::::", "text": "The engineer said the second bridge was not safe."}))},
         [("urls.jsonl:1", "warning", "not a web address, ignored: 'http://'"),
          ("urls.jsonl:2", "warning", "not a web address, ignored: '::::'")], exit=0),
    Case("URL with a broken host", {"badhost.jsonl": jsonl(json.dumps({"url": "http://[oops", "text": SENTENCE}))},
         [("badhost.jsonl:1", "warning", "not a web address")], exit=0),
    # -- size
    Case("record over the size cap", {"huge.jsonl": jsonl(record("huge", "The mayor said yes. " * 400), record("small"))},
         [("huge.jsonl:1", "error", "over the cap of 5,000")], loaded=("small",), options=("--max-article-size", "5000")),
    Case("text file over the size cap", {"long.txt": "The mayor said yes. " * 400},
         [("long.txt", "error", "over the cap of 5,000")], options=("--max-article-size", "5000")),
    Case("one-line file far over the cap", {"oneline": "word " * 10_000},
         [("oneline", "error", "too large for one article")], options=("--max-article-size", "5000")),
    # -- formats sniffed from the content
    Case("JSON lines without an extension", {"dump": jsonl(record("dump-1"), record("dump-2", "Officials said the dam was safe."))},
         [], exit=0, loaded=("dump-1", "dump-2")),
    Case("gzipped JSON lines", {"feed.jsonl.gz": gzip.compress(jsonl(record("gz-1"), record("gz-2", "Officials said so.")).encode())},
         [], exit=0, loaded=("gz-1", "gz-2")),
    Case("gzip without the extension", {"feed-archive": gzip.compress(jsonl(record("gzx-1")).encode())},
         [], exit=0, loaded=("gzx-1",)),
    Case("truncated gzip", {"cut.jsonl.gz": gzip.compress(jsonl(*[record(f"cut-{i}") for i in range(50)]).encode())[:60]},
         [("cut.jsonl.gz", "error", "cannot read file")]),
    Case("not gzip after the magic bytes", {"junk.gz": b"\x1f\x8bnot really gzip"}, [("junk.gz", "error", "cannot read file")]),
    Case("pretty-printed .json object", {"pretty.json": PRETTY}, [], exit=0, loaded=("pretty-1",)),
    Case("pretty-printed .json list", {"list.json": json.dumps([json.loads(record("pl-1")), json.loads(record("pl-2", "Officials said so."))], indent=2)},
         [], exit=0, loaded=("pl-1", "pl-2")),
    Case("invalid pretty-printed .json", {"bad.json": '{\n  "id": "bad",\n  "text": "x",\n}\n'},
         [("bad.json", "error", "invalid JSON (line 4")]),
    Case("a JSON string, not a record", {"str.json": '"just a string"'}, [("str.json", "error", "JSON record is not an object")]),
    # -- HTML
    Case("HTML page of navigation only", {"nav.html": '<html><body><a href="/">Home</a></body></html>'},
         [("nav.html", "error", "HTML page has no article text")]),
    Case("HTML menu bar only", {"menu.html": '<html><body><div><a href="/">Home</a> | <a href="/n">News</a> | <a href="/c">Contact</a></div></body></html>'},
         [("menu.html", "error", "HTML page has no article text")]),
    Case("HTML with an empty body", {"blank.html": "<html><head><title>Nothing</title></head><body></body></html>"},
         [("blank.html", "error", "HTML page has no article text")]),
    Case("JSON record whose html is navigation", {"navrec.jsonl": jsonl(json.dumps({"id": "nr", "html": '<html><body><a href="/">Home</a></body></html>'}), record("nr-2"))},
         [("navrec.jsonl:1", "error", "HTML page has no article text")], loaded=("nr-2",)),
    # -- folders
    Case("folder with a PDF and a Word file beside articles", {
        "inbox/scan.pdf": b"%PDF-1.4\n", "inbox/notes.docx": b"PK\x03\x04" + b"\x00" * 20,
        "inbox/story.txt": "Ferry\n\nThe ferry operator said the crossing would resume on Friday.\n"},
         [("scan.pdf", "warning", "skipped: binary file: a PDF file: convert it to text or HTML first"),
          ("notes.docx", "warning", "skipped: binary file: a ZIP archive (.docx, .odt, .epub?): convert it to text")],
         exit=0, loaded=("story.txt",), args=("inbox",)),
]


def make_good(folder: Path) -> list[str]:
    (folder / "good-a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "good-b.jsonl").write_text(jsonl(*map(json.dumps, GOOD_RECORDS)), encoding="utf-8")
    return [str(folder / "good-a.txt"), str(folder / "good-b.jsonl")]


def write_files(folder: Path, files: dict) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def assert_rows(db_path, expected, exact=True):
    rows = list(sqlite_utils.Database(db_path).query("select path, level, reason from load_errors"))
    for where, level, text in expected:
        assert any(where in r["path"] and r["level"] == level and text in r["reason"] for r in rows), (where, level, text, rows)
    if exact:
        assert len(rows) == len(expected), rows


def assert_loaded(db_path, wanted):
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select id, source_path from articles"))
    ids = {r["id"] for r in rows}
    for want in wanted:
        assert want in ids or any((r["source_path"] or "").endswith(want) for r in rows), (want, rows)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    write_files(folder, case.files)
    good = make_good(tmp_path)
    names = case.args or tuple(case.files)
    paths = [str(folder / n) if n else n for n in names]
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), *paths, *good, *case.options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == case.exit, result.output
    assert_rows(db_path, case.rows)
    assert_loaded(db_path, ["good-b1", "good-b2", "good-a.txt", *case.loaded])
    # the summary counts what was written, nothing more
    n = sqlite_utils.Database(db_path).execute("select count(*) from articles").fetchone()[0]
    assert f"{n} articles ({n} new" in result.output


def test_urls_that_name_no_page_do_not_collapse(tmp_path):
    feed = tmp_path / "urls.jsonl"
    feed.write_text(jsonl(
        json.dumps({"url": "http://", "text": "The mayor said the first bridge was safe."}),
        json.dumps({"url": "::::", "text": "The engineer said the second bridge was not safe."}),
        json.dumps({"url": "http://", "text": "The clerk said the third bridge was closed."}),
    ), encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(feed)])
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query("select id, url from articles"))
    assert len(rows) == 3 and len({r["id"] for r in rows}) == 3
    assert all(r["url"] is None for r in rows)


def test_duplicate_ids_are_not_counted(tmp_path):
    feed = tmp_path / "dups.jsonl"
    feed.write_text(jsonl(record("same"), record("same", "The clerk said the second copy differs."), record("other")), encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(feed)])
    assert result.exit_code == 1
    assert "2 articles (2 new" in result.output
    text = sqlite_utils.Database(db_path).execute("select text from articles where id = 'same'").fetchone()[0]
    assert text == SENTENCE  # the first copy stays


def test_folder_of_only_pdf_and_docx(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "b.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder)])
    assert result.exit_code == 1
    assert "no articles found" in result.output
    assert_rows(db_path, [("a.pdf", "warning", "skipped"), ("b.docx", "warning", "skipped")])


# -- standard input -------------------------------------------------------------------


def test_stdin_latin1_is_decoded_with_a_warning(tmp_path):
    db_path = tmp_path / "claims.db"
    data = jsonl(record("in-1", "The mayor said the café would reopen.")).encode("latin-1")
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), "-", *make_good(tmp_path)], input=data)
    assert result.exit_code == 0, result.output
    assert_rows(db_path, [("<stdin>", "warning", "not UTF-8")])
    assert_loaded(db_path, ["in-1", "good-b1", "good-b2", "good-a.txt"])
    text = sqlite_utils.Database(db_path).execute("select text from articles where id = 'in-1'").fetchone()[0]
    assert "café" in text


def test_stdin_bad_line(tmp_path):
    db_path = tmp_path / "claims.db"
    data = jsonl(record("in-1"), "not json at all {", record("in-3", "Officials said so."))
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), "-", *make_good(tmp_path)], input=data)
    assert result.exit_code == 1
    assert_rows(db_path, [("<stdin>:2", "error", "invalid JSON on line 2")])
    assert_loaded(db_path, ["in-1", "in-3", "good-b1"])


def test_stdin_plain_text(tmp_path):
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), "-"], input="Ferry\n\nThe operator said the ferry would sail.\n")
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db_path).execute("select source_path from articles").fetchone()[0] == "<stdin>"


def test_process_substitution_is_read_as_json_lines(tmp_path):
    """``load db <(cat feed)``: a JSON-lines pipe with no name is sniffed, not read as one article."""
    if not shutil.which("bash"):
        pytest.skip("needs bash")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl(*[record(f"p-{i}", f"The mayor said plan {i} would work.") for i in range(5)]), encoding="utf-8")
    db_path = tmp_path / "claims.db"
    script = f'"{sys.executable}" -m datasette claims load "{db_path}" <(cat "{feed}") -q'
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    ids = [r[0] for r in sqlite3.connect(db_path).execute("select id from articles order by id")]
    assert ids == [f"p-{i}" for i in range(5)]


# -- databases that must be refused, untouched ----------------------------------------


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_load(*args):
    result = CliRunner().invoke(cli, ["claims", "load", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_swapped_arguments(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD_TEXT, encoding="utf-8")
    before = digest(story)
    result = run_load(story, tmp_path / "w.db")
    assert result.exit_code == 2
    assert "did you swap the arguments?" in result.output
    assert digest(story) == before
    assert not (tmp_path / "w.db").exists()
    assert not Path(str(story) + "-wal").exists()


def test_empty_database_path(tmp_path):
    result = run_load("", *make_good(tmp_path))
    assert result.exit_code == 2
    assert "no database path given" in result.output


def test_database_in_a_missing_folder(tmp_path):
    result = run_load(tmp_path / "nope" / "claims.db", *make_good(tmp_path))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_database_path_is_a_folder(tmp_path):
    result = run_load(tmp_path, *make_good(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.output or "is a folder" in result.output


def test_not_a_sqlite_file(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = digest(junk)
    result = run_load(junk, *make_good(tmp_path))
    assert result.exit_code == 2
    assert "is not a SQLite database" in result.output
    assert digest(junk) == before


def test_corrupt_sqlite_file(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = run_load(bad, *make_good(tmp_path))
    assert result.exit_code == 2
    assert "not a usable SQLite database" in result.output


def test_another_applications_database_is_left_untouched(tmp_path):
    other = tmp_path / "crm.db"
    conn = sqlite3.connect(other)
    conn.execute("create table claims (policy_no integer primary key, amount real, status text)")
    conn.execute("insert into claims values (1, 250.0, 'open')")
    conn.commit()
    conn.close()
    before = digest(other)
    result = run_load(other, *make_good(tmp_path))
    assert result.exit_code == 2
    assert "did not create" in result.output and "untouched" in result.output
    assert digest(other) == before
    conn = sqlite3.connect(other)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert conn.execute("select name from sqlite_master where name = '_sqlite_migrations'").fetchone() is None
    assert not Path(str(other) + "-wal").exists()


def test_read_only_database(tmp_path):
    db_path = tmp_path / "claims.db"
    assert run_load(db_path, *make_good(tmp_path)).exit_code == 0
    sqlite3.connect(db_path).execute("pragma wal_checkpoint(truncate)").close()
    before = digest(db_path)
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(db_path)], capture_output=True).returncode:
            pytest.skip("root can write any file and chattr +i is not available here")
    else:
        os.chmod(db_path, 0o444)
    try:
        (tmp_path / "new.txt").write_text("Ferry\n\nThe operator said the ferry would sail on Friday.\n", encoding="utf-8")
        result = run_load(db_path, tmp_path / "new.txt")
        assert result.exit_code in (1, 2), result.output
        assert "read-only" in result.output
        assert "Traceback" not in result.output
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(db_path)])
        os.chmod(db_path, 0o644)
    assert digest(db_path) == before


def test_refusals_through_the_installed_command(tmp_path):
    """The same refusals in a real process: one line on stderr, no traceback."""
    story = tmp_path / "story.txt"
    story.write_text(GOOD_TEXT, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "datasette", "claims", "load", str(story), str(tmp_path / "w.db")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "did you swap the arguments?" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- import-factchecks ------------------------------------------------------------------

FACTCHECK = {"claim": "The reservoir is empty every summer.", "claimant": "A councillor", "rating": "False",
             "url": "https://checks.example/reservoir"}


@pytest.mark.parametrize("bad,reason", [
    ("[" * 100_000, "nested too deeply"),
    ('{"claim": "x", "n": ' + "7" * 5000 + "}", "a number with more than 4,300 digits"),
    ('{"claim": "The dam \\ud800 is unsafe.", "rating": "False", "url": "https://checks.example/dam"}', None),
], ids=["deep nesting", "5,000-digit integer", "lone surrogate"])
def test_import_factchecks_bad_records(tmp_path, bad, reason):
    feed = tmp_path / "checks.jsonl"
    feed.write_text(jsonl(json.dumps(FACTCHECK), bad), encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "import-factchecks", str(db_path), str(feed)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    db = sqlite_utils.Database(db_path)
    claims = [r["claim"] for r in db.query("select claim from factchecks")]
    assert FACTCHECK["claim"] in claims
    errors = [r["reason"] for r in db.query("select reason from factcheck_errors")]
    if reason:
        assert result.exit_code == 1
        assert any(reason in e for e in errors), errors
    else:
        assert result.exit_code == 0, result.output
        assert "The dam \ufffd is unsafe." in claims

