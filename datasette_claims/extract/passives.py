"""Passive attributions: "Roe was asked whether ...", "The plan was criticized
by unions as unfair", "It was announced that ...".

Why separate: in a passive the grammatical subject is the one spoken *about*
(or to), not the speaker.  The verbal rules read "Roe was asked" like "Roe
asked" and take the subject as the source; PolNeAR gives a passive cue the
agent of its "by" phrase as source, or no source at all.

* ``passive_claims`` (before the verbal cues): evaluative passives ("was
  widely criticized as", "is accused of", "were charged with"); the content
  is the subject plus the complement, two pieces sharing the cue (the
  statement grain then makes them one row across the cue: "He was accused of
  bribery" is the statement, "He" is none; ``grain.join_fragments``).
* ``announced_np``: "The deal, announced Friday, ..." -- the noun phrase.
* ``bare_passives``: "The price was not disclosed." -- the subject.
* ``passive_sources`` (right after the verbal cues) corrects the source of
  verbal claims whose cue is a past participle after a form of "be"
  ("Roe was asked whether", "It was announced that").
"""

from __future__ import annotations

import re

from ..models import Span
from . import claim_index
from .context import DETERMINERS, Ctx, anchored_matches, make_claim, right_content, trim_span, word_positions
from .lexicon import COUNT_HEADS, GROUP_HEADS, NAME_PARTICLES
from .patterns import word_start

# "was", "has been", "is being", "were also", "was widely", "had been repeatedly"
_PASSIVE_AUX = re.compile(
    word_start(("is", "are", "was", "were", "be", "been", "being"), r"[\w'\u2019]") +
    r"\s+(?:(?:not|never|also|already|first|later|"
    r"then|now|still|even|since|recently|previously|reportedly|\w+ly)\s+){0,2}$")
_AUX_IN_CUE = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:is|are|was|were|be|been|being)\s+(?:(?:not|never|also|already|first|later|"
    r"then|now|still|even|since|recently|previously|reportedly|\w+ly)\s+){0,2}")
_WORD = re.compile(r"[A-Za-z]+")
_NOT_PASSIVE_CUES = {"posted"}
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|told|said|written|shown|known|heard|taught|thought|given|"
                         r"spoken|sought|brought|made|bidden|forbidden)$")
# the agent: "by Jane Roe", "by critics", "by many Wall Street players"
_BY_AGENT = re.compile(
    r"\s+(?:\w+ly\s+)?by\s+(?P<by>(?!(?:the\s+)?(?:time|way|end|then|now|far|day|year)\b)"
    r"[^,;:.\"\u201c\u201d()]{2,80}?)"
    r"(?=\s*(?:[,;:.()]|\s+(?:for|of|as|over|that|to|about|on|in|at|after|before|during|when|while|because)\b|$))")

# the "of" phrase an agent goes on over: a name's ("by the Ministry of Justice")
# or a group's ("by a number of church leaders"); never "accused by X of fraud"
_OF_AGENT = re.compile(
    r"\s+of\s+(?P<np>[^,;:.\"\u201c\u201d()]{2,60}?)"
    r"(?=\s*(?:[,;:.()]|\s+(?:for|of|as|over|that|to|about|on|in|at|after|before|during|when|while|because)\b|$))")
_GROUP_WORDS = COUNT_HEADS | GROUP_HEADS


def _agent(text: str, bm: re.Match) -> tuple[int, int]:
    """The span of a "by" agent (``_BY_AGENT``) with the "of" phrase it goes on over (``_OF_AGENT``)."""
    s, e = bm.start("by"), bm.end("by")
    om = _OF_AGENT.match(text, e)
    if om is None:
        return s, e
    last = text[s:e].rsplit(None, 1)[-1].lower()
    if text[om.start("np")].isupper() or last in _GROUP_WORDS:
        return s, om.end("np")
    return s, e


