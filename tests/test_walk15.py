"""A fact-checker's fourteenth walk with a folder of invented files: a press
conference's readout with "Q:" / "A:" turns after the minister's own label, a
transcript dated only in its introduction, and fact-check sheets whose own
rating is kept as their outlet's published fact-check.  The real CLI into
real SQLite files, a real Datasette; every name and story invented."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import articles_by_file, load_files_with_cli, load_with_cli, make_datasette


load, by_file = load_files_with_cli, articles_by_file


def claims_of(db, name: str) -> list[dict]:
    return list(db.query("select c.* from claims c join articles a on a.id = c.article_id "
                         "where a.source_path like ? order by c.start", ["%/" + name]))


READOUT = """Readout: Harbour minister's press conference on ferry safety

Harbour minister Jo Roe held a press conference in Port Halden on Monday after the grounding of the ferry Selma.

MINISTER ROE: Good morning. Every ferry on the island routes will be inspected before the end of April.

Q: Will the inspections delay the summer timetable?

A: No. The inspections will be done at night, when the boats are in harbour.

Q: Was the ferry's radar working?

A: The radar was working on the night.
"""


def test_a_label_opening_a_readout_s_q_and_a_is_its_speaker_not_a_dateline(tmp_path):
    db = load(tmp_path / "readout", {"r.txt": READOUT})
    article = by_file(db)["r.txt"]
    assert article["dateline_place"] is None  # (was "MINISTER ROE")
    said = {r["content"][:21]: r["speaker"] for r in claims_of(db, "r.txt")}
    assert said.get("Good morning. Every f") == "Jo Roe"  # (the opening statement gave no claim)
    assert said.get("The radar was working") == "Jo Roe"


def test_a_wire_dateline_ending_in_a_colon_is_still_a_dateline_without_q_and_a(tmp_path):
    text = ("Harbour wall to be rebuilt\n\nPORT HALDEN: The harbour board said on Monday that the wall would be "
            "rebuilt by 2028.\n\nBoard chair Jo Roe said the work would cost 40 million crowns.\n")
    assert by_file(load(tmp_path / "wire", {"w.txt": text}))["w.txt"]["dateline_place"] == "PORT HALDEN"


TRANSCRIPT = """Harbour Hour: the island schools

This is a transcript of Harbour Hour, recorded on March 3, 2026.

MARA LIND: Good evening. Tonight, the island schools. Will the Hestnes school close?

OLA FISK: No school on the islands will close this year. We have the money for every one of them.

MARA LIND: And next year?

OLA FISK: Next year depends on the budget. I will fight for every school.
"""


def test_a_transcript_dated_only_in_its_introduction_takes_that_day(tmp_path):
    db = load(tmp_path / "intro", {"t.txt": TRANSCRIPT,
                                   "aired.txt": TRANSCRIPT.replace("recorded on March 3", "first broadcast on 3 March")
                                   .replace("March 3, 2026", "3 March 2026")})
    articles = by_file(db)
    assert articles["t.txt"]["published"] == "2026-03-03"
    assert articles["aired.txt"]["published"] == "2026-03-03"


def test_a_report_s_sentence_about_a_recording_does_not_date_it(tmp_path):
    report = ("Council releases video of harbour meeting\n\nA video recorded on March 3, 2026, shows the harbour "
              "board voting on the new terminal.\n\nBoard chair Jo Roe said the video proved the vote was fair.\n")
    no_year = TRANSCRIPT.replace("recorded on March 3, 2026", "recorded on March 3")
    later = TRANSCRIPT.replace("This is a transcript of Harbour Hour, recorded on March 3, 2026.\n\n", "") \
        + "\nThis programme was recorded on March 3, 2026.\n"
    articles = by_file(load(tmp_path / "undated", {"report.txt": report, "no-year.txt": no_year, "later.txt": later}))
    assert {name: a["published"] for name, a in articles.items()} == {
        "report.txt": None, "no-year.txt": None, "later.txt": None}


SHEET = """Kelp Check
March 20, 2026

# Did fares triple? We checked the councillor's claim

