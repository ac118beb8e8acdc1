"""Step 4 of a cue: the frame, what surrounds the cue decides the claim.

A quotation closing before it (trailer), one opening after it (intro,
split), a comma clause before it, a complement after it, an inverted
source: each frame names the content span, its type and the rule.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import NamedTuple

from .. import claim_index, sourcing
from .. import patterns as P
from ..clause_cuts import cut_contrast_clause, cut_next_speaker
from ..context import (
    ANY_QUOTE,
    FINITE,
    OPEN_Q,
    Ctx,
    Subject,
    inside_quote,
    next_para_block,
    next_para_quote,
    quote_chain,
    quote_closing_before,
    quote_forward,
    quote_opening_after,
    right_content,
    trim_span,
)
from ..lexicon import (
    ADJUNCT_LEMMAS,
    AS_LEMMAS,
    BARE_COMPLEMENT_LEMMAS,
    BARE_WEAK,
    CLAUSE_LEMMAS,
    COMPOSITION_LEMMAS,
    COMPLEMENT_CUES,
    GENERIC_SUBJECTS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PASTS,
    JUNK_SOURCE_CLEAR,
    NAMING_LEMMAS,
    NP_OBJECT_CUES,
    OFFICE_HEADS,
    ROLES_BEFORE_NAME,
    PASSIVE_REPORTING_LEMMAS,
    PLAN_LEMMAS,
    SHORT_OBJECT_LEMMAS,
    STANCE_OBJECT_LEMMAS,
    TRAILER_OK,
    WEAK_LEMMAS,
)
from ..quotes import Quote
from ..speakers import is_pronoun
from .complements import (
    AND_PAST,
    REL_BEFORE,
    TIME_ONLY,
    bare_quantity,
    cut_coordinated_predicate,
    cut_object_adjunct,
    cut_short_object,
    end_at_the_name,
    end_subordinate,
    junk_complement,
    split_rest,
)
from .results import Adjuncts, Around, Cue, Frame, SourceSearch
from .subject import GAP_VERB

_BAD_CONTENT_START = re.compile(
    r"(?:while|when|as|after|before|because|since|until|during|in|at(?!\s+(?:least|most|times)\b)|by|with|from|into|over|"
    r"under|and|but|or|" + P.AUX_ALT + r"|"
    r"a\s+few\s+days|later|earlier)\b|[,;:)\]]")
_TRAILER_AFTER = re.compile(
    r"(?:of|about|as|when|while|in|at|on|during|after|before|to|with|from|via|through|referring|"
    r"speaking|recalling|adding|noting|pointing|gesturing|smiling|laughing|according)\b")
# "..., Kell said in Paris.", "..., Roe said this week at an event in Westvale -- a
# reversal": a prepositional phrase then the end, a dash or a participle -- nothing
# the cue could take as a complement, so the comma clause before it is the content
_PREP_TAIL_TO_END = re.compile(r"(?!at\s+(?:least|most)\b)(?:in|at|during|after|while)\s[^,;:\"\u201c\u201d]{0,60}?"
                               r"(?:[.!?]|\s[\u2014\u2013]|\s--|,\s+(?:because|[a-z]+ing)\b|$)")
# words that open an adjunct, not a clause: "In his speech, Obama said ..."
_OPENER = re.compile(r"[\"\u201c]?(?:In|As|From|At|After|While|When|Despite|Though|Although|Because|If|Since|Before|"
                     r"During|For|With|On|Without|Through|Like|Unlike|Amid|Whether|By|Once|Until)\b")
_DASH_TAIL = re.compile(r"(?:[\u2014\u2013]|--?\s)")
_CLAUSE_START = re.compile(r"(?:he|she|they|it|we|I|his|her|their|its|the|a|an|this|these|those|"
                           r"there|[A-Z][\w'\u2019-]*\s+(?:is|was|are|were|has|had|will|would))\s")
_BARE_END = re.compile(r"[.!?]?[\"\u201d']?\s*$")
_CLAUSE_SUBJ = re.compile(r"(?:he|she|they|it|we|I|you|there|this|[A-Z][\w'\u2019-]*|the\s+\w+|his\s+\w+|"
                          r"her\s+\w+|their\s+\w+)\s+(?:" + P.AUX_DO_ALT + r"|\w+s|\w+ed)\b")
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
DATA_NOUNS = (r"(?:[Pp]oll(?:s|ing)?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Aa]nalys[ie]s|[Dd]ata|[Rr]esearch|"
               r"[Ff]igures|[Nn]umbers|[Rr]eports?|[Rr]eview|[Aa]udit|[Ii]nvestigation|[Ii]nquiry|"
               r"[Rr]esults|[Rr]ecords|[Dd]ocuments?|[Ee]stimates?)\b")
DATA_NOUN = re.compile(r"\b" + DATA_NOUNS)
_REL_PRON_BEFORE = re.compile(r"\b(?:which|whom|who|what|that)\s+$")
_TIME_OR_PLACE = re.compile(r"(?:\w+day|the\s+(?:condition|record|phone|air|campaign\s+trail|stump)|"
                            r"camera|television|TV|Twitter|Facebook|background|record|reporters?)\b")
_ADJUNCTS_TO_QUOTE = re.compile(
    r"\s+(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with)\s+[^\"\u201c\u201d.;!?,:]{1,60}?)"
    r"[,:]\s*(?=[\"\u201c]|'')")
# 'said on Monday, in reference to the bill, "..."', 'said, and I quote, "..."',
# 'said as she left the hall, "..."': a longer run of adjuncts (commas allowed)
_LONG_ADJUNCTS_TO_QUOTE = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with|as|when|while|"
    r"and|via|through|for|earlier|later|again|also|then|once)\b)"
    r"[^\"\u201c\u201d\u2018.;!?:]{1,140}?[,:]\s*(?=[\"\u201c]|'')")
_SHORT_OBJECT_END = re.compile(r"(?:the|a|an|his|her|their|its|him|her|them|me|us|[A-Z])[^,;:.!?\"\u201c\u201d]{0,50}"
                               r"[.!?]?[\"\u201d']?\s*$")
_ADJUNCTS_TO_COLON = re.compile(
    r"\s+(?:(?:of|about|in|at|on|to|during|after|before|last|this|from|with)\s+[^\"\u201c\u201d.;!?:]{1,70}?)"
    r":\s*")


_NAME_AND_ROLE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+(?:the|a|an|his|her|its|their)\s+"
                            r"[^,.;:!?\"\u201c\u201d]{1,80}")
# "Kelp growers, who have invested heavily, said the news came as a surprise": a
# subject with its relative clause before the cue; what follows is the content
_SUBJECT_WITH_WHO = re.compile(
    r"(?![\'\u2018])(?P<np>(?:[\w.'\u2019&-]+\s+){0,5}[\w.'\u2019&-]+),\s+(?:who|whose)\s+[^\"\u201c\u201d]{3,200}")
_ONLY_NAMES = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|and|of|the|former|[(][^)]*[)])[\s,]*)+")
_ADJUNCT_THEN_CLAUSE = re.compile(
    r"(?:on|in|at|during|after|before)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?P<clause>(?:he|she|it|they|we|I|there)\s+(?:" + P.AUX_DO_ALT + r"|[a-z]+s|[a-z]+ed)\b)")
_ABOUT_QUANTITY = re.compile(
    r"about\s+(?:half|a\s+(?:third|quarter|dozen|fifth|tenth)|two-thirds|three-quarters|\d[\d,.]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|"
    r"\$)[^.;]*?\s(?:is|was|are|were|have|had|has|will|would|could|[a-z]+ed|[a-z]+s)\b")


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
    if not rest or rest[:1] in ".;!?" or _TRAILER_AFTER.match(rest) or GAP_VERB.match(rest):
        # ('..., ''a fringe,'' he said, would ...': the sentence resumes after a trailer)
        return False
    return len(_WORDS_TO_END.match(rest).group().split()) >= 4


_INV_RESUME = re.compile(
    r",\s+(?:[^,;:.\"\u201c\u201d]{1,120}?,\s+)?(?P<r>(?!(?:his|this|its|hers|as|us|plus|perhaps|less|"
    r"unless|whereas|thus|always|sometimes|besides|was\s+(?:a|an|the)\b)\b)(?:" + P.AUX_DO_ALT
    + r"|[a-z]+ed|[a-z]+s)\b)")


# "the shift the panel warned about in its report", "agree on — X": the
# preposition's object is a relative gap; what follows is an adjunct or an aside
_PREP_GAP = re.compile(r"(?:in|at|during|since|after|before|by|from|throughout|last|earlier|later)\b|"
                       r"[\u2014\u2013]|--?\s")


_ADJUNCT_WORD = re.compile(r"(?:on|in|at|during|after|before|to|from|with|by|of|about)\b")
    # ("experts note that ...": a plural subject and a plural verb)


# --- step 4: classify the frame ---------------------------------------------

# the marks a double quotation opens and closes with (``quotes.find_quotes``, mistyped ones too)
_DOUBLE_MARKS = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb")


def weak_cue_frameless(ctx: Ctx, cue: Cue, adj: Adjuncts) -> bool:
    """True when ``left_frame`` finds no frame for this weak cue whatever its
    subject: no "that", no prepositional object, words after the cue that
    neither end the clause nor open a quotation or a colon, no quotation
    reaching into the sentence (a trailer's closes before the subject, which
    starts in the sentence; an intro's opens after the cue), no adjunct tail
    of a comma trailer, and none of the bare complements a weak verb may take
    (``_weak_complement_ok`` without its tests of the subject).  Asked
    before the subject search: about 900 of the 2,000 weak cues that reach it
    in the first 1,500 Wikinews articles end here, the search's cost saved."""
    if not cue.weak or adj.has_that or cue.prep_object is not None:
        return False
    text, us, ue = ctx.text, cue.us, cue.ue
    after_stripped = text[adj.end:ue].lstrip(" \t")
    if not after_stripped or after_stripped[0] in ".;!?,:":
        return False
    k = us
    while k > 0 and text[k - 1] in " ,\t\u00a0":
        k -= 1
    if text[us:us + 1] in OPEN_Q or not _DOUBLE_MARKS.isdisjoint(text[max(k - 1, 0):ue + 1]) or any(
            q.close_at >= k for q in ctx.quotes[:bisect.bisect_right(ctx.qstarts, ue + 2)]):
        # (a quotation that opens by the sentence's end and closes in it or after it: a
        # double one by its marks, whose words may start after spaces; a single one from
        # the quotations, its marks being apostrophes too)
        return False
    if _adjunct_tail_trailer(ctx, cue, False, after_stripped):
        return False
    lemma, cls, finite = cue.lemma, cue.cls, not cue.participle
    if finite and (cue.data_source or (lemma in PLAN_LEMMAS and _INFINITIVE.match(after_stripped))
                   or (lemma in STANCE_OBJECT_LEMMAS and _NP_OBJECT.match(after_stripped))):
        return False
    return not ((WEAK_CLAUSE_COMPLEMENTS or (lemma in BARE_WEAK and finite)) and (
        (cls in ("cognition", "evidence") and _CLAUSE_SUBJ.match(after_stripped))
        or (cls == "volition" and _VOLITION_OBJ.match(after_stripped))))


def left_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, search: SourceSearch) -> Frame | None:
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
        if frame is None and not adj.has_that and _agentless_passive_junk(ctx, cue, subj):
            return None  # ("was announced in July, Roe said:": the quotation is Roe's)
    if frame is None and not cue.participle:
        frame = _adjuncts_then_quote_frame(ctx, cue, adj)
    if frame is None and cue.prep_object is not None and not cue.participle \
            and adj.end <= cue.prep_object[1] and subj.kind != "quote":
        frame = _prep_object_frame(ctx, cue, adj)
    if frame is None:
        return None
    segments = frame.segments
    if frame.rule in ("indirect.that", "indirect.complement", "mixed.intro") and len(segments) == 1:
        segments = [end_subordinate(ctx, cue.us, subj.start, segments[0])]
        if TIME_ONLY.fullmatch(ctx.text, *segments[0]):
            return None  # "As the Gazette reported just today, ...": no content at all
        if search.list_coordinated:
            # "hid the facts, admitted it withheld emails, and delayed ...": the
            # list of the subject's predicates goes on after the content
            lm = AND_PAST.search(ctx.text, segments[0][0], segments[0][1])
            if lm is not None and lm.start() - segments[0][0] > 2 \
                    and inside_quote(ctx, lm.start()) is None:
                segments = [(segments[0][0], lm.start())]
    src = (subj.start, subj.end)
    if ctx.text[src[0]:src[1]].strip().lower() in JUNK_SOURCE_CLEAR:
        src = None
    # (the frame is this call's own, made by one of the readers above: completed in place, not copied)
    frame.segments, frame.source, frame.cue, frame.apposition = segments, src, (subj.cue_start, frame.cue[1]), \
        subj.apposition
    return frame


