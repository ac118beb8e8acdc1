"""Where the content of a reported-speech complement ends, and which bare
complements (no "that") are no speech at all.

Why apart: a complement is the part of a claim most often too long or not
speech -- "said the building was empty on Tuesday when police arrived", "told
reporters the plan ... and left": these cuts and screens decide its end and
are shared by the frames and the participle continuation.
"""

from __future__ import annotations

import bisect
import re

from .. import patterns as P
from ..context import ANY_QUOTE, Ctx, inside_quote
from ..lexicon import CUE_FORMS, TOLL_NOUNS
from ..quotes import Quote

REL_BEFORE = re.compile(r"(?:\b(?:which|that|who|whom|what)|\b(?:a|an|the|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+$")
_FIRST_WORD = re.compile(r"[\s,]*([\w'\u2019-]+)")


# (a measure of time may come before the subordinator -- "A few weeks after",
# "just months after" -- and a time after it -- "Although in September she said")
_SUBORDINATOR = re.compile(
    r"(?:(?:[A-Z][\w'\u2019-]*|and|but|so|yet)\s+)?"
    r"(?:(?:just|only|shortly|soon|long|few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"days?|weeks?|months?|years?|hours?|minutes?|moments?)\s+){0,3}"
    r"(?:[Ww]hen|[Ww]hile|[Aa]fter|[Aa]s|[Aa]lthough|[Tt]hough|"
    r"[Ii]f|[Bb]ecause|[Ss]ince|[Bb]efore|[Oo]nce|[Uu]ntil|[Ww]hereas|[Ee]ven\s+though|[Ee]ven\s+as)\s+"
    r"(?:(?:in|on|at|during|last|earlier)\s+(?:[\w'\u2019-]+\s+){1,2}?)?$")
_RELATIVE_SRC = re.compile(r"(?:who|which)\b")
# ("..., and while he said A, B": a subordinate clause opening a coordinated clause mid-sentence;
# a bare ", while ..." mostly runs to the end of the sentence)
_SUBORDINATOR_MID = re.compile(
    r"(?:,|;|\s[\u2014\u2013]|\s--)\s+(?:and|but|yet|so)\s+(?:when|while|although|though|if|because|"
    r"whereas|even\s+though|even\s+if)\s+$")
_REL_PRONOUN_BEFORE = re.compile(r",\s+(?:which|who|whom)\s+$")


def split_rest(ctx: Ctx, q1: Quote, pos: int, ue: int) -> Quote | None:
    """The second half of a split quotation separated by a long attribution.

    '"The risk," said Ed Lamm, an economist who directs the forecast, "is that
    ..."': the first piece ends in a comma inside its marks, the attribution
    between the pieces holds no other quotation mark and no sentence end, and
    the second piece opens after a comma in the same sentence unit.
    """
    text = ctx.text
    if text[q1.end - 1:q1.end] != ",":
        return None
    i = bisect.bisect_left(ctx.qstarts, pos)
    if i >= len(ctx.quotes):
        return None
    q2 = ctx.quotes[i]
    if q2.open_at >= ue or q2.open_at - pos > 200:
        return None
    between = text[pos:q2.open_at]
    if not between.rstrip().endswith(",") or any(ch in between for ch in "\"\u201c\u201d\u00ab\u00bb.;!?"):
        return None
    fw = _FIRST_WORD.match(between)
    if fw is not None and fw.group(1).lower().endswith("ing") and fw.group(1).lower() in CUE_FORMS:
        # '"A," she said, adding, "B."': the second quotation has its own cue
        return None
    return q2


