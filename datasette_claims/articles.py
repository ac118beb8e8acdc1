"""Build an ``Article`` from a ``Document``: body paragraphs and metadata.

Scraped pages arrive with navigation, photo credits, comment widgets and,
often, the lead paragraph printed twice (once as a summary, once after the
dateline).  This module decides which stretches of the text are the story,
without ever changing the text: claim offsets must index the input exactly.
Which lines are page furniture is ``furniture``'s to say, and who published
the page (its masthead) ``mastheads``'s; here are the article's ids and
address, its paragraphs, dateline, dates and headline.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import NamedTuple
from urllib.parse import ParseResult, urlparse

from .dates import DAY_WITH_YEAR, date_from_url, headline_date, normalise_date, recording_date
from .furniture import (BYLINE, BYLINE_DATE, END_OF_STORY, FACT_CHECK_LABEL, NAV_BAR, TERMINAL, buttons, byline_only,
                        is_desk_line, is_furniture, link_list)
from .mastheads import (OUTLET_LINE, Title, byline_outlet, looks_like_headline, masthead, masthead_line, name_date_line,
                        owns_page, split_title, without_heading_marks)
from .models import Article, Dateline, Document, Span
from .record_keys import CUT_SHORT
from .text import BULLET_LINE
from .transcripts import DELIVERY_NOTE, LETTERS_HEADLINE, STAGE_TAIL, speech_speaker

# Known outlets by domain: a scraped page rarely states its outlet's name in
# a form we can find, but its address does.
OUTLETS_BY_DOMAIN = {
    "sputniknews.com": "Sputnik International",
    "en.rian.ru": "RIA Novosti",
    "rian.ru": "RIA Novosti",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "aljazeera.com": "Al Jazeera",
    "wikinews.org": "Wikinews",
    "en.wikinews.org": "Wikinews",
    "politico.com": "Politico",
    "npr.org": "NPR",
    "tass.com": "TASS",
    "rt.com": "RT",
    "xinhuanet.com": "Xinhua",
    "france24.com": "France 24",
    "dw.com": "Deutsche Welle",
    "breitbart.com": "Breitbart",
    "huffingtonpost.com": "HuffPost",
    "usatoday.com": "USA Today",
    "wsj.com": "The Wall Street Journal",
    "bloomberg.com": "Bloomberg",
    "afp.com": "AFP",
}

CAPTION_OUTLET = re.compile(r"\s[-–—|]\s(?P<outlet>[A-Z][\w.&' ]{1,50}?)\s*$")

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# The date as datelines write it: the month in full or cut short, with or
# without its full stop, before the day ("Mar. 3", "March 3rd") or after it
# ("3 March"), the year after a comma or a space or not at all.
_DATELINE_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATELINE_YEAR = r"(?:(?:,\s*|\s+)\d{4}(?!\d))?"
_DATELINE_DATE = (r"(?:,?\s+(?P<date>" + MONTHS + r"\.?\s+" + _DATELINE_DAY + _DATELINE_YEAR
                  + r"|" + _DATELINE_DAY + r"\s+" + MONTHS + r"\.?" + _DATELINE_YEAR + r"))?")
# The agency in brackets, or a release's distributor between slashes ("/PRNewswire/").
# A release wire may set its name between double hyphens ("PORT HALDEN--(BUSINESS WIRE)--").
_DATELINE_AGENCY = (r"(?:(?:,?\s*|\s*--)(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<wire>[A-Za-z][\w .&-]{1,30})/))?")
_DATELINE_COUNTRY = r"(?:,\s*[A-Z](?:[A-Za-z.']|-(?!-))+(?:\s+[A-Z](?:[A-Za-z.']|-(?!-))+){0,2})?"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}" + _DATELINE_COUNTRY + r")"
    + _DATELINE_DATE + _DATELINE_AGENCY + r"\s*(?:[-–—]+|:)(?:\s+|(?<=\)--)(?=[A-Z]))"
)
# A place in title case ("Kyiv, 3 March (Reuters) -"): only with a date or an
# agency after it (checked by ``parse_dateline``) and a dash, never a colon,
# since a sentence may open with a capitalised name and a dash.
TITLED_DATELINE = re.compile(
    r"^(?P<place>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z](?:[^\W\d_]|['’.\-])+(?:\s+[A-Z](?:[^\W\d_]|['’.\-])+){0,2}"
    + _DATELINE_COUNTRY + r")" + _DATELINE_DATE + _DATELINE_AGENCY + r"\s*[-–—]+\s+"
)


def article_id(doc: Document) -> str:
    """Stable id: the record's own id, else a hash of its URL, else of its text
    (as the file has it: a Markdown file's id is of its text with its marks).

    A reload of the same article therefore lands on the same row, whichever
    folder or file it came from, and however a later version reads its format.
    """
    if doc.id:
        return str(doc.id)
    key = address_key(doc.url)  # as given: ids made before tracking parameters were left out stay as they were
    if key:
        return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return text_id(doc.text if doc.written is None else doc.written)


def text_id(text: str) -> str:
    """The id of an article known by its text alone."""
    return "t" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


_SPACE = re.compile(r"\s")
HOST = re.compile(r"^(?:[\w-]+\.)*[\w-]+$|^\[[0-9a-f:.]+\]$", re.IGNORECASE)
# A host named without a scheme: a domain ending in a top-level name of letters, or an IPv4 address.
DOMAIN = re.compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}\.?$|^\d{1,3}(?:\.\d{1,3}){3}$", re.IGNORECASE)


def valid_url(url: str | None) -> bool:
    """True for an address with a host: ``http://`` or ``::::`` name no page.

    An invalid address must not become an article's id (every such record
    would collapse into one), its outlet or its date.
    """
    return _split_valid(url) is not None


def _split_valid(url: str | None) -> ParseResult | None:
    """``urlparse`` of a valid address (``valid_url``), "http://" put before
    one without a scheme, as ``normalise_url`` reads it; None for an invalid
    one.  ``address_key`` checks and normalises from this one split."""
    url = url.strip() if url else ""
    if not url or _SPACE.search(url):  # (a regex: one C scan, not a generator step per character)
        return None
    if "://" not in url:
        # Without a scheme, only a name with a dot is a host: a spreadsheet's "N/A", "none" or
        # "12" read as hosts made every such row one address, each row replacing the last.
        host = url.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
        if not DOMAIN.match(host):
            return None
        url = "http://" + url
    try:
        parts = urlparse(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError:
        return None
    netloc_host = parts.netloc.rsplit("@", 1)[-1]
    if netloc_host.startswith("["):
        return parts if HOST.match(netloc_host.split("]")[0] + "]") else None
    return parts if host and HOST.match(host) and any(c.isalnum() for c in host) else None


def normalise_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    return _normalised(urlparse(url))


def _normalised(parts: ParseResult) -> str:
    """``normalise_url`` of an address already split."""
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/") or "/"
    return host + path + (("?" + parts.query) if parts.query else "")


# A plain address: http(s), a host of dotted names of ASCII letters, digits and
# hyphens (each name opening with a letter or digit), then at most a path without
# a query, fragment, parameters (";") or white space.  ``urlparse`` splits it as
# this does, so its key is made without it (``_plain_key``): most records'
# addresses, and the split was about a quarter of reading ``claims extract``
# output (docs/benchmarks.md).
_PLAIN_URL = re.compile(r"https?://((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z0-9][A-Za-z0-9-]*)(/[^?#;\s]*)?")


def _plain_key(url: str) -> str | None:
    """``_normalised(_split_valid(url))`` of a plain address (``_PLAIN_URL``);
    None for any other, which takes the general way."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None:
        return None
    host = plain[1].lower()
    return host.removeprefix("www.") + ((plain[2] or "").rstrip("/") or "/")


