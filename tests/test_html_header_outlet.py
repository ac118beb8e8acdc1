"""A saved page whose site name is only in its banner: the outlet from its header.

trafilatura drops a page's ``<header>``, so a page with no site name in its
metadata (og:site_name, JSON-LD publisher, application-name) or its
``<title>`` loaded with no outlet, though its banner printed the site's name
in a site-title link, a logo's alt text or a heading.  Invented pages in the
shapes of a WordPress theme, a newspaper CMS, a hand-written static site and
others; real CLI, real SQLite.  A header of menus only, a name printed only in
the footer and an article's own header give no outlet, and the page's
metadata stays first.
"""

from __future__ import annotations

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

STORY = """<p>Ferry fares to the islands will stay at their current level until 2027, the board said on Monday.</p>
<p>Board chair Fiona Brannagh said the freeze would cost two million pounds, paid by the government.</p>
<p>"Islanders should not pay more to get to the hospital," said local councillor Zoe Mackintyre.</p>"""
HEADLINE = "Ferry fares frozen for another year"


def page(banner: str, article: str = "", head: str = "", footer: str = "") -> str:
    article = article or f"<article><h1>{HEADLINE}</h1>{STORY}</article>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}</head>'
            f"<body>{banner}<main>{article}</main>{footer}</body></html>")


def outlet_of(tmp_path, html: str) -> dict:
    (tmp_path / "page.html").write_text(html)
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(tmp_path / "page.html")])
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(tmp_path / "c.db").query("select outlet, headline from articles"))
    assert len(rows) == 1, rows
    return rows[0]


def test_a_wordpress_site_title_link(tmp_path):
    banner = ('<header id="masthead" class="site-header"><div class="site-branding">'
              '<p class="site-title"><a href="https://glenkirkvoice.example/" rel="home">Glenkirk Voice</a></p>'
              '<p class="site-description">Community news from the glen</p></div>'
              '<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>')
    article = (f'<article><header class="entry-header"><h1 class="entry-title">{HEADLINE}</h1></header>'
               f'<div class="entry-content">{STORY}</div></article>')
    row = outlet_of(tmp_path, page(banner, article))
    assert row == {"outlet": "Glenkirk Voice", "headline": HEADLINE}


def test_a_newspaper_cms_logo_alt_text_in_a_banner_role(tmp_path):
    banner = ('<div role="banner" class="masthead"><a class="brand" href="/"><img src="/static/logo.svg" '
              'alt="The Harbour Lantern logo"></a><ul class="sections"><li><a href="/politics">Politics</a></li>'
              '<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul>'
              '<a class="cta" href="/subscribe">Subscribe</a></div>')
    assert outlet_of(tmp_path, page(banner))["outlet"] == "The Harbour Lantern"


def test_a_static_sites_heading_with_its_motto_under_it(tmp_path):
    banner = "<header><h1>The Tarn Notebook</h1><p>Notes from the fells, every week</p></header>"
    article = f"<article><h2>{HEADLINE}</h2>{STORY}</article>"
    row = outlet_of(tmp_path, page(banner, article))
    assert row["outlet"] == "The Tarn Notebook"
    assert row["headline"] == HEADLINE


def test_a_name_in_capitals_after_the_date_line(tmp_path):
    banner = ('<header><div class="topbar"><span>Tuesday, March 3, 2026</span><a href="/login">Sign in</a></div>'
              '<div class="brand"><a href="index.html">THE FENWICK DISPATCH</a></div></header>')
    assert outlet_of(tmp_path, page(banner))["outlet"] == "The Fenwick Dispatch"


def test_a_logo_image_with_its_motto_in_the_alt_text(tmp_path):
    banner = ('<header class="site"><a href="./" class="logo"><img src="logo.png" '
              'alt="Marsh Lane Weekly | Local news since 1921"></a></header>')
    assert outlet_of(tmp_path, page(banner))["outlet"] == "Marsh Lane Weekly"


def test_a_header_of_menus_only_names_no_outlet(tmp_path):
    banner = ('<header><a class="skip" href="#content">Skip to content</a><nav aria-label="Main">'
              '<a href="/">Home</a> <a href="/news">News</a> <a href="/about">About Us</a></nav>'
              '<form role="search"><input name="q"><button>Search</button></form>'
              '<a href="/">Home</a><a href="/contact">Contact Us</a></header>')
    assert outlet_of(tmp_path, page(banner))["outlet"] is None


def test_a_name_only_in_the_footer_names_no_outlet(tmp_path):
    footer = "<footer><p>Brackenfield Ledger</p><p>Copyright 2026 Brackenfield Ledger Ltd</p></footer>"
    banner = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
    assert outlet_of(tmp_path, page(banner, footer=footer))["outlet"] is None


def test_an_articles_own_header_is_not_the_sites(tmp_path):
    article = (f"<article><header><h1>Ferry Fares Frozen Again</h1><p>Island News Desk</p></header>"
               f"{STORY}</article>")
    assert outlet_of(tmp_path, page("", article))["outlet"] is None


def test_a_headline_in_the_pages_header_is_no_outlet(tmp_path):
    banner = "<header><h1>Ferry Fares Frozen Again</h1></header>"
    html = page(banner, f"<article>{STORY}</article>").replace(f"<title>{HEADLINE}", "<title>Ferry Fares Frozen Again")
    assert outlet_of(tmp_path, html)["outlet"] is None


def test_the_pages_site_name_stays_first(tmp_path):
    head = '<meta property="og:site_name" content="Island Beacon">'
    banner = '<header><a href="/" rel="home">Beacon Archive Edition</a></header>'
    assert outlet_of(tmp_path, page(banner, head=head))["outlet"] == "Island Beacon"


CANONICAL = '<link rel="canonical" href="https://www.glenkirkvoice.example/2026/03/ferry-fares/">'


def test_the_banner_wins_over_the_address_host(tmp_path):
    # trafilatura names a page with an address but no site name by its host
    # ("glenkirkvoice.example"); the name the banner prints is the outlet.
    banner = '<header><p><a href="https://www.glenkirkvoice.example/" rel="home">Glenkirk Voice</a></p></header>'
    assert outlet_of(tmp_path, page(banner, head=CANONICAL))["outlet"] == "Glenkirk Voice"


def test_a_masthead_in_the_title_wins_over_the_address_host(tmp_path):
    html = page("", head=CANONICAL).replace(f"<title>{HEADLINE}", f"<title>{HEADLINE} | Glenkirk Voice Online")
    assert outlet_of(tmp_path, html) == {"outlet": "Glenkirk Voice Online", "headline": HEADLINE}


def test_an_address_and_nothing_else_is_still_named_by_its_host(tmp_path):
    banner = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
    assert outlet_of(tmp_path, page(banner, head=CANONICAL))["outlet"] == "glenkirkvoice.example"


def test_the_one_name_in_a_banner_of_plain_lines(tmp_path):
    banner = ('<header><div class="bar"><span>Tuesday, March 3, 2026</span></div>'
              '<div class="brand">Otterburn Post</div><div>Sixpence on Saturdays</div></header>')
    assert outlet_of(tmp_path, page(banner))["outlet"] == "Otterburn Post"


def test_two_names_in_plain_lines_name_no_outlet(tmp_path):
    banner = ('<header><div class="ticker"><span>Breaking News</span> <a href="/2026/03/flood">Flood warning '
              'for the glen</a></div><div class="brand">Otterburn Post</div></header>')
    assert outlet_of(tmp_path, page(banner))["outlet"] is None
