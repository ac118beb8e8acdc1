"""A line of only a name and a date under a text file's headline gives the article's date, and its outlet when
the name is shaped as one ("Radio Alvena, March 14, 2026"; Markdown's "*Coast News, 2 March 2026*"); a writer's
or a town's name gives the date only. Loaded through the real CLI into a real SQLite file; invented stories."""

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

BODY = ("The council will double the berth fee for fishing boats from April, the harbour board said on Thursday.\n\n"
        '"We cannot keep the quay open on these fees," said board chair Mira Solvang.\n')


def load(tmp_path, files):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder), "--no-match"])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    return {r["source_path"].rsplit("/", 1)[-1]: r for r in db.query("select * from articles")}


def test_name_and_date_under_the_headline(tmp_path):
    rows = load(tmp_path, {
        "radio.txt": "Berth fee to double next spring\nRadio Alvena, March 14, 2026\n\n" + BODY,
        "notes.md": "# Berth fee to double\n\n*Coast News, 2 March 2026*\n\n" + BODY,
        "byline.txt": "Berth fee to double next spring\n\nJo Roe, March 16, 2026\n\n" + BODY,
        "plain.txt": "Berth fee to double next spring\n\n" + BODY,
    })
    got = {name: (r["outlet"], r["published"]) for name, r in rows.items()}
    assert got == {
        "radio.txt": ("Radio Alvena", "2026-03-14"),
        "notes.md": ("Coast News", "2026-03-02"),
        "byline.txt": (None, "2026-03-16"),
        "plain.txt": (None, None),
    }
    assert rows["radio.txt"]["headline"] == "Berth fee to double next spring"


def test_a_sentence_with_a_date_is_no_such_line(tmp_path):
    rows = load(tmp_path, {"said.txt": "Berth fee to double\n\nMira Solvang said, on March 14, 2026\n\n" + BODY})
    assert rows["said.txt"]["published"] is None and rows["said.txt"]["outlet"] is None


def test_an_outlet_alone_under_the_headline_with_the_date_under_it(tmp_path):
    rows = load(tmp_path, {
        "radio.txt": "Berth fee to double next spring\n\nRadio Alvena\n\nMarch 14, 2026\n\n" + BODY,
        "bulletin.txt": "LIVE: Berth fee vote\n\nSkerry Island Bulletin\n\nUpdated 21:40\n\n" + BODY,
        "bar.txt": "Berth fee to double next spring\n\nFjord Business Daily | March 10, 2026 | 3 min read\n\n" + BODY,
    })
    got = {name: (r["outlet"], r["published"]) for name, r in rows.items()}
    assert got == {
        "radio.txt": ("Radio Alvena", "2026-03-14"),
        "bulletin.txt": ("Skerry Island Bulletin", None),
        "bar.txt": ("Fjord Business Daily", "2026-03-10"),
    }


def test_a_subhead_in_title_case_is_no_outlet(tmp_path):
    # shaped as a paper's name (a capitalised line ending in "Record"), but the story
    # or a byline goes on under it, not the page's date
    rows = load(tmp_path, {
        "story.txt": "Harbour sprint festival\n\nSkipper Breaks Quay Record\n\n" + BODY,
        "byline.txt": "Harbour sprint festival\n\nSkipper Breaks Quay Record\n\nBy Jo Roe\n\n" + BODY,
        "writer.txt": "Berth fee to double next spring\n\nJo Roe | March 16, 2026\n\n" + BODY,
    })
    got = {name: (r["outlet"], r["published"]) for name, r in rows.items()}
    assert got == {"story.txt": (None, None), "byline.txt": (None, None), "writer.txt": (None, "2026-03-16")}