def passive_sources(ctx: Ctx) -> None:
    text = ctx.text
    for c in ctx.claims:
        if c.cue is None or c.source is None:
            continue
        if not (c.rule.startswith("indirect.") or c.rule.startswith("direct.")):
            continue
        cs = c.cue.start
        if c.source.end > cs:
            continue
        am = _AUX_IN_CUE.match(text, cs, c.cue.end)
        if am is not None:
            ps = am.end()
        elif _PASSIVE_AUX.search(text, max(0, cs - 40), cs):
            ps = cs
        else:
            continue
        pm = _WORD.match(text, ps, c.cue.end)
        if pm is None or not _PARTICIPLE.match(pm.group().lower()) or pm.group().lower() in _NOT_PASSIVE_CUES:
            continue
        bm = _BY_AGENT.match(text, pm.end())
        if bm is not None:
            s, e = _agent(text, bm)
            c.source = Span(s, e, text[s:e])
        else:
            c.source = None
            c.speaker = None


# "The plan was widely criticized as reckless", "Roe is accused of lying",
# "Roe has been criticized by unions for ...": an evaluative speech verb in the
# passive.  PolNeAR's content is the subject and the complement (without cue
# and agent); the source is the "by" agent or none.
_EVAL_PASSIVE = re.compile(
    r"(?P<aux>" + word_start(tuple(h + r"\s+(?:also\s+|long\s+|since\s+)?been" for h in ("has", "have", "had"))
                             + tuple(b + r"(?:\s+(?:already\s+|still\s+|now\s+|also\s+)?being)?"
                                     for b in ("is", "are", "was", "were")) + ("being",), r"[\w'\u2019]") +
    r")\s+(?:(?:also|already|widely|often|repeatedly|roundly|sharply|heavily|hotly|publicly|"
    r"frequently|openly|previously|once|later|since|even|long|\w+ly)\s+){0,2}"
    r"(?P<cue>criticized|criticised|accused|condemned|denounced|blamed|mocked|slammed|ridiculed|"
    r"lambasted|derided|decried|panned|chastised|rebuked|castigated|vilified|faulted|charged(?=\s+with\b))"
    r"(?:\s+and\s+(?:criticized|criticised|mocked|condemned|denounced|ridiculed))?(?![\w'\u2019-])")
# The cue words alone, to find candidates cheaply (see ``anchored_matches``).
# The participles, to find candidates cheaply: those that are reporting verbs come
# from the cue regex's matches, the others are looked up (see ``word_positions``).
_EVAL_WORDS = ("criticized", "criticised", "accused", "condemned", "denounced", "blamed", "mocked",
               "slammed", "ridiculed", "lambasted", "derided", "decried", "panned", "chastised",
               "rebuked", "castigated", "vilified", "faulted", "charged")
_BARE_WORDS = ("announced", "disclosed", "argued", "revealed", "mentioned")
_COMPLEMENT = re.compile(r"\s+(?:(?:\w+ly|in\s+part|in\s+particular|in\s+the\s+past)\s+)?(?P<p>for|of|as|over|with)\s+")
# where the subject of the passive begins, scanning leftwards
_SUBJ_BOUND = re.compile(r"(?:[;:(\u2014\u2013]|\s-\s|,|\b(?:when|after|before|while|because|although|though|since|"
                         r"if|but|and|that|where|until|once|as|so|When|After|Before|While|Because|Although|Though|Since|If|Where|"
                         r"Until|Once|As)\b)\s*")
_REL_START = re.compile(r"\b(?:who|which|whose)\b")


# the relative pronoun between an antecedent (``_antecedent``) and its passive verb
_RELATIVE_AFTER = re.compile(r",\s*(?:who|which|whose|that)\s")


def _antecedent(text: str, us: int, rel: int) -> tuple[int, int] | None:
    """What a relative pronoun at ``rel`` stands for, as the passive's subject:
    the noun phrase that opens the sentence and ends at the comma before it
    ("The board, which was condemned ...", "Roe, who has been criticised ...");
    None when there is none so plain (the pronoun alone says nothing)."""
    k = rel
    while k > us and text[k - 1] == " ":
        k -= 1
    if k <= us or text[k - 1] != ",":
        return None
    s, e = trim_span(text, us, k - 1)
    words = text[s:e].split()
    if not words or len(words) > 5 or any(not w[:1].isalpha() or w[-1] in ",:;" for w in words):
        return None
    named = all(w[0].isupper() or w in NAME_PARTICLES for w in words)  # ("Ann Roe", "The Kelp Board")
    described = words[0].lower() in DETERMINERS and len(words) <= 3  # ("The board", "Its new owner")
    return (s, e) if named or described else None


