"""Noun cues: "her claim that ...", "his criticism of X", "raised questions about X".

Why separate: the cue is a noun, the source is its possessor (or an "of"/"by"
phrase), and the content is the noun's complement -- none of the verbal
machinery (subjects, inversion, objects of "told") applies.
"""

from __future__ import annotations

import re

from . import claim_index
from .context import (Ctx, content_quote_type, inside_quote, make_claim, right_content, trim_span, unit_of,
                      word_before, word_positions)
from .patterns import AUX_ALT, AUX_DO_ALT, trie_regex
from .verbal.complements import cut_object_adjunct

_NOMINAL_THAT = re.compile(
    r"(?P<src>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"\s+(?:(?:repeated|latest|recent|earlier|frequent|false|bold|oft-repeated|central|main|core|"
    r"own|public|key|new|continued|continuing|persistent|ongoing)\s+)?(?P<cue>claims?|assertions?|arguments?|warnings?|statements?|beliefs?|"
    r"insistence|promises?|pledges?|suggestions?|contention|accusations?|allegations?|charges?|"
    r"complaints?|view|position|prediction|vow|boast|admission|acknowledgment|denial)\s+that\s")
_NOMINAL_CUE = re.compile(
    r"\b(?:claims?|assertions?|arguments?|warnings?|statements?|beliefs?|insistence|promises?|"
    r"pledges?|suggestions?|contention|accusations?|allegations?|charges?|complaints?|view|position|"
    r"prediction|vow|boast|admission|acknowledgment|denial)\s+that\s")


_DASH = re.compile(r"\s+(?:--|[\u2014\u2013-])\s")


_FRONTED = r"(?:Despite|Amid|After|Given|Following|Like|Unlike|Besides|Beyond|Without|Because\s+of|In\s+spite\s+of)\s+"
_FRONTED_PP = re.compile(_FRONTED)
_FRONTED_PP_END = re.compile(r"^\W*" + _FRONTED + r"$")


def _first_comma(ctx: Ctx, s: int, e: int) -> int | None:
    k = ctx.text.find(",", s, e)
    while k != -1:
        if k - s > 10 and not inside_quote(ctx, k):
            return k
        k = ctx.text.find(",", k + 1, e)
    return None


_THAT = re.compile(r"that\s")
_NOUN_BEFORE_THAT = re.compile(_NOMINAL_CUE.pattern[2:-len(r"that\s")] + r"$")


def _nominal_cues(text: str):
    """The matches of ``_NOMINAL_CUE``, found from each "that" (a plain literal
    the regex engine skips to quickly) rather than by trying the noun list at
    every position of the text."""
    for t in _THAT.finditer(text):
        if word_before(text, t.start()):
            continue
        lo = max(0, t.start() - 16)
        m = _NOUN_BEFORE_THAT.search(text, lo, t.start())
        if m is None or word_before(text, m.start()):
            continue
        hit = _NOMINAL_CUE.match(text, m.start())
        if hit is not None and hit.end() == t.end():
            yield hit


def _without_possessive(text: str, s: int, e: int) -> int:
    """The end of a possessor without its "'s" or "s'" ("Lee's claim": "Lee")."""
    if e > s and text[e - 1] in "s'\u2019" and text[e - 2:e] in ("'s", "\u2019s", "s'", "s\u2019"):
        return e - (2 if text[e - 2:e] in ("'s", "\u2019s") else 1)
    return e


def _fronted_content(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """ "Despite Lee's claims that X, the records show ...": the fronted phrase
    ends at the first comma."""
    comma = _first_comma(ctx, rc[0], rc[1])
    return (rc[0], comma) if comma is not None else rc


def nominal_that(ctx: Ctx) -> None:
    """ "Sanders's claim that he still has a path ...": a noun as the cue."""
    text = ctx.text
    if " that " not in text:
        return
    for hit in _nominal_cues(text):
        lo = max(0, hit.start() - 90)
        hunit = unit_of(ctx, hit.start())
        if hunit is not None:
            lo = max(lo, hunit[0])  # the possessor is in the same sentence
        m = _NOMINAL_THAT.search(text, lo, hit.end())
        while m is not None and m.end() != hit.end():
            m = _NOMINAL_THAT.search(text, m.start() + 1, hit.end())
        if m is None:
            continue
        if inside_quote(ctx, m.start()):
            continue
        unit = unit_of(ctx, m.start())
        if unit is None:
            continue
        rc = right_content(ctx, m.end(), unit[1])
        if rc is None:
            continue
        dash = _DASH.search(text, rc[0], rc[1])
        if dash is not None and dash.start() - rc[0] > 10 and not inside_quote(ctx, dash.start()):
            # "his suggestion that X - the candidate then ...": the aside ends at the dash
            rc = (rc[0], dash.start())
        src_s = m.start("src")
        fm = _FRONTED_PP.match(text, src_s)
        if fm is not None and fm.end() < m.end("src") - 2:
            src_s = fm.end()
        if fm is not None or _FRONTED_PP_END.search(text[unit[0]:src_s]):
            rc = _fronted_content(ctx, rc)
        src_e = _without_possessive(text, m.start("src"), m.end("src"))
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, rc[0], rc[1], (src_s, src_e), (m.start("cue"), m.end("cue")),
              "nominal.that", 0.55, quote_type=content_quote_type(ctx, rc[0], rc[1], "claim", True),
              lemma="claim", stance="stance")


# "his criticism of X", "Trump's attacks on X", "her call for X", "the
# senator's promise to X".  The possessor is the source; the complement is the
# content: after of/on/about/for/against the preposition goes in the cue (as
# PolNeAR marks it), after "to"/"that" it stays in the content.  Only nouns
# that PolNeAR annotates as cues more often than not on the training split
# ("remarks", "comments", "claim", "support" were mostly left unannotated).
NOUN_CUES = {
    "criticism": "criticize", "attacks": "attack", "call": "call", "calls": "call",
    "promise": "promise", "promises": "promise", "pledge": "pledge", "vow": "vow", "vows": "vow",
    "statement": "say", "accusations": "accuse", "plea": "plead", "questions": "ask",
    "warnings": "warn", "assertion": "claim", "assertions": "claim", "concern": "concern",
    "concerns": "concern", "condemnation": "condemn", "denunciation": "denounce",
}
# the prepositions a noun cue takes ("attacks on", "criticism of")
_NOUN_PREPS = r"of|on|about|for|against|over|toward|towards"
_NOUN_PREP = re.compile(
    # (every match opens with a capital or with "the", "his", "her", "their", "its",
    # "my" or "our": a look-ahead for those letters turns down the other positions
    # of a window at once, before the alternations below are tried there)
    r"(?=[A-Zthimo])"
    r"(?:\b(?:But|And|During|Like|After|When|While|Even|So|Yet|With|In|On|Of|For|As|To|By|From|Despite|"
    r"Amid|Since|Before|Unlike|Under|Over|At|Although|Though|If|Because)\s+)?"
    r"(?P<src>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)|"
    r"\b[Tt]he\s+(?:[a-z]+\s+)?[a-z]+(?:'s|\u2019s|s'|s\u2019)|"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur))"
    r"\s+(?:(?:[a-z]+ly|[a-z]+-[a-z]+|repeated|latest|recent|earlier|frequent|sharp|harsh|"
    r"fierce|blistering|scathing|withering|personal|public|new|own|renewed|past|early|"
    r"vocal|strong|constant|controversial|inflammatory|incendiary|bold|false|"
    r"angry|pointed|sweeping|tough|many|numerous|several)\s+){0,2}"
    r"(?P<cue>(?P<noun>" + "|".join(sorted(NOUN_CUES, key=len, reverse=True)) + r")"
    r"(?:\s+(?P<prep>" + _NOUN_PREPS + r"))?)"
    r"(?=\s+(?:(?P<link>to|that)\b)?)")
