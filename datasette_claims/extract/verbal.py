"""Claims anchored on a reporting verb: direct, mixed and indirect speech.

Why one module for direct and indirect: every construction here starts from the
same anchor (a form of "say", "tell", "urge", "deny", ... found by
``patterns.CUE_RE``) and needs the same source search; only what surrounds the
cue decides the type -- a quotation closing before it (``direct.trailer``,
``mixed.trailer``), one opening after it (``direct.intro``, ``direct.split``),
a comma clause before it (``indirect.trailer``/``parenthetical``), a complement
after it (``indirect.that``/``complement``), an inverted source (``said X``), or
a participle continuing the previous speaker (``indirect.participle``).
Screening cheap noun readings first ("the report", "a call") keeps it fast.

``extract_cue`` runs one cue through named steps (screen, adjuncts, source,
frame, emit; see the comment above it) that hand each other small NamedTuples;
the word lists these rules consult live in ``lexicon``.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import claim_index, sourcing
from . import patterns as P
from .lexicon import (
    ADJUNCT_LEMMAS, APPOSITION_FIRST, AS_LEMMAS, BAD_SOURCE_LAST, BAD_SOURCE_LAST_NOUNISH,
    BARE_COMPLEMENT_LEMMAS, BARE_WEAK, CLAUSE_LEMMAS, COMPLEMENT_CUES, CUE_FORMS, DATA_VERBS, GENERIC_SUBJECTS,
    INFINITIVE_NOT, INFINITIVE_NOUNISH, INITIAL_PARTICIPLE_NOT, INVERTIBLE, JUNK_SOURCE_CLEAR, JUNK_SOURCE_DROP,
    LOWER_PREPOSITIONS, MAIN_SPEECH, NAME_WORDS, NAMING_LEMMAS, NOT_BEFORE_TO, NOT_CONTROLLERS,
    NOUNISH_CUE_FORMS, NOUN_BEFORE, NOUN_ENDINGS, NP_OBJECT_CUES, OBJECT_CUES, PREP_ENDINGS, PREP_OBJECT_LEMMAS,
    OFFICIAL_NOUNS, PERSON_HEADS, STANCE_LEMMAS, STANCE_OF_CLASS, TITLE_WORDS, TRAILER_OK, WEAK_LEMMAS,
    WEAK_PARTICIPLES)
from ..models import Claim, Span
from .quotes import Quote
from .clause_cuts import cut_next_speaker
from .speakers import is_pronoun
from .speaker_guards import no_prepositional_fragment, participial_subject, participle_subject, unclosed_apposition
from .context import (
    ANY_QUOTE, Ctx, DETERMINERS, FINITE, OPEN_Q, PRONOUN_CONTRACTIONS, Subject, after_colon_or_quote,
    content_quote_type, cue_lemma, inside_quote, make_claim, make_span, next_para_block, next_para_quote,
    quote_chain, quote_closing_before, quote_forward, quote_opening_after, right_content, trim_span, unit_of)
from .sources import _coordinated_source, _left_source, _sentence_left_edge, _unit_subject, partitive_relative_source

_INV_REST = re.compile(
    r"\s*(?:[.!?\"\u201d']*\s*$|[,(\u2014\u2013]|[:;]|\s*[\"\u201c]|(?:on|in|at|during|to|when|after|before|"
    r"last|earlier|yesterday|today|this|from|while|as|of|about|with|via|through|\w+day)\b)")
_INV_BAD = re.compile(r"\.?\s*[A-Z][\w'\u2019-]*\s+[a-z]|\s+[a-z]+(?:ed|s)\s")
_OBJ_START = re.compile(r"\s*(?:[,:\"\u201c\u2018']|(?:the|a|an|his|her|their|its|it|him|them|this|"
                        r"that|these|those|for|on|me|us|you|[A-Z])\b|[A-Z])")
_BAD_CONTENT_START = re.compile(
    r"(?:while|when|as|after|before|because|since|until|during|in|at(?!\s+(?:least|most|times)\b)|by|with|from|into|over|"
    r"under|and|but|or|would|will|could|should|is|was|are|were|has|have|had|can|may|might|must|"
    r"a\s+few\s+days|later|earlier)\b|[,;:)\]]")
_TRAILER_AFTER = re.compile(
    r"(?:of|about|as|when|while|in|at|on|during|after|before|to|with|from|via|through|referring|"
    r"speaking|recalling|adding|noting|pointing|gesturing|smiling|laughing|according)\b")
_CLAUSE_START = re.compile(r"(?:he|she|they|it|we|I|his|her|their|its|the|a|an|this|these|those|"
                           r"there|[A-Z][\w'\u2019-]*\s+(?:is|was|are|were|has|had|will|would))\s")
_OBJ_TO_END = re.compile(r"\s+(?P<obj>(?:the|a|an|his|her|their|its)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})"
                         r"(?=\s*[.!?]?[\"\u201d']?\s*$)")
_PREP_BEFORE = re.compile(r"\b(?:by|after|before|while|when|without)\s+$")
_OBJ_TO_INF = re.compile(
    r"\s+(?P<obj>(?:me|him|her|them|us|you|(?:a|an|the|his|her|their|its)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))(?=\s+(?:not\s+)?to\s)")
_OBJ_Q = re.compile(
    r"\s+(?P<obj>(?:me|him|her|them|us|you|(?:a|an|the|his|her|their)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}))"
    r"(?=\s+(?:about|whether|if|how|why|what|when|where|who)\b)")
_COMMA_ADV = re.compile(r",\s+(?:[a-z]+\s+)?[a-z]+ly,(?=\s)")
_BARE_END = re.compile(r"[.!?]?[\"\u201d']?\s*$")
_OBJ_SHOW = re.compile(r"\s+(?P<obj>(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[\"\u201c][A-Z][^\"\u201c\u201d\n]{1,40}?"
                       r"[\"\u201d])")
_OBJ_ANY = re.compile(r"\s+(?P<obj>[^,;:\"\u201c\u201d\n.]{1,60}?)(?=\s*(?:[,.;:!?]|$))")
_CLAUSE_SUBJ = re.compile(r"(?:he|she|they|it|we|I|you|there|this|[A-Z][\w'\u2019-]*|the\s+\w+|his\s+\w+|"
                          r"her\s+\w+|their\s+\w+)\s+(?:is|was|are|were|has|have|had|will|would|can|"
                          r"could|should|may|might|must|did|does|do|\w+s|\w+ed)\b")
_VOLITION_OBJ = re.compile(r"(?:to\s+\w+|the\s+\w+|a\s+\w+|an\s+\w+|his\s+|her\s+|their\s+|[A-Z]\w+|"
                           r"him|them|it)")
WEAK_CLAUSE_COMPLEMENTS = False
# Cognition verbs may take a bare clause anyway ("thinks he will win"): measured
# on PolNeAR train they are mostly annotated (as non-speech attributions), when
# the subject is not a generic "you"/"anyone" and not inside an "if" clause.
# Volition verbs ("wants to", "sought", "plans to") gain "other" matches but
# lose speech precision; "support"/"endorse"/"back"/"oppose" mostly are not
# annotated at all -- both stay off.
_IF_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+$")
# Poll and study results: "A poll released Monday shows the senator leading".
_DATA_NOUNS = (r"(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Aa]nalys[ie]s|[Dd]ata|[Rr]esearch|"
               r"[Ff]igures|[Nn]umbers|[Rr]eports?|[Rr]eview|[Aa]udit|[Ii]nvestigation|[Ii]nquiry|"
               r"[Rr]esults|[Rr]ecords|[Dd]ocuments?|[Ee]stimates?)\b")
_DATA_NOUN = re.compile(r"\b" + _DATA_NOUNS)
# (behind a character outside the ASCII word class: the engine skips to the next
# word; read with ``patterns.search_after``)
_DATA_NOUN_AFTER = re.compile(r"[^A-Za-z0-9_]" + _DATA_NOUNS)
_GAP_VERB = re.compile(r"(?:would|will|could|can|should|might|may|must|is|was|are|were|has|have|had)\s+\S")
_REL_PRON_BEFORE = re.compile(r"\b(?:which|whom|who|what|that)\s+$")
# "a probe the agency said was ongoing": the walker joins the gap's antecedent
# and the relative clause's subject into one noun phrase
_GAP_HEAD = re.compile(r"(?:a|an|the|this|that|one)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                       r"(?=(?:the|a|an|his|her|its|their|[A-Z][\w.'\u2019-]*)\s)")
_REL_BEFORE = re.compile(r"(?:\b(?:which|that|who|whom|what)|\b(?:a|an|the|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+$")
# "... criticizing the pipeline and calling for a ban": a participle after
# "and"/"also" continues the sentence subject's (or previous claim's) speech.
_AND_PART = re.compile(r"\b(?:and|also|while|then)\s+$")
_PREP_OBJ = re.compile(r"\s+(about|of|on|upon|with|to|against)\s+(?=\S)")
_TIME_OR_PLACE = re.compile(r"(?:\w+day|the\s+(?:condition|record|phone|air|campaign\s+trail|stump)|"
                            r"camera|television|TV|Twitter|Facebook|background|record|reporters?)\b")
_POSSESSIVE_IN = re.compile(r"\w(?:'s|\u2019s)\s+\w")
_ADJUNCTS_TO_QUOTE = re.compile(
    r"\s+(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with)\s+[^\"\u201c\u201d.;!?,:]{1,60}?)"
    r"[,:]\s*(?=[\"\u201c]|'')")
# 'said on Monday, in reference to the bill, "..."', 'said, and I quote, "..."',
# 'said as she left the hall, "..."': a longer run of adjuncts (commas allowed)
_LONG_ADJUNCTS_TO_QUOTE = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with|as|when|while|"
    r"and|via|through|for|earlier|later|again|also|then|once)\b)"
    r"[^\"\u201c\u201d\u2018.;!?:]{1,140}?[,:]\s*(?=[\"\u201c]|'')")
_REFUSE_TO_SPEAK = re.compile(
    r"\s+to\s+(?:publicly\s+|immediately\s+|directly\s+|further\s+)?(?:comment|say|discuss|answer|specify|"
    r"elaborate|respond|confirm|deny|disclose|reveal|name|identify|talk|speak|detail|address|explain|"
    r"characterize|describe|predict|rule\s+out|endorse|apologi[sz]e|condemn|denounce|criticize|"
    r"answer|repudiate|disavow|retract|take\s+questions)\b")
_AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)?$")
_COORD_CUE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|later|quickly|even)\s+)?$")
_THAT_TIME = re.compile(r"\s*,?\s*that\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time|"
                        r"summer|fall|winter|spring)\b")
_SHORT_OBJECT_END = re.compile(r"(?:the|a|an|his|her|their|its|him|her|them|me|us|[A-Z])[^,;:.!?\"\u201c\u201d]{0,50}"
                               r"[.!?]?[\"\u201d']?\s*$")
_ADJUNCTS_TO_COLON = re.compile(
    r"\s+(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with)\s+[^\"\u201c\u201d.;!?:]{1,70}?)"
    r":\s*")
_SENT_END = re.compile(r"\s*[.!?\"\u201d']*\s*$|\s*,")
_PART_LEFT = re.compile("(?:,[\"\u201d']{0,2}|\\s[\u2013\u2014-]+|--)\\s*$")


def _prev_word(text: str, lo: int, hi: int) -> str | None:
    """The word (word characters and apostrophes) right before the whitespace
    that ends ``text[lo:hi]``, cut at ``lo``; None when the window does not end
    in whitespace after such a word.  (A scan from the end: the regex it
    replaces, a word then spaces then the end, was tried at every character of
    the window, for most cues.)"""
    e = lo + len(text[lo:hi].rstrip())  # (``str.rstrip`` strips what ``\s`` matches)
    s = e
    while s > lo and (text[s - 1].isalnum() or text[s - 1] in "_'\u2019"):  # (``\w``: alphanumeric or "_")
        s -= 1
    return text[s:e] if s < e < hi else None


_NAME_AND_ROLE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+(?:the|a|an|his|her|its|their)\s+"
                            r"[^,.;:!?\"\u201c\u201d]{1,80}")
_ONLY_NAMES = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|and|of|the|former|[(][^)]*[)])[\s,]*)+")
_ADJUNCT_THEN_CLAUSE = re.compile(
    r"(?:on|in|at|during|after|before)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?P<clause>(?:he|she|it|they|we|I|there)\s+(?:is|was|are|were|has|had|have|would|will|could|"
    r"should|can|may|might|must|did|does|do|[a-z]+s|[a-z]+ed)\b)")
_SENTENCE_END = re.compile(r"[\s\"\u201d']*(?:[.!?;]|$)")
_ABOUT_QUANTITY = re.compile(
    r"about\s+(?:half|a\s+(?:third|quarter|dozen|fifth|tenth)|two-thirds|three-quarters|\d[\d,.]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|"
    r"\$)[^.;]*?\s(?:is|was|are|were|have|had|has|will|would|could|[a-z]+ed|[a-z]+s)\b")
_FIRST_WORD = re.compile(r"[\s,]*([\w'\u2019-]+)")
_THAT_NEXT = re.compile(r"\s*,?\s*that\b")
# A "that" straight before an auxiliary opens a relative clause ("said in a
# televised meeting that was broadcast ..."), not the reported content.
_NOT_RELATIVE = r"(?!(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|did|does|[a-z]{3,}ed)\b)"
_RELATIVE_THAT = re.compile(r"\s*that\s+(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|"
                            r"did|does)\b")
_CLAUSE_REST = re.compile(r"[^.;!?\"\u201c\u201d]*")
_TOLD_THAT = re.compile(r"\s+[^,;:\"\u201c\u201d\n]{1,90}?(?=\s+that\s" + _NOT_RELATIVE + ")")
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
           r"(?!(?:rally|ally|family|assembly|supply|reply|belly)\b)[a-z]{3,}ly|"
           r"[A-Z][a-z]+day|tonight|today|yesterday|(?:this|last|that|on\s+\w+day)\s+(?:night|morning|afternoon|"
           r"evening|week|month|year)|night|morning|afternoon|evening)")
_ADVERB_THAT = re.compile(r"\s*,?\s+" + _ADVERB + r"(?:,?\s+" + _ADVERB + r")*,?\s+(?=that\s" + _NOT_RELATIVE + ")")


_SUBORDINATOR = re.compile(
    r"(?:(?:[A-Z][\w'\u2019-]*|and|but|so|yet)\s+)?(?:[Ww]hen|[Ww]hile|[Aa]fter|[Aa]s|[Aa]lthough|[Tt]hough|"
    r"[Ii]f|[Bb]ecause|[Ss]ince|[Bb]efore|[Oo]nce|[Uu]ntil|[Ww]hereas|[Ee]ven\s+though|[Ee]ven\s+as)\s+$")
_RELATIVE_SRC = re.compile(r"(?:who|which)\b")
# ("..., and while he said A, B": a subordinate clause opening a coordinated clause mid-sentence;
# a bare ", while ..." mostly runs to the end of the sentence)
_SUBORDINATOR_MID = re.compile(
    r"(?:,|;|\s[\u2014\u2013]|\s--)\s+(?:and|but|yet|so)\s+(?:when|while|although|though|if|because|"
    r"whereas|even\s+though|even\s+if)\s+$")
_REL_PRONOUN_BEFORE = re.compile(r",\s+(?:which|who|whom)\s+$")


_LONG_SUBJ_BAD_START = re.compile(
    r"(?:In|On|At|After|Before|When|While|If|As|Because|Although|Though|But|And|So|Yet|Or|Since|"
    r"Until|Once|Unless|With|Without|For|From|During|By|Despite|Still|However|Meanwhile|Then|"
    r"There|It|This|That|What|How|Why|Where|Who|To|Of|Asked|According|Among|Like|Unlike|Last|"
    r"Earlier|Later|Recently|Today|Yesterday|Now|Here|Also|Instead|Indeed|Rather|Even|Only)\b")
_LONG_SUBJ_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
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
    if not st or len(st) > 260 or not (st[:1].isupper() or cm) or _LONG_SUBJ_BAD_START.match(st):
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


_EMBED_BEFORE = re.compile(r"(?:\b(?:on|of|in|at|to|from|about|with|by|for|the|a|an|his|her|their|its)|"
                           r"[\w.]['\u2019]s?)\s+$")
_WORDS_TO_END = re.compile(r"[^.;!?\"\u201c\u201d]*")


def _embedded_title_quote(ctx: Ctx, q: Quote, us: int, pos: int, ue: int) -> bool:
    """A short quotation inside a leading adjunct ('On Rolo TV's "Morning Desk,"',
    'To a question on the "harbour tax,"') with a clause after the cue: the
    subject and cue that follow it take a complement, they are no trailer."""
    text = ctx.text
    if q.words > 5 or q.open_at <= us or not text[us:q.open_at].strip():
        return False
    if _EMBED_BEFORE.search(text, max(us, q.open_at - 30), q.open_at) is None:
        return False
    rest = text[pos:ue].lstrip(" ,")
    if not rest or rest[:1] in ".;!?" or _TRAILER_AFTER.match(rest) or _GAP_VERB.match(rest):
        # ('..., ''a fringe,'' he said, would ...': the sentence resumes after a trailer)
        return False
    return len(_WORDS_TO_END.match(rest).group().split()) >= 4


_LIST_CUE_BEFORE = re.compile(r",\s+(?:(?:also|then|later|even|repeatedly|publicly|quickly)\s+)?$")
_SUBJ_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|first|quickly|repeatedly|publicly|often|never|once|initially|"
    r"has|have|had|was|were|is|are|did|would|will)\s+)*"
    r"(?:[a-z]{2,}ed|took|went|made|gave|stood|spent|met|sent|spoke|began|came|got|kept|held|"
    r"sought|fought|wrote|told|said|thought|felt|led|saw|broke|chose|became|hit|let|cut|won|lost|"
    r"ran|drew|brought|threw|struck|left|put|paid)\b")


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
    subj = _unit_subject(ctx, us, cue_s)
    if subj is None:
        return None
    ss, se = subj
    words = text[ss:se].split()
    if not words or _LONG_SUBJ_BAD_START.match(words[0]) or words[0].lower() in NOT_CONTROLLERS \
            or inside_quote(ctx, ss) is not None:
        return None
    between = text[se:cue_s]
    if _SUBJ_VERB_AFTER.match(text, se, cue_s) is None or re.search(
            r"[;:\"\u201c\u201d]|\b(?:who|which|that|when|while|because|if|although|after|before|as)\b|"
            r"[\u2014\u2013]|\s--?\s", between):
        return None
    return Subject(cue_s, ss, se, ss, "conj", None)




def _initial_participle(ctx: Ctx, form: str, lemma: str, cue_s: int, cue_e: int, us: int, ue: int) -> None:
    """ "Noting that the vote was close, Roe said ...": a participle clause opening
    the sentence is the main clause subject's speech; its content runs to the
    comma that closes the clause (a comma inside a quotation does not count)."""
    text = ctx.text
    if text[us:cue_s].strip(" \"\u201c'") or lemma in WEAK_LEMMAS or lemma in BARE_WEAK \
            or lemma in INITIAL_PARTICIPLE_NOT:
        return
    cs = cue_e
    while cs < ue and text[cs] == " ":
        cs += 1
    k = cs
    end = None
    while True:
        j = text.find(",", k, ue)
        if j < 0:
            return
        q = inside_quote(ctx, j)
        if q is not None and q.start >= cs and q.close_at > j + 2:
            k = q.close_at
            continue
        end = j + 2 if text[j + 1:j + 2] in "\"\u201d'\u2019" else j
        break
    if len(text[cs:end].split()) < 2:
        return
    rest = end + 1
    while rest < ue and text[rest] in " \"\u201d'\u2019,":
        rest += 1
    subj = _unit_subject(ctx, rest, ue)
    if subj is None or subj[0] != rest:
        return
    ss, se = subj
    words = text[ss:se].split()
    if not words or _LONG_SUBJ_BAD_START.match(words[0]) or words[-1].lower() in DETERMINERS:
        return
    if _SUBJ_VERB_AFTER.match(text, se, ue) is None and not re.match(
            r"\s+(?:(?:also|then|later|again|has|have|had|was|were|is|are|will|would)\s+)*[a-z]+(?:s|ed)\b"
            r"|\s+(?:said|told|wrote|says|spoke|took|went|made|gave)\b", text[se:ue]):
        return
    c = make_claim(ctx, cs, end, (ss, se), (cue_s, cue_e), "indirect.initial_participle", 0.6,
              quote_type=content_quote_type(ctx, cs, end, lemma, text.startswith("that ", cs)),
              lemma=lemma, stance=_stance_of(lemma, cue_lemma(form)[1]))
    if c is not None:
        ctx.cue_taken.add(cue_s)


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


def _split_rest(ctx: Ctx, q1: Quote, pos: int, ue: int) -> Quote | None:
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


def _end_subordinate(ctx: Ctx, us: int, ss: int, seg: tuple[int, int]) -> tuple[int, int]:
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


def _cut_object_adjunct(text: str, rc: tuple[int, int]) -> tuple[int, int]:
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
_AND_PAST = re.compile(
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
_PRONOUN_DET = re.compile(r"(?:(?:[Yy]et|[Aa]nd|[Bb]ut|[Ww]hile|[Ss]till)\s+)?(?:[Aa]nother|[Mm]ost|[Ee]ach)")
_PRONOUN_START = re.compile(r"(?:he|she|they|we|I|it|you|there)\b")
_AUX_SOON = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:is|was|are|were|has|have|had|will|would|can|could|"
                       r"should|may|might|must)\b")
_CLAUSE_WORDS = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|"
                           r"must|did|does|do|am|be|been|being|it's|he's|she's|that|who|which|whom|whose|"
                           r"when|where|if|whether|because)\b|n't\b")


def _cut_coordinated_predicate(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """A bare object ends before a second verb of the cue's subject: "praised
    the crew and left the stage", "urged calm but stopped short of ...": when
    the object holds no clause of its own, "and <past verb>" is the subject's
    next action, not part of what was said."""
    text = ctx.text
    s, e = rc
    m = _AND_PAST.search(text, s, e)
    if m is None or m.start() - s < 2 or inside_quote(ctx, m.start()) is not None:
        return rc
    if _CLAUSE_WORDS.search(text, s, m.start()) \
            or _PRONOUN_START.match(text, s) or _AUX_SOON.match(text, m.end(), e):
        # ("said he first heard shots and ran", "said the heat and humid air would last")
        return rc
    return s, m.start()


_NAME_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\s+(?:a\s+|an\s+|the\s+)?(?=[\"\u201c']|'')")


def _end_at_the_name(ctx: Ctx, rc: tuple[int, int]) -> tuple[int, int]:
    """ "called the plan ''reckless,'' an extraordinary rebuke": naming a thing
    ends with the quoted name (or names: "a \"wreck\" and \"a fraud\""); what
    follows the closing mark is the writer's, not the speaker's."""
    s, e = rc
    i = bisect.bisect_left(ctx.qstarts, s)
    end = None
    while i < len(ctx.quotes) and ctx.quotes[i].open_at < e:
        q = ctx.quotes[i]
        if q.open_at < s or not q.closed or q.close_at > e:
            break
        if end is None and (len(ctx.text[s:q.open_at].split()) > 10
                            or re.search(r"\bwhat\s", ctx.text[s:q.open_at])
                            or re.match(r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+to\s", ctx.text[s:q.open_at])):
            break  # ("called on X to close what some call the \"loophole\"")
        end = q.close_at
        if not _NAME_GOES_ON.match(ctx.text, q.close_at, e):
            break
        i += 1
    if end is None or end >= e or not (
            re.match(r"\s*[,;(\u2014\u2013-]|\s+(?:and|but|while|as)\b", ctx.text[end:e])
            or ctx.text[end - 2:end - 1] == ","):  # ('"racist," an extraordinary rebuke')
        return rc
    return s, end


def _inside_q(text: str, s: int, pos: int) -> bool:
    return (text.count('"', s, pos) % 2 == 1) or text.count("\u201c", s, pos) > text.count("\u201d", s, pos)


def _inside_according_trailer(ctx: Ctx, cue_s: int, us: int) -> bool:
    """A cue inside the content of "..., according to X." belongs to that content:
    "Nearly half say they will vote, according to the poll" is one attribution."""
    if not _has_according_trailer(ctx):
        return False  # (most articles have none: no look-up per cue)
    for c in claim_index.starting_in(ctx, us, cue_s):  # (not a scan of every claim: linear time)
        if c.rule == "according_to.trailer" and c.content.start <= cue_s < c.content.end \
                and c.content.start >= us:
            return True
    return False


def _has_according_trailer(ctx: Ctx) -> bool:
    """Whether any claim made so far is an "according to" trailer: read once per
    claim (a rule never changes after the claim is made), not once per cue."""
    claims = ctx.claims
    seen = ctx.__dict__.get("_according_trailer_seen")
    if seen is None or seen[0] is not claims or seen[1] > len(claims):
        seen = ctx.__dict__["_according_trailer_seen"] = [claims, 0, False]
    if not seen[2]:
        n = len(claims)
        for i in range(seen[1], n):  # (a loop, not any(): most calls look at 0-2 new claims)
            if claims[i].rule == "according_to.trailer":
                seen[2] = True
                break
        seen[1] = n
    return seen[2]


def _yield_to_earlier_claim(ctx: Ctx, form: str, lemma: str, cue_s: int, us: int) -> bool:
    """True when the cue sits inside an earlier claim's reported content and so
    belongs to it (PolNeAR gives each token to one attribution).  Two cases end
    the earlier content instead and let this cue make its own claim: a main
    speech verb with its own subject ("A said the plan failed, B said ...") and
    a coordinated cue of the same subject ("denied X and accused her of Y")."""
    text = ctx.text
    for c in reversed(claim_index.starting_in(ctx, us, cue_s)):  # (not a scan of every claim)
        # a cue inside an earlier claim's reported content belongs to that content
        # (PolNeAR gives each token to one attribution)
        # (the content test first: it rejects most claims)
        content = c.content
        if us <= content.start <= cue_s < content.end and c.cue is not None and c.cue.start < cue_s:
            prev = _prev_word(text, max(us, cue_s - 24), cue_s)
            noun = form.lower() in NOUNISH_CUE_FORMS and prev is not None and prev.lower() in NOUN_BEFORE
            if lemma in MAIN_SPEECH and not form.endswith("ing") and c.quote_type != "direct" \
                    and not noun:  # ("there were lots of tweets" goes on)
                # "A said the plan failed, B said ...": the first content ran on; end it
                # before the second source and let the second claim stand
                inner = _left_source(ctx, us, cue_s)
                if inner is not None and inner.start > c.content.start + 10 and inner.kind in ("comma", "conj"):
                    ne = inner.start
                    while ne > c.content.start and text[ne - 1] in " ,;:\u2014\u2013-":
                        ne -= 1
                    _end_earlier(ctx, c, ne)
                    return False
            cm_ = _COORD_CUE.search(text, max(c.content.start, cue_s - 24), cue_s)
            if cm_ is not None and c.quote_type != "direct" and not form.lower().endswith("ing") \
                    and lemma not in WEAK_LEMMAS and cm_.start() > c.content.start + 3 \
                    and c.source is not None and inside_quote(ctx, cm_.start()) is None:
                # "X denied the charges and counter-accused her of ...", "defended Y, mocked
                # Z and made clear that ...": coordinated cues of one subject are separate
                # attributions; end the first content before the conjunction
                ne = cm_.start()
                while ne > c.content.start and text[ne - 1] in " ,;:\u2014\u2013-":
                    ne -= 1
                _end_earlier(ctx, c, ne)
                return False
            return True
    return False


_QUOTE_SUBJ = re.compile(r"[,\s]*(?:(?:he|she|they|it|we|I)|(?:the|a|an|its|his|her|their)\s+"
                         r"(?:[\w.'\u2019-]+\s+){0,5}[\w.'\u2019-]+|(?!(?:In|On|At|Given|As|For|With|By|"
                         r"From|After|Before|When|While|If|But|And)\b)[A-Z][\w.'\u2019-]*"
                         r"(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+$")


def _after_quote_trailer(ctx: Ctx, us: int, cue_s: int) -> bool:
    """'"...," the group states' / '"...," Roe notes': a closed quotation, then a short
    subject and the cue -- the noun-like form is the verb of a direct trailer."""
    k = _sentence_left_edge(ctx.text, us, cue_s)
    q = quote_closing_before(ctx, k) if k < cue_s else None
    if q is None or ctx.text[q.end - 1:q.end] not in ",?!":
        return False
    return _QUOTE_SUBJ.fullmatch(ctx.text, k, cue_s) is not None


def _noun_or_narration(ctx: Ctx, form: str, lemma: str, cue_s: int, cue_e: int, us: int) -> bool:
    """Cheap exits before any source search: "declined 3 percent", "state
    delegate", "pledged delegates", "the report"."""
    text = ctx.text
    low_form0 = form.lower()
    if lemma in ("decline", "refuse") and not _REFUSE_TO_SPEAK.match(text, cue_e):
        # "declined to comment" is a refusal to speak; "refused to back the sanctions"
        # and "sales declined 3 percent" are narration
        return True
    if (low_form0 in ("state", "states") or (low_form0 in ("pledged", "promising")
                                             and not text.startswith(" to ", cue_e))) \
            and "that" not in text[cue_e:cue_e + 40] and not (
                low_form0 in ("state", "states") and _after_quote_trailer(ctx, us, cue_s)):
        # mostly nouns/adjectives ("Minnesota state delegate", "pledged delegates");
        # a verb after a quotation and its subject ('"...," the group states.')
        return True
    if low_form0 in ("attack", "attacks"):
        # mostly the noun ("the Paris attacks"); the verb only after a pronoun subject
        prev = _prev_word(text, max(us, cue_s - 24), cue_s)
        if prev is None or prev.lower() not in ("he", "she", "they", "we", "i", "who", "it"):
            return True
    if low_form0 in NOUNISH_CUE_FORMS:
        # cheap exit for noun readings: "the report", "a call", "its statement"
        prev = _prev_word(text, max(us, cue_s - 24), cue_s)
        if prev is not None and prev.lower() in NOUN_BEFORE and not (
                prev[:1].isupper() and prev.lower() in NAME_WORDS) and not (
                prev.lower() == "to" and low_form0 == lemma
                and _CONTROL_TO.search(text, max(us, cue_s - 40), cue_s)):
            # (but "went on to call", "continued to question" are verbs)
            # ("the press reports", but "The Associated Press reports that ...")
            return True
    return False