def address_key(url: str | None) -> str | None:
    """The address an article's id is made from (``normalise_url``: no
    scheme, no "www.", no trailing slash), or None for no address or one
    that names no page."""
    if not url:
        return None
    key = _plain_key(url)
    if key is None:
        parts = _split_valid(url)
        if parts is None:
            return None
        key = _normalised(parts)
    _host, _slash, path = key.partition("/")
    return None if front_page_path(path) else key


@functools.lru_cache(maxsize=1024)  # asked by the loader, then by the writer, of each article of a batch
def url_key(url: str | None) -> str | None:
    """The address an article is recognised by, whichever API or share
    gave it: ``address_key`` without what says how a reader came to the page
    and not which page it is (``same_page``).  Stored as ``articles.url_key``."""
    key = address_key(url)
    page = same_page(key) if key else None
    return None if page is None or front_page_path(page.partition("/")[2]) else page


# Query parameters that say how a reader came to a page, not which page it
# is: campaign tags (``utm_source``...) and the click ids ad networks and
# social sites add to a shared link.  A share of a story through Facebook and
# the same story from a news API were two articles.
TRACKING_PARAMETER = re.compile(
    r"utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|smtyp",
    re.IGNORECASE)
# The AMP copy of a page (its mobile version, shared from search results):
# ``/amp`` as a path's first or last part, ``story.amp.html``, ``?amp=1`` or
# ``?outputType=amp``, an ``amp.`` host, or Google's AMP cache
# (``site-example.cdn.ampproject.org/c/s/site.example/story``).
AMP_PARAMETER = re.compile(r"amp(?:=[^&]*)?|outputtype=amp", re.IGNORECASE)
AMP_PATH = re.compile(r"^/amp(?=/)|/amp/?$|\.amp(?=\.html?$|$)", re.IGNORECASE)
AMP_CACHE = re.compile(r"^[^/]+\.cdn\.ampproject\.org/[cv]/(?:s/)?(?:www\.)?", re.IGNORECASE)


def same_page(key: str) -> str:
    """An address key (``address_key``) without tracking parameters or its
    AMP marks: the key of the page itself."""
    key = AMP_CACHE.sub("", key, count=1).removeprefix("amp.")
    address, _mark, query = key.partition("?")
    host, _slash, path = address.partition("/")
    path = AMP_PATH.sub("", "/" + path).rstrip("/") or "/"
    kept = [p for p in query.split("&") if p and not TRACKING_PARAMETER.fullmatch(p.split("=", 1)[0])
            and not AMP_PARAMETER.fullmatch(p)]
    return host + path + ("?" + "&".join(kept) if kept else "")


# A site's front page names no article: a crawler that records the page it
# started from gives every record the same one, and read as the article's
# address it made each record replace the one before.  ``?p=12`` is a page.
# A page's banner links its site's name and logo to it (``readers.html_pages``).
FRONT_PAGE_PATH = re.compile(r"(?:\.?/)?(?:(?:index|default|home)\.(?:html?|php|aspx?|jsp))?", re.IGNORECASE)