def _subject_span(text: str, us: int, pos: int) -> tuple[int, int] | None:
    """The passive's subject, ending before its verb at pos: after a
    comma-closed lead-in, a subordinating word or a dash; a relative pronoun
    right before the verb is the subject; a closing apposition ("Roe, 24,")
    is left out.  None when the subject is elided ("...; was denounced")."""
    seg = text[us:pos]
    end = len(seg.rstrip())
    if end == 0:
        return None
    last = _LAST_WORD.search(seg, 0, end)
    if last is not None and last.group().lower() in _NOT_SUBJECT:
        return None
    if last is not None and last.group().lower() in ("who", "which", "whose", "that"):
        return _antecedent(text, us, us + last.start())
    if seg[end - 1] in ";:(\u2014\u2013-":
        return None
    if seg[end - 1] == ",":
        # "Marquez, 24, is accused": skip back over a closing apposition
        k = seg.rfind(",", 0, end - 1)
        if k <= 0:
            return None
        end = k
    best = 0
    for m in _SUBJ_BOUND.finditer(seg, 0, end):
        if m.end() < end:
            best = m.end()
    rel = None
    for m in _REL_START.finditer(seg, best, end):
        rel = m.start()
        break
    if rel is not None and seg[rel:rel + 5].lower() == "whose":
        best = rel
    s, e = trim_span(text, us + best, us + end)
    if e - s < 1 or len(text[s:e].split()) > 14:
        return None
    return s, e


_COMPLEMENT_CUT = re.compile(
    r",\s+(?:but|and|while|though|although|which|who|as|after|before|when|even)\b|\s+as\s+much\s+as\b|"
    r"\s+(?:after|before|when|while|because|until|but)\s+(?=(?:he|she|they|it|we|the|a|an|his|her|their|[A-Z])\b)")
_STRANDED = re.compile(r"\s*(?:of|for)\s*(?:[,.?!;:)\u201d\"]|$)")
_LAST_WORD = re.compile(r"[\w'\u2019]+(?=\W*$)")
_NOT_SUBJECT = {"and", "but", "or", "nor", "then", "also", "when", "after", "before", "while", "because",
                "although", "though", "since", "if", "as", "so", "where", "until", "once", "yet"}


