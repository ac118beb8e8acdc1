"""Relayed attributions: who passed the words on (``via``) besides who said them.

Why a module: a nested attribution has two sources, and news writes it in a
few fixed ways that the cue rules see only half of --
"the mayor said, citing police figures, that ..." (the mayor relays the
police), "..., according to customs data, as reported by the Clarion" (the
Clarion relays the data), "Jo Roe said, according to the Clarion, that ..."
(the Clarion relays Roe), and the aggregated story whose lead credits another
outlet ("The Clarion reports that ...", "The Clarion has learned") and whose
unnamed sources are then that outlet's, not the writer's.  The first three are
fixed before speakers are resolved (``before_enrich``), the last after
(``after_enrich``), since it needs every claim's sourcing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ..models import Span
from . import claim_index
from . import sourcing
from .context import Ctx, inside_quote, unit_of
from .lexicon import MEDIA_WORDS

# "citing police figures, that crime rose" / "citing a ministry report, exports fell"
_CITING = re.compile(r"citing\s+(?P<who>[^,;:\"\u201c]{2,80}?),\s+(?:that\s+)?(?=\S)")
# ", as reported by the Clarion" / ", as first reported in the Clarion" after a source
_AS_REPORTED = re.compile(r"\s*,?\s*as\s+(?:first\s+|previously\s+|earlier\s+)?(?:reported|quoted|cited|noted)\s+"
                          r"(?:by|in|on)\s+(?P<z>(?:the\s+)?[^,;:.\"\u201c]{2,60}?)(?=\s*[,.;:]|$)")
# the whole content of an according-to claim that is really a speaker and a cue
_SPEAKER_CUE = re.compile(r"(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*|[Hh]e|[Ss]he|[Tt]hey)\s+"
                          r"(?:said|says|told\s+\w+|added|wrote|claimed|argued|insisted)$")


def before_enrich(ctx: Ctx) -> None:
    _citing(ctx)
    _as_reported(ctx)
    _quoted_in(ctx)
    _said_according_to(ctx)


# "Jo Roe, quoted in the Clarion, said": the paper relays Roe
_QUOTED_IN = re.compile(r"(?:as\s+)?quoted\s+(?:in|by)\s+(?P<z>(?:the\s+)?[^,;:.\"\u201c]{2,60}?)\s*(?:,|$)")


def _quoted_in(ctx: Ctx) -> None:
    text = ctx.text
    for c in ctx.claims:
        if c.source is None or c.via or c.cue is None:
            continue
        lo, hi = c.source.start, max(c.source.end, c.cue.start) if c.cue.start > c.source.start else c.source.end
        if "quoted" not in text[lo:hi]:
            continue
        m = _QUOTED_IN.search(text, lo, hi)
        if m is not None:
            c.via = m.group("z").strip()


def _citing(ctx: Ctx) -> None:
    text = ctx.text
    for c in ctx.claims:
        if c.source is None or c.via or not c.content.text.startswith("citing "):
            continue
        m = _CITING.match(text, c.content.start, c.content.end)
        if m is None or m.end() >= c.content.end:
            continue
        # the speaker relays what the cited party holds
        c.via = c.source.text
        c._cited = (m.start("who"), m.end("who"))
        c.content = Span(m.end(), c.content.end, text[m.end():c.content.end])
        c.id = f"{ctx.article.id}:{c.content.start}-{c.content.end}"


def _as_reported(ctx: Ctx) -> None:
    text = ctx.text
    drop = set()
    for c in ctx.claims:
        if c.source is None:
            continue
        m = _AS_REPORTED.match(text, c.source.end)
        if m is None:
            continue
        if not c.via:
            c.via = m.group("z").strip()
        # the rules may have read the relay phrase as a claim of its own
        near = claim_index.starting_in(ctx, m.start("z") - 20, m.end() + 1)
        drop.update(id(d) for d in near if d is not c and d.content.end <= m.end() + 1
                    and d.content.text.lstrip().startswith("as "))
    if drop:
        ctx.claims = [c for c in ctx.claims if id(c) not in drop]


def _said_according_to(ctx: Ctx) -> None:
    """ "Jo Roe said, according to the Clarion, that ...": Roe speaks, the Clarion relays."""
    text = ctx.text
    # (the "according to" claims first: most articles have none, and then the
    # claims are not filed by their source's start)
    leads = [a for a in ctx.claims if a.source is not None and (a.rule or "").startswith("according_to")]
    if not leads:
        return
    drop = set()
    by_source: dict[int, list] = {}
    for c in ctx.claims:
        if c.source is not None:
            by_source.setdefault(c.source.start, []).append(c)
    for a in leads:
        m = _SPEAKER_CUE.fullmatch(a.content.text.strip())
        if m is None:
            continue
        for b in by_source.get(a.source.start, ()):
            if b is a or b.source is None or b.source.start != a.source.start or b.content.start <= a.source.end:
                continue
            s = a.content.start + (len(a.content.text) - len(a.content.text.lstrip())) + m.start("np")
            e = s + len(m.group("np"))
            b.via = a.source.text
            b.source = Span(s, e, text[s:e])
            drop.add(id(a))
            break
    if drop:
        ctx.claims = [c for c in ctx.claims if id(c) not in drop]


_LEAD_PARAS = 3
_AFTER_PARAS = 8
_OWN_SOURCES = ("anonymous_generic", "unnamed_official")
# a run of capitalised words (a name, perhaps an outlet's)
_CAPITAL_RUN = re.compile(r"(?:[A-Z][\w.&'\u2019-]*[ ]+){0,3}[A-Z][\w.&'\u2019-]*")


def after_enrich(ctx: Ctx, claims) -> None:
    _inside_other(claims)
    _told_outlet(ctx, claims)
    _relayed_piece(ctx, claims)
    _lead_outlet(ctx, claims)


# "The Clarion ran a feature ...", "The Clarion published a long profile of ..."
_PIECE_LEAD = re.compile(
    r"(?P<z>(?:[Tt]he[ ]+)?(?:[A-Z][\w.&'\u2019-]*[ ]+){0,4}[A-Z][\w.&'\u2019-]*)[ ]+(?:\w+ly[ ]+)?"
    r"(?:ran|published|printed|aired|posted|carried|broadcast)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:feature|profile|story|article|piece|report|interview|investigation|expos\u00e9|exposé)s?\b")
# The verb and noun of _PIECE_LEAD alone: a cheap first test, since the full
# pattern tries a run of capitalised words at every position of the lead.
_PIECE_VERB = re.compile(
    r"[ ](?:ran|published|printed|aired|posted|carried|broadcast)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:feature|profile|story|article|piece|report|interview|investigation|expos\u00e9|exposé)s?\b")


def _relayed_piece(ctx: Ctx, claims) -> None:
    """A report about another outlet's piece ("The Clarion ran a profile of a
    farmer ...") quotes the people that piece introduced through it: their
    claims carry the outlet as via.  People named up to the end of the sentence
    that mentions the piece (the subject of the headline, say) are not the piece's."""
    if not ctx.paras:
        return
    lead_end = ctx.paras[min(_LEAD_PARAS, len(ctx.paras)) - 1][1]
    if _PIECE_VERB.search(ctx.text, ctx.paras[0][0], lead_end) is None:
        return  # (every match of _PIECE_LEAD holds one of _PIECE_VERB)
    m = _PIECE_LEAD.search(ctx.text, ctx.paras[0][0], lead_end)
    if m is None or inside_quote(ctx, m.start()) is not None:
        return
    z = m.group("z")
    unit = unit_of(ctx, m.start())
    after = unit[1] if unit else m.end()
    if sourcing.classify(z, False) != "media_report" or (
            ctx.article.outlet and not _other_outlet(z, ctx.article.outlet)):
        return
    # (round 46) the piece's people are those named before the report credits another outlet by its name
    # ("Admiral Jo Roe, speaking in the Kelp Times, said"): from there on the report gathers its own
    until = _next_outlet(ctx, z, after)
    for c in claims:
        if c.via or c.source is None or c.source.start < m.end() or c.sourcing != "named_person":
            continue
        p = ctx.people.people.get(c.speaker or "")
        if p is not None and after < p.first < until:
            c.via = z


