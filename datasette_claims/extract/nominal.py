"""Noun cues: "her claim that ...", "his criticism of X", "raised questions about X".

Why separate: the cue is a noun, the source is its possessor (or an "of"/"by"
phrase), and the content is the noun's complement -- none of the verbal
machinery (subjects, inversion, objects of "told") applies.
"""

from __future__ import annotations

import re

from .context import _Ctx, _content_quote_type, _inside_quote, _make, _right_content, _unit_of

_NOMINAL_THAT = re.compile(
    r"(?P<src>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"\s+(?:(?:repeated|latest|recent|earlier|frequent|false|bold|oft-repeated|central|main|core|"
    r"own|public|key|new)\s+)?(?P<cue>claims?|assertions?|arguments?|warnings?|statements?|beliefs?|"
    r"insistence|promises?|pledges?|suggestions?|contention|accusations?|allegations?|charges?|"
    r"complaints?|view|position|prediction|vow|boast|admission|acknowledgment|denial)\s+that\s")
_NOMINAL_CUE = re.compile(
    r"\b(?:claims?|assertions?|arguments?|warnings?|statements?|beliefs?|insistence|promises?|"
    r"pledges?|suggestions?|contention|accusations?|allegations?|charges?|complaints?|view|position|"
    r"prediction|vow|boast|admission|acknowledgment|denial)\s+that\s")


def _nominal_that(ctx: _Ctx) -> None:
    """ "Sanders's claim that he still has a path ...": a noun as the cue."""
    text = ctx.text
    if " that " not in text:
        return
    for hit in _NOMINAL_CUE.finditer(text):
        lo = max(0, hit.start() - 90)
        m = _NOMINAL_THAT.search(text, lo, hit.end())
        while m is not None and m.end() != hit.end():
            m = _NOMINAL_THAT.search(text, m.start() + 1, hit.end())
        if m is None:
            continue
        if _inside_quote(ctx, m.start()):
            continue
        unit = _unit_of(ctx, m.start())
        if unit is None:
            continue
        rc = _right_content(ctx, m.end(), unit[1])
        if rc is None:
            continue
        src_e = m.end("src")
        while src_e > m.start("src") and text[src_e - 1] in "s'\u2019" and text[src_e - 2:src_e] in ("'s", "\u2019s", "s'", "s\u2019"):
            src_e -= 2 if text[src_e - 2:src_e] in ("'s", "\u2019s") else 1
            break
        ctx.cue_taken.add(m.start("cue"))
        _make(ctx, rc[0], rc[1], (m.start("src"), src_e), (m.start("cue"), m.end("cue")),
              "nominal.that", 0.55, quote_type=_content_quote_type(ctx, rc[0], rc[1], "claim", True),
              lemma="claim", stance="stance")


# "his criticism of X", "Trump's attacks on X", "her call for X", "the
# senator's promise to X".  The possessor is the source; the complement is the
# content: after of/on/about/for/against the preposition goes in the cue (as
# PolNeAR marks it), after "to"/"that" it stays in the content.  Only nouns
# that PolNeAR annotates as cues more often than not on the training split
# ("remarks", "comments", "claim", "support" were mostly left unannotated).
_NOUN_CUES = {
    "criticism": "criticize", "attacks": "attack", "call": "call", "calls": "call",
    "promise": "promise", "promises": "promise", "pledge": "pledge", "vow": "vow", "vows": "vow",
    "statement": "say", "accusations": "accuse", "plea": "plead", "questions": "ask",
    "warnings": "warn", "assertion": "claim", "assertions": "claim", "concern": "concern",
    "concerns": "concern", "condemnation": "condemn", "denunciation": "denounce",
}
_NOUN_PREP = re.compile(
    r"(?:\b(?:But|And|During|Like|After|When|While|Even|So|Yet|With|In|On|Of|For|As|To|By|From|Despite|"
    r"Amid|Since|Before|Unlike|Under|Over|At|Although|Though|If|Because)\s+)?"
    r"(?P<src>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)|"
    r"\b[Tt]he\s+(?:[a-z]+\s+)?[a-z]+(?:'s|\u2019s|s'|s\u2019)|"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur))"
    r"\s+(?:(?:[a-z]+ly|[a-z]+-[a-z]+|repeated|latest|recent|earlier|frequent|sharp|harsh|"
    r"fierce|blistering|scathing|withering|personal|public|new|own|renewed|past|early|"
    r"vocal|strong|constant|controversial|inflammatory|incendiary|bold|false|"
    r"angry|pointed|sweeping|tough|many|numerous|several)\s+){0,2}"
    r"(?P<cue>(?P<noun>" + "|".join(sorted(_NOUN_CUES, key=len, reverse=True)) + r")"
    r"(?:\s+(?P<prep>of|on|about|for|against|over|toward|towards))?)"
    r"(?=\s+(?:(?P<link>to|that)\b)?)")
# Where a noun-phrase complement ends: punctuation, a finite verb ("his attacks
# on Lee have hurt him"), a new adjunct clause.
_NP_END = re.compile(r"\s*[,;:(\u2014\u2013]|\s+-\s|\s+(?:is|was|are|were|has|have|had|will|would|"
                     r"could|can|may|might|should|must|did|does|do|came|comes|drew|draws|led|"
                     r"prompted|sparked|made|makes|appeared|seemed|and\s+(?:his|her|their|its|the)|"
                     r"in\s+(?:a|an|the|his|her|their)\s+(?:speech|interview|statement|tweet|debate)|"
                     r"during|after|before|since|because|as|when|while|but|stands?|stood|remains?|helped|helps)\b|"
                     r"(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bhis)(?<!\bher)(?<!\btheir)\s+[a-z]+ed\b")
