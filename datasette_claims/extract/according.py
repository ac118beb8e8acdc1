"""Attributions framed by an adverbial rather than a verb.

Why separate: "According to X, ..." / "..., according to X" and "When asked
about X, ..." put the content in the main clause and the source in an adjunct,
so the source is to the right of the anchor (or missing) -- the opposite of the
verbal rules.  Both are rare anchors, guarded by a substring test before their
regex runs.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import patterns as P
from . import sourcing
from .lexicon import CUE_FORMS, OFFICE_HEADS, TITLE_WORDS
from .context import FINITE, Ctx, content_quote_type, inside_quote, make_claim, narration_matches, trim_span, unit_of
from .speaker_guards import clock_colon

_ADVERBIAL = re.compile(r"(?:In\s+addition|However|Meanwhile|But|And|Still|Yet|Also|Now|Moreover|Instead|"
                        r"Indeed|In\s+fact|Overall|Similarly|Separately|Further|Furthermore|So|Thus|"
                        r"In\s+\w+|On\s+\w+|At\s+\w+|Last\s+\w+|This\s+\w+)?$")


# The source after "according to": up to a comma, colon or semicolon, the end of
# the sentence unit (the splitter already knows "Ms." and "U.S."), or a relative
# pronoun; abbreviations ("F.A.A. records") and quoted titles (with their own
# colons and commas: "''Roads: A History,'' by Ann Lee") may sit inside.
_ACCORDING_SRC = re.compile(
    r"\s+((?:[\u201c\"][^\u201d\"]{1,120}[\u201d\"]|''(?:(?!'')[^\n]){1,120}''|[^,;:\u201c\"]){2,150}?|[^,;:]{2,150}?)(?=\s*(?:[,;:]|[.!?]?[\"'\u201d\u2019)]?\s*$|\s+(?:who|which)\b|\s+(?:--|[\u2014\u2013-])\s))")


# The last clause before a trailing "according to X" that PolNeAR takes as the
# content on its own: what follows a colon ("Delegates: Lee leads by 40,
# according to ...") or opens a parenthesis; a "with" phrase that carries the
# only figure ("Lee trails, with a third of the vote, according to ..."); a
# relative clause on the final noun (", which stood at 263") or a coordinated
# clause (", and he will ...") when the main clause is itself someone's
# statement ("Roe says the gap is closing, which ...") -- the earlier part is
# not what X is cited for.  Only when that clause runs to the cue without a comma.
_FIGURE = re.compile(r"(?:\$?\d|(?:about|roughly|nearly|almost|some|just|only|more\s+than|less\s+than|over|under)\s+"
                     r"(?:\$?\d|half|a\s+third|a\s+quarter|\w+-thirds)|half|a\s+third|a\s+quarter|\w+-(?:thirds|quarters)|"
                     r"(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:majority|minority|plurality)\b)")
_TRAILER_TAIL = re.compile(r"(?:,\s+(?P<rel>which\s|who\s|with\s|and\s+(?=(?:he|she|they|it|[A-Z][a-z]+)\s))"
                           r"|:\s+|\(\s*)"
                           r"(?P<tail>[^,:;()\"\u201c\u201d]{12,}?)\s*,?\s*$")
_DET_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|the|a|an|my|our)|'s|\u2019s)\s+$")


# "..., because, according to Lee, the vote was rigged": the content is the
# clause after the source, not the words before it.
_SUBORDINATE_BEFORE = re.compile(r"(?:^|\s)(?:because|after|before|while|although|though|since|"
                                 r"if|when|whereas|unless|until)$")
# "While most were X, according to Lee, two were Y": a fronted subordinate clause
# and then the main clause, which is what Lee is cited for.
_SUBORDINATE_CLAUSE = re.compile(r"(?:While|Although|Though|Whereas|Even\s+though|Even\s+as|If|When|After|Before|"
                                 r"Since|Because|Unless|Once)\s")
_MAIN_AFTER = re.compile(r",\s+(?:\S+\s+){3}")
# A past form: with an auxiliary (``FINITE``), what a resumed clause has and
# "director of the port authority" (the source's apposition) has not.
_PAST = re.compile(r"\b[a-z]{2,}ed\b")
_SRC_ASIDE = re.compile(r"(?:,\s+(?:a|an|the|another|one|his|her|its|their)\s|\s+(?:who|which)\s)"
                        r"[^,;:\"\u201c\u201d()]{2,90}?(?=,\s)")
# "At the heart of it, according to Lee, was a feud": an inverted copula; the
# fronted phrase and the rest of the clause are one content in two pieces.
_COPULA_AFTER = re.compile(r",\s+(?:was|is|are|were|remains?|remained|lies|lay|came|comes)\s")


_TITLE_COMPLEMENT = {"of", "for", "at", "in", "on", "to", "with", "and", "from"}


def _source_apposition(after_src: str) -> bool:
    """Whether what follows "according to X" is X's own apposition ending the
    sentence (", director of the port authority."), not the clause resumed."""
    if FINITE.search(after_src) or _PAST.search(after_src):
        return False
    words = re.findall(r"[\w'-]+", after_src.lower())[:8]
    titled = [k for k, w in enumerate(words[:6]) if w in TITLE_WORDS]
    # the title ends the phrase or takes a complement ("director of ..."); a
    # word of any other kind after it is a verb ("the mayor sold the mill")
    return bool(titled) and (titled[-1] + 1 == len(words) or words[titled[-1] + 1] in _TITLE_COMPLEMENT)


def _trailer_start(ctx: Ctx, us: int, ce: int) -> int:
    text = ctx.text
    seg = text[us:ce]
    if ", wh" not in seg and ", and " not in seg and ", with " not in seg and ":" not in seg and "(" not in seg:
        return us
    m = _TRAILER_TAIL.search(text, us, ce)
    if m is None or len(m.group("tail").split()) < 3 or inside_quote(ctx, m.start()):
        return us
    if not m.group("rel"):
        return m.start("tail")
    if m.group("rel").startswith("with"):
        # "..., with 56 percent of voters backing him": the figure is what X is
        # cited for when the main clause carries no figure of its own
        if _FIGURE.match(text, m.start("tail")) and not any(ch.isdigit() for ch in text[us:m.start()]):
            return m.start("tail")
        return us
    for cm in P.CUE_RE.finditer(text, us, m.start()):
        if not _DET_BEFORE.search(text, max(us, cm.start() - 8), cm.start()):
            return m.end("rel") if m.group("rel").startswith("and") else m.start("rel")
    return us


# "according to the agency reporting at 9:21pm, ...": the source ends before a
# participle of reporting; the participle's phrase (clock times and all) runs to a comma
_SOURCE_PARTICIPLE = re.compile(r"\s+(?:reporting|writing|speaking|citing|quoting|broadcasting|posting|"
                                r"commenting|announcing|publishing|"
                                # "according to the board in an interview with the Kelp Times, ..."
                                r"in\s+(?:an?|its|his|her|their)\s+" + P.VENUE + r"\s+(?:with|to)\s)")
# the outlet's apposition after that phrase (", the local newspaper,"): no verb, then a comma
_OUTLET_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?=\s*,)")
_PHRASE_TO_COMMA = re.compile(r"(?:\d:\d|[^,;:\u201c\"])*")


def _source_tail(text: str, ss: int, se: int, ue: int) -> tuple[int, int]:
    """The source's end and where what follows it starts: a colon between
    digits (a clock time) is no boundary, and "X reporting on/at ..." ends the
    source at X, its phrase running to the next comma."""
    m = _SOURCE_PARTICIPLE.search(text, ss, se)
    clock = se < ue - 1 and clock_colon(text, se)
    if m is None and not clock:
        return se, se
    rest = _PHRASE_TO_COMMA.match(text, m.end() if m is not None else ss, ue).end()
    if m is None:
        return rest, rest  # "according to the 9:30 bulletin, ..."
    if m.group().lstrip().startswith("in"):
        aside = _OUTLET_APPOSITION.match(text, rest, ue)
        if aside is not None and not FINITE.search(aside.group()):
            rest = aside.end()
    return m.start(), rest


# "According to Ann Vole, head of the port authority, the ferries ...": the
# source's apposition between two commas, then the sentence
# (not a role before its holder's name: "According to Lee, Kelp's envoy to Vole,
# Ann Roe, has ...": the role and the name are the content's subject)
_LEAD_ASIDE = re.compile(r",\s+(?P<a>[^,;:\"\u201c\u201d()]{2,90}?),\s+(?!(?:which|who|whose|where|when|and|or|but)\b)"
                         r"(?![A-Z][\w.'\u2019-]*(?:\s+[A-Z&][\w.'\u2019-]*){0,4},)(?=(?:\S+\s+){2}\S)")


def _after_lead_aside(text: str, ss: int, at: int, ue: int) -> int:
    """Where a lead's content starts: after the named source's own apposition
    (a title and its complement, no verb: ``_source_apposition``), which is
    no part of what the source is cited for."""
    if not text[ss:ss + 1].isupper():
        return at  # ("according to the report, the harbour, ...": no person's title follows)
    m = _LEAD_ASIDE.match(text, at, ue)
    if m is None or not _source_apposition(m.group("a")):
        return at
    return m.end()


# round 49: "According to the Clarion the board has ..." / "..., but according to
# Kelp Radio it has led to ...": no comma after the source, whose span then ran on
# over the clause; the clause opens on a determiner, a pronoun, "there" or a number
# and holds a finite verb (an auxiliary, or a past form followed by its object),
# the words before it none
_CLAUSE_OPEN = re.compile(r"\s(?=(?:the|a|an|his|her|its|their|this|these|those|there|it|they|he|she|we|some|only|"
                          r"\d|(?:around|about)\s+\d)\b)")
_CLAUSE_VERB = re.compile(FINITE.pattern + r"|\b[a-z]{3,}ed\s+(?!(?:by|in|on|for|at|from|to|with|under|during|"
                          r"through|over|after|before|since|as|last|this|today|yesterday|earlier)\b)[a-z]")


def _clause_after_source(text: str, ss: int, se: int) -> int | None:
    """Where a clause starts inside an "according to" source span that no comma
    closed, or None."""
    if FINITE.search(text, ss, se) is None and _CLAUSE_VERB.search(text, ss, se) is None:
        return None
    for m in _CLAUSE_OPEN.finditer(text, ss + 1, se):
        p = m.end()
        if _CLAUSE_VERB.search(text, ss, p) is not None:
            return None  # (a verb before the clause: "the figures that were released", no split)
        if _NOT_BEFORE_CLAUSE.search(text, ss, m.start()) is None and _CLAUSE_VERB.search(text, p, se) is not None:
            # (a cue in the clause -- "the board also said that ...", "it says" -- or a "say" before it --
            # "experts say there is" -- is left as it was)
            return None if any(w in CUE_FORMS for w in _WORD.findall(text, p, se)) \
                or _SAY_VERB.search(text, ss, p) is not None else p
    return None


_WORD = re.compile(r"[a-z]+")
_SAY_VERB = re.compile(r"\b(?:say|says|said|tell|tells|told|think|thinks|believe|believes)\b")


# a preposition or a linking word right before a determiner: the noun phrase goes on
# ("a report by the board", "results of the poll"), no clause opens there
_NOT_BEFORE_CLAUSE = re.compile(r"\b(?:of|in|on|at|to|for|from|with|by|about|into|over|than|as|between|among|"
                                r"under|after|before|during|since|through|within|without|against|across|around|"
                                r"near|per|via|like|including|that|which|who|whom|whose|where|when|whether|while|if|because|and|or|but|"
                                r"nor)$")


class _AccordingFrame(NamedTuple):
    """Where an "according to" claim's content lies, where its source ends, and the rule."""

    cs: int
    ce: int
    se: int
    rule: str