def _stance_of(lemma: str, cls: str) -> str:
    """The stance a cue carries, from its lexicon class."""
    if lemma in STANCE_LEMMAS:
        return "stance"
    return STANCE_OF_CLASS.get(cls) or "assertion"




def _too_long_inverted(sv: str) -> bool:
    """An inverted source runs to at most 9 words, or 13 when it ends in a
    capitalized name ("said former Telk Gov. and Harbor Board Chairman Ivo Dal")."""
    words = sv.split()
    return len(words) > 13 or (len(words) > 9 and not words[-1][:1].isupper())


_INV_RESUME = re.compile(
    r",\s+(?:[^,;:.\"\u201c\u201d]{1,120}?,\s+)?(?P<r>(?!(?:his|this|its|hers|as|us|plus|perhaps|less|"
    r"unless|whereas|thus|always|sometimes|besides|was\s+(?:a|an|the)\b)\b)(?:would|will|is|was|are|were|has|"
    r"have|had|can|could|should|may|might|must|did|does|do|[a-z]+ed|[a-z]+s)\b)")


_TO_BEFORE = re.compile(r"(?<=\s)to\s+(?:(?:also|again|publicly|simply|then|later|openly|even)\s+)?$")
_OBJ_CONTROL = re.compile(r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|force|forcing|"
                          r"prompt|cause|push|encourage|invite|inspire|drive|get|help|helped|helps|caused|causes|"
                          r"got|gets|pushed|pressed|encouraged|invited|inspired|moved|drove|asked|urged|"
                          r"allowed|allow|allows|let)\s+$")