# Where a noun-phrase complement ends: punctuation, a finite verb ("his attacks
# on Lee have hurt him"), a new adjunct clause.
_NP_END = re.compile(r"\s*[,;:(\u2014\u2013]|\s+-\s|\s+(?:" + AUX_DO_ALT + r"|came|comes|drew|draws|led|"
                     r"prompted|sparked|made|makes|appeared|seemed|and\s+(?:his|her|their|its|the)|"
                     r"in\s+(?:a|an|the|his|her|their)\s+(?:speech|interview|statement|tweet|debate)|"
                     r"during|after|before|since|because|as|when|while|but|stands?|stood|remains?|helped|helps)\b|"
                     r"(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bhis)(?<!\bher)(?<!\btheir)\s+[a-z]+ed\b")
# After "her vow to ...": an infinitive clause runs on through participles and
# adjuncts ("to go after firms", "to deport undocumented people") and ends at
# punctuation or the finite verb of the sentence ("his call to X has ...").
# (Not "do": the infinitive itself may be "do", "her vow to do so".)
_INF_END = re.compile(r"\s*[,;:(\u2014\u2013]|\s+-\s|\s+(?:" + AUX_ALT + r"|did|does|drew|draws|led|"
                      r"prompted|sparked|remains?|helped|helps)\b")
