"""Nested attribution: "media reports citing an official as saying that ...".

Why separate: the claim has two sources -- the embedded speaker (``source``)
and the relaying medium (``via``) -- and a date from the embedded time
expression, which no other rule produces; the anchor ("as saying") is rare and
guarded by a substring test.
"""

from __future__ import annotations

import re

from . import patterns as P
from . import when
from .context import (Ctx, content_quote_type, inside_quote, make_claim, narration_matches, quote_closing_before,
                      right_content, take_cues, unit_of)
from .sources import left_noun, left_source


# what follows "as" in the cue of AS_SAYING_RE (" as saying", " as having said", ...)
_AS_CUE_WORDS = (*P.AS_SAYING_VERBS, "having ")


def as_saying(ctx: Ctx) -> None:
    """Nested: "X dismissed media reports citing an official ... as saying that Y"."""
    text = ctx.text
    if not P.any_joined(text, " as ", tails=_AS_CUE_WORDS):
        return
    for m, us, ue in narration_matches(ctx, P.AS_SAYING_RE):
        who_s, who_e = m.start("who"), m.end("who")
        tm = when.find_time(text, who_s, who_e)
        who_e = _before_time(text, who_s, who_e, tm)
        # the reporting party before "citing": "media reports citing"
        left = left_noun(text, us, m.start())
        if left is None:
            continue
        via_s, via_e = _via_before_time(text, us, left)
        q_before = _relayed_quote_before(ctx, m, left[0], who_s, who_e, ue)
        rc = None if q_before is not None else right_content(ctx, m.end("cue"), ue)
        if not rc and q_before is None:
            continue
        take_cues(ctx, m.start("cue"), m.end("cue"))
        ctx.cue_taken.add(m.start("verb"))
        if q_before is not None:
            c = make_claim(ctx, q_before.start, q_before.end, (via_s, who_e), (m.start("cue"), m.end("cue")),
                           "nested.citing_as_saying", 0.8, quote_type="direct", lemma="say", stance="assertion")
            if c:
                ctx.used_quotes[q_before.open_at] = c
        else:
            c = make_claim(ctx, rc[0], rc[1], (via_s, who_e), (m.start("cue"), m.end("cue")),
                           "nested.citing_as_saying", 0.8,
                           quote_type=content_quote_type(ctx, rc[0], rc[1], "say", True),
                           lemma="say", stance="assertion")
        if c:
            c._nested = (text[via_s:via_e], text[who_s:who_e], tm)


# a pronoun as the one quoted ("Reuters quoted him as saying"): left to the
# quotation's own reading, as the relay gives no name to resolve it by here
_QUOTED_PRONOUN = re.compile(r"(?:him|her|them|it|me|us)$", re.IGNORECASE)


def _relayed_quote_before(ctx: Ctx, m: re.Match, via_start: int, who_s: int, who_e: int, ue: int):
    """(round 51) '"The port is safe," the Kelp Herald quoted Jo Roe as saying.':
    the relay is the quotation's trailer, so the quotation that closes with a
    comma (or ? !) right before the outlet is what the one quoted said; the
    sentence ends after the cue (a place or time at most).  Only "quotes" and
    "quoted": "citing" after a quotation follows a speaker's own trailer."""
    if not m.group("verb").startswith("quot") or _QUOTED_PRONOUN.match(ctx.text, who_s, who_e):
        return None
    text = ctx.text
    q = quote_closing_before(ctx, via_start)
    if q is None or text[q.end - 1:q.end] not in ",?!" and not text.startswith(",", q.close_at) \
            or not _RELAY_REST.match(text, m.end("cue"), ue):
        return None
    # the quotation opens the sentence: not a phrase quoted inside it ('were charged with "civil
    # offenses", the agency quoted a source as saying': the whole sentence is the relayed words)
    k = q.open_at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return q if k == 0 or text[k - 1] in "\n.!?\"\u201d" else None


def _via_before_time(text: str, us: int, left: tuple[int, int]) -> tuple[int, int]:
    """The relaying party without the time after it ("the Kelton Gazette
    yesterday quoted": the time is when it quoted); a time the noun walk
    stopped at ("A Kelp report yesterday quoted") leaves the noun before it."""
    via_s, via_e = left
    tm = when.find_time(text, via_s, via_e)
    end = _before_time(text, via_s, via_e, tm)
    if end > via_s:
        return via_s, end
    before = left_noun(text, us, tm.start()) if tm is not None and tm.start() > us else None
    return before if before is not None else left


def _before_time(text: str, start: int, end: int, tm) -> int:
    """The end of a span with the time expression ``tm`` that closes it cut off
    ("an official on Monday", "the Gazette yesterday")."""
    if tm is None or tm.end() != end:
        return end
    end = tm.start()
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


# (first letter, then a look-behind for the word boundary before it: same matches as a
# leading \b, but the engine can skip ahead to that letter)
# ("quoted saying" without "as", and "as having said", are the same frame; "reported" only
# with "as having", in a pattern of its own that runs only when the text has " as having ")
_HAVING_SAID = r"as\s+having\s+(?:also\s+)?(?:said|told\s+\w+|written|stated|claimed)"