**Claim:** "Ferry fares have tripled since 2020."

**Who said it:** Councillor Abel Marsh, in a council debate on March 17, 2026.

**Rating:** Mostly false. Fares rose by 38 percent between 2020 and 2026, according to the operator's tariffs.
"""
REPORT = """Fares row at the council

Port Halden Courier, March 18, 2026

Councillor Abel Marsh told the council that ferry fares have tripled since 2020.
"""


def test_a_sheet_s_rating_is_kept_as_its_outlet_s_published_fact_check(tmp_path):
    db = load(tmp_path / "sheet", {"sheet.md": SHEET, "report.txt": REPORT})
    checks = list(db.query("select * from factchecks"))
    assert [(c["claim"], c["claimant"], c["claim_date"], c["rating"], c["publisher"], c["review_date"], c["format"])
            for c in checks] == [("Ferry fares have tripled since 2020.", "Abel Marsh", "2026-03-17", "Mostly false",
                                  "Kelp Check", "2026-03-20", "sheet")]
    assert list(db.query("select * from verdicts")) == []  # (the outlet's rating, not a verdict of ours)
    alerted = {r["content"] for r in db.query(
        "select c.content from claim_alerts al join claims c on c.id = al.claim_id where al.kind = 'factcheck'")}
    # (the report's claim; the sheet's own claim is no longer alerted by its own rating: walk 16)
    assert "Ferry fares have tripled since 2020." not in alerted
    assert any("ferry fares have tripled since 2020" in a for a in alerted)


def test_a_sheet_loaded_again_keeps_one_fact_check_and_a_changed_one_replaces_it(tmp_path):
    path, sheet = str(tmp_path / "again.db"), tmp_path / "sheet.md"
    address = ["--url", "https://kelpcheck.example/2026/03/20/fares"]
    ratings = []
    for text in (SHEET, SHEET, SHEET.replace("Mostly false.", "False."),
                 SHEET.replace("**Rating:** Mostly false.", "We found that")):
        sheet.write_text(text, encoding="utf-8")
        load_with_cli(path, sheet, *address)
        ratings.append(sqlite3.connect(path).execute("select rating, url from factchecks").fetchall())
    url = address[1]
    assert ratings == [[("Mostly false", url)], [("Mostly false", url)], [("False", url)], []]


def test_a_page_with_a_rating_line_but_no_claim_field_or_a_long_rating_gives_no_fact_check(tmp_path):
    review = ("Film review: The Long Ferry\n\nCoast Post, March 5, 2026\n\nThe film follows a ferry crew for a "
              "winter.\n\nRating: four stars. Director Ina Berg said the crew had become her family.\n")
    long_rating = SHEET.replace("Mostly false.", "We could not find any figures that would support this at all.")
    db = load(tmp_path / "none", {"review.txt": review, "long.md": long_rating})
    assert list(db.query("select * from factchecks")) == []


@pytest.mark.asyncio
async def test_the_claim_page_shows_the_sheet_s_rating_as_its_outlet_s(tmp_path):
    db = load(tmp_path / "page", {"sheet.md": SHEET})
    path = str(db.conn.execute("pragma database_list").fetchone()[2])
    claim = next(r for r in claims_of(db, "sheet.md") if r["rule"] == "factcheck.claimant")
    ds = make_datasette([path])
    page = (await ds.client.get(f"/page/-/claims/claim/{claim['id'].replace(':', '~3A')}")).text
    assert "Fact-check by Kelp Check" in page and "<strong>Mostly false</strong>" in page
    assert "No verdict recorded on this claim yet." in page


def test_a_dated_line_naming_a_review_or_a_ministry_names_the_outlet(tmp_path):
    body = "\n\nHarbour minister Jo Roe said every ferry would be inspected before the end of April.\n"
    files = {"review.txt": "Minister defends ferry cuts\n\nNorthfield Review, March 9, 2026" + body,
             "ministry.txt": "Readout: ferry safety briefing\n\nMinistry of Harbours, March 16, 2026" + body,
             "writer.txt": "Minister defends ferry cuts\n\nMara Lind, March 9, 2026" + body,
             "desk.txt": "Did the minister say that?\n\nCoast Truth Desk, March 24, 2026" + body,
             "subhead.txt": "Minister defends ferry cuts\n\nThe Spending Review\n\nMarch 9, 2026" + body}
    articles = by_file(load(tmp_path / "outlets", files))
    assert {name: (a["outlet"], a["published"]) for name, a in articles.items()} == {
        "review.txt": ("Northfield Review", "2026-03-09"), "ministry.txt": ("Ministry of Harbours", "2026-03-16"),
        "desk.txt": ("Coast Truth Desk", "2026-03-24"),
        "writer.txt": (None, "2026-03-09"), "subhead.txt": (None, "2026-03-09")}


SPEECH = """Remarks by Harbour Minister Jo Roe at the Island Ferry Conference