# "questions about how it would work": a question clause has its own verb;
# it runs to the end of the clause or to a gerund joined by "and" ("and sparking").
_WH = re.compile(r"(?:whether|how|what|why|who|whom|which|where|when|if)\s")
_WH_END = re.compile(r"\s+and\s+[a-z]+ing\b")
# "his remarks on Tuesday", "her call to the governor": a time, a medium or an
# addressee, not what was said.
_NOT_CONTENT = re.compile(
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"the\s+(?:condition|campaign\s+trail|stump)|[Tt]witter|Facebook|television|TV|\w+day\b)|"
    r"to\s+(?:the|a|an|his|her|their|its|my|our|this|that|these|those|him|them|me|us|[A-Z0-9]))")
# "Lee raised questions about X", "... begs the question of whether ...": the
# source is the subject of "raise" when it is a name or a pronoun; otherwise
# (a document, a participle, "beg the question") PolNeAR gives none.
_QUESTIONS = re.compile(
    r"(?:(?<![\w,])(?P<src>he|she|it|they|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})"
    r"(?:\s+(?:has|have|had|is|are|was|were|been|also|again|immediately|started|began|\w+ly))*\s+)?"
    r"\b(?P<verb>rais(?:e|es|ed|ing)|beg(?:s|ged|ging)?|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?)\s+"
    r"(?:(?:the|new|fresh|serious|further|more|additional|many|some|troubling|difficult)\s+){0,2}"
    r"(?P<cue>questions?\s+(?:about|of|over|as\s+to|regarding))\s")
_NOT_SUBJECT = {"the", "this", "that", "these", "those", "and", "but", "which"}
# The cue word alone: cheap to scan for, so the long patterns above run only
# in a short window before each hit (scanning the text with them is slow).
_NOUN_ANCHOR = re.compile(trie_regex(NOUN_CUES) + r"\s")
# What follows the noun of every _NOUN_PREP match that noun_prep reads (one with
# a preposition or a "to"/"that" link): noun cues are searched for only there.
_LINK_AFTER_NOUN = re.compile(r"\s+(?:" + _NOUN_PREPS + r"|to|that)")
_QUESTIONS_ANCHOR = re.compile(r"questions?\s+(?:about|of|over|as\s+to|regarding)\s")


def _anchored(ctx: Ctx, anchor, regex, back: int = 100, words=(), follows=None):
    """``(match, unit_start, unit_end)`` for matches of ``regex`` whose cue
    starts at a match of ``anchor``, in narration.  The anchor is tried only
    where one of ``words`` (reporting verbs, other words) starts
    (``word_positions``), not scanned for over the whole text; the full
    pattern runs in the same sentence, up to ``back`` characters before; with
    ``follows``, only where that pattern matches at the anchor's last character."""
    text = ctx.text
    for hit in filter(None, (anchor.match(text, k) for k in word_positions(ctx, words))):
        if word_before(text, hit.start()) or (follows is not None and follows.match(text, hit.end() - 1) is None):
            continue
        lo, hi = max(0, hit.start() - back), hit.end() + 40
        hunit = unit_of(ctx, hit.start())
        if hunit is not None:
            lo = max(lo, hunit[0])  # the possessor is in the same sentence
        m = regex.search(text, lo, hi)
        while m is not None and m.start("cue") < hit.start():
            m = regex.search(text, m.start() + 1, hi)
        if m is None or m.start("cue") != hit.start() or inside_quote(ctx, m.start()):
            continue
        unit = unit_of(ctx, m.start())
        if unit:
            yield m, unit[0], unit[1]


def _nested(ctx: Ctx, pos: int) -> bool:
    """Inside the content of a claim already found ("she said his attacks on
    Lee hurt him"): PolNeAR mostly annotates only the outer attribution."""
    return claim_index.covers(ctx, pos)  # (not a scan of every claim: linear time)


