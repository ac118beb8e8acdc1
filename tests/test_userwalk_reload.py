"""Loading the same texts again, as a fact-checker's desk does: a file first
loaded with its address and then without it, a corpus folder's notes beside
its articles, and the demo folder loaded again by hand.  The same text must
stay one article.  Real CLI, real SQLite files, invented text (the demo test
loads the bundled demo itself, as ``claims demo`` does)."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims import demo

STORY = ("Ferry fares to rise\n\nThe harbour master, Olwen Tredger, said on Monday that ferry fares would rise "
         'by a tenth in April. "The new boats cost more to run," Tredger told the council.\n')
OTHER = ("Bridge repairs delayed\n\nThe county engineer, Idris Vaughan, said on Tuesday that the bridge repairs "
         'would not finish before June. "The steel came late," Vaughan told reporters.\n')
NOTES = ("# Where these texts came from\n\nThe articles were saved from the Harbour Gazette's site in March; "
         "the editor, Mair Lloyd, said the texts may be reused with credit.\n")


def load(db_path, *args):
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), *map(str, args), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return result


def articles(db_path) -> list[dict]:
    return list(sqlite_utils.Database(db_path).query("select id, url, source_path from articles order by rowid"))


@pytest.mark.parametrize("first_url", [True, False])
def test_a_file_loaded_with_its_address_and_without_is_one_article(tmp_path, first_url):
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    url = ["--url", "https://gazette.example/2025/03/04/ferry"]
    db_path = tmp_path / "c.db"
    load(db_path, story, *(url if first_url else []))
    result = load(db_path, story, *([] if first_url else url))
    (article,) = articles(db_path)
    assert article["url"] == "https://gazette.example/2025/03/04/ferry"
    assert "0 new" in result.output


def test_a_copy_of_the_text_without_its_address_finds_the_stored_one_among_others(tmp_path):
    (tmp_path / "ferry.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "bridge.txt").write_text(OTHER, encoding="utf-8")
    db_path = tmp_path / "c.db"
    load(db_path, tmp_path / "ferry.txt", "--url", "https://gazette.example/ferry")
    load(db_path, tmp_path / "bridge.txt", "--url", "https://courier.example/bridge")
    copy = tmp_path / "copies"
    copy.mkdir()
    shutil.copy(tmp_path / "ferry.txt", copy / "saved-again.txt")
    load(db_path, copy)
    assert [a["url"] for a in articles(db_path)] == ["https://gazette.example/ferry", "https://courier.example/bridge"]


def test_a_folders_notes_are_not_articles_unless_named(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    (folder / "SOURCES.md").write_text(NOTES, encoding="utf-8")
    (folder / "readme.txt").write_text(NOTES.replace("March", "April"), encoding="utf-8")
    (folder / "sources_say_fares_rise.txt").write_text(OTHER, encoding="utf-8")  # an article, by its name
    db_path = tmp_path / "c.db"
    load(db_path, folder)
    assert [a["source_path"] for a in articles(db_path)] == [f"{folder}/ferry.txt",
                                                             f"{folder}/sources_say_fares_rise.txt"]
    rows = list(sqlite_utils.Database(db_path).query("select path, level, reason from load_errors order by path"))
    assert [(r["path"], r["level"]) for r in rows] == [(f"{folder}/SOURCES.md", "warning"),
                                                       (f"{folder}/readme.txt", "warning")]
    assert "name it on the command line" in rows[0]["reason"]
    load(db_path, folder / "SOURCES.md")  # asked for by name: loaded
    assert len(articles(db_path)) == 3


def test_a_manifest_gives_kind_speaker_and_source_url(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "speech.txt").write_text("We will build the bridge this year. The river will not stop us.\n")
    (folder / "manifest.jsonl").write_text(json.dumps(
        {"file": "speech.txt", "source_url": "https://council.example/speech", "kind": "primary transcript",
         "speaker": "Idris Vaughan", "title": "Idris Vaughan: to the council"}) + "\n")
    db_path = tmp_path / "c.db"
    load(db_path, folder)
    db = sqlite_utils.Database(db_path)
    assert [a["url"] for a in articles(db_path)] == ["https://council.example/speech"]
    speakers = {r["speaker"] for r in db.query("select speaker from claims")}
    assert speakers == {"Idris Vaughan"}


def test_the_demo_folder_loaded_again_by_hand_adds_nothing(tmp_path):
    db_path = tmp_path / "claims-demo.db"
    demo.build(str(db_path))
    before = articles(db_path)
    result = load(db_path, demo.CORPUS)
    assert "0 new, 0 updated, 24 unchanged" in result.output
    copy = tmp_path / "corpus"
    shutil.copytree(demo.CORPUS, copy)
    (copy / "manifest.jsonl").unlink()  # without its manifest: the texts alone
    load(db_path, copy)
    assert [a["id"] for a in articles(db_path)] == [a["id"] for a in before]


def test_the_same_text_printed_by_another_outlet_stays_its_own_article(tmp_path):
    """Wire copy: the text word for word, without an address, but under another outlet's name."""
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    db_path = tmp_path / "c.db"
    load(db_path, story, "--url", "https://gazette.example/ferry", "--outlet", "Harbour Gazette")
    load(db_path, story, "--outlet", "Island Courier")
    rows = list(sqlite_utils.Database(db_path).query("select url, outlet from articles order by rowid"))
    assert rows == [{"url": "https://gazette.example/ferry", "outlet": "Harbour Gazette"},
                    {"url": None, "outlet": "Island Courier"}]
