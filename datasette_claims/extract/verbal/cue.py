"""One reporting-verb cue through its named steps, and the pass over an article.

``reporting_verbs`` runs ``extract_cue`` on every cue of the article;
``extract_cue`` screens the cue (step 1, ``screens``), reads its adjuncts
(step 2), finds the source (step 3, ``subject``), reads the frame (step 4,
``frames``) and emits the claim (step 5).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ...models import Claim, Span
from .. import claim_index
from .. import patterns as P
from ..context import (
    ANY_QUOTE,
    Ctx,
    after_colon_or_quote,
    content_quote_type,
    cue_lemma,
    inside_quote,
    make_claim,
    quote_closing_before,
    quote_opening_after,
    right_content,
    unit_of,
)
from ..lexicon import (INVERTIBLE, BARE_WEAK, CONFIRMING_LEMMAS, DATA_VERBS, LY_NOT_ADVERBS, NAMING_LEMMAS, OBJECT_CUES,
                       PLAN_LEMMAS, PREP_OBJECT_LEMMAS, QUOTE_TRAILER_ONLY, SHORT_OBJECT_LEMMAS, STANCE_OBJECT_LEMMAS,
                       TRAILER_OK, WEAK_LEMMAS, WEAK_PARTICIPLES)
from ..sources import lone_article_phrase, sentence_left_edge, unit_subject
from ..speaker_guards import no_prepositional_fragment, participial_subject, participle_subject, unclosed_apposition
from .complements import cut_short_object, end_at_the_name
from .frames import (DATA_NOUN, DATA_NOUNS, WEAK_CLAUSE_COMPLEMENTS, inverted_frame, left_frame, subject_before_cue,
                     weak_cue_frameless)
from .results import Adjuncts, Cue, Frame
from .screens import (
    OPENING_SUBORDINATOR,
    hypothetical_cue,
    in_question,
    initial_participle,
    inside_according_trailer,
    may_be_noun_or_narration,
    noun_or_narration,
    prep_object,
    stance_of,
    yield_to_earlier_claim,
)
from .subject import depicted_subject, find_subject, inverted_source, refine_subject, said_through_object

_OBJ_TO_END = re.compile(r"\s+(?P<obj>(?:the|a|an|his|her|their|its)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})"
                         r"(?=\s*[.!?]?[\"\u201d']?\s*$)")
_PREP_BEFORE = re.compile(r"\b(?:by|after|before|while|when|without)\s+$")
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:[a-z]+ly\s+)?$")
_OBJ_TO_INF = re.compile(
    r"\s+(?P<obj>(?:me|him|her|them|us|you|(?:a|an|the|his|her|their|its)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))(?=\s+(?:not\s+)?to\s)")
_OBJ_Q = re.compile(
    r"\s+(?P<obj>(?:me|him|her|them|us|you|(?:a|an|the|his|her|their)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))"
    r"(?=\s+(?:about|whether|if|how|why|what|when|where|who)\b)")
_COMMA_ADV = re.compile(r",\s+(?:[a-z]+\s+)?[a-z]+ly,(?=\s)")
_OBJ_SHOW = re.compile(r"\s+(?P<obj>(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[\"\u201c][A-Z][^\"\u201c\u201d\n]{1,40}?"
                       r"[\"\u201d])")
_OBJ_ANY = re.compile(r"\s+(?P<obj>[^,;:\"\u201c\u201d\n.]{1,60}?)(?=\s*(?:[,.;:!?]|$))")
# (behind a character outside the ASCII word class: the engine skips to the next
# word; read with ``patterns.search_after``)
_DATA_NOUN_AFTER = re.compile(r"[^A-Za-z0-9_]" + DATA_NOUNS)
# "... criticizing the pipeline and calling for a ban": a participle after
# "and"/"also" continues the sentence subject's (or previous claim's) speech.
_AND_PART = re.compile(r"\b(?:and|also|while|then)\s+$")
_THAT_TIME = re.compile(r"\s*,?\s*that\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time|"
                        r"summer|fall|winter|spring)\b")
_PART_LEFT = re.compile("(?:,[\"\u201d']{0,2}|\\s[\u2013\u2014-]+|--)\\s*$")
_THAT_NEXT = re.compile(r"\s*,?\s*that\b")
# A "that" straight before an auxiliary opens a relative clause ("said in a
# televised meeting that was broadcast ..."), not the reported content.
# An "-ed" word there is a relative clause's verb ("told the board that
# approved the plan ..."), unless it is an adjective whose noun has the clause's
# own verb after it ("told parliament that regulated fares would stay frozen").
_ED_ADJECTIVE = (r"(?:\s+(?!(?:the|a|an|his|her|its|their|this|these|those|our|my|your|to|by|in|on|at|for|with|"
                 r"from|of|up|out|down|off|into|over|and|or|but|as|than|that|which|who)\b)[a-z]+){1,2}\s+"
                 r"(?:" + P.AUX_ALT + r")\b")
_NOT_RELATIVE = (r"(?!(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|did|does)\b)"
                 r"(?![a-z]{3,}ed\b(?!" + _ED_ADJECTIVE + r"))")
_RELATIVE_THAT = re.compile(r"\s*that\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|"
                            r"did|does)\b")
_CLAUSE_REST = re.compile(r"[^.;!?\"\u201c\u201d]*")
# (its words open on a character that is no space, or are one space before "that":
# the same matches as "\s+[^,;:...]{1,90}?", without trying every split of a long run of spaces)
_TOLD_THAT = re.compile(r"\s+(?:[^,;:\"\u201c\u201d\n\s][^,;:\"\u201c\u201d\n]{0,89}?|[^\S\n])"
                        r"(?=\s+that\s" + _NOT_RELATIVE + ")")
_FAR_THAT = re.compile(
    r"\s+(?:after|during|at|in|on|before|following|with|from|to|about|of|late|earlier|"
    r"last|this)\b[^,;:\"\u201c\u201d\n]{0,140}?\s(?=that\s" + _NOT_RELATIVE + ")")

# "said Sunday in Madison, Wisconsin, that ...": the adjuncts hold commas, and a
# comma right before "that" closes them
_FAR_COMMA_THAT = re.compile(
    r"\s*,?\s+(?:after|during|at|in|on|before|following|with|from|to|about|of|late|earlier|"
    r"last|this|\w+day)\b[^;:\"\u201c\u201d\n.!?]{0,140}?,\s(?=that\s" + _NOT_RELATIVE + ")")

# "said twice, that ...", "has said for months that ...", "told them here
# Sunday that ...", "noted, among other things, that ...": adverbs and times
# (no preposition to start them) between the cue and its "that"
_ADVERB = (r"(?:twice|again|repeatedly|however|instead|also|now|later|then|soon(?:\s+after)?|only|here|there|"
           r"for\s+(?:example|instance|once|(?:the\s+)?(?:first|second|third|last|\w+th)\s+time|"
           r"(?:several\s+|many\s+)?(?:days|weeks|months|years|decades))|among\s+other\s+things|"
           r"without\s+(?:evidence|elaborating)|in\s+(?:private|public)|"
           r"(?!(?:" + P.trie_regex(LY_NOT_ADVERBS) + r")\b)[a-z]{3,}ly|"  # (no "-ly" noun or verb)
           r"[A-Z][a-z]+day|tonight|today|yesterday|(?:this|last|that|on\s+\w+day)\s+(?:night|morning|afternoon|"
           r"evening|week|month|year)|night|morning|afternoon|evening)")
_ADVERB_THAT = re.compile(r"\s*,?\s+" + _ADVERB + r"(?:,?\s+" + _ADVERB + r")*,?\s+(?=that\s" + _NOT_RELATIVE + ")")
# "Rust Belt states that have suffered", "reports that track spending": a
# noun-like form, then a relative "that" with its own verb.
_THAT_VERB = re.compile(r"\s*that\s+(?:(?:also|still|now|then|once|recently|already|often)\s+)?"
                        r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|did|does|"
                        r"[a-z]{3,}ed)\b")


def reporting_verbs(ctx: Ctx) -> None:
    """The pass: every cue of ``patterns.CUE_RE`` in the body, and in a short
    paragraph written In Title Case the capitalized cues too ("Roe Says ...")."""
    text = ctx.text
    for (ps, pe), hits in zip(ctx.paras, ctx.cue_hits):
        for m in hits:
            extract_cue(ctx, m)
        if pe - ps < 200 and P.CAP_CUE_RE.search(text, ps, pe) and _is_title_case(text, ps, pe):
            for m in P.CAP_CUE_RE.finditer(text, ps, pe):
                extract_cue(ctx, m)


_TC_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _is_title_case(text: str, ps: int, pe: int) -> bool:
    """A headline written In Title Case ("Jane Roe Says Taxes Must Fall")."""
    words = _TC_WORD.findall(text, ps, pe)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words)


# --- one reporting-verb cue, in named steps ---------------------------------
# ``extract_cue`` screens the cue (``_screen_cue``), reads the adjuncts and
# object after it (``_read_adjuncts``), handles a participle that continues an
# earlier speaker (``_continued_participle``), looks for the source after the
# cue (``inverted_source``) or before it (``find_subject`` then
# ``refine_subject``), classifies the frame around it (``inverted_frame``;
# ``left_frame``: trailer / short-object trailer / intro / comma trailer /
# complement / adjuncts then a quotation / prepositional object) and emits one
# claim per content segment (``_emit``).  Each step hands the next a small
# NamedTuple; only ``_emit`` (and the two participle emitters) add claims.


def extract_cue(ctx: Ctx, m: re.Match) -> None:
    """The claims of one reporting-verb cue found by ``patterns.CUE_RE``.

    Screening may end an earlier claim's content before this cue's subject ("A
    said the plan failed, B said ..."); that cut stands only when this cue then
    makes a claim of its own: in "said a tax overhaul would add 1 percent" or
    "said there were a million tweets" the second cue word reports nothing, and
    the earlier content keeps its words."""
    before = len(ctx.claims)
    cuts: list[tuple[Claim, Span, str]] = []
    ctx.pending_cuts = cuts
    try:
        _extract_cue_steps(ctx, m)
    finally:
        ctx.pending_cuts = None
    if cuts and len(ctx.claims) == before:
        for c, content, cid in cuts:
            c.content, c.id = content, cid


def _extract_cue_steps(ctx: Ctx, m: re.Match) -> None:
    """Screen the cue, read its adjuncts, find the source, classify the frame, emit."""
    cue = _screen_cue(ctx, m)
    if cue is None:
        return
    adj = _read_adjuncts(ctx, cue)
    if adj is None:
        return
    if cue.participle and _continued_participle(ctx, cue, adj):
        return
    inverted = inverted_source(ctx, cue)
    if inverted is not None and not subject_before_cue(ctx, cue, inverted):
        frame = inverted_frame(ctx, cue, adj, inverted)
    else:
        frame = _subject_and_frame(ctx, cue, adj)
    if frame is not None:
        _emit(ctx, cue, adj, frame)


def _subject_and_frame(ctx: Ctx, cue: Cue, adj: Adjuncts) -> Frame | None:
    """The source left of the cue, refined and guarded, then the frame around it
    (none, and no search, for a weak cue that no subject gives a frame)."""
    if weak_cue_frameless(ctx, cue, adj):
        return None
    search = find_subject(ctx, cue)
    subject = refine_subject(ctx, cue, adj, search)
    if cue.participle:
        subject = depicted_subject(ctx, cue, said_through_object(
            ctx, cue, participle_subject(ctx.text, cue.us, cue.start, subject)))
    else:
        subject = participial_subject(ctx.text, cue.us, subject)
    subject = no_prepositional_fragment(ctx.text, unclosed_apposition(ctx.text, cue.us, subject))
    if subject is None:
        return None
    return left_frame(ctx, cue, adj, subject, search)


# --- step 1: screen the cue -------------------------------------------------

class _FormFacts:
    """What ``_screen_cue`` reads from a cue's form and lemma alone: found once
    per form (the forms are the lexicon's, in a few casings), not per cue."""

    __slots__ = ("capital", "cls", "data_verb", "initial", "lemma", "low", "may_be_noun", "participle", "plan",
                 "prep_lemma", "stance", "stance_fixed", "trailer_only", "weak", "weak_needs_more")

    def __init__(self, form: str) -> None:
        lemma, cls = cue_lemma(form)
        self.lemma, self.cls, self.low = lemma, cls, form.lower()
        self.participle = form.endswith("ing")
        self.initial = self.participle and " " not in form    # may open the sentence ("Speaking ...")
        self.capital = form[:1].isupper()
        self.trailer_only = lemma in QUOTE_TRAILER_ONLY
        self.weak = lemma in WEAK_LEMMAS
        self.data_verb = lemma in DATA_VERBS
        self.prep_lemma = lemma in PREP_OBJECT_LEMMAS          # (``prep_object`` is None for the others)
        self.plan = lemma in PLAN_LEMMAS
        # a weak verb that needs "that" or a quotation nearby, unless a data source,
        # a prepositional object or a plan's "to" follows
        self.weak_needs_more = self.weak and lemma not in TRAILER_OK and not WEAK_CLAUSE_COMPLEMENTS \
            and lemma not in BARE_WEAK and lemma not in STANCE_OBJECT_LEMMAS
        self.may_be_noun = may_be_noun_or_narration(self.low, lemma)
        self.stance = stance_of(lemma, cls)
        self.stance_fixed = lemma not in CONFIRMING_LEMMAS and self.stance != "denial"   # (``_stance``'s first exit)


_FORM_FACTS: dict[str, _FormFacts] = {}
_FORM_FACTS_MAX = 4096


def _screen_cue(ctx: Ctx, m: re.Match) -> Cue | None:
    """The cue, or None when it is taken, quoted, a noun or narration, or a weak
    verb with nothing to report ("declined 3 percent", "the report", "shows")."""
    text = ctx.text
    cue_s = m.start()
    if cue_s in ctx.cue_taken or inside_quote(ctx, cue_s):
        return None
    unit = unit_of(ctx, cue_s)
    if unit is None:
        return None
    us, ue = unit
    form, cue_e = m.group(), m.end()
    facts = _FORM_FACTS.get(form)
    if facts is None:
        facts = _FormFacts(form)
        if len(_FORM_FACTS) < _FORM_FACTS_MAX:  # (a headline cue may hold any run of spaces: "Calls   For")
            _FORM_FACTS[form] = facts
    lemma = facts.lemma
    if facts.initial and (facts.capital or OPENING_SUBORDINATOR.fullmatch(text[us:cue_s].strip(" \"\u201c'"))):
        initial_participle(ctx, form, lemma, cue_s, cue_e, us, ue)
        return None
    if facts.trailer_only and _QUOTE_CLOSED_BEFORE.search(text, max(us, cue_s - 80), cue_s) is None:
        return None
    data_src = facts.data_verb and P.search_after(_DATA_NOUN_AFTER, DATA_NOUN, text, max(us, cue_s - 90),
                                                  cue_s) is not None
    prep_obj = prep_object(text, form, lemma, cue_e, ue) if facts.prep_lemma else None
    if facts.weak_needs_more and not data_src and prep_obj is None \
            and not (facts.plan and text.startswith(" to ", cue_e)):
        # cheap exit: a weak verb needs "that" or a quotation nearby to be a cue
        # (tested before the screens below, which read the claims made so far:
        # it turns down as many cues, from the words after the cue alone)
        window = text[cue_e:min(ue, cue_e + 90)]
        if "that" not in window and not ANY_QUOTE.search(window):
            return None
    if inside_according_trailer(ctx, cue_s, us) \
            or (facts.may_be_noun and noun_or_narration(ctx, form, lemma, cue_s, cue_e, us)) \
            or hypothetical_cue(text, lemma, us, cue_s) or in_question(ctx, lemma, us, ue) \
            or yield_to_earlier_claim(ctx, form, lemma, cue_s, us):
        return None
    if not facts.participle and lemma in INVERTIBLE:
        cue_s = _manner_adverb_start(text, cue_s, us)
    return Cue(form, lemma, facts.cls, cue_s, cue_e, us, ue, facts.weak, facts.participle,
               facts.stance if facts.stance_fixed else _stance(text, lemma, facts.cls, cue_s, cue_e, us),
               data_src, prep_obj)


# a manner adverb between a closing quotation and an inverted cue ('"...," strongly stated Jo Roe')
_ADVERB_AFTER_QUOTE = re.compile(r"[,.!?][\"\u201d\u2019'],?\s+(?P<adv>" + P.MANNER_ADV + r")\s+$")


def _manner_adverb_start(text: str, cue_s: int, us: int) -> int:
    """The cue's start moved back over a manner adverb that stands right after a
    closing quotation ('"...," strongly stated Jo Roe', '"...!" flatly denied
    the minister'), so the cue reads as the quotation's trailer; anywhere else
    the verb's own start."""
    m = _ADVERB_AFTER_QUOTE.search(text, max(us, cue_s - 40), cue_s)
    return m.start("adv") if m is not None else cue_s


# a quotation closed right before a cue, or before its few words of subject ('"...," Roe began')
_QUOTE_CLOSED_BEFORE = re.compile(r"[,.!?][\"\u201d\u2019'],?\s+(?:[\w.'\u2019-]+\s+){0,6}$")


# "do not", "doesn't", "did not", "have never", "has yet to": the verb right after is negated
_NEGATION_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:(?:do|does|did|has|have|had|could|can|would|will)(?:\s+not|n[\'\u2019]t)|"
    r"cannot|can[\'\u2019]t|won[\'\u2019]t|never)\s+(?:(?:yet|fully|clearly|actually|necessarily|independently)\s+)?$")


# "would not confirm where ...", "has never confirmed nor denied": an open question, no denial
_OPEN_AFTER = re.compile(r"\s+(?:(?:exactly|precisely)\s+)?(?:who|what|which|where|when|why|how|whether|if|nor|or)\b")


def _stance(text: str, lemma: str, cls: str, cue_s: int, cue_e: int, us: int) -> str:
    """The cue's stance; a negated verb of bearing out ("records do not confirm
    that ...", "the data don't show") denies what follows rather than asserting it;
    a negated denial ("did not deny that ...", "has never disputed") denies nothing."""
    stance = stance_of(lemma, cls)
    if lemma not in CONFIRMING_LEMMAS and stance != "denial":
        return stance
    if not _NEGATION_BEFORE.search(text, max(us, cue_s - 40), cue_s):
        return stance
    if stance == "denial":
        return "assertion"
    return stance if _OPEN_AFTER.match(text, cue_e) else "denial"


# --- step 2: adjuncts, object, "that" ---------------------------------------

def _adjunct_run(text: str, k: int, ue: int) -> tuple[int, str | None, str | None, str | None]:
    """(end, where, medium, said_to) of the adjuncts right after the cue
    ("said on Monday in a statement to reporters")."""
    where = medium = said_to = None
    while True:
        one = P.ONE_ADJUNCT_RE.match(text, k, ue)
        if not one or one.end() == k:
            break
        if one.group("where"):
            where = one.group("where").split(None, 1)[1]
        if one.group("medium"):
            medium = one.group("medium").split(None, 1)[1]
            where = where or medium
        if one.group("to"):
            said_to = one.group("to")[3:]
        k = one.end()
    return k, where, medium, said_to


class _Object(NamedTuple):
    end: int
    said_to: str | None
    where: str | None
    directive_from: int | None                # "told X to ...": the content starts at X


def _bare_told_trailer(ctx: Ctx, cue: Cue, adj_end: int) -> bool:
    """'"...," Kelpco spokesman Jo Roe told.': a trailer closing a quotation may
    leave "told" bare (its hearer dropped), the sentence ending right after it."""
    return (_BARE_END.match(ctx.text, adj_end, cue.ue) is not None
            and quote_closing_before(ctx, sentence_left_edge(ctx.text, cue.us, cue.start)) is not None)


_BARE_END = re.compile(r"\s*(?:[.!?](?:\s|$)|$)")


def _cue_object(ctx: Ctx, cue: Cue, adj_end: int, said_to: str | None, where: str | None) -> _Object | None:
    """The object of an object cue ("told reporters", "warned the board"); None
    when "tell" has neither an object nor a far "that"."""
    text, ue = ctx.text, cue.ue
    om = P.OBJECT_RE.match(text, adj_end, ue)
    if om is None:
        # ('told the mayors who gathered in Halden, "..."': the object and its "who" clause; the quotation is hers)
        om = _OBJ_TO_INF.match(text, adj_end, ue) or _OBJ_TO_END.match(text, adj_end, ue) \
            or _OBJECT_RELATIVE_TO_QUOTE.match(text, adj_end, ue)
    if om is None and quote_closing_before(ctx, sentence_left_edge(text, cue.us, cue.start)) is not None:
        # '"...," she told the packed hall, where ...': any short object;
        # '"...," she told "Morning Show" after ...': a programme in quotation marks
        om = _OBJ_SHOW.match(text, adj_end, ue) or _OBJ_ANY.match(text, adj_end, ue)
    if not om:
        far = _TOLD_THAT.match(text, adj_end, ue)
        if far:
            return _Object(far.end(), text[adj_end:far.end()].strip(), where, None)
        if cue.lemma == "tell" and not cue.participle and not _bare_told_trailer(ctx, cue, adj_end):
            return None
        return _Object(adj_end, said_to, where, None)
    said_to = om.group("obj")
    directive_from = None
    if re.match(r" (?:not )?to ", text[om.end():om.end() + 8]) and cue.lemma in ("tell", "warn", "advise", "remind"):
        # "told Jeb Bush to quiet down": the directive keeps its addressee
        directive_from = om.start("obj")
    if re.search(r"conference|briefing|rally|meeting|hearing|forum|gathering", said_to):
        where = said_to
    k = om.end()
    while True:
        one = P.ONE_ADJUNCT_RE.match(text, k, ue)
        if not one or one.end() == k:
            break
        if one.group("where"):
            where = where or one.group("where").split(None, 1)[1]
        k = one.end()
    return _Object(k, said_to, where, directive_from)


_RELATIVE_AFTER_NOUN = ("states", "reports", "disputes", "claims", "estimates", "calls", "orders", "requests",
                        "promises", "charges", "findings")


# a "who" clause on the object that runs to a comma and a quotation
_OBJECT_RELATIVE_TO_QUOTE = re.compile(
    r"\s+(?P<obj>(?:the|a|an|some|all|many|those)\s+(?:[\w'\u2019-]+\s+){0,2}?[a-z][\w'\u2019-]*)"
    r"\s+who\s+[^,;:.!?\"\u201c\u201d]{3,100}(?=,\s*[\"\u201c])")


def _read_adjuncts(ctx: Ctx, cue: Cue) -> Adjuncts | None:
    """Adjuncts, object and a far "that" after the cue; None when the cue turns
    out to be a noun with a relative clause ("states that have suffered")."""
    text, lemma, us, ue, cue_s, cue_e = ctx.text, cue.lemma, cue.us, cue.ue, cue.start, cue.end
    adj_end, where, medium, said_to = _adjunct_run(text, cue_e, ue)
    directive_from = None
    if lemma in OBJECT_CUES:
        obj = _cue_object(ctx, cue, adj_end, said_to, where)
        if obj is None:
            return None
        adj_end, said_to, where, directive_from = obj
    if lemma in ("ask", "question", "press", "quiz", "query") and not directive_from:
        # "asked Pence about that position": the question, not the one asked
        om2 = _OBJ_Q.match(text, adj_end, ue)
        if om2:
            said_to = om2.group("obj")
            adj_end = om2.end()
    am2 = _COMMA_ADV.match(text, adj_end, ue)
    if am2:
        # "revealed, somewhat stiltedly, that ..."
        adj_end = am2.end()
    cue_span_end = adj_end if lemma in OBJECT_CUES else cue_e
    if directive_from is not None:
        cue_span_end = cue_e
        adj_end = directive_from
    if text.find("that", adj_end, ue) >= 0 and not _THAT_NEXT.match(text[adj_end:adj_end + 12]) and \
            quote_closing_before(ctx, sentence_left_edge(text, us, cue_s)) is None \
            and lemma not in BARE_WEAK:  # (the first test is cheap: both patterns need a "that")
        # "said after Tuesday's talks between ... that ..." (not after a quotation:
        # '"...," Maddow said of a list that included ...')
        far = _FAR_THAT.match(text, adj_end, ue) or _FAR_COMMA_THAT.match(text, adj_end, ue) \
            or _ADVERB_THAT.match(text, adj_end, ue)
        if far:
            adj_end = far.end()
    if adj_end == cue_e and cue.form.lower() in _RELATIVE_AFTER_NOUN and _THAT_VERB.match(text, cue_e):
        # "Rust Belt states that have suffered", "disputes that had divided them"
        return None
    has_that = _THAT_NEXT.match(text[adj_end:adj_end + 12]) is not None and not _THAT_TIME.match(
        text, adj_end)  # "said in his speech that night" is a time, not a complement
    if has_that and adj_end > cue_e + 1 and _RELATIVE_THAT.match(text, adj_end):
        # "said in a televised meeting that was broadcast ...": the "that"
        # opens a relative clause of the adjunct, not the reported content,
        # so the whole clause belongs to the adjunct.
        adj_end = _CLAUSE_REST.match(text, adj_end, ue).end()
        has_that = False
    return Adjuncts(adj_end, cue_span_end, said_to, where, medium, has_that)


# --- a participle continuing a previous claim's speaker: ", adding that ..." --

def _continued_participle(ctx: Ctx, cue: Cue, adj: Adjuncts) -> bool:
    """True when the participle cue is settled here: "adding to her lead" (no
    speech) or ", adding that ..." (the previous speaker's claim)."""
    text, us, cue_s = ctx.text, cue.us, cue.start
    if cue.lemma == "add" and re.match(r"\s+to\s+(?:her|his|their|its|the|a|an|this|that|what)\b",
                                       text[cue.end:cue.end + 12]):
        # "adding to her lead", "added to the list": not speech
        return True
    if _WITHOUT_BEFORE.search(text, max(us, cue_s - 20), cue_s) is not None:
        return True  # "left without mentioning the levy": nothing said
    if not (_PART_LEFT.search(text, max(us, cue_s - 5), cue_s)
            or _PREP_BEFORE.search(text, max(us, cue_s - 12), cue_s) is not None
            or _AND_PART.search(text, max(us, cue_s - 16), cue_s) is not None):
        return False
    _participle_claim(ctx, cue, adj)
    return True


# a coordinating "but" opening a second clause ("X could not be reached but Y said ...")
_BUT_CLAUSE = re.compile(r",?\s+but\s+(?=\S)")


def _last_clause_subject(ctx: Ctx, us: int, cue_s: int):
    """The subject a participle with no earlier claim hangs on: that of the last
    clause coordinated by "but" when it has one ("Roe's family could not be
    reached but the head of the port gave his view, calling ..."), else the
    sentence's."""
    last = None
    for last in _BUT_CLAUSE.finditer(ctx.text, us, cue_s):
        pass
    if last is not None:
        psrc = unit_subject(ctx, last.end(), cue_s)
        if psrc is not None:
            return lone_article_phrase(ctx.text, psrc, cue_s)
    return lone_article_phrase(ctx.text, unit_subject(ctx, us, cue_s), cue_s)


# a verb of receiving and an object that carries words right before a participle
# ("received phone calls, claiming ...", "got a letter, saying ..."): the words are
# the object's, not the receiver's
_RECEIVED_WORDS = re.compile(
    r"\b(?:received|receives|receive|receiving|got|gets)\s+(?P<carrier>(?:(?:a|an|the|two|three|several|many|"
    r"anonymous|phone|telephone|written|separate)\s+)*(?:calls?|letters?|messages?|e-?mails?|notes?|faxes|"
    r"fax|texts?|videos?|tapes?))\s*,\s*$")


def _unclaimed_participle_source(ctx: Ctx, cue: Cue) -> tuple[int, int] | None:
    """The source of a participle with no earlier claim to continue: who an image
    shows, an object that carries words after a verb of receiving ("The paper
    received calls, claiming ...": the calls claim, not the paper), else the
    subject of the last clause."""
    shown = depicted_subject(ctx, cue, None)  # ("The images show the miners cheering, chanting ...")
    if shown is not None:
        return (shown.start, shown.end)
    received = _RECEIVED_WORDS.search(ctx.text, max(cue.us, cue.start - 80), cue.start)
    if received is not None:
        return received.span("carrier")
    return _last_clause_subject(ctx, cue.us, cue.start)


def _participle_claim(ctx: Ctx, cue: Cue, adj: Adjuncts) -> None:
    text, us, ue, cue_s, lemma = ctx.text, cue.us, cue.ue, cue.start, cue.lemma
    prev = claim_index.cue_in(ctx, us, cue_s)
    if not prev:
        prev = [c for c in claim_index.starting_in(ctx, us, cue_s - 1) if c.cue and c.source]
    base = prev[-1] if prev else None
    if (lemma in WEAK_PARTICIPLES or lemma in BARE_WEAK) and not adj.has_that \
            and not after_colon_or_quote(text, adj.end, ue) \
            and not (lemma in PLAN_LEMMAS and text.startswith(" to ", adj.end)):
        return  # (", hoping to win the seat": the subject's aim)
    if base is not None:
        psrc = (base.source.start, base.source.end) if base.source else None
    else:
        psrc = _unclaimed_participle_source(ctx, cue)
        if psrc is None:
            return
    q_after = quote_opening_after(ctx, adj.end)
    if q_after is not None and q_after.open_at < ue and text[adj.end:q_after.open_at].strip() in (",", ":", ""):
        c = make_claim(ctx, q_after.start, q_after.end, psrc, (cue_s, adj.cue_end), "direct.participle", 0.75,
                       quote_type="direct", lemma=lemma, stance=cue.stance)
        if c:
            c._base = base
            c.said_where, c.said_to = adj.where, adj.said_to
            ctx.used_quotes[q_after.open_at] = c
        return
    cue_e = adj.cue_end
    content_from = adj.end
    if cue.prep_object is not None and not adj.has_that:
        # ", referring to the new levy": the preposition joins the cue, as after a finite cue
        cue_e, content_from = max(cue_e, cue.prep_object[0]), max(content_from, cue.prep_object[1])
    rc = right_content(ctx, content_from, ue)
    if not rc:
        return
    if lemma in NAMING_LEMMAS and not adj.has_that:
        rc = end_at_the_name(ctx, rc)
    if lemma in SHORT_OBJECT_LEMMAS:
        rc = cut_short_object(ctx, rc)
    c = make_claim(ctx, rc[0], rc[1], psrc, (cue_s, cue_e), "indirect.participle", 0.7,
                   quote_type=content_quote_type(ctx, rc[0], rc[1], lemma, adj.has_that),
                   lemma=lemma, stance=cue.stance)
    if c:
        c._base = base
        c.said_where, c.said_to = adj.where, adj.said_to


# --- step 5: emit -------------------------------------------------------------

def _emit(ctx: Ctx, cue: Cue, adj: Adjuncts, frame: Frame) -> None:
    """One claim per content segment; the segments share the cue (a quotation
    split by its attribution is several rows of one attribution)."""
    if frame.quote_type == "direct":
        for q_s, _q_e in frame.segments:
            if any(c.quote_type == "direct" for c in claim_index.covering(ctx, q_s)):
                return
    first_claim = None
    for seg_s, seg_e in frame.segments:
        qt = frame.quote_type
        if qt != "direct":
            qt = content_quote_type(ctx, seg_s, seg_e, cue.lemma, adj.has_that)
        c = make_claim(ctx, seg_s, seg_e, frame.source, frame.cue, frame.rule, frame.confidence,
                       quote_type=qt, lemma=cue.lemma, stance=cue.stance)
        if c is None:
            continue
        c.said_where, c.said_to = adj.where, adj.said_to
        if adj.medium:
            c._medium = adj.medium
        c._app = frame.apposition
        c._base = first_claim
        first_claim = first_claim or c
        if qt == "direct":  # (tested once, not per quotation)
            for k in range(bisect.bisect_left(ctx.qstarts, seg_s), len(ctx.quotes)):
                if ctx.quotes[k].start >= seg_e:
                    break
                ctx.used_quotes[ctx.quotes[k].open_at] = c
