"""Quotations signed with a dash: '"Taxes must fall." ― Jane Roe'.

Why a pass of its own: readers' reactions, epigraphs and pull quotes put the
speaker after the quotation with a dash and no verb at all, so no cue rule
sees them and the quotation would be left without a source.  The name must
follow the closing mark directly (a dash, one to four capitalised words, then
the end of the line, another quotation or a comma), so narration that merely
continues after a dash is left alone.
"""

from __future__ import annotations

import re

from . import claim_index
from .context import Ctx, make_claim
from .lexicon import NEWSROOM_SIGNATURES

_SIGNATURE = re.compile(
    r"[ \t\xa0]*[\u2015\u2014\u2013-]{1,2}[ \t\xa0]*"
    r"(?P<name>(?:[A-Z][\w'\u2019-]*\.?[ \xa0]){0,3}[A-Z][\w'\u2019-]*)"
    r"(?=\.?[ \t\xa0]*(?:$|\n|[\"\u201c\u201d]|,\s))", re.MULTILINE)


def newsroom_signature(name: str) -> bool:
    """Is a dash's signature the newsroom's own ("Web Desk", "Staff Reporter",
    "Admin"), as a CMS signs every story, rather than someone quoted?
    Before, '"Fares must rise." - Web Desk' gave the speaker "Web Desk"."""
    words = name.split()
    return bool(words) and words[-1].strip(".").casefold() in NEWSROOM_SIGNATURES


def signed_quotes(ctx: Ctx) -> None:
    text = ctx.text
    if "\u2015" not in text and "\u2014" not in text and "\u2013" not in text and " - " not in text:
        return
    for q in ctx.quotes:
        if not q.closed or q.single or q.words < 3 or q.open_at in ctx.used_quotes:
            continue
        m = _SIGNATURE.match(text, q.close_at)
        if m is None or claim_index.covers(ctx, q.start) or newsroom_signature(m.group("name")):
            continue
        name = m.group("name")
        c = make_claim(ctx, q.start, q.end, (m.start("name"), m.start("name") + len(name)),
                  (q.close_at, m.start("name")), "direct.signed", 0.7, quote_type="direct", lemma="say",
                  stance="assertion")
        if c is not None:
            ctx.used_quotes[q.open_at] = c
