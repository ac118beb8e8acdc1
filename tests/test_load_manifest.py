"""A folder of .txt files with a sidecar manifest, through the real CLI.  Texts are invented."""

from __future__ import annotations

import json

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

TEXTS = {
    "tram.txt": "Tram line to open in spring\n\nCouncil leader Ada Morrow said on Monday that the new tram "
    "line would carry its first passengers in April.\n",
    "harbour.txt": "Harbour dredging delayed\n\nPort director Silas Venn said on Tuesday that dredging of "
    "the inner harbour would start a month late because of storms.\n",
    "library.txt": "Library hours extended\n\nLibrarian Noor Haddad said on Wednesday that the central "
    "library would stay open until nine on weekdays.\n",
}


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def folder(tmp_path, manifest_name=None, manifest_text=None):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in TEXTS.items():
        (d / name).write_text(text, encoding="utf-8")
    if manifest_name:
        (d / manifest_name).write_text(manifest_text, encoding="utf-8")
    return d


CSV = (
    "file,url,outlet,date,headline\n"
    "tram.txt,https://valley.example/tram,Valley Post,2025-03-04,Tram line to open in spring\n"
    "harbour.txt,https://bay.example/dredging,,5 March 2025,\n"
    "gone.txt,https://valley.example/gone,Valley Post,2025-03-06,Missing\n"
)


def articles(db):
    return {r["source_path"].rsplit("/", 1)[-1]: r for r in sqlite_utils.Database(db).query("select * from articles")}


def errors(db):
    return list(sqlite_utils.Database(db).query("select * from load_errors order by id"))


def test_csv_manifest_gives_each_file_its_metadata(tmp_path):
    d = folder(tmp_path, "manifest.csv", CSV)
    db = tmp_path / "m.db"
    result = run("load", db, d, "-q")
    assert result.exit_code == 0, result.output  # a missing file is a warning, not a failure
    rows = articles(db)
    assert set(rows) == set(TEXTS)  # the manifest itself is not an article
    tram = rows["tram.txt"]
    assert (tram["url"], tram["outlet"], tram["published"], tram["headline"]) == (
        "https://valley.example/tram", "Valley Post", "2025-03-04", "Tram line to open in spring",
    )
    harbour = rows["harbour.txt"]
    assert harbour["url"] == "https://bay.example/dredging"
    assert harbour["published"] == "2025-03-05"
    assert harbour["headline"] == "Harbour dredging delayed"  # found in the text, as before
    library = rows["library.txt"]  # not in the manifest: loads as before
    assert library["url"] is None and library["headline"] == "Library hours extended"
    [warning] = errors(db)
    assert warning["level"] == "warning"
    assert "gone.txt" in warning["reason"] and warning["path"].endswith("manifest.csv:4")
    assert "gone.txt" in result.output


def test_jsonl_manifest(tmp_path):
    lines = [
        {"file": "library.txt", "url": "https://town.example/library", "outlet": "Town Crier", "date": "2025-01-02"},
        {"filename": "tram.txt", "title": "Trams by April"},
    ]
    d = folder(tmp_path, "manifest.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    db = tmp_path / "m.db"
    result = run("load", db, d, "-q")
    assert result.exit_code == 0, result.output
    rows = articles(db)
    assert set(rows) == set(TEXTS)
    assert rows["library.txt"]["outlet"] == "Town Crier"
    assert rows["library.txt"]["published"] == "2025-01-02"
    assert rows["tram.txt"]["headline"] == "Trams by April"
    assert errors(db) == []


def test_manifest_given_with_option_and_bad_rows(tmp_path):
    d = folder(tmp_path)
    manifest = tmp_path / "meta.csv"
    manifest.write_text(
        "name,link,publisher,published\n"
        "tram.txt,https://valley.example/tram,Valley Post,yesterday\n"
        ",https://valley.example/nofile,,\n",
        encoding="utf-8",
    )
    result = run("extract", d, "--manifest", manifest)
    assert result.exit_code == 0, result.output
    docs = {d["url"]: d for d in map(json.loads, result.stdout.splitlines())}
    tram = docs["https://valley.example/tram"]
    assert tram["outlet"] == "Valley Post" and tram["published"] is None
    assert "is not a date" in result.output  # the bad date is a warning; the rest applies
    assert "names no file" in result.output


def test_manifest_without_a_file_column_is_an_error_and_files_still_load(tmp_path):
    d = folder(tmp_path, "manifest.csv", "url,outlet\nhttps://x.example/a,X\n")
    db = tmp_path / "m.db"
    result = run("load", db, d, "-q")
    assert result.exit_code == 1
    assert len(articles(db)) == 3
    [error] = errors(db)
    assert "no file column" in error["reason"]


def test_adding_a_manifest_later_updates_the_same_articles(tmp_path):
    d = folder(tmp_path)
    db = tmp_path / "m.db"
    assert run("load", db, d, "-q").exit_code == 0
    (d / "manifest.csv").write_text(CSV, encoding="utf-8")
    result = run("load", db, d, "-q")
    assert "0 new" in result.output
    rows = articles(db)
    assert len(rows) == 3
    assert rows["tram.txt"]["url"] == "https://valley.example/tram"
