"""Page furniture: the lines of a scraped page that are not the story.

Navigation bars, buttons, consent banners, credits, byline dates and the
desk's notes under a story are recognised line by line, each by the shape a
whole line has, so that a sentence of the story that mentions subscriptions
or cookies is never taken for one.  ``articles`` decides with these which
paragraphs are the story; ``mastheads`` skips them when it looks for a
page's name and headline.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .text import BULLET_MARKS, SOCIAL_WORDS

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
    r"photo|video|listen|watch|\d+|\d+ comments?|"
    # a printed page's number or a gallery's counter ("Page 1 of 2", "- 3 -", "1 of 12", "Photo 4/12")
    r"page \d{1,4}(?: of \d{1,4})?|\d{1,4} (?:of|/) \d{1,4}|"
    r"(?:photo|image|picture|slide) \d{1,3}\s*(?:of|/)\s*\d{1,3})\W*$",
    re.IGNORECASE,
)
# The field labels of a fact-check's sheet, opening a paragraph ("Claim:
# "...", "Who said it: Jo Roe, in a debate", "Verdict: False."): the sheet's
# headings, not speakers ("Verdict" was a document's claim, "it: Jo Roe, in a
# debate" an anonymous source's, from the "said" in the label).
FACT_CHECK_LABEL = re.compile(
    r"(?:[Tt]he\s+|[Oo]ur\s+|THE\s+|OUR\s+)?(?i:claim|who\s+said\s+it|who\s+made\s+the\s+claim|claimant|said\s+by|"
    r"verdict|rating|ruling|the\s+facts|the\s+evidence|why\s+it\s+matters|bottom\s+line|what\s+we\s+found)"
    r"\s*:\s+(?=\S)")
# Once one of these appears, the rest of the page is comments or widgets.  A
# comment thread's heading may carry its count ("Comments (3)", "12 comments",
# "Comments: 12", "Show comments (40)"): readers' words, never the story's.
END_OF_STORY = re.compile(
    r"^\W*(?:newsfeed|to participate in the discussion|comments|related (?:articles|stories)|"
    r"most (?:read|popular)|more from .{0,40}|recommended"
    r"|(?:(?:show|view|read|see)\s+(?:all\s+)?)?comments\s*(?:\(\d[\d,]*\)|:\s*\d[\d,]*)"
    r"|(?:(?:show|view|read|see)\s+(?:all\s+)?)?\d[\d,]*\s+comments?"
    # a paywall's cut: what follows is its offer and its log-in, the story stops here
    r"|(?:subscribe|sign\s+up|log\s*in|register)(?:\s+(?:now|today|free))?\s+to\s+(?:continue|keep)\s+reading.{0,40}"
    r"|(?:to\s+)?(?:continue|keep)\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s*in|sign\s+(?:in|up)|register).{0,40}"
    r"|the\s+rest\s+of\s+this\s+(?:article|story)\s+is\s+(?:for|available\s+to|only\s+for)\s+subscribers.{0,40})\W*$",
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
    r"^\W*(?:by\s+[^|•·\n]{2,60}?\s*[|•·,–—-]\s*(?:[^|•·\n\d]{2,60}?\s*[|•·]\s*)?)?"  # "By Jo Vik | Coast Post | ..."
    r"(?:(?P<kind>(?:first\s+)?published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5})?,?\s+)?"  # a time first: "14:32 GMT, March 14, 2026"
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
    r"^\W*(?:we(?: and our partners)? use|(?:this|our) (?:web)?site uses|"
    r"by (?:continuing|using)\b.{0,60}?)\s+cookies\b",
    re.IGNORECASE,
)
# A call to action: a short line that tells the reader to do something with
# the site rather than telling the story ("Sign up for our newsletter",
# "Join us on Telegram for updates!", "Don't miss a story: subscribe to our
# digest", "Get the app for alerts").  It opens with an imperative of what a
# reader does with a site (sign up, follow, share, download, don't miss ...)
# and names what is the site's own: us, our ..., this article, a newsletter,
# an app, alerts, a social network.  A sentence of the story that mentions a
# newsletter opens with its subject, not an imperative; a quoted or reported
# imperative ("Follow us," the mayor said) has quotation marks or a speech verb.
# ("Like" only as "Like us": "Like forms our sense of ..." is speech.)
# Verbs that are as often nouns opening a sentence ("Share prices fell",
# "Support for the plan grew", "Follow-up talks") count only with an object
# after them: us, our, this, the, a, an, a handle or a name.
_CTA_VERB = (
    r"(?:(?:sign\s+up|subscribe|join|get|download|install|like\s+us|bookmark|sign\s+in|log\s+in|click|read|"
    r"listen|donate|become|send|tell|turn\s+on|enable|stay\s+(?:connected|informed|tuned|updated|up\s+to\s+date)|"
    r"(?:don['’]t|do\s+not|never)\s+miss)\b|"
    r"(?:share|follow|support|watch|email|contact|visit|register|tap)\s+(?=(?:us|our|this|these|the|an?)\b|(?-i:[@A-Z])))"
)
_CTA_OBJECT = (
    r"(?:us|our|this\s+(?:article|story|page|post|site)|newsletters?|inbox|apps?|alerts?|notifications?|"
    r"podcasts?|digest|updates|feeds?|channel|whatsapp|" + "|".join(sorted(SOCIAL_WORDS)) + r")"
)
CALL_TO_ACTION = re.compile(
    r"^\W*" + _CTA_VERB + r"(?![^\n]*[\"“”]|[^\n]*\b(?:said|says|told|urged|wrote)\b)(?=[^\n]{0,150}$)"
    r"(?=[^\n]*\b" + _CTA_OBJECT + r"\b)",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.!?:;\"”’»)\]]\s*$")
# A paragraph of a consent banner or a sign-in wall speaks of the site's
# cookies, the reader's data or access to the page (subscribing, signing in)
# and reports no one's words; a page made of these alone, one of them
# addressing the reader ("you", "your"), is the wall a browser saved in
# place of the article (``walled``).
GATE_TOPIC = re.compile(
    r"\b(?:cookies?|consent|privacy|personal(?:ised|ized)?\s+(?:data|ads|content)|partners|"
    r"subscri(?:be|bers?|ptions?)|sign(?:ing)?\s+in|log(?:ging)?\s+in|accounts?|access|continue\s+reading)\b",
    re.IGNORECASE,
)
READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told|according)\b", re.IGNORECASE)


# A heading over a list of links, not the story: the site's "Related news",
# "See also", "External links", "Sources", "References", "Further reading",
# "Read more", "More on this story", "You may also like", "Most read", "Trending now" -- a
# whole short line naming such a section, with no words after it (a colon or
# an ellipsis at most).  The paragraphs under it are the list (``link_list``):
# headlines of other articles and citations, which state nothing of the story.
_LINK_KIND = r"(?:news|articles?|stories|story|links?|coverage|content|reading|topics?|videos?|headlines)"
LINK_LIST_HEADING = re.compile(
    r"^\W*(?:"
    r"related(?:\s+" + _LINK_KIND + r")?|"
    r"(?:similar|recommended|suggested|trending|popular|latest|top|other)\s+" + _LINK_KIND + r"|"
    r"see\s+also|also\s+(?:read|see)|external\s+links?|(?:news\s+)?sources?|references?|"
    r"(?:further|recommended|suggested)\s+reading|"
    r"(?:read|see|watch)\s+(?:more|next|also)(?:\s+(?:on|about)\s+this(?:\s+(?:story|topic))?)?|"
    r"more\s+(?:news|stories|coverage|from\s+(?:us|the\s+site)|on\s+this(?:\s+(?:story|topic))?|"
    r"about\s+this(?:\s+(?:story|topic))?|like\s+this|to\s+read)|"
    r"(?:you|readers)\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
    r"(?:most|more)\s+(?:read|popular|viewed|shared)|"
    r"in\s+other\s+news|elsewhere\s+on\s+(?:the\s+)?site|"
    # a widget's heading of its own ("Trending now", "Popular today", "Editor's picks")
    r"trending(?:\s+(?:now|today))?|(?:popular|most\s+read)\s+(?:now|today|this\s+week)|"
    r"editor['’]?s['’]?\s+picks?|don['’]t\s+miss|around\s+the\s+web"
    r")\s*(?::|\.{3}|…)?\s*$",
    re.IGNORECASE,
)
# An item of such a list: a bullet mark at its start or between items
# ("* Mayor quits *Council meets"; a dash only at its start, a dash inside a
# line is prose's); else a line that ends in no sentence's full stop (a headline, a
# citation closing with its date).  A paragraph of prose (a full stop, no
# bullet) ends the list: the story goes on.
_LIST_MARK = re.compile(r"(?:^|\s)[" + BULLET_MARKS.strip("–-") + r"]|^[–-]\s")
_PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def link_list(lines: list[str]) -> set[int]:
    """The indexes of the lines that are a list of links: a ``LINK_LIST_HEADING``
    line and the items under it, up to the first paragraph of prose."""
    found: set[int] = set()
    listing = False
    for i, line in enumerate(lines):
        s = line.strip()
        if LINK_LIST_HEADING.match(s):
            listing = True
        elif not listing or (_PROSE_END.search(s) and not _LIST_MARK.search(s)):
            listing = False
            continue
        found.add(i)
    return found


def walled(paragraphs: list[str]) -> bool:
    """Are the story paragraphs of a page (five words or more, not furniture)
    all a consent banner's or a sign-in wall's, one addressing the reader?"""
    gates = [p for p in paragraphs if GATE_TOPIC.search(p) and not REPORTED.search(p)]
    return bool(paragraphs) and len(gates) == len(paragraphs) and any(READER.search(p) for p in gates)


def _latin_share(s: str) -> float:
    """The share of the line's letters that are Latin ones (1.0 without letters).

    Every ASCII letter is Latin, so only the letters outside ASCII are named
    one by one (and each name is asked once: ``_is_latin``); the ASCII ones
    are counted by deleting them (``str.translate``).  Before, every letter
    of the first prose line of every article was named, the screen's
    largest cost (docs/benchmarks.md, 2026-12-07)."""
    if s.isascii():
        return 1.0  # its letters, if any, are all Latin
    ascii_letters = len(s) - len(s.translate(_ASCII_LETTERS))
    others = [c for c in s if c > "\x7f" and c.isalpha()]
    if not others:
        return 1.0
    latin = ascii_letters + sum(map(_is_latin, others))
    return latin / (ascii_letters + len(others))


# Deletes the ASCII letters (``str.translate``), which are the ASCII characters ``str.isalpha`` holds.
_ASCII_LETTERS = dict.fromkeys(c for c in range(128) if chr(c).isalpha())


@functools.lru_cache(maxsize=4096)
def _is_latin(c: str) -> bool:
    return "LATIN" in unicodedata.name(c, "")


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
    if CALL_TO_ACTION.match(s):
        return True
    if len(s) < 400 and COOKIE_BANNER.match(s):
        return True
    if buttons(s):
        return True
    if _latin_share(s) < 0.5:
        return True
    if s.startswith("{") or s.startswith("<"):
        return True
    return False


def buttons(s: str) -> bool:
    """A row of page buttons between separators ("Subscribe | Log in")."""
    if not BUTTON_MARK.search(s):
        return False
    parts = [p for p in BUTTON_SEPARATORS.split(s) if p]
    return len(parts) >= 2 and all(FURNITURE_LINE.match(p) for p in parts)


def is_desk_line(s: str) -> bool:
    """Furniture even in a clean body: a line that is only the byline's date
    ("Published: Tuesday, July 15, 2025", else a heading's claim by
    "Published"), the byline alone, a desk's note under the story or a call
    to action ("Sign up for our newsletter"), which trafilatura keeps.  The wider furniture
    test is not applied to clean bodies: its "Cookies ..." line and Latin
    share would take a story's own sentences."""
    s = s.strip()
    return (BYLINE_DATE.match(s) is not None or is_desk_note(s) or CALL_TO_ACTION.match(s) is not None
            or byline_only(s))


def byline_only(s: str) -> bool:
    """A line that is the byline alone ("By Ann Lee", "By Ann Lee, Health
    Reporter"), as trafilatura keeps it atop a clean body: no full stop at its
    end, so "By Monday, the fees had doubled." stays a sentence.  Markdown's
    emphasis around it ("*By Ann Lee*") is no part of it."""
    if len(s) > 100:
        return False
    s = s.strip().strip("*_")
    return BYLINE.match(s) is not None and not TERMINAL.search(s)


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
