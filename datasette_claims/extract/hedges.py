"""Unattributed hedges: "X reportedly did Y", "is said to", "allegedly".

Why separate: there is no source at all; the hedge word is the cue and the
sourcing is ``unattributed_hedged``.  Runs last so a hedge inside an
attributed claim's content is not reported twice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import claim_index
from . import patterns as P
from .lexicon import HEARSAY_RE
from .context import Ctx, content_quote_type, inside_quote, make_claim, narration_matches, right_content, unit_of

# a subordinate lead-in before the hedged clause: "When the vote ended, delegates reportedly ..."
_SUB_LEAD = re.compile(r"(?:When|Though|Although|As|After|While|If|Since|Because|Before|Even\s+as|For\s+all|"
                       r"Despite|Once|Until|Unless|To|By|During|Amid|Given|Like|Unlike|Without)\b"
                       r"[^;:\"\u201c\u201d]{3,200}?,\s+(?=[A-Za-z])")
_PAREN_LEAD = re.compile(r"[^()]*\(\s*")
_WITH_LEAD = re.compile(r"With\s+(?=\S)")
_CONJ_VP = re.compile(r"\b(?:and|but)\s+(?=(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:been\s+)?$)")
# a relative pronoun (and an adverb) right before the hedge opens its clause
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|what)\s+(?:[a-z]+ly\s+)?$")
# a clause joined to an earlier one, before the hedge
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|yet)\s+(?=\S)")
# a coordinated or appended clause after the hedged one
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|only|so|yet|while|whereas|even|though|although|as|when|with|which|"
                          r"whose|where|[a-z]+ing)\b|\s[-\u2013\u2014]+\s|[;:]\s|\s(?:when|because)\s")
_CAP_HEDGE = re.compile(r"(?:Reportedly|Allegedly|Supposedly|Purportedly),\s+")



def hedged_sentences(ctx: Ctx) -> None:
    """Unattributed hearsay: "North Korea reportedly fired ..."."""
    _hearsay_claims(ctx)
    _title_case_hedges(ctx)
    _lead_hedges(ctx)


# What every HEARSAY_RE match holds: one of its adverbs, its passive verb and
# "to", or a form of "seem"/"appear".  The regex runs only in the sentences that
# hold one of these: a scan of the whole body with it
# tries its alternatives at every word, and "seems", "expected to" are in most
# articles.
# Each anchor is a literal head and the pattern that must match where the head
# is: ``str.find`` looks for the head (a fast search, half the instructions of
# the regex engine's own prefix search) and the pattern is tried only there, so
# "said\nto" split by a line break is still found.
class _Anchor(NamedTuple):
    head: str
    pattern: re.Pattern


_ANCHORS = tuple(_Anchor(h, re.compile(a)) for h, a in (
    ("reportedly", "reportedly"), ("allegedly", "allegedly"), ("purportedly", "purportedly"),
    ("supposedly", "supposedly"), ("said", r"said\s+to\b"), ("reported", r"reported\s+to\b"),
    ("alleged", r"alleged\s+to\b"), ("rumo", r"rumou?red\s+to\b"), ("understood", r"understood\s+to\b"),
    ("expected", r"expected\s+to\b"), ("seem", "seem"), ("appear", "appear")))


def _next_hit(text: str, anchor: _Anchor, start: int, hi: int) -> int:
    """Where ``anchor`` next matches in ``text[start:hi]``, or -1."""
    pos = text.find(anchor.head, start, hi)
    while pos >= 0 and anchor.pattern.match(text, pos, hi) is None:
        pos = text.find(anchor.head, pos + 1, hi)
    return pos


def _hearsay_matches(ctx: Ctx):
    """``(match, unit_start, unit_end)`` of HEARSAY_RE in narration, in text order."""
    if not ctx.paras:
        return
    text, lo, hi = ctx.text, ctx.paras[0][0], ctx.paras[-1][1]
    units = set()
    for anchor in _ANCHORS:
        pos = _next_hit(text, anchor, lo, hi)
        while pos >= 0:
            unit = unit_of(ctx, pos)
            if unit is not None:
                units.add(unit)
            pos = _next_hit(text, anchor, max(pos + 1, unit[1] if unit else 0), hi)
    for us, ue in sorted(units):
        for m in HEARSAY_RE.finditer(text, us, ue):
            if not inside_quote(ctx, m.start()):
                yield m, us, ue


def _hearsay_claims(ctx: Ctx) -> None:
    """ "North Korea reportedly fired ...", "The mayor is said to have ..."."""
    text = ctx.text
    for m, us, ue in _hearsay_matches(ctx):
        if claim_index.covers(ctx, m.start()):
            continue
        cs = _hedged_start(text, m, us)
        ce = _hedged_end(ctx, m, ue)
        if "(" in text[us:cs] and ")" in text[cs:ce]:
            ce = text.index(")", cs, ce)
        ce = _trimmed_end(text, cs, ce)
        if ce is None or claim_index.cue_in(ctx, cs, ce):
            continue
        c = make_claim(ctx, cs, ce, None, (m.start(), m.end()), "hedge.unattributed", 0.5,
                  quote_type=content_quote_type(ctx, cs, ce, None, False), lemma=None,
                  stance="assertion")
        if c:
            c.sourcing = "unattributed_hedged"
            c.hedges = [m.group().lower()]
            c._hedged = True


def _trimmed_end(text: str, cs: int, ce: int) -> int | None:
    """The clause's end with its final stop and spaces cut off, or None when
    what is cut is a question mark ("What seems to be the most effective?",
    an interviewer's question): a question asserts nothing, so its "seems"
    or "reportedly" is no one's hearsay and no claim."""
    end = ce
    while end > cs and text[end - 1] in " .!?\n":
        end -= 1
    return None if "?" in text[end:ce] or text.startswith("?", ce) else end


def _hedged_start(text: str, m: re.Match, us: int) -> int:
    """Where the hedged clause starts: after a lead-in, at its verb phrase or
    at the relative pronoun that opens it."""
    cs = us
    lead = re.match(r"(?:[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+){0,5}),\s+", text[us:m.start()])
    if lead and not re.search(r"\b(?:said|says)\b", lead.group()):
        cs = us + lead.end()
    else:
        sub = _SUB_LEAD.match(text, us, m.start()) or _PAREN_LEAD.match(text, us, m.start()) \
            or _WITH_LEAD.match(text, us, m.start())
        if sub is not None and len(text[sub.end():m.start()].split()) >= 1:
            cs = sub.end()
    conj = _CONJ_VP.search(text, cs, m.start())
    if conj is not None:
        # "He won praise and was reportedly threatened": the hedged verb phrase
        cs = conj.end()
    joins = list(_JOINED_CLAUSE.finditer(text, us, m.start()))
    if joins and cs <= joins[-1].end() < m.start():
        # "It has 32 sponsors, and the bill is expected to pass": the second clause
        cs = joins[-1].end()
    rel = _RELATIVE_BEFORE.search(text, cs, m.start())
    if rel is not None:
        # "delegates who are expected to back her": the relative clause is the claim
        cs = rel.start()
    return cs


def _hedged_end(ctx: Ctx, m: re.Match, ue: int) -> int:
    """Where the hedged clause ends: the complement's cut, or a clause joined after it."""
    ce = ue
    rc = right_content(ctx, m.end(), ue)
    if rc is not None:
        ce = rc[1]
    join = _NEXT_CLAUSE.search(ctx.text, m.end(), ce)
    if join is not None:
        # "The plan seemed to work, and the town ...": the hedge covers its own clause
        ce = join.start()
    return ce


def _lead_hedges(ctx: Ctx) -> None:
    text = ctx.text
    if not P.any_joined(text, "edly, ", heads=("eport", "lleg")):  # ("reportedly, ", "allegedly, ")
        return
    # "Reportedly, the ferry sank.": the hedge opens the sentence
    for m, us, ue in narration_matches(ctx, _CAP_HEDGE):
        if m.start() != us or claim_index.covers(ctx, m.start()):
            continue
        rc = right_content(ctx, m.end(), ue)
        if rc is None or claim_index.cue_in(ctx, rc[0], rc[1]):
            continue
        cue_e = m.end() - len(m.group()) + len(m.group().rstrip(", "))
        c = make_claim(ctx, rc[0], rc[1], None, (m.start(), cue_e), "hedge.unattributed", 0.5,
                  quote_type=content_quote_type(ctx, rc[0], rc[1], None, False), lemma=None,
                  stance="assertion")
        if c:
            c.sourcing = "unattributed_hedged"
            c.hedges = [m.group().rstrip(", ").lower()]
            c._hedged = True


# "Mayor Reportedly Plans Exit": a hedge in a headline written In Title Case
_TITLE_STEMS = ("Report", "Alleg", "Purport", "Suppos")  # (and "edly": the words of _TITLE_HEDGE)
_TITLE_HEDGE = re.compile(r"(?<=[A-Za-z] )(?:Reportedly|Allegedly|Purportedly|Supposedly)(?= [A-Z])")


def _title_case_hedges(ctx: Ctx) -> None:
    """The whole headline is the hedged claim: no source, the hedge is the cue."""
    text = ctx.text
    if not P.any_joined(text, "edly", heads=_TITLE_STEMS):
        return  # (_TITLE_HEDGE opens with a look-behind: a scan tries every position)
    for m, us, ue in narration_matches(ctx, _TITLE_HEDGE):
        if claim_index.covers(ctx, m.start()) or claim_index.cue_in(ctx, us, ue):
            continue
        ce = _trimmed_end(text, us, ue)
        if ce is None:
            continue
        c = make_claim(ctx, us, ce, None, (m.start(), m.end()), "hedge.unattributed", 0.5,
                       quote_type="indirect", lemma=None, stance="assertion")
        if c:
            c.sourcing = "unattributed_hedged"
            c.hedges = [m.group().lower()]
            c._hedged = True
