"""Where a complement stops because a second speaker starts.

Why a module: "Roe has vowed to cut taxes, and Dale is promising to help
towns" and "Roe proposed a levy, but analysts agreed it was still a bad plan"
hold two attributions joined by a conjunction.  Read left to right, the first
cue's complement would swallow the second subject and its cue, and the second
claim would be lost (its cue sits inside a taken content) or credited to the
first speaker.  A complement therefore ends before ", and|but|while <subject>
<reporting verb>" when that verb is a cue of the lexicon and the subject is a
short noun phrase; the second cue is then read on its own.
"""

from __future__ import annotations

import re

from .context import Ctx, inside_quote
from .lexicon import CUE_FORMS

_NEXT_SPEAKER = re.compile(
    r",\s+(?:and|but|while|whereas|yet)\s+"
    r"(?P<np>(?:[\w.'\u2019-]+\s+){1,5}?)"
    r"(?:(?:is|are|was|were|has|have|had|also|still|now|quickly|later|soon)\s+)*"
    r"(?P<v>[a-z]+)\b")
# words that cannot open the subject of the second clause
_NOT_SUBJECT = {"then", "so", "that", "to", "in", "on", "at", "for", "with", "by", "as", "if", "when", "not",
                "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "also"}


def cut_next_speaker(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """``rc`` ended before a coordinated clause with its own subject and cue."""
    text = ctx.text
    s, e = rc
    for m in _NEXT_SPEAKER.finditer(text, s, e):
        np = m.group("np").split()
        if np[0].lower() in _NOT_SUBJECT or CUE_FORMS.get(np[-1].lower()) or m.start() - s < 3:
            continue
        if m.group("v") not in CUE_FORMS or inside_quote(ctx, m.start()) is not None:
            continue
        return s, m.start()
    return rc