def noun_prep(ctx: Ctx) -> None:
    """ "his criticism of Lee", "her call for a recount": a noun as the cue.

    Runs after the verbal cues so that nouns inside their content are skipped.
    """
    _drop_nested_nominal_that(ctx)
    _questions_raised(ctx)
    _criticism_faced(ctx)
    _attacks_pressed(ctx)
    text = ctx.text
    for m, us, ue in _anchored(ctx, _NOUN_ANCHOR, _NOUN_PREP, words=_NOUN_WORDS, follows=_LINK_AFTER_NOUN):
        link, prep = m.group("link"), m.group("prep")
        cs = m.end("cue")
        if (not prep and not link) or m.start("cue") in ctx.cue_taken or _NOT_CONTENT.match(text, cs):
            continue
        if prep:
            end = _NP_END.search(text, cs + 1, ue)
            ce = end.start() if end else ue
        else:
            rc = right_content(ctx, cs, ue)
            if rc is None:
                continue
            ce = rc[1]
            if link == "to":
                end = _INF_END.search(text, cs + 4, ce)
                ce = end.start() if end else ce
        while ce > cs and text[ce - 1] in " .!?":
            ce -= 1
        if ce - cs < 3 or _nested(ctx, m.start("cue")):
            continue
        src_e = m.end("src")
        if text[src_e - 2:src_e] in ("'s", "\u2019s"):
            src_e -= 2
        elif text[src_e - 1] in "'\u2019":
            src_e -= 1
        noun = m.group("noun").lower()
        lemma = NOUN_CUES[noun]
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, cs, ce, (m.start("src"), src_e), (m.start("cue"), m.end("cue")), "nominal." + noun,
              0.5, quote_type=content_quote_type(ctx, cs, ce, lemma, link == "that"), lemma=lemma,
              stance="stance")


# "The plan has drawn sharp criticism from Lee", "Roe faced criticism for the
# delay": the one criticised is the content (the clause's subject), the critic
# after "from" the source (often none), and a "for"/"over" complement a second
# piece of the same content; after "that"/"about" only the complement is.
_FACED = re.compile(
    r"(?P<cue>(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|to|been)\s+){0,2}"
    r"(?:(?:already|also|often|long|repeatedly|even|recently|\w+ly)\s+)?"
    r"(?:fac(?:e|es|ed|ing)|dr(?:aw|aws|ew|awn|awing)|receiv(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|"
    r"spark(?:s|ed|ing)?|attract(?:s|ed|ing)?|got|gotten|gets|(?:came|come|comes|coming)\s+under)\s+"
    r"(?:(?:the|sharp|harsh|heavy|fierce|widespread|strong|growing|intense|public|stepped-up|renewed|"
    r"bipartisan|withering|scathing|some|much|considerable|mounting|new|more|similar|swift|immediate|"
    r"swarms\s+of|months\s+of)\s+){0,3}criticism)"
    r"(?:\s+(?:even\s+)?from\s+(?P<src>[^,;:.\"\u201c\u2014]{2,80}?))?"
    r"(?=\s+(?P<link>for|over|about|that)\s|\s*[,;:.\u2014]|\s+-\s|\s+(?:as|when|after|because|in|since|and|but|"
    r"until|who|which|following)\b|\s*$)")
_GERUND_AFTER_PREP = re.compile(r"\b(?:despite|after|before|while|for|by|without|from|of)\s+[a-z]+ing\s")
_CONJ_END = re.compile(r"\s+(?:and|or|but)\s*$")
_FOR_END = re.compile(r"\s+from\s+(?P<src>[A-Z][^,;:.\"\u201c\u2014]{1,80})|\s+and,\s")
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:(\u2014]\s*|\s-\s|\b(?:[Ww]hile|[Ww]hen|[Aa]s|[Aa]fter|[Bb]ecause|[Aa]lthough|"
                          r"[Tt]hough|[Ss]ince|[Bb]ut|[Aa]nd|that|[Ii]f|[Ee]ven)\s+)")
_SUBJ_TAIL = re.compile(r"(?:\s+(?:will|would|could|can|may|might|must|continues?|continued|to|has|have|had|is|are|"
                        r"was|were|already|also|still|now|often|likely|\w+ly))+\s*$")


