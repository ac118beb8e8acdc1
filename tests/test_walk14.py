"""A fact-checker's thirteenth walk with a folder of invented files: a broadcast
transcript whose labels carry roles or stand on their own line, a fact-check
sheet's claim and its claimant, press releases carried by a release wire, and
letters signed without a dash.  The real CLI into real SQLite files, a real
Datasette; every name and story invented."""

from __future__ import annotations

import json

import pytest
from conftest import articles_by_file, load_files_with_cli, make_datasette


# a folder of invented files through the real CLI, and its articles by file name
load, by_file = load_files_with_cli, articles_by_file


def claims_of(db, name: str) -> list[dict]:
    return list(db.query("select c.* from claims c join articles a on a.id = c.article_id "
                         "where a.source_path like ? order by c.start", ["%/" + name]))


INTRO = "Ferry cuts: the minister answers\n\nMara Lind put the islanders' questions to Jo Roe on Harbour Hour.\n\n"
ROLE = INTRO + """MARA LIND, PRESENTER: Islanders say they were never asked about the timetable. Were they asked?

JO ROE, HARBOUR MINISTER: We held six public meetings in Port Halden last autumn. The fuel bill has doubled.

MARA LIND, PRESENTER: But the late boats are gone for good.

JO ROE, HARBOUR MINISTER: The late boats carried fewer than forty people a night.
"""
OWN_LINE = INTRO + """MARA LIND
Islanders say they were never asked about the timetable. Were they asked?

JO ROE
We held six public meetings in Port Halden last autumn. The fuel bill has doubled.

MARA LIND
But the late boats are gone for good.

JO ROE
The late boats carried fewer than forty people a night.
"""
EXPECTED_TURNS = [
    ("Mara Lind", "Islanders say they"),
    ("Jo Roe", "We held six public"),
    ("Jo Roe", "The fuel bill has d"),
    ("Mara Lind", "But the late boats "),
    ("Jo Roe", "The late boats carr"),
]


OWN_LINE_COLON = OWN_LINE.replace("LIND\n", "LIND:\n\n").replace("ROE\n", "ROE:\n\n")
TITLE_CASE = OWN_LINE.replace("MARA LIND\n", "Mara Lind:\n").replace("JO ROE\n", "Jo Roe:\n")


@pytest.mark.parametrize("text", [ROLE, OWN_LINE, OWN_LINE_COLON, TITLE_CASE],
                         ids=["role", "own-line", "own-line-colon", "own-line-title-case"])
def test_a_transcript_s_turns_with_roles_or_labels_on_their_own_line_are_their_speakers(tmp_path, text):
    db = load(tmp_path / "turns", {"t.txt": text})
    rows = [r for r in claims_of(db, "t.txt") if r["rule"] == "transcript.turn"]
    assert [(r["speaker"], r["content"][:len(c)]) for r, (_s, c) in zip(rows, EXPECTED_TURNS)] == EXPECTED_TURNS
    assert len(rows) == len(EXPECTED_TURNS)  # (the presenter's question is no claim)
    assert {r["sourcing"] for r in rows} == {"named_person"} and {r["quote_type"] for r in rows} == {"direct"}
    if text is ROLE:
        assert {r["speaker"]: r["speaker_role"] for r in rows} == {"Mara Lind": "presenter",
                                                                   "Jo Roe": "harbour minister"}


def test_a_host_s_turn_names_no_one_and_ends_the_guest_s_turn(tmp_path):
    text = INTRO + ("JO ROE, HARBOUR MINISTER: We held six public meetings in Port Halden last autumn.\n\n"
                    "HOST: The islanders say those meetings were held in working hours.\n\n"
                    "JO ROE, HARBOUR MINISTER: The late boats carried fewer than forty people a night.\n")
    rows = claims_of(load(tmp_path / "host", {"t.txt": text}), "t.txt")
    turns = [(r["speaker"], r["content"][:14]) for r in rows if r["rule"] == "transcript.turn"]
    assert turns == [("Jo Roe", "We held six pu"), ("Jo Roe", "The late boats")]
    assert "Jo Roe" not in {r["speaker"] for r in rows if r["content"].startswith("The islanders say")}