# "his remarks on Tuesday", "her call to the governor": a time, a medium or an
# addressee, not what was said.
_NOT_CONTENT = re.compile(
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"the\s+(?:condition|campaign\s+trail|stump)|[Tt]witter|Facebook|television|TV|\w+day\b)|"
    r"to\s+(?:the|a|an|his|her|their|its|my|our|this|that|these|those|him|them|me|us|[A-Z0-9]))")
# "Lee raised questions about X", "... begs the question of whether ...": the
# source is the subject of "raise" when it is a name or a pronoun; otherwise
# (a document, a participle, "beg the question") PolNeAR gives none.
_QUESTIONS = re.compile(
    r"(?:(?<![\w,])(?P<src>he|she|it|they|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})"
    r"(?:\s+(?:has|have|had|also|again|immediately|started|began|\w+ly))*\s+)?"
    r"\b(?P<verb>rais(?:e|es|ed|ing)|beg(?:s|ged|ging)?|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?)\s+"
    r"(?:(?:the|new|fresh|serious|further|more|additional|many|some|troubling|difficult)\s+){0,2}"
    r"(?P<cue>questions?\s+(?:about|of|over|as\s+to|regarding))\s")
_NOT_SUBJECT = {"the", "this", "that", "these", "those", "and", "but", "which"}
# The cue word alone: cheap to scan for, so the long patterns above run only
# in a short window before each hit (scanning the text with them is slow).
_NOUN_ANCHOR = re.compile(r"\b(?:" + "|".join(sorted(_NOUN_CUES, key=len, reverse=True)) + r")\s")
_QUESTIONS_ANCHOR = re.compile(r"\bquestions?\s+(?:about|of|over|as\s+to|regarding)\s")


def _anchored(ctx: _Ctx, anchor, regex, back: int = 100):
    """``(match, unit_start, unit_end)`` for matches of ``regex`` whose cue
    starts at a hit of ``anchor``, in narration."""
    text = ctx.text
    for hit in anchor.finditer(text):
        lo, hi = max(0, hit.start() - back), hit.end() + 40
        m = regex.search(text, lo, hi)
        while m is not None and m.start("cue") < hit.start():
            m = regex.search(text, m.start() + 1, hi)
        if m is None or m.start("cue") != hit.start() or _inside_quote(ctx, m.start()):
            continue
        unit = _unit_of(ctx, m.start())
        if unit:
            yield m, unit[0], unit[1]


def _nested(ctx: _Ctx, pos: int) -> bool:
    """Inside the content of a claim already found ("she said his attacks on
    Lee hurt him"): PolNeAR mostly annotates only the outer attribution."""
    return any(c.content.start <= pos < c.content.end for c in ctx.claims)


def _noun_prep(ctx: _Ctx) -> None:
    """ "his criticism of Lee", "her call for a recount": a noun as the cue.

    Runs after the verbal cues so that nouns inside their content are skipped.
    """
    _questions_raised(ctx)
    text = ctx.text
    for m, us, ue in _anchored(ctx, _NOUN_ANCHOR, _NOUN_PREP):
        link, prep = m.group("link"), m.group("prep")
        cs = m.end("cue")
        if (not prep and not link) or m.start("cue") in ctx.cue_taken or _NOT_CONTENT.match(text, cs):
            continue
        if prep:
            end = _NP_END.search(text, cs + 1, ue)
            ce = end.start() if end else ue
        else:
            rc = _right_content(ctx, cs, ue)
            if rc is None:
                continue
            ce = rc[1]
            if link == "to":
                end = _NP_END.search(text, cs + 4, ce)
                ce = end.start() if end else ce
        while ce > cs and text[ce - 1] in " .!?":
            ce -= 1
        if ce - cs < 3 or _nested(ctx, m.start("cue")):
            continue
        src_e = m.end("src")
        if text[src_e - 2:src_e] in ("'s", "\u2019s"):
            src_e -= 2
        elif text[src_e - 1] in "'\u2019":
            src_e -= 1
        noun = m.group("noun").lower()
        lemma = _NOUN_CUES[noun]
        ctx.cue_taken.add(m.start("cue"))
        _make(ctx, cs, ce, (m.start("src"), src_e), (m.start("cue"), m.end("cue")), "nominal." + noun,
              0.5, quote_type=_content_quote_type(ctx, cs, ce, lemma, link == "that"), lemma=lemma,
              stance="stance")


def _questions_raised(ctx: _Ctx) -> None:
    """ "Lee raised questions about whether the bid was fair"."""
    text = ctx.text
    if "question" not in text:
        return
    for m, us, ue in _anchored(ctx, _QUESTIONS_ANCHOR, _QUESTIONS):
        if _nested(ctx, m.start("cue")):
            continue
        cs = m.end("cue")
        end = _NP_END.search(text, cs + 1, ue) if text[cs + 1:cs + 8] != "whether" else None
        rc = _right_content(ctx, cs, end.start() if end else ue)
        if rc is None or rc[1] - rc[0] < 3:
            continue
        subj = m.group("src")
        src = m.span("src") if subj and subj.lower() not in _NOT_SUBJECT and m.group("verb")[0] != "b" else None
        ctx.cue_taken.add(m.start("cue"))
        _make(ctx, rc[0], rc[1], src, (m.start("cue"), m.end("cue")), "nominal.questions_raised", 0.5,
              quote_type="indirect", lemma="ask", stance="question")