def _around(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject) -> Around:
    text = ctx.text
    after = text[adj.end:cue.ue]
    after_stripped = after.lstrip(" \t")
    q_before = quote_closing_before(ctx, subj.start)
    if q_before is not None and text[q_before.end - 1:q_before.end] == "." \
            and "," not in text[q_before.close_at:subj.start] and not _BARE_END.match(after_stripped) \
            and not _adjunct_to_end(after_stripped, adj.has_that):
        # '"A." He added, "B."': the first quotation ended its sentence
        # (but '"A." Roe said.' is a trailer with a stray period, and so is
        # '"A." Roe said, referring to the port.': an adjunct to the end)
        q_before = None
    if q_before is not None and not adj.has_that and _embedded_title_quote(ctx, q_before, cue.us, adj.end, cue.ue):
        # 'Sunday on Rolo TV's "Morning Desk," Osk said the plan ...': a short
        # quoted title inside a leading adjunct, not the words of a trailer
        q_before = None
    return Around(after, after_stripped, after_stripped[:1], q_before, quote_opening_after(ctx, adj.end))


_COMMA_ADJUNCT = re.compile(r",\s+" + _TRAILER_AFTER.pattern)
# a "that" clause the cue or a participle of saying takes (not a relative: "the
# province that borders ...")
_THAT_WORD = re.compile(r"(?:,\s*|\b(?:adding|noting|saying|stating|insisting|arguing|claiming|warning)\s+)that\b")