def according_to(ctx: Ctx) -> None:
    """ "According to X, ..." (a lead) and "..., according to X" (a trailer, or a
    parenthetical with the clause going on after the source)."""
    text = ctx.text
    if "ccording to" not in text:
        return
    for m, us, ue in P.first_per_sentence(narration_matches(ctx, P.ACCORDING_RE)):
        sm = _ACCORDING_SRC.match(text[m.end():ue])
        if not sm:
            continue
        ss, se, content_from, office = _source_after(text, m.end(), sm, ue)
        before = text[us:m.start()].strip(" ,")
        if before.endswith(" that"):
            # "Lee said that according to the count, ...": inside a reported clause
            continue
        frame = _according_frame(ctx, m, us, ue, _Source(ss, se, content_from, office), before)
        cs, ce = trim_span(text, frame.cs, frame.ce)
        while ce > cs and text[ce - 1] in ".!?":
            ce -= 1
        if ce - cs < 3:
            continue
        if _relayed(ctx, cs, ce, (ss, frame.se), (m.start(), m.end()), frame.rule):
            continue
        said = _QUOTED_THEN_SAID.fullmatch(text, cs, ce) if frame.rule == "according_to.trailer" else None
        if said is not None:
            _relayed_quotation(ctx, said, (ss, frame.se))
            continue
        claim = make_claim(ctx, cs, ce, (ss, frame.se), (m.start(), m.end()), frame.rule, 0.8,
                           quote_type=content_quote_type(ctx, cs, ce, "accord", False), lemma="accord",
                           stance="assertion")
        if claim is not None and office is not None:
            claim._app = office.span  # (the office is the holder's role)


