"""Where a complement stops because a second speaker starts.

Why a module: "Roe has vowed to cut taxes, and Dale is promising to help
towns" and "Roe proposed a levy, but analysts agreed it was still a bad plan"
hold two attributions joined by a conjunction.  Read left to right, the first
cue's complement would swallow the second subject and its cue, and the second
claim would be lost (its cue sits inside a taken content) or credited to the
first speaker.  A complement therefore ends before ", and|but|while <subject>
<reporting verb>" (or "after|before|when|because|since he|she|they <reporting
verb>": "praised Roe after she attacked the police") when that verb is a cue of
the lexicon and the subject is a short noun phrase; the second cue is then read
on its own.  And it ends before ", but <name> has/had/was ...", the writer turning
to another party's act ("Roe said the ferry was late, but Kelpco has not
responded"), whatever that verb is.
"""

from __future__ import annotations

import re

from .context import Ctx, inside_quote
from .lexicon import CUE_FORMS, QUOTE_TRAILER_ONLY

_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas|yet)\s+|\s+(?:after|before|when|because|since)\s+"
                   r"(?=(?:he|she|they)\s))")
_PUNCT = re.compile(r"[,;:()\"\u201c\u201d]")
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my"}
_WORDS_AFTER = re.compile(r"[\w.'\u2019-]+")
_AUX = {"is", "are", "was", "were", "has", "have", "had", "also", "still", "now", "quickly", "later", "soon"}
# words that cannot open the subject of the second clause
_NOT_SUBJECT = {"then", "so", "that", "to", "in", "on", "at", "for", "with", "by", "as", "if", "when", "not",
                "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "also"}


def cut_next_speaker(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """``rc`` ended before a coordinated clause with its own subject and cue."""
    text = ctx.text
    s, e = rc
    for m in _JOIN.finditer(text, s, e):
        if m.start() - s < 3 or inside_quote(ctx, m.start()) is not None:
            continue
        lim = min(e, m.end() + 80)
        stop = _PUNCT.search(text, m.end(), lim)
        words = [w.group() for w in _WORDS_AFTER.finditer(text, m.end(), stop.start() if stop else lim)]
        if _subject_then_cue(words):
            return s, m.start()
    return rc


# ", but" then a name (capitalised words, not "I") and its finite verb: "said the
# ferry was late, but Kelpco has not responded", "..., but Mayor Jo Roe had
# defended it" -- the writer's turn to another party
_BUT_NAMED = re.compile(
    r",\s+but\s+(?!I\s)(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:has|have|had|did|does|do|was|were|[a-z]+ed)\b")


def cut_contrast_clause(ctx: Ctx, rc: tuple[int, int] | None) -> tuple[int, int] | None:
    """``rc`` ended before ", but <name> <verb> ...": the content of a complement
    does not run over the writer's contrast with another party's act ("Roe said
    the ferry was late, but Kelpco has not responded"), outside quotation marks."""
    if rc is None:
        return None
    text = ctx.text
    s, e = rc
    if ", but " not in text[s:e]:
        return rc
    for m in _BUT_NAMED.finditer(text, s, e):
        if m.start() - s >= 3 and inside_quote(ctx, m.start()) is None:
            return s, m.start()
    return rc


def _subject_then_cue(words: list[str]) -> bool:
    """A subject of one to five words, optional auxiliaries, then a cue form."""
    if not words or words[0].lower() in _NOT_SUBJECT or CUE_FORMS.get(words[0].lower()):
        return False
    k = 1
    while k < len(words) and k < 5 and words[k].lower() not in _AUX and CUE_FORMS.get(words[k]) is None:
        k += 1
    if k == 1 and words[0].lower() in _DETERMINERS:
        return False  # "after the debate": a noun, not a subject and its verb
    while k < len(words) and words[k].lower() in _AUX:
        k += 1
    cue = CUE_FORMS.get(words[k]) if k < len(words) and words[k][:1].islower() else None
    return cue is not None and cue[0] not in QUOTE_TRAILER_ONLY  # ("after she began a protest": no cue)
