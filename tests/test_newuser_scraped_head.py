"""A fact-checker's scraped folder: what the page head and tail of a .txt say.

Found by walking through a first load of an invented folder: cookie banners,
button rows spaced with blanks, a "Subscribe for ..." offer and a masthead
were taken for the headline; "Read more: <another headline>" at the foot
became a claim; a byline date followed by "| Updated <time>" was not read.
All texts are invented.
"""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.models import Document
from datasette_claims.readers import LoadError, read_paths

BODY = (
    "KESTREL BAY - The harbour board will raise mooring fees by a fifth, its chair said on Monday.\n"
    '"Nobody likes paying more, but the pontoons are falling apart," chair Ruth Okoye told the board.\n'
)


def article(text):
    return article_from_document(Document(text=text, path="page.txt"))


@pytest.mark.parametrize(
    "furniture",
    [
        "We use cookies to improve your experience. By continuing you accept our cookie policy. "
        "Accept all | Manage settings",
        "This website uses cookies. Manage preferences",
        "Menu  Search  Log in",
        "Share on Facebook  Share on X  Email this article",
        "Subscribe for $1 a week",
    ],
)
def test_page_furniture_is_never_the_headline(furniture):
    a = article(f"{furniture}\nMooring fees to rise by a fifth\n{BODY}")
    assert a.headline == "Mooring fees to rise by a fifth"


@pytest.mark.parametrize(
    "masthead, outlet",
    [
        ("THE KESTREL BAY TRIBUNE", "The Kestrel Bay Tribune"),
        ("The Kestrel Ledger", "The Kestrel Ledger"),
        ("Kestrel Courier", "Kestrel Courier"),
    ],
)
def test_masthead_is_the_outlet_not_the_headline(masthead, outlet):
    a = article(f"{masthead}\nHealth\nMooring fees to rise by a fifth\n{BODY}")
    assert a.headline == "Mooring fees to rise by a fifth"
    assert a.outlet == outlet
    assert a.section == "Health"


@pytest.mark.parametrize("headline", ["Harbour Board Raises Mooring Fees", "Sprinter Breaks World Record"])
def test_a_headline_in_title_case_is_not_a_masthead(headline):
    a = article(f"{headline}\n{BODY}")
    assert a.headline == headline
    assert a.outlet is None


def test_read_more_teaser_is_not_story_text():
    a = article(f"Mooring fees to rise by a fifth\n{BODY}Read more: Harbour board warns of pontoon collapse\n")
    kept = " ".join(p.text for p in a.paragraphs)
    assert "pontoon collapse" not in kept
    assert "Nobody likes paying more" in kept


@pytest.mark.parametrize(
    "byline",
    ["5 March 2025 | Updated 9:14 a.m.", "March 5, 2025 | Updated: 10:02", "5 March 2025 · Updated 6 March 2025"],
)
def test_byline_date_with_an_update_after_it(byline):
    a = article(f"Mooring fees to rise by a fifth\n{byline}\n{BODY}")
    assert a.published == "2025-03-05"


def test_cookie_banner_alone_is_no_article(tmp_path):
    path = tmp_path / "cookie-wall.txt"
    path.write_text("We use cookies to improve your experience.\nAccept all | Manage settings\n", encoding="utf-8")
    [item] = list(read_paths([str(path)]))
    assert isinstance(item, LoadError) and item.reason.startswith("no article text")


def test_broken_json_line_says_where():
    from datasette_claims.readers import read_json_lines

    [error] = list(read_json_lines(iter(['{"text": "The pier is open.", "title": "Pier']), "feed.jsonl", 10_000))
    assert error.reason == ("invalid JSON on line 1: Unterminated string starting at column 40 (the line ends "
                            "before its record: cut short, or a file still being written?)")


PAGE = """<html><head><title>{title}</title></head><body>
<div class="story"><p>KESTREL BAY - The harbour board approved the new pontoons on Monday, its chair said.</p>
<p>"The old ones are falling apart and we cannot wait another winter," chair Ruth Okoye told the board.</p>
<p>Okoye said the work would start in June and cost 2.4 million dollars.</p></div></body></html>"""


@pytest.mark.parametrize(
    "title", ["Kestrel Courier - Harbour board approves pontoons", "Harbour board approves pontoons | Kestrel Courier"]
)
def test_site_name_in_the_page_title_is_the_outlet(title):
    from datasette_claims.readers import html_document

    doc = html_document(PAGE.format(title=title), "page.html")
    assert (doc.headline, doc.outlet) == ("Harbour board approves pontoons", "Kestrel Courier")


@pytest.mark.parametrize("suffix", ["html", "txt"])
def test_paywall_page_is_no_article(tmp_path, suffix):
    wall = (
        "Subscribe to read\n\nThis article is for subscribers only. Subscribe now for $1.\n\n"
        "Already a subscriber? Log in"
    )
    if suffix == "html":
        wall = "<html><head><title>Subscribe to read</title></head><body><div class='paywall'>" + wall.replace(
            "\n\n", "<br>") + "</div></body></html>"
    path = tmp_path / f"wall.{suffix}"
    path.write_text(wall, encoding="utf-8")
    [item] = list(read_paths([str(path)]))
    assert isinstance(item, LoadError) and "no article text" in item.reason


def test_byline_under_a_long_headline_is_not_part_of_it():
    headline = "Harbour board approves new pontoons despite a row over the cost"
    a = article(f"{headline}\nBy Ruth Abiodun, Local Government Reporter\n{BODY}")
    assert a.headline == headline


def test_a_wrapped_sentence_going_on_with_by_is_one_paragraph():
    text = ("Mooring fees to rise by a fifth\nThe harbour board said the new pontoons would be paid for in full\n"
            "By Easter next year, chair Ruth Okoye said, the old ones would be gone.\n")
    a = article(text)
    assert any(p.text.startswith("The harbour board said") and "By Easter" in p.text for p in a.paragraphs)


def test_an_apis_cut_marker_is_not_part_of_the_last_claim(tmp_path):
    import json

    from click.testing import CliRunner
    from datasette.cli import cli

    record = {"url": "https://radio.example/2025/03/21/pontoons", "title": "Board defends pontoon costs",
              "content": "Chair Ruth Okoye defended the cost on Friday. Critics said the board had paid its "
                         "consultants twice the going rate last year. [+1420 chars]"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(path)], catch_exceptions=False)
    doc = json.loads(result.stdout.splitlines()[0])
    critics = [c for c in doc["claims"] if "consultants" in c["content"]["text"]]
    assert critics and all("chars]" not in c["content"]["text"] for c in critics)
    assert doc["paragraphs"][-1][1] == doc["text"].index(" [+1420 chars]")