def test_a_report_with_a_place_and_country_before_a_colon_is_no_transcript(tmp_path):
    text = ("Harbour wall to be rebuilt\n\nPORT HALDEN, Norway: The harbour board said on Monday that the wall "
            "would be rebuilt by 2028.\n\nBoard chair Jo Roe said the work would cost 40 million crowns.\n\n"
            "SEE ALSO\n\nFerry fares rise again.\n")
    rows = claims_of(load(tmp_path / "report", {"r.txt": text}), "r.txt")
    assert rows and "transcript.turn" not in {r["rule"] for r in rows}


SHEET = """# Fact Check Weekly: the ferry fares claim

*Kelp Check, March 20, 2026*

This week we looked at a claim about ferry fares.

**Claim:** "Ferry fares have tripled since 2020."

**Who said it:** Councillor Abel Marsh, in a council debate on March 17.

**Verdict:** False. Fares rose by 38 percent between 2020 and 2026, according to the operator's published tariffs.
"""


def test_a_fact_check_sheet_s_claim_is_its_claimant_s(tmp_path):
    db = load(tmp_path / "sheet", {"sheet.md": SHEET, "plain.txt": SHEET.replace('"', "").replace("*", "")})
    quoted = [r for r in claims_of(db, "sheet.md") if r["content"].startswith("Ferry fares")]
    assert [(r["speaker"], r["speaker_role"], r["sourcing"], r["quote_type"], r["rule"], r["content"])
            for r in quoted] == [("Abel Marsh", "councillor", "named_person", "direct", "factcheck.claimant",
                                  "Ferry fares have tripled since 2020.")]
    assert quoted[0]["said_on"] is None  # ("on March 17": no year given, none guessed; not the sheet's day)
    unquoted = [r for r in claims_of(db, "plain.txt") if r["content"].startswith("Ferry fares")]
    assert [(r["speaker"], r["quote_type"]) for r in unquoted] == [("Abel Marsh", "indirect")]
    dated = load(tmp_path / "dated", {"sheet.md": SHEET.replace("March 17.", "March 17, 2026.")})
    assert [r["said_on"] for r in claims_of(dated, "sheet.md") if r["rule"] == "factcheck.claimant"] == ["2026-03-17"]


def test_a_sheet_whose_claimant_is_a_body_leaves_the_claim_as_it_was(tmp_path):
    text = SHEET.replace("Councillor Abel Marsh, in a council debate", "The harbour board, in a leaflet")
    rows = claims_of(load(tmp_path / "body", {"sheet.md": text}), "sheet.md")
    assert "factcheck.claimant" not in {r["rule"] for r in rows}


RELEASES = {
    "pr.txt": """Halden Ferries orders two electric ferries

PORT HALDEN, Norway, March 4, 2026 /PRNewswire/ -- Halden Ferries AS, the island operator, today announced
an order for two battery-electric ferries.

"These ships cut our fuel bill in half," said Ivo Brandt, chief executive of Halden Ferries.

SOURCE Halden Ferries AS
""",
    "bw.txt": """Skar Yards wins order for two electric ferries

PORT HALDEN, Norway--(BUSINESS WIRE)--Skar Yards ASA today announced an order for two battery-electric ferries.

"This is the largest order in our history," said Lina Skar, chief executive of Skar Yards.
""",
    "gn.txt": """Kelp Foods reports record quarter

PORT HALDEN, Norway, March 4, 2026 (GLOBE NEWSWIRE) -- Kelp Foods Inc. (NASDAQ: KELP), a seaweed producer,
today reported revenue of 12 million crowns.

"Demand for seaweed doubled this year," said Ola Brekke, chief executive of Kelp Foods.

About Kelp Foods

Kelp Foods grows seaweed on four farms off the outer islands.
""",
    "wire.txt": """Harbour wall to be rebuilt

PORT HALDEN, March 4, 2026 (Coast Wire) - The harbour board said on Monday the wall would be rebuilt by 2028.
""",
}