def _adjunct_to_end(after: str, has_that: bool) -> bool:
    """After a cue, a comma and an adjunct or a participle of the saying that runs
    to the sentence's end with no quotation nor "that" clause (", referring to the
    port.", ", after the meeting."): the cue takes nothing after it."""
    return not has_that and _COMMA_ADJUNCT.match(after) is not None and ANY_QUOTE.search(after) is None \
        and _THAT_WORD.search(after) is None


def _quote_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject, around: Around) -> Frame | None:
    """The frames decided by what is next to the cue, tried in this order and
    exclusive: a direct trailer, a trailer with a short object, an intro
    (colon or quotation after), an indirect trailer after a comma clause."""
    text, has_that, kind = ctx.text, adj.has_that, subj.kind
    after, after_stripped, nxt = around.after, around.after_stripped, around.nxt
    q_before, q_after = around.q_before, around.q_after
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
                             and _TRAILER_AFTER.match(after_stripped))
                            or _adjunct_tail_trailer(ctx, cue, has_that, after_stripped)):
        # "..., officials said." / "... plans, advisers say, to ..."
        return _comma_trailer_frame(ctx, cue, adj, subj, nxt)
    return None


def _adjunct_tail_trailer(ctx: Ctx, cue: Cue, has_that: bool, after_stripped: str) -> bool:
    """ "..., Kell said in Paris.", "..., the office reported on Tuesday -- a
    development ...": a reporting verb whose tail is an adjunct to the end, after
    a comma clause that is no opening adjunct of its own ("In his speech, ...")."""
    if has_that or (cue.lemma not in ADJUNCT_LEMMAS and cue.lemma != "report"):
        return False
    if not (_PREP_TAIL_TO_END.match(after_stripped) or _DASH_TAIL.match(after_stripped)):
        return False
    if _PASSIVE_AUX.search(ctx.text, max(cue.us, cue.start - 40), cue.start):
        return False  # ("..., Roe could not be added in this cycle": no one speaks)
    return _OPENER.match(ctx.text, cue.us) is None


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
        q2 = split_rest(ctx, q_before, adj.end, ue)
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
            if rc and cue.lemma in NAMING_LEMMAS:
                rc = end_at_the_name(ctx, rc)  # ('what Roe called "the old model," the club ...')
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
    if cue.weak and cue.lemma not in TRAILER_OK and not _data_subject(ctx, cue, subj):
        return None  # (but "..., city records show.": data report what they show)
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