def _according_frame(ctx: Ctx, m: re.Match, us: int, ue: int, src: _Source, before: str) -> _AccordingFrame:
    """A lead ("According to X, ...") or a trailer ("..., according to X"), or
    the clause a source with no comma after it ran on over."""
    text, ss, se = ctx.text, src.ss, src.se
    clause = _clause_after_source(text, ss, se) if src.office is None else None
    if clause is not None:
        # ("According to the Clarion the board has ...": the clause is the claim, the source ends before it)
        return _AccordingFrame(clause, ue, trim_span(text, ss, clause)[1], "according_to.lead")
    if len(before) >= 3 and not _lead_in(before, text[se:ue]) and not text[m.start()].isupper():
        # (a capital "According to" opens a sentence whose full stop the text lost: "... in 586
        # B.C. According to X, ...", a heading's words before it: it leads, as it does after a stop)
        return _trailer_frame(ctx, m, us, ue, ss, se, before)
    k = _after_lead_aside(text, ss, src.content_from, ue)
    while k < ue and text[k] in " ,\u2014\u2013-":
        k += 1
    return _AccordingFrame(k, ue, se, "according_to.lead")


# "an interview with the Clarion", "an interview published in the Clarion": the
# interview names where it was said; the outlet relays, the interviewee speaks
_INTERVIEW_WITH = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?interviews?\s+(?:with|to|in|on|by|"
                             r"(?:published|aired|broadcast)\s+(?:in|on|by)|given\s+to)\s+(?P<z>\S.*)", re.I)