def front_page_path(path: str) -> bool:
    """True for the path of a site's front page ("", "/", "./", "/index.html",
    "default.aspx"), with or without its leading slash; a query makes a page."""
    return FRONT_PAGE_PATH.fullmatch(path) is not None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "://" in url else "http://" + url).hostname or ""
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    while host:
        if host in OUTLETS_BY_DOMAIN:
            return OUTLETS_BY_DOMAIN[host]
        if "." not in host:
            break
        host = host.split(".", 1)[1]
        if host.count(".") == 0:
            break
    return None


def split_paragraphs(text: str) -> list[Span]:
    """Spans of the text's paragraphs, whitespace trimmed.

    Scraped pages put one paragraph (or widget) per line, so every line
    starts a paragraph, except that a hard-wrapped line which stops in
    mid-sentence is joined to the next.
    """
    spans: list[Span] = []
    pos = 0
    current: list[int] | None = None  # [start, end]
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        line_start = pos + (len(line) - len(line.lstrip()))
        line_end = line_start + len(stripped)
        pos += len(line)
        if not stripped:
            if current:
                spans.append(Span(current[0], current[1], text[current[0]:current[1]]))
                current = None
            continue
        if current is not None:
            prev = text[current[0]:current[1]]
            last = prev.splitlines()[-1]
            wrapped = (
                len(last) >= 50
                and not TERMINAL.search(prev)
                and not BYLINE.match(stripped)
                and not BULLET_LINE.match(stripped)  # a list's next item
                and not is_furniture(last)
                and not is_furniture(stripped)
                and (
                    stripped[0].islower()
                    or stripped[0].isdigit()
                    or prev[-1] in ",;-"
                    or (prev[-1].isalpha() and len(stripped) >= 30)
                )
            )
            if wrapped:
                current[1] = line_end
                continue
            spans.append(Span(current[0], current[1], text[current[0]:current[1]]))
        current = [line_start, line_end]
    if current:
        spans.append(Span(current[0], current[1], text[current[0]:current[1]]))
    return spans


def _norm_para(s: str) -> str:
    s = DATELINE.sub("", s, count=1)
    return _NON_WORDS.sub(" ", s).strip().lower()


_NON_WORDS = re.compile(r"\W+")
# The ASCII characters that are not word characters (``\W``).
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or c == ord("_")))


def _para_hint(s: str) -> bytes:
    r"""A cheap stand-in for ``_norm_para``: equal keys have equal hints.

    The hint keeps the ASCII word characters of the lower-cased paragraph (C
    loops, no regex), which are exactly the ASCII characters of its key: no
    character outside ``\w`` lower-cases to an ASCII word character (checked
    over every code point in tests/test_articles_speed.py).  So paragraphs
    whose hints differ need no key; most paragraphs of an article differ.
    """
    s = DATELINE.sub("", s, count=1)
    return s.lower().encode("ascii", "ignore").translate(None, _ASCII_NON_WORD)


class _SeenParagraphs:
    """The ``_norm_para`` keys of the paragraphs kept so far, each paragraph's
    span by key, with a key computed only once a second paragraph shares its hint."""

    def __init__(self) -> None:
        self._groups: dict[bytes, dict[str, Span] | tuple[str, Span]] = {}

    def group(self, text: str, span: Span) -> dict[str, Span] | None:
        """The keys seen among paragraphs with the hint of ``text``; None (and
        ``span`` noted as seen) when there are none."""
        hint = _para_hint(text)
        group = self._groups.get(hint)
        if group is None:
            self._groups[hint] = (text, span)
            return None
        if isinstance(group, tuple):
            group = {_norm_para(group[0]): group[1]}
            self._groups[hint] = group
        return group


# a press conference's or an interview's one-letter turn label opening a paragraph ("Q: Will it ...?", "A: No.")
_QA_TURN = re.compile(r"(?P<label>[QA]):\s")


def _turn_label(dateline: Dateline, body: list[Span]) -> bool:
    """Whether a dateline ending in a colon ("HOST:", "ANN ROE (Green):") is a
    transcript's speaker label: another paragraph opens with such a label too,
    the text's questions and answers are labelled "Q:" and "A:" (a press
    conference's readout, "MINISTER ROE: Good morning. ..." before them), or
    a speech's stage direction ends a paragraph ("... tonight. (APPLAUSE)")."""
    if not dateline.span.text.rstrip().endswith(":"):
        return False
    labels = (DATELINE.match(p.text[_turn_mark_end(p.text):]) for p in body)
    return sum(m is not None and m.group().rstrip().endswith(":") for m in labels) > 1 \
        or {m.group("label") for p in body if (m := _QA_TURN.match(p.text))} == {"Q", "A"} \
        or any(STAGE_TAIL.search(p.text) for p in body)


_INTRO_PARAGRAPHS = 3  # a transcript's introduction: the paragraphs before its first turn, up to this many


def _opens_turn(s: str) -> bool:
    """Whether a paragraph opens with a transcript's speaker label in capitals
    ("MARA LIND: ...", "HOST: ...") or an interview's "Q:" / "A:"."""
    if s.find(":", 0, 80) < 0:
        return False  # (most paragraphs: no label's colon near the start, and the dateline regex is costly)
    m = DATELINE.match(s)
    return (m is not None and m.group().rstrip().endswith(":")) or _QA_TURN.match(s) is not None