def _subject_before(ctx: Ctx, us: int, pos: int):
    """``(start, end, fronted)`` of the subject of the verb at pos: from the
    last clause opening (a comma, "While", "and") to the verb, without
    auxiliaries; ``fronted`` when a subordinator opened the clause."""
    text = ctx.text
    subj_e = us + len(_SUBJ_TAIL.sub("", text[us:pos]))
    opens = list(_CLAUSE_OPEN.finditer(text, us, subj_e))
    subj_s = opens[-1].end() if opens else us
    # "As Lee faced criticism over X, Roe ...": the fronted clause ends at the comma
    fronted = bool(opens) and text[opens[-1].start()].isalpha()
    while subj_s < subj_e and text[subj_s] in " \"'\u201c":
        subj_s += 1
    if subj_e - subj_s < 2 or not (text[subj_s].isupper() or text[subj_s].isdigit()
                                   or text.startswith(("the ", "his ", "her ", "their ", "its "), subj_s)):
        return None
    return subj_s, subj_e, fronted


# "\bcriticism\b" with the boundary before the word tested behind it: the
# engine then looks for the word itself, not at every position of the text
_CRITICISM = re.compile(r"criticism(?<!\wcriticism)\b")


def _criticism_faced(ctx: Ctx) -> None:
    """ "X faced criticism (from Y) for Z" / "criticism that ...": the criticised
    (fronted subject) and what was criticised are the contents, Y the source."""
    text = ctx.text
    if "criticism" not in text:
        return
    for hit in _CRITICISM.finditer(text):
        if inside_quote(ctx, hit.start()):
            continue
        unit = unit_of(ctx, hit.start())
        if unit is None:
            continue
        us, ue = unit
        m = _FACED.search(text, max(us, hit.start() - 70), min(ue, hit.end() + 120))
        while m is not None and m.end("cue") < hit.end():
            m = _FACED.search(text, m.start() + 1, min(ue, hit.end() + 120))
        if m is None or m.end("cue") != hit.end() or _nested(ctx, m.start("cue")):
            continue
        src = m.span("src") if m.group("src") else None
        link = m.group("link")
        if link in ("that", "about"):
            rc = right_content(ctx, m.end() + len(link) + 1 if link == "about" else m.end(), ue)
            if rc is None:
                continue
            pieces = [rc]
        else:
            pieces, src = _criticised(ctx, m, us, ue, src)
        if not pieces:
            continue
        ctx.cue_taken.add(m.start("cue"))
        for cs, ce in pieces:
            make_claim(ctx, cs, ce, src, (m.start("cue"), m.end("cue")), "nominal.criticism_faced", 0.5,
                       quote_type="indirect", lemma="criticize", stance="stance")


def _criticised(ctx: Ctx, m: re.Match, us: int, ue: int, src):
    """The subject who faced the criticism (not after "despite facing": a
    participle has no subject of its own) and, after "for"/"over", what for;
    returns the pieces and the source (a "from Lee" inside the reason names it)."""
    text = ctx.text
    pieces = []
    fronted = False
    if not _GERUND_AFTER_PREP.search(text, max(us, m.start("cue") - 12), m.end("cue")):
        subj = _subject_before(ctx, us, m.start("cue"))
        if subj is not None:
            pieces.append(subj[:2])
            fronted = subj[2]
    link = m.group("link")
    if link not in ("for", "over"):
        return pieces, src
    rc = right_content(ctx, m.end() + 1 + (5 if link == "over" else 0), ue)
    if rc is None:
        return pieces, src
    dash = _DASH.search(text, rc[0], rc[1])
    ce = dash.start() if dash else rc[1]
    comma = text.find(",", rc[0], ce) if fronted else -1
    ce = comma if comma > rc[0] else ce
    fm = _FOR_END.search(text, rc[0] + 4, ce)
    if fm is not None:
        # "criticism for the move from Lee and Roe", "for X and, later, Y"
        ce = fm.start()
        if fm.group("src") and src is None:
            src = trim_span(text, fm.start("src"), fm.end("src"))
    tail = _CONJ_END.search(text, rc[0], ce)
    pieces.append((rc[0], tail.start() if tail else ce))
    return pieces, src


