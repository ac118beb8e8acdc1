"""A fact-checker's first hour: the leftovers met loading a folder of scraped pages.

Each test is one class of problem found walking the product end to end on
an invented folder (scraped text with page furniture, saved HTML, JSON
lines, a broken file).  All names and sentences are invented.
"""

from __future__ import annotations

import pytest
import sqlite_utils

from datasette_claims.articles import front_page_path, url_key
from test_html_header_outlet import outlet_of as load_html
from test_storywalk_undated import _load as load_reports

STORY = """<p>Ferry fares to the skerries will stay at their current level until 2029, the board said on Monday.</p>
<p>Board chair Maren Oddsdottir said the freeze would cost two million crowns, paid by the county.</p>"""
HEADLINE = "Ferry fares frozen for another year"


# --- the front page's path, one definition for addresses and banners -------------------------------------------


@pytest.mark.parametrize("path", ["", "/", "./", "/index.html", "index.php", "/default.aspx", "/home.htm"])
def test_front_page_paths(path):
    assert front_page_path(path)
    assert url_key("https://skerrylight.example" + path) is None


@pytest.mark.parametrize("path", ["/news/fares.html", "/?p=12", "/index.html?id=4", "/homes.html"])
def test_article_paths(path):
    assert not front_page_path(path)
    assert url_key("https://skerrylight.example" + path) is not None


def test_a_site_title_linked_to_a_default_aspx_front_page(tmp_path):
    # two lines of the banner read as names; the one linked to the front page is the site's
    banner = ('<header><p>Weekend Ferry Timetable</p>'
              '<a class="brand" href="/Default.aspx">Skerry Lightkeeper</a></header>')
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body>{banner}<main><article><h1>{HEADLINE}</h1>{STORY}</article></main></body></html>")
    assert load_html(tmp_path, html)["outlet"] == "Skerry Lightkeeper"


# --- paste a claim: a found claim that differs from it by a negation says so -----------------------------------


@pytest.mark.asyncio
async def test_search_says_when_a_found_claim_differs_by_a_negation(tmp_path):
    from urllib.parse import quote

    from conftest import make_datasette

    path = load_reports(tmp_path, [
        {"id": "a", "outlet": "Skerry Lightkeeper", "published": "2031-05-02",
         "text": "Mooring fees\n\nThe harbour board will not double mooring fees next spring, Edda Thorvald said."},
        {"id": "b", "outlet": "Vale Courier", "published": "2031-05-03",
         "text": "School roof\n\nThe school roof will be mended before the summer, head teacher Aldous Crane said."},
    ])
    ds = make_datasette([path])
    pasted = "The harbour board will double mooring fees next spring"
    found = (await ds.client.get(f"/claims/-/claims/search.json?q={quote(pasted)}")).json()
    assert [r["negation_flipped"] for r in found["results"]] == [True]
    # a weaker match shares some words, not the statement: no flag
    loose = quote("Mooring fees will not buy a new harbour board")
    weak = (await ds.client.get(f"/claims/-/claims/search.json?q={loose}")).json()
    assert weak["results"] and all(r["score"] < 0.6 and not r["negation_flipped"] for r in weak["results"])
    assert found["earliest"]["negation_flipped"] is True
    html = (await ds.client.get(f"/claims/-/claims/search?q={quote(pasted)}")).text
    assert "negation differs from your text" in html
    same = "The harbour board will not double mooring fees"
    found = (await ds.client.get(f"/claims/-/claims/search.json?q={quote(same)}")).json()
    assert [r["negation_flipped"] for r in found["results"]] == [False]
    assert "negation differs" not in (await ds.client.get(f"/claims/-/claims/search?q={quote(same)}")).text


# --- calls to action: a line telling the reader what to do with the site is furniture -----------------------------

CALLS_TO_ACTION = [
    "Sign up for our newsletter to get the island news every morning.",
    "Get the Skerry Lightkeeper app for breaking news alerts.",
    "Join us on Telegram for updates!",
    "Don't miss a story: subscribe to our weekly digest.",
    "Share this story with a friend.",
    "Stay informed: download our app.",
]


