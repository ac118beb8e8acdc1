"""Hostile input, fifth round: what a new user's scraped folder holds.

Each test is a failure found by loading invented input with the real CLI
into a real SQLite file (a CMS that signs every story "Web Desk", a
``.tar.gz`` of one site's pages, a first load killed with SIGKILL, ...).
Before, each loaded wrong; now each loads, or is a ``load_errors`` row
that says why, and the rest loads.  All content is generated here.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
import sqlite_utils
from test_chaos_hostile2 import load, rows

ROOT = Path(__file__).resolve().parent.parent


def _speakers(db_path) -> list[str | None]:
    return [r["speaker"] for r in sqlite_utils.Database(db_path).query("select speaker from claims order by id")]


# -- a CMS that signs every story with the newsroom's name, not a writer's

@pytest.mark.parametrize("signature", ["Web Desk", "Staff Reporter", "Admin", "The Editors", "News Desk"])
@pytest.mark.parametrize("dash", ["\u2014", "\u2015", "-"])
def test_a_quotation_signed_by_the_newsroom_is_nobodys_speech(tmp_path, signature, dash):
    """'"Fares must rise this spring." - Web Desk': the CMS's signature under
    the story, not a person quoted (before, "Web Desk" was the speaker, and
    so a speaker page, a story's speaker and a ClaimReview claimant)."""
    story = tmp_path / "story.txt"
    story.write_text("Ferry fares to rise in spring\n\n"
                     "Ferry fares will rise by ten percent in April, Mira Talven said on Tuesday.\n\n"
                     f"\u201cThe island families cannot afford this rise at all.\u201d {dash} {signature}\n")
    result = load(tmp_path / "c.db", story)
    assert result.exit_code == 0, result.output
    assert signature not in _speakers(tmp_path / "c.db")
    assert "Mira Talven" in _speakers(tmp_path / "c.db")


def test_a_quotation_signed_by_a_person_keeps_its_speaker(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Letters\n\n\u201cThe island families cannot afford this rise at all.\u201d \u2014 Ivo Brand\n")
    assert load(tmp_path / "c.db", story).exit_code == 0
    assert _speakers(tmp_path / "c.db") == ["Ivo Brand"]


# -- a .tar.gz of one site's pages: the titles' site read as in a folder

BODY = ("<p>The harbour board raised the mooring fee on {day}, its chair Tor Brekkan said at a meeting.</p>"
        "<p>\u201cThe fee pays for the new pontoons,\u201d Brekkan said.</p>")
COLUMNS = [("Why the harbour fee doubled this spring", "Monday"),
           ("How the ferry timetable was cut again", "Friday"),
           ("What the new pier will cost the town", "Sunday")]


def _page(title: str, day: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article>{BODY.format(day=day)}</article></body></html>")


def _tar_gz(path: Path, pages: dict[str, str]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, html in pages.items():
            data = html.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_a_site_repeated_in_a_tar_gz_titles_is_its_outlet(tmp_path):
    pages = {f"site/p{i}.html": _page(f"Pier Lantern - {headline}", day) for i, (headline, day) in enumerate(COLUMNS)}
    pages["site/column.html"] = _page("Isla Kerr - Why the bridge matters to all of us", "Saturday")
    _tar_gz(tmp_path / "pages.tar.gz", pages)
    result = load(tmp_path / "c.db", tmp_path / "pages.tar.gz")
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    outlets = {r["source_path"].rsplit("/", 1)[-1]: r["outlet"] for r in db.query("select * from articles")}
    # before, none: a .tar.gz was read in one pass, and only a page's address confirmed a title's site
    assert outlets == {"p0.html": "Pier Lantern", "p1.html": "Pier Lantern", "p2.html": "Pier Lantern",
                       "column.html": None}


def test_a_tar_gz_cut_short_still_loads_its_pages_before_the_cut(tmp_path):
    pages = {f"site/p{i}.html": _page(f"Pier Lantern - {headline}", day) for i, (headline, day) in enumerate(COLUMNS)}
    _tar_gz(tmp_path / "pages.tar.gz", pages)
    data = (tmp_path / "pages.tar.gz").read_bytes()
    (tmp_path / "cut.tar.gz").write_bytes(data[: len(data) - 30])
    result = load(tmp_path / "c.db", tmp_path / "cut.tar.gz")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [path for path, _reason in rows(tmp_path / "c.db", "error")] == [str(tmp_path / "cut.tar.gz")]


# -- a first load killed (SIGKILL): the search page says its index is not filled

def _write_dump(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(n):
            text = (f"Councillor Edith Varga said on Monday that the quayside tram would cost {i + 3} million "
                    f"pounds to repair, item {i}.\n\n"
                    f"\u201cWe asked for the dredging figure {i} and got it,\u201d Varga told the planning committee.")
            f.write(json.dumps({"id": f"n{i}", "outlet": "Shire Echo", "text": text}) + "\n")


def _kill_first_load(db: Path, dump: Path) -> int:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "claims", "load", str(db), str(dump), "--no-match",
                             "--jobs", "1", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:  # until the first batch is committed
        time.sleep(0.1)
        try:
            with sqlite3.connect(db) as conn:
                if conn.execute("select count(*) from articles").fetchone()[0]:
                    break
        except sqlite3.OperationalError:
            pass  # the schema is still being written
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return proc.returncode


async def _search_page(db: Path, q: str) -> str:
    from datasette.app import Datasette

    ds = Datasette([str(db)])
    response = await ds.client.get(f"/{db.stem}/-/claims/search?q={q}")
    assert response.status_code == 200
    return response.text


@pytest.mark.asyncio
async def test_a_killed_first_load_leaves_a_search_page_that_says_so(tmp_path):
    db, dump = tmp_path / "c.db", tmp_path / "dump.jsonl"
    _write_dump(dump, 3000)
    if _kill_first_load(db, dump) == 0:
        pytest.skip("the load finished before it could be killed")
    page = await _search_page(db, "dredging")
    # before: the same page, with no result and nothing to say why
    assert "The search index is not complete" in page
    assert "datasette claims load c.db" in page
    result = load(db, dump)  # the same load again, as the page says
    assert result.exit_code == 0, result.output
    page = await _search_page(db, "dredging")
    assert "The search index is not complete" not in page
    assert "Edith Varga" in page


# -- what else a scraped folder holds

FURNITURE = "Home | News | Sport | Weather\n\nSubscribe\n\nSign in\n\nCookie settings\n\nShare this article"
STORY = "Councillor Ada Brell said on Monday that the tram depot would close in May after a review."


def test_a_text_of_only_page_furniture_is_an_error_row(tmp_path):
    dump = tmp_path / "scraped.jsonl"
    dump.write_text("".join(json.dumps(record) + "\n" for record in ({"id": "menu", "text": FURNITURE},
                                                                   {"id": "ok", "text": STORY})))
    (tmp_path / "nav.txt").write_text(FURNITURE + "\n")
    (tmp_path / "brief.txt").write_text("Depot closes\n\nThe depot shuts in May.\n")  # a short story still loads
    # a story in another script: the furniture rules weigh Latin words only, so it is not judged
    greek = ("\u03a4\u03bf \u03bb\u03b9\u03bc\u03ac\u03bd\u03b9 \u03ba\u03bb\u03b5\u03af\u03bd\u03b5\u03b9 "
             "\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1.")
    (tmp_path / "greek.jsonl").write_text(json.dumps({"id": "greek", "text": greek}) + "\n")
    result = load(tmp_path / "c.db", dump, tmp_path / "nav.txt", tmp_path / "brief.txt", tmp_path / "greek.jsonl")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    assert {r["source_path"].rsplit("/", 1)[-1] for r in db.query("select source_path from articles")} == {
        "scraped.jsonl:2", "brief.txt", "greek.jsonl:1"}
    # before, both loaded as articles with no claims, and exit status 0
    errors = rows(tmp_path / "c.db", "error")
    assert [path.rsplit("/", 1)[-1] for path, _reason in errors] == ["scraped.jsonl:1", "nav.txt"]
    assert all(reason.startswith("no article text: only page furniture") for _path, reason in errors)


def test_a_placeholder_date_is_left_out_with_a_warning(tmp_path):
    dump = tmp_path / "api.jsonl"
    dates = {"f1": "2999-05-01", "p9": "9999-12-31", "p1": "0001-01-01", "ok": "2025-03-04",
             "ms": 1741046400000}
    dump.write_text("".join(json.dumps({"id": key, "text": f"{STORY} Item {key}.", "published": value}) + "\n"
                            for key, value in dates.items()))
    result = load(tmp_path / "c.db", dump)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    # before, all were stored without a word: "9999-12-31" led every "latest" list, "0001-01-01" was first
    assert {r["id"]: r["published"] for r in db.query("select id, published from articles")} == {
        "f1": "2999-05-01", "p9": None, "p1": None, "ok": "2025-03-04", "ms": "2025-03-04"}
    warnings = dict(rows(tmp_path / "c.db", "warning"))
    assert f"{dump}:1" not in warnings  # a future date is kept: an embargo's, or an invented corpus's
    assert "published date 9999-12-31 is a placeholder for no date: left out" in warnings[f"{dump}:2"]
    assert "published date 0001-01-01 is a placeholder for no date: left out" in warnings[f"{dump}:3"]


def _as_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252 the way browsers do (its five unassigned bytes as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_utf8_read_as_windows_1252_and_saved_again_is_put_right(tmp_path):
    """A scraper's double encoding ("CafÃ©", "â€œ"), whole or on one line of a
    JSON lines file whose other lines are UTF-8 or Windows-1252."""
    said = "\u201cThe caf\u00e9 will close,\u201d said Ren\u00e9e Vogt, who runs the caf\u00e9 in Tarn."
    one = "\u201cThe shop will close,\u201d said Ren\u00e9e Vogt, who runs it in Tarn."
    lines = [json.dumps({"id": "utf8", "text": said}, ensure_ascii=False).encode(),
             json.dumps({"id": "twice", "text": _as_cp1252(said.encode())}, ensure_ascii=False).encode(),
             json.dumps({"id": "latin", "text": said.encode().decode("latin-1")}, ensure_ascii=False).encode(),
             json.dumps({"id": "cp1252", "text": said}, ensure_ascii=False).encode("cp1252"),
             # one line, two encodings: its accent in UTF-8, its quotes in Windows-1252
             json.dumps({"id": "mixed", "text": one}, ensure_ascii=False).encode().replace(
                 "\u201c".encode(), b"\x93").replace("\u201d".encode(), b"\x94")]
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = load(tmp_path / "c.db", tmp_path / "mixed.jsonl")
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(tmp_path / "c.db")
    # before, "twice" and "latin" were stored as mojibake with no claim, and "mixed" read whole as
    # Windows-1252 ("CafÃ©")
    assert {r["id"]: r["text"] for r in db.query("select id, text from articles")} == {
        "utf8": said, "twice": said, "latin": said, "cp1252": said, "mixed": one}
    assert {r["speaker"] for r in db.query("select speaker from claims")} == {"Ren\u00e9e Vogt"}
    assert db.execute("select count(*) from claims").fetchone()[0] == 5
    warned = [path.rsplit(":", 1)[-1] for path, reason in rows(tmp_path / "c.db", "warning") if "put right" in reason]
    assert warned == ["2", "3", "5"]


def test_accented_text_in_utf8_is_left_as_it_is(tmp_path):
    text = ("S\u00c3O PAULO \u2013 \u00c5sa \u00d8rsted, of the caf\u00e9 \u00e0 la carte in S\u00e3o Paulo, "
            "said prices rose by \u00a35.")
    (tmp_path / "a.txt").write_text(text)
    assert load(tmp_path / "c.db", tmp_path / "a.txt").exit_code == 0
    assert sqlite_utils.Database(tmp_path / "c.db").execute("select text from articles").fetchone()[0] == text
