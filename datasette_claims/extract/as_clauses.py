"""Attribution by an "as" clause: "As Roe said, ...", "..., as Roe noted.", "A, as Roe pointed out, B".

Why a pass of its own: the cue's subject sits between "as" and the verb, and
the content is the main clause around it -- after the clause when it leads,
before it when it trails, on both sides when it is a parenthesis.  The
reporting-verb rules read the complement to the right of a cue and find none
here ("pointed out," is followed by a comma and then the content, or by the
end of the sentence), so these attributions were lost.  Comparisons ("as
soon as", "twice as much as Roe said") are screened out by the words before
"as" and after it.
"""

from __future__ import annotations

import re

from . import claim_index
from .context import Ctx, anchored_matches, content_quote_type, cue_lemma, make_claim, right_content, word_positions
from . import patterns as P
from .lexicon import CUE_FORMS

# lemmas of speech that an "as" clause attributes (not "as Roe asked", "as Roe called");
# "put it" is a form of "say" ("..., as the minister put it.")
_AS_LEMMAS = {"say", "note", "point", "argue", "observe", "write", "explain", "warn", "report", "predict",
              "acknowledge", "concede", "suggest", "testify", "tell", "claim", "insist", "state", "recall",
              "add", "stress", "remark", "mention"}
_FORMS = sorted((f for f, (lemma, _cls) in CUE_FORMS.items() if lemma in _AS_LEMMAS and f.replace(" ", "").isalpha()
                 and not f.endswith("ing")
                 and (" " not in f or f.endswith((" out", " it")))), key=len, reverse=True)
# The word of each form that ``_CUE_THEN_END`` can pass at: its last, or the one
# before a closing "out"/"it".  ("went" of "went on to point out" never passes:
# "on to" is no tail; the form is found from its "point", so the five go-words
# are not looked for in every text.)
_ANCHORS = tuple(sorted({w[-2] if len(w) > 1 and w[-1] in ("out", "it") else w[-1]
                         for w in (f.split() for f in _FORMS)}))
# a time, a publication or a medium between the cue and the clause's end ("as the
# Clarion reported on Tuesday.", "as Roe noted in The Ledger,", "a few days later")
_AFTER_CUE = (r"\s+(?:" + P.TIME_ADJ + r"|(?:in|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
              r"|(?:a\s+few|two|three|several)\s+(?:days|weeks|months|years)\s+(?:later|earlier|ago))")
# what may stand between the cue and the clause's closing mark
_CUE_TAIL = r"(?:" + _AFTER_CUE + r")*\s*"
# "as <subject of 1-8 words> [has|had ...] <cue>" then a comma or the sentence's end
# (the letter first, then the look-behind for the word boundary before it: same
# matches, but the engine can skip ahead to an "a" in each window it searches)
_AS_CLAUSE = re.compile(
    r"[Aa](?<![\w'\u2019-].)s\s+(?P<src>(?:[\w.'\u2019-]+,?\s+){0,7}?[\w.'\u2019-]+),?\s+"
    r"(?:(?:has|have|had|also|often|repeatedly|rightly|correctly|long|once|later|first|recently|previously|"
    + P.MANNER_ADV + r")\s+)*"
    r"(?P<cue>" + "|".join(f.replace(" ", r"\s+") for f in _FORMS) + r")"
    r"(?=" + _CUE_TAIL + r"(?P<tail>[,.;!?]|$))")
_FWD = 60  # (how far past a cue word's start anchored_matches searches)
# words that make "as" a comparison or a time: "as soon as", "as much as", "such as", "as if"
_NOT_SUBJECT = {"soon", "long", "well", "much", "far", "if", "though", "to", "for", "of", "a", "in",
                "such", "it", "is", "was", "usual", "always", "ever", "expected", "planned", "promised",
                "part", "recently", "early", "late", "good", "bad", "likely", "quickly"}
# What every _AS_CLAUSE match has from its cue on (a cue form is lower-case
# letters, "out" or "it" after some): the cue word, then only spaces before a mark or the
# window's end.  A hit of a cue word without it is not searched around: after
# most "said"s comes a content, not a comma.
_CUE_THEN_END = re.compile(r"[a-z]++(?:\s+(?:out|it))?" + _CUE_TAIL + r"(?:[,.;!?]|$)")
_COMPARISON_BEFORE = re.compile(r"\b(?:as|so|such|same|just|twice|half)\s+(?:[\w'\u2019-]+\s+)?$", re.I)


def as_clauses(ctx: Ctx) -> None:
    """The claims of "as"-clause attributions not taken by another rule."""
    text = ctx.text
    if "as " not in text and "As " not in text:
        return
    # (tried only back from the cue words' positions: cheaper than scanning every "as";
    # and only where the cue word ends its clause, in the window anchored_matches reads)
    hi = ctx.paras[-1][1] if ctx.paras else 0
    hits = [k for k in word_positions(ctx, _ANCHORS) if _CUE_THEN_END.match(text, k, min(hi, k + _FWD))]
    for m, us, ue in anchored_matches(ctx, hits, _AS_CLAUSE, back=120, fwd=_FWD):
        cue_s, cue_e = m.start("cue"), m.end("cue")
        form = re.sub(r"\s+", " ", m.group("cue"))
        lemma = cue_lemma(form)[0]
        words = m.group("src").split()
        if lemma not in _AS_LEMMAS or words[0].lower() in _NOT_SUBJECT or len(words) > 8 \
                or "as" in (w.lower() for w in words):
            continue
        if _COMPARISON_BEFORE.search(text, max(us, m.start() - 20), m.start()):
            continue
        if claim_index.cue_overlaps(ctx, m.start(), cue_e) or claim_index.covers(ctx, cue_s):
            continue
        segments = _segments(ctx, m, us, ue)
        if not segments:
            continue
        src, cue = (m.start("src"), m.end("src")), (m.start(), cue_e)
        rule = "as_clause.lead" if m.start() == us else (
            "as_clause.parenthetical" if len(segments) > 1 else "as_clause.trailer")
        for s, e in segments:
            make_claim(ctx, s, e, src, cue, rule, 0.6,
                       quote_type=content_quote_type(ctx, s, e, lemma, False), lemma=lemma, stance="assertion")


def _segments(ctx: Ctx, m: re.Match, us: int, ue: int) -> list[tuple[int, int]]:
    """The main clause around the "as" clause: after it, before it, or both."""
    text, tail = ctx.text, m.group("tail")
    if m.start() == us:
        if tail != ",":
            return []
        rc = right_content(ctx, m.start("tail") + 1, ue)
        return [rc] if rc else []
    before = text[us:m.start()].rstrip()
    if not before.endswith(","):
        return []
    left = (us, us + len(before) - 1)
    if left[1] - left[0] < 3:
        return []
    if tail == ",":
        rc = right_content(ctx, m.start("tail") + 1, ue)
        return [left, rc] if rc else []
    # (an empty tail is the window's end: only the unit's end counts)
    return [left] if tail in ".;!?" or not (tail or text[m.start("tail"):ue].strip()) else []
