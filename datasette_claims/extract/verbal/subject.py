"""Step 3 of a cue: the source, its subject or an inverted "said X".

``find_subject`` tries the noun phrase walker of ``sources`` first, then the
coordinated, list, relative-pronoun, long-subject and infinitive searches;
``refine_subject`` drops what no source can be (a gap verb's subject, a
noun cue read as a verb).
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from .. import claim_index
from .. import patterns as P
from ..context import (
    ANY_QUOTE,
    DETERMINERS,
    FINITE,
    PRONOUN_CONTRACTIONS,
    Ctx,
    Subject,
    after_colon_or_quote,
    inside_quote,
    quote_closing_before,
)
from ..lexicon import (
    ADJUNCT_AFTER_CUE,
    APPOSITION_FIRST,
    BAD_SOURCE_LAST,
    BARE_CLAUSE_AUXILIARIES,
    CLAUSE_LEMMAS,
    DOCUMENT_NOUNS,
    BAD_SOURCE_LAST_NOUNISH,
    COLLECTIVE_NOUNS,
    CUE_FORMS,
    DEPICTION_VERBS,
    INFINITIVE_NOT,
    INFINITIVE_NOUNISH,
    INVERTIBLE,
    JUNK_SOURCE_DROP,
    LOWER_PREPOSITIONS,
    MAIN_SPEECH,
    NAME_WORDS,
    NOT_BEFORE_TO,
    NOT_CONTROLLERS,
    NOUN_ENDINGS,
    NOUNISH_CUE_FORMS,
    OFFICE_HEADS,
    OFFICIAL_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_PLURAL_ENDINGS,
    PERSON_HEADS,
    ROLES_BEFORE_NAME,
    OPENING_ADVERBS,
    IRREGULAR_PASTS,
    JUDGING_PASTS,
    REFUSING_PASTS,
    SAID_THROUGH_OBJECTS,
    TIME_SPENT_NOUNS,
)
from ..sources import coordinated_source, left_source, unit_subject, partitive_relative_source
from ..speakers import is_pronoun
from .results import Adjuncts, Cue, SourceSearch
from .screens import CONTROL_TO, LONG_SUBJ_BAD_START, SUBJ_VERB_AFTER, after_quote_trailer, prev_word

_INV_REST = re.compile(
    r"\s*(?:[.!?\"\u201d']*\s*$|[,(\u2014\u2013]|[:;]|\s*[\"\u201c]|(?:on|in|at|during|to|when|after|before|"
    r"last|earlier|yesterday|today|this|from|while|as|of|about|with|via|through|moments|shortly|upon|following|"
    r"\w+day)\b)")
_INV_BAD = re.compile(r"\.?\s*[A-Z][\w'\u2019-]*\s+[a-z]|\s+[a-z]+(?:ed|s)\s")
_OBJ_START = re.compile(r"\s*(?:[,:\"\u201c\u2018']|(?:the|a|an|his|her|their|its|it|him|them|this|"
                        r"that|these|those|for|on|me|us|you|[A-Z])\b|[A-Z])")
# a subject pronoun opens the complement clause of a speech verb ("Roe claims he
# is worth ...", "who claim they were ..."): no noun reads so
_CLAUSE_PRONOUN = re.compile(r"\s*(?:he|she|they|we|there)\b")
GAP_VERB = re.compile(r"(?:" + P.AUX_ALT + r")\s+\S")
# "a probe the agency said was ongoing": the walker joins the gap's antecedent
# and the relative clause's subject into one noun phrase
_GAP_HEAD = re.compile(r"(?:a|an|the|this|that|one)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                       r"(?=(?:the|a|an|his|her|its|their|[A-Z][\w.'\u2019-]*)\s)")
_POSSESSIVE_IN = re.compile(r"\w(?:'s|\u2019s)\s+\w")
_AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)?$")
# (a weekday may close the sentence after the source: "..., said harbour officials Sunday.")
_SENT_END = re.compile(r"(?:\s+[A-Z][a-z]+day)?\s*[.!?\"\u201d']*\s*$|\s*,")
_SENTENCE_END = re.compile(r"[\s\"\u201d']*(?:[.!?;]|$)")
_LONG_SUBJ_FINITE = re.compile(
    r"\b(?:" + P.AUX_DO_ALT + r"|"
    r"said|says|told|thinks|believes)\b|\b[a-z]\w*(?:ed|es)\s+(?:the|a|an|his|her|their|that|to|it|him|them)\b")


def _long_subject(ctx: Ctx, us: int, cue_s: int):
    """A long sentence-initial subject the NP walker gives up on.

    "Large majorities of voters going to the polls on Tuesday said ...",
    "Republican activists clamoring to block the nominee say ...": the words
    from the sentence start to a main speech verb, when they hold no quotation
    mark and no finite verb (so they cannot be a clause of their own).  An
    apposition closed just before the verb may follow the head noun phrase
    ("Jane Roe, a former adviser to the mayor and a friend of the family,
    said", "The justice -- who has clashed with him -- said", "Sen. Roe (a
    Democrat so young he is taken for an aide) says"); it becomes the role.
    """
    text = ctx.text
    cm = _LEAD_CONJ.match(text, us, cue_s)
    if cm is not None:
        us = cm.end()  # "But Republican activists clamoring to ... say"
    am = _SUBJ_TRAIL_ADV.search(text, max(us, cue_s - 200), cue_s)  # (bounded: linear time)
    if am is not None and text[us:am.start()].rstrip().endswith(","):
        cue_s = am.start() + len(am.group()) - len(am.group().lstrip())
        # ("Jane Roe, a former aide to the mayor, also said")
    span = text[us:cue_s]
    st = span.strip()
    if cm is not None and st[:1].islower():
        return None
    if not st or len(st) > 260 or not (st[:1].isupper() or cm) or LONG_SUBJ_BAD_START.match(st):
        return None
    if any(ch in span for ch in ";:\"\u201c\u201d") or "'" + "'" in span:
        return None
    ss = us + (len(span) - len(span.lstrip()))
    se = us + len(span.rstrip())
    m = _APPOS_OPEN.search(text, ss, se)
    if m is None:
        if len(st) > 160 or len(st.split()) < 3 or _LONG_SUBJ_FINITE.search(st):
            return None
        return Subject(cue_s, ss, se, us, "start", None)
    end = _apposition_end(text, ss, se, m)
    return None if end is None else Subject(cue_s, ss, end, us, "start", (m.end(), end))


def _apposition_end(text: str, ss: int, se: int, m: re.Match) -> int | None:
    """Where a long subject with an apposition opened at ``m`` ends (before the
    closing comma or dash), or None when the words are no head plus apposition."""
    head = text[ss:m.start()]
    if not text[ss:se].endswith((",", ")", "--", "\u2014", "\u2013")):
        return None
    if not head.strip() or len(head.split()) > 8 or _LONG_SUBJ_FINITE.search(head):
        return None
    inner = text[m.end():se].strip(" ,()-\u2014\u2013")
    words = inner.split()
    if not words:
        return None
    if m.group().strip() == "," and not (
            words[0].lower() in APPOSITION_FIRST or inner[:1].islower() or inner[:1].isdigit()
            or _POSSESSIVE_IN.search(inner)):
        return None
    rel = _REL_IN_APPOS.search(inner)
    if m.group().strip() == "," and _LONG_SUBJ_FINITE.search(inner[:rel.start()] if rel else inner) \
            and words[0].lower() not in ("who", "whose", "which", "whom"):
        # (a finite verb inside a relative clause of the apposition is fine: "Jane
        # Roe, the head of a group that has sued the city, said")
        return None
    end = se
    while end > ss and text[end - 1] in " ,-\u2014\u2013":
        end -= 1
    return end

_SUBJ_TRAIL_ADV = re.compile(r"\s+(?:(?:also|later|then|has|have|had|previously|repeatedly|again|recently|"
                             r"earlier|once|publicly|privately)\s+)+$")
_REL_IN_APPOS = re.compile(r"\b(?:who|whom|whose|that|which)\s")
_LEAD_CONJ = re.compile(r"\s*(?:But|And|Yet|So)\s+(?=[A-Z])")
_APPOS_OPEN = re.compile(r",|\s\(|\s--|\s[\u2014\u2013]")


_LIST_CUE_BEFORE = re.compile(r",\s+(?:(?:also|then|later|even|repeatedly|publicly|quickly)\s+)?$")


def _list_coordinated_source(ctx: Ctx, us: int, cue_s: int, form: str):
    """ "The board hid the facts, admitted it withheld emails, and ...": a past-tense
    cue after a comma that follows the subject's own first verb is a coordinated
    predicate of that subject (a past participle after the subject -- "the plan,
    announced Monday," -- has no verb between the subject and the comma)."""
    text = ctx.text
    low = form.lower()
    if " " in low or not (low.endswith("ed") or low in ("said", "told", "wrote")):
        return None
    if _LIST_CUE_BEFORE.search(text, max(us, cue_s - 24), cue_s) is None:
        return None
    if text.startswith(" by ", cue_s + len(form)):
        return None
    subj = unit_subject(ctx, us, cue_s)
    if subj is None:
        return None
    ss, se = subj
    words = text[ss:se].split()
    if not words or LONG_SUBJ_BAD_START.match(words[0]) or words[0].lower() in NOT_CONTROLLERS \
            or inside_quote(ctx, ss) is not None:
        return None
    between = text[se:cue_s]
    if SUBJ_VERB_AFTER.match(text, se, cue_s) is None or re.search(
            r"[;:\"\u201c\u201d]|\b(?:who|which|that|when|while|because|if|although|after|before|as)\b|"
            r"[\u2014\u2013]|\s--?\s", between):
        return None
    return Subject(cue_s, ss, se, ss, "conj", None)


_REL_PRON_SRC = re.compile(r"(?:(?P<comma>,)\s+|\b(?P<prev>[\w'\u2019-]+)\s+)(?P<rel>which|who|that)\s+"
                           r"(?:(?:also|then|later|originally|first|has|have|had|would|will|did|does|do|not|"
                           r"never|once)\s+)*$")


def _relative_pronoun_source(ctx: Ctx, us: int, cue_s: int, form: str):
    """ "the union, which urged ...", "a message that said ...": the relative
    pronoun is the source (the speaker is resolved from its antecedent later)."""
    text = ctx.text
    low = form.lower()
    if " " in low:
        return None
    rm = _REL_PRON_SRC.search(text, max(us, cue_s - 50), cue_s)
    if rm is None or inside_quote(ctx, rm.start("rel")) is not None:
        return None
    if rm.group("rel") == "that":
        prev = (rm.group("prev") or "").lower()
        # "argued that ...": a complementizer; "a message that said": a relative
        if not prev or CUE_FORMS.get(prev) or prev in LOWER_PREPOSITIONS or prev in DETERMINERS or not prev.isalpha() \
                or prev in ("so", "such", "now", "than", "is", "was", "are", "were", "be", "been"):
            return None
        if not (low.endswith(("ed", "s")) or low in ("said", "told", "wrote")) or low.endswith("ss"):
            return None
    return Subject(cue_s, rm.start("rel"), rm.end("rel"), rm.start("rel"), "comma" if rm.group("comma") else "conj",
                   None)
_PRONOUN_DET = re.compile(r"(?:(?:[Yy]et|[Aa]nd|[Bb]ut|[Ww]hile|[Ss]till)\s+)?(?:[Aa]nother|[Mm]ost|[Ee]ach)")




def _too_long_inverted(sv: str) -> bool:
    """An inverted source runs to at most 9 words, or 13 when it ends in a
    capitalized name ("said former Telk Gov. and Harbor Board Chairman Ivo Dal")."""
    words = sv.split()
    return len(words) > 13 or (len(words) > 9 and not words[-1][:1].isupper())


_TO_BEFORE = re.compile(r"(?<=\s)to\s+(?:(?:also|again|publicly|simply|then|later|openly|even)\s+)?$")
_OBJ_CONTROL = re.compile(r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|force|forcing|"
                          r"prompt|cause|push|encourage|invite|inspire|drive|get|help|helped|helps|caused|causes|"
                          r"got|gets|pushed|pressed|encouraged|invited|inspired|moved|drove|asked|urged|"
                          r"allowed|allow|allows|let)\s+$")
_OBJ_PRON = re.compile(r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|caused|causes|"
                       r"got|gets|pushed|encouraged|invited|inspired|drove|drives|allowed|allows|let|lets|"
                       r"made|makes|urged|asked|pressed)\s+(?P<o>him|her|them|us|me)\s+$")
_SUBORD_BETWEEN = re.compile(r"(?:,\s*|\s)(?:although|though|while|because|when|whereas|after|before|since|"
                             r"until|unless|if|but|where)\s")
# the subject's own verb must follow it: "Voters were more likely to say",
# "Roe stood up to say", "Roe declined to say"
_INF_VERB_NEXT = re.compile(
    r"\s+(?:(?:also|then|later|still|even|never|once|quickly|finally|often|always|simply|just|"
    r"repeatedly|again|now|soon)\s+)?(?:" + P.AUX_DO_ALT + r"|seem|seems|seemed|appear|appears|appeared|"
    r"stood|went|took|came|rose|got|"
    r"made|sought|began|used|wants|want|wanted|tried|tries|try|[a-z]+ed|[a-z]+[^s's]s)\b")


def _infinitive_controller(ctx: Ctx, us: int, cue_s: int):
    """The subject of "to say"/"to tell": "Voters were more likely to say ...",
    "The delay led voters to say ...", "Roe stood up to say ...".  The object
    of a causative verb before it, else the sentence subject."""
    text = ctx.text
    tm = _TO_BEFORE.search(text, max(us, cue_s - 24), cue_s)
    if tm is None:
        return None
    to_s = tm.start()
    om = _OBJ_PRON.search(text, max(us, to_s - 40), to_s)
    if om is not None:
        # "led her to declare", "prompted voters to say"
        return Subject(cue_s, om.start("o"), om.end("o"), om.start("o"), "conj", None)
    prev = prev_word(text, max(us, to_s - 30), to_s)
    if prev is not None and (prev.lower() in NOT_BEFORE_TO or prev.lower().endswith(NOUN_ENDINGS)):
        # "his failure to denounce", "the pressure on her to say", "hard to say"
        return None
    alt = left_source(ctx, us, to_s)
    if alt is not None and _OBJ_CONTROL.search(text, max(us, alt.start - 16), alt.start):
        return Subject(cue_s, alt.start, alt.end, alt.start, "conj", None)
    subj = unit_subject(ctx, us, to_s)
    if subj is None:
        return None
    ss, se = subj
    if se <= ss or se > to_s or inside_quote(ctx, ss) is not None:
        return None
    if _SUBORD_BETWEEN.search(text, se, to_s) or _OWN_SUBJECT_BETWEEN.search(text, se, to_s):
        # "X said ..., although Y appeared on TV to defend her": Y's clause; (round 47) "X traces it to a
        # call in which Y tried to endorse", "X makes it illegal to reveal": another's, or no one's
        return None
    words = text[ss:se].split()
    if LONG_SUBJ_BAD_START.match(words[0]) or words[0].lower() in NOT_CONTROLLERS \
            or words[-1].lower() in DETERMINERS \
            or not words[-1][:1].isalpha() or _INF_VERB_NEXT.match(text, se, to_s) is None:
        # ("It is hard to say", "After ... to say", "Democratic presidential candidate ...")
        return None
    return Subject(cue_s, ss, se, ss, "conj", None)


# (round 47) between a subject and an infinitive: a relative clause after a preposition, with its own
# subject ("a call in which Veld tried to"), or an empty "it" and its adjective ("makes it illegal to")
_OWN_SUBJECT_BETWEEN = re.compile(r"\b(?:in|on|at|by|for|with|during|under|from|through)\s+(?:which|whom)\s|"
                                  r"\sit\s+(?:(?:more|less|very|so|too)\s+)?[a-z]+\s+$")


_PRECINCTS = re.compile(r"\b(?:precincts?|districts|counties|polling\s+places)\b")


# --- step 3: find the source ------------------------------------------------

_NOT_INVERTED_FIRST = ("that", "in", "on", "at", "it's", "to", "this", "there")
# "said council president, Jo Roe" / "said White House spokesman, Jo Roe": an
# office with no article, then its holder (``inverted_frame`` makes the holder
# the speaker and the office the role)
_BARE_OFFICE = re.compile(
    r"[ \t]+(?P<src>(?:(?!(?:of|for|at|to|in)\s)[\w.'\u2019&-]+\s+){0,5}?(?:"
    + "|".join(sorted(sorted(re.escape(w) for w in OFFICE_HEADS | ROLES_BEFORE_NAME), key=len, reverse=True))
    + r"))(?=" + P.INV_OFFICE_HOLDER + ")")


# "said Secretary of State Ann Vole on Friday": an office with "of" before the
# name (the name pattern stops at "of", which left the bare "Secretary")
_OFFICE_OF_NAME = re.compile(
    r"[ \t]+(?P<src>[A-Z][\w-]+\s+of\s+(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s+){1,6}?[A-Z][\w'\u2019-]+)"
    r"(?=\s*(?:[,;:!?(]|\.(?:\s|$)|$|\s+(?:also|adding|" + P.INV_SOURCE_NEXT + r")\b))")


def _office_of_name(text: str, im: re.Match, ue: int) -> re.Match:
    """The whole "Secretary of State Ann Vole" when the name pattern took only
    an office word before "of"; ``im`` itself otherwise."""
    sv = im.group("src")
    if " " in sv or sv.lower() not in OFFICE_HEADS or not text.startswith(" of ", im.end("src")):
        return im
    return _OFFICE_OF_NAME.match(text, im.start(), ue) or im


def inverted_source(ctx: Ctx, cue: Cue) -> re.Match | None:
    """The source after the cue ('"...," said Jane Roe'), as a match of
    ``patterns.INV_SOURCE_RE`` with a ``src`` group, or None; after a closing
    quotation also an office, a possessive or a source before an adjunct
    (``patterns.QUOTE_TRAILER_SOURCE``) that the name pattern leaves."""
    text, us, cue_s = ctx.text, cue.us, cue.start
    prev_txt = text[max(us, cue_s - 3):cue_s].rstrip()
    if not (prev_txt.endswith((",", '"', "\u201d", "'", "\u2019", "\u201c")) and cue.lemma in INVERTIBLE
            and " " not in cue.form):
        return None
    im = _named_inverted(ctx, cue) or _quotation_trailer_source(ctx, cue)
    if im is not None and im.group("src").split(None, 1)[0] in ADJUNCT_AFTER_CUE:
        return None  # ("said via telephone from Kelpton", "said just after midnight": an adjunct, no source)
    return im


def _quotation_trailer_source(ctx: Ctx, cue: Cue) -> re.Match | None:
    """'"...," said Kelpco spokesperson.' / 'said the protester before he was
    led out': right after a closing quotation no clause follows the cue, so a
    verbless noun phrase there is its source."""
    text = ctx.text
    if cue.participle or quote_closing_before(ctx, cue.start) is None:
        return None  # ("allowed to 'exclude' revealing personal data")
    im = P.QUOTE_TRAILER_SOURCE.match(text, cue.end, cue.ue)
    if im is None:
        return None
    sv = im.group("src")
    if FINITE.search(sv) or ANY_QUOTE.search(sv) or sv.islower() and " " not in sv:
        return None  # (nor a lone pronoun-like word: '"...," read another.')
    words = sv.split()
    if words[0].lower().endswith("ing") and im.group("name") is None and not _office_then_holder(words[1:]):
        return None  # ("said, laughing."; not "said acting director, Jo Roe", "said acting director Jo Roe")
    return im


def _office_then_holder(words: list[str]) -> bool:
    """'acting harbour director Jo Roe': an office's head noun, then only the
    capitalised words of its holder's name to the end."""
    heads = [i for i, w in enumerate(words) if w.lower() in OFFICE_HEADS and w[:1].islower()]
    if not heads or heads[-1] == len(words) - 1:
        return False
    return all(w[:1].isupper() for w in words[heads[-1] + 1:])


def _named_inverted(ctx: Ctx, cue: Cue) -> re.Match | None:
    """The inverted source by ``patterns.INV_SOURCE_RE`` (or an office before its
    holder), with its guards."""
    text, us, ue, cue_s = ctx.text, cue.us, cue.ue, cue.start
    im = P.INV_SOURCE_RE.match(text, cue.end, ue) or _BARE_OFFICE.match(text, cue.end, ue)
    if im is None:
        return None
    im = _office_of_name(text, im, ue)
    sv = im.group("src")
    words = sv.split()
    if words[0].lower() in _NOT_INVERTED_FIRST or FINITE.search(sv) or _too_long_inverted(sv):
        return None
    rest = text[im.end("src"):ue]
    if not _INV_REST.match(rest) and _INV_BAD.match(rest):
        return None
    if words[0].lower().endswith("ing") or (
            words[0].lower() in DETERMINERS and (len(words) > 6 or any(
                w.endswith("ed") and w[:1].islower() for w in words[2:]))
            and quote_closing_before(ctx, cue_s) is None):
        return None
    if not quote_closing_before(ctx, cue_s) and not _SENT_END.match(rest):
        # "Mark Wynn, chairman of X, said his district ...": subject on the left
        alt = left_source(ctx, us, cue_s)
        if alt is not None and alt.apposition is not None:
            return None
    return im


class VerbObject(NamedTuple):
    """The finite verb before a participle cue and the object between them."""

    verb_start: int
    verb: str
    head: str


# the words that may stand between a clause's subject and its verb ("has also issued")
_GAP_WORDS = r"(?:[a-z]+ly|has|have|had|will|would|also|then|later|again|both|all|jointly)"
_SUBJECT_GAP = re.compile(r"(?:\s+" + _GAP_WORDS + r")*\s*$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)(?=" + _SUBJECT_GAP.pattern + ")")
_TRAILING_GAP = re.compile(r"(?:\s+" + _GAP_WORDS + r")+$")
# between the sentence's subject and its verb: the rest of a body's name the
# subject search left ("the Kelp Association for | the Advancement of Science"),
# an apposition set off by commas
# ("Ann Roe, the harbour master, gave ..."), or the rest of a list of subjects
# ("the Kelp Council, the Reef Trust and the Tide Group opposed ..."), then the gap
_NO_MARK = r"[^,;:\"\u201c\u201d()]"
_CLAUSE_TAIL = re.compile(
    r"(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'\u2019-]*(?:\s+(?:of|for|the|[A-Z][\w'\u2019-]*))*?)?"
    r"(?:(?P<appos>," + _NO_MARK + r"{2,80},)|(?P<list>(?:,\s*" + _NO_MARK + r"{2,60}?)*,?\s+and\s+"
    + _NO_MARK + r"{2,60}?))?(?:\s+" + _GAP_WORDS + r")*\s*")
_OBJECT_WORD = re.compile(r"[a-z0-9][\w'\u2019-]*")


# a verb of judging, then its object (no punctuation) right before the cue
_JUDGED_OBJECT = re.compile(r"\b(?P<verb>" + "|".join(sorted(JUDGING_PASTS)) + r")(?:\s+[\w.'\u2019&-]+){1,6}\s+$")


# "spent more time | mocking", "is spending hours | attacking": a span of time spent
_TIME_SPENT = re.compile(r"\b(?P<verb>spen[dt]s?|spending)\s+(?:(?:more|much|less|little|some|so|too|the|his|her|"
                         r"their|its|a|an|long|several|many|few|most|all|whole|entire|\d+)\s+){0,3}"
                         r"(?P<head>" + "|".join(sorted(TIME_SPENT_NOUNS)) + r")\s+$")


def _verb_and_object(text: str, us: int, cue_s: int) -> VerbObject | None:
    """ "gave a speech | saying", "will hold banners | proclaiming": a past tense
    (or a bare verb after an auxiliary) and one to five lower-case words of its
    object, the last a thing one speaks through, right before the cue; or a verb
    of judging and its object ("opposed the bill | arguing"); or time spent
    ("spent more time | mocking")."""
    base = max(us, cue_s - 120)
    jm = _JUDGED_OBJECT.search(text, base, cue_s) or _TIME_SPENT.search(text, base, cue_s)
    if jm is not None:
        return VerbObject(jm.start("verb"), jm.group("verb"), text[:cue_s].split()[-1].lower())
    words = list(re.finditer(r"\S+", text[base:cue_s]))
    for k in range(1, min(6, len(words) - 1)):
        obj = [w.group() for w in words[-k:]]
        if not all(_OBJECT_WORD.fullmatch(w) for w in obj) or any(w in LOWER_PREPOSITIONS for w in obj):
            return None
        verb, aux = words[-k - 1].group(), words[-k - 2].group() if len(words) > k + 1 else ""
        if verb.islower() and verb.isalpha() and (
                (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PASTS
                or aux.lower() in BARE_CLAUSE_AUXILIARIES):
            if obj[-1] not in SAID_THROUGH_OBJECTS:
                return None
            return VerbObject(base + words[-k - 1].start(), verb, obj[-1])
    return None


def said_through_object(ctx: Ctx, cue: Cue, subj: Subject | None) -> Subject | None:
    """ "The council passed a resolution condemning ...", "They will hold banners
    proclaiming: ...": the participle's subject is the clause's, not the thing
    its verb put out (``lexicon.SAID_THROUGH_OBJECTS``); the clause's subject is
    a personal pronoun or the sentence's subject right before the verb.  Other
    subjects are returned as they are."""
    if subj is None or not cue.participle:
        return subj
    vo = _verb_and_object(ctx.text, cue.us, cue.start)
    if vo is None or (subj.start < vo.verb_start - 1 and subj.end <= vo.verb_start) or (
            vo.verb in REFUSING_PASTS and vo.head in DOCUMENT_NOUNS | SAID_THROUGH_OBJECTS
            and cue.lemma not in CLAUSE_LEMMAS):
        # ("vetoed a resolution condemning ...": the resolution's words, not the veto's)
        return subj
    pm = None
    for pm in _SUBJECT_PRONOUN.finditer(ctx.text, max(cue.us, vo.verb_start - 40), vo.verb_start):
        pass
    if pm is not None and pm.end() + len(_SUBJECT_GAP.match(ctx.text, pm.end(), vo.verb_start).group()) \
            == vo.verb_start:
        return Subject(cue.start, pm.start(), pm.end(), cue.us, "start", None)
    found = unit_subject(ctx, cue.us, cue.start)
    if found is None or found[1] > vo.verb_start:
        return subj
    start, end = found
    trail = _TRAILING_GAP.search(ctx.text, start, end)
    if trail is not None:
        end = trail.start()  # ("Roe later gave ...": not "Roe later")
    tail = _CLAUSE_TAIL.fullmatch(ctx.text, end, vo.verb_start)
    if tail is None:
        return subj
    if tail.group("list"):
        end = tail.end("list")
    return Subject(cue.start, start, end, cue.us, "start", None)


# the words after a depiction verb up to the participle cue: the one shown (up to six
# words, no clause marks), then what they are doing ("walking down a corridor", "in good spirits,")
_DEPICTED = re.compile(r"\b(?P<verb>" + "|".join(sorted(DEPICTION_VERBS)) + r")\s+"
                       r"(?P<np>(?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+)"
                       r"(?P<doing>(?:\s+(?:in|at|on|with|by|from|to|down|up|into|outside|inside|near|[a-z]{2,}ing)\b"
                       r"[^.;:!?\"\u201c\u201d()]{0,60}?)?,?)\s+$")
_PEOPLE_WORDS = (PERSON_HEADS | PEOPLE_NOUNS | OFFICIAL_NOUNS | COLLECTIVE_NOUNS
                 | {"him", "her", "them", "men", "women", "people", "children", "crowd", "crowds", "fans"})


def _shows_people(np: str) -> bool:
    """Is a depicted noun phrase people: a name, a person's noun or a pronoun?"""
    words = np.split()
    head = words[-1]
    low = head.lower()
    if low in ("him", "her", "them"):
        return len(words) == 1
    return head[:1].isupper() or low in _PEOPLE_WORDS or low.rstrip("s") in _PEOPLE_WORDS \
        or low.endswith(PEOPLE_PLURAL_ENDINGS)


_WORD_BEFORE = re.compile(r"([\w'\u2019-]+)\s+$")


_BARE_VERB_AFTER = frozenset(("to", "not", "never", "also", "did", "does", "do", "will", "would", "can", "could",
                              "may", "might", "they", "we", "you", "which", "that", "who"))


def _noun_before(text: str, m: re.Match) -> bool:
    """ "the TV show Kelp Morning", "a talk show", "Roe's shows": the depiction
    word is a noun.  A bare "show" is a verb only after a plural subject ("the
    images show"), an auxiliary, "to" or a pronoun."""
    w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    prev = w.group(1).lower() if w is not None else ""
    if prev in DETERMINERS or prev.endswith(("'s", "\u2019s")):
        return True
    verb = m.group("verb")
    if verb.endswith(("s", "d", "n", "g")):
        return False
    return not (prev in _BARE_VERB_AFTER or (prev.endswith("s") and prev != "news"))


def depicted_subject(ctx: Ctx, cue: Cue, subj: Subject | None) -> Subject | None:
    """ "The clip shows the mayor walking down a corridor saying ...", "It
    featured two women eating lunch saying ...", "The footage shows Jo Roe
    saying that ...": a participle after the people a depiction verb shows is
    theirs, not the recording's nor the thing they handle.  Other subjects are
    returned as they are."""
    if not cue.participle:
        return subj
    m = _DEPICTED.search(ctx.text, max(cue.us, cue.start - 140), cue.start)
    if m is None or not _shows_people(m.group("np")) or any(
            w.endswith("ing") and len(w) > 4 for w in m.group("np").lower().split()) or _noun_before(ctx.text, m):
        return subj
    return Subject(cue.start, m.start("np"), m.end("np"), cue.us, "start", None)


def find_subject(ctx: Ctx, cue: Cue) -> SourceSearch:
    """The source left of the cue: the noun phrase walker first, then the
    coordinated, list, relative-pronoun, long-subject and infinitive searches."""
    text, us, cue_s, participle = ctx.text, cue.us, cue.start, cue.participle
    left = left_source(ctx, us, cue_s) or (None if participle else _before_stray_comma(ctx, us, cue_s))
    if not participle:
        left = _unclosed_apposition(ctx, us, cue_s, left) or _unclosed_relative(ctx, us, cue_s, left) or left
        left = _office_comma_before_name(ctx, us, left) or left
    if left is not None and left.kind == "conj" and not participle:
        left = _widened_to_who(ctx, us, left) or left
    left = _after_opening_adverb(text, left)
    if left is not None and text[left.start:left.end].lower() == "having":
        left = _perfect_participle_subject(ctx, cue, left)
    if left is None:
        left = coordinated_source(ctx, us, cue_s)
    if left is None and not participle:
        left = _participle_subject(ctx, us, cue_s)
    list_coord = rel_src = False
    if left is None and not participle:
        left = _list_coordinated_source(ctx, us, cue_s, cue.form)
        list_coord = left is not None
    if left is None and not participle:
        left = _relative_pronoun_source(ctx, us, cue_s, cue.form)
        rel_src = left is not None
    if left is None and not participle:
        left = partitive_relative_source(ctx, us, cue_s)
    if cue.lemma in MAIN_SPEECH and not participle and (left is None or (
            text[left.start:left.start + 6].split(" ")[0] in LOWER_PREPOSITIONS) or (
            left.kind == "comma" and text[us:left.start].rstrip().endswith(","))):
        # no subject found, or only the tail of a long one ("... waiting for the
        # new quota said"): take the whole sentence-initial noun phrase
        left = _long_subject(ctx, us, cue_s) or left
    inf_left = _infinitive_subject(ctx, cue, left)
    if inf_left is not None:
        return SourceSearch(inf_left, True, list_coord, rel_src)
    return SourceSearch(left, False, list_coord, rel_src)


def _before_stray_comma(ctx: Ctx, us: int, cue_s: int) -> Subject | None:
    """The subject before a stray comma that the walker did not take: "Sen.
    Jane Roe (D-Ore.), said ..." (after a parenthetical), and '"...," harbour
    official Jo Roe, told the radio.' (a trailer's subject right after the
    quotation and its comma, with no other comma: an apposition closed by a
    comma has one before it)."""
    text = ctx.text
    if text[max(us, cue_s - 4):cue_s].rstrip().endswith("),"):
        alt = left_source(ctx, us, text.rfind(")", max(us, cue_s - 4), cue_s) + 1)
        return alt and dataclasses.replace(alt, cue_start=cue_s)
    k = cue_s
    while k > us and text[k - 1].isspace():
        k -= 1
    if k <= us or text[k - 1] != "," or ANY_QUOTE.search(text, us, k) is None:
        return None
    alt = left_source(ctx, us, k - 1)
    if alt is None or alt.kind != "quote" or alt.apposition is not None or "," in text[alt.start:k - 1] \
            or not text[text.rfind(" ", alt.start, alt.end) + 1:alt.end][:1].isupper():
        return None  # (a name ends the subject: not '"...", Jo Roe sighs, pointing to ...')
    q = quote_closing_before(ctx, alt.start)
    if q is None or not (text[q.end - 1:q.end] in (",", "?", "!") or "," in text[q.close_at:alt.start]):
        return None  # (a quoted word inside a phrase: 'the "pretentious" pen name of Jo Roe,')
    return dataclasses.replace(alt, cue_start=cue_s)


# a name opening the clause (the sentence, or a trailer after a quotation and its
# comma), a comma, then an office of a body never closed by a comma before the cue:
# "Jo Roe, leader of the newly formed Kelp Party said"
_UNCLOSED_APPOSITION = re.compile(
    r"(?:^[\s\"\u201c\u201d']*|[,?!][\"\u201d']\s+)(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+"
    r"(?P<role>(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+)\s+(?:of|for|at)\s+[^,;:()\"\u201c\u201d]{3,80}?)"
    r"\s*$")


def _unclosed_apposition(ctx: Ctx, us: int, cue_s: int, left: Subject | None) -> Subject | None:
    """ "Jo Roe, leader of the newly formed Kelp Party said": the apposition's
    closing comma is missing, and the walker took the body's name at its end (or
    nothing) for the subject; the subject is the person named before the
    apposition.  Only when a capitalised word (the body's name) meets the cue:
    after a lower-case word the cue may be the apposition's own ("a unit called
    Kelp Watch")."""
    clause = ctx.text[us:cue_s]
    last = clause.rsplit(None, 1)[-1:]
    if not last or not last[0][:1].isupper() or "," not in clause:
        return None  # (what the pattern needs, tested first: it is searched for at every cue)
    m = _UNCLOSED_APPOSITION.search(clause)
    if m is None or m.group("head") not in OFFICE_HEADS or not m.group("role").rsplit(None, 1)[-1][:1].isupper():
        return None  # (a body's name ends the role: after a lower-case word the cue may be inside it)
    name_s, name_e = us + m.start("name"), us + m.end("name")
    if (left is not None and left.start < name_e) or ctx.people.person_in(name_s, name_e) is None:
        return None  # (the walker found the name, or a subject before it; no person named)
    kind = "start" if not ctx.text[us:name_s].strip(" \"\u201c\u201d'") else "quote"
    return Subject(cue_s, name_s, name_e, name_s, kind, (us + m.start("role"), us + m.end("role")))


# a name opening the clause, an age at most, a comma, then a relative clause on
# "who is/was/has ..." never closed by a comma before the cue: "Jo Roe, who was
# freed in May said"
_UNCLOSED_RELATIVE = re.compile(
    r"(?:^[\s\"\u201c\u201d']*|[,?!][\"\u201d']\s*)(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})"
    r"(?:,\s+\d{1,3})?,\s+(?P<who>who)\s+(?:is|was|has|had)\s+[^,;:()\"\u201c\u201d]{2,150}?\s*$")


def _unclosed_relative(ctx: Ctx, us: int, cue_s: int, left: Subject | None) -> Subject | None:
    """ "Jo Roe, who was freed in May said ...", '"...," Jo Roe, who is chair of
    Kelp Watch said': the relative clause's closing comma is missing, and the
    walker took a phrase inside it ("in May", "Kelp Watch") for the subject; the
    subject is the person named before "who", with the clause, as when the comma
    is there.  Only when a person is named there, and the walker took a phrase of
    two words or more: with one word or none taken the cue is the clause's own
    ("who has long expressed", "who has been called")."""
    clause = ctx.text[us:cue_s]
    if "who " not in clause:
        return None  # (what the pattern needs, tested first: it is searched for at every cue)
    m = _UNCLOSED_RELATIVE.search(clause)
    if m is None:
        return None
    name_s, name_e, who = us + m.start("name"), us + m.end("name"), us + m.start("who")
    if left is None or left.start < who or " " not in ctx.text[left.start:left.end].strip() \
            or ctx.people.person_in(name_s, name_e) is None:
        return None  # (no phrase of the clause taken, or one word: the cue is the clause's own verb,
        # "who has long expressed"; the walker found a subject before "who"; no person named)
    end = us + len(clause.rstrip())
    kind = "start" if not ctx.text[us:name_s].strip(" \"\u201c\u201d'") else "quote"
    return Subject(cue_s, name_s, end, name_s, kind, None)


# right after a quotation and its comma: an office (a head noun of an office last) and
# a stray comma before the subject's name ('"...," Kelpco spokesman, Jo Roe told ...')
_OFFICE_COMMA = re.compile(r"[,?!][\"\u201d']\s+(?P<office>(?:[A-Za-z][\w.'\u2019&-]*\s+){0,4}(?P<head>[a-z]+)),\s+$")


def _office_comma_before_name(ctx: Ctx, us: int, left: Subject | None) -> Subject | None:
    """ '"...," Kelpco spokesman, Jo Roe told the radio.': the walker took the
    name after the stray comma, and the office was left in the quotation's
    content; the subject is the office with the name, as without the comma."""
    if left is None or left.start - us < 6:
        return None
    m = _OFFICE_COMMA.search(ctx.text, max(us, left.start - 80), left.start)
    if m is None or m.group("head") not in OFFICE_HEADS or ctx.people.person_in(left.start, left.end) is None:
        return None
    return Subject(left.cue_start, m.start("office"), left.end, m.start("office"), "quote",
                   (m.start("office"), m.end("office")))


# (an auxiliary may stand between: "Supporters who have heard from the campaign say")
_WHO_GAP = re.compile(r"\s*\bwho\s+(?:(?:have|has|had|are|were|was|is)\s+(?:(?:also|not|never|already|long)\s+)?)?$")


# a sentence adverb and its comma opening a subject span ("Still, Kerr, said")
_OPENING_ADVERB = re.compile(r"(?P<adv>[A-Z][a-z]+),\s+")
# a prepositional setting after it, not a subject ("Meanwhile, in Ruritania, ..."; "at least" is a quantifier)
_SETTING_AFTER = re.compile(r"(?:" + "|".join(sorted(LOWER_PREPOSITIONS)) + r")\s(?!least\b|most\b)")


def _after_opening_adverb(text: str, left: Subject | None) -> Subject | None:
    """ "Still, Kerr, said ...", "However, the director of the port, said":
    the walker took the sentence adverb for the head (and the subject, closed
    by a stray comma, for its apposition); the subject starts after the
    adverb's comma."""
    if left is None:
        return None
    appos = left.apposition
    one_word = " " not in text[left.start:left.end].strip()
    end = appos[1] if appos is not None and one_word else left.end
    om = _OPENING_ADVERB.match(text, left.start, end)
    if om is None or om.group("adv").lower() not in OPENING_ADVERBS or om.end() >= end \
            or _SETTING_AFTER.match(text, om.end(), end):
        return left  # ("Meanwhile, in Ruritania, the unions called ...": a setting, no subject)
    if appos is not None and appos[0] <= om.end():
        appos = None
    return Subject(left.cue_start, om.end(), end, om.end(), "start", appos)


def _widened_to_who(ctx: Ctx, us: int, left: Subject) -> Subject | None:
    """ "Residents who live near the plant said ...": the walk stopped at "who",
    with the relative clause's predicate as the subject; the source is the noun
    phrase before "who" with its clause."""
    text = ctx.text
    gap = _WHO_GAP.search(text, max(us, left.start - 30), left.start)
    if gap is None or not text[left.start:left.start + 1].islower():
        return None
    head = left_source(ctx, us, gap.start())
    if head is None or head.end != gap.start() or text[head.start:head.end].lower() in ("those", "anyone", "one"):
        return None
    return Subject(left.cue_start, head.start, left.end, head.boundary, head.kind, head.apposition)


def _perfect_participle_subject(ctx: Ctx, cue: Cue, left: Subject) -> Subject | None:
    """ "The Gazette is a reliable source, having reported the sale": "having"
    is no noun but the perfect participle, whose subject is the clause's --
    the sentence's subject before it, or, when "Having reported ..." opens the
    sentence, the subject after the participle phrase's comma.  ("quoted as
    having said" keeps its own reading; None when no subject is found.)"""
    text = ctx.text
    if text[max(cue.us, left.start - 4):left.start].rstrip().endswith(" as"):
        return left
    if not text[cue.us:left.start].strip(" \"\u201c'"):
        comma = text.find(", ", cue.end, cue.ue)
        subj = unit_subject(ctx, comma + 2, cue.ue) if comma >= 0 else None
    elif text[cue.us:left.start].rstrip().endswith(","):
        subj = unit_subject(ctx, cue.us, left.start)
    else:
        subj = None
    if subj is None or subj[1] <= subj[0]:
        return None
    return Subject(cue.start, subj[0], subj[1], subj[0], "start", None)


_PARTICIPLE_GAP = re.compile(r"[\s,\"\u201d'\u2019]*$")


def _participle_subject(ctx: Ctx, us: int, cue_s: int) -> Subject | None:
    """'Jane Roe, citing "a new era," said ...': the subject of the participle
    claim that ends right before the cue is this cue's subject too."""
    text = ctx.text
    for c in reversed(claim_index.starting_in(ctx, us, cue_s)):
        if c.rule.endswith(".participle") and c.source is not None and c.cue is not None \
                and us <= c.source.start < c.cue.start and c.content.end <= cue_s \
                and _PARTICIPLE_GAP.match(text, c.content.end, cue_s):
            return Subject(cue_s, c.source.start, c.source.end, us, "start", None)
    return None


def _infinitive_subject(ctx: Ctx, cue: Cue, left: Subject | None) -> Subject | None:
    """The controller of a bare "to say" when no better subject was found."""
    text, lemma = ctx.text, cue.lemma
    if cue.participle or cue.form.lower() != lemma:
        return None
    if lemma in INFINITIVE_NOT and not (
            lemma != "ask" and CONTROL_TO.search(text, max(cue.us, cue.start - 40), cue.start)):
        return None
    if left is not None and text[left.start:left.end].lower() not in ("her", "him", "them", "us", "me"):
        return None
    return _infinitive_controller(ctx, cue.us, cue.start)


def _last_token(text: str, subj: Subject) -> str:
    words = text[subj.start:subj.end].split()
    return words[-1].lower() if words else ""


# a time phrase between a subject and its verb ("polls in recent days have shown")
_IN_RECENT_TIME = re.compile(r"\s+in\s+recent\s+(?:days|weeks|months|years|hours)\b")


def refine_subject(ctx: Ctx, cue: Cue, adj: Adjuncts, search: SourceSearch) -> Subject | None:
    """The subject once junk is dropped, a relative gap's head removed ("a
    probe the agency said"), and a coordinated subject preferred; None when
    there is none or it shows the cue is no speech."""
    text, us, cue_s = ctx.text, cue.us, cue.start
    left = search.subject
    if left is None:
        return None
    if text[left.start:left.end].strip() in JUNK_SOURCE_DROP:
        return None
    if cue.lemma == "report" and _PRECINCTS.search(text, left.start, left.end):
        # "with 98 percent of precincts reporting": a vote count, not a report
        return None
    after = text[adj.end:cue.ue]
    gh = _GAP_HEAD.match(text, left.start, left.end)
    if gh is not None and gh.end() < left.end and GAP_VERB.match(text, adj.end + len(after) - len(after.lstrip())) \
            and inside_quote(ctx, left.start) is None:
        # "a probe the agency said was ongoing": the source is "the agency"
        left = dataclasses.replace(left, start=gh.end())
    last_tok = _last_token(text, left)
    if last_tok == "recent" and (tm := _IN_RECENT_TIME.search(text, left.start, cue_s)) is not None \
            and tm.start() > left.start:
        # "Opinion polls in recent days have shown": the time phrase is no part of the subject
        left = dataclasses.replace(left, end=tm.start())
        last_tok = _last_token(text, left)
    if last_tok in BAD_SOURCE_LAST and _AND_BEFORE_CUE.search(text, max(us, cue_s - 40), cue_s):
        # "X lamented the state of the race and criticized ...": the subject of the
        # first verb, not the words before "and"
        alt = coordinated_source(ctx, us, cue_s)
        if alt is not None:
            left = alt
            last_tok = _last_token(text, left)
    if last_tok in BAD_SOURCE_LAST and (search.infinitive or search.relative
                                        or _PRONOUN_DET.fullmatch(text, left.start, left.end)) \
            and not cue.participle:
        # "Yet another said ...", "most said they were ...": a pronoun-like subject
        last_tok = ""
    if last_tok in BAD_SOURCE_LAST or last_tok.endswith(("'s", "\u2019s")) and (
            last_tok.replace("\u2019", "'") not in PRONOUN_CONTRACTIONS):
        return None
    low_form = cue.form.lower()
    if (low_form in NOUNISH_CUE_FORMS or cue.lemma == "call" and low_form in ("called", "calls", "call", "calling")) \
            and not _nounish_cue_is_verb(ctx, cue, adj, left, last_tok):
        return None
    return left


def _ends_a_quote_trailer(ctx: Ctx, cue: Cue, adj: Adjuncts) -> bool:
    """ '"...," Roe notes.', '"...," she went on.': the cue ends its sentence after a quotation."""
    return _SENTENCE_END.match(ctx.text, adj.end, cue.ue) is not None and after_quote_trailer(ctx, cue.us, cue.start)


def _nounish_cue_is_verb(ctx: Ctx, cue: Cue, adj: Adjuncts, left: Subject, last_tok: str) -> bool:
    """A noun-like form ("reports", "calls", "notes") is a verb only after a
    subject that looks like one: a name, a pronoun, a plural before "that"."""
    text, ue, has_that = ctx.text, cue.ue, adj.has_that
    ss, se, kind = left.start, left.end, left.kind
    low_form = cue.form.lower()
    src_txt = text[ss:se]
    if last_tok in BAD_SOURCE_LAST_NOUNISH and not (
            src_txt.split()[-1][:1].isupper() and last_tok in NAME_WORDS):
        return False
    if not _nounish_subject_ok(ctx, cue, adj, left):
        return False
    if low_form in ("goes on", "went on") and not (after_colon_or_quote(text, adj.end, ue)
                                                   or _ends_a_quote_trailer(ctx, cue, adj)):
        return False  # (a quotation's trailer, '"...," she went on.', is speech; "the talks went on." no)
    if not low_form.endswith(("ed", "ing")) and low_form not in ("told", "said") and not has_that \
            and not _OBJ_START.match(text, adj.end, ue) \
            and not (cue.cls not in ("cognition", "volition") and _CLAUSE_PRONOUN.match(text, adj.end, ue)) \
            and not (
                cue.lemma in INFINITIVE_NOUNISH and text.startswith(" to ", adj.end)) \
            and not (kind == "comma" and _SENTENCE_END.match(text, adj.end, ue)) \
            and not _ends_a_quote_trailer(ctx, cue, adj):
        # (a trailer at the end of its sentence is a verb: "..., Roe notes.",
        # '"...," Roe notes.')
        return False
    return True


_INNER_CAPITAL = re.compile(r"(?<!^)\b[A-Z]")
_THAT_FINITE = re.compile(r"\s*that\s+(?:\w+ed|can|could|will|would|may|might|has|have|had)\b")


def _nounish_subject_ok(ctx: Ctx, cue: Cue, adj: Adjuncts, left: Subject) -> bool:
    text, ss, se, has_that = ctx.text, left.start, left.end, adj.has_that
    src_txt = text[ss:se]
    low_form = cue.form.lower()
    after = text[adj.end:cue.ue]
    return is_pronoun(src_txt.split()[-1]) or bool(_INNER_CAPITAL.search(src_txt)) or (
        src_txt[:1].isupper() and left.kind != "start") or src_txt.split()[-1][:1].isupper() or (
        src_txt[:1].isupper() and _POSSESSIVE_IN.search(src_txt) is not None) or (
        src_txt[:1].isupper() and (has_that or after_colon_or_quote(text, adj.end, cue.ue))) or (
        quote_closing_before(ctx, ss) is not None and after_quote_trailer(ctx, cue.us, cue.start)) or (
        has_that and not low_form.endswith("s") and src_txt.split()[-1].lower().endswith("s")
        and not _THAT_FINITE.match(after)
        and src_txt.split()[-1].lower() not in BAD_SOURCE_LAST_NOUNISH)