# "went on to call", "continued to question", "tried to discuss", "refused to
# call": an aspect or try verb before "to" makes the bare form a verb of the
# subject's speech, even for forms that are mostly nouns or not annotated
_CONTROL_TO = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|(?:went|goes|go|going)\s+on|tr(?:y|ies|ied|ying)|s(?:ought|eeks?|eeking)|"
    r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|moved|hesitated|began|begins|started|starts|decided|"
    r"seemed|seems|appeared|appears)\s+to\s+(?:(?:also|again|publicly|openly|even|then|later)\s+)?$")
_OBJ_PRON = re.compile(r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|caused|causes|"
                       r"got|gets|pushed|encouraged|invited|inspired|drove|drives|allowed|allows|let|lets|"
                       r"made|makes|urged|asked|pressed)\s+(?P<o>him|her|them|us|me)\s+$")
_SUBORD_BETWEEN = re.compile(r"(?:,\s*|\s)(?:although|though|while|because|when|whereas|after|before|since|"
                             r"until|unless|if|but|where)\s")
# the subject's own verb must follow it: "Voters were more likely to say",
# "Roe stood up to say", "Roe declined to say"
_INF_VERB_NEXT = re.compile(
    r"\s+(?:(?:also|then|later|still|even|never|once|quickly|finally|often|always|simply|just|"
    r"repeatedly|again|now|soon)\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|should|may|"
    r"might|must|did|does|do|seem|seems|seemed|appear|appears|appeared|stood|went|took|came|rose|got|"
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
    prev = _prev_word(text, max(us, to_s - 30), to_s)
    if prev is not None and (prev.lower() in NOT_BEFORE_TO or prev.lower().endswith(NOUN_ENDINGS)):
        # "his failure to denounce", "the pressure on her to say", "hard to say"
        return None
    alt = _left_source(ctx, us, to_s)
    if alt is not None and _OBJ_CONTROL.search(text, max(us, alt.start - 16), alt.start):
        return Subject(cue_s, alt.start, alt.end, alt.start, "conj", None)
    subj = _unit_subject(ctx, us, to_s)
    if subj is None:
        return None
    ss, se = subj
    if se <= ss or se > to_s or inside_quote(ctx, ss) is not None:
        return None
    if _SUBORD_BETWEEN.search(text, se, to_s):
        # "X said ..., although Y appeared on TV to defend her": Y's clause
        return None
    words = text[ss:se].split()
    if _LONG_SUBJ_BAD_START.match(words[0]) or words[0].lower() in NOT_CONTROLLERS \
            or words[-1].lower() in DETERMINERS \
            or not words[-1][:1].isalpha() or _INF_VERB_NEXT.match(text, se, to_s) is None:
        # ("It is hard to say", "After ... to say", "Democratic presidential candidate ...")
        return None
    return Subject(cue_s, ss, se, ss, "conj", None)



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
# after ...", "have been discussing for several weeks": a time, not content.
_TIME_ONLY = re.compile(
    r"(?:(?:just|even|only|as\s+recently\s+as)\s+)?(?:(?:today|yesterday|tonight|\w+day(?:\s+(?:night|morning|"
    r"afternoon|evening))?)|(?:(?:a\s+few|several|many|\w+)\s+(?:years|months|weeks|days|hours|minutes)\s+"
    r"(?:earlier|later|ago|before|after))|(?:for\s+(?:several|many|a\s+few|some|\d+|two|three|four|five|"
    r"weeks|months|years|days)(?:\s+\w+)?)|(?:(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|"
    r"night|morning|spring|summer|fall|winter))|(?:earlier|later|again|once|twice|recently|before))"
    r"[\s.!?,]*$")
_DAY_AFTER = re.compile(r"(?:(?:on\s+)?the\s+(?:day|night|morning|week|evening)\s+(?:after|before)|"
                        r"(?:hours|days|weeks|moments|minutes)\s+(?:after|before))\b")
# "whom he attacked viciously during the campaign": an adverb, then an adjunct.
_ADV_ADJUNCT = re.compile(r"(?!only\b)[a-z]+ly\s+(?:during|after|before|throughout|since)\b"
                          r"|(?!only\b)[a-z]+ly[\s.!?]*$")
# "the change the party warned about in its report": a stranded preposition.
_STRANDED = re.compile(r"(?:about|on|of|with|to|for|against|upon)(?:\s*[\u2014\u2013.;:!?)]|\s+(?:in|at|on|during|"
                       r"for|since|after|before|by|from|over|throughout|--?)\b|\s*$)")


_PRECINCTS = re.compile(r"\b(?:precincts?|districts|counties|polling\s+places)\b")
# "Rust Belt states that have suffered", "reports that track spending": a
# noun-like form, then a relative "that" with its own verb.
_THAT_VERB = re.compile(r"\s*that\s+(?:(?:also|still|now|then|once|recently|already|often)\s+)?"
                        r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|did|does|"
                        r"[a-z]{3,}ed)\b")


# "the shift the panel warned about in its report", "agree on — X": the
# preposition's object is a relative gap; what follows is an adjunct or an aside
_PREP_GAP = re.compile(r"(?:in|at|during|since|after|before|by|from|throughout|last|earlier|later)\b|"
                       r"[\u2014\u2013]|--?\s")


def _junk_complement(ctx: Ctx, lemma: str, form: str, rc: tuple[int, int], ss: int, se: int,
                     cue_e: int) -> bool:
    """A bare complement that is no reported content: naming ("a group called
    X"), a phone call, a written document, a time or an adverb, a stranded
    preposition of a relative clause."""
    text = ctx.text
    body = text[rc[0]:rc[1]]
    if _TIME_ONLY.fullmatch(body) or _DAY_AFTER.match(body) or _ADV_ADJUNCT.match(body):
        return True
    if _STRANDED.match(body):
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
                and not _REL_BEFORE.search(text, max(0, ss - 40), ss):
            return True
    if lemma == "write" and _WRITTEN_THING.match(body) and not ANY_QUOTE.search(body) \
            and not _DOC_SAYS.search(body) and not _PART_AFTER.match(text, rc[1]):
        return True
    return False


_ADJUNCT_WORD = re.compile(r"(?:on|in|at|during|after|before|to|from|with|by|of|about)\b")


# --- one reporting-verb cue, in named steps ---------------------------------
# ``extract_cue`` screens the cue (``_screen_cue``), reads the adjuncts and
# object after it (``_read_adjuncts``), handles a participle that continues an
# earlier speaker (``_continued_participle``), looks for the source after the
# cue (``_inverted_source``) or before it (``_find_subject`` then
# ``_refine_subject``), classifies the frame around it (``_inverted_frame``;
# ``_left_frame``: trailer / short-object trailer / intro / comma trailer /
# complement / adjuncts then a quotation / prepositional object) and emits one
# claim per content segment (``_emit``).  Each step hands the next a small
# NamedTuple; only ``_emit`` (and the two participle emitters) add claims.


class Cue(NamedTuple):
    """A reporting-verb anchor that passed the screens, with its sentence unit."""

    form: str
    lemma: str
    cls: str                                  # the lexicon's class: "assertion", "denial", ...
    start: int
    end: int
    us: int                                   # the sentence unit around the cue
    ue: int
    weak: bool                                # "show", "want", ...: needs "that" or a quotation
    participle: bool                          # an "-ing" form
    stance: str
    data_source: bool                         # "a poll released Monday shows ..."
    prep_object: tuple[int, int] | None       # "wrote about": (end of the preposition, its object)


class Adjuncts(NamedTuple):
    """What the words right after the cue say, and where its content may start."""

    end: int                                  # after adjuncts and object ("told reporters on Monday")
    cue_end: int                              # the cue span's end (an object cue keeps its object)
    said_to: str | None
    where: str | None
    medium: str | None
    has_that: bool                            # a "that" complement follows


class SourceSearch(NamedTuple):
    """The subject found left of the cue, and which search found it."""

    subject: Subject | None
    infinitive: bool                          # the controller of "to say"
    list_coordinated: bool                    # "hid the facts, admitted ..."
    relative: bool                            # "the union, which urged ..."


class Frame(NamedTuple):
    """How the cue's content is laid out: the claims to emit."""

    segments: list[tuple[int, int]]
    rule: str
    confidence: float
    quote_type: str
    source: tuple[int, int] | None
    cue: tuple[int, int]
    apposition: tuple[int, int] | None = None


class Around(NamedTuple):
    """The quotations and text on either side of a cue whose subject is on its left."""

    after: str                                # the unit's text after the adjuncts
    after_stripped: str
    nxt: str                                  # its first character
    q_before: Quote | None                    # a quotation closing before the subject
    q_after: Quote | None                     # a quotation opening after the adjuncts


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


def _end_earlier(ctx: Ctx, c: Claim, ne: int) -> None:
    """End claim ``c``'s content at ``ne`` (undone by ``extract_cue`` when the
    cue that caused it makes no claim)."""
    if ctx.pending_cuts is not None:
        ctx.pending_cuts.append((c, c.content, c.id))
    c.content = make_span(ctx.text, c.content.start, ne)
    c.id = f"{ctx.article.id}:{c.content.start}-{ne}"


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
    inverted = _inverted_source(ctx, cue)
    if inverted is not None:
        frame = _inverted_frame(ctx, cue, adj, inverted)
    else:
        frame = _subject_and_frame(ctx, cue, adj)
    if frame is not None:
        _emit(ctx, cue, adj, frame)


def _subject_and_frame(ctx: Ctx, cue: Cue, adj: Adjuncts) -> Frame | None:
    """The source left of the cue, refined and guarded, then the frame around it."""
    search = _find_subject(ctx, cue)
    subject = _refine_subject(ctx, cue, adj, search)
    if cue.participle:
        subject = participle_subject(ctx.text, cue.us, cue.start, subject)
    else:
        subject = participial_subject(ctx.text, cue.us, subject)
    subject = no_prepositional_fragment(ctx.text, unclosed_apposition(ctx.text, cue.us, subject))
    if subject is None:
        return None
    return _left_frame(ctx, cue, adj, subject, search)


# --- step 1: screen the cue -------------------------------------------------

def _screen_cue(ctx: Ctx, m: re.Match) -> Cue | None:
    """The cue, or None when it is taken, quoted, a noun or narration, or a weak
    verb with nothing to report ("declined 3 percent", "the report", "shows")."""
    text = ctx.text
    form = m.group()
    cue_s, cue_e = m.start(), m.end()
    if cue_s in ctx.cue_taken or inside_quote(ctx, cue_s):
        return None
    unit = unit_of(ctx, cue_s)
    if unit is None:
        return None
    us, ue = unit
    lemma, cls = cue_lemma(form)
    if form[:1].isupper() and form.endswith("ing") and " " not in form:
        _initial_participle(ctx, form, lemma, cue_s, cue_e, us, ue)
        return None
    if _inside_according_trailer(ctx, cue_s, us) or _yield_to_earlier_claim(ctx, form, lemma, cue_s, us) \
            or _noun_or_narration(ctx, form, lemma, cue_s, cue_e, us):
        return None
    weak = lemma in WEAK_LEMMAS
    data_src = lemma in DATA_VERBS and P.search_after(_DATA_NOUN_AFTER, _DATA_NOUN, text, max(us, cue_s - 90),
                                                      cue_s) is not None
    prep_obj = _prep_object(text, form, lemma, cue_e, ue)
    if weak and lemma not in TRAILER_OK and not WEAK_CLAUSE_COMPLEMENTS and lemma not in BARE_WEAK \
            and not data_src and prep_obj is None:
        # cheap exit: a weak verb needs "that" or a quotation nearby to be a cue
        window = text[cue_e:min(ue, cue_e + 90)]
        if "that" not in window and not ANY_QUOTE.search(window):
            return None
    return Cue(form, lemma, cls, cue_s, cue_e, us, ue, weak, form.endswith("ing"), _stance_of(lemma, cls),
               data_src, prep_obj)


def _prep_object(text: str, form: str, lemma: str, cue_e: int, ue: int) -> tuple[int, int] | None:
    """ "wrote about the event", "joked about stereotypes", "agreed with much of it"."""
    if lemma not in PREP_OBJECT_LEMMAS:
        return None
    if form.lower().endswith(PREP_ENDINGS):
        return (cue_e, cue_e)
    pm = _PREP_OBJ.match(text, cue_e, ue)
    if pm is not None and pm.group(1) in PREP_OBJECT_LEMMAS[lemma]:
        return (pm.end(1), pm.end())
    return None


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


def _cue_object(ctx: Ctx, cue: Cue, adj_end: int, said_to: str | None, where: str | None) -> _Object | None:
    """The object of an object cue ("told reporters", "warned the board"); None
    when "tell" has neither an object nor a far "that"."""
    text, ue = ctx.text, cue.ue
    om = P.OBJECT_RE.match(text, adj_end, ue)
    if om is None:
        om = _OBJ_TO_INF.match(text, adj_end, ue) or _OBJ_TO_END.match(text, adj_end, ue)
    if om is None and quote_closing_before(ctx, _sentence_left_edge(text, cue.us, cue.start)) is not None:
        # '"...," she told the packed hall, where ...': any short object;
        # '"...," she told "Morning Show" after ...': a programme in quotation marks
        om = _OBJ_SHOW.match(text, adj_end, ue) or _OBJ_ANY.match(text, adj_end, ue)
    if not om:
        far = _TOLD_THAT.match(text, adj_end, ue)
        if far:
            return _Object(far.end(), text[adj_end:far.end()].strip(), where, None)
        if cue.lemma == "tell" and not cue.participle:
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
            quote_closing_before(ctx, _sentence_left_edge(text, us, cue_s)) is None \
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
    if not (_PART_LEFT.search(text, max(us, cue_s - 5), cue_s)
            or _PREP_BEFORE.search(text, max(us, cue_s - 12), cue_s) is not None
            or _AND_PART.search(text, max(us, cue_s - 16), cue_s) is not None):
        return False
    _participle_claim(ctx, cue, adj)
    return True


def _participle_claim(ctx: Ctx, cue: Cue, adj: Adjuncts) -> None:
    text, us, ue, cue_s, lemma = ctx.text, cue.us, cue.ue, cue.start, cue.lemma
    prev = claim_index.cue_in(ctx, us, cue_s)
    if not prev:
        prev = [c for c in claim_index.starting_in(ctx, us, cue_s - 1) if c.cue and c.source]
    base = prev[-1] if prev else None
    if (lemma in WEAK_PARTICIPLES or lemma in BARE_WEAK) and not adj.has_that \
            and not after_colon_or_quote(text, adj.end, ue):
        return
    if base is not None:
        psrc = (base.source.start, base.source.end) if base.source else None
    else:
        psrc = _unit_subject(ctx, us, cue_s)
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
    rc = right_content(ctx, adj.end, ue)
    if not rc:
        return
    if lemma in NAMING_LEMMAS and not adj.has_that:
        rc = _end_at_the_name(ctx, rc)
    c = make_claim(ctx, rc[0], rc[1], psrc, (cue_s, adj.cue_end), "indirect.participle", 0.7,
                   quote_type=content_quote_type(ctx, rc[0], rc[1], lemma, adj.has_that),
                   lemma=lemma, stance=cue.stance)
    if c:
        c._base = base
        c.said_where, c.said_to = adj.where, adj.said_to


# --- step 3: find the source ------------------------------------------------

_NOT_INVERTED_FIRST = ("that", "in", "on", "at", "it's", "to", "this", "there")


def _inverted_source(ctx: Ctx, cue: Cue) -> re.Match | None:
    """The source after the cue ('"...," said Jane Roe'), as a match of
    ``patterns.INV_SOURCE_RE`` with a ``src`` group, or None."""
    text, us, ue, cue_s = ctx.text, cue.us, cue.ue, cue.start
    prev_txt = text[max(us, cue_s - 3):cue_s].rstrip()
    if not (prev_txt.endswith((",", '"', "\u201d", "'", "\u2019", "\u201c")) and cue.lemma in INVERTIBLE
            and " " not in cue.form):
        return None
    im = P.INV_SOURCE_RE.match(text, cue.end, ue)
    if im is None:
        return None
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
        alt = _left_source(ctx, us, cue_s)
        if alt is not None and alt.apposition is not None:
            return None
    return im


def _find_subject(ctx: Ctx, cue: Cue) -> SourceSearch:
    """The source left of the cue: the noun phrase walker first, then the
    coordinated, list, relative-pronoun, long-subject and infinitive searches."""
    text, us, cue_s, participle = ctx.text, cue.us, cue.start, cue.participle
    left = _left_source(ctx, us, cue_s)
    if left is None and text[max(us, cue_s - 4):cue_s].rstrip().endswith("),"):
        # "Sen. Jane Roe (D-Ore.), said ...": a stray comma after the parenthetical
        k = text.rfind(")", max(us, cue_s - 4), cue_s) + 1
        alt = _left_source(ctx, us, k)
        if alt is not None:
            left = alt._replace(cue_start=cue_s)
    if left is not None and left.kind == "conj" and not participle:
        left = _widened_to_who(ctx, us, left) or left
    if left is None:
        left = _coordinated_source(ctx, us, cue_s)
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


_WHO_GAP = re.compile(r"\s*\bwho\s+$")


def _widened_to_who(ctx: Ctx, us: int, left: Subject) -> Subject | None:
    """ "Residents who live near the plant said ...": the walk stopped at "who",
    with the relative clause's predicate as the subject; the source is the noun
    phrase before "who" with its clause."""
    text = ctx.text
    gap = _WHO_GAP.search(text, max(us, left.start - 12), left.start)
    if gap is None or not text[left.start:left.start + 1].islower():
        return None
    head = _left_source(ctx, us, gap.start())
    if head is None or head.end != gap.start() or text[head.start:head.end].lower() in ("those", "anyone", "one"):
        return None
    return Subject(left.cue_start, head.start, left.end, head.boundary, head.kind, head.apposition)


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
            lemma != "ask" and _CONTROL_TO.search(text, max(cue.us, cue.start - 40), cue.start)):
        return None
    if left is not None and text[left.start:left.end].lower() not in ("her", "him", "them", "us", "me"):
        return None
    return _infinitive_controller(ctx, cue.us, cue.start)


