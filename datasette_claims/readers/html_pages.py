"""HTML pages: a saved or fetched page's main text and metadata.

trafilatura finds the text; what it leaves unread (an address in JSON-LD or
a browser's "saved from" comment, a masthead in ``<title>`` or in the page's
``<header>``, which it drops, a paywall or a language the page declares) is
read here, so a page loads the same whether it was a file, a JSON record's
``html``, a saved page's part or a fetch.
"""

from __future__ import annotations

import datetime
import html as html_lib
import itertools
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import BinaryIO, NamedTuple
from urllib.parse import urlparse

from .. import record_keys
from ..articles import front_page_path
from ..models import Document
from .base import MAX_ARTICLE_CHARS, LoadError, ReadFailure, check_size
from .section_fronts import section_front_warning

PAGE_TAG = re.compile(r"<(?:html|body)\b", re.I)


PAGE_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)""", re.I)


def page_language(html: str) -> str | None:
    """The language a page declares (``<html lang="de">``) when it is not English, else None."""
    m = PAGE_LANG.search(html, 0, 5000)
    return record_keys.foreign(m.group(1)) if m else None


# schema.org's paywall flag, which news sites set for search engines: in
# JSON-LD ("isAccessibleForFree": false) or as microdata.
PAYWALLED = re.compile(
    r"""["']isAccessibleForFree["']\s*:\s*["']?false\b|"""
    r"""itemprop\s*=\s*["']isAccessibleForFree["'][^>]*?content\s*=\s*["']false""", re.I)


def paywall_warning(where: str, html: str) -> LoadError | None:
    """A warning for a page that says it is behind a paywall: what was saved
    is often only the teaser above it, and a fact-checker should know the
    article's claims are not all there."""
    if PAYWALLED.search(html, 0, 200_000) is None:
        return None
    return LoadError(where, "the page says it is behind a paywall (isAccessibleForFree: false): its text may be only "
                            "the teaser", level="warning")


def language_warning(where: str, language: str) -> LoadError:
    """The warning for an article that says it is not in English: it loads,
    but the extraction rules are English ones."""
    from ..language import ENGLISH_RULES

    return LoadError(where, f"language is {language!r}: {ENGLISH_RULES}, so most are missing", level="warning")


def _worded_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each line that is not page furniture, stripped, with its count of words
    holding a letter (what ``has_article_words`` and ``has_story_text`` weigh)."""
    from ..furniture import is_furniture

    for line in text.splitlines():
        line = line.strip()
        if line and not is_furniture(line):
            yield line, _lettered_words(line)


# A run of characters between blanks (``str.split``'s words: ``\s`` is the same set of
# blanks) holding an ASCII letter, matched whole: the count of an ASCII line's words
# with a letter in one C call, not a generator step per character.
_ASCII_LETTERED_WORD = re.compile(r"\S*?[A-Za-z]\S*")


def _lettered_words(line: str) -> int:
    """How many of the line's words hold a letter."""
    if line.isascii():  # (an ASCII character is a letter when it is A-Z or a-z)
        return len(_ASCII_LETTERED_WORD.findall(line))
    return sum(1 for w in line.split() if any(c.isalpha() for c in w))


def has_article_words(text: str, least: int = 3) -> bool:
    """True when the lines that are not page furniture hold ``least`` words.

    A scraped file that kept only a menu, a cookie banner, an error code or
    mis-decoded bytes must be an error row, not an empty article.
    """
    found = 0
    for _line, words in _worded_lines(text):
        found += words
        if found >= least:
            return True
    return False


def has_story_text(text: str) -> bool:
    """True when some line reads like a sentence, not a menu or a button.

    A page of navigation only ("Home | News | Contact") must not become an
    article called "Home".
    """
    from ..furniture import NAV_SEPARATORS

    for line, words in _worded_lines(text):
        parts = [p for p in NAV_SEPARATORS.split(line) if p]
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            continue  # "Home | News | Sport | About us"
        if words >= 5:
            return True
    return False


TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _page_title(html: str) -> str:
    """The text of the page's ``<title>``, or ""."""
    m = TITLE.search(html, 0, 50_000)
    return " ".join(html_lib.unescape(m.group(1)).split()) if m else ""


def _site_in_title(html: str, headline: str | None, url: str | None,
                   authors: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """Headline and outlet from a ``<title>`` of two parts, one a masthead.

    "Northern Star - Mine expansion approved" names its site first;
    trafilatura keeps one part as the title, sometimes the site's.  Without a
    site name in the metadata, the part that reads as a masthead is the outlet
    (``mastheads.split_title``, as for a text's first line).  A name before a
    dash with no newspaper noun ("Harbour Watch - Why the fee doubled") is
    the site only when the page's address spells it or most of its folder's
    titles carry it (``FOLDER_SITES``): a column's title puts its writer
    there ("Isla Kerr - Why the bridge matters"), a section page its topic
    ("Middle East - Talks resume"), and before, both became the outlet.
    A name the page gives as its writer (``authors``) is the site only when
    its address or its banner names it too, however often the folder repeats
    it: a folder of one columnist's columns named the columnist.
    """
    from ..mastheads import names_host, split_title

    def confirmed(name: str) -> bool:
        if urlparse(url or "").hostname:
            return names_host(name, url)
        if name.casefold() in authors:
            banner = _site_in_banner(html)
            return banner is not None and _same_words(banner, name)
        return name.casefold() in FOLDER_SITES.get()

    page_title = _page_title(html)
    title = split_title(page_title, confirmed)
    if title.site:
        return title.headline, title.site
    # a writer's or a topic's name beside the headline: the headline is the other part
    unconfirmed = split_title(page_title)
    return (unconfirmed.headline if unconfirmed.site else headline), None


# The names on one side of a dash in most of the titles of the folder
# being read (``title_sites``), set by ``folders.read_folder``.
FOLDER_SITES: ContextVar[frozenset[str]] = ContextVar("folder_sites", default=frozenset())
TITLE_HEAD_BYTES = 32 * 1024


def title_sites(heads: Iterable[str]) -> frozenset[str]:
    """The parts of two-part dashed titles ("Harbour Watch - ...") that most
    of the folder's pages carry (``heads``: the first 32 KB of each), and at
    least two: a site prints its name on every page, a columnist or a
    section's kicker on their own few."""
    from collections import Counter

    from ..mastheads import TITLE_SEPARATOR

    counts: Counter[str] = Counter()
    titled = 0
    writers: set[str] = set()
    for head in heads:
        title = _page_title(head)
        parts = TITLE_SEPARATOR.split(title)
        if len(parts) == 2 and "|" not in title:
            titled += 1
            counts.update({part.strip().casefold() for part in parts})
            writers |= head_authors(head)
    return frozenset(name for name, n in counts.items() if n >= 2 and 2 * n > titled and name not in writers)


# Who a page says wrote it, in its head: ``<meta name="author">`` (and the
# names CMSs give it) and its JSON-LD article's ``author``.
META_TAG = re.compile(r"<meta\b([^>]*)>", re.I)
META_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
AUTHOR_METAS = frozenset(("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"))
NAMES_SEPARATOR = re.compile(r"\s*(?:[,;&]|\band\b)\s*")


def _names(value: str) -> set[str]:
    """The writers a byline or an author field names ("By Ann Lee and Tom Wu"), case-folded; an address names none."""
    value = html_lib.unescape(value).strip()
    if value.startswith(("http://", "https://", "/")):
        return set()
    value = re.sub(r"^by\s+", "", value, flags=re.I)
    return {name.casefold() for name in NAMES_SEPARATOR.split(value) if name}


def head_authors(html: str) -> set[str]:
    """The writers a page's head names: author metadata and JSON-LD (case-folded)."""
    found: set[str] = set()
    for m in itertools.islice(META_TAG.finditer(html, 0, TITLE_HEAD_BYTES), 200):
        attrs = {k.lower(): a or b or c for k, a, b, c in META_ATTR.findall(m.group(1))}
        if (attrs.get("name") or attrs.get("property") or "").lower() in AUTHOR_METAS:
            found |= _names(attrs.get("content", ""))
    for m in itertools.islice(LINKED_DATA.finditer(html, 0, TITLE_HEAD_BYTES), 20):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        for item in _linked_data_items(data):
            found |= _linked_data_authors(item.get("author"))
    return found


def _linked_data_authors(author) -> set[str]:
    """The names of a JSON-LD ``author``: a string, a Person, or a list of them."""
    authors = author if isinstance(author, list) else [author]
    # (an Organization as author is the site itself, as staff stories give it)
    names = (a.get("name") if isinstance(a, dict) and a.get("@type") != "Organization" else a for a in authors[:20])
    return set().union(*(_names(n) for n in names if isinstance(n, str)))


def page_authors(html: str, meta_author: str | None, text: str) -> frozenset[str]:
    """Everyone the page gives as its writer: its head (``head_authors``),
    what trafilatura read as the author (a byline's markup, ``rel="author"``)
    and a byline line atop its text ("By Isla Kerr"), case-folded."""
    from ..furniture import byline_only

    found = head_authors(html) | _names(meta_author or "")
    for line in text.split("\n\n", 6)[:6]:
        if byline_only(line.strip()):
            found |= _names(line.strip().split(",", 1)[0])
    return frozenset(found)


@contextmanager
def folder_sites(heads: Iterable[str]) -> Iterator[None]:
    """Within it, ``FOLDER_SITES`` are the ``title_sites`` of ``heads``: the
    pages of one folder, ZIP or tar, listed before they are read.  (Set and
    set back, not reset: a generator's caller may run it in another context.)"""
    before = FOLDER_SITES.set(title_sites(heads))
    try:
        yield
    finally:
        FOLDER_SITES.set(before.old_value if before.old_value is not before.MISSING else frozenset())


def head_bytes(open_file: Callable[[], BinaryIO]) -> str:
    """The first 32 KB of a page (a file's, a member's), as text for ``title_sites``; "" if unreadable."""
    try:
        with open_file() as f:
            return f.read(TITLE_HEAD_BYTES).decode("utf-8", errors="replace")
    except (OSError, ValueError, EOFError, RuntimeError, zlib.error):
        return ""


# The page's banner, where a site prints its name above every page: the
# element marked role="banner", or the first <header> that is no article's,
# section's or footer's own (an article's <header> holds its headline).
BANNER = ("//*[@role='banner'] | //header[not(ancestor::article or ancestor::main or ancestor::section "
          "or ancestor::aside or ancestor::footer)]")
# What in a banner is a menu, a search box or hidden, never the site's name.
BANNER_SKIPPED = frozenset("nav ul ol menu form button select script style noscript svg template".split())
BANNER_SKIPPED_ROLES = frozenset(("navigation", "search", "menu", "menubar"))
BANNER_LINES = frozenset("h1 h2 h3 h4 p strong b".split())


def _home_link(link) -> bool:
    """A link to the site's front page (``href="/"``, its root address, or
    ``rel="home"``): what a site-title or logo links to."""
    if "home" in (link.get("rel") or "").lower().split():
        return True
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    parts = urlparse(href)
    return not parts.query and front_page_path(parts.path)


def _passed_over(element) -> bool:
    """A banner's menu, search form, hidden or decorative part, or what is no element (a comment)."""
    tag = element.tag if isinstance(element.tag, str) else None
    return (tag is None or tag in BANNER_SKIPPED or element.get("role") in BANNER_SKIPPED_ROLES
            or element.get("hidden") is not None or element.get("aria-hidden") == "true")


class BannerText(NamedTuple):
    """A text of a page's banner that may be the site's name; ``by_role``
    when where it stands says so (a link to the front page, the logo in it,
    an ``<h1>``), else it is a line of text or an image only."""

    text: str
    by_role: bool


def _banner_texts(element) -> Iterator[BannerText]:
    """The texts of a banner that may be the site's name, in page order:
    a link to the front page (its words, or its logo's alt text), an image's
    alt text, a heading or a line of text.  Menus, forms and links elsewhere
    are passed over."""
    for child in element:
        if _passed_over(child):
            continue
        if child.tag == "a":
            if _home_link(child):
                yield BannerText(child.text_content(), True)
                yield from (BannerText(img.get("alt") or "", True) for img in child.iter("img"))
        elif child.tag == "img":
            yield BannerText(child.get("alt") or "", False)
        elif child.tag in BANNER_LINES and not any(True for _ in child.iter("a", "img")):
            yield BannerText(child.text_content(), child.tag == "h1")  # "<h1>Island <em>Beacon</em></h1>" whole
        else:
            yield BannerText(child.text or "", False)
            yield from _banner_texts(child)


def _banner_name(banner) -> str | None:
    """The site's name in one banner: the first that a site-title link, its
    logo or an ``<h1>`` gives; else the one line of text or image there that
    reads as a name.  Two such lines ("Breaking News" in a ticker above
    "Otterburn Post") say nothing of which is the site's: no outlet."""
    from ..furniture import is_furniture
    from ..mastheads import masthead_in_banner

    texts = [t for t in _banner_texts(banner) if t.text.strip() and not is_furniture(t.text.strip())]
    for t in texts:
        name = masthead_in_banner(t.text) if t.by_role else None
        if name:
            return name
    names = {masthead_in_banner(t.text) for t in texts} - {None}
    return names.pop() if len(names) == 1 else None


def _site_in_banner(html: str) -> str | None:
    """The outlet a page names in its banner (its ``<header>`` or
    ``role="banner"``), which trafilatura drops (``_banner_name``)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None
    for banner in tree.xpath(BANNER)[:3]:
        name = _banner_name(banner)
        if name:
            return name
    return None


def _same_words(a: str, b: str) -> bool:
    """The same words, whatever their case and spacing ("THE TARN NOTEBOOK", "The Tarn Notebook")."""
    return a.casefold().split() == b.casefold().split()


def _banner_outlet(html: str, headline: str | None) -> tuple[str | None, str | None]:
    """Headline and outlet when the site's name is only in the page's banner.

    trafilatura takes a page's first ``<h1>`` for its title, the banner's
    when the site prints its name there ("The Tarn Notebook" above an
    ``<h2>`` headline): the name is then the outlet and the ``<title>``, when
    it says something else, the headline.  A banner whose heading is the
    ``<title>`` too holds the headline, and names no outlet."""
    name = _site_in_banner(html)
    if not name or not headline or not _same_words(name, headline):
        return headline, name
    title = _page_title(html)
    if not title or _same_words(title, name):
        return headline, None
    return title, name


# <meta http-equiv="refresh" content="0; url=https://...">: where a redirect page sends the browser.
META_REFRESH = re.compile(
    r"""<meta\b[^>]*?http-equiv\s*=\s*["']?refresh["']?[^>]*?content\s*=\s*["']\s*\d*\s*[;,]\s*"""
    r"""(?:url\s*=\s*)?['"]?([^"'>\s]+)""", re.I)

# Dates from the page's markup only (meta tags, JSON-LD, <time>, its address).
# htmldate's "extensive" search otherwise turns any year in the page into
# January 1st: "© 1996-2025" gave 1996-01-01, "since 2019" gave 2019-01-01.
# A date printed on a line of its own under the headline is read later
# (articles.byline_date), as for a scraped text.
PAGE_DATE_ONLY = {"original_date": True, "extensive_search": False}
# htmldate takes no date after now: a page dated tomorrow by its own timezone (Auckland's
# morning edition, read in Europe's evening) lost its date, and got the first of its month
# instead (htmldate falls back to the year and month of a date it refuses).  A date up to a
# day ahead is kept; a later one is no date (``_page_date``), never the first of its month.
DAYS_AHEAD = 1
FAR_AHEAD = "9998-12-31"


def _date_config(max_date: str | None = None) -> dict:
    """``PAGE_DATE_ONLY`` with the latest date kept: a day after today, unless given."""
    latest = max_date or (datetime.date.today() + datetime.timedelta(days=DAYS_AHEAD)).isoformat()
    return {**PAGE_DATE_ONLY, "max_date": latest}


def _page_date(html: str, found: str | None, config: dict) -> str | None:
    """The page's date: what htmldate ``found`` under ``config``, unless that is the first
    of a month htmldate put in place of a later date of the page's it refused."""
    if not found or not found.endswith("-01"):
        return found
    import htmldate

    unbounded = htmldate.find_date(html, original_date=True, extensive_search=False, max_date=FAR_AHEAD)
    if unbounded and unbounded[:7] == found[:7] and unbounded > config["max_date"]:
        return None
    return found