def _data_subject(ctx: Ctx, cue: Cue, subj: Subject) -> bool:
    """Is the subject of a data verb data ("records show", "the poll found")?"""
    return cue.data_source and not cue.participle and DATA_NOUN.search(ctx.text, subj.start, subj.end) is not None


def _weak_complement_ok(ctx: Ctx, cue: Cue, subj: Subject, after_stripped: str) -> bool:
    """A weak verb takes a bare complement only in the measured cases (see
    ``WEAK_CLAUSE_COMPLEMENTS``) or for data ("a poll shows ...")."""
    text, ss, se, lemma, cls = ctx.text, subj.start, subj.end, cue.lemma, cue.cls
    weak_ok = (WEAK_CLAUSE_COMPLEMENTS or (
        lemma in BARE_WEAK and not cue.participle and text[ss:se].lower() not in GENERIC_SUBJECTS
        and not _IF_BEFORE.search(text, max(cue.us, ss - 12), ss))) and cue.weak and (
        (cls in ("cognition", "evidence") and _CLAUSE_SUBJ.match(after_stripped)) or
        (cls == "volition" and _VOLITION_OBJ.match(after_stripped)))
    if _data_subject(ctx, cue, subj) or _plan_reported(ctx, cue, subj, after_stripped) \
            or _stance_object(ctx, cue, subj, after_stripped):
        weak_ok = True
    return bool(weak_ok)