def _last_token(text: str, subj: Subject) -> str:
    words = text[subj.start:subj.end].split()
    return words[-1].lower() if words else ""


def _refine_subject(ctx: Ctx, cue: Cue, adj: Adjuncts, search: SourceSearch) -> Subject | None:
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
    if gh is not None and gh.end() < left.end and _GAP_VERB.match(text, adj.end + len(after) - len(after.lstrip())) \
            and inside_quote(ctx, left.start) is None:
        # "a probe the agency said was ongoing": the source is "the agency"
        left = left._replace(start=gh.end())
    last_tok = _last_token(text, left)
    if last_tok in BAD_SOURCE_LAST and _AND_BEFORE_CUE.search(text, max(us, cue_s - 40), cue_s):
        # "X lamented the state of the race and criticized ...": the subject of the
        # first verb, not the words before "and"
        alt = _coordinated_source(ctx, us, cue_s)
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


def _nounish_cue_is_verb(ctx: Ctx, cue: Cue, adj: Adjuncts, left: Subject, last_tok: str) -> bool:
    """A noun-like form ("reports", "calls", "notes") is a verb only after a
    subject that looks like one: a name, a pronoun, a plural before "that"."""
    text, us, ue, cue_s, has_that = ctx.text, cue.us, cue.ue, cue.start, adj.has_that
    ss, se, kind = left.start, left.end, left.kind
    low_form = cue.form.lower()
    src_txt = text[ss:se]
    if last_tok in BAD_SOURCE_LAST_NOUNISH and not (
            src_txt.split()[-1][:1].isupper() and last_tok in NAME_WORDS):
        return False
    if not _nounish_subject_ok(ctx, cue, adj, left):
        return False
    if low_form in ("goes on", "went on") and not after_colon_or_quote(text, adj.end, ue):
        return False
    if not low_form.endswith(("ed", "ing")) and low_form not in ("told", "said") and not has_that \
            and not _OBJ_START.match(text, adj.end, ue) and not (
                cue.lemma in INFINITIVE_NOUNISH and text.startswith(" to ", adj.end)) \
            and not (kind == "comma" and _SENTENCE_END.match(text, adj.end, ue)) \
            and not (_SENTENCE_END.match(text, adj.end, ue)
                     and _after_quote_trailer(ctx, us, cue_s)):
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
        quote_closing_before(ctx, ss) is not None and _after_quote_trailer(ctx, cue.us, cue.start)) or (
        has_that and not low_form.endswith("s") and src_txt.split()[-1].lower().endswith("s")
        and not _THAT_FINITE.match(after)
        and src_txt.split()[-1].lower() not in BAD_SOURCE_LAST_NOUNISH)
    # ("experts note that ...": a plural subject and a plural verb)