# "in an interview with the Clarion", "in a statement to Reuters": the medium and its outlet
_MEDIUM_WITH = re.compile(r"(?:(?:in|during)\s+)?(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:interview|statement|conversation|call|email|e-mail|letter|exchange)s?\s+"
                          r"(?:with|to)\s+(?P<z>(?:the\s+)?[^,;:.\"\u201c]{2,60}?)\s*$", re.IGNORECASE)
_LEAD_MEDIUM = re.compile(r"[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|conversation)\s+"
                          r"(?:with|to)\s+(?P<z>(?:the\s+)?[^,;:.\"\u201c]{2,60}?),\s+")


# a medium, not an outlet: "said to the TV", "told the cameras"
_GENERIC_MEDIUM = re.compile(r"(?i)(?:the\s+)?(?:tv|television|radio|cameras?|press|media|screen)\.?")


def _told_outlet(ctx: Ctx, claims) -> None:
    """Words said to another outlet are relayed by it: "Roe told the Clarion",
    "Roe said in an interview with Reuters", "In a statement to the Clarion, Roe
    said".  Only an addressee that reads as a news outlet relays (not
    "reporters", "the committee")."""
    text = ctx.text
    for c in claims:
        if c.via or c.source is None or c.sourcing in ("media_report", "author"):
            continue
        z = c.said_to
        if not z and c.said_where:
            m = _MEDIUM_WITH.match(c.said_where.strip())
            z = m.group("z") if m else None
        if not z:
            unit = unit_of(ctx, c.source.start)
            m = _LEAD_MEDIUM.match(text, unit[0], c.source.start) if unit else None
            z = m.group("z") if m and m.end() == c.source.start else None
        z = (z or "").strip()
        if not z or _GENERIC_MEDIUM.fullmatch(z) or sourcing.classify(z, False) != "media_report":
            continue
        if ctx.article.outlet and not _other_outlet(z, ctx.article.outlet):
            continue  # the report's own outlet relays nothing
        c.via = z


