"""Articles as sites print them: outlet, headline, dateline, agency and date.

Found by loading a folder of invented pages (newspapers, a trade magazine, a
blog, press releases, wire copy) and reading every field against the page:
a section menu's last item became the outlet, a masthead whose last word is
no usual newspaper noun became the headline, and so on (one test each).
All texts are invented.
"""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.models import Document

BODY = (
    "PORT ELLEN, March 3 — The ferry company cut two winter sailings on Tuesday, its manager said.\n"
    '"We are short of crew this winter," manager Isla Kerr said.\n'
)


def article(text):
    return article_from_document(Document(text=text, path="page.txt"))


def test_a_section_menu_is_no_outlet():
    a = article(f"Ferry Sailings Cut for Winter\nHome | News | Islands | Weather | Opinion\n{BODY}")
    assert a.outlet is None


HEADLINE = "Ferry Company Cuts Two Winter Sailings"


@pytest.mark.parametrize(
    "head, outlet",
    [
        # in capitals, above a headline that is not, a blank line between
        ("THE DAILY KITTIWAKE\n\n", "The Daily Kittiwake"),
        ("SKERRY AND SOUND WEEKLY\n\n", "Skerry and Sound Weekly"),
        # a short name with a section menu under it
        ("The Skerry Clarion\nIslands | Business | Sport | Culture\n", "The Skerry Clarion"),
    ],
)
def test_a_masthead_known_by_its_shape(head, outlet):
    a = article(f"{head}{HEADLINE}\n\nBy Ann Lee | March 3, 2026\n\n{BODY}")
    assert (a.outlet, a.headline) == (outlet, HEADLINE)
    assert a.section is None


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n{BODY}",  # a title-case headline above the story
        f"FERRY COMPANY CUTS SAILINGS\n{HEADLINE.upper()}\n{BODY}",  # two lines in capitals: which is the name?
        f"Ferry Company Cuts Sailings\n{HEADLINE}\n{BODY}",  # four words above six: no name's shape
    ],
)
def test_no_masthead_without_its_shape(text):
    assert article(text).outlet is None


def test_a_short_headline_above_its_standfirst_is_no_masthead():
    # three title-case words, a blank line, a longer line with no full stop: a headline and its standfirst
    text = ("Ferry Fares Rise\n\nIsland families face higher costs as the operator blames fuel and an ageing fleet\n\n"
            f"{BODY}")
    a = article(text)
    assert a.outlet is None
    assert a.headline == "Ferry Fares Rise"


def test_a_press_release_notice_is_no_headline_nor_outlet():
    a = article(f"FOR IMMEDIATE RELEASE\n\n{HEADLINE}\n\n{BODY}")
    assert (a.outlet, a.headline) == (None, HEADLINE)


@pytest.mark.parametrize(
    "first, place, date, agency",
    [
        ("Tromsø, 3 March (Reuters) - ", "Tromsø", "3 March", "Reuters"),
        ("Port Ellen, March 3 — ", "Port Ellen", "March 3", None),
        ("HAMMERFEST, Norway, March 9, 2026 /PRNewswire/ -- ", "HAMMERFEST, Norway", "March 9, 2026", "PRNewswire"),
    ],
)
def test_datelines_as_printed(first, place, date, agency):
    a = article(f"{HEADLINE}\n{first}The ferry company cut two winter sailings on Tuesday, its manager said.\n")
    assert (a.dateline.place, a.dateline.date, a.dateline.agency) == (place, date, agency)
    assert a.paragraphs[0].text.startswith("The ferry company")


@pytest.mark.parametrize(
    "first",
    ["Tuesday, March 3 — the ferry sailed. ", "Isla Kerr — the manager — said so. ", "Isla Kerr: no sailings. "],
)
def test_no_dateline_in_a_sentence_of_capitalised_words(first):
    text = f"{HEADLINE}\n{first}The ferry company cut two winter sailings, its manager said.\n"
    assert article(text).dateline is None


WIRE = (
    "TROMSØ, June 8, 2026 (AFP) - The ferry company cut two winter sailings on Monday, its manager Isla Kerr said.\n"
    '"We are short of crew this winter and cannot sail twice a day," Kerr told reporters at the quay.\n'
)


@pytest.mark.parametrize(
    "doc, outlet",
    [
        (Document(text=WIRE, path="wire.txt"), "AFP"),
        (Document(text=WIRE.replace("(AFP)", "(AP)"), path="wire.txt"), "Associated Press"),
        # a name the text or the address gives comes first
        (Document(text=f"THE DAILY KITTIWAKE\n\n{HEADLINE}\n\n{WIRE}", path="page.txt"), "The Daily Kittiwake"),
        (Document(text=WIRE, path="w.json", url="https://www.reuters.com/world/ferry"), "Reuters"),
        (Document(text=WIRE, path="w.json", outlet="Skerry Clarion"), "Skerry Clarion"),
    ],
)
def test_wire_copy_with_no_other_outlet_is_the_agencys(doc, outlet):
    assert article_from_document(doc).outlet == outlet