As prepared for delivery. Delivered on March 26, 2026, in Port Halden.

Thank you all for coming. The island ferries are the roads of our coast.

Next year we will put two electric ferries into service. By 2030 every ferry on the island routes will run on batteries.
"""


def test_a_speech_s_own_text_is_its_speaker_s_words_dated_by_its_note(tmp_path):
    db = load(tmp_path / "speech", {"speech.txt": SPEECH})
    assert by_file(db)["speech.txt"]["published"] == "2026-03-26"
    rows = claims_of(db, "speech.txt")
    assert [(r["speaker"], r["rule"], r["said_on"], r["content"]) for r in rows] == [
        ("Jo Roe", "transcript.sentence", "2026-03-26", "The island ferries are the roads of our coast."),
        ("Jo Roe", "transcript.sentence", "2026-03-26", "Next year we will put two electric ferries into service."),
        ("Jo Roe", "transcript.sentence", "2026-03-26",
         "By 2030 every ferry on the island routes will run on batteries."),
    ]  # (the delivery note is the page's, and "Thank you all for coming." a courtesy: no claims)


def test_a_report_about_remarks_and_remarks_with_questions_are_not_read_as_a_speech(tmp_path):
    report = ("Remarks by Mayor Karl Hovde anger islanders\n\nIslanders said on Friday they were angry at remarks "
              "Mayor Karl Hovde made about the ferries.\n\nHovde told a meeting the late boats were a luxury.\n")
    questions = SPEECH + ("\nQ: Will the fares rise?\n\nA: Not this year.\n\nQ: And next year?\n\n"
                          "A: That depends on the price of power.\n")
    rows = claims_of(load(tmp_path / "reports", {"report.txt": report, "questions.txt": questions}), "report.txt")
    assert "transcript.sentence" not in {r["rule"] for r in rows}
    db = load(tmp_path / "q", {"questions.txt": questions})
    rules = {r["content"]: r["rule"] for r in claims_of(db, "questions.txt")}
    assert "transcript.sentence" not in rules.values()
    assert "Will the fares rise?" not in rules


def test_a_key_quote_signed_with_a_role_before_the_name_is_that_person_s(tmp_path):
    text = ("Ferry cuts: what they said\n\nThe evening ferries stop on April 1. Here is what was said this week.\n\n"
            "Key quotes\n\n\u2022 \"No island will be cut off.\" \u2013 Harbour minister Jo Roe\n"
            "\u2022 \"We were never asked.\" \u2013 Hestnes councillor Abel Marsh\n"
            "\u2022 \"The boats are nearly empty.\" \u2013 Greta Holm and friends\n")
    rows = claims_of(load(tmp_path / "keys", {"k.txt": text}), "k.txt")
    said = {r["content"]: (r["speaker"], r["speaker_role"]) for r in rows}
    assert said["No island will be cut off."] == ("Jo Roe", "Harbour minister")
    assert said["We were never asked."] == ("Abel Marsh", "Hestnes councillor")
    assert said.get("The boats are nearly empty.", (None,))[0] != "Greta Holm and friends"


def test_two_speeches_opening_with_thanks_are_not_one_story(tmp_path):
    other = SPEECH.replace("Island Ferry Conference", "Harbour Board dinner").replace(
        "The island ferries are the roads of our coast.", "The harbour has had a good year.").replace(
        "Next year we will put two electric ferries into service. By 2030 every ferry on the island routes will run "
        "on batteries.", "Cargo through Port Halden rose by a fifth last year.")
    db = load(tmp_path / "thanks", {"conference.txt": SPEECH, "dinner.txt": other})
    assert "Thank you all for coming." not in {r["content"] for r in db.query("select content from claims")}
    assert list(db.query("select * from claim_matches")) == []


def test_a_comment_thread_headed_with_its_count_is_the_page_s(tmp_path):
    story = ("Harbour board approves new ferry terminal\n\nThe harbour board on Tuesday approved a new ferry "
             "terminal for Port Halden.\n\n\"This terminal will carry the island for fifty years,\" board chair "
             "Jo Roe said.\n\n")
    thread = ("Greta Holm\n2 hours ago\nThe mayor said last year that the fish market would never close.\n"
              "Reply | Like (12)\n")
    files = {f"{n}.txt": story + heading + "\n\n" + thread
             for n, heading in enumerate(["Comments (3)", "12 comments", "Show comments (40)"])}
    db = load(tmp_path / "thread", files)
    for name in files:
        assert [r["speaker"] for r in claims_of(db, name)] == ["Jo Roe"], name


CHECK_PAGE = """<!doctype html><html><head><title>Did fares triple? - Kelp Check</title>
<meta property="og:site_name" content="Kelp Check">
<link rel="canonical" href="https://kelpcheck.example/2026/03/20/fares">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview",
 "claimReviewed": "Ferry fares have tripled since 2020.",
 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Abel Marsh"},
                  "datePublished": "2026-03-17"},
 "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                  "alternateName": "Mostly false"},
 "author": {"@type": "Organization", "name": "Kelp Check"}, "datePublished": "2026-03-20"}</script>