def _transcript_intro_date(paragraphs: list[Span], speech: bool = False) -> str | None:
    """The day a transcript's introduction says it was recorded or held on,
    for a text nothing else dates: only before its first turn, and only in a
    text of two labelled turns or more (a report's "a video recorded on March
    3, 2026" dates the video, not the report); in a speech's text
    (``speech``), its first paragraphs ("Delivered on March 26, 2026")."""
    if speech:
        return next(filter(None, (recording_date(p.text) for p in paragraphs[:_INTRO_PARAGRAPHS])), None)
    first = next((i for i, p in enumerate(paragraphs) if _opens_turn(p.text)), None)
    if first is None or first > _INTRO_PARAGRAPHS or sum(_opens_turn(p.text) for p in paragraphs) < 2:
        return None
    return next(filter(None, (recording_date(p.text) for p in paragraphs[:first])), None)


# a report's own words about what someone said: a speech's text has none of them
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|added|according\s+to)\b")


def _read_speech(article: Article) -> None:
    """A speech's own text, its headline naming who gave it ("Remarks by
    Harbour Minister Jo Roe at ...", ``transcripts.speech_speaker``), is a
    transcript of that person's words, as a record of ``kind: transcript``
    is: only with the note a speech's text carries ("As prepared for
    delivery", which is then the page's), or with neither the speaker's
    surname nor a reporting verb in its body (a report of the remarks has
    both), and never with a labelled turn (the questions after remarks are
    other people's, and a speaker's own label is read as a transcript's)."""
    speaker = speech_speaker(article.headline)
    if speaker is None or any(_opens_turn(p.text) for p in article.paragraphs):
        return  # (a label's turns are read as a transcript's: "JO ROE: Thank you ...")
    notes = [p for p in article.paragraphs[:_INTRO_PARAGRAPHS] if DELIVERY_NOTE.search(p.text)]
    body = " ".join(p.text for p in article.paragraphs)
    if not notes and (speaker.split()[-1] in body or _REPORTING_VERB.search(body)):
        return
    article.kind, article.speaker = "transcript", speaker
    article.published = article.published or _transcript_intro_date(article.paragraphs, speech=True)
    article.furniture.extend(notes)
    article.paragraphs = [p for p in article.paragraphs if p not in notes]


# A label in capitals that opens a paragraph as a place opens a dateline
# ("UPDATE, March 13, 2026:", "CORRECTION:", "BREAKING -"): the story's
# edition, never where it was filed.
EDITION_LABELS = frozenset(("UPDATE", "UPDATED", "UPDATES", "CORRECTION", "CORRECTED", "CLARIFICATION", "BREAKING",
                            "DEVELOPING", "LATEST", "EXCLUSIVE", "EDITOR'S NOTE", "EDITORS NOTE", "EDITOR\u2019S NOTE",
                            "ANALYSIS", "OPINION", "REFILE"))


# A wire service's tag on its headline, written against the first word
# ("UPDATE 2-Ferry strike ends", "REFILE-", "CORRECTED-UPDATE 1-", "RPT-",
# "EXCLUSIVE-"): which edition of the copy this is, not its headline's words.
# Left on, it made two editions of one story two titles and kept them apart.
WIRE_TAG = re.compile(r"^\s*(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?|REFILE|CORRECTED|RPT|REPEAT|EXCLUSIVE|ANALYSIS|"
                      r"INSIGHT|FACTBOX|FOCUS|PREVIEW|TIMELINE|BREAKINGVIEWS)-(?:(?:UPDATE|WRAPUP)(?: \d{1,2})?-)?"
                      r"(?=\S)")


def without_wire_tag(headline: str | None) -> str | None:
    """The headline without a wire's edition tag ("UPDATE 2-Ferry strike
    ends" -> "Ferry strike ends"); a headline that is nothing else is kept."""
    if not headline or "-" not in headline[:30]:
        return headline
    m = WIRE_TAG.match(headline)
    return headline[m.end():] if m and headline[m.end():].strip() else headline


def parse_dateline(paragraph: Span) -> tuple[Dateline, Span] | None:
    """The dateline at the start of a paragraph, and the paragraph after it."""
    text = paragraph.text
    m = DATELINE.match(text)
    if m is None or not (m.group("date") or m.group("agency") or m.group("wire") or len(m.group("place")) > 2):
        # A title-case place only with a spaced dash where a dateline ends (the
        # regex alone, tried on every paragraph of a text without a dateline,
        # cost a third of cleaning a corpus).
        head = text[:90]
        m = TITLED_DATELINE.match(text) if " -" in head or " –" in head or " —" in head else None
        if m is None or not (m.group("date") or m.group("agency") or m.group("wire")):
            return None
    agency = m.group("agency") or m.group("wire")
    place = m.group("place").strip()
    if place.upper() in EDITION_LABELS:
        return None  # ("UPDATE, March 13, 2026: ...": a later addition's label, not a place)
    # "US officials - who" style false positives: a dateline place is a
    # place name, so refuse very long or lower-case-heavy ones.
    if len(place) > 45:
        return None
    start = paragraph.start + m.end()
    rest = Span(start, paragraph.end, paragraph.text[m.end():])
    dl = Dateline(
        place=place,
        date=re.sub(r"\s+", " ", m.group("date")).strip() if m.group("date") else None,
        agency=agency_name(agency),
        span=Span(paragraph.start, paragraph.start + m.end(), paragraph.text[: m.end()]),
    )
    return dl, rest


# A wire's note on the edition, in the brackets where an agency stands
# ("PARIS, May 2 (Updated) -", "(Adds quote)", "(Corrected)"): no agency.
_EDITION_NOTE = re.compile(
    r"(?i)(?:updat|correct|adds?\b|add\s|recast|refil|repeat|writes?\s+through|fix|story\s+continues|changes?\b|"
    r"new\b|version|edition|analysis|feature|factbox|explainer|report\b)")


