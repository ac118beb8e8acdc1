"""Who published a scraped page, and its headline: the masthead above it.

A page names its outlet in its masthead ("THE DAILY TRAWLER", "The Glen
Observer"), sometimes with the date or the paper's motto beside or under it,
and in its title beside the headline ("Quota talks collapse | Eastern Wire
Review").  A masthead is known by a newspaper noun or by its shape (capitals
above a headline that is not, a short name above a section menu or a much
longer headline), never by a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlparse

from .dates import normalise_date
from .furniture import BYLINE_DATE, TERMINAL, is_furniture
from .models import Span

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


# A company's legal form after its name, written in capitals in any case
# ("Halden Ferries AS", "Kelp Foods ASA", "Nordhavn AB", "Coast Media PLC")
LEGAL_FORMS = frozenset(("AS", "ASA", "AB", "AG", "SA", "NV", "BV", "LLC", "LLP", "PLC", "SE", "OY", "OYJ", "SPA",
                         "KG", "APS", "A/S"))


def _name_case(s: str, words: list[str]) -> str:
    """A name in capitals in title case ("THE BAY OF FUNDY COURIER" -> "The Bay
    of Fundy Courier"), short runs without vowels kept ("BBC"), and a company's
    legal form after the name ("HALDEN FERRIES AS" -> "Halden Ferries AS")."""
    if not s.isupper():
        return " ".join(words)
    last = len(words) - 1
    cased = [
        w.lower() if i and w.lower() in MASTHEAD_SMALL_WORDS
        else w if len(w) <= 3 and not any(c in "AEIOUY" for c in w) or (i and i == last and w in LEGAL_FORMS)
        else w.capitalize()
        for i, w in enumerate(words)
    ]
    return " ".join(cased)


# A byline that names the paper after the writer ("By Jane Roe, The Harbour
# Gazette", "By Jo Vik | Bay Courier"): its parts after the name.
BYLINE_PARTS = re.compile(r"\s*[,|•·–—]\s*")
BYLINE_OPENING = re.compile(r"^\W{0,3}By\s+[A-Z]")
# A writer's job in a byline ends in a word papers also call themselves by
# ("Health Reporter", "Staff Reporter"): a paper's name of that word says "The".
BYLINE_ROLE_NOUNS = frozenset(("reporter",))


def byline_outlet(s: str) -> str | None:
    """The paper a byline line names after its writer, or None: "By Jane Roe,
    The Harbour Gazette" -> "The Harbour Gazette".  Only a masthead of a usual
    noun counts ("By Ann Lee, Health Reporter" names her job, "By Ann Lee,
    Oslo" her town), and only on a short line without a sentence's end."""
    if len(s) > 120 or not BYLINE_OPENING.match(s) or TERMINAL.search(s.rstrip("*_ ")):
        return None
    for part in BYLINE_PARTS.split(s.strip().strip("*_"))[1:]:
        name = masthead(part)
        if name is None:
            continue
        words = name.split()
        if words[-1].lower() in BYLINE_ROLE_NOUNS and words[0].lower() != "the":
            continue
        return name
    return None


class NameDate(NamedTuple):
    """What a line of a name and a date under a headline gives: the date, and
    the outlet when the name is one by its words (None for a writer's or a
    town's name).  A line of an outlet's name alone gives no date."""

    outlet: str | None
    published: str | None


# A line of only a name and a date ("Radio Alvena, March 14, 2026", Markdown's
# "*Coast News, 14 March 2026*"): the outlet or writer, and when.
NAME_DATE_LINE = re.compile(r"^[\s*_]*(?P<name>[^,\d\n*_]{2,60}?)\s*,\s*(?P<date>[^\n*_]{6,40}?)[\s*_.]*$")
# The same with a bar or a dot between the parts, as a site's byline row prints
# them ("Business Daily | March 10, 2026 | 3 min read"): the name, then a date
# line as ``BYLINE_DATE`` reads it.
NAME_BAR_DATE_LINE = re.compile(r"^[\s*_]*(?P<name>[^|•·\d\n*_]{2,60}?)\s*[|•·]\s*(?P<rest>[^\n]{6,80}?)[\s*_]*$")
# Words a broadcaster or site opens its name with as often as it ends it
# ("Radio Alvena", "News Nordland"); a paper's noun ends it (``masthead``).
BROADCAST_WORDS = frozenset(("radio", "tv", "television", "news", "fm"))


# A time the page was updated at, on its own line ("Updated 21:40", "Posted at 9.05am")
UPDATED_AT = re.compile(r"^\W*(?:last\s+)?(?:updated|posted|published)\b[^\n]{0,30}?\d{1,2}[:.]\d{2}\b[^\n]{0,12}$",
                        re.I)


def name_date_line(s: str, next_line: str | None = None) -> NameDate | None:
    """The date, and the outlet, of a line that is only a name and a date,
    or only an outlet's name.

    Text files and Markdown notes put the source under the headline this way,
    without the dash of a wire dateline.  The date is the article's whoever
    the name is; the name is the outlet only when it is shaped as one (a
    paper's noun at its end, a broadcaster's word in it): "Jo Roe, March 14,
    2026" is a writer's byline and "BERGVIK, March 14, 2026" a place's.  A
    name alone on its line ("Kelp Island Bulletin", "Radio Alvena") is the
    outlet when it is shaped as one, is no page furniture, and ``next_line``
    is the page's date or time: a subhead in title case looks the same
    ("Sprinter Breaks World Record") but goes on into the story."""
    if len(s) > 110:
        return None
    m = NAME_DATE_LINE.match(s)
    published = normalise_date(m.group("date")) if m else None
    if published is None and (bar := NAME_BAR_DATE_LINE.match(s)) is not None:
        dated = BYLINE_DATE.match(bar.group("rest").strip())
        published = normalise_date(dated.group("date")) if dated else None
        m = bar if published else None
    if published is None:
        if next_line is None or not _dates_page(next_line.strip()):
            return None
        outlet = _outlet_name(s.strip().strip("*_ "), least=2)
        return NameDate(outlet, None) if outlet and not is_furniture(s) else None
    name = m.group("name").strip()
    return NameDate(_outlet_name(name) or _publisher_name(name) or _edition_of(name), published)


# A paper's edition named in lower case after it ("Coast Ledger newsletter,
# March 10, 2026", "Coast Ledger's morning briefing, ..."): the paper's.
EDITION_WORDS = frozenset(("newsletter", "briefing", "bulletin", "edition", "digest", "email", "roundup"))


def _edition_of(name: str) -> str | None:
    """The outlet of a dated line naming one of its editions (``EDITION_WORDS``
    in lower case after an outlet-shaped name, a time of day between); None else."""
    words = name.split()
    if len(words) < 3 or words[-1] not in EDITION_WORDS:
        return None
    words = words[:-1]
    if words[-1] in ("morning", "evening", "daily", "weekly", "weekend", "afternoon", "night"):
        words = words[:-1]
    paper = " ".join(words)
    paper = paper[:-2] if paper.endswith(("'s", "\u2019s")) else paper
    return _outlet_name(paper, least=2)


# A dated line's name that is a publication's or a public body's, which the
# masthead nouns leave out since a headline ends in them as often ("Spending
# Review" above a standfirst): "Northfield Review, March 9, 2026", a
# fact-checker's "Coast Truth Desk, March 24, 2026", "Ministry of Harbours,
# March 16, 2026" (a press office's readout is the ministry's).  Read only
# beside a date, where a headline never stands.
PUBLICATION_LAST_WORDS = frozenset(("review", "magazine", "quarterly", "monthly", "digest", "check", "checker", "desk"))
PUBLIC_BODY_FIRST_WORDS = frozenset(("ministry", "department", "office", "embassy"))


def _publisher_name(name: str) -> str | None:
    """The name of a dated line as its publisher's (``PUBLICATION_LAST_WORDS``,
    ``PUBLIC_BODY_FIRST_WORDS`` with its "of ..."), in title case; None else."""
    words = _name_words(name, 6)
    if not words or len(words) < 2:
        return None
    publication = words[-1].lower() in PUBLICATION_LAST_WORDS
    body = words[0].lower() in PUBLIC_BODY_FIRST_WORDS and words[1].lower() == "of"
    return _name_case(name, words) if publication or body else None


def _dates_page(s: str) -> bool:
    """A line of the page's date or the time it was updated (not a byline: a
    subhead and then "By Jo Roe" is as common as a masthead's name)."""
    return BYLINE_DATE.match(s) is not None or UPDATED_AT.match(s) is not None


def _outlet_name(name: str, least: int = 1) -> str | None:
    """A name shaped as an outlet's (a paper's noun at its end, a
    broadcaster's word in it), of ``least`` words or more, in title case;
    None for a writer or a town."""
    words = _name_words(name, 5)
    if not words:
        return None
    outlet = masthead(name)
    if outlet is None and len(words) >= least and any(w.lower() in BROADCAST_WORDS for w in words):
        outlet = _name_case(name, words)
    return outlet


# A Markdown heading's marks around a headline ("# Council votes ...", "## Title ##").
HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*$")


def without_heading_marks(s: str) -> str:
    """A headline without the Markdown marks a ``.md`` file writes it with
    ("# Council votes to close library" -> "Council votes to close library");
    the article's text keeps them (offsets index it as given)."""
    m = HEADING_MARKS.match(s)
    return m.group("title") if m and m.group("title") else s

# A page's copyright line names who owns it ("© 2026 The Harbour Notebook.
# All rights reserved.", "Copyright 2019-2026 Glen Voice"): the site.
COPYRIGHT_OWNER = re.compile(
    r"^[ \t]*(?:©|\(c\)|copyright\b)[ \t]*©?[ \t]*(?:\d{4}(?:[-–]\d{4})?[ \t,]*)?(?P<owner>[^\n.|,]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)


def owns_page(text: str, name: str) -> bool:
    """Does the page's copyright line name ``name`` as its owner?  A headline
    is never the owner a copyright line names."""
    name = name.strip()
    if text.count(name) < 2:  # the masthead and the copyright line (a C scan first)
        return False
    return any(m.group("owner").strip().casefold() == name.casefold() for m in COPYRIGHT_OWNER.finditer(text))


def masthead_above(s: str, headline: str, menu_between: bool, first_line: bool = True,
                   owner: bool = False) -> str | None:
    """The outlet named by ``s``, the first line of a page head, standing
    above ``headline``: a masthead of a usual noun, or one known by its
    shape only ("MINING REVIEW", "The Harbour Notebook"): a name in capitals
    above a headline that is not; a short name with a section menu (or other
    page furniture) between it and the headline, or that the page's copyright
    line names (``owner``).  A title-case headline
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
    # A short name in title case is a masthead only with a menu under it, or
    # when the page's copyright line names it (``owner``): two or three words
    # above a longer line are as often a headline above its standfirst
    # ("Ferry Fares Rise" / "Island families face ..."), and an outlet made up
    # of a headline is worse than none.
    return s.strip() if menu_between or owner else None


def _unknown_name_words(s: str) -> list[str] | None:
    """The words of a name whose last word is no usual masthead noun: two to
    six words in capitals or two to four in title case, without digits."""
    words = _name_words(s, 6 if s.isupper() else 4)
    if not words or len(words) < 2 or any(c.isdigit() for c in s):
        return None
    return words


def masthead_in_title(part: str, other: str, last_after_bar: bool, dashed: bool = False,
                      confirmed: Callable[[str], bool] | None = None) -> str | None:
    """The outlet one part of a two-part page title names beside the other,
    the headline: a masthead of a usual noun; a name in capitals beside a
    headline that is not ("THE DAILY TRAWLER - Quota talks collapse"); a name
    in title case after the last bar, as sites end their titles ("Power
    restored | Eastern Wire Review"), beside a headline shaped as no name;
    a name in title case on either side of a dash (``dashed``) beside a
    headline in sentence case ("Harbour Watch - Why the fee doubled").  A
    name before a bar stays unread: a column's title puts its writer there.
    A column's writer ("Isla Kerr - Why the bridge matters") and a topic's
    kicker ("Middle East - Talks resume") stand before a dash as a site's
    name does: where ``confirmed`` is given (a page's title), the dashed name
    is the site only when it says so (its address's host, or the name
    repeated across the titles of a folder's pages: see ``html_pages``)."""
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
    if not (dashed and _sentence_case(other) and not _place_name(part)):
        return None
    return part.strip() if confirmed is None or confirmed(part.strip()) else None


def names_host(name: str, url: str | None) -> bool:
    """Is ``name`` what an address's host spells ("Harbour Watch" for
    ``www.harbourwatch.example``, ``harbour-watch.co.uk``)?"""
    host = urlparse(url or "").hostname or ""
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in host.split(".")]
    return len(letters) >= 4 and any(letters in (label, "the" + label) or label.startswith(letters)
                                     for label in labels if label)


def _place_name(name: str) -> bool:
    """A country's or capital's name ("East Timor", "Sri Lanka"): a topic's
    kicker before a dash ("East Timor - Gas accord signed"), never a site."""
    from .extract.lexicon import COUNTRY_LIKE, COUNTRY_PAIRS  # the one list; loading imports no extractor

    words = name.lower().split()
    return " ".join(words) in COUNTRY_PAIRS or any(w in COUNTRY_LIKE for w in words)


def _sentence_case(s: str) -> bool:
    """A headline written as a sentence: five words or more, and at least two
    of four letters or more that are not capitalised ("Why the harbour fee doubled")."""
    words = s.split()
    lower = [w for w in words if sum(c.isalpha() for c in w) >= 4 and w[0].islower()]
    return len(words) >= 5 and len(lower) >= 2


# Between a page title's headline and its site's name: a spaced bar or dash.
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


class Title(NamedTuple):
    """A page title read as its headline and the site it names (None: no site)."""

    headline: str
    site: str | None


def split_title(title: str, confirmed: Callable[[str], bool] | None = None) -> Title:
    """The headline and the site's name of a title of two parts, one of them a
    masthead ("Northern Star - Mine expansion approved", "Why the fee doubled |
    Harbour Watch"); else the whole title and no site.  When both parts or
    neither read as a name, nothing is split."""
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) != 2:
        return Title(title, None)
    bar = TITLE_SEPARATOR.search(title).group().strip() == "|"
    names = [masthead_in_title(parts[0], parts[1], False, not bar, confirmed),
             masthead_in_title(parts[1], parts[0], bar, not bar, confirmed)]
    if bool(names[0]) == bool(names[1]):
        return Title(title, None)
    site = 0 if names[0] else 1
    return Title(parts[1 - site], names[site])


class Masthead(NamedTuple):
    """The masthead line of a page head: where it is, the outlet it names and
    the date printed beside it ("THE DAILY TRAWLER | Monday, March 3, 2026")."""

    index: int
    outlet: str
    published: str | None
    motto: int | None = None  # the index of a motto line under it


# What may follow the name on a masthead's line: the date or the paper's motto.
MASTHEAD_TAIL = re.compile(r"\s+[|–—-]\s+")


# A logo's alt text often says what it is ("Island Beacon logo").
LOGO_WORD = re.compile(r"\s*[-–—|:]?\s*\blogo\b\s*$", re.I)


def masthead_in_banner(s: str) -> str | None:
    """The outlet a page's banner names in its site-title link, logo alt text
    or heading: what the banner's role says is the site's name, kept when it is
    shaped as a name (one to six capitalised words, no digit, no full stop)
    and is no page furniture ("Home", "Sign in").  A motto after a bar or
    dash ("Island Beacon | News for the isles") is cut."""
    name = MASTHEAD_TAIL.split(" ".join(s.split()), 1)[0]
    name = LOGO_WORD.sub("", name).strip()
    words = _name_words(name, 6)
    if not words or any(c.isdigit() for c in name) or is_furniture(name):
        return None
    return _name_case(name, words)


def _masthead_name(s: str) -> tuple[str, str | None]:
    """A masthead line's name and what follows it after a bar or dash: a date,
    or a motto beside a name of a usual noun or in capitals ("The Glen
    Observer — News from the glens since 1899"); else the whole line."""
    parts = MASTHEAD_TAIL.split(s.strip(), maxsplit=1)
    if len(parts) == 2 and (BYLINE_DATE.match(parts[1]) or masthead(parts[0]) or parts[0].isupper()):
        return parts[0], parts[1]
    return s.strip(), None


def masthead_line(head: list[Span], text: str) -> Masthead | None:
    """The masthead: the first line that is not furniture, when a headline
    follows it within the next three such lines (a headline in title case,
    "Sprinter Breaks World Record", is followed by the story instead), or
    the paper's motto and then the headline."""
    worded = [i for i, p in enumerate(head) if not is_furniture(p.text)][:5]
    if not worded:
        return None
    first = worded[0]
    lines = [i for i in worded[1:] if looks_like_headline(head[i].text)]
    if not lines:
        return None
    motto = None
    if len(lines) > 1 and not any(_prose(head[i].text) for i in worded if lines[0] < i < lines[1]):
        motto = lines[0] if _is_motto(text, head[first], head[lines[0]], head[lines[1]]) else None
    if motto is None and lines[0] not in worded[1:4]:
        return None
    headline = lines[1] if motto is not None else lines[0]
    name, tail = _masthead_name(head[first].text)
    between = headline > first + 1 + (motto is not None)
    if BYLINE_OPENING.match(name):  # "By Jane Roe, The Harbour Gazette": a byline, never a masthead
        outlet = byline_outlet(name)
    else:
        outlet = masthead_above(name, head[headline].text.strip(), menu_between=between, first_line=first == 0,
                                owner=owns_page(text, name))
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


# A line that ends as a sentence does ("... its chair said.", '... said."').
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")


def _prose(s: str) -> bool:
    """A line of the story's prose: it ends as a sentence and is no headline.
    A headline comes before the story, so a line that looks like one under
    the story's first sentences ("Around the web", a widget's heading, in a
    scraped text with no blank lines) shows the line above the prose was
    the headline, not the paper's motto."""
    return bool(SENTENCE_END.search(s)) and not looks_like_headline(s)


def _title_case(s: str) -> bool:
    """Every word of four letters or more capitalised ("Berths Sold Out for Summer")."""
    long_words = [w for w in s.split() if sum(c.isalpha() for c in w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


# A full stop inside the closing quotation marks at a line's end, after a
# word in lower case ('... said. "It ends."'; not an abbreviation's "U.S.'").
FULL_STOP_IN_QUOTES = re.compile(r"[a-z0-9)]\.[\"”’']\s*$")


def looks_like_headline(s: str) -> bool:
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    if OUTLET_LINE.match(s) or not 3 <= len(words) <= 30:
        return False
    if s.endswith(".") and not re.search(r"\b[A-Z]\.$|\.\.\.$", s):
        return False
    if FULL_STOP_IN_QUOTES.search(s):  # a quoted sentence that ends the line: '... said. "It ends."'
        return False
    return not is_furniture(s)