# "wants to raise the levy", "plans to run", "sought to calm": a plan or an aim
# reported for its subject (PolNeAR annotates it; a passive or a bare "be"
# after "to" is a state, not a plan)
_INFINITIVE = re.compile(r"to\s+(?!be\s)[a-z]+\b")
# "may want to reconsider", "if you want to ...": advice or a supposition, no one's plan
_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|would|should|must|ought\s+to|if|when|unless)"
                           r"(?:\s+\w+)?\s+$", re.IGNORECASE)


# a subject that can hold a plan: a name, a pronoun, a determiner's noun phrase
# (not a verb the subject search took: "unveil", "dialing")
_PLANNER = re.compile(r"[A-Z]|(?:he|she|they|it|the|a|an|his|her|their|its|some|many|most|several|other|"
                      r"[\w-]+'s?)\b")


# ", and believes ...", ", but said ...": the subject's next predicate, after its
# plan; a sentence end before a quotation ('... next month. "All ...') the plan's end
_NEXT_PREDICATE = re.compile(r",\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?"
                             r"(?:[a-z]+(?:s|ed)|is|was|has|had|will|would|said|told|wrote)\b"
                             r"|[.!?]\s+[\"\u201c]")


def _plan_end(ctx: Ctx, cue: Cue, has_that: bool, rc: tuple[int, int] | None) -> tuple[int, int] | None:
    """A plan's infinitive ends where the subject's next predicate starts
    ("wants to see more jobs, and believes the bill ..." -> "to see more jobs")."""
    if rc is None or has_that or cue.lemma not in PLAN_LEMMAS:
        return rc
    m = _NEXT_PREDICATE.search(ctx.text, rc[0], rc[1])
    return rc if m is None else (rc[0], m.start())


def _plan_reported(ctx: Ctx, cue: Cue, subj: Subject, after_stripped: str) -> bool:
    """A plan or aim of the subject's ("Roe wants to raise the levy"): a volition
    verb with an infinitive, not after a modal or an "if", not of a generic "you"."""
    if cue.lemma not in PLAN_LEMMAS or cue.participle or _INFINITIVE.match(after_stripped) is None:
        return False
    return _held_by_subject(ctx, cue, subj)


def _held_by_subject(ctx: Ctx, cue: Cue, subj: Subject) -> bool:
    """A subject that can hold a plan or a stance (a name, a pronoun, a noun
    phrase; not a generic "you" nor a first person, whose wish is speech of its
    own or the writer's), and no modal or "if" before the cue."""
    text = ctx.text
    mention = text[subj.start:subj.end].strip()
    if mention.lower() in GENERIC_SUBJECTS or mention.lower() in ("i", "we") or not _PLANNER.match(mention):
        return False
    return _MODAL_BEFORE.search(text, max(cue.us, cue.start - 30), cue.start) is None


# a noun phrase's first word: not a preposition, a conjunction or an infinitive
_NP_OBJECT = re.compile(r"(?!(?:to|that|in|on|at|for|with|by|from|about|as|and|or|but|of|over|during)\b)[A-Za-z]")