def _inside_other(claims) -> None:
    """A claim made inside what another source reports ('Roe writes: "... ," she
    said, "..."') is relayed by that source."""
    spans = sorted(((c.content.start, c.content.end, c) for c in claims if c.speaker and c.cue is not None
                    and c.content.end - c.content.start > 80), key=lambda x: x[0])
    if not spans:
        return
    # (the spans are walked from the first whose end, or an earlier span's, reaches
    # the cue's end -- none before it can hold the cue -- to the last that starts by
    # the cue: two bisections instead of a walk over every span before the cue)
    starts = [s for s, _, _ in spans]
    reach = list(accumulate((e for _, e, _ in spans), max))
    for c in claims:
        if c.via or c.cue is None or c.source is None:
            continue
        cue_e, src_s = c.cue.end, c.source.start
        for i in range(bisect_left(reach, cue_e), bisect_right(starts, c.cue.start)):
            s, e, outer = spans[i]
            if outer is not c and s <= src_s and cue_e <= e and outer.speaker != c.speaker:
                c.via = outer.speaker
                break


def _lead_outlet(ctx: Ctx, claims) -> None:
    """Unnamed sources in a story whose lead credits another outlet are that
    outlet's ("The Clarion reports that ... , sources said")."""
    cited = [c for c in claims if c.speaker and c.cue is not None and c.source is not None]
    if not cited or not ctx.paras:
        return
    lead_end = ctx.paras[min(_LEAD_PARAS, len(ctx.paras)) - 1][1]
    outlets = [c for c in cited if c.source.start < lead_end and c.sourcing == "media_report"
               and c.speaker[:1].isupper() and not _unnamed_story(c.speaker) and not _many_outlets(c.speaker)]
    if not outlets:
        return
    outlet = outlets[0]
    last = ctx.paras[min(_LEAD_PARAS + _AFTER_PARAS, len(ctx.paras)) - 1][1]
    for c in claims:
        if c.source is None or c.via or not (outlet.source.start < c.source.start < last):
            continue
        if c.sourcing == "media_report" and c.speaker and _unnamed_story(c.speaker):
            c.via = outlet.speaker  # (round 44) "The story, which the Clarion posted, cited": the outlet's piece
            continue
        if c.sourcing == "media_report" and c.speaker and _other_outlet(c.speaker, outlet.speaker):
            return  # another outlet is credited: the relay ends
        if c.sourcing in _OWN_SOURCES:
            c.via = outlet.speaker


# (round 46) words that open a mention of several unnamed outlets ("Some media reports", "Several newspapers")
_MANY = frozenset(("some", "several", "many", "other", "most", "various", "multiple", "local"))


def _many_outlets(speaker: str) -> bool:
    """ "Some media reports", "Several newspapers": outlets the lead does not
    name, capitalised only as the sentence's first word; no one outlet whose
    piece the later unnamed sources could be relayed by."""
    words = speaker.split()
    return words[0].lower() in _MANY and not any(w[:1].isupper() for w in words[1:])


def _next_outlet(ctx: Ctx, z: str, start: int) -> int:
    """Where the sentence starts that, after ``start``, first names an outlet
    other than ``z`` by a name of its own ("the Kelp Times", not a bare "the
    Media" nor "the Post" again); the text's end when none is named."""
    text = ctx.text
    for m in _CAPITAL_RUN.finditer(text, start):
        name = m.group()
        if " " not in name or not _other_outlet(name, z):
            continue
        if sourcing.classify(name, False) == "media_report" and any(
                w.lower() not in MEDIA_WORDS for w in name.split() if w != "The"):
            unit = unit_of(ctx, m.start())
            return max(start, unit[0]) if unit else m.start()
    return len(text)


def _unnamed_story(speaker: str) -> bool:
    """ "The story", "a story": a news story that names no outlet, in a report
    whose lead credits one -- that outlet's own story, not another's."""
    words = speaker.split()
    return words[-1].lower() in sourcing.NEWS_STORY_WORDS and not any(
        w[:1].isupper() for w in words[1:]) and words[0].lower() in ("the", "a", "this", "that")


def _other_outlet(a: str, b: str) -> bool:
    wa = {w for w in re.findall(r"[A-Z]\w+", a) if w != "The"}
    wb = {w for w in re.findall(r"[A-Z]\w+", b) if w != "The"}
    return not (wa & wb)