def agency_name(bracketed: str | None) -> str | None:
    """The agency a dateline's brackets name, or None for what is no name: an
    edition note ("Updated", "Adds quote") or words in lower case
    ("Interfax-style report"); a short lower-case name stays ("dpa")."""
    s = (bracketed or "").strip()
    if not s or _EDITION_NOTE.match(s):
        return None
    words = s.split()
    if all(w[:1].isupper() or w[:1].isdigit() for w in words) or (len(words) == 1 and s.isalpha() and len(s) <= 4):
        return s
    return None


def byline_date(paragraphs: list[Span]) -> str | None:
    """The date a scraped page prints under its headline, as ISO.

    Only a line that is nothing but a date (with "Published"/"Updated", a
    time or a "By ..." before it) counts, so a date inside a sentence is
    never taken for the article's own; "Published" wins over "Updated",
    since a story's first appearance is what matching needs.
    """
    found = []
    for p in paragraphs:
        m = BYLINE_DATE.match(p.text.strip())
        iso = normalise_date(m.group("date")) if m else None
        if iso:
            found.append((0 if "updated" in (m.group("kind") or "").lower() else -1, iso))
    return min(found)[1] if found else None


def _head_of_body(paragraphs: list[Span]) -> list[Span]:
    """The lines of a clean body (an HTML page's text) before its first
    sentence: where it prints its byline date.  A date line further down is
    another date ("Saturday, March 19, 2016." closing a report is when it
    appeared in print, days after it was published)."""
    for i, p in enumerate(paragraphs[:8]):
        if len(p.text.split()) >= 6 and TERMINAL.search(p.text) and not BYLINE_DATE.match(p.text.strip()):
            return paragraphs[:i]
    return paragraphs[:3]


# A syndicated piece's note of where it first ran ("This article was originally
# published in The Skarholm Herald on March 8, 2026, and is republished here
# with permission.", "Originally published by Coast Post.", "This story first
# appeared in Harbour Weekly"): the page's, naming the report's outlet and day.
SYNDICATED = re.compile(
    r"^\W*(?i:(?:(?:this|the)\s+(?:article|story|piece|column|report|essay|interview)\s+(?:was\s+|is\s+)?|it\s+was\s+)?"
    r"(?:originally|first)\s+(?:published|appeared|ran|printed)\s+(?:in|by|on|at)\s+)"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2}\.?\s+\d)\b)"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'\u2019.-]*){0,5})"
    r"(?:\s+on\s+(?P<date>" + DAY_WITH_YEAR + r"))?(?=\s*(?:[,.;:]|\s+and\b|\s+\(|$))")
SYNDICATED_MAX = 300  # a note, not a paragraph of the story that mentions one


def _read_syndication(article: Article) -> None:
    """A syndicated piece's note (``SYNDICATED``), among the story's first or
    last three paragraphs: the page's, not the story's; the paper it names
    is the outlet and its day the date, for a page that gives neither."""
    paragraphs = article.paragraphs
    for p in {*paragraphs[:3], *paragraphs[-3:]}:
        m = SYNDICATED.match(p.text) if len(p.text) <= SYNDICATED_MAX else None
        if m is None:
            continue
        article.outlet = article.outlet or m.group("outlet").strip(".")
        article.published = article.published or (normalise_date(m.group("date")) if m.group("date") else None)
        article.furniture.append(p)
        article.paragraphs = [q for q in paragraphs if q is not p]
        return


def _without_cut_marker(kept: list[Span], furniture: list[Span]) -> list[Span]:
    """The paragraphs with an API's "[+2310 chars]" taken off the last one (as
    furniture), so the last claim does not end with it."""
    m = CUT_SHORT.search(kept[-1].text) if kept else None
    if m is None:
        return kept
    last = kept[-1]
    words = last.text[: m.start()].rstrip()
    furniture.append(Span(last.start + m.start(), last.end, last.text[m.start():]))
    if not words:
        return kept[:-1]
    return [*kept[:-1], Span(last.start, last.start + len(words), words)]


def article_from_document(doc: Document) -> Article:
    """Clean a Document into an Article (text untouched, paragraphs chosen):
    its date, the headline and the header before it (furniture that may name
    the outlet and section), then the body's paragraphs."""
    paragraphs = split_paragraphs(doc.text)
    article = Article(
        id=article_id(doc),
        text=doc.text,
        url=doc.url,
        outlet=doc.outlet,
        section=doc.section,
        headline=doc.headline,
        source_path=doc.path,
        kind=doc.kind,
        speaker=doc.speaker,
        sheet_checks=list(doc.published_checks),
    )
    article.published = published_date(doc, paragraphs)
    head = _headline_paragraph(doc, article, paragraphs)
    article.headline = without_wire_tag(article.headline)
    header = paragraphs[:head.header_end]
    if header and not doc.clean:
        _read_header(article, header, opens_page=head.body == head.header_end)
    body = paragraphs[head.body:]
    if head.body > head.header_end and not doc.clean:
        body = _read_name_date_line(article, body)
    article.paragraphs = _without_cut_marker(_body(doc, article, body), article.furniture)
    if not article.published and article.dateline and article.dateline.date:
        # a wire dateline that gives the year ("SANTIAGO, June 8, 2026 (AFP) -")
        article.published = normalise_date(article.dateline.date)
    if not article.published:
        # an edition's title with its day ("Morning briefing - March 12, 2026")
        article.published = headline_date(article.headline)
    if article.kind == "report" and not doc.speaker:
        _read_speech(article)
    _read_syndication(article)
    if not article.published:
        # a transcript's introduction: "... recorded on March 3, 2026."
        article.published = _transcript_intro_date(article.paragraphs, article.kind == "transcript")
    if release_wire(article.dateline) and _wire_or_none(article.outlet, article.dateline):
        # (a release saved from the wire's own site names the wire as the site: the company is the publisher)
        article.outlet = release_issuer(article) or article.outlet
    if not article.outlet:
        article.outlet = outlet_from_url(doc.url) or agency_outlet(article.dateline)
    return article


