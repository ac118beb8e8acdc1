"""Scraped .txt pages: navigation bars, byline dates, dateline dashes, reloads.  Texts are invented."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.articles import article_from_document
from datasette_claims.models import Document

SCRAPED = """Home | Politics | Business | Sport | Subscribe

Ferry fares to rise on island routes, minister says

By Ann Tolley
{byline}

PORTLAND - Transport Minister Gareth Lowry said on Tuesday that island ferry fares would rise by eight percent in June.

"We cannot keep the boats running at a loss," Lowry told reporters at the harbour.

The opposition said the rise would hurt families on the islands.
"""


def run(*args):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], catch_exceptions=False)


def extract(tmp_path, text, *options):
    path = tmp_path / "scraped.txt"
    path.write_text(text, encoding="utf-8")
    result = run("extract", path, *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_navigation_bar_is_never_the_headline(tmp_path):
    doc = extract(tmp_path, SCRAPED.format(byline="March 4, 2025"))
    assert doc["headline"] == "Ferry fares to rise on island routes, minister says"
    assert all("Politics" not in c["content"]["text"] for c in doc["claims"])


@pytest.mark.parametrize(
    "bar",
    ["Home | Politics | Business | Sport | Subscribe", "News / World / Europe", "Home • Sport • Cricket"],
)
def test_navigation_bars_of_other_shapes(bar):
    text = f"{bar}\n\nMayor opens the new market hall\n\nThe mayor said the hall would open daily.\n"
    article = article_from_document(Document(text=text, path="x.txt"))
    assert article.headline == "Mayor opens the new market hall"


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("March 4, 2025", "2025-03-04"),
        ("Published 4 March 2025", "2025-03-04"),
        ("Updated: Mar. 4, 2025 10:31 a.m.", "2025-03-04"),
        ("By Ann Tolley | March 4, 2025", "2025-03-04"),
        ("Published 4 March 2025\nUpdated: Mar. 6, 2025 10:31 a.m.", "2025-03-04"),
        ("Updated: Mar. 6, 2025 10:31 a.m.\nPublished 4 March 2025", "2025-03-04"),
        ("Posted on March 4, 2025 by Ann Tolley", "2025-03-04"),
    ],
)
def test_byline_date_is_the_published_date(tmp_path, byline, expected):
    doc = extract(tmp_path, SCRAPED.format(byline=byline))
    assert doc["published"] == expected
    # The byline is page furniture, not a claim of anyone's.
    assert all("2025" not in c["content"]["text"] for c in doc["claims"])


def test_a_date_inside_a_sentence_is_not_a_byline(tmp_path):
    text = SCRAPED.format(byline="The fares were last raised on March 4, 2021, officials said.")
    assert extract(tmp_path, text)["published"] is None


def test_given_date_beats_the_byline(tmp_path):
    doc = extract(tmp_path, SCRAPED.format(byline="March 4, 2025"), "--date", "2025-03-09")
    assert doc["published"] == "2025-03-09"


WIRE = """{dateline} - Transport Minister Gareth Lowry said on Tuesday that island ferry fares would rise in June.