def test_a_story_of_wire_copies_counts_the_agency_as_its_outlet(tmp_path):
    import sqlite3

    from click.testing import CliRunner
    from datasette.cli import cli

    for i, headline in enumerate(["Ferry sailings cut", "Winter ferry timetable trimmed"]):
        (tmp_path / f"copy{i}.txt").write_text(f"{headline}\n\n{WIRE}", encoding="utf-8")
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(tmp_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("select report_count, outlet_count from stories").fetchall()
    assert (2, 1) in rows


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>
<p>PORT ELLEN, March 3 — The ferry company cut two winter sailings on Tuesday, its manager Isla Kerr said.</p>
<p>"We are short of crew this winter and cannot sail twice a day," Kerr told reporters at the quay.</p>
<p>The company said the summer timetable would be published in April, as in other years.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "title, headline, outlet",
    [
        ("THE DAILY KITTIWAKE - Ferry sailings cut", "Ferry sailings cut", "The Daily Kittiwake"),
        ("Ferry sailings cut | Skerry Sound Review", "Ferry sailings cut", "Skerry Sound Review"),
        # two names in title case, or a name before a bar: which is the site?
        ("Ferry Sailings Cut | Skerry Sound Review", "Ferry Sailings Cut", None),
        ("Isla Kerr | Why the ferry sails once a day", "Isla Kerr", None),
    ],
)
def test_site_name_known_by_its_shape_in_the_page_title(title, headline, outlet):
    from datasette_claims.readers import html_document

    doc = html_document(PAGE.format(title=title, headline=headline), "page.html")
    assert (doc.outlet, doc.headline) == (outlet, headline)


@pytest.mark.parametrize("line", ["March 28, 2026 · 4 min read", "28 March 2026 | 12 mins read"])
def test_a_date_with_the_reading_time(line):
    a = article(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert (a.headline, a.published) == (HEADLINE, "2026-03-28")


def test_a_reading_time_alone_is_no_headline():
    assert article(f"2 Min Read\n\n{HEADLINE}\n\n{BODY}").headline == HEADLINE


@pytest.mark.parametrize(
    "line, outlet, published",
    [
        ("THE SKERRY CLARION | Monday, March 23, 2026", "The Skerry Clarion", "2026-03-23"),
        ("The Kittiwake Observer — News from the isles since 1899", "The Kittiwake Observer", None),
        ("SKERRY SOUND WEEKLY - Serving the islands", "Skerry Sound Weekly", None),
    ],
)
def test_a_masthead_with_its_date_or_motto_on_its_line(line, outlet, published):
    a = article(f"{line}\n\n{HEADLINE}\n\nBy Ann Lee\n\n{BODY}")
    assert (a.outlet, a.headline, a.published) == (outlet, HEADLINE, published)
    assert a.section is None


def test_a_headline_with_a_dash_is_no_masthead():
    a = article(f"Ferries - Sailings Cut\n{BODY}")
    assert (a.outlet, a.headline) == (None, "Ferries - Sailings Cut")


@pytest.mark.parametrize("name", ["THE DAILY KITTIWAKE", "Skerry Echo"])
def test_a_motto_under_the_masthead_is_no_headline(name):
    a = article(f"{name}\nYour islands, your news\n\n{HEADLINE}\n\nBy Ann Lee | March 3, 2026\n\n{BODY}")
    assert (a.headline, a.outlet) == (HEADLINE, name.title() if name.isupper() else name)


@pytest.mark.parametrize(
    "text",
    [
        # a headline under the masthead, its standfirst in sentence case after a blank line
        f"THE DAILY KITTIWAKE\nFerry sailings cut for winter\n\nThe island ferry will sail once a day\n\n{BODY}",
        # a sentence-case line with a blank line above it is the headline, not a motto
        f"THE DAILY KITTIWAKE\n\nFerry sailings cut for winter\n\n{HEADLINE}\n\n{BODY}",
    ],
)
def test_a_headline_under_the_masthead_is_no_motto(text):
    assert article(text).headline == "Ferry sailings cut for winter"


def test_a_widget_heading_under_the_story_is_no_headline():
    # a scraped text with no blank lines: the short line under the story is
    # a widget's heading, and the sentence-case line under the masthead the
    # headline (a headline comes before the story's prose), not a motto
    text = (
        "THE DAILY KITTIWAKE\nHarbour fees rise for the summer season\n"
        "The harbour board raised berth fees on Tuesday, its chair said.\n"
        '"We had no choice this year," chair Ruth Mair said.\n'
        "Around the web\nTen ferry routes to try this spring\n"
    )
    a = article(text)
    assert (a.outlet, a.headline) == ("The Daily Kittiwake", "Harbour fees rise for the summer season")
    kept = [p.text for p in a.paragraphs]
    assert "The harbour board raised berth fees on Tuesday, its chair said." in kept
    assert '"We had no choice this year," chair Ruth Mair said.' in kept


def test_a_kicker_in_capitals_after_the_menu_is_no_masthead():
    a = article(f"Home | News | Islands | Weather\n\nSKERRY ISLES\n\n{HEADLINE}\n\n{BODY}")
    assert (a.outlet, a.headline) == (None, HEADLINE)