# The names press release distributors go by in a dateline's brackets ("(GLOBE
# NEWSWIRE)", "(BUSINESS WIRE)", "(ACCESSWIRE)"): a wire of releases, not of news.
RELEASE_WIRE = re.compile(r"(?i).*(?:news\s*wire|business\s*wire|accesswire|press\s*release|prweb)")


def release_wire(dateline: Dateline | None) -> bool:
    """Whether a dateline names a press release's distributor: between
    slashes ("PORT HALDEN, March 4, 2026 /PRNewswire/ --") or by a release
    wire's name ("(GLOBE NEWSWIRE) --"): the wire carried the release, and
    the company that issued it is its publisher."""
    if not (dateline and dateline.agency and dateline.span):
        return False
    return f"/{dateline.agency}/" in dateline.span.text or RELEASE_WIRE.match(dateline.agency) is not None


def _wire_or_none(outlet: str | None, dateline: Dateline) -> bool:
    """No outlet yet, or one that is the release wire itself ("PR Newswire"
    for a dateline's "/PRNewswire/")."""
    if not outlet:
        return True
    letters = "".join(ch for ch in outlet.lower() if ch.isalnum())
    return RELEASE_WIRE.match(outlet) is not None or letters == "".join(
        ch for ch in (dateline.agency or "").lower() if ch.isalnum())


# A release's own words for its issuer: the distributor's closing "SOURCE
# Halden Ferries AS" line, its "About Halden Ferries" boilerplate heading, or
# the company opening the lead ("Halden Ferries AS (OSE: HF), the island
# operator, today announced ...").
RELEASE_SOURCE = re.compile(r"SOURCE:?\s+(?P<name>[A-Z][^\n]{1,80}?)\s*$")
RELEASE_ABOUT = re.compile(r"About\s+(?P<name>[A-Z][\w&.,'\u2019-]*(?:\s+(?:[A-Z0-9&][\w&.,'\u2019-]*|of|and|for|de))"
                           r"{0,6})\s*$")
RELEASE_LEAD = re.compile(r"(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z0-9&][\w&.'\u2019-]*|of|and|for)){0,6})"
                          r"(?:\s*\([^()]{1,40}\))?(?:,[^,.]{1,80},)?\s+(?:today\s+)?"
                          r"(?:announced|announces|said|says|reported|reports|launched|launches|unveiled|unveils)\b")


def release_issuer(article: Article) -> str | None:
    """The company that issued a wire-distributed press release, from its
    own text (``RELEASE_SOURCE``, ``RELEASE_ABOUT``, ``RELEASE_LEAD``); the
    closing "SOURCE ..." line is the distributor's, not a paragraph.  None when
    the release names its issuer none of these ways."""
    paras = article.paragraphs
    for i in range(len(paras) - 1, max(len(paras) - 4, -1), -1):
        m = RELEASE_SOURCE.fullmatch(paras[i].text.strip())
        if m:
            article.furniture.append(paras[i])
            del paras[i]
            return m.group("name").rstrip(" .,")
    for p in paras:
        m = RELEASE_ABOUT.fullmatch(p.text.strip())
        if m:
            return m.group("name").rstrip(" .,")
    m = RELEASE_LEAD.match(paras[0].text) if paras else None
    return m.group("name") if m else None


# An agency's short form in datelines, named as its own site's articles are
# (``OUTLETS_BY_DOMAIN``: apnews.com is "Associated Press").
AGENCY_OUTLETS = {"AP": "Associated Press"}


def agency_outlet(dateline: Dateline | None) -> str | None:
    """The outlet of wire copy that names no other: its dateline's agency.

    A wire story printed word for word with no masthead, site name or known
    address ("SANTIAGO, June 8, 2026 (AFP) - ...") is the agency's report,
    and the agency is the one publisher its reader can name; without it, a
    story of such copies counted "0 outlets", and copies of one agency's
    story are one outlet, not many."""
    if dateline is None or not dateline.agency:
        return None
    return AGENCY_OUTLETS.get(dateline.agency, dateline.agency)


def published_date(doc: Document, paragraphs: list[Span] | None = None) -> str | None:
    """When the article was published: the record's date, else its address's,
    else a byline's date near the top of the text (``paragraphs``: the text's,
    when the caller has them)."""
    found = normalise_date(doc.published) or date_from_url(doc.url)
    if found:
        return found
    if paragraphs is None:
        paragraphs = split_paragraphs(doc.text)
    return byline_date(paragraphs[:12] if not doc.clean else _head_of_body(paragraphs))


class Head(NamedTuple):
    """Where a text's head ends: the paragraphs before ``header_end`` are
    page furniture above the headline (or above a dateline lead without
    one), and the body starts at ``body`` (one past the headline, if any)."""

    header_end: int
    body: int