def _stance_object(ctx: Ctx, cue: Cue, subj: Subject, after_stripped: str) -> bool:
    """A stance taken on a named object ("Roe endorsed Dale"): a noun phrase
    after the cue, held by the subject as a plan is."""
    if cue.lemma not in STANCE_OBJECT_LEMMAS or cue.participle or _NP_OBJECT.match(after_stripped) is None:
        return False
    return _held_by_subject(ctx, cue, subj)


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


def _first_person_writing(ctx: Ctx, cue: Cue, subj: Subject, rc: tuple[int, int]) -> bool:
    """ "I write books", "we wrote it over two weeks": a first person's writing
    with a plain object names what was written, not what it says (a report of
    speech has "that", a quotation or a clause: "I wrote that the levy would rise")."""
    if cue.lemma not in COMPOSITION_LEMMAS or ctx.text[subj.start:subj.end].strip().lower() not in ("i", "we"):
        return False
    return not _CLAUSE_SUBJ.match(ctx.text, rc[0]) or ctx.text.startswith(("it ", "them ", "this ", "that "), rc[0])


# a passive auxiliary right before the cue ("has been", "were also", "is not")
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\s+"
                          r"(?:(?:\w+ly|also|not|never|then|later|since|once|even|still)\s+)*$", re.IGNORECASE)


# "was called to testify", "were called in", "was called for Cruz": a summons or
# a race called, not a name given ("has been called a reformer")
_CALLED_SOMEWHERE = re.compile(r"\s*(?:to|in|into|off|out|up|upon|on|for|back|away|before)\b", re.IGNORECASE)


def _agentless_passive_junk(ctx: Ctx, cue: Cue, subj: Subject) -> bool:
    """An agentless passive with a bare complement reports nothing: "was
    admitted to hospital", "were denied access", "is mentioned more often",
    "was asked if ..." (a question put to the subject, who said nothing yet).
    Kept: an expletive "it" ("it is claimed the ..."), a charge or hearsay
    (``PASSIVE_REPORTING_LEMMAS``: "was accused of", "were reported killed")."""
    text = ctx.text
    verb = cue.form.split()[0].lower()
    if not (verb.endswith(("ed", "en", "wn")) or verb in IRREGULAR_PARTICIPLES):
        return False  # "is calling for", "there are fears": no passive
    if not _PASSIVE_AUX.search(text, max(subj.end, cue.start - 40), cue.start):
        return False
    if text[subj.start:subj.end].strip().lower() == "it" or cue.lemma in PASSIVE_REPORTING_LEMMAS:
        return False
    return cue.lemma != "call" or _CALLED_SOMEWHERE.match(text, cue.end) is not None


# (round 51) what follows a demonstrative "that" as the cue's object: a phrase on a
# preposition or "to" and nothing more, up to the sentence's end ("add that to the list",
# "I want that to be clear"; not "said that on Monday, the port ...": a clause goes on)
_THAT_AS_OBJECT = re.compile(r"(?:that\s+)?(?:to|in|on|at|for|from|into|with|by|about|as)"
                             r"(?:\s+(?!(?:" + P.AUX_DO_ALT + r"|shall|he|she|it|they|we|i|you)\b)(?!\d)"
                             r"[\w'\u2019-]+){1,3}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[\"\u201d'\u2019]?\s*(?:[.!?]|$)")


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
    rc = _plan_end(ctx, cue, has_that, _complement_content(ctx, cue, adj, subj))
    if rc is None or (lemma == "ask" and not has_that and _ASKED_FOR.fullmatch(ctx.text, rc[0], rc[1])):
        return None  # "asked three firms for comment": a request, nothing stated
    if lemma == "recall" and not has_that and _recalled_goods(ctx, subj, rc):
        return None  # "Kelp Motors recalled 4,000 cars": goods called back, no memory told
    if not has_that and _first_person_writing(ctx, cue, subj, rc):
        return None  # "I write letters to politicians": the writer's pastime, nothing reported
    if not has_that and _agentless_passive_junk(ctx, cue, subj):
        return None  # "was admitted to hospital", "were denied access": its subject is no speaker
    if not has_that and ctx.text.startswith("according to", rc[0]):
        return None  # '"...," Roe said according to reports': the relay, not what was said
    if has_that and _THAT_AS_OBJECT.fullmatch(ctx.text, rc[0], rc[1]) and _SENTENCE_END.match(ctx.text, rc[1]):
        return None  # "add that to the list", "repeated that on Monday": "that" is the object, no clause
    conf = 0.75 if has_that else 0.6
    if cue.weak and not has_that:
        conf = 0.45
    cue_end = adj.cue_end
    pm = None if has_that else P.PREP_AFTER_CUE.match(ctx.text, cue.end)
    if pm is not None and pm.start(1) == rc[0] < pm.end() < rc[1] and not _ABOUT_QUANTITY.match(ctx.text, rc[0]):
        # "warned of a recession": the preposition joins the cue
        rc, cue_end = (pm.end(), rc[1]), max(cue_end, pm.end(1))
        if bare_quantity(ctx.text[rc[0]:rc[1]]):
            return None  # ("argued for much less": an amount, nothing said)
    return Frame([rc], "indirect.that" if has_that else "indirect.complement", conf, "indirect", None,
                 (cue.start, cue_end))