# the interviewee opening the content: a name and its verb ("Roe plans to ...")
_NAME_THEN_VERB = re.compile(r"(?P<np>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+"
                             r"(?:(?:also|still)\s+)?(?:[a-z]{2,}(?:s|ed)|will|would|can|could|has|had)\b")


def _relayed(ctx: Ctx, cs: int, ce: int, src: tuple[int, int], cue: tuple[int, int], rule: str) -> bool:
    """A claim made inside the content ("According to Veja, the spy says that
    ...") or by the interviewee of an outlet's interview, relayed by the source
    (by the outlet of "an interview with the Clarion"); False when neither."""
    relay = _interview_outlet(ctx.text, src[0], src[1]) or src
    inner = _REPORTED_INSIDE.match(ctx.text, cs, ce)
    if inner is not None and inside_quote(ctx, cs) is None and _relays_a_clause(inner):
        _relayed_report(ctx, inner, relay, rule)
        return True
    return relay != src and _interviewee_claim(ctx, cs, ce, relay, cue, rule)


def _interview_outlet(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """The outlet's span when the according-to source is an interview with (or
    in) a news outlet ("According to an interview with the Clarion, ...")."""
    im = _INTERVIEW_WITH.fullmatch(text, ss, se)
    if im is None or sourcing.classify(im.group("z"), False) != "media_report":
        return None
    return im.start("z"), im.end("z")


def _interviewee_claim(ctx: Ctx, cs: int, ce: int, outlet: tuple[int, int], cue: tuple[int, int],
                       rule: str) -> bool:
    """ "According to an interview with the Clarion, Roe plans to ...": Roe's
    claim (the whole clause), relayed by the outlet (``via``)."""
    nm = _NAME_THEN_VERB.match(ctx.text, cs, ce)
    if nm is None:
        return False
    c = make_claim(ctx, cs, ce, (nm.start("np"), nm.end("np")), cue, rule, 0.75,
                   quote_type=content_quote_type(ctx, cs, ce, "accord", False), lemma="accord",
                   stance="assertion")
    if c is not None:
        c.via = ctx.text[outlet[0]:outlet[1]]
    return c is not None


# ", Jo Roe" after an office with no article: its holder's name, as
# ``patterns.OFFICE_HOLDER`` reads it after an inverted cue's office, here with
# nothing between ("of the port") and no masthead's "The" ("The Age")
_HOLDER_AFTER = re.compile(P.OFFICE_HOLDER)
_MASTHEAD_THE = re.compile(r"The\s")


class _Office(NamedTuple):
    """An office after "according to" and where its holder's name ends."""

    span: tuple[int, int]
    name_end: int


def _office_held(text: str, ss: int, se: int, ue: int) -> _Office | None:
    """ "according to Kelp Ports chief executive, Jo Roe": an office opening
    with no article ("Japan's chief envoy", not "the Kelp Daily" nor "a
    director"), then its holder's name, who speaks (the office the role)."""
    words = text[ss:se].split()
    if len(words) < 2 or words[0].lower() in ("the", "a", "an") or words[-1].lower() not in OFFICE_HEADS:
        return None
    held = _HOLDER_AFTER.match(text, se, ue)
    if held is None or held.group("pp") or _MASTHEAD_THE.match(held.group("name")):
        return None
    return _Office((ss, se), held.end("name"))


class _Source(NamedTuple):
    """The source after "according to": its span, where what follows it
    starts, and the office its holder holds, if the source is a holder."""

    ss: int
    se: int
    content_from: int
    office: _Office | None


def _source_after(text: str, at: int, sm: re.Match, ue: int) -> _Source:
    ss = at + sm.start(1)
    se = trim_span(text, ss, at + sm.end(1))[1]
    if text[se - 1] == ")" and "(" not in text[ss:se]:
        se -= 1  # "(X rose, according to the agency)."
    se, content_from = _source_tail(text, ss, se, ue)
    office = _office_held(text, ss, se, ue) if se == content_from else None
    if office is not None:
        se = content_from = office.name_end
    return _Source(ss, se, content_from, office)


def _lead_in(before: str, after_src: str) -> bool:
    """Whether the words before "according to" only lead into the sentence (a
    short adverbial, a subordinate clause), so that the source leads it."""
    return bool((len(before.split()) < 4 and _ADVERBIAL.match(before))
                or _SUBORDINATE_BEFORE.search(before)
                or (_SUBORDINATE_CLAUSE.match(before) and "," not in before and _MAIN_AFTER.match(after_src)))


def _trailer_frame(ctx: Ctx, m: re.Match, us: int, ue: int, ss: int, se: int, before: str) -> _AccordingFrame:
    """ "..., according to X": the words before are the content.  When the clause
    goes on after the source ("Other cleavages, according to the poll, include
    ideology"), that clause is a claim of its own ("according_to.parenthetical")."""
    text = ctx.text
    after_src = text[se:ue]
    aside = _SRC_ASIDE.match(text, se, ue)
    if aside is not None and _COPULA_AFTER.match(text, aside.end()):
        # "..., according to Lee, a former envoy, was a feud": the aside
        # belongs to the source, the clause goes on after it
        se = aside.end()
        after_src = text[se:ue]
    frame = _AccordingFrame(_trailer_start(ctx, us, m.start()), m.start(), se, "according_to.trailer")
    if after_src.startswith(",") and len(after_src.split()) >= 4 and (
            len(before.split()) < 6 or (len(before.split()) < 12 and _COPULA_AFTER.match(after_src))) and (
            not _source_apposition(after_src)):
        k = se + 1
        while k < ue and text[k] == " ":
            k += 1
        ce2 = ue
        while ce2 > k and text[ce2 - 1] in " .!?\n":
            ce2 -= 1
        make_claim(ctx, k, ce2, (ss, se), (m.start(), m.end()), "according_to.parenthetical", 0.7,
                   quote_type=content_quote_type(ctx, k, ce2, "accord", False), lemma="accord",
                   stance="assertion")
    return frame


# "According to Veja, the spy says that ...", "Kostov claimed that ..., according
# to Reuters", "Officials said the repairs would cost ..., according to documents
# seen by the Herald", "The bank has warned that ..., according to its latest report":
# the statement is the inner speaker's; the according-to source relays it (or,
# a possessed document, is its medium).
_REPORTED_INSIDE = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*|[Tt]he\s+(?:(?!(?:also|has|have|had)\s)"
    r"(?:[a-z][\w-]*|[A-Za-z]\w*['\u2019]s)\s+){0,3}(?!(?:also|has|have|had)\s)[a-z][\w-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|has|have|had|earlier|previously|repeatedly)\s+){0,2}"
    r"(?P<cue>said|says|claimed|claims|warned|warns|told\s+\w+|tells\s+\w+|announced|announces|stated|states|"
    r"argued|argues|insisted|insists|believes|believed|predicted|predicts|estimated|estimates|revealed|reveals|"
    r"confirmed|confirms|reported|reports|wrote|writes|noted|notes|suggested|suggests|maintained|maintains)"
    r"(?:\s+(?P<that>that)\s+(?=\S)|\s+(?=(?:the|a|an|its|their|it|he|she|they|we|there)\s)|:\s*(?=[\"\u201c]))")
_POSSESSED = re.compile(r"(?:its|their|his|her)\s", re.IGNORECASE)
# the cues whose clause may come without "that" ("Kostov said the deal was fair");
# others take a noun object there ("Roe announced the policy", "revealed the name")
_BARE_CLAUSE_CUES = frozenset(("said", "says", "told", "tells", "claimed", "claims", "insisted", "insists",
                               "believes", "believed", "suggested", "suggests", "predicted", "predicts"))


def _relays_a_clause(inner: re.Match) -> bool:
    """Is what follows the inner cue a clause (after "that", or after a cue that
    takes a bare clause), not the cue's noun object?"""
    return inner.group("that") is not None or inner.group("cue").split()[0] in _BARE_CLAUSE_CUES


def _relayed_report(ctx: Ctx, inner: re.Match, relay: tuple[int, int], rule: str) -> None:
    """The inner speaker's claim of what follows "that", relayed by the
    according-to source (``via``) or found in its document (the medium)."""
    text = ctx.text
    cs = inner.end()
    ce = trim_span(text, cs, inner.endpos)[1]
    c = make_claim(ctx, cs, ce, (inner.start("np"), inner.end("np")), (inner.start("cue"), inner.end("cue")),
                   rule, 0.75, quote_type=content_quote_type(ctx, cs, ce, "say", True), lemma="say",
                   stance="assertion")
    if c is not None:
        _relayed_by(c, text[relay[0]:relay[1]])


def _relayed_by(c, relay: str) -> None:
    """The according-to source relays the claim (``via``), or is the document
    it was found in (its medium: "its latest report")."""
    if _POSSESSED.match(relay):
        c._medium = relay
    else:
        c.via = relay


# '"The fares stay frozen," Roe said, according to the ministry's summary': a
# quotation with its own speaker, which the according-to source relays
_SAID_NAME = r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*"
_QUOTED_THEN_SAID = re.compile(
    r"[\"\u201c](?P<q>[^\"\u201c\u201d]{3,}?)[,.]?[\"\u201d]\s*,?\s+"
    r"(?:(?P<np>" + _SAID_NAME + r"|[Hh]e|[Ss]he|[Tt]hey)\s+(?P<cue>said|says|added|adds|told\s+\w+)"
    r"|(?P<cue2>said|says|added|adds)\s+(?P<np2>" + _SAID_NAME + r"))")


def _relayed_quotation(ctx: Ctx, said: re.Match, relay: tuple[int, int]) -> None:
    """The quotation is its speaker's direct claim, relayed by the
    according-to source (``via``) or found in its document (the medium)."""
    text = ctx.text
    cs, ce = trim_span(text, said.start("q"), said.end("q"))
    src, cue = ("np", "cue") if said.group("np") is not None else ("np2", "cue2")
    c = make_claim(ctx, cs, ce, said.span(src), said.span(cue), "according_to.relayed_quote", 0.8,
                   quote_type="direct", lemma="say", stance="assertion")
    if c is not None:
        _relayed_by(c, text[relay[0]:relay[1]])


_WHEN_ASKED = re.compile(r"(?:\b(?:[Ww]hen|[Ww]henever|[Aa]fter|[Ww]hile|[Ii]f|[Oo]nce)\s+"
                         r"(?:(?:he|she|they|it)\s+(?:was|were)\s+(?:first\s+|later\s+|again\s+)?)?"
                         r"|(?<![\w,] )(?<![\w,])|(?<=\w, ))(?P<cue>(?:later\s+)?[Aa]sked)\s+"
                         r"(?:by\s+(?P<by>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|reporters|a\s+reporter)\s+)?"
                         r"(?:(?:on|in|at|during)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}|(?:on|last|this)\s+\w+\s+|\w+day\s+"
                         r"|(?:at|during|in|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:debate|briefing|conference|interview|"
                         r"hearing|forum|rally|event|meeting|appearance|town\s+hall|session)\s+(?:\w+day\s+)?"
                         r"(?:in\s+[A-Z][\w.-]*\s+)?)?"
                         r"(?:(?:recently|again|later|repeatedly|specifically|directly|first|once)\s+)?"
                         r"(?P<c>(?:about|whether|if|why|how|what|who|whom|which|whose|where|when|to|for\s+(?:his|her|their)\b"
                         r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}question\s+(?:about|on)\b)"
                         r"[^,;\"\u201c]{0,160}?(?:[\u201c\"][^\u201d\"]{1,60}[\u201d\"][^,;\"\u201c]{0,80}?)?)"
                         r"(?=\s*[,;:]|\s+[\u2014\u2013-]+\s|\s+(?:he|she|they)\s+said|"
                         + P.NOT_ABBREV_END + r"\.(?:\s|$)|$)")