def _headline_paragraph(doc: Document, article: Article, paragraphs: list[Span]) -> Head:
    """Find the headline among the first paragraphs (the record's own, or the
    first that looks like one after a masthead, which names the outlet, and
    before the lead: a paragraph that opens with a dateline is the story's
    first, never a headline, and none comes after it)."""
    if doc.headline:
        wanted, hint = _norm_para(doc.headline), _para_hint(doc.headline)
        for i, p in enumerate(paragraphs[:15]):
            if _para_hint(p.text) == hint and _norm_para(p.text) == wanted:
                article.headline_span = p
                return Head(i, i + 1)
        return Head(0, 0)
    if doc.clean:
        return Head(0, 0)
    found = masthead_line(paragraphs[:15], doc.text)
    for i, p in enumerate(paragraphs[:15]):
        if found and i == found.index:
            article.outlet = article.outlet or found.outlet
            article.published = article.published or found.published
            continue
        if found and i == found.motto:
            continue
        if _dateline_lead(p):
            return Head(i, i)
        if (looks_like_headline(p.text) or _letters_head(p.text)) and not _masthead_over_lead(paragraphs, i):
            _take_headline(article, p, doc.text)
            return Head(i, i + 1)
    return Head(0, 0)


def _letters_head(line: str) -> bool:
    """A letters page's own heading ("Your letters", "Letters to the
    editor"): a headline however short (two words are too few for
    ``looks_like_headline``, which then took a letter's signature line)."""
    return len(line) <= 60 and LETTERS_HEADLINE.match(line.strip()) is not None and not TERMINAL.search(line)


# A paragraph of one quotation and nothing else, perhaps after a short label
# ("PULL QUOTE:", "Quote:"): how a page sets a line of the story in large type.
PULL_QUOTE = re.compile(r"^\s*(?:[A-Z][A-Za-z ]{0,20}:\s*)?[\"\u201c](?P<words>[^\"\u201c\u201d\n]{20,400})[\"\u201d]\s*$")


def _pull_quote(s: str, kept: list[Span]) -> bool:
    """A pull quote: a paragraph of only a quotation whose words the story has
    already given word for word (a page repeats a line of the story in large
    type, sometimes twice): its words count once, as the story's own."""
    if len(s) > 450 or ('"' not in s and "\u201c" not in s):
        return False  # (most paragraphs: no quotation mark, or too long)
    m = PULL_QUOTE.match(s)
    if m is None:
        return False
    words = f" {_norm_para(m.group('words'))} "
    return len(words.split()) >= 5 and any(words in f" {_norm_para(k.text)} " for k in kept)


def _dateline_lead(p: Span) -> bool:
    """A paragraph that opens with a dateline: the lead.  A dateline of a
    colon only on a line shaped as a headline is a headline's ("ACLU: Rights
    at risk"); one with a dash is a lead's, whatever the line's end."""
    parsed = parse_dateline(p)
    if parsed is None:
        return False
    return not (parsed[0].span.text.rstrip().endswith(":") and looks_like_headline(p.text))


def _masthead_over_lead(paragraphs: list[Span], i: int) -> bool:
    """A paper's name right above a dateline lead ("The Glen Courier", then
    "BERGVIK - ..."): its masthead, with no headline between.  Only a name
    shaped as papers name themselves -- in capitals, after "The", or two
    words -- since a headline in title case may end in a masthead noun too
    ("Sprinter Breaks World Record")."""
    line = paragraphs[i].text.strip()
    if masthead(line) is None or i + 1 >= len(paragraphs) or parse_dateline(paragraphs[i + 1]) is None:
        return False
    return line.isupper() or line.startswith("The ") or len(line.split()) == 2


def _take_headline(article: Article, line: Span, text: str) -> None:
    """The headline line, with the site's name taken off it when it is a page
    title of two parts ("Harbour Watch - Why the fee doubled").  A name the
    story goes on to name is its subject, not its site ("Glenmore - Council
    backs ..." then "Glenmore's council ..."), unless the page's copyright
    line names it."""
    written = without_heading_marks(line.text)
    title = split_title(written)
    if title.site and title.site.lower() in text[line.end:].lower() and not owns_page(text, title.site):
        title = Title(written, None)
    article.headline = title.headline
    article.headline_span = line
    article.outlet = article.outlet or title.site


def _read_name_date_line(article: Article, body: list[Span]) -> list[Span]:
    """The date and outlet of a line of a name and a date right under the
    headline ("Radio Alvena, March 14, 2026"), or under a byline line there
    ("By Jo Roe" / "Coast Ledger, April 2, 2026"), where the record or a
    byline gave none; the body without that line, which is the page's, not
    the story's (read as a paragraph, its name was a person of the article
    whom an interview's "A:" answers went to)."""
    at = 0
    while at < 2 and at < len(body) and byline_only(body[at].text):
        at += 1  # (a byline line is furniture whichever line follows it)
    after = body[at + 1].text if at + 1 < len(body) else None
    found = name_date_line(body[at].text, after) if at < len(body) else None
    if found is None:
        return body
    article.published = article.published or found.published
    article.outlet = article.outlet or found.outlet
    if found.published is None and (not found.outlet or found.outlet != article.outlet):
        return body  # (a name alone that is not the page's outlet stays where it is)
    article.furniture.append(body[at])
    return body[:at] + body[at + 1:]