def _complement_content(ctx: Ctx, cue: Cue, adj: Adjuncts, subj: Subject) -> tuple[int, int] | None:
    """The complement's span after the cue, cut and screened."""
    text, has_that, lemma, us, ss = ctx.text, adj.has_that, cue.lemma, cue.us, subj.start
    rc = cut_contrast_clause(ctx, right_content(ctx, adj.end, cue.ue))
    if rc is not None and not has_that and subj.kind == "comma" and _DASH_TAIL.match(text, rc[0]):
        return None  # ("..., Roe said at an event -- an apparent reversal": the writer's gloss)
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
            GAP_VERB.match(text, rc[0]) and REL_BEFORE.search(text, max(us, ss - 40), ss)) and not (
            lemma in AS_LEMMAS and text.startswith("as ", rc[0])
            and _REL_PRON_BEFORE.search(text, max(us, ss - 12), ss)):
        # ("which he described as 'a jewel'": the object is the gap)
        # ("which he said would ...", "a probe the agency said was ...":
        # the relative clause's subject is the gap, the rest is the content)
        return None
    if lemma in NP_OBJECT_CUES:
        rc = cut_object_adjunct(text, rc)
    if lemma in SHORT_OBJECT_LEMMAS:
        rc = cut_short_object(ctx, rc)
    if lemma in NAMING_LEMMAS:
        rc = end_at_the_name(ctx, rc)
    if lemma not in CLAUSE_LEMMAS:
        rc = cut_coordinated_predicate(ctx, rc)
    rc = cut_next_speaker(ctx, rc)
    if junk_complement(ctx, lemma, cue.form, rc, ss, subj.end, cue.end):
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


# a topic (a noun phrase) ends before its subject's next predicate with an auxiliary
_AND_AUX = re.compile(r",\s+(?:and|but)\s+(?:(?:also|then|instead|later)\s+)?"
                      r"(?:is|was|has|have|had|will|would|did|does)\b")


def _prep_object_frame(ctx: Ctx, cue: Cue, adj: Adjuncts) -> Frame | None:
    """ "wrote about the event": the prepositional object is the content."""
    text = ctx.text
    prep_obj = cue.prep_object
    rc = right_content(ctx, prep_obj[1], cue.ue)
    if rc is None or _TIME_OR_PLACE.match(text, rc[0]) or rc[1] - rc[0] > 200 or _PREP_GAP.match(text, rc[0]) \
            or bare_quantity(text[rc[0]:rc[1]]):
        return None  # (nor "agreed on something": an amount, nothing said)
    if cue.lemma in SHORT_OBJECT_LEMMAS:
        rc = cut_short_object(ctx, rc)
    rc = cut_coordinated_predicate(ctx, rc)  # ("wrote about the plan and left")
    am = _AND_AUX.search(text, rc[0], rc[1])  # ("commented on the plan, but has urged ...")
    if am is not None:
        rc = (rc[0], am.start())
    return Frame([rc], "indirect.prep_object", 0.5, "indirect", None, (cue.start, max(adj.cue_end, prep_obj[0])))


