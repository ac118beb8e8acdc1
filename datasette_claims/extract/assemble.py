"""Run the rule families over an article and assemble the claims.

Why separate: the order of the passes matters (nested and noun cues claim
their spans before verbal cues; quotation-first rules run after so they only
take unattributed quotations; dedup keeps the most confident claim per content
span) and is easiest to audit in one short function.  ``build`` is what
``extract_claims`` calls.

Why cue-first: every attribution construction in news hangs off a small set
of anchors -- a reporting verb ("said", "told", "urged"), "according to", a
nested "citing X as saying", a colon after a speaker, a hedge ("reportedly"),
or a quotation that follows an attributed one.  Finding the anchors with one
compiled regex per article and then looking only at the sentence around each
anchor keeps the extractor linear and fast, and every claim records which
rule fired (``rule``) so that a bad row can be traced to its pattern.

The span conventions follow PolNeAR (the public annotated corpus): content
excludes the cue and the source, indirect content keeps the "that"
complementizer, direct content is what is inside the quotation marks, and a
quotation split by its attribution ("A," she said, "B.") is one attribution in
several pieces -- here, several Claim rows that share the same cue span.
"""

from __future__ import annotations

import re

from ..models import Article, Claim
from . import patterns as P
from . import when
from .quotes import find_quotes
from .sentences import paragraph_spans
from .speakers import People
from .context import _Ctx, _build_units, _inside_quote
from .verbal import _extract_cue
from .according import _according_to, _reported_by, _when_asked
from .nested import _as_saying, _quoted_as_saying
from .nominal import _nominal_that, _noun_prep
from .direct_quotes import _colon_and_dash_quotes, _colon_speakers, _floating_quotes, _heading_colon
from .hedges import _hedged
from .enrich import enrich
from .passives import _announced_np, _bare_passives, _passive_claims, _passive_sources
from .headlines import headlines as _headlines


def build(article: Article) -> list[Claim]:
    text = article.text or ""
    paras = paragraph_spans(article)
    quotes = find_quotes(text, paras)
    qstarts = [q.start for q in quotes]
    units = _build_units(text, paras, quotes)
    ctx = _Ctx(article, text, paras, quotes, qstarts, units, [u[0] for u in units], None,
               when.parse_published(article.published))
    ctx.people = People(text, paras, lambda pos: _inside_quote(ctx, pos) is not None)
    ctx.pstarts = [p[0] for p in paras]
    ctx.cue_hits = [P.first_cues_per_sentence(list(P.CUE_RE.finditer(text, ps, pe)), ctx.ustarts)
                    for ps, pe in paras]
    _as_saying(ctx)
    _quoted_as_saying(ctx)
    _nominal_that(ctx)
    _according_to(ctx)
    _reported_by(ctx)
    _when_asked(ctx)
    _passive_claims(ctx)
    _announced_np(ctx)
    _bare_passives(ctx)
    for (ps, pe), hits in zip(paras, ctx.cue_hits):
        for m in hits:
            _extract_cue(ctx, m)
        if pe - ps < 200 and P.CAP_CUE_RE.search(text, ps, pe) and _is_title_case(text, ps, pe):
            for m in P.CAP_CUE_RE.finditer(text, ps, pe):
                _extract_cue(ctx, m)
    _passive_sources(ctx)
    _noun_prep(ctx)
    _colon_speakers(ctx)
    _colon_and_dash_quotes(ctx)
    _heading_colon(ctx)
    _floating_quotes(ctx)
    _hedged(ctx)
    _headlines(ctx)
    _drop_inside_trailers(ctx)
    claims = _dedupe(ctx)
    enrich(ctx, claims)
    for claim in claims:
        claim.speaker = tidy_speaker(claim.speaker)
    return claims


# A speaker is who said it: a leading preposition ("of Georgia"), a trailing
# possessive ("Amnesty International's") or a bare pronoun left unresolved
# ("It", "who") would otherwise become a row of its own in the speakers table.
_LEADING_PREP = re.compile(r"^(?:from|of|in|at|by|with|for|to)\s+(?=\S)")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_NOT_SPEAKERS = {"it", "who", "which", "that", "this", "these", "those", "after", "before",
                 "when", "while", "there", "here"}


# A sentence-opening subordinator or preposition glued to a name ("During Mr",
# "Despite Mr", "Even Republicans") is not part of it; a bare title ("Mr",
# "Ms", "Mc"), an article ("The") or a date ("June 1") is no speaker at all.
_LEADING_WORD = re.compile(
    r"^(?:Despite|With|Without|Since|During|Although|Though|Unlike|Like|To|Even|Neither|Besides|Yet|Still|"
    r"While|When|After|Before|Because|If|Until|Unless|As|But|And|So|Meanwhile|However|Also|Then|Now|Once|"
    r"Whether|Whereas|Upon|Under|Over|Against|Among|Amid|Through|Toward|Towards|Via|Per|Plus|Only)\s+(?=\S)")
_BARE_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mc|Mac|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|"
                         r"Maj|Amb|St|Jr|Sr|Pres|Supt|Insp|Cmdr|Gens)\.?")
_TITLE_END = re.compile(r"\s(?:Mr|Mrs|Ms|Miss|Dr|Mc|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev)\.?$")
_NOT_NAMES = {"the", "this", "that", "these", "those", "far", "half", "live", "besides", "despite", "overall", "the overall",
              "other", "such", "same", "all", "both", "each", "either", "neither", "none", "whom",
              "whose", "what", "whatever", "there's", "it's", "here's"}
_DATE_ONLY = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|,?\s+\d{4})"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\d{1,2}(?:/\d{1,2}){1,2}|\d{4}")


def tidy_speaker(speaker: str | None) -> str | None:
    if not speaker:
        return speaker
    cleaned = _POSSESSIVE_END.sub("", _LEADING_PREP.sub("", speaker.strip())).strip(" ,;:")
    stripped = _LEADING_WORD.sub("", cleaned)
    if stripped != cleaned and stripped[:1].isupper():
        cleaned = stripped
    low = cleaned.lower()
    if not cleaned or low in _NOT_SPEAKERS or low in _NOT_NAMES:
        return None
    if _BARE_TITLE.fullmatch(cleaned) or _DATE_ONLY.fullmatch(cleaned) or cleaned.isdigit():
        return None
    if _TITLE_END.search(cleaned):
        # "Manhattan-made Mr", "Florida Gov": the name after the title was lost
        return None
    return cleaned


_TC_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _is_title_case(text, ps, pe) -> bool:
    """A headline written In Title Case ("Jane Roe Says Taxes Must Fall")."""
    words = _TC_WORD.findall(text, ps, pe)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words)


_TRAILERS = frozenset(("indirect.trailer", "indirect.trailer_inverted"))


def _drop_inside_trailers(ctx: _Ctx) -> None:
    """A cue inside the content of a trailer ("A did B and said C, officials
    said.") belongs to that content: PolNeAR gives each token to one attribution."""
    spans = [(c.content.start, c.content.end) for c in ctx.claims if c.rule in _TRAILERS]
    if not spans:
        return
    ctx.claims = [c for c in ctx.claims
                  if c.rule in _TRAILERS or c.cue is None
                  or not any(s <= c.cue.start and c.content.end <= e for s, e in spans)]


def _dedupe(ctx: _Ctx) -> list[Claim]:
    """One claim per content span; on overlap keep the more confident one."""
    claims = sorted(ctx.claims, key=lambda c: (c.content.start, -c.confidence))
    out: list[Claim] = []
    seen = set()
    for c in claims:
        if c.id in seen:
            continue
        seen.add(c.id)
        out.append(c)
    return out