def _read_header(article: Article, header: list[Span], opens_page: bool = False) -> None:
    """Everything before the headline is page furniture, but it may name the
    outlet ("By Jo Roe, The Courier") and the section (a short line).  With
    no headline (``opens_page``: the story opens with its dateline lead), a
    masthead line names the outlet ("The Glen Courier")."""
    for p in header:
        m = OUTLET_LINE.match(p.text)
        name = masthead(p.text)
        if m and not article.outlet:
            article.outlet = m.group("outlet").strip()
        elif not article.outlet and (paper := byline_outlet(p.text)):
            article.outlet = paper
        elif name and opens_page and not article.outlet:
            article.outlet = name
        elif name or (article.outlet and p.text.strip().lower().startswith(article.outlet.lower())):
            continue
        elif (
            not article.section
            and len(p.text.split()) <= 3
            and not TERMINAL.search(p.text)
            and not is_furniture(p.text)
        ):
            article.section = p.text.strip()
    article.furniture.extend(header)


def _caption_outlet(s: str) -> str | None:
    """The outlet a caption credits after a dash ("The pier at dusk. - The
    Courier"); a section menu's last item ("Home | News | Opinion") is none."""
    m = CAPTION_OUTLET.search(s)
    if m is None or NAV_BAR.match(s.strip()) or buttons(s.strip()):
        return None
    return m.group("outlet").strip()


# What a pasted transcript puts before a turn's speaker label: the time in the
# recording ("[00:01:12]", "(12:31)", "00:04:12"; a bare "21:25" is a live
# page's clock, "21:25 CET: ..." its update) or the word announcing the
# transcript ("Transcript:", "Full transcript:"), then a label of a name in
# capitals or a short name in title case and a colon ("JO ROE:", "Jo Roe:").
_TURN_MARK = re.compile(r"(?P<mark>[\[(]\d{1,2}(?::\d{2}){1,2}[\])]|\d{1,2}:\d{2}:\d{2}"
                        r"|(?:(?:[Pp]artial|[Ff]ull|[Ee]dited)\s+)?[Tt]ranscript\s*:)\s+"
                        r"(?=[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}\s*:\s"
                        r"|[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}\s*:\s)")


# the first letters of a turn mark or a field label: "[", "(", "Partial", "Full", "Edited", "Transcript", "The",
# "Our", "Claim", "Who", "Why", "What", "Said", "Verdict", "Rating", "Ruling", "Bottom" (digits apart)
_MARK_FIRST = frozenset("[(PpFfEeTtOoCcWwSsVvRrBb")


def _past_turn_mark(p: Span, furniture: list[Span]) -> Span:
    """The paragraph from its speaker label on, when a time in the recording or
    "Transcript:" comes before the label ("[00:01:12] JO ROE: ..."): the
    label then opens the paragraph, where a transcript's turns are read (the
    first turn was given to "Transcript", a timed turn to no one).  So too
    the words after a fact-check sheet's field label ("Verdict: False. ...").
    The mark or label is the page's."""
    at = _turn_mark_end(p.text)
    if not at:
        return p
    furniture.append(Span(p.start, p.start + at, p.text[:at].rstrip()))
    return Span(p.start + at, p.end, p.text[at:])


def _turn_mark_end(s: str) -> int:
    """Where a speaker label after a ``_TURN_MARK`` opens ``s``, or the words
    after a fact-check sheet's field label (``FACT_CHECK_LABEL``); 0 for none."""
    if not s[:1].isdigit() and s[:1] not in _MARK_FIRST:
        return 0  # (most paragraphs: no such opening)
    m = _TURN_MARK.match(s) or FACT_CHECK_LABEL.match(s)
    return m.end() if m else 0


def _body(doc: Document, article: Article, body: list[Span]) -> list[Span]:
    """The body's paragraphs kept: widgets, credits, captions (a caption may
    name the outlet) and a list of links under a "Related news" heading
    dropped, nothing after a comment widget, the dateline read, and a
    paragraph the page prints twice kept once."""
    kept: list[Span] = []
    seen_paragraphs = _SeenParagraphs()
    links = link_list([p.text for p in body])
    for i, p in enumerate(body):
        if not doc.clean and END_OF_STORY.match(p.text):
            article.furniture.extend(body[i:])
            break
        if i in links or ((is_furniture(p.text) or byline_only(p.text)) if not doc.clean else is_desk_line(p.text)):
            name = None if article.outlet or i in links else byline_outlet(p.text) or _caption_outlet(p.text)
            if name:
                article.outlet = name
            article.furniture.append(p)
            continue
        span = _past_turn_mark(p, article.furniture)
        parsed = parse_dateline(span) if article.dateline is None else None
        if parsed and _turn_label(parsed[0], body):
            parsed = None  # "HOST:" opening a transcript's turns, not a place
        if parsed:
            article.dateline, span = parsed
        if _pull_quote(p.text, kept):
            article.duplicate_paragraphs.append(span)
            continue
        seen = seen_paragraphs.group(p.text, span)
        if seen is None:  # no earlier paragraph can have its key
            kept.append(span)
            continue
        key = _norm_para(p.text)
        if key and key in seen and len(key) > 40:
            earlier = seen[key]
            if parsed:
                # The page printed the lead as a summary and again after
                # the dateline: the dateline copy is the story's own.
                kept.remove(earlier)
                article.duplicate_paragraphs.append(earlier)
                seen[key] = span
                kept.append(span)
            else:
                article.duplicate_paragraphs.append(span)
            continue
        seen[key] = span
        kept.append(span)
    return kept