def subject_with_relative(ctx: Ctx, cue: Cue) -> bool:
    """Is all before the cue a noun phrase and its "who" clause, so that no
    source follows the cue ("Growers, who ..., said the news came ...")?"""
    text, cut = ctx.text, cue.start
    while cut > cue.us and text[cut - 1] in " ,":
        cut -= 1
    ls, le = trim_span(text, cue.us, cut)
    m = _SUBJECT_WITH_WHO.fullmatch(text, ls, le)
    return m is not None and FINITE.search(m.group("np")) is None  # (not "He is not Roe, who ...")


def subject_before_cue(ctx: Ctx, cue: Cue, im: re.Match) -> bool:
    """Is all before the cue its subject, so that what follows the cue is its
    object and no inverted source: a noun phrase with a "who" clause, or one
    with its apposition and no verb ("The deputy director of the hospital, Ann
    Vole, announced the death of the minister"; not when the sentence resumes
    after the would-be source: "The Kelp plan, a bold one, says Roe, would fail")?"""
    if subject_with_relative(ctx, cue):
        return True
    text, cut = ctx.text, cue.start
    if _INV_RESUME.match(text, im.end("src"), cue.ue) is not None:
        return False
    while cut > cue.us and text[cut - 1] in " ,":
        cut -= 1
    ls, le = trim_span(text, cue.us, cut)
    return _verbless_subject(text, ls, le)


def inverted_frame(ctx: Ctx, cue: Cue, adj: Adjuncts, im: re.Match) -> Frame | None:
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
    # (after a quotation, any lower-case office: "said acting state engineer, Jo Roe")
    holder = _holder_named_after(text, im.start("src"), im.end("src"), ue, im.re is P.QUOTE_TRAILER_SOURCE)
    src = holder.name if holder else (im.start("src"), im.end("src"))
    office = holder.office if holder else None  # "said the chief executive, Jo Roe": her role
    cue_span = (cue_s, adj.cue_end)
    if q_before is None:
        frame = _inverted_indirect_frame(ctx, cue, src, cue_span)
        return frame and dataclasses.replace(frame, apposition=office)
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
        q2 = split_rest(ctx, q_before, src[1], ue)
        if q2 is not None:
            for q in quote_forward(ctx, q2):
                segments.append((q.start, q.end))
            rule = "direct.split_inverted"
    return Frame(segments, rule, 0.9, qtype, src, cue_span, office)


_HOLDER_NAME = re.compile(P.INV_OFFICE_HOLDER)
_ROLE_PP = re.compile(r"\s(?:of|for|at|to|in)\s")


class Holder(NamedTuple):
    """An office after an inverted cue and the name of who holds it."""

    office: tuple[int, int]  # "the company's chief executive", "Chair of the Harbour Board": the role
    name: tuple[int, int]  # "Jo Roe": the source (the office may name a company: "at Kelp Bank")


def _holder_named_after(text: str, start: int, end: int, ue: int, any_office: bool = False) -> Holder | None:
    """The holder named after an inverted source that is an office, so that the
    speaker is the holder and the office the role; None for any other source.
    An office is a known one, or with ``any_office`` any lower-case head noun."""
    m = _HOLDER_NAME.match(text, end, ue)
    if m is None:
        return None
    head = _ROLE_PP.split(text[start:end], 1)[0].rsplit(None, 1)[-1]
    known = head.lower() in OFFICE_HEADS or head.lower() in ROLES_BEFORE_NAME
    if not (known or (any_office and head.islower())):
        return None
    return Holder((start, m.end("pp") if m.group("pp") else end), (m.start("name"), m.end("name")))


_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*")
_CAPITAL_INSIDE = re.compile(r"\s[A-Z]")


def _verbless_subject(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a noun phrase with its apposition ("Police chief in
    Kelp, Ann Vole", "Kelp Mining, a unit of Vole Inc.", "Judicial Watch, in
    releasing the email") -- a name after its first word, a comma, and no word
    that could be a finite verb (an auxiliary, an "-ed" or "-s" form, a common
    irregular past) and no quotation?"""
    if text.find(", ", s, e) < 0 or _CAPITAL_INSIDE.search(text, s, e) is None \
            or ANY_QUOTE.search(text, s, e) is not None:
        return False  # (a quotation is what was said)
    for m in _LOWER_WORD.finditer(text, s, e):
        w = m.group()
        if w in IRREGULAR_PASTS or FINITE.fullmatch(w) or (len(w) > 3 and w.endswith(("ed", "s"))):
            return False
    return True


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