# a trailing "in an interview", "during a debate on Friday": where it was asked, not what
_ASKED_WHERE = re.compile(r"\s+(?:during|in|at|after|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:interview|debate|appearance|briefing|conference|hearing|forum|rally|town\s+hall|"
                          r"session|meeting)\b")
# "Sanders was asked by host Jane Roe whether ...": PolNeAR's source is the asker.
_ASKED_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?P<cue>asked)\s+by\s+(?P<by>[^,;:\"\u201c]{2,60}?)\s+"
    r"(?P<c>(?:about|whether|if|why|how|what|who|whom|which|where|when|to)\b[^;\"\u201c]{2,200}?)"
    r"(?=\s*[;]|\.(?:\s|$)|$)")


_SKED = re.compile(r"sked\s")
# where a match of _WHEN_ASKED can begin: a subordinator or the cue itself
_ASKED_START = re.compile(r"[Ww]hen|[Aa]fter|[Ww]hile|[Ii]f|[Oo]nce|later|[Aa]sked")


def _asked_matches(text: str, ustarts: list[int] | None = None):
    """The matches of ``_WHEN_ASKED``, looked for only around each "asked"
    (a literal the regex engine finds quickly) instead of at every position,
    and only around the first ``MAX_CUES_PER_SENTENCE`` of a sentence."""
    last = -1
    n = len(text)
    prev = 0
    unit, run = None, 0
    for hit in _SKED.finditer(text):
        if ustarts is not None:
            u = bisect.bisect_right(ustarts, hit.start())
            run, unit = (run + 1 if u == unit else 1), u
            if run > P.MAX_CUES_PER_SENTENCE:
                prev = hit.start()
                continue
        # A match whose cue is this "asked" starts after the previous "asked" and
        # before this one: try the pattern only where it can start there (a search
        # over the whole window would also try every later "asked" and every
        # earlier one, whose matches are skipped: a run of them cost each of its
        # hits time in proportion to the window)
        lo, prev = max(prev, hit.start() - 120, 0), hit.start()
        if hit.start() < last:
            continue
        end = min(n, hit.end() + 600)
        m = None
        for k in _ASKED_START.finditer(text, lo, hit.end()):
            if k.start() >= hit.start():
                break
            m = _WHEN_ASKED.match(text, k.start(), end)
            if m is not None and m.end("cue") > hit.start():
                break
            m = None
        if m is None or not m.start("cue") < hit.start() < m.end("cue") or m.start() < last:
            continue
        last = m.end()
        yield m


def when_asked(ctx: Ctx) -> None:
    """ "When asked about the merger, she ...": a question with no stated asker."""
    text = ctx.text
    if "sked " not in text:
        return
    for m in _asked_matches(text, ctx.ustarts):
        if inside_quote(ctx, m.start()) or unit_of(ctx, m.start()) is None:
            continue
        ctx.cue_taken.add(m.start("cue"))
        by = (m.start("by"), m.end("by")) if m.group("by") else None
        cs, ce, cue_end = m.start("c"), m.end("c"), m.end("cue")
        pm = P.PREP_AFTER_CUE.match(text, cue_end)
        if pm is not None and pm.group(1) == "about" and pm.start(1) == cs and pm.end() < ce:
            # "When asked about the merger": the preposition joins the cue
            cs, cue_end = pm.end(), pm.end(1)
        wm = _ASKED_WHERE.search(text, cs, ce)
        if wm is not None and len(text[cs:wm.start()].split()) >= 2:
            ce = wm.start()
        make_claim(ctx, cs, ce, by, (m.start("cue"), cue_end), "question.when_asked",
              0.6, quote_type="indirect", lemma="ask", stance="question")
    if " asked by " not in text:
        return
    for m in _ASKED_BY.finditer(text):
        if inside_quote(ctx, m.start()) or unit_of(ctx, m.start()) is None:
            continue
        ctx.cue_taken.add(m.start("cue"))
        ctx.cue_taken.add(m.start())
        make_claim(ctx, m.start("c"), m.end("c"), (m.start("by"), m.end("by")), (m.start(), m.end("cue")),
              "question.asked_by", 0.65, quote_type="indirect", lemma="ask", stance="question")


# "As reported by the Journal, the talks failed."  /  "The deal was first
# reported by the Journal."  A passive report verb with its agent: the source
# follows "by"; the content is the main clause, or the passive's subject.
# (first letter, then a look-behind for the word boundary before it: same matches as a
# leading \b, but the engine can skip ahead to that letter)
_AS_REPORTED = re.compile(
    r"(?P<cue>A(?<!\w.)s\s+(?:first\s+|previously\s+|originally\s+)?(?:reported|revealed|noted)\s+by)\s+"
    r"(?P<src>[^,;:\"\u201c]{2,80}?),\s+")
# ("\s\s*" rather than "\s+": same matches, but a first character class lets the
# engine skip ahead to the next space)
_REPORTED_BY = re.compile(
    r"\s\s*(?P<cue>(?:was|were|has\s+been|had\s+been)\s+(?:first\s+|previously\s+|originally\s+|initially\s+)?"
    r"(?:reported|revealed|disclosed)\s+by)\s+(?P<src>[^,;:\"\u201c]{2,80}?)(?=\s*(?:[.;]|,\s+which|$))")


# "Reporters were told by Jo Roe that ...", "The council was assured by the mayor, Ann Vole, that ...":
# the agent of a passive verb of telling is the speaker, the "that" clause what was said
_TOLD_BY = re.compile(
    r"\s(?P<cue>(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:told|informed|assured|reminded|warned)\s+by)\s+(?P<src>[^,;:\"\u201c]{2,80}?(?:,\s[^,;:\"\u201c]{2,60},)?)"
    r"\s+that\s+")
# '"We will close in May," reporters were told by Jo Roe.': a quotation the passive's agent spoke
_TOLD_BY_TRAILER = re.compile(
    r"(?P<np>(?:[a-z]+\s+){1,3}?)(?P<cue>(?:was|were)\s+(?:told|informed|assured)\s+by)\s+"
    r"(?P<src>[^,;:\"\u201c]{2,80}?)(?=\s*(?:[.;,]|$))")


def _told_by(ctx: Ctx) -> None:
    """A passive verb of telling with its agent: the agent speaks ("were told by Jo Roe that ...",
    '"...," reporters were told by Jo Roe.')."""
    text = ctx.text
    for m, us, ue in narration_matches(ctx, _TOLD_BY):
        cs, ce = trim_span(text, m.end(), ue)
        while ce > cs and text[ce - 1] in ".!?":
            ce -= 1
        if ce - cs < 3 or m.start("cue") in ctx.cue_taken:
            continue
        ctx.cue_taken.add(m.start("cue"))
        src_end = m.end("src") - 1 if text[m.end("src") - 1] == "," else m.end("src")
        make_claim(ctx, cs, ce, (m.start("src"), src_end), (m.start("cue"), m.end("cue")),
                   "reported_by.passive", 0.7, quote_type=content_quote_type(ctx, cs, ce, "tell", True),
                   lemma="tell", stance="assertion")
    for q in ctx.quotes:
        m = _TOLD_BY_TRAILER.match(text, q.close_at + 1) if text[q.close_at - 2:q.close_at - 1] == "," else None
        if m is None or text[q.close_at:q.close_at + 1] != " " or m.start("cue") in ctx.cue_taken:
            continue
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, q.start, q.end - 1, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                   "reported_by.passive", 0.7, quote_type="direct", lemma="tell", stance="assertion")


