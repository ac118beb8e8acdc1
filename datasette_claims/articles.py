"""Build an ``Article`` from a ``Document``: body paragraphs and metadata.

Scraped pages arrive with navigation, photo credits, comment widgets and,
often, the lead paragraph printed twice (once as a summary, once after the
dateline).  This module decides which stretches of the text are the story,
without ever changing the text: claim offsets must index the input exactly.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import NamedTuple
from urllib.parse import urlparse

from .dates import normalise_date, date_from_url
from .models import Article, Dateline, Document, Span
from .record_keys import CUT_SHORT

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

# Lines that belong to the page, not the story.  Matched against a whole
# line (case-insensitive), so "Subscribe" the button is caught but a
# sentence mentioning subscriptions is not.
FURNITURE_LINE = re.compile(
    r"^\W*(?:subscribe(?: now|\s+(?:to|for|from|and)\b.{0,40})?|newsfeed|news ?feed|log ?in(?: or register)?|"
    r"sign (?:in|up)|register|log in or register|loader|loading\.*|chats?|comments?|"
    r"share(?: this(?: article| story)?)?|share (?:on|via|to) [\w ]{1,20}|email this(?: article| story)?|"
    r"tweet|email|print|follow us.*|advertisement|"
    r"skip to (?:main )?content|menu|search|home|read more|related(?: articles| stories| news)?|"
    r"most (?:read|popular)|trending|recommended|more from .{0,40}|"
    r"to participate in the discussion|click here.*|all rights reserved.*|"
    r"cookies?.*|accept(?: all)?|reject all|manage (?:settings|preferences|options|cookies)|"
    r"privacy policy|terms of (?:use|service)|you may also like|already a subscriber\b.*|"
    r"this (?:article|story|content|page) is (?:for|only (?:available|open) to) (?:paying )?subscribers\b.*|"
    r"(?:read more|see also|also read|read also|related|more on this(?: story)?)\s*:.*|"
    r"for immediate release|(?:press|news|media) release|\d{1,3}\s*min(?:ute)?s?\.?\s+read|"
    r"photo|video|listen|watch|\d+|\d+ comments?)\W*$",
    re.IGNORECASE,
)
# Once one of these appears, the rest of the page is comments or widgets.
END_OF_STORY = re.compile(
    r"^\W*(?:newsfeed|to participate in the discussion|comments|related (?:articles|stories)|"
    r"most (?:read|popular)|more from .{0,40}|recommended)\W*$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\b|photo(?:graph)?(?: credit)?\s*:|image\s*:|picture\s*:|"
    r"\(?(?:ap|afp|reuters|getty images|epa|ria novosti)\s*(?:photo|/)|file photo)",
    re.IGNORECASE,
)
# A navigation bar or breadcrumb: three or more short items between "|",
# "•", "·" or a spaced "/", ">", "›", "»" ("Home | Politics | Business | Sport").
# Items hold no separator and neither start nor end with a space, so each
# line splits one way only (no backtracking blow-up on long lines).
_NAV_ITEM = r"[^\s|•·/>›»](?:[^|•·/>›»\n]{0,23}[^\s|•·/>›»])?"
_NAV_SEP = r"(?:\s*[|•·]\s*|\s+[/>›»]\s+)"
NAV_BAR = re.compile(r"^[\s|•·]*" + _NAV_ITEM + r"(?:" + _NAV_SEP + _NAV_ITEM + r"){2,}[\s|•·]*$")
# A byline date line near the top of a scraped page: "March 4, 2025",
# "Published 4 March 2025", "Updated: Mar. 4, 2025 10:31 a.m.", "By Ann Lee | March 4, 2025".
BYLINE_DATE = re.compile(
    r"^\W*(?:by\s+[^|•·\n]{2,60}?\s*[|•·,–—-]\s*)?"
    r"(?:(?P<kind>(?:first\s+)?published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5})?)?"
    r"(?:\s*[|•·]\s*(?:last\s+)?(?:updated|modified)\b[^|•·\n]{0,40})?"
    r"(?:\s*[|•·]\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read)?"  # "March 5, 2026 · 4 min read"
    r"(?:\s*[|•·,]?\s+by\s+[^|•·\n]{2,60})?\W*$",  # a blog's "Posted on March 5, 2026 by Jo Vik"
    re.IGNORECASE,
)
# What the desk adds under a story, a whole line: wire credits ("(Reporting by
# Ann Lee; Editing by Tom Wu)"), "X contributed to this report.", a reader's
# contact line, a rule ("___"), an ad slot's "Story continues below
# advertisement", the page's address printed by a print view.  Left in an
# HTML page's text by trafilatura, so also looked for in a clean body.
DESK_NOTE = re.compile(
    r"^\s*(?:\((?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b[^()]{2,200}\)|"
    r"(?![^\n]*\b(?:said|says|told|according)\b)[^.!?\n\"“]{3,120}\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?|"
    r"(?:contact|email|reach)\s+[A-Z][^@\n]{1,60}\s+at\s+\S+@\S+[^\n]{0,40}|"
    r"[_*=~-]{3,}|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?|https?://\S+)\s*$",
    re.IGNORECASE,
)
# A byline line ("By Ann Lee, Health Reporter"; "By Ann Lee and Tom Wu"): it
# starts a line of its own, never goes on with the line above (a long headline).
BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,|\s+and\s|\s*$)")
# What separates the items of a navigation bar or a row of buttons.
NAV_SEPARATORS = re.compile(r"\s*[|•·»›]\s*")
# Buttons are also laid out with runs of blanks ("Menu  Search  Log in").
BUTTON_SEPARATORS = re.compile(r"\s*[|•·»›]\s*|\s{2,}")
BUTTON_MARK = re.compile(r"[|•·»›]|\s\s")  # one of them is there (a cheap first look)
# A consent banner opens by saying the site uses cookies; a sentence of a
# story about cookies does not start that way.
COOKIE_BANNER = re.compile(
    r"^\W*(?:we(?: and our partners)? use|(?:this|our) (?:web)?site uses|by (?:continuing|using)\b.{0,60}?)\s+cookies\b",
    re.IGNORECASE,
)
# A masthead ends with what the paper calls itself ("The Evening Tribune",
# "BAY COURIER", "Coastline Radio"): the page's first line, before the headline.
MASTHEAD_NOUNS = frozenset(
    "news times post herald gazette courier tribune ledger journal chronicle observer express mail mirror "
    "telegraph standard independent guardian star sun daily record examiner inquirer dispatch bulletin press "
    "radio television tv weekly argus advertiser register sentinel monitor globe echo recorder reporter "
    "citizen today".split()
)
MASTHEAD_SMALL_WORDS = frozenset(("the", "of", "and", "&"))
OUTLET_LINE = re.compile(r"^\s*[-–—|]\s*(?P<outlet>[A-Z][\w.&' ]{1,50}?)\s*$")
CAPTION_OUTLET = re.compile(r"\s[-–—|]\s(?P<outlet>[A-Z][\w.&' ]{1,50}?)\s*$")
TERMINAL = re.compile(r"[.!?:;\"”’»)\]]\s*$")

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATELINE_DATE = r"(?:,?\s+(?P<date>" + MONTHS + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + MONTHS + r"\.?(?:\s+\d{4})?))?"
# The agency in brackets, or a release's distributor between slashes ("/PRNewswire/").
_DATELINE_AGENCY = r"(?:,?\s*(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<wire>[A-Za-z][\w .&-]{1,30})/))?"
_DATELINE_COUNTRY = r"(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2})?"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}" + _DATELINE_COUNTRY + r")"
    + _DATELINE_DATE + _DATELINE_AGENCY + r"\s*(?:[-–—]+|:)\s+"
)
# A place in title case ("Kyiv, 3 March (Reuters) -"): only with a date or an
# agency after it (checked by ``parse_dateline``) and a dash, never a colon,
# since a sentence may open with a capitalised name and a dash.
TITLED_DATELINE = re.compile(
    r"^(?P<place>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z](?:[^\W\d_]|['’.\-])+(?:\s+[A-Z](?:[^\W\d_]|['’.\-])+){0,2}"
    + _DATELINE_COUNTRY + r")" + _DATELINE_DATE + _DATELINE_AGENCY + r"\s*[-–—]+\s+"
)


def article_id(doc: Document) -> str:
    """Stable id: the record's own id, else a hash of its URL, else of its text.

    A reload of the same article therefore lands on the same row, whichever
    folder or file it came from.
    """
    if doc.id:
        return str(doc.id)
    key = url_key(doc.url)
    if key:
        return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return text_id(doc.text)


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
    url = url.strip() if url else ""
    if not url or _SPACE.search(url):  # (a regex: one C scan, not a generator step per character)
        return False
    if "://" not in url:
        # Without a scheme, only a name with a dot is a host: a spreadsheet's "N/A", "none" or
        # "12" read as hosts made every such row one address, each row replacing the last.
        host = url.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
        if not DOMAIN.match(host):
            return False
        url = "http://" + url
    try:
        parts = urlparse(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError:
        return False
    netloc_host = parts.netloc.rsplit("@", 1)[-1]
    if netloc_host.startswith("["):
        return bool(HOST.match(netloc_host.split("]")[0] + "]"))
    return bool(host) and bool(HOST.match(host)) and any(c.isalnum() for c in host)


def normalise_url(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/") or "/"
    return host + path + (("?" + parts.query) if parts.query else "")


@functools.lru_cache(maxsize=1024)  # asked by the loader, then by the writer, of each article of a batch
def url_key(url: str | None) -> str | None:
    """The address an article is recognised by, whichever API gave it
    (``normalise_url``: no scheme, no "www.", no trailing slash), or None for
    no address or one that names no page.  Stored as ``articles.url_key``."""
    if not url or not valid_url(url):
        return None
    try:
        key = normalise_url(url)
    except ValueError:
        return None
    return None if FRONT_PAGE.search(key) else key


# A site's front page names no article: a crawler that records the page it
# started from gives every record the same one, and read as the article's
# address it made each record replace the one before.  ``?p=12`` is a page.
FRONT_PAGE = re.compile(r"^[^/?]*/(?:(?:index|default|home)\.(?:html?|php|aspx?|jsp))?$", re.IGNORECASE)


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


def _latin_share(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


# The page head is looked at twice (for a masthead, then for the headline): the
# last few answers are kept, since the share of Latin letters costs a pass per character.
@functools.lru_cache(maxsize=32)
def is_furniture(line: str) -> bool:
    """True for navigation, widgets, credits and non-English captions."""
    s = line.strip()
    if not s:
        return True
    if FURNITURE_LINE.match(s) or CREDIT.match(s) or NAV_BAR.match(s) or BYLINE_DATE.match(s) or is_desk_note(s):
        return True
    if len(s) < 400 and COOKIE_BANNER.match(s):
        return True
    if _buttons(s):
        return True
    if _latin_share(s) < 0.5:
        return True
    if s.startswith("{") or s.startswith("<"):
        return True
    return False


def _buttons(s: str) -> bool:
    """A row of page buttons between separators ("Subscribe | Log in")."""
    if not BUTTON_MARK.search(s):
        return False
    parts = [p for p in BUTTON_SEPARATORS.split(s) if p]
    return len(parts) >= 2 and all(FURNITURE_LINE.match(p) for p in parts)


def masthead(s: str) -> str | None:
    """The outlet a page's masthead line names, or None.

    Two to six capitalised words ending in a word papers and stations call
    themselves by; a masthead in capitals is given in title case ("BAY
    COURIER" -> "Bay Courier"), keeping short letter runs ("BBC").
    """
    words = _name_words(s, 6)
    if not words or len(words) < 2 or words[-1].lower() not in MASTHEAD_NOUNS:
        return None
    return _name_case(s, words)


def _name_words(s: str, most: int) -> list[str] | None:
    """The words of a line shaped as a name: up to ``most`` words, each
    capitalised (or "of", "and"...), no digit, no closing punctuation."""
    words = s.split()
    if not 1 <= len(words) <= most or TERMINAL.search(s):
        return None
    if not all(w[0].isupper() or w.lower() in MASTHEAD_SMALL_WORDS for w in words):
        return None
    return words


def _name_case(s: str, words: list[str]) -> str:
    """A name in capitals in title case ("THE BAY OF FUNDY COURIER" -> "The Bay
    of Fundy Courier"), short runs without vowels kept ("BBC")."""
    if not s.isupper():
        return " ".join(words)
    cased = [
        w.lower() if i and w.lower() in MASTHEAD_SMALL_WORDS
        else w if len(w) <= 3 and not any(c in "AEIOUY" for c in w) else w.capitalize()
        for i, w in enumerate(words)
    ]
    return " ".join(cased)


def masthead_above(s: str, headline: str, menu_between: bool, first_line: bool = True) -> str | None:
    """The outlet named by ``s``, the first line of a page head, standing
    above ``headline``: a masthead of a usual noun, or one known by its
    shape only ("MINING REVIEW", "The Harbour Notebook"): a name in capitals
    above a headline that is not; a short name with a section menu (or other
    page furniture) between it and the headline; a name of two or three
    words above a headline at least twice as long.  A title-case headline
    above the story ("Sprinter Breaks World Record") has no headline under it.
    A name known by its shape only opens the page (``first_line``) or has
    a menu under it: a kicker in capitals above a headline ("MIDDLE EAST"),
    after the site's menu, is no masthead."""
    known = masthead(s)
    if known:
        return known
    words = _unknown_name_words(s)
    if not words or not (first_line or menu_between):
        return None
    if s.isupper():
        return None if headline.isupper() else _name_case(s, words)
    if menu_between or (len(words) <= 3 and 2 * len(words) <= len(headline.split())):
        return s.strip()
    return None


def _unknown_name_words(s: str) -> list[str] | None:
    """The words of a name whose last word is no usual masthead noun: two to
    six words in capitals or two to four in title case, without digits."""
    words = _name_words(s, 6 if s.isupper() else 4)
    if not words or len(words) < 2 or any(c.isdigit() for c in s):
        return None
    return words


def masthead_in_title(part: str, other: str, last_after_bar: bool) -> str | None:
    """The outlet one part of a two-part page title names beside the other,
    the headline: a masthead of a usual noun; a name in capitals beside a
    headline that is not ("THE DAILY TRAWLER - Quota talks collapse"); a name
    in title case after the last bar, as sites end their titles ("Power
    restored | Eastern Wire Review"), beside a headline shaped as no name."""
    known = masthead(part)
    if known:
        return known
    words = _unknown_name_words(part)
    if not words:
        return None
    if part.isupper():
        return None if other.isupper() else _name_case(part, words)
    if last_after_bar and _name_words(other, 4) is None:
        return part.strip()
    return None


class Masthead(NamedTuple):
    """The masthead line of a page head: where it is, the outlet it names and
    the date printed beside it ("THE DAILY TRAWLER | Monday, March 3, 2026")."""

    index: int
    outlet: str
    published: str | None
    motto: int | None = None  # the index of a motto line under it


# What may follow the name on a masthead's line: the date or the paper's motto.
MASTHEAD_TAIL = re.compile(r"\s+[|–—-]\s+")


def _masthead_name(s: str) -> tuple[str, str | None]:
    """A masthead line's name and what follows it after a bar or dash: a date,
    or a motto beside a name of a usual noun or in capitals ("The Glen
    Observer — News from the glens since 1899"); else the whole line."""
    parts = MASTHEAD_TAIL.split(s.strip(), maxsplit=1)
    if len(parts) == 2 and (BYLINE_DATE.match(parts[1]) or masthead(parts[0]) or parts[0].isupper()):
        return parts[0], parts[1]
    return s.strip(), None


def _masthead_line(head: list[Span], text: str) -> Masthead | None:
    """The masthead: the first line that is not furniture, when a headline
    follows it within the next three such lines (a headline in title case,
    "Sprinter Breaks World Record", is followed by the story instead), or
    the paper's motto and then the headline."""
    worded = [i for i, p in enumerate(head) if not is_furniture(p.text)][:5]
    if not worded:
        return None
    first = worded[0]
    lines = [i for i in worded[1:] if _looks_like_headline(head[i].text)]
    if not lines:
        return None
    motto = lines[0] if len(lines) > 1 and _is_motto(text, head[first], head[lines[0]], head[lines[1]]) else None
    if motto is None and lines[0] not in worded[1:4]:
        return None
    headline = lines[1] if motto is not None else lines[0]
    name, tail = _masthead_name(head[first].text)
    between = headline > first + 1 + (motto is not None)
    outlet = masthead_above(name, head[headline].text.strip(), menu_between=between, first_line=first == 0)
    if not outlet:
        return None
    m = BYLINE_DATE.match(tail) if tail else None
    return Masthead(first, outlet, normalise_date(m.group("date")) if m else None, motto)


def _is_motto(text: str, name: Span, line: Span, headline: Span) -> bool:
    """A line printed as part of the masthead ("Your town, your news"): set
    on the next line under the name, a blank line after it, in sentence
    case above a headline in title case (a standfirst, under its headline,
    is in sentence case too)."""
    return (
        line.start - name.end > 0
        and text.count("\n", name.end, line.start) == 1
        and text.count("\n", line.end, headline.start) >= 2
        and not _title_case(line.text)
        and _title_case(headline.text)
    )


def _title_case(s: str) -> bool:
    """Every word of four letters or more capitalised ("Berths Sold Out for Summer")."""
    long_words = [w for w in s.split() if sum(c.isalpha() for c in w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _looks_like_headline(s: str) -> bool:
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    if OUTLET_LINE.match(s) or not 3 <= len(words) <= 30:
        return False
    if s.endswith(".") and not re.search(r"\b[A-Z]\.$|\.\.\.$", s):
        return False
    return not is_furniture(s)


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
    # "US officials - who" style false positives: a dateline place is a
    # place name, so refuse very long or lower-case-heavy ones.
    if len(place) > 45:
        return None
    start = paragraph.start + m.end()
    rest = Span(start, paragraph.end, paragraph.text[m.end():])
    dl = Dateline(
        place=place,
        date=re.sub(r"\s+", " ", m.group("date")).strip() if m.group("date") else None,
        agency=agency.strip() if agency else None,
        span=Span(paragraph.start, paragraph.start + m.end(), paragraph.text[: m.end()]),
    )
    return dl, rest


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


def _is_desk_line(s: str) -> bool:
    """Furniture even in a clean body: a line that is only the byline's date
    ("Published: Tuesday, July 15, 2025", else a heading's claim by
    "Published") or a desk's note under the story.  The wider furniture
    test is not applied to clean bodies: its "Cookies ..." line and Latin
    share would take a story's own sentences."""
    s = s.strip()
    return BYLINE_DATE.match(s) is not None or is_desk_note(s)


# What every ``DESK_NOTE`` line holds, for each way it can match: its first
# character ("(" of "(Reporting by", a rule's "___", "S" of "Story
# continues") or a word ("buted" of "contributed", "@" of a contact line,
# "http" of a bare link).  No word holds "i", "k" or "s", the letters that
# IGNORECASE also matches to a character ``str.lower`` leaves apart ("ı",
# "K", "ſ"); hence "nue" of "continues", with "s" and "ſ" as first letters.
_DESK_NOTE_FIRST = "(_*=~-"


def is_desk_note(s: str) -> bool:
    """``DESK_NOTE.match(s) is not None``, the regex run only on a line that
    holds what it needs: over every paragraph of a corpus that regex alone
    cost half of cleaning (its lookahead scans the whole line)."""
    first = s.lstrip()[:1]
    if not first:
        return False
    if first not in _DESK_NOTE_FIRST:
        lowered = s.lower()
        # (the words spelt out: ``any`` over a tuple cost a generator step per word)
        if not ("buted" in lowered or "@" in lowered or "http" in lowered or (first in "sSſ" and "nue" in lowered)):
            return False
    return DESK_NOTE.match(s) is not None


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
    )
    article.published = published_date(doc, paragraphs)
    body_start = _headline_paragraph(doc, article, paragraphs)
    header = paragraphs[:body_start - 1] if body_start else []
    if header and not doc.clean:
        _read_header(article, header)
    article.paragraphs = _without_cut_marker(_body(doc, article, paragraphs[body_start:]), article.furniture)
    if not article.published and article.dateline and article.dateline.date:
        # a wire dateline that gives the year ("SANTIAGO, June 8, 2026 (AFP) -")
        article.published = normalise_date(article.dateline.date)
    if not article.outlet:
        article.outlet = outlet_from_url(doc.url) or agency_outlet(article.dateline)
    return article


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


def _headline_paragraph(doc: Document, article: Article, paragraphs: list[Span]) -> int:
    """Find the headline among the first paragraphs (the record's own, or the
    first that looks like one after a masthead, which names the outlet);
    return the index of the body's first paragraph (0: no headline found)."""
    if doc.headline:
        wanted, hint = _norm_para(doc.headline), _para_hint(doc.headline)
        for i, p in enumerate(paragraphs[:15]):
            if _para_hint(p.text) == hint and _norm_para(p.text) == wanted:
                article.headline_span = p
                return i + 1
        return 0
    if doc.clean:
        return 0
    found = _masthead_line(paragraphs[:15], doc.text)
    for i, p in enumerate(paragraphs[:15]):
        if found and i == found.index:
            article.outlet = article.outlet or found.outlet
            article.published = article.published or found.published
            continue
        if found and i == found.motto:
            continue
        if _looks_like_headline(p.text):
            article.headline = p.text
            article.headline_span = p
            return i + 1
    return 0


def _read_header(article: Article, header: list[Span]) -> None:
    """Everything before the headline is page furniture, but it may name the
    outlet ("By Jo Roe, The Courier") and the section (a short line)."""
    for p in header:
        m = OUTLET_LINE.match(p.text)
        if m and not article.outlet:
            article.outlet = m.group("outlet").strip()
        elif masthead(p.text) or (article.outlet and p.text.strip().lower().startswith(article.outlet.lower())):
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
    if m is None or NAV_BAR.match(s.strip()) or _buttons(s.strip()):
        return None
    return m.group("outlet").strip()


def _body(doc: Document, article: Article, body: list[Span]) -> list[Span]:
    """The body's paragraphs kept: widgets, credits and captions dropped
    (a caption may name the outlet), nothing after a comment widget, the
    dateline read, and a paragraph the page prints twice kept once."""
    kept: list[Span] = []
    seen_paragraphs = _SeenParagraphs()
    for p in body:
        if not doc.clean and END_OF_STORY.match(p.text):
            article.furniture.extend(body[body.index(p):])
            break
        if is_furniture(p.text) if not doc.clean else _is_desk_line(p.text):
            name = None if article.outlet else _caption_outlet(p.text)
            if name:
                article.outlet = name
            article.furniture.append(p)
            continue
        span = p
        parsed = parse_dateline(p) if article.dateline is None else None
        if parsed:
            article.dateline, span = parsed
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