</head><body><article><h1>Did fares triple? We checked the councillor's claim</h1>
<p>Councillor Abel Marsh told a council debate on March 17 that ferry fares have tripled since 2020.</p>
<p>The operator's tariffs show that fares rose by 38 percent between 2020 and 2026, the operator said.</p>
</article></body></html>"""


def test_a_saved_fact_check_page_s_claimreview_is_its_outlet_s_published_fact_check(tmp_path):
    db = load(tmp_path / "page", {"check.html": CHECK_PAGE, "report.txt": REPORT})
    assert [(r["claim"], r["claimant"], r["rating"], r["rating_value"], r["publisher"], r["url"], r["title"],
             r["format"]) for r in db.query("select * from factchecks")] == [
        ("Ferry fares have tripled since 2020.", "Abel Marsh", "Mostly false", 2.0, "Kelp Check",
         "https://kelpcheck.example/2026/03/20/fares", "Did fares triple? We checked the councillor's claim",
         "claimreview")]
    assert list(db.query("select * from verdicts")) == []
    alerted = [r["content"] for r in db.query("select c.content from claim_alerts al join claims c "
                                              "on c.id = al.claim_id where al.kind = 'factcheck'")]
    assert any("ferry fares have tripled since 2020" in a for a in alerted)


def test_an_update_label_is_no_dateline_and_byline_rows_with_an_outlet_or_a_time_date_the_page(tmp_path):
    story = "\n\nThe Skarholm paper mill will close in June, its owner Nordvik Paper said on Thursday.\n"
    files = {"update.txt": "Skarholm mill to close\n\nUPDATE, March 13, 2026: The mill workers' union said it would "
                           "fight the closure." + story,
             "bars.txt": "Skarholm mill to close\n\nBy Mara Lind | Coast Post | March 2, 2026" + story,
             "live.txt": "LIVE UPDATES: Skarholm mill\n\nLast updated 14:32 GMT, March 14, 2026" + story}
    articles = by_file(load(tmp_path / "heads", files))
    assert articles["update.txt"]["dateline_place"] is None  # (was "UPDATE")
    assert articles["bars.txt"]["published"] == "2026-03-02"
    assert articles["live.txt"]["published"] == "2026-03-14"