# --- step 4: classify the frame ---------------------------------------------

def _left_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, search: SourceSearch) -> Frame | None:
    """The frame of a cue whose subject is on its left: a quotation before
    (trailer), after (intro), a comma clause before (indirect trailer), a
    complement after, adjuncts then a quotation, or a prepositional object."""
    around = _around(ctx, cue, adj, subj)
    frame = _quote_frame(ctx, cue, adj, subj, around)
    if frame is not None and _quotes_taken(ctx, frame) and around.after_stripped[:1].isalpha():
        # 'Roe, citing "a new era," said the ferry ...': the quotation belongs to
        # the participle before; what follows the cue is this cue's content
        frame = None
    if frame is None:
        frame = _complement_frame(ctx, cue, adj, subj, around)
    if frame is None and not cue.participle:
        frame = _adjuncts_then_quote_frame(ctx, cue, adj)
    if frame is None and cue.prep_object is not None and not cue.participle \
            and adj.end <= cue.prep_object[1] and subj.kind != "quote":
        frame = _prep_object_frame(ctx, cue, adj)
    if frame is None:
        return None
    segments = frame.segments
    if frame.rule in ("indirect.that", "indirect.complement", "mixed.intro") and len(segments) == 1:
        segments = [_end_subordinate(ctx, cue.us, subj.start, segments[0])]
        if search.list_coordinated:
            # "hid the facts, admitted it withheld emails, and delayed ...": the
            # list of the subject's predicates goes on after the content
            lm = _AND_PAST.search(ctx.text, segments[0][0], segments[0][1])
            if lm is not None and lm.start() - segments[0][0] > 2 \
                    and inside_quote(ctx, lm.start()) is None:
                segments = [(segments[0][0], lm.start())]
    src = (subj.start, subj.end)
    if ctx.text[src[0]:src[1]].strip().lower() in JUNK_SOURCE_CLEAR:
        src = None
    return Frame(segments, frame.rule, frame.confidence, frame.quote_type, src, (subj.cue_start, frame.cue[1]),
                 subj.apposition)