# "The price was not disclosed.", "When the case was argued in May, ...": a
# report verb in the passive with nothing after it; the subject is the content.
_BARE_PASSIVE = re.compile(
    r"(?P<aux>" + word_start((r"has\s+been", r"have\s+been", r"had\s+been", "is", "are", "was", "were"),
                             r"[\w'\u2019]") +
    r")\s+(?:(?:not|never|first|later|"
    r"finally|publicly|formally|officially|initially|also|since)\s+)?"
    r"(?P<cue>announced|disclosed|argued|revealed|mentioned)(?=\s*[.;,]|\s+(?:on|in|last|this|after|when|"
    r"at|before|until|earlier|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


_THAT_FOLLOWS = re.compile(r"[^,.;:]{0,50}?\s(?:that|as)\b|\s*[,:]?\s*[\"\u201c]")


def passive_claims(ctx: Ctx) -> None:
    _eval_passives(ctx)


def bare_passives(ctx: Ctx) -> None:
    text = ctx.text
    if ("nnounced" not in text and "isclosed" not in text and "rgued" not in text
            and "evealed" not in text and "entioned" not in text):
        return
    for m, us, ue in anchored_matches(ctx, word_positions(ctx, _BARE_WORDS), _BARE_PASSIVE):
        if m.start("cue") in ctx.cue_taken:
            continue
        if claim_index.cue_overlaps(ctx, m.start("aux"), m.end("cue")):  # (not a scan of every claim)
            continue
        if _THAT_FOLLOWS.match(text, m.end(), ue):
            # "it was revealed in March that ...": a verbal cue with its clause
            continue
        subj = _subject_span(text, us, m.start())
        if subj is None:
            continue
        ctx.cue_taken.update(w.start() for w in _WORD.finditer(text, m.start(), m.end()))
        make_claim(ctx, subj[0], subj[1], None, (m.start("aux"), m.end("cue")), "passive.bare", 0.5,
              quote_type="indirect", lemma=m.group("cue").lower(), stance="assertion")


def _eval_passives(ctx: Ctx) -> None:
    text = ctx.text
    for m, us, ue in anchored_matches(ctx, word_positions(ctx, _EVAL_WORDS), _EVAL_PASSIVE):
        if m.start("cue") in ctx.cue_taken:
            continue
        if claim_index.cue_overlaps(ctx, m.start("aux"), m.end("cue")):  # (not a scan of every claim)
            continue
        subj = _subject_span(text, us, m.start())
        if subj is None:
            continue
        src = None
        k = m.end()
        bm = _BY_AGENT.match(text, k)
        if bm is not None:
            src = _agent(text, bm)
            k = src[1]
        if _STRANDED.match(text, k):
            # "the charges he is accused of." -- the content is elsewhere
            ctx.cue_taken.update(w.start() for w in _WORD.finditer(text, m.start(), m.end()))
            continue
        segs = [subj]
        cm = _COMPLEMENT.match(text, k, ue)
        if cm is not None:
            rc = right_content(ctx, cm.start("p"), ue)
            if rc is not None:
                cut = _COMPLEMENT_CUT.search(text, rc[0], rc[1])
                rc = (rc[0], cut.start()) if cut is not None else rc
                if _RELATIVE_AFTER.match(text, subj[1], m.start()):  # (a relative clause's: it closes at its comma)
                    comma = text.find(",", rc[0], rc[1])
                    rc = (rc[0], comma) if comma > 0 else rc
                segs.append(rc)
        ctx.cue_taken.update(w.start() for w in _WORD.finditer(text, m.start(), m.end()))
        cue = (m.start("aux"), m.end("cue"))
        for cs, ce in segs:
            make_claim(ctx, cs, ce, src, cue, "passive.criticized", 0.55,
                  quote_type="indirect", lemma=m.group("cue").lower(), stance="assertion")


# "announced" and the time after it, the end of every _ANNOUNCED_NP cue
_ANNOUNCED_TIME = (
    r"announced\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+(?:week|month|year)|earlier(?:\s+this\s+(?:week|"
    r"month|year))?|this\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))")
# "The tentative deal, announced Friday, would ...", "a plan announced earlier
# this year": a reduced passive relative; the announced thing is the content
# and no one is named.
_ANNOUNCED_NP = re.compile(
    r"(?<![\w'\u2019])(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!(?:the|a|an|for|to|in|on|at|by|with|and|or|that|will|would|is|was|are|were|has|"
    r"have|had|be|been)\b)[\w$.'\u2019-]+\s+){0,6}?"
    r"(?:deal|plan|merger|megamerger|program|programme|proposal|agreement|policy|ads?|initiative|decision|"
    r"measure|rules?|changes|cuts|layoffs|sanctions|package|bill|tariffs?|strategy|reforms?|settlement))"
    r",?\s+(?P<cue>(?:first\s+|previously\s+|recently\s+)?" + _ANNOUNCED_TIME + r")\b")


# what must follow "announced" for the word to be in an _ANNOUNCED_NP cue: the
# other places it is written are not searched (the pattern's noun phrase is
# tried at every position of a window before the word)
_ANNOUNCED_WHEN = re.compile(_ANNOUNCED_TIME + r"\b")


def announced_np(ctx: Ctx) -> None:
    text = ctx.text
    if "announced " not in text:
        return
    hits = [k for k in word_positions(ctx, ("announced",)) if _ANNOUNCED_WHEN.match(text, k)]
    for m, us, ue in anchored_matches(ctx, hits, _ANNOUNCED_NP):
        ctx.cue_taken.update(w.start() for w in _WORD.finditer(text, m.start("cue"), m.end("cue")))
        make_claim(ctx, m.start("np"), m.end("np"), None, (m.start("cue"), m.end("cue")), "passive.announced_np",
              0.5, quote_type="indirect", lemma="announce", stance="assertion")
