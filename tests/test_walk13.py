"""A fact-checker's twelfth walk with a folder of invented files: a Q&A whose outlet
and date sit under the byline, an edition whose headline carries its day, and search
rows listing a merged speaker by the name the speaker's page shows.  The real CLI
into real SQLite files, a real Datasette; every name and story invented."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import articles_by_file, load_files_with_cli, make_datasette
from datasette.cli import cli

from datasette_claims.dates import headline_date

QA = """Q&A: the new port director on dredging and the harbour wall

By Tove Ekland

Coast Ledger, April 2, 2026

The new director of Port Halden, Ivo Brandt, took over in January. We spoke to him in his office by the quay.

Q: What is the first thing you will change?

A: The dredging contract. We pay twice what the neighbouring port pays for the same work.

Q: Will there be job losses?

A: No. Every one of the 212 jobs at the port is safe until at least 2028.
"""

BODY = ('Councillors in Port Halden delayed the harbour budget vote on Tuesday.\n\n'
        '"We need another week to read the figures," said councillor Abel Marsh.\n')


# a folder of invented files through the real CLI, and its articles by file name
load, by_file = load_files_with_cli, articles_by_file


def test_a_name_and_date_under_the_byline_are_the_page_s_not_the_interviewee(tmp_path):
    db = load(tmp_path / "qa", {"qa.txt": QA})
    article = by_file(db)["qa.txt"]
    assert (article["outlet"], article["published"]) == ("Coast Ledger", "2026-04-02")
    answers = list(db.query("select speaker, content from claims where rule = 'heading.colon' order by start"))
    assert [a["speaker"] for a in answers] == ["Ivo Brandt", "Ivo Brandt"]
    assert "Coast Ledger" not in {r["speaker"] for r in db.query("select speaker from claims")}


def test_a_byline_with_no_date_line_after_it_is_left_as_it_was(tmp_path):
    text = "Harbour budget vote delayed\n\nBy Tove Ekland\n\n" + BODY
    article = by_file(load(tmp_path / "plain", {"plain.txt": text}))["plain.txt"]
    assert (article["outlet"], article["published"]) == (None, None)


def test_an_edition_s_headline_dates_it_and_an_event_s_date_does_not(tmp_path):
    db = load(tmp_path / "heads", {
        "shorts.txt": "Harbour Shorts: March 12, 2026\n\n" + BODY,
        "briefing.txt": "Council briefing \u2013 Thursday, 12 March 2026\n\n" + BODY,
        "event.txt": "Budget vote delayed to March 30, 2026 as councillors clash\n\n" + BODY,
        "weekday.txt": "Budget vote put off to Monday, March 30, 2026\n\n" + BODY,
    })
    got = {name: r["published"] for name, r in by_file(db).items()}
    assert got == {"shorts.txt": "2026-03-12", "briefing.txt": "2026-03-12", "event.txt": None, "weekday.txt": None}


@pytest.mark.parametrize("headline, expected", [
    ("March 12, 2026: what the council decided", "2026-03-12"),
    ("Letters to the editor, May 4, 2026", "2026-05-04"),
    ("Letters | 4 May 2026", "2026-05-04"),
    ("Ferry vote set for May 4, 2026", None),
    ("Fares frozen until 4 May 2026", None),
    ("Mid-March 12, 2026", None),
    ("Harbour fees to rise", None),
])
def test_headline_date(headline, expected):
    assert headline_date(headline) == expected


@pytest.mark.asyncio
async def test_search_lists_a_merged_speaker_by_the_speaker_page_s_name(tmp_path):
    db = load(tmp_path / "merged", {
        "a.txt": ("Harbour fees to rise\n\nPort Halden, March 3, 2026 - The harbour board will raise mooring fees, "
                  "board chair Jo Roe said on Monday.\n\n"
                  '"The fees have not risen in eleven years and the pontoons are failing," Jo Roe said.\n'),
        "b.txt": ("Mooring fee rise approved\n\nPort Halden, March 9, 2026 - The board approved the rise on Friday.\n\n"
                  '"The pontoons are failing and the fees have not risen in eleven years," Roe told the meeting.\n'),
    })
    assert {r["speaker"] for r in db.query("select speaker from claims")} == {"Jo Roe", "Roe"}
    ds = make_datasette([str(db.conn.execute("pragma database_list").fetchone()[2])])
    page = await ds.client.get("/merged/-/claims/search", params={"q": "pontoons failing"})
    assert page.status_code == 200
    assert page.text.count('data-label="Speaker"><a href="/merged/-/claims/speaker/jo-roe">Jo Roe</a>') == 2
    assert "(as \u201cRoe\u201d)" in page.text
    rows = (await ds.client.get("/merged/-/claims/search.json", params={"q": "pontoons failing"})).json()["results"]
    assert sorted((r["claim"]["speaker"], r["claim"].get("speaker_name")) for r in rows) == [
        ("Jo Roe", None), ("Roe", "Jo Roe")]


@pytest.mark.asyncio
async def test_search_names_no_speaker_to_one_who_may_not_see_the_speakers_table(tmp_path):
    db = load(tmp_path / "hidden", {
        "b.txt": ("Mooring fee rise approved\n\nPort Halden, March 9, 2026 - The board approved the rise on Friday.\n\n"
                  '"The pontoons are failing and the fees have not risen in eleven years," Roe told the meeting.\n'),
        "a.txt": ("Harbour fees to rise\n\nPort Halden, March 3, 2026 - The harbour board will raise mooring fees, "
                  "board chair Jo Roe said on Monday.\n"),
    })
    path = str(db.conn.execute("pragma database_list").fetchone()[2])
    ds = make_datasette([path], config={"databases": {"hidden": {"tables": {"speakers": {"allow": False}}}}})
    rows = (await ds.client.get("/hidden/-/claims/search.json", params={"q": "pontoons failing"})).json()["results"]
    assert rows and all("speaker_name" not in r["claim"] for r in rows)


TURNS = ("MARA LIND: Islanders say they were never asked about the timetable.\n\n"
         "JO ROE: We held six public meetings in Port Halden last autumn.\n")
FIRST = "JO ROE: The fuel bill has doubled in two years and the late boats carried fewer than forty people.\n\n"


@pytest.mark.parametrize("opening", ["Transcript: ", "Full transcript: ", "[00:00:12] ", "(00:12) ", "00:00:12 "])
def test_a_transcript_s_first_turn_after_a_time_or_transcript_is_the_labelled_speaker_s(tmp_path, opening):
    timed = opening[0] in "[(0"
    marks = ["[00:00:31] ", "[00:00:40] "] if timed else ["", ""]
    second, third = TURNS.split("\n\n")
    text = ("Ferry cuts: the minister answers\n\n" + opening + FIRST + marks[0] + second + "\n\n" + marks[1] + third)
    db = load(tmp_path / "turns", {"t.txt": text})
    rows = [(r["speaker"], r["content"][:12]) for r in db.query(
        "select speaker, content from claims where rule = 'heading.colon' order by start")]
    assert rows == [("Jo Roe", "The fuel bil"), ("Mara Lind", "Islanders sa"), ("Jo Roe", "We held six ")]


def test_a_live_page_s_clock_before_a_time_zone_is_no_turn(tmp_path):
    text = ("Harbour vote: live\n\n21:25 CET: Early counts give the harbour plan a clear majority in Port Halden.\n\n"
            + BODY)
    db = load(tmp_path / "live", {"live.txt": text})
    article = by_file(db)["live.txt"]
    first = json.loads(article["paragraphs"])[0]
    assert article["text"][first[0]:first[1]].startswith("21:25 CET: Early counts")


LETTERS = """Letters to the editor

