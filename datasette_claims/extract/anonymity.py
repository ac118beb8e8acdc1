"""The anonymity formulas of wire copy, and the reason a source was granted it.

Why a module of its own: "officials who spoke on condition of anonymity said",
"a senior official who asked not to be named said", "speaking on condition of
anonymity, a diplomat said" are fixed formulas, but they contain words the cue
finder takes for reporting verbs ("spoke", "asked", "declined") and a relative
clause the source walker stops at.  So the formulas are found once per
article, the cue words inside them are taken out of the cue hits (they are
part of the source, not a cue of their own), the source walker steps over a
formula that ends right before a cue, and the stated reason ("because they
were not authorised to discuss the talks") is read from the formula of the
claim's own sentence, or from a sentence that follows and names those sources
again as its subject ("Both spoke on condition of anonymity because ...",
"The official was not authorised to speak publicly"): ``follow_ups``.  A
later sentence about somebody else's anonymity never reaches a named
speaker's claim.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .patterns import word_start

# What a relative clause or a lead participle says about anonymity.
_CORE = (
    r"(?:(?:spoke|speaking|talked|talking|were\s+speaking|was\s+speaking)"
    r"(?:\s+to\s+[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+)?)?\s+(?:only\s+)?"
    r"(?:on\s+(?:the\s+)?(?:condition|grounds)\s+(?:of|that)\s+(?:anonymity|(?:they|he|she)\s+(?:not\s+be|remain)\s+"
    r"(?:named|identified|anonymous))|anonymously|on\s+background|under\s+(?:the\s+)?cover\s+of\s+anonymity)"
    r"|(?:asked|requested|declined|refused|did\s+not\s+want|didn['\u2019]t\s+want|preferred|wished)\s+"
    r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted(?:\s+by\s+name)?|further\s+identified|"
    r"publicly\s+identified)(?:\s+by\s+name)?"
    r"|(?:requested|asked\s+for|insisted\s+on|was\s+granted|were\s+granted|sought)\s+anonymity"
    r"|(?:is|was|are|were)\s+not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+"
    r"(?:speak|talk|comment|discuss)[^,.;:\"\u201c\u201d]{0,60}?(?=\s+(?:said|says|told|and|because|since)\b|[,.;]|$))")
# ("(?:\s*,)?\s+", not "\s*,?\s+": the same strings, without trying every split of a
# long run of spaces, which took 79 s on 12,000 tabs before "because")
_REASON = (r"(?:(?:\s*,)?\s+(?P<reason>(?:because|since|as|citing|to\s+avoid|for\s+fear)\b"
           r"[^,.;:\"\u201c\u201d]{3,160}?))?")
# (a participle or adverbial phrase runs to its comma: the reason is all of it)
_REASON_TO_COMMA = (r"(?:(?:\s*,)?\s+(?P<reason>(?:because|since|as|citing|to\s+avoid|for\s+fear)\b"
                    r"(?:(?!\s(?:said|says|told|tells|added|wrote)\b)[^,.;:\"\u201c\u201d]){3,160}))?")


# "who spoke on condition of anonymity because ...": a relative clause after the source noun.
RELATIVE = re.compile(word_start(("who", "that"), ignore_case=True) + r"\s+" + _CORE + _REASON +
                      r"(?=\s*(?:,|said|says|told|tells|added|confirmed|explained|noted|warned|stressed|"
                      r"insisted|described|acknowledged|cautioned|predicted|wrote|[.;:]|$))", re.IGNORECASE)
# "Speaking on condition of anonymity, a senior official said": a participle before or after the clause.
PARTICIPLE = re.compile(word_start(("speaking", "talking"), ignore_case=True) +
                        r"\s+(?:to\s+[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+)?\s+)?"
                        r"(?:only\s+)?(?:on\s+(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity|anonymously|"
                        r"on\s+background|under\s+(?:the\s+)?cover\s+of\s+anonymity)" + _REASON_TO_COMMA, re.IGNORECASE)
# "..., on condition of anonymity," / "on condition they not be named": a bare adverbial.
ADVERBIAL = re.compile(word_start(("on",), ignore_case=True) +
                       r"\s+(?:the\s+)?condition\s+(?:of\s+anonymity|(?:that\s+)?"
                       r"(?:they|he|she)\s+(?:not\s+be|remain)\s+(?:named|identified|anonymous))" + _REASON_TO_COMMA,
                       re.IGNORECASE)

# A sentence that follows the claims and is only about their sources' anonymity:
# its subject points back ("Both", "They", "The officials", "He").
_BACK_SUBJECT = (r"(?P<subject>(?:[Bb]oth|[Aa]ll|[Tt]hey|[Hh]e|[Ss]he|[Ee]ach|[Nn]either)(?:\s+of\s+them)?|"
                 r"(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five|several)\s+)?(?:[a-z]+\s+){0,2}?"
                 r"(?P<noun>officials?|sources?|diplomats?|people|persons?|officers?|aides?|executives?|"
                 r"employees?|insiders?|advisers?|advisors?|lawmakers?|staffers?|analysts?|members?))")
_BACK_SUBJECT_RE = re.compile(_BACK_SUBJECT + r"\s+(?:both\s+|all\s+|each\s+|had\s+|have\s+)?")
_FOLLOW_CORE = re.compile(_CORE + _REASON_TO_COMMA + r"\s*[.;]", re.IGNORECASE)
# words every follow-up formula holds (a cheap screen before any pattern runs)
_FOLLOW_HINTS = ("anonym", " to be named", " to be identified", "not authori", "on background", " be quoted")
_SINGULAR = {"he", "she", "each", "neither"}


@dataclass(frozen=True)
class FollowUp:
    """A sentence that states the anonymity of the sources just before it."""

    start: int          # where the sentence starts: the claims it covers come before
    reason: str         # the stated reason, or the formula itself
    singular: bool      # "He ...", "The official ...": the last such claim only


def follow_ups(text: str, sentence_start) -> list[FollowUp]:
    """Every follow-up anonymity sentence of an article, in order: a sentence
    that holds a formula and opens with a subject that points back.
    ``sentence_start(pos)`` is where the extraction's sentence holding ``pos``
    starts (None outside any)."""
    starts = set()
    for hint in _FOLLOW_HINTS:
        k = text.find(hint)
        while k >= 0:
            start = sentence_start(k)
            if start is not None:
                starts.add(start)
            k = text.find(hint, k + len(hint))
    found = []
    for start in sorted(starts):
        lead = _BACK_SUBJECT_RE.match(text, start)
        m = _FOLLOW_CORE.match(text, lead.end()) if lead is not None else None
        if m is None:
            continue
        subject = lead.group("subject").lower()
        noun = lead.group("noun") or ""
        singular = subject in _SINGULAR or (bool(noun) and not noun.endswith("s") and noun != "people")
        reason = (m.group("reason") or "").strip() or _LEAD_SUBJECT.sub("", text[start:m.end()].rstrip(" .;")).lower()
        found.append(FollowUp(start, reason, singular))
    return found


_LEAD_SUBJECT = re.compile(r"^\S+(?:\s+\S+)*?\s+(?=(?:spoke|speaking|talked|asked|requested|declined|refused|did|"
                           r"didn|preferred|wished|insisted|was|were|is|are|sought)\b)")


def has_formula(text: str) -> bool:
    """A cheap test that a text may contain an anonymity formula at all.  (Each
    formula's word is "authorized"/"authorised": "the port authority" holds none.)"""
    return ("anonym" in text or "named" in text or "identified" in text or "authoriz" in text or "authoris" in text
            or "on background" in text or "to be quoted" in text)


# The word each of the last two formulas cannot match without (they are matched
# ignoring case); one in ten articles that may hold a formula holds either.
_NEEDS = ((PARTICIPLE, ("speaking", "talking")), (ADVERBIAL, ("condition",)))
# Characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower``
# does not lower to one (dotted and dotless i, long s, the Kelvin sign): a text
# holding one is searched with every formula, as before.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def formula_spans(text: str) -> list[tuple[int, int]]:
    """Every anonymity formula of the text as (start, end), in order."""
    if not has_formula(text):
        return []
    spans = []
    low = None if not text.isascii() and _ODD_CASE.search(text) else text.lower()
    # (a formula whose word the text lacks is not searched for: two of the three
    # scans of the whole text saved in nine articles out of ten)
    regexes = [RELATIVE] + [rx for rx, words in _NEEDS if low is None or any(w in low for w in words)]
    for rx in regexes:
        # the formula without its stated reason: a reason may hold a cue of its
        # own ("because she feared her employer would ...")
        spans.extend((m.start(), m.start("reason") if m.group("reason") else m.end()) for m in rx.finditer(text))
    return sorted(spans)


def screen_cues(ctx) -> None:
    """Take the words of anonymity formulas out of the cue hits ("asked not to be
    named", "declined to be identified", "spoke on condition ...")."""
    spans = formula_spans(ctx.text)
    ctx.anon_spans = spans
    if not spans:
        return
    starts = [s for s, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]
    ctx.cue_hits = [[m for m in hits if not inside(m.start())] for hits in ctx.cue_hits]


def relative_before(text: str, lo: int, cue_start: int):
    """The relative anonymity clause ending right before a cue, or None.

    "officials who spoke on condition of anonymity [because ...] said": the
    match's start is where the source noun phrase ends."""
    if "anonym" not in text[lo:cue_start] and "named" not in text[lo:cue_start] \
            and "identified" not in text[lo:cue_start] and "authori" not in text[lo:cue_start] \
            and "background" not in text[lo:cue_start] and "quoted" not in text[lo:cue_start]:
        return None
    last = None
    for m in RELATIVE.finditer(text, lo, cue_start):
        last = m
    if last is None or text[last.end():cue_start].strip(" ,"):
        return None
    return last


def participle_before(text: str, lo: int, cue_start: int):
    """The participle or adverbial anonymity formula ending right before a cue,
    commas aside, or None: "a ministry official, speaking on condition of
    anonymity because he was not authorised to talk to the press, said": the
    match's start is where the source's noun phrase and its comma end."""
    if "anonym" not in text[lo:cue_start] and "background" not in text[lo:cue_start] \
            and "named" not in text[lo:cue_start] and "identified" not in text[lo:cue_start]:
        return None
    last = None
    for rx in (PARTICIPLE, ADVERBIAL):
        for m in rx.finditer(text, lo, cue_start):
            if not text[m.end():cue_start].strip(" ,") and (last is None or m.start() < last.start()):
                last = m
    return last


def reason_for(text: str, start: int, end: int) -> str | None:
    """The stated reason for anonymity in text[start:end] (one sentence's source
    and its adjuncts), or "anonymity" when a formula gives none."""
    if not has_formula(text[start:end]):
        return None
    for rx in (RELATIVE, PARTICIPLE, ADVERBIAL):
        m = rx.search(text, start, end)
        if m is not None:
            reason = (m.group("reason") or "").strip()
            return reason or _LEAD_REL.sub("", m.group()).strip(" ,").lower()
    return None


_LEAD_REL = re.compile(r"^(?:who|that)\s+", re.IGNORECASE)


def strip_formula(mention: str) -> str:
    """The source description without its anonymity clause ("a senior official")."""
    m = RELATIVE.search(mention)
    if m is None or m.start() == 0:
        return mention
    return mention[:m.start()].rstrip(" ,")