@pytest.mark.parametrize("line", CALLS_TO_ACTION)
def test_a_call_to_action_is_furniture(line):
    from datasette_claims.furniture import is_desk_line, is_furniture

    assert is_furniture(line) and is_desk_line(line)


@pytest.mark.parametrize("line", [
    "Our newsletter reached ten thousand readers last year, the editor Maren Oddsdottir said.",
    "Sign-ups for the ferry app doubled after the storm.",
    '"Follow our lead and cut the fees," councillor Rolf Ambry told the board.',
    "Get ready for a long winter, the harbour master warned the skippers.",
    "Like forms of a ballot, our surveys went out by post.",
    "Share prices fell after the company posted its results.",
    "Support for the plan grew on social media.",
    "Follow-up talks were announced on the council's blog.",
    "Watch sales rose, our survey found.",
])
def test_a_story_sentence_about_the_site_is_no_call_to_action(line):
    from datasette_claims.furniture import is_desk_line

    assert not is_desk_line(line)


def test_calls_to_action_leave_a_saved_page_and_a_scraped_text(tmp_path):
    from datasette_claims.articles import article_from_document
    from datasette_claims.models import Document

    said = "The harbour board will double mooring fees from April, chair Edda Thorvald said on Tuesday."
    body = "".join(f"<p>{line}</p>" for line in [said, *CALLS_TO_ACTION])
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><main><article><h1>{HEADLINE}</h1>{STORY}{body}</article></main></body></html>")
    load_html(tmp_path, html)
    text = sqlite_utils.Database(tmp_path / "c.db").execute("select text, paragraphs from articles").fetchone()
    import json

    kept = [text[0][a:b] for a, b in json.loads(text[1])]
    assert said in kept and not set(CALLS_TO_ACTION) & set(kept)
    scraped = article_from_document(Document(text="\n".join([HEADLINE, said, *CALLS_TO_ACTION]), path="p.txt"))
    assert [p.text for p in scraped.paragraphs] == [said]


# --- bulleted lists: each item is its own paragraph line and sentence ---------------------------------------------

LIST = ("Key points of the harbour plan:\n"
        "• Mooring fees will rise by 40%\n"
        "- Small boats get a two-year discount (from May)\n"
        "* The pier is unsafe for ferries, skipper Rolf Ambry said\n")


def test_each_bullet_is_its_own_sentence():
    from datasette_claims.extract.sentences import sentence_spans

    spans = [LIST[a:b].strip() for a, b in sentence_spans(LIST, 0, len(LIST))]
    assert spans == [LIST.splitlines()[0]] + [line[2:] for line in LIST.splitlines()[1:]]


def test_a_claim_in_a_bullet_does_not_take_the_item_above():
    from datasette_claims.articles import article_from_document
    from datasette_claims.extract import extract_claims
    from datasette_claims.models import Document

    text = ("Harbour plan set out\n\n"
            f"The harbour board set out its plan for the breakwater on Tuesday, chair Edda Thorvald said.\n\n{LIST}")
    article = article_from_document(Document(text=text, path="plan.txt"))
    assert [p.text for p in article.paragraphs][-3:] == LIST.splitlines()[1:]
    claims = [c for c in extract_claims(article) if c.source.text.endswith("Ambry")]
    assert [c.content.text for c in claims] == ["The pier is unsafe for ferries"]


# --- a masthead that is a name alone on its line: the outlet when the page's copyright line names it -------------

SCRAPED_BODY = ("NORTHFIELD, March 3 — The harbour board will double mooring fees from April, "
                "its chair Edda Thorvald said on Tuesday.\n\n"
                '"We cannot keep the breakwater standing on these fees," Thorvald told reporters.\n\n')


def scraped(text):
    from datasette_claims.articles import article_from_document
    from datasette_claims.models import Document

    return article_from_document(Document(text=text, path="page.txt"))