Harbour Gazette, May 4, 2026

Stop the quay car park

The council's plan to pave the old fish market is a mistake. The market brought 40,000 visitors last summer.
- Greta Holm, Port Halden

Ferry timetable

I have taken the early ferry for twenty years. It has been late on more than half of the days this winter.
\u2014 Olaf Sund, Skarholm
"""


def test_a_signed_letter_is_its_signer_s(tmp_path):
    db = load(tmp_path / "letters", {"letters.txt": LETTERS})
    rows = [(r["speaker"], r["sourcing"], r["rule"], r["content"][:20]) for r in db.query(
        "select speaker, sourcing, rule, content from claims order by start")]
    assert rows == [
        ("Greta Holm", "named_person", "letter.sentence", "The council's plan t"),
        ("Greta Holm", "named_person", "letter.sentence", "The market brought 4"),
        ("Olaf Sund", "named_person", "letter.sentence", "I have taken the ear"),
        ("Olaf Sund", "named_person", "letter.sentence", "It has been late on "),
    ]


def test_a_report_about_letters_with_a_dash_and_a_name_is_read_as_a_report(tmp_path):
    text = ("Letters reveal the harbour board knew of the cracks\n\n"
            "Board chair Jo Roe said on Monday that the board had read the engineers' letters in 2024.\n\n"
            "- Jo Roe, Port Halden\n")
    db = load(tmp_path / "report", {"report.txt": text})
    rules = {r["rule"] for r in db.query("select rule from claims")}
    assert rules and "letter.sentence" not in rules


@pytest.mark.asyncio
async def test_an_empty_search_says_why_and_what_to_try(tmp_path):
    db = load(tmp_path / "empty", {"letters.txt": LETTERS})
    ds = make_datasette([str(db.conn.execute("pragma database_list").fetchone()[2])])
    words = (await ds.client.get("/empty/-/claims/search", params={"q": "zeppelin hangar"})).text
    assert "No matching claims: no claim holds these words. Try fewer words" in words
    filtered = (await ds.client.get("/empty/-/claims/search", params={"q": "ferry", "speaker": "Nobody Here"})).text
    assert 'No matching claims with these filters: <a href="?q=ferry">search the words without them</a>' in filtered
    assert "Olaf Sund" in (await ds.client.get("/empty/-/claims/search", params={"q": "ferry"})).text


NEWSLETTER = """# Fact Check Weekly: the ferry fares claim

*Kelp Check, March 20, 2026*

This week we looked at a claim about ferry fares.

**Claim:** "Ferry fares have tripled since 2020."

**Who said it:** Councillor Abel Marsh, in a council debate on March 17.

**Verdict:** False. Fares rose by 38 percent between 2020 and 2026, according to the operator's published tariffs.

**Why it matters:** The council votes on the ferry subsidy next month.
"""


def test_a_fact_check_sheet_s_field_labels_are_no_speakers(tmp_path):
    db = load(tmp_path / "sheet", {"sheet.md": NEWSLETTER})
    rows = list(db.query("select speaker, sourcing, rule, content from claims order by start"))
    assert "Verdict" not in {r["speaker"] for r in rows}
    assert not any(r["content"].startswith("it:") for r in rows)
    assert [r["rule"] for r in rows if r["content"].startswith("Fares rose by 38 percent")] == ["according_to.trailer"]


def test_a_file_of_a_headline_alone_is_told_so(tmp_path):
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "short.txt").write_text("Ferry vote\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "short.db"), str(folder)])
    assert result.exit_code == 1
    assert "fewer than three words (a headline alone?)" in result.output