def _around(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject) -> Around:
    text = ctx.text
    after = text[adj.end:cue.ue]
    after_stripped = after.lstrip(" \t")
    q_before = quote_closing_before(ctx, subj.start)
    if q_before is not None and text[q_before.end - 1:q_before.end] == "." \
            and "," not in text[q_before.close_at:subj.start] and not _BARE_END.match(after_stripped):
        # '"A." He added, "B."': the first quotation ended its sentence
        # (but '"A." Roe said.' is a trailer with a stray period)
        q_before = None
    if q_before is not None and not adj.has_that and _embedded_title_quote(ctx, q_before, cue.us, adj.end, cue.ue):
        # 'Sunday on Rolo TV's "Morning Desk," Osk said the plan ...': a short
        # quoted title inside a leading adjunct, not the words of a trailer
        q_before = None
    return Around(after, after_stripped, after_stripped[:1], q_before, quote_opening_after(ctx, adj.end))


def _quote_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, around: Around) -> Frame | None:
    """The frames decided by what is next to the cue, tried in this order and
    exclusive: a direct trailer, a trailer with a short object, an intro
    (colon or quotation after), an indirect trailer after a comma clause."""
    text, has_that, kind = ctx.text, adj.has_that, subj.kind
    after, after_stripped, nxt, q_before, q_after = around
    if q_before is not None and (not after_stripped or nxt in ".,;!?" or nxt == "" or
                                 re.match(r"[.,;]?\s*$", after) or (
                                     not has_that and kind in ("quote", "start", "comma")
                                     and _TRAILER_AFTER.match(after_stripped))):
        return _direct_trailer_frame(ctx, cue, adj, q_before, q_after)
    if q_before is not None and kind in ("quote", "start") and not has_that and (
            # (kind "start": the sentence splitter cut after the closing mark)
            (not _CLAUSE_START.match(after_stripped) and (
                kind == "quote" or (text[q_before.start:q_before.end].rstrip("'\u2019")[-1:] in (",", "?", "!")
                                    and not ANY_QUOTE.search(after_stripped)))) or (
                cue.lemma in ("ask", "tell", "answer", "reply", "respond", "assure", "remind", "warn")
                and _SHORT_OBJECT_END.match(after_stripped))):
        # '"...," Todd asked the mogul.': a short object, then the sentence ends
        segments = [(q.start, q.end) for q in quote_chain(ctx, q_before)]
        return Frame(segments, "direct.trailer", 0.8, "direct", None, (cue.start, adj.cue_end))
    if nxt == ":" or (nxt == "," and q_after is not None) or (
            q_after is not None and q_after.open_at == adj.end + len(after) - len(after_stripped)
            and q_after.words >= 4 and not has_that):
        return _intro_frame(ctx, cue, adj, around)
    if kind == "comma" and (not after_stripped or nxt in ".;!?" or (nxt == "," and not has_that) or
                            (not has_that and text[cue.us:cue.us + 1] in OPEN_Q
                             and _TRAILER_AFTER.match(after_stripped))):
        # "..., officials said." / "... plans, advisers say, to ..."
        return _comma_trailer_frame(ctx, cue, adj, subj, nxt)
    return None