def end_subordinate(ctx: Ctx, us: int, ss: int, seg: tuple[int, int]) -> tuple[int, int]:
    """End a content at the comma that closes the clause its cue sits in.

    "When X said A, B ..." and "Y, who said A, went on to ...": the cue is in
    a subordinate or relative clause, so the content is that clause's
    complement and stops at the first comma outside a quotation (PolNeAR
    leaves the main clause out).
    """
    text = ctx.text
    cs, ce = seg
    lead = text[us:ss]
    if not (_SUBORDINATOR.fullmatch(lead) or (_RELATIVE_SRC.match(text, ss) and text[:ss].rstrip().endswith(","))
            or _REL_PRONOUN_BEFORE.search(text, max(us, ss - 10), ss)
            or _SUBORDINATOR_MID.search(text, max(us, ss - 30), ss)):
        return seg
    k = cs
    while True:
        j = text.find(",", k, ce)
        if j < 0:
            return seg
        if text[j - 1:j].isdigit() and text[j + 1:j + 2].isdigit():
            k = j + 1  # a thousands separator ("14,589")
            continue
        q = inside_quote(ctx, j)
        if q is not None and q.start >= cs and q.close_at > j + 2:  # (a comma closing the quote counts)
            k = q.close_at
            continue
        e = j
        if text[j + 1:j + 2] in "\"\u201d'\u2019":
            e = j + 2
        return (cs, e) if e - cs > 2 else seg


_OBJ_ADJUNCT = re.compile(
    r"\s+(?:(?:on|late|early|earlier|last)\s+(?:" + P.WEEKDAY_ALT + r")\b|(?:on|via)\s+(?:Twitter|Facebook|Instagram)\b"
    r"|(?:in|at|during)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|speech|tweet|"
    r"post|rally|debate|forum|event|briefing|conference|op-ed|letter|appearance|hearing)\b"
    r"|through\s+(?:a|his|her|their)\s+(?:lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|spokesperson)\b"
    r"|(?:yesterday|today)\b)")
_CLAUSE_IN_TAIL = re.compile(r"\b(?:that|as\s+saying|who|which)\b")


def cut_object_adjunct(text: str, rc: tuple[int, int]) -> tuple[int, int]:
    """A noun-phrase object ends before an adjunct of the cue: "denied the
    charges through his lawyer", "praised the crew on Sunday at a forum"."""
    s, e = rc
    m = _OBJ_ADJUNCT.search(text, s, e)
    if m is None or m.start() - s < 2 or _inside_q(text, s, m.start()):
        return rc
    if _CLAUSE_IN_TAIL.search(text, m.end(), e):
        # "dismissed reports citing an official on Wednesday as saying that ...":
        # the object goes on after the adjunct
        return rc
    return s, m.start()


# (the comma or the first space as a character class, then the rest: the same
# matches as ",?\s+(?:and|but)", but the engine skips to the next comma or
# space instead of trying the pattern at every position of a content)
AND_PAST = re.compile(
    r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?:and|but)\s+(?:(?:also|then|later|quickly|even|still|never|did\s+not|didn't)\s+)?"
    r"(?:(?!(?:hatred|red|bed|need|seed|speed|feed|breed|creed|greed|shed|sacred|hundred|kindred|"
    r"unsettled|unfounded|unprecedented|unbridled|unqualified|unrelated|unlimited|unexpected|"
    r"unwanted|unnamed|unidentified|undocumented|unarmed|unemployed|unnecessary|naked|wicked|"
    r"rugged|ragged|beloved|learned|aged|alleged|so-called|armed|skilled|detailed|advanced|"
    r"sophisticated|limited|united|related|concerned|divided|mixed|organized|qualified|"
    r"registered|elected|appointed|retired|married|talented|experienced|biased|dedicated|"
    r"coordinated|educated|interested|committed|satisfied|unsatisfied|balanced|reduced|"
    r"increased|expanded|improved|extended|sustained|continued|renewed|heightened)\b)[a-z]+ed|took|went|made|gave|stood|cast|left|put|held|met|sent|spoke|began|came|got|kept|"
    r"set|drew|brought|threw|struck|won|lost|ran|sought|fought|wrote|told|said|thought|felt|"
    r"paid|led|read|saw|stopped|stuck|shook|broke|chose|became|hit|let|cut|built|bought|"
    r"taught|caught|meant|dealt|ate|flew|grew|knew|rose|fell|swore|tore|wore|hung|shut|"
    r"spent|split|spread|quit|slammed|blasted)\b")
_PRONOUN_START = re.compile(r"(?:he|she|they|we|I|it|you|there)\b")
_AUX_SOON = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:" + P.AUX_ALT + r")\b")
_CLAUSE_WORDS = re.compile(r"\b(?:" + P.AUX_DO_ALT + r"|am|be|been|being|it's|he's|she's|that|who|which|whom|whose|"
                           r"when|where|if|whether|because)\b|n't\b")


