"""A fact-checker's walk: related-link lists under "Read more:" and its kin, the
dateline dates wires write ("Mar 3 2031", "3 Mar. 2031"), and the statement a
ClaimReview export reviews.

- The headlines listed under a "Read more:", "More on this story", "Related:"
  or "See also" line are other articles' (page furniture), not claims.
- A dateline with an abbreviated month, without the comma before the year or
  with the day first dates the article as the spelt-out one does.
- ``claimReviewed`` of a mixed quote is a clean sentence (a capital, a full
  stop) with the quoted words in typographic quotation marks.

Real CLI (``claims extract``, ``claims load``, ``claims export-claimreview``),
real SQLite; invented texts and names.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

STORY = ("Harrowby council row\n\n"
         "Councillor Bram Oduya said on Tuesday that the tram depot would close in the spring.\n\n")
LIST_ITEMS = ("- Bus drivers say the strike will go ahead on Monday\n\n"
              "- Council says fares will rise by a third\n")


def extract(tmp_path, text: str) -> list[dict]:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "h1", "title": "Harrowby council row", "text": text}) + "\n")
    result = CliRunner().invoke(cli, ["claims", "extract", str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def contents(records: list[dict]) -> list[str]:
    return [c["content"]["text"] for r in records for c in r.get("claims", [])]


@pytest.mark.parametrize("heading", ["Read more:", "Read more", "More on this story", "Related:",
                                     "See also", "You may also like", "Most read"])
def test_headlines_under_a_related_links_heading_are_no_claims(tmp_path, heading):
    found = contents(extract(tmp_path, STORY + heading + "\n\n" + LIST_ITEMS))
    assert any("tram depot would close" in c for c in found)
    assert not any("strike will go ahead" in c or "rise by a third" in c for c in found), found


def test_a_sentence_that_starts_with_read_more_is_no_heading(tmp_path):
    text = STORY + "Read more than forty letters, the clerk Ilse Marrow said the council would answer them all.\n"
    found = contents(extract(tmp_path, text))
    assert any("would answer them all" in c for c in found)


@pytest.mark.parametrize("date", ["Mar 3 2031", "Mar. 3 2031", "Mar. 3, 2031", "March 3, 2031",
                                  "3 March 2031", "3 Mar 2031", "3 Mar. 2031", "March 3rd, 2031"])
def test_dateline_dates_in_the_common_shapes_date_the_article(tmp_path, date):
    text = ("Harrowby council row\n\n"
            f"HARROWBY, {date} - Councillor Bram Oduya said the tram depot would close in the spring.\n")
    [record] = extract(tmp_path, text)
    assert record["published"] == "2031-03-03"
    assert record["dateline"]["place"] == "HARROWBY"
    assert any(c.startswith("the tram depot") for c in contents([record]))


def test_a_dateline_without_a_year_leaves_the_article_undated(tmp_path):
    text = ("Harrowby council row\n\n"
            "HARROWBY, Mar 3 - Councillor Bram Oduya said the tram depot would close in the spring.\n")
    [record] = extract(tmp_path, text)
    assert record["published"] is None and record["dateline"]["date"] == "Mar 3"


MIXED = {"id": "harrowby-1", "outlet": "Harrowby Post", "date": "2031-03-03", "title": "Buses",
         "text": "The mayor Ilsa Varnow said the bus plan was \"a costly mistake for every family in the town\" "
                 "and would be dropped.\n"}


def test_claimreviewed_of_a_mixed_quote_is_a_clean_sentence(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(MIXED) + "\n")
    db = str(tmp_path / "claims.db")
    loaded = CliRunner().invoke(cli, ["claims", "load", db, str(folder)], catch_exceptions=False)
    assert loaded.exit_code == 0, loaded.output
    with sqlite3.connect(db) as conn:
        claim_id, quote_type = conn.execute(
            "select id, quote_type from claims where speaker = 'Ilsa Varnow'").fetchone()
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                     "values (?, 'False', 'alice', '2031-03-04T10:00:00+00:00')", [claim_id])
    assert quote_type == "mixed"
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [review] = json.loads(result.stdout)
    assert review["claimReviewed"] == ("The bus plan was “a costly mistake for every family in the town” "
                                       "and would be dropped.")


@pytest.mark.parametrize("content, expected", [
    ("iPad orders at Kelpco rose by a third", "iPad orders at Kelpco rose by a third."),
    ('the quay was "open to every trawler"', "The quay was “open to every trawler”."),
])
def test_claimreviewed_keeps_a_first_word_spelled_with_a_capital(content, expected):
    from datasette_claims.factchecks.records import statement

    assert statement({"content": content, "quote_type": "indirect"}) == expected