def _quotes_taken(ctx: Ctx, frame: Frame) -> bool:
    """A direct frame whose quotations a direct claim already holds (``_emit``
    would drop it)."""
    return frame.quote_type == "direct" and all(
        any(c.quote_type == "direct" for c in claim_index.covering(ctx, q_s)) for q_s, _q_e in frame.segments)


def _direct_trailer_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, q_before: Quote, q_after: Quote | None) -> Frame:
    """'"...," she said' (``direct.trailer``), a partial quotation with its lead
    (``mixed.trailer``), or a quotation split by the attribution (``direct.split``)."""
    text, us, ue = ctx.text, cue.us, cue.ue
    chain = quote_chain(ctx, q_before)
    segments = [(q.start, q.end) for q in chain]
    rule, conf, qtype = "direct.trailer", 0.9, "direct"
    lead_words = len(text[us:q_before.open_at].split())
    if len(chain) == 1 and lead_words >= 3 and q_before.open_at > us:
        # "... will take time to "cool off," she said": the whole clause
        ls = us
        colon = text.rfind(":", us, q_before.open_at)
        if colon > us:
            ls = colon + 1
        segments = [(ls, q_before.close_at)]
        rule, qtype = "mixed.trailer", "mixed"
    # split quote: "A," she said, "B."
    if q_after is not None and q_after.open_at < ue + 1 and text[adj.end:q_after.open_at].strip() in (",", ":", ""):
        for q in quote_forward(ctx, q_after):
            segments.append((q.start, q.end))
        rule = "direct.split"
    elif len(chain) == 1 and rule == "direct.trailer":
        q2 = _split_rest(ctx, q_before, adj.end, ue)
        if q2 is not None:
            for q in quote_forward(ctx, q2):
                segments.append((q.start, q.end))
            rule = "direct.split"
    if cue.weak and cue.lemma not in TRAILER_OK:
        conf = 0.6
    return Frame(segments, rule, conf, qtype, None, (cue.start, adj.cue_end))


def _intro_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, around: Around) -> Frame | None:
    """'she said: "..."' / 'she said, "..."' (``direct.intro``, ``mixed.intro``
    when indirect words follow a partial quotation), 'he said:' with the words
    in the next paragraph (``direct.colon_next``, ``indirect.colon_block``) or
    after the colon (``indirect.colon``)."""
    text, ue = ctx.text, cue.ue
    nxt, q_after = around.nxt, around.q_after
    cue_span = (cue.start, adj.cue_end)
    if q_after is not None:
        segments = [(q.start, q.end) for q in quote_forward(ctx, q_after)]
        # partial quote followed by more indirect text?
        tail = text[ctx.quotes[ctx.quotes.index(q_after)].close_at:ue].strip(" .,\u201d\"")
        if len(segments) == 1 and len(tail) > 8 and nxt != ":":
            rc = right_content(ctx, adj.end, ue)
            if rc:
                return Frame([rc], "mixed.intro", 0.85, "mixed", None, cue_span)
        return Frame(segments, "direct.intro", 0.85, "direct", None, cue_span)
    if nxt != ":":
        return None
    rc = right_content(ctx, adj.end + around.after.index(":") + 1, ue)
    if rc is not None:
        return Frame([rc], "indirect.colon", 0.6, "indirect", None, cue_span)
    # "He said:" then the quote opens the next paragraph
    nq = next_para_quote(ctx, ue)
    if nq is not None:
        return Frame([(q.start, q.end) for q in quote_forward(ctx, nq)], "direct.colon_next", 0.8, "direct", None,
                     cue_span)
    if not cue.weak:
        nb = next_para_block(ctx, ue)
        if nb is not None:
            return Frame([nb], "indirect.colon_block", 0.55, "indirect", None, cue_span)
    return None


# A summing-up apposition after a trailer ("..., officials said on Monday, a move
# likely to anger truckers"): a noun phrase that describes the reported event,
# in the writer's voice, not the rest of what the source said.
_SUMMATIVE = re.compile(r"(?:an?|the\s+(?:latest|first|second|third|biggest|largest))\s+(?:[\w-]+\s+){1,3}?"
                        r"(?:that|which|likely|unlikely|expected|seen|aimed|designed|intended|meant|set\s+to|"
                        r"following|amid|after|in\s+(?:a|an|the|response|line)|to)\b")


def _comma_trailer_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, nxt: str) -> Frame | None:
    """ "..., officials said." (``indirect.trailer``) and "... plans, advisers
    say, to ..." (``indirect.parenthetical``)."""
    text = ctx.text
    if cue.weak and cue.lemma not in TRAILER_OK:
        return None
    ls, le = trim_span(text, cue.us, subj.boundary)
    if le - ls < 3:
        return None
    segments = [(ls, le)]
    rule = "indirect.trailer"
    if nxt == ",":
        rc = right_content(ctx, adj.end, cue.ue)
        if rc and _SUMMATIVE.match(text, rc[0], rc[1]) and inside_quote(ctx, rc[0]) is None:
            rc = None  # "..., officials said, a move likely to anger truckers": the writer's gloss
        if rc and not re.match(r"(?:adding|saying|noting|according|who|which|[a-z]+ing\b)", text[rc[0]:rc[0] + 14]):
            segments.append(rc)
            rule = "indirect.parenthetical"
    return Frame(segments, rule, 0.75, "indirect", None, (cue.start, adj.cue_end))


def _weak_complement_ok(ctx: Ctx, cue: Cue, subj: Subject, after_stripped: str) -> bool:
    """A weak verb takes a bare complement only in the measured cases (see
    ``WEAK_CLAUSE_COMPLEMENTS``) or for data ("a poll shows ...")."""
    text, ss, se, lemma, cls = ctx.text, subj.start, subj.end, cue.lemma, cue.cls
    weak_ok = (WEAK_CLAUSE_COMPLEMENTS or (
        lemma in BARE_WEAK and not cue.participle and text[ss:se].lower() not in GENERIC_SUBJECTS
        and not _IF_BEFORE.search(text, max(cue.us, ss - 12), ss))) and cue.weak and (
        (cls in ("cognition", "evidence") and _CLAUSE_SUBJ.match(after_stripped)) or
        (cls == "volition" and _VOLITION_OBJ.match(after_stripped)))
    if cue.data_source and not cue.participle and _DATA_NOUN.search(text, ss, se):
        weak_ok = True
    return bool(weak_ok)


# "asked three firms for comment", "asked the ministry for details": a reporter's
# or anyone's request for information, nothing stated (unlike "asked Roe for her
# resignation", a demand, kept as a directive)
_ASKED_FOR = re.compile(
    r"(?:(?!(?:to|if|whether|that|it)\b)[\w'\u2019-]+\s+){1,4}?for\s+(?:(?:a|an|the|his|her|their|its|any|further|more)\s+)?"
    r"(?:comments?|responses?|reactions?|details?|explanations?|clarification|information|opinions?|views?|"
    r"interviews?|statements?|input|feedback|answers?)\b(?:\s+(?:on|about|regarding)\s+[^,;:.!?\"\u201c\u201d]+)?")


_TOLD_MEMORY = re.compile(r"(?:how|what|when|why|where|who|whether|that|the\s+(?:day|time|moment|night|years?))\b"
                          r"|[\"'\u201c\u2018]", re.IGNORECASE)


def _recalled_goods(ctx: Ctx, subj: Subject, rc: tuple[int, int]) -> bool:
    """A body's "recalled" with a plain object is a product recall; a person's
    ("recalled the day ...", "recalled a visit") is a memory, told."""
    if _TOLD_MEMORY.match(ctx.text, rc[0]):
        return False
    mention = ctx.text[subj.start:subj.end].strip()
    if not mention or is_pronoun(mention) or ctx.people.head_person_in(subj.start, subj.end) is not None:
        return False
    return sourcing.classify(mention, False) == "named_org"


def _complement_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, around: Around) -> Frame | None:
    """Subject, cue, complement: ``indirect.that`` or ``indirect.complement``.

    Cognition/evidence verbs with a bare clause ("thinks he will") and volition
    verbs with an object ("wants a wall") were measured on PolNeAR train: they
    add "other"-class matches but cost more speech precision than they gain, so
    they are off (weak verbs still fire with "that", a quote or a trailer).
    """
    has_that, lemma = adj.has_that, cue.lemma
    after_stripped, nxt = around.after_stripped, around.nxt
    weak_ok = _weak_complement_ok(ctx, cue, subj, after_stripped)
    if not (after_stripped and nxt not in ".;!?" and (not cue.weak or has_that or weak_ok)):
        return None
    if not (lemma in COMPLEMENT_CUES or has_that or weak_ok or lemma in BARE_COMPLEMENT_LEMMAS):
        return None
    rc = _complement_content(ctx, cue, adj, subj)
    if rc is None or (lemma == "ask" and not has_that and _ASKED_FOR.fullmatch(ctx.text, rc[0], rc[1])):
        return None  # "asked three firms for comment": a request, nothing stated
    if lemma == "recall" and not has_that and _recalled_goods(ctx, subj, rc):
        return None  # "Kelp Motors recalled 4,000 cars": goods called back, no memory told
    conf = 0.75 if has_that else 0.6
    if cue.weak and not has_that:
        conf = 0.45
    cue_end = adj.cue_end
    pm = None if has_that else P.PREP_AFTER_CUE.match(ctx.text, cue.end)
    if pm is not None and pm.start(1) == rc[0] < pm.end() < rc[1] and not _ABOUT_QUANTITY.match(ctx.text, rc[0]):
        # "warned of a recession": the preposition joins the cue
        rc, cue_end = (pm.end(), rc[1]), max(cue_end, pm.end(1))
    return Frame([rc], "indirect.that" if has_that else "indirect.complement", conf, "indirect", None,
                 (cue.start, cue_end))


