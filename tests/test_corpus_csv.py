"""A news archive's CSV export named on the command line: one article per row.

Archives and spreadsheets hand over tables (``id, publish_date, title, url,
media_name, text``); read as one text article, the header became the headline
and the rows one article of commas.  Invented rows, loaded through the real
CLI into a real SQLite file.
"""

from __future__ import annotations

import csv
import io

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

ROWS = [
    {"id": "mc-1", "publish_date": "2026-04-06 08:00:00", "Title": "Pier to open", "URL": "https://pierpost.example/pier",
     "media_name": "Pier Post",
     "text": "Harbour master Olwen Tredger said on Monday that the new pier would open in the autumn."},
    {"id": "mc-2", "publish_date": "2026-04-07 09:00:00", "Title": "Second boat", "URL": "https://isle.example/boat",
     "media_name": "Isle Times",
     "text": "The ferry operator, Brisk Lines, said on Tuesday that it would add a second boat to the island route."},
]


def table(rows, sep=",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=sep)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def load(tmp_path, name: str, data: bytes, *args: str):
    path = tmp_path / name
    path.write_bytes(data)
    db_path = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), *args, str(path), "--no-match", "--jobs", "1"])
    return result, sqlite_utils.Database(db_path)


@pytest.mark.parametrize("name, sep, encoding", [("export.csv", ",", "utf-8"), ("export.csv", ";", "utf-8-sig"),
                                                 ("export.tsv", "\t", "utf-16")])
def test_each_row_is_an_article(tmp_path, name, sep, encoding):
    result, db = load(tmp_path, name, table(ROWS, sep).encode(encoding))
    assert result.exit_code == 0, result.output
    rows = list(db.query("select id, url, outlet, headline, published, text from articles order by id"))
    assert [(r["id"], r["url"], r["outlet"], r["headline"], r["published"]) for r in rows] == [
        ("mc-1", "https://pierpost.example/pier", "Pier Post", "Pier to open", "2026-04-06"),
        ("mc-2", "https://isle.example/boat", "Isle Times", "Second boat", "2026-04-07"),
    ]
    assert rows[0]["text"] == ROWS[0]["text"]
    assert any(c["speaker"] == "Olwen Tredger" for c in db.query("select speaker from claims"))


def test_a_link_export_without_text_says_how_to_fetch(tmp_path):
    links = [{k: v for k, v in r.items() if k != "text"} for r in ROWS]
    result, db = load(tmp_path, "links.csv", table(links).encode("utf-8"))
    assert result.exit_code == 1
    reasons = [r["reason"] for r in db.query("select reason from load_errors")]
    assert len(reasons) == 2 and all("load the address itself" in r for r in reasons)


def test_a_cell_longer_than_the_csv_modules_default_limit_loads(tmp_path):
    long_text = ROWS[0]["text"] + " " + "The tide tables were printed again. " * 4000
    result, db = load(tmp_path, "long.csv", table([dict(ROWS[0], text=long_text), ROWS[1]]).encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 2
