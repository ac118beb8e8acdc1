"""Unattributed hedges: "X reportedly did Y", "is said to", "allegedly".

Why separate: there is no source at all; the hedge word is the cue and the
sourcing is ``unattributed_hedged``.  Runs last so a hedge inside an
attributed claim's content is not reported twice.
"""

from __future__ import annotations

import re

from .lexicon import HEARSAY_RE
from .context import _Ctx, _content_quote_type, _make, _narration_matches



def _hedged(ctx: _Ctx) -> None:
    """Unattributed hearsay: "North Korea reportedly fired ..."."""
    text = ctx.text
    if "reported" not in text and "alleged" not in text and "said to" not in text and (
            "supposedly" not in text and "purportedly" not in text and "understood" not in text
            and "rumo" not in text):
        return
    for m, us, ue in _narration_matches(ctx, HEARSAY_RE):
        if any(c.cue and us <= c.cue.start < ue for c in ctx.claims):
            continue
        if any(c.content.start <= m.start() < c.content.end for c in ctx.claims):
            continue
        cs = us
        lead = re.match(r"(?:[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+){0,5}),\s+", text[us:m.start()])
        if lead and not re.search(r"\b(?:said|says)\b", lead.group()):
            cs = us + lead.end()
        ce = ue
        while ce > cs and text[ce - 1] in " .!?\n":
            ce -= 1
        c = _make(ctx, cs, ce, None, (m.start(), m.end()), "hedge.unattributed", 0.5,
                  quote_type=_content_quote_type(ctx, cs, ce, None, False), lemma=None,
                  stance="assertion")
        if c:
            c.sourcing = "unattributed_hedged"
            c.hedges = [m.group().lower()]
            c._hedged = True  # type: ignore[attr-defined]