# "informed by", "assured by", ...; "reported by", "revealed by", "disclosed by": the
# words before "ed by" that the two gates of ``reported_by`` look for
_TOLD_STEMS = ("inform", "assur", "remind", "warn")
_REPORTED_STEMS = ("eport", "eveal", "isclos")


def reported_by(ctx: Ctx) -> None:
    text = ctx.text
    if "told by" in text or P.any_joined(text, "ed by", heads=_TOLD_STEMS):
        _told_by(ctx)
    if not P.any_joined(text, "ed by", heads=_REPORTED_STEMS):
        return
    for m, us, ue in narration_matches(ctx, _AS_REPORTED):
        if text[us:m.start()].strip():
            continue
        cs, ce = trim_span(text, m.end(), ue)
        while ce > cs and text[ce - 1] in ".!?":
            ce -= 1
        if ce - cs < 3:
            continue
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, cs, ce, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
              "reported_by.lead", 0.75, quote_type=content_quote_type(ctx, cs, ce, "report", False),
              lemma="report", stance="assertion")
    for m, us, ue in narration_matches(ctx, _REPORTED_BY):
        cs, ce = trim_span(text, us, m.start())
        words = text[cs:ce].split()
        if not words or len(words) > 12 or not words[0][:1].isupper():
            continue
        ctx.cue_taken.update((m.start("cue"), m.end("cue") - 2))
        make_claim(ctx, cs, ce, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
              "reported_by.passive", 0.7, quote_type="indirect", lemma="report", stance="assertion")