def test_a_release_carried_by_a_wire_is_its_issuer_s(tmp_path):
    db = load(tmp_path / "releases", RELEASES)
    got = {name: (r["outlet"], r["agency"], r["dateline_place"]) for name, r in by_file(db).items()}
    assert got == {
        "pr.txt": ("Halden Ferries AS", "PRNewswire", "PORT HALDEN, Norway"),
        "bw.txt": ("Skar Yards ASA", "BUSINESS WIRE", "PORT HALDEN, Norway"),
        "gn.txt": ("Kelp Foods", "GLOBE NEWSWIRE", "PORT HALDEN, Norway"),
        "wire.txt": ("Coast Wire", "Coast Wire", "PORT HALDEN"),  # (a news agency's copy stays the agency's)
    }
    pr = by_file(db)["pr.txt"]
    assert "SOURCE Halden Ferries AS" not in [pr["text"][a:b] for a, b in json.loads(pr["paragraphs"])]


LETTERS = """Your letters

Stop the quay car park

The council's plan to pave the old fish market is a mistake. The market brought 40,000 visitors last summer.

Greta Holm, Port Halden

Ferry timetable

I have taken the early ferry for twenty years. It has been late on more than half of the days this winter.

Olaf Sund
Skarholm
"""


def test_letters_signed_without_a_dash_or_with_the_place_below_are_their_signers(tmp_path):
    db = load(tmp_path / "letters", {"letters.txt": LETTERS})
    assert by_file(db)["letters.txt"]["headline"] == "Your letters"
    rows = [(r["speaker"], r["rule"], r["content"][:20]) for r in claims_of(db, "letters.txt")]
    assert rows == [
        ("Greta Holm", "letter.sentence", "The council's plan t"),
        ("Greta Holm", "letter.sentence", "The market brought 4"),
        ("Olaf Sund", "letter.sentence", "I have taken the ear"),
        ("Olaf Sund", "letter.sentence", "It has been late on "),
    ]


@pytest.mark.asyncio
async def test_the_claim_page_shows_a_turn_s_speaker_and_role(tmp_path):
    db = load(tmp_path / "page", {"t.txt": ROLE})
    path = str(db.conn.execute("pragma database_list").fetchone()[2])
    claim = next(r for r in claims_of(db, "t.txt") if r["content"].startswith("The fuel bill"))
    ds = make_datasette([path])
    page = (await ds.client.get(f"/page/-/claims/claim/{claim['id'].replace(':', '~3A')}")).text
    assert "Jo Roe</a>, harbour minister" in page and "transcript.turn" in page


def test_a_release_saved_from_the_wire_s_own_site_is_its_issuer_s(tmp_path):
    page = ("<!doctype html><html><head><title>Halden Ferries orders two electric ferries</title>"
            '<meta property="og:site_name" content="PR Newswire"></head><body>'
            "<h1>Halden Ferries orders two electric ferries</h1>"
            "<p>PORT HALDEN, Norway, March 4, 2026 /PRNewswire/ -- Halden Ferries AS, the island operator, "
            "today announced an order for two battery-electric ferries.</p>"
            "<p>SOURCE Halden Ferries AS</p></body></html>")
    article = by_file(load(tmp_path / "site", {"release.html": page}))["release.html"]
    assert (article["outlet"], article["agency"]) == ("Halden Ferries AS", "PRNewswire")


def test_headings_in_capitals_on_their_own_lines_are_no_speakers(tmp_path):
    text = ("Harbour wall to be rebuilt\n\nThe harbour board said on Monday that the wall would be rebuilt by 2028.\n\n"
            "WHAT HAPPENS NEXT\nThe board will choose a builder in May, its chair Jo Roe said.\n\n"
            "LOCAL REACTION\nFishermen in Port Halden said they welcomed the work.\n\n"
            "WHAT HAPPENS NEXT\nThe council votes on the money in June.\n")
    rows = claims_of(load(tmp_path / "heads", {"r.txt": text}), "r.txt")
    assert rows and "transcript.turn" not in {r["rule"] for r in rows}
    assert "What Happens Next" not in {r["speaker"] for r in rows}