# The comment a browser writes at the top of a saved page: <!-- saved from url=(0087)https://... -->
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)


def _saved_from(html: str) -> str | None:
    """The address a browser saved the page from, when the page names none itself."""
    m = SAVED_FROM.search(html, 0, 5000)
    return html_lib.unescape(m.group(1)) if m else None


LINKED_DATA = re.compile(r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""",
                         re.I | re.S)


def _linked_data_url(html: str) -> str | None:
    """The address a page's JSON-LD gives its article (``url`` or
    ``mainEntityOfPage``), which trafilatura does not read: a page with no
    canonical link or og:url otherwise had no address to match by."""
    for m in itertools.islice(LINKED_DATA.finditer(html), 20):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        for item in _linked_data_items(data):
            for value in (item.get("url"), item.get("mainEntityOfPage")):
                value = value.get("@id") if isinstance(value, dict) else value
                if isinstance(value, str) and value.startswith(("http://", "https://")):
                    return value.strip()
    return None


def _linked_data_items(data) -> Iterator[dict]:
    """The objects of a JSON-LD block that describe an article or a blog post
    ("NewsArticle", "ReportageNewsArticle", "LiveBlogPosting"...), in a list or an @graph."""
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        kinds = item.get("@type") if isinstance(item, dict) else None
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
            yield item


# Blocks one page's deduplication remembers (trafilatura's own process-wide default: 4096).
PAGE_BLOCKS = 4096


def html_document(html: str, path: str, max_chars: int = MAX_ARTICLE_CHARS) -> Document:
    """Main text and metadata of a web page, through trafilatura.

    trafilatura is the best-tested open-source boilerplate remover; it
    drops navigation, comments and captions, and reads title, site name,
    date and URL from the page's metadata.  Its deduplication (a block
    repeated within the page) counts in a cache of this page's own: with
    its default cache, kept for the whole process, the third outlet to
    print the same wire brief came out as "no article text", and what a
    page gave depended on what the process had read before it.
    """
    import trafilatura
    from trafilatura.deduplication import LRUCache

    check_size(len(html), 4 * max_chars, "HTML page")
    if not PAGE_TAG.search(html, 0, 5000):
        # A fragment (a CMS's rendered body): trafilatura wants a page, and
        # reads a lone <p> as no text at all.
        html = f"<html><body><article>{html}</article></body></html>"
    try:
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=LRUCache(maxsize=PAGE_BLOCKS),
        )
        date_config = _date_config()
        meta = trafilatura.extract_metadata(html, date_config=date_config)
        if meta is not None:
            meta.date = _page_date(html, meta.date, date_config)
    except RecursionError as e:
        raise ReadFailure("cannot parse HTML: nested too deeply") from e
    except Exception as e:  # trafilatura raises many lxml error types
        raise ReadFailure(f"cannot parse HTML: {e}") from e
    if not text or not text.strip() or not has_story_text(text):
        target = META_REFRESH.search(html, 0, 50_000)
        if target:  # a saved redirect (or a consent wall's): the article is at its address
            raise ReadFailure("HTML page has no article text: it only sends the browser on to "
                              f"{html_lib.unescape(target.group(1)).strip()[:200]} (load that address)")
        raise ReadFailure("HTML page has no article text (only navigation or page furniture)")
    from ..furniture import walled

    if walled([line for line, words in _worded_lines(text) if words >= 5]):
        raise ReadFailure("HTML page is a cookie-consent or sign-in page, not the article (saved before the "
                          "article was shown?): save it again once the article shows")
    # trafilatura joins paragraphs with single newlines; claim extraction
    # and display both want blank-line paragraphs.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    check_size(len(text), max_chars, "article text")
    doc = Document(text=text, path=path, clean=True)
    if meta is not None:
        _page_metadata(doc, meta, html)
    if "ClaimReview" in html:
        doc.published_checks = _page_claim_reviews(doc, html)
    return doc


def _page_claim_reviews(doc: Document, html: str) -> list[dict]:
    """A fact-check page's own ratings, from its ClaimReview JSON-LD (each
    one, read by the fact-check importer's parser), as ``factchecks`` rows;
    the page's address, outlet, headline and date where the markup leaves
    them out.  Empty when the markup holds no readable ClaimReview."""
    from dataclasses import asdict

    from ..factchecks.parse import FactCheck, parse_html

    fill = {"url": doc.url, "publisher": doc.outlet, "title": doc.headline, "review_date": doc.published}
    rows = []
    for item in parse_html(html):
        if isinstance(item, FactCheck):
            row = {k: v for k, v in asdict(item).items() if k != "id"}
            rows.append({**row, **{k: v for k, v in fill.items() if not row.get(k)}, "source": doc.path})
    return rows


def _page_metadata(doc: Document, meta, html: str) -> None:
    """Headline, address, outlet, date and section of a page, from what
    trafilatura read (``meta``) and what it leaves unread."""

    doc.headline = meta.title or None
    doc.url = meta.url or _linked_data_url(html) or _saved_from(html)
    doc.headline, doc.outlet = _page_outlet(doc, meta, html)
    doc.published = meta.date or None
    if meta.categories:
        doc.section = meta.categories[0]


def _only_the_host(site: str, url: str | None) -> bool:
    """True when trafilatura's site name is only the page address's host
    ("glenkirkvoice.example"), which it gives a page that names no site."""
    host = urlparse(url or "").netloc.lower()
    return bool(host) and site.lower() == re.sub(r"^(?:www|w\d+)\.", "", host)


def _page_outlet(doc: Document, meta, html: str) -> tuple[str | None, str | None]:
    """Headline and outlet of a page, the outlet from (in this order) its
    known domain, its metadata's site name, a masthead part of its
    ``<title>``, its banner, and last its address's host."""
    from ..articles import outlet_from_url

    # An outlet known by its domain is named as every other input names
    # it: apnews.com's pages call their site "AP News", its feed records
    # were "Associated Press", and the outlet facet showed two.
    known = outlet_from_url(doc.url)
    if known:
        return doc.headline, known
    site = meta.sitename or None
    host = site if site and _only_the_host(site, meta.url) else None
    if site and not host:
        return doc.headline, site
    headline, outlet = _site_in_title(html, doc.headline, doc.url, page_authors(html, meta.author, doc.text))
    if not outlet:
        headline, outlet = _banner_outlet(html, headline)
    return headline, outlet or host


def page_warnings(where: str, html: str) -> Iterator[LoadError]:
    """The warnings an HTML page's article loads with: another language, a paywall, a list of articles."""
    language = page_language(html)
    if language:
        yield language_warning(where, language)
    paywall = paywall_warning(where, html)
    if paywall:
        yield paywall
    listing = section_front_warning(where, html)
    if listing:
        yield listing
