"""Poll data: sourced to the poll that gathered it.

"48% said they would vote", "a majority of respondents said", "four in 10
voters" read like a crowd's claims, but are a poll's findings: their
sourcing is ``document``, and their speaker the poll or pollster last named
before the share ("the Clarion poll"), else no one.  A sentence opened by a
poll ("In a Clarion poll, ...", rule ``poll.lead``) is the poll's too.
"""

from __future__ import annotations

import re

from ..models import Claim
from .lexicon import SENTENCE_OPENERS

_SHARE_HEDGE = (r"(?:(?:only|just|about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|"
                r"fewer\s+than|a\s+total\s+of|an\s+average\s+of)\s+)?")
# "four in 10", "three out of four", "Nearly nine out of 10": a proportion, which
# only a count of answers gives -- poll data whoever it counts ("doctors")
_PROPORTION = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
               r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b")
_PROPORTION_SHARE = re.compile("(?i)" + _SHARE_HEDGE + _PROPORTION + r"(?!\s+(?:years?|months?|days?|weeks?)\b)")
# "48% said", "About 48 percent", "a majority of respondents", "half of those
# questioned", "four in 10 voters": a poll's share, whose words are poll data
_POLL_SHARE = re.compile(
    "(?i)" + _SHARE_HEDGE +
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:[a-z]+(?:-[a-z]+)?\s+)(?:percent|per\s+cent)\b|"
    r"(?:a|the)\s+(?:slim\s+|large\s+|clear\s+|narrow\s+)?(?:majority|minority|plurality)\b|"
    + _PROPORTION + "|"
    r"half|(?:a|one|two)\s+(?:third|quarter)s?|(?:two|three)[- ](?:thirds|quarters))"
    r"(?:\s.*)?")
# (no IGNORECASE and no leading \b: the engine skips to a possible first letter)
_RESPONDENTS = re.compile(r"(?:[Rr]espondents|surveyed|polled|questioned|interviewed|[Vv]oters|[Aa]dults|"
                          r"those\s+asked|[Pp]articipants)\b|%|per\s*cent\b")
# a poll or survey named by its pollster or outlet: "the Clarion poll", "a Kelp/Roe survey"
# ("the Kelp News national poll": the name without its descriptors, "Kelp News poll")
_NAMED_POLL = re.compile(r"(?P<name>(?:(?!(?:A|An|The|In|This|That|These|Its|Their|Of|By|From)\b)"
                         r"[A-Z][\w.&'\u2019/-]*[ \t]+){1,5})(?:[a-z]+[ \t]+){0,2}(?P<noun>[Pp]oll|[Ss]urvey)\b")
POLL_REACH = 3000  # characters back from a share to the poll that reported it (often named in the lead)


def poll_sources(ctx, claims: list[Claim]) -> None:
    """Poll data is sourced to the poll: a share of respondents ("48% said
    they would ...", "a majority of respondents said") and a sentence opened by
    a poll are ``document``, spoken by the poll or pollster last named before
    it ("the Clarion poll"), else by no one."""
    text, respondents = ctx.text, _RESPONDENTS.search
    for c in claims:
        # (cheap tests first: this runs for every claim, and a share is never a named person)
        src = c.source
        if src is None or c.sourcing == "named_person" or c.via:
            continue
        if c.rule == "poll.lead":
            named = _NAMED_POLL.search(src.text)
            c.sourcing, c.speaker = "document", (_poll_name(named) if named else None) or c.speaker
            continue
        mention = src.text.strip()
        if _bare_fraction_of_poll(text, src.start, mention):
            named = list(_NAMED_POLL.finditer(text, max(0, src.start - POLL_REACH), src.end))
            c.sourcing, c.speaker, c.speaker_role = "document", _poll_name(named[-1]) if named else None, None
            continue
        if (respondents(mention) is None and _PROPORTION_SHARE.match(mention) is None) \
                or not _poll_share(text, src.start, mention):
            continue
        named = list(_NAMED_POLL.finditer(text, max(0, src.start - POLL_REACH), src.end))
        c.sourcing, c.speaker, c.speaker_role = "document", _poll_name(named[-1]) if named else None, None


# the share the source search left out ("Only 52 percent of registered | voters")
_SHARE_OF_BEFORE = re.compile(r"(?i)(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|\b(?:majority|minority|half|thirds?|"
                              r"quarters?))\s+of\s+(?:[\w-]+\s+){0,2}$")


# "A third", "Two-thirds", "Nearly half": a fraction that is the whole source, a share of those asked
_BARE_FRACTION = re.compile("(?i)" + _SHARE_HEDGE + r"(?:half|(?:a|one|two)\s+(?:third|quarter|fifth)s?|"
                            r"(?:two|three|four)[- ](?:thirds|quarters|fifths))")
_POLL_WORD = re.compile(r"(?i)\b(?:poll|polls|survey|surveyed|polled|questioned|respondents)\b")


def _bare_fraction_of_poll(text: str, start: int, mention: str) -> bool:
    """Is the source only a fraction ("A third said", "Nearly half said") after a
    poll or survey within reach before it?  A poll's share then, as "four in 10"."""
    return _BARE_FRACTION.fullmatch(mention) is not None and \
        _POLL_WORD.search(text, max(0, start - POLL_REACH), start) is not None


def _poll_share(text: str, start: int, mention: str) -> bool:
    """Is a source mention that names respondents a poll's share of them, whole or cut?"""
    return _POLL_SHARE.fullmatch(mention) is not None or (
        _SHARE_OF_BEFORE.search(text, max(0, start - 40), start) is not None)


def _poll_name(m: re.Match) -> str | None:
    """ "Kelp News national poll" -> "Kelp News poll"; a name that is only a
    sentence opener ("Also poll") names no poll."""
    words = m.group("name").split()
    while words and words[0].lower() in _NOT_POLL_NAMES:
        words.pop(0)
    return " ".join(words + [m.group("noun").lower()]) if words else None


_NOT_POLL_NAMES = SENTENCE_OPENERS | {"also", "however", "meanwhile", "but", "and", "yet", "still", "then", "now",
                                      "according", "after", "before", "since", "while", "when", "if", "as"}