def _complement_content(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject) -> tuple[int, int] | None:
    """The complement's span after the cue, cut and screened."""
    text, has_that, lemma, us, ss = ctx.text, adj.has_that, cue.lemma, cue.us, subj.start
    rc = right_content(ctx, adj.end, cue.ue)
    if rc is not None and not has_that and lemma in ADJUNCT_LEMMAS and _ADJUNCT_WORD.match(text[rc[0]:rc[0] + 8]):
        # "said Tuesday during a visit." -> no content, unless a clause follows
        # the adjunct: "said in an interview it was over" -> "it was over"
        am = _ADJUNCT_THEN_CLAUSE.match(text, rc[0], rc[1])
        if am:
            rc = (am.start("clause"), rc[1])
        elif not _ABOUT_QUANTITY.match(text, rc[0], rc[1]):
            # ("said about half of them left": a quantity, not a topic)
            rc = None
    if rc is None or has_that:
        return rc
    if _BAD_CONTENT_START.match(text, rc[0]) and not (
            _GAP_VERB.match(text, rc[0]) and _REL_BEFORE.search(text, max(us, ss - 40), ss)) and not (
            lemma in AS_LEMMAS and text.startswith("as ", rc[0])
            and _REL_PRON_BEFORE.search(text, max(us, ss - 12), ss)):
        # ("which he described as 'a jewel'": the object is the gap)
        # ("which he said would ...", "a probe the agency said was ...":
        # the relative clause's subject is the gap, the rest is the content)
        return None
    if lemma in NP_OBJECT_CUES:
        rc = _cut_object_adjunct(text, rc)
    if lemma in NAMING_LEMMAS:
        rc = _end_at_the_name(ctx, rc)
    if lemma not in CLAUSE_LEMMAS:
        rc = _cut_coordinated_predicate(ctx, rc)
    rc = cut_next_speaker(ctx, rc)
    if _junk_complement(ctx, lemma, cue.form, rc, ss, subj.end, cue.end):
        return None
    return rc


def _adjuncts_then_quote_frame(ctx: Ctx, cue: Cue, adj: Adjuncts) -> Frame | None:
    """'... said of the senator, "..."', 'told reporters in Nashua last week,
    "..."': adjuncts between the cue and an opening quotation; 'said in a recent
    issue of the magazine:' then the words, in this paragraph or (as a
    quotation) opening the next one."""
    text, ue, weak = ctx.text, cue.ue, cue.weak
    cue_span = (cue.start, adj.cue_end)
    am = _ADJUNCTS_TO_QUOTE.match(text, adj.end, ue) or (
        None if weak else _LONG_ADJUNCTS_TO_QUOTE.match(text, adj.end, ue))
    if am is not None:
        q_next = quote_opening_after(ctx, am.end())
        if q_next is not None and q_next.open_at == am.end() and q_next.words >= 3:
            return Frame([(q.start, q.end) for q in quote_forward(ctx, q_next)], "direct.intro", 0.75, "direct",
                         None, cue_span)
        return None
    if weak:
        return None
    cm = _ADJUNCTS_TO_COLON.match(text, adj.end, ue)
    if cm is None:
        return None
    q_next = quote_opening_after(ctx, cm.end())
    if q_next is not None and q_next.open_at < ue:
        return Frame([(q.start, q.end) for q in quote_forward(ctx, q_next)], "direct.intro", 0.7, "direct",
                     None, cue_span)
    rc = right_content(ctx, cm.end(), ue)
    if rc is not None:
        return Frame([rc], "indirect.colon", 0.55, "indirect", None, cue_span)
    nq = next_para_quote(ctx, ue)
    if nq is not None:
        return Frame([(q.start, q.end) for q in quote_forward(ctx, nq)], "direct.colon_next", 0.7, "direct",
                     None, cue_span)
    return None


def _prep_object_frame(ctx: Ctx, cue: Cue, adj: Adjuncts) -> Frame | None:
    """ "wrote about the event": the prepositional object is the content."""
    text = ctx.text
    prep_obj = cue.prep_object
    rc = right_content(ctx, prep_obj[1], cue.ue)
    if rc is None or _TIME_OR_PLACE.match(text, rc[0]) or rc[1] - rc[0] > 200 or _PREP_GAP.match(text, rc[0]):
        return None
    return Frame([rc], "indirect.prep_object", 0.5, "indirect", None, (cue.start, max(adj.cue_end, prep_obj[0])))


def _inverted_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, im: re.Match) -> Frame | None:
    """The source after the cue: '"...," said Jane Roe' (direct, possibly split
    around the attribution) or '..., said the official.' (indirect)."""
    text, us, ue, cue_s = ctx.text, cue.us, cue.ue, cue.start
    prev = text[max(us, cue_s - 3):cue_s].rstrip()
    q_before = quote_closing_before(ctx, cue_s)
    if not (q_before is not None or prev.endswith(",")):
        # "According to" style or sentence-initial cue: skip
        return None
    if cue.lemma in WEAK_LEMMAS and cue.lemma not in TRAILER_OK:
        return None
    holder = _holder_named_after(text, im.start("src"), im.end("src"), ue)
    src = holder.name if holder else (im.start("src"), im.end("src"))
    office = holder.office if holder else None  # "said the chief executive, Jo Roe": her role
    cue_span = (cue_s, adj.cue_end)
    if q_before is None:
        frame = _inverted_indirect_frame(ctx, cue, src, cue_span)
        return frame and frame._replace(apposition=office)
    # apposition after an inverted source: "said Jane Roe, a spokeswoman"
    chain = quote_chain(ctx, q_before)
    segments = [(q.start, q.end) for q in chain]
    rule, qtype = "direct.trailer_inverted", "direct"
    if len(chain) == 1 and q_before.open_at > us and len(text[us:q_before.open_at].split()) >= 3:
        # 'This is a "raw time," said Jane Roe': the partial quote and its lead
        ls = us
        colon = text.rfind(":", us, q_before.open_at)
        if colon > us:
            ls = colon + 1
        segments = [(ls, q_before.close_at)]
        rule, qtype = "mixed.trailer_inverted", "mixed"
    q_after = quote_opening_after(ctx, src[1])
    if q_after is not None and text[src[1]:q_after.open_at].strip() in (",", ""):
        for q in quote_forward(ctx, q_after):
            segments.append((q.start, q.end))
        rule = "direct.split_inverted"
    elif len(segments) == 1:
        q2 = _split_rest(ctx, q_before, src[1], ue)
        if q2 is not None:
            for q in quote_forward(ctx, q2):
                segments.append((q.start, q.end))
            rule = "direct.split_inverted"
    return Frame(segments, rule, 0.9, qtype, src, cue_span, office)


# "said the company's chief executive, Jo Roe." / "said Chair of the Harbour
# Board, Ivo Brandt, in a statement": an office, then the name of who holds it
_HOLDER_NAME = re.compile(r"(?P<pp>\s+(?:of|for|at)\s+[^,.;:!?\"\u201c\u201d]{1,60}?)?"
                          r",\s+(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+)(?=\s*(?:[.;!?,]|$))")
_ROLE_HEADS = PERSON_HEADS | OFFICIAL_NOUNS | TITLE_WORDS
_ROLE_PP = re.compile(r"\s(?:of|for|at|to|in)\s")


class Holder(NamedTuple):
    """An office after an inverted cue and the name of who holds it."""

    office: tuple[int, int]  # "the company's chief executive", "Chair of the Harbour Board": the role
    name: tuple[int, int]  # "Jo Roe": the source (the office may name a company: "at Kelp Bank")


def _holder_named_after(text: str, start: int, end: int, ue: int) -> Holder | None:
    """The holder named after an inverted source that is an office, so that the
    speaker is the holder and the office the role; None for any other source."""
    m = _HOLDER_NAME.match(text, end, ue)
    if m is None:
        return None
    head = _ROLE_PP.split(text[start:end], 1)[0].rsplit(None, 1)[-1].lower()
    if head not in _ROLE_HEADS:
        return None
    return Holder((start, m.end("pp") if m.group("pp") else end), (m.start("name"), m.end("name")))


def _inverted_indirect_frame(ctx: Ctx, cue: Cue, src: tuple[int, int], cue_span: tuple[int, int]) -> Frame | None:
    """'..., said the official.' (``indirect.trailer_inverted``) and 'Any fair
    reading, said Jane Roe, would see a retreat' (``indirect.parenthetical``)."""
    text, us, ue = ctx.text, cue.us, cue.ue
    cut = cue.start
    while cut > us and text[cut - 1] in " ,":
        cut -= 1
    ls, le = trim_span(text, us, cut)
    if le - ls < 3 or _ONLY_NAMES.fullmatch(text, ls, le) or _NAME_AND_ROLE.fullmatch(text, ls, le):
        # "Jane Roe, and Gov. Ivo Dal, tweeted their support", "Jo Roe, the
        # mayor of Kelp, claimed victory": names are the subject, and what
        # follows the cue is not a source
        return None
    segments = [(ls, le)]
    rule = "indirect.trailer_inverted"
    rm = _INV_RESUME.match(text, src[1], ue)
    if rm is not None:
        # "Any fair reading, said Jane Roe, an analyst, would see a retreat": the
        # sentence resumes after the source (and its apposition)
        rc = right_content(ctx, rm.start("r"), ue)
        if rc is not None:
            segments.append(rc)
            rule = "indirect.parenthetical"
    return Frame(segments, rule, 0.75, "indirect", src, cue_span)


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