"We cannot keep the boats running at a loss," Lowry told reporters.
"""


@pytest.mark.parametrize("dateline", ["PORTLAND, March 4, 2025 (AFP)", "PORTLAND, 4 March 2025 (AFP)"])
def test_a_dateline_with_its_year_dates_the_article(tmp_path, dateline):
    doc = extract(tmp_path, WIRE.format(dateline=dateline))
    assert doc["dateline"]["place"] == "PORTLAND"
    assert doc["dateline"]["agency"] == "AFP"
    assert doc["published"] == "2025-03-04"
    # "on Tuesday" is resolved against it: the Tuesday on or before 4 March 2025 is that day
    said = {c["said_on"] for c in doc["claims"] if c["speaker"] == "Gareth Lowry"}
    assert said == {"2025-03-04"}
    assert all("PORTLAND" not in c["content"]["text"] for c in doc["claims"])


def test_a_dateline_without_a_year_guesses_none(tmp_path):
    doc = extract(tmp_path, WIRE.format(dateline="PORTLAND, March 4 (AFP)"))
    assert doc["dateline"]["date"] == "March 4"
    assert doc["published"] is None


def test_role_does_not_carry_the_datelines_dash(tmp_path):
    doc = extract(tmp_path, SCRAPED.format(byline="March 4, 2025"))
    roles = {c["speaker_role"] for c in doc["claims"] if c["speaker"] == "Gareth Lowry"}
    assert roles == {"Transport Minister"}


def test_byline_date_decides_the_first_appearance(tmp_path):
    later = SCRAPED.format(byline="March 6, 2025").replace("By Ann Tolley", "By Rhys Bevan")
    (tmp_path / "later.txt").write_text(later, encoding="utf-8")
    (tmp_path / "first.txt").write_text(SCRAPED.format(byline="March 4, 2025"), encoding="utf-8")
    db = tmp_path / "s.db"
    assert run("load", db, tmp_path / "later.txt", "-q").exit_code == 0
    assert run("load", db, tmp_path / "first.txt", "-q").exit_code == 0
    conn = sqlite_utils.Database(db)
    first = next(conn.query("select id from articles where source_path like '%first.txt'"))["id"]
    stories = list(conn.query("select first_article_id, first_published from stories"))
    assert stories, "the two reports of the same quote form a story"
    assert all(s["first_article_id"] == first and s["first_published"] == "2025-03-04" for s in stories)


def test_reload_with_url_is_the_same_article(tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_text(SCRAPED.format(byline="March 4, 2025"), encoding="utf-8")
    db = tmp_path / "r.db"
    assert run("load", db, path, "-q").exit_code == 0
    claims_before = [r["id"] for r in sqlite_utils.Database(db).query("select id from claims order by id")]
    result = run("load", db, path, "--url", "https://gazette.example/2025/03/04/ferry-fares", "-q")
    assert result.exit_code == 0, result.output
    assert "0 new, 1 updated" in result.output
    conn = sqlite_utils.Database(db)
    [article] = conn.query("select * from articles")
    assert article["url"] == "https://gazette.example/2025/03/04/ferry-fares"
    assert [r["id"] for r in conn.query("select id from claims order by id")] == claims_before
    assert conn.execute("select count(*) from stories").fetchone()[0] == 0
    assert conn.execute("select count(*) from claim_matches").fetchone()[0] == 0
    # Reloaded without the address again, it keeps the one it was given.
    run("load", db, path, "-q")
    [article] = conn.query("select url from articles")
    assert article["url"] == "https://gazette.example/2025/03/04/ferry-fares"


def test_same_text_at_another_address_stays_a_separate_copy(tmp_path):
    # Two outlets printing the same wire text are two reports, not one article.
    path = tmp_path / "wire.txt"
    path.write_text(SCRAPED.format(byline="March 4, 2025"), encoding="utf-8")
    db = tmp_path / "w.db"
    run("load", db, path, "-q")
    run("load", db, path, "--url", "https://gazette.example/ferry", "-q")
    result = run("load", db, path, "--url", "https://courier.example/ferry", "-q")
    assert "1 new" in result.output
    urls = {r["url"] for r in sqlite_utils.Database(db).query("select url from articles")}
    assert urls == {"https://gazette.example/ferry", "https://courier.example/ferry"}


@pytest.mark.parametrize("note", ["Updated", "Adds quote", "Corrected", "Interfax-style report"])
def test_an_edition_note_in_the_datelines_brackets_is_no_agency_nor_outlet(tmp_path, note):
    doc = extract(tmp_path, WIRE.format(dateline=f"PORTLAND, March 4, 2025 ({note})"))
    assert doc["dateline"]["place"] == "PORTLAND"
    assert doc["dateline"]["agency"] is None
    assert doc["outlet"] is None


@pytest.mark.parametrize("agency", ["Reuters", "RIA Novosti", "dpa"])
def test_an_agency_in_the_datelines_brackets_is_kept(tmp_path, agency):
    doc = extract(tmp_path, WIRE.format(dateline=f"PORTLAND, March 4, 2025 ({agency})"))
    assert doc["dateline"]["agency"] == agency