def _passive_relay(verb: str, cue: str) -> re.Pattern:
    return re.compile(
        r"(?:w(?<!\w.)as|w(?<!\w.)ere|i(?<!\w.)s|a(?<!\w.)re|h(?<!\w.)as\s+been|h(?<!\w.)ave\s+been|h(?<!\w.)ad\s+been)"
        r"\s+(?:also\s+)?(?:\w+ly\s+)?" + verb
        + r"(?:\s+by\s+(?P<by>[^,.;:\"\u201c]{2,80}?))?(?:\s+(?:in|on)\s+[^,.;:\"\u201c]{2,60}?)?"
        + r"\s+(?P<cue>" + cue + r")\b")


_QUOTED_AS = _passive_relay("quoted", r"(?:as\s+)?(?:" + P.AS_SAYING_ALT + r")|" + _HAVING_SAID)
_REPORTED_AS_HAVING = _passive_relay("reported", _HAVING_SAID)
# "Jo Roe is reported by the Kelp Times as saying that ...": the one reported speaks, the outlet relays
_AS_SAYING_HINT = re.compile(r"(?:reported|cited)\b[^.;:\"\u201c]{0,90}?\sas\s+"
                             r"(?:" + "|".join(P.AS_SAYING_VERBS) + r")")
_REPORTED_AS_SAYING = _passive_relay(r"(?:reported|cited)", r"as\s+(?:" + P.AS_SAYING_ALT + r")")


_TRAILER_REST = re.compile(r"\s*(?:(?:in|on|by|at|to|during|after)\b[^\"\u201c\u201d.;:]{0,60})?[.!?]?\s*$")
# what may follow "as saying" when a relay closes the sentence: a day ("as saying Monday"),
# a place or a time after a preposition, the full stop
_RELAY_REST = re.compile(r"\s*(?:(?:on\s+|last\s+|this\s+)?(?:" + P.WEEKDAY_ALT + r"|yesterday|today|tonight)\b)?"
                         + _TRAILER_REST.pattern)


def quoted_as_saying(ctx: Ctx) -> None:
    """Passive: "The mayor was quoted (by the Herald) as saying the bridge was unsafe".

    The subject is the speaker; a "by" phrase names the outlet that relayed
    the words, which becomes ``via`` like the nested "citing X as saying".
    """
    text = ctx.text
    if " quoted " in text:
        _passive_relays(ctx, _QUOTED_AS)
    if " as having " in text:
        _passive_relays(ctx, _REPORTED_AS_HAVING)
    if (" reported " in text or " cited " in text) and _AS_SAYING_HINT.search(text):
        _passive_relays(ctx, _REPORTED_AS_SAYING)


def _passive_relays(ctx: Ctx, pattern: re.Pattern) -> None:
    """A claim for each narration match of one passive relay pattern."""
    text = ctx.text
    for m in pattern.finditer(text):
        if inside_quote(ctx, m.start()):
            continue
        unit = unit_of(ctx, m.start())
        if not unit:
            continue
        left = left_source(ctx, unit[0], m.start())
        if left is None:
            continue
        q_before = _trailer_quote(ctx, m, left, unit[1])
        if q_before is not None:
            c = _quoted_trailer(ctx, m, left, q_before)
        else:
            c = _quoted_complement(ctx, m, left, unit[1])
        if c and m.group("by"):
            c.via = m.group("by")


def _trailer_quote(ctx: Ctx, m: re.Match, left, ue: int):
    """The quotation closing with a comma (or ? !) right before the source when
    the sentence ends after the cue: "quoted as saying" is its trailer."""
    text = ctx.text
    q_before = quote_closing_before(ctx, left.start)
    # the comma inside the marks (US style) or right after them (UK style: '"... law", Jo Roe is quoted')
    if q_before is None or text[q_before.end - 1:q_before.end] not in ",?!" \
            and not text.startswith(",", q_before.close_at) \
            or not _TRAILER_REST.match(text[m.end("cue"):ue]):
        return None
    return q_before


def _quoted_trailer(ctx: Ctx, m: re.Match, left, q_before):
    """ '"The bridge is unsafe," the mayor was quoted as saying.': the quotation
    before is the content."""
    take_cues(ctx, m.start(), m.end("cue"))
    c = make_claim(ctx, q_before.start, q_before.end, (left.start, left.end), (m.start(), m.end("cue")),
                   "passive.quoted_as_saying", 0.75, quote_type="direct", lemma="say", stance="assertion")
    if c:
        ctx.used_quotes[q_before.open_at] = c
    return c


def _quoted_complement(ctx: Ctx, m: re.Match, left, ue: int):
    """ "... was quoted as saying the bridge was unsafe": what follows is the content."""
    rc = right_content(ctx, m.end("cue"), ue)
    if not rc:
        return None
    take_cues(ctx, m.start(), m.end("cue"))
    return make_claim(ctx, rc[0], rc[1], (left.start, left.end), (m.start(), m.end("cue")),
                      "passive.quoted_as_saying", 0.75,
                      quote_type=content_quote_type(ctx, rc[0], rc[1], "say", True),
                      lemma="say", stance="assertion")