# "In a Clarion poll released Monday, 48 percent chose Roe": a poll's finding,
# sourced to the poll (sentence-initial; the content is the clause after the comma)
_POLL_LEAD = re.compile(
    r"(?P<cue>In)\s+(?P<src>(?:(?:a|an|the|its|their|his|her|this|that|one|another)\s+)?"
    r"(?:(?!(?:about|for|on|as|with|after|before|at|to|from|into|when|while)\s)[^,;:\"\u201c\s]+\s+){0,8}?"
    r"(?:poll|polls|survey|surveys|polling)\b[^,;:\"\u201c]{0,60}?),\s+")


def poll_leads(ctx: Ctx) -> None:
    """A sentence that opens on the poll or survey it reports ("In a Clarion
    poll released Monday, 48 percent of voters chose Roe"): the poll is the source."""
    text = ctx.text
    if "poll" not in text and "survey" not in text:
        return
    for us, ue in ctx.units:  # (only a sentence's first words: no scan of the whole text)
        m = _POLL_LEAD.match(text, us, ue) if text.startswith("In ", us) else None
        if m is None or inside_quote(ctx, us):
            continue
        cs, ce = trim_span(text, m.end(), ue)
        while ce > cs and text[ce - 1] in ".!?":
            ce -= 1
        if len(text[cs:ce].split()) < 3:
            continue
        make_claim(ctx, cs, ce, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                   "poll.lead", 0.7, quote_type=content_quote_type(ctx, cs, ce, "find", False),
                   lemma="find", stance="assertion")