# "Lee escalated her attacks on Roe", "Roe unleashed withering criticism of
# the plan": a verb of pressing on with the noun; PolNeAR's source is the
# verb's subject, not the possessive.
_PRESSED = re.compile(
    r"(?<![\w,])(?P<src>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})"
    r"(?:\s+(?:has|have|had|also|again|then|\w+day|quickly|repeatedly|sharply))*\s+"
    r"(?:unleash|level|launch|step(?:ped|s)?\s+up|ramp(?:ed|s)?\s+up|escalat|continu|renew|intensif|sharpen|"
    r"doubl(?:e|ed|es)\s+down\s+on|keep(?:s)?\s+up|kept\s+up|ratchet(?:ed|s)?\s+up|redoubl|resum)\w*\s+"
    r"(?:(?:his|her|their|its|a|an)\s+)?(?:(?:[a-z]+-[a-z]+|harsh|sharp|withering|scathing|fierce|personal|"
    r"verbal|blistering|pointed|pre-emptive|relentless|new|fresh|latest)\s+){0,2}"
    r"(?P<cue>(?P<noun>attacks?|criticism)\s+(?:on|against|of))\s")
_PRESSED_ANCHOR = re.compile(r"(?:attacks?|criticism)\s+(?:on|against|of)\s")


_NOUN_WORDS = tuple(NOUN_CUES)
_PRESSED_WORDS = ("attack", "attacks", "criticism")
_QUESTIONS_WORDS = ("question", "questions")


def _attacks_pressed(ctx: Ctx) -> None:
    text = ctx.text
    if "attack" not in text and "criticism" not in text:
        return
    for m, us, ue in _anchored(ctx, _PRESSED_ANCHOR, _PRESSED, back=90, words=_PRESSED_WORDS):
        if m.start("cue") in ctx.cue_taken or m.group("src") in _NOT_SUBJECT or _nested(ctx, m.start("cue")):
            continue
        cs = m.end("cue")
        if _NOT_CONTENT.match(text, cs):
            continue
        end = _NP_END.search(text, cs + 1, ue)
        ce = end.start() if end else ue
        while ce > cs and text[ce - 1] in " .!?":
            ce -= 1
        cs, ce = cut_object_adjunct(text, (cs, ce))  # ("attack on the board on Thursday": when, not whom)
        if ce - cs < 3:
            continue
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, cs, ce, m.span("src"), (m.start("cue"), m.end("cue")), "nominal.attacks_pressed", 0.5,
              quote_type="indirect", lemma="attack", stance="stance")


def _drop_nested_nominal_that(ctx: Ctx) -> None:
    """ "Roe said Lee's claim that X is false", "she repeated her claim that X":
    a noun cue inside the content of a verbal claim found later is part of
    that content; PolNeAR mostly annotates only the outer attribution."""
    inner = [c for c in ctx.claims if c.rule == "nominal.that"]
    if not inner:
        return
    outer = [(c.content.start, c.content.end) for c in ctx.claims
             if c.rule != "nominal.that" and not c.rule.startswith("according_to")]
    drop = set()
    for c in inner:
        if any(s <= c.cue.start and c.content.end <= e + 2 for s, e in outer):
            drop.add(id(c))
    if drop:
        ctx.claims = [c for c in ctx.claims if id(c) not in drop]


def _questions_raised(ctx: Ctx) -> None:
    """ "Lee raised questions about whether the bid was fair"."""
    text = ctx.text
    if "question" not in text:
        return
    for m, us, ue in _anchored(ctx, _QUESTIONS_ANCHOR, _QUESTIONS, words=_QUESTIONS_WORDS):
        if _nested(ctx, m.start("cue")):
            continue
        cs = m.end("cue")
        end = _NP_END.search(text, cs + 1, ue) if not _WH.match(text, cs + 1) else _WH_END.search(text, cs + 1, ue)
        rc = right_content(ctx, cs, end.start() if end else ue)
        if rc is None or rc[1] - rc[0] < 3:
            continue
        subj = m.group("src")
        src = m.span("src") if subj and subj.lower() not in _NOT_SUBJECT and m.group("verb")[0] != "b" else None
        ctx.cue_taken.add(m.start("cue"))
        make_claim(ctx, rc[0], rc[1], src, (m.start("cue"), m.end("cue")), "nominal.questions_raised", 0.5,
              quote_type="indirect", lemma="ask", stance="question")
