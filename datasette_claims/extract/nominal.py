"""Noun cues: "her claim that ...", "Sanders's argument that ...".

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