def cut_coordinated_predicate(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """A bare object ends before a second verb of the cue's subject: "praised
    the crew and left the stage", "urged calm but stopped short of ...": when
    the object holds no clause of its own, "and <past verb>" is the subject's
    next action, not part of what was said."""
    text = ctx.text
    s, e = rc
    m = AND_PAST.search(text, s, e)
    if m is None or m.start() - s < 2 or inside_quote(ctx, m.start()) is not None:
        return rc
    if _CLAUSE_WORDS.search(text, s, m.start()) \
            or _PRONOUN_START.match(text, s) or _AUX_SOON.match(text, m.end(), e):
        # ("said he first heard shots and ran", "said the heat and humid air would last")
        return rc
    return s, m.start()


# where a short noun-phrase object ends ("endorsed Dale last week and spoke at
# her rally", "referring to the convention, where ..."): a comma, a coordinated
# predicate, a time of the cue
_SHORT_OBJECT_END = re.compile(
    r",\s|\s+(?:and|but)\s+(?:(?:has|have|had|is|was|were|will|would)\b|[a-z]+ed\b)"
    r"|\s+(?:last|this|next|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b"
    r"|\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:" + P.MONTH_ALT + r"|\d{4})\b|\s+on\s+(?:" + P.WEEKDAY_ALT + r")\b")


def cut_short_object(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """A stance's noun-phrase object ends at a comma, a second predicate or a time."""
    s, e = rc
    for m in _SHORT_OBJECT_END.finditer(ctx.text, s, e):
        if m.start() - s >= 2 and inside_quote(ctx, m.start()) is None:
            return s, m.start()
    return rc


_NAME_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\s+(?:a\s+|an\s+|the\s+)?(?=[\"\u201c']|'')")


def end_at_the_name(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """ "called the plan ''reckless,'' an extraordinary rebuke": naming a thing
    ends with the quoted name (or names: "a \"wreck\" and \"a fraud\""); what
    follows the closing mark is the writer's, not the speaker's."""
    s, e = rc
    i = bisect.bisect_left(ctx.qstarts, s)
    end = inner_end = None
    while i < len(ctx.quotes) and ctx.quotes[i].open_at < e:
        q = ctx.quotes[i]
        if q.open_at < s or not q.closed or q.close_at > e:
            break
        if end is None and (len(ctx.text[s:q.open_at].split()) > 10
                            or re.search(r"\bwhat\s", ctx.text[s:q.open_at])
                            or re.match(r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+to\s", ctx.text[s:q.open_at])):
            break  # ("called on X to close what some call the \"loophole\"")
        end, inner_end = q.close_at, q.end
        if not _NAME_GOES_ON.match(ctx.text, q.close_at, e):
            break
        i += 1
    if end is None or end >= e or not (
            re.match(r"\s*[,;(\u2014\u2013-]|\s+(?:and|but|while|as)\b", ctx.text[end:e])
            or ctx.text[inner_end - 1] == ","):  # ('"racist," an extraordinary rebuke'; "''racist,''")
        return rc
    return s, end


def _inside_q(text: str, s: int, pos: int) -> bool:
    return (text.count('"', s, pos) % 2 == 1) or text.count("\u201c", s, pos) > text.count("\u201d", s, pos)



# --- precision screens for a bare complement (no "that") ------------------
# "a group called X", "one PAC called X": naming, not speech.
_INDEF_SRC = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s")
# "called off the deal", "called attention to", "called it quits": not speech.
_CALL_PARTICLE = re.compile(r"\s+(?:off|up|back|in|into|around|it\s+quits|home|the\s+shots|to\s+mind|"
                            r"the\s+race|the\s+state|time)\b")
# "Obama called the senator Tuesday night", "called Roe to congratulate him":
# the object alone, then a time, an infinitive or a new predicate -- a phone call.
_PHONED = re.compile(
    r"(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|him|her|them|me|us|(?:both|several|all)\s+"
    r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?|(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|"
    r"friend|family|parents|brother|sister|lawyer|office|aides?|staff))"
    r"(?:\s*$|\s+(?:to\s+(?!be\b)[a-z]+|on\s+\w+day|\w+day|shortly|late|early|last|earlier|later|this|that\s+(?:night|"
    r"morning|day|evening|week)|twice|repeatedly|again|after|before|during|from|at|and\s+(?!(?:a|an|the)\b)[a-z]+(?:ed|s)\b)\b)")
# "wrote the letter", "wrote a children's book": a document, not a claim.
_WRITTEN_THING = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|this|that|one|several|two|three|many)\s+)(?:[\w'\u2019,-]+\s+){0,4}?"
    r"(?:letters?|books?|memoir|memos?|op-eds?|articles?|columns?|dissertation|thesis|essays?|novels?|"
    r"notes?|emails?|e-mails?|bills?|legislation|laws?|amendments?|songs?|poems?|scripts?|checks?|"
    r"pieces?|stor(?:y|ies)|posts?|blog\s+posts?|reports?|papers?|speech(?:es)?|plays?|chapters?|"
    r"biograph(?:y|ies)|rules?|policy|code|guidelines|introduction|foreword|forward|tweets?)\b")
_DOC_SAYS = re.compile(r"\b(?:urging|asking|saying|calling|congratulating|arguing|warning|demanding|criticizing|"
                       r"praising|accusing|explaining|detailing|expressing|outlining|defending|that|which|says|said)\b")
_PART_AFTER = re.compile(r"\s*,\s*[a-z]+ing\b")
# "reported just today", "had written a few years earlier", "tweeted the day
# after ...", "have been discussing for several weeks", "As the Gazette reported
# on Monday, ...": a time, not content (a bare complement's, and a frame's
# whole content once its subordinate clause is cut: ``frames.left_frame``).
TIME_ONLY = re.compile(
    r"(?:(?:just|even|only|as\s+recently\s+as)\s+)?(?:(?:today|yesterday|tonight|\w+day(?:\s+(?:night|morning|"
    r"afternoon|evening))?)|(?:(?:a\s+few|several|many|\w+)\s+(?:years|months|weeks|days|hours|minutes)\s+"
    r"(?:earlier|later|ago|before|after))|(?:for\s+(?:several|many|a\s+few|some|\d+|two|three|four|five|"
    r"weeks|months|years|days)(?:\s+\w+)?)|(?:(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|"
    r"night|morning|spring|summer|fall|winter))|(?:earlier|later|again|once|twice|recently|before)|"
    + P.TIME_ADJ + r")[\s.!?,]*$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"(?:(?:on\s+)?the\s+(?:day|night|morning|week|evening)\s+(?:after|before)|"
                        r"(?:hours|days|weeks|moments|minutes)\s+(?:after|before))\b")
# "whom he attacked viciously during the campaign": an adverb, then an adjunct.
_ADV_ADJUNCT = re.compile(r"(?!only\b)[a-z]+ly\s+(?:during|after|before|throughout|since)\b"
                          r"|(?!only\b)[a-z]+ly[\s.!?]*$")
# "the change the party warned about in its report": a stranded preposition.
_STRANDED = re.compile(r"(?:about|on|of|with|to|for|against|upon)(?:\s*[\u2014\u2013.;:!?)]|\s+(?:in|at|on|during|"
                       r"for|since|after|before|by|from|over|throughout|--?)\b|\s*$)")


# round 49: an indefinite pronoun or a bare quantity as the whole object ("has said
# little so far", "argued for much less", "demanded more", "said little about how",
# "doesn't say anything") names an amount of talk, not what was said
_BARE_QUANTITY = re.compile(r"(?:nothing|anything|something|little|much|more|less)"
                            r"(?:\s+(?:so\s+far|else|less|more|further|yet|about\s+(?:how|what|why|it|this|that)))?"
                            r"[\s.,;!?]*")


def bare_quantity(body: str) -> bool:
    """Is a complement only an indefinite pronoun or an amount ("little so far")?"""
    return _BARE_QUANTITY.fullmatch(body) is not None


# (round 52) "claimed 23 lives", "claimed the lives of two guards", "claimed more
# than 1,000 lives since 2004", "claimed her life": a quantity, an article or a
# possessive before the toll noun
_TOLL = re.compile(
    r"(?:(?:the|his|her|their|its|our|my|your)\s+(?:own\s+)?"
    r"|(?:(?:more\s+than|at\s+least|over|nearly|almost|about|around|some|up\s+to|an\s+estimated|"
    r"close\s+to|as\s+many\s+as|well\s+over)\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|"
    r"a\s+(?:few|dozen|hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
    r"[a-z]+ty|hundreds|thousands|dozens|tens\s+of\s+thousands|millions|many|countless|numerous|scores)"
    r"(?:\s+(?:of|more|other|innocent|civilian|human|young))*\s+)"
    r"(?:" + "|".join(TOLL_NOUNS) + r")(?![\w'\u2019-])")
_TOLL_CLAUSE = re.compile(r"\b(?:" + P.AUX_ALT + r")\b")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def toll_object(text: str, lemma: str, rc: tuple[int, int]) -> bool:
    """ "The blast claimed 23 lives", "the fever that claimed her life": "claim"
    with a toll of lives for its object means "took", and nothing is stated.
    An auxiliary before any relative clause means a clause the subject asserts
    ("Roe claimed her life was in danger"), which stays a claim.  (Not "declared
    bankruptcy", "declared war": PolNeAR annotates those as what was said.)"""
    if lemma != "claim" or _TOLL.match(text, rc[0], rc[1]) is None:
        return False
    body = text[rc[0]:rc[1]]
    rel = _RELATIVE.search(body)
    return _TOLL_CLAUSE.search(body, 0, rel.start() if rel else len(body)) is None


def junk_complement(ctx: Ctx, lemma: str, form: str, rc: tuple[int, int], ss: int, se: int,
                     cue_e: int) -> bool:
    """A bare complement that is no reported content: naming ("a group called
    X"), a phone call, a written document, a time or an adverb, a stranded
    preposition of a relative clause, an amount of talk ("said little")."""
    text = ctx.text
    body = text[rc[0]:rc[1]]
    if TIME_ONLY.fullmatch(body) or _DAY_AFTER.match(body) or _ADV_ADJUNCT.match(body):
        return True
    if _STRANDED.match(body) or bare_quantity(body):
        return True
    if lemma == "call":
        low = form.lower()
        if low.endswith(("for", "on", "out")):
            return False
        if _INDEF_SRC.match(text, ss) and low in ("called", "calls", "calling") \
                and body[:1].isupper() and not ANY_QUOTE.search(body):
            return True
        if _CALL_PARTICLE.match(text, cue_e):
            return True
        if not ANY_QUOTE.search(body) and "''" not in body and _PHONED.match(body) \
                and not REL_BEFORE.search(text, max(0, ss - 40), ss):
            return True
    if lemma == "write" and _WRITTEN_THING.match(body) and not ANY_QUOTE.search(body) \
            and not _DOC_SAYS.search(body) and not _PART_AFTER.match(text, rc[1]):
        return True
    return False