FEES = "Harbour fees to double next spring, board says"


@pytest.mark.parametrize("copyright_line", ["© 2026 Northfield Review",
                                            "Copyright 2019-2026 Northfield Review. All rights reserved."])
def test_a_name_alone_above_the_headline_named_by_the_copyright_line(copyright_line):
    a = scraped(f"Northfield Review\n\n{FEES}\n\n{SCRAPED_BODY}{copyright_line}\n")
    assert (a.outlet, a.headline) == ("Northfield Review", FEES)


@pytest.mark.parametrize("tail", ["", "© 2026 Skerry Lightkeeper\n"])
def test_a_headline_above_its_standfirst_stays_a_headline(tail):
    standfirst = "Skippers of small boats face higher costs as the board blames the breakwater"
    a = scraped(f"Mooring Fees Double\n\n{standfirst}\n\n{SCRAPED_BODY}{tail}")
    assert (a.outlet, a.headline) == (None, "Mooring Fees Double")


# --- a signed-in user who may not record verdicts is told why there is no form, and how to get one -------------


@pytest.mark.asyncio
async def test_a_signed_in_non_reviewer_is_told_how_to_record_verdicts(tmp_path):
    from conftest import make_datasette

    from datasette_claims.views.base import encode_id

    path = load_reports(tmp_path, [
        {"id": "a", "outlet": "Skerry Lightkeeper", "published": "2031-05-02",
         "text": "Mooring fees\n\nThe harbour board will double mooring fees next spring, Edda Thorvald said."}])
    claim_id = sqlite_utils.Database(path).execute("select id from claims").fetchone()[0]
    ds = make_datasette([path])
    url = "/claims/-/claims/claim/" + encode_id(claim_id)
    anonymous = (await ds.client.get(url)).text
    assert "reviewers" not in anonymous
    signed = {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}
    page = (await ds.client.get(url, cookies=signed)).text
    assert "You do not have permission to record verdicts" in page and "reviewers: {id: [root]}" in page
    data = (await ds.client.get(url + ".json", cookies=signed)).json()
    assert data["verdicts"]["signed_in"] is True and "reviewers" in data["verdicts"]["reason"]


# --- a saved page's byline paragraph, kept by trafilatura, is no paragraph of the story --------------------------


def test_a_saved_pages_byline_paragraph_is_furniture(tmp_path):
    import json

    said = "By Monday the board will double mooring fees, chair Edda Thorvald said on Tuesday."
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><main><article><h1>{HEADLINE}</h1><p>By Ingrid Solberg, Harbour Reporter</p>"
            f"<p>{said}</p>{STORY}</article></main></body></html>")
    load_html(tmp_path, html)
    text, paragraphs = sqlite_utils.Database(tmp_path / "c.db").execute(
        "select text, paragraphs from articles").fetchone()
    kept = [text[a:b] for a, b in json.loads(paragraphs)]
    assert kept[0] == said and not any(p.startswith("By Ingrid") for p in kept)


# --- the claim page's similar claims link their speaker, as search and the story timeline do ---------------------


@pytest.mark.asyncio
async def test_similar_claims_link_their_speaker(tmp_path):
    from conftest import make_datasette

    from datasette_claims.views.base import encode_id

    said = "The harbour board will double mooring fees next spring, Edda Thorvald said."
    path = load_reports(tmp_path, [
        {"id": "a", "outlet": "Skerry Lightkeeper", "published": "2031-05-02", "text": f"Mooring fees\n\n{said}"},
        {"id": "b", "outlet": "Vale Courier", "published": "2031-05-03", "text": f"Fees to double\n\n{said}"}])
    claim_id = sqlite_utils.Database(path).execute("select id from claims where article_id = 'a'").fetchone()[0]
    ds = make_datasette([path])
    html = (await ds.client.get("/claims/-/claims/claim/" + encode_id(claim_id))).text
    similar = html[html.index("Similar claims"):]
    assert '<td data-label="Speaker"><a href="/claims/-/claims/speaker/' in similar
