"""search_factchecks priors: prolific claimants, and the date for statements whose date is known."""

from __future__ import annotations

import datetime
import json

import pytest

from datasette_claims.factchecks import parse
from datasette_claims.factchecks import store as fc_store
from datasette_claims.factchecks.search import (
    as_date,
    claimant_prior,
    date_prior,
    quoted_claimant_prior,
    search_factchecks,
)
from datasette_claims.store import open_db

# Two checks of the same talking point, years apart, and an unrelated one.
ARCHIVE = [
    {"id": "old", "text": "Says the city's bus fares have doubled in five years.", "speaker": "Pat Lee",
     "date": "stated on March 3, 2012 in a debate:"},
    {"id": "new", "text": "Bus fares in the city have doubled over five years.", "speaker": "Pat Lee",
     "date": "stated on May 20, 2018 in a speech:"},
    {"id": "later", "text": "City bus fares doubled in five years, the mayor says.", "speaker": "Pat Lee",
     "date": "stated on June 1, 2019 in an interview:"},
    {"id": "other", "text": "The harbour tunnel cost twice its budget.", "speaker": "Sam Roe",
     "date": "stated on May 18, 2018 in a press release:"},
    {"id": "undated", "text": "Bus fares have doubled in the city in five years."},
]


@pytest.fixture
def conn(tmp_path):
    db = open_db(str(tmp_path / "fc.db"))
    text = "\n".join(json.dumps(x) for x in ARCHIVE)
    with db.conn:
        fc_store.import_factchecks(db.conn, parse.parse_text(text, "archive.jsonl"), "archive")
    yield db.conn
    db.conn.close()


def ids(rows):
    return [r["id"] for r in rows]


def test_as_date_accepts_dates_datetimes_and_text():
    day = datetime.date(2018, 6, 1)
    assert as_date(day) == day
    assert as_date(datetime.datetime(2018, 6, 1, 12, 30)) == day
    assert as_date("2018-06-01") == day
    assert as_date("2018-06-01T09:00:00Z") == day
    assert as_date("June 1, 2018") == day
    assert as_date(None) is None
    assert as_date("") is None
    assert as_date("sometime last spring") is None


def test_date_prior_shape():
    day = datetime.date(2018, 6, 1)
    assert date_prior(day, "2018-06-01") == pytest.approx(1.0)
    assert date_prior(day, "2018-06-02") == pytest.approx(1.0)  # a day's slack (time zones, late transcripts)
    assert date_prior(day, "2018-07-01") == 0.0  # said after the statement
    assert 0.0 < date_prior(day, "2016-06-01") < date_prior(day, "2018-01-01") < 1.0
    assert date_prior(day, None) == 0.0
    assert date_prior(day, "not a date") == 0.0
    assert date_prior(None, "2018-06-01") == 0.0


def test_text_only_search_is_unchanged_by_a_missing_or_bad_date(conn):
    q = "Bus fares in this city have doubled in the last five years."
    plain = search_factchecks(conn, q, limit=5)
    assert set(ids(plain)[:4]) == {"old", "new", "later", "undated"}
    assert ids(search_factchecks(conn, q, limit=5, when=None)) == ids(plain)
    assert ids(search_factchecks(conn, q, limit=5, when="no idea")) == ids(plain)


def test_the_check_made_just_before_the_statement_comes_first(conn):
    q = "Bus fares in this city have doubled in the last five years."
    for when in ("2018-06-01", datetime.date(2018, 6, 1), "June 1, 2018"):
        hits = search_factchecks(conn, q, limit=5, when=when)
        assert ids(hits)[0] == "new"
        # a claim made after the statement gets no date bonus, but stays findable
        assert "later" in ids(hits)
    # a statement from 2012 finds the 2012 check first
    assert ids(search_factchecks(conn, q, limit=5, when="2012-03-10"))[0] == "old"


def test_the_date_does_not_drag_in_unrelated_checks(conn):
    hits = search_factchecks(conn, "bus fares doubled", limit=5, when="2018-05-19")
    assert "other" not in ids(hits)
    assert search_factchecks(conn, "", when="2018-05-19") == []


def test_prolific_claimants_break_ties(tmp_path):
    db = open_db(str(tmp_path / "p.db"))
    lines = [{"id": "one-off", "text": "The river tolls were raised twice this year.", "speaker": "Ann Case"}]
    lines += [{"id": "busy", "text": "The river tolls were raised twice this year.", "speaker": "Max Busy"}]
    lines += [{"id": f"busy-{i}", "text": f"Claim number {i} about the harbour.", "speaker": "Max Busy"}
              for i in range(5)]
    with db.conn:
        fc_store.import_factchecks(db.conn, parse.parse_text("\n".join(json.dumps(x) for x in lines), "p.jsonl"), "p")
    prior = claimant_prior(db.conn, [{"claimant": "Max Busy"}, {"claimant": "Ann Case"}, {"claimant": None}])
    assert set(prior) == {"Max Busy", "Ann Case"}
    assert 0 < prior["Ann Case"] < prior["Max Busy"] < 1
    assert ids(search_factchecks(db.conn, "River tolls were raised twice this year", limit=2)) == ["busy", "one-off"]
    db.conn.close()


def test_claimant_prior_works_with_any_row_factory(conn):
    conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
    hits = search_factchecks(conn, "bus fares doubled", limit=3, when="2018-06-01")
    assert hits and hits[0]["id"] == "new" and "score" in hits[0]


def test_claimants_the_archive_quotes_break_ties(tmp_path):
    # Two claimants with as many checks each: one is quoted, the other only paraphrased.
    db = open_db(str(tmp_path / "q.db"))
    # The same words, the paraphrased claimant's first: only the prior can put the quoted one ahead.
    lines = [{"id": "posts", "text": "The ferry timetable was cut by half.", "speaker": "Social posts"},
             {"id": "speaker", "text": "\"The ferry timetable was cut by half.\"", "speaker": "Nell Ward"}]
    lines += [{"id": f"speaker-{i}", "text": f"\u201cThe pier number {i} is closed.\u201d", "speaker": "Nell Ward"}
              for i in range(3)]
    lines += [{"id": f"posts-{i}", "text": f"Says pier number {i} is closed.", "speaker": "Social posts"}
              for i in range(3)]
    with db.conn:
        fc_store.import_factchecks(db.conn, parse.parse_text("\n".join(json.dumps(x) for x in lines), "q.jsonl"), "q")
    rows = [{"claimant": "Nell Ward"}, {"claimant": "Social posts"}, {"claimant": "Nobody Known"}, {"claimant": None}]
    prior = quoted_claimant_prior(db.conn, rows)
    assert prior == {"Nell Ward": 1.0, "Social posts": 0.0}
    assert claimant_prior(db.conn, rows)["Nell Ward"] == claimant_prior(db.conn, rows)["Social posts"]
    assert ids(search_factchecks(db.conn, "The ferry timetable was cut by half", limit=2)) == ["speaker", "posts"]
    db.conn.close()
