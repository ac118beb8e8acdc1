"""Step 1 of a cue: screens that decide whether a cue is speech at all.

A noun reading ("the report", "a call"), narration after a quotation, a cue
inside an "according to" trailer or already taken by an earlier claim, a
sentence-opening participle: cheap tests that run before any source search.
"""

from __future__ import annotations

import re

from ...models import Claim
from .. import claim_index
from ..context import (
    DETERMINERS,
    OPEN_Q,
    QUESTION_CLOSERS,
    Ctx,
    content_quote_type,
    cue_lemma,
    inside_quote,
    make_claim,
    make_span,
    quote_closing_before,
    without_trailing_conjunction,
)
from ..lexicon import (
    ASKING_LEMMAS,
    BARE_WEAK,
    HYPOTHETICAL_MODALS,
    INITIAL_PARTICIPLE_NOT,
    MODAL_ADVERBS,
    MAIN_SPEECH,
    NAME_WORDS,
    NOUN_BEFORE,
    NOUNISH_CUE_FORMS,
    PERCEIVED_LEMMAS,
    PREP_ENDINGS,
    PREP_OBJECT_LEMMAS,
    QUESTION_OPENERS,
    STANCE_LEMMAS,
    STANCE_OF_CLASS,
    VENUE_PREPOSITIONS,
    WEAK_LEMMAS,
)
from .. import patterns as P
from ..sources import left_source, sentence_left_edge, unit_subject

# (a manner adverb or "out"/"up" may stand between: "spoke highly of", "speaking out about")
_PREP_OBJ = re.compile(r"\s+(?:(?:" + P.MANNER_ADV + r"|out|up)\s+)?(about|of|on|upon|with|to|against)\s+(?=\S)")
_REFUSE_TO_SPEAK = re.compile(
    r"\s+to\s+(?:publicly\s+|immediately\s+|directly\s+|further\s+)?(?:comment|say|discuss|answer|specify|"
    r"elaborate|respond|confirm|deny|disclose|reveal|name|identify|talk|speak|detail|address|explain|"
    r"characterize|describe|predict|rule\s+out|endorse|apologi[sz]e|condemn|denounce|criticize|"
    r"answer|repudiate|disavow|retract|take\s+questions)\b")
_COORD_CUE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|later|quickly|even)\s+)?$")


_ASCII_WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'"


def prev_word(text: str, lo: int, hi: int) -> str | None:
    """The word (word characters and apostrophes) right before the whitespace
    that ends ``text[lo:hi]``, cut at ``lo``; None when the window does not end
    in whitespace after such a word.  (A scan from the end: the regex it
    replaces, a word then spaces then the end, was tried at every character of
    the window, for most cues.)"""
    e = lo + len(text[lo:hi].rstrip())  # (``str.rstrip`` strips what ``\s`` matches)
    s = lo + len(text[lo:e].rstrip(_ASCII_WORD))  # (the ASCII ones in one C call, then any others)
    while s > lo and (text[s - 1].isalnum() or text[s - 1] in "_'\u2019"):  # (``\w``: alphanumeric or "_")
        s -= 1
    return text[s:e] if s < e < hi else None


LONG_SUBJ_BAD_START = re.compile(
    r"(?:In|On|At|After|Before|When|While|If|As|Because|Although|Though|But|And|So|Yet|Or|Since|"
    r"Until|Once|Unless|With|Without|For|From|During|By|Despite|Still|However|Meanwhile|Then|"
    r"There|It|This|That|What|How|Why|Where|Who|To|Of|Asked|According|Among|Like|Unlike|Last|"
    r"Earlier|Later|Recently|Today|Yesterday|Now|Here|Also|Instead|Indeed|Rather|Even|Only)\b")
SUBJ_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|first|quickly|repeatedly|publicly|often|never|once|initially|"
    r"has|have|had|was|were|is|are|did|would|will)\s+)*"
    r"(?:[a-z]{2,}ed|took|went|made|gave|stood|spent|met|sent|spoke|began|came|got|kept|held|"
    r"sought|fought|wrote|told|said|thought|felt|led|saw|broke|chose|became|hit|let|cut|won|lost|"
    r"ran|drew|brought|threw|struck|left|put|paid)\b")




def hypothetical_cue(text: str, lemma: str, us: int, cue_s: int) -> bool:
    """Is the cue a speech act that may happen, not one that did ("the panel
    could declare ...", "some might argue that ...", "could have asked")?  The
    words before it, read backwards past "have" and an adverb, end at "could"
    or "might" (lower case: a capitalised "Could" opens a question); "could
    feel/see that" is a past perception and stays."""
    lo = max(us, cue_s - 40)
    if lemma in PERCEIVED_LEMMAS or (text.find("could", lo, cue_s) < 0 and text.find("might", lo, cue_s) < 0):
        return False  # (two C scans rule out almost every cue)
    end = cue_s
    word = prev_word(text, max(us, end - 24), end)  # (a short window: no copy of the sentence per cue)
    for _ in range(2):
        if word != "have" and word not in MODAL_ADVERBS:
            break
        end = text.rindex(word, us, end)
        word = prev_word(text, max(us, end - 24), end)
    return word in HYPOTHETICAL_MODALS


def in_question(ctx: Ctx, lemma: str, us: int, ue: int) -> bool:
    """Is the cue's sentence a direct question of the writer's or an
    interviewer's ("Do you think that the board was right?", "How does the
    group feel about ...?"): opened by an auxiliary or a question word, ended
    by a "?" outside any quotation?  A cue that puts the question ("asked")
    still reports it."""
    text = ctx.text
    if lemma in ASKING_LEMMAS:
        return False
    end = ue
    while end > us and text[end - 1] in QUESTION_CLOSERS:  # (no copy of the sentence for every cue)
        end -= 1
    if end == us or text[end - 1] != "?":
        return False
    k = us
    while k < ue and text[k] in OPEN_Q:
        k += 1
    first = text[k:k + 9].split(None, 1)
    if not first or first[0].rstrip(",") not in QUESTION_OPENERS:
        return False
    return inside_quote(ctx, end - 1) is None and inside_quote(ctx, k) is None


# "After saying ...", "While insisting ...", "But in explaining ...": a subordinator
# before an opening participle clause (the clause is still the main subject's speech)
OPENING_SUBORDINATOR = re.compile(r"(?:(?:But|And|Yet|So|Even|Just|Only)\s+)?"
                                  r"(?:[Aa]fter|[Ww]hilst|[Ww]hile|[Bb]efore|[Ss]ince|[Ww]hen|[Ii]n|[Bb]y|[Uu]pon)(?:\s+[a-z]+ly)?")


def initial_participle(ctx: Ctx, form: str, lemma: str, cue_s: int, cue_e: int, us: int, ue: int) -> None:
    """ "Noting that the vote was close, Roe said ...", "After saying he was
    nervous, the man ...": a participle clause opening the sentence is the main
    clause subject's speech; its content runs to the comma that closes the
    clause (a comma inside a quotation does not count)."""
    text = ctx.text
    lead = text[us:cue_s].strip(" \"\u201c'")
    if (lead and not OPENING_SUBORDINATOR.fullmatch(lead)) or lemma in WEAK_LEMMAS or lemma in BARE_WEAK \
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
    if len(text[cs:end].split()) < 2 or _venue_phrase(text, cs, end, lemma):
        return
    rest = end + 1
    while rest < ue and text[rest] in " \"\u201d'\u2019,":
        rest += 1
    subj = unit_subject(ctx, rest, ue)
    if subj is None or subj[0] != rest:
        return
    ss, se = subj
    words = text[ss:se].split()
    if not words or LONG_SUBJ_BAD_START.match(words[0]) or words[-1].lower() in DETERMINERS:
        return
    if SUBJ_VERB_AFTER.match(text, se, ue) is None and not re.match(
            r"\s+(?:(?:also|then|later|again|still|has|have|had|was|were|is|are|will|would)\s+)*[a-z]+(?:s|ed)\b"
            r"|\s+(?:said|told|wrote|says|spoke|took|went|made|gave)\b"
            r"|\s+(?:will|would|could|can|may|might|must|should|did|does)\s+(?:not\s+)?(?:also\s+)?[a-z]{2,}\b",
            text[se:ue]):
        return
    c = make_claim(ctx, cs, end, (ss, se), (cue_s, cue_e), "indirect.initial_participle", 0.6,
              quote_type=content_quote_type(ctx, cs, end, lemma, text.startswith("that ", cs)),
              lemma=lemma, stance=stance_of(lemma, cue_lemma(form)[1]))
    if c is not None:
        ctx.cue_taken.add(cue_s)


_REPORTS_WITHIN = re.compile(r"\sthat\s|[\"\u201c]")


def _venue_phrase(text: str, cs: int, end: int, lemma: str) -> bool:
    """Does an opening participle's phrase start with a preposition of place or venue the verb does not
    take for its object ("Writing in the Gazette,", "Writing for the court,", "Adding to the pressure,"),
    and report nothing after it ("announcing in May that ...")?"""
    first = text[cs:cs + 6].split(None, 1)
    prep = first[0].lower() if first else ""
    if prep in PREP_OBJECT_LEMMAS.get(lemma, ()) or _REPORTS_WITHIN.search(text, cs, end):
        return False
    return prep in VENUE_PREPOSITIONS or (prep == "for" and lemma == "write")


def inside_according_trailer(ctx: Ctx, cue_s: int, us: int) -> bool:
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
    seen = ctx._according_trailer_seen
    if seen is None or seen[0] is not claims or seen[1] > len(claims):
        seen = ctx._according_trailer_seen = [claims, 0, False]
    if not seen[2]:
        n = len(claims)
        for i in range(seen[1], n):  # (a loop, not any(): most calls look at 0-2 new claims)
            if claims[i].rule == "according_to.trailer":
                seen[2] = True
                break
        seen[1] = n
    return seen[2]


def yield_to_earlier_claim(ctx: Ctx, form: str, lemma: str, cue_s: int, us: int) -> bool:
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
            prev = prev_word(text, max(us, cue_s - 24), cue_s)
            noun = form.lower() in NOUNISH_CUE_FORMS and prev is not None and prev.lower() in NOUN_BEFORE
            if lemma in MAIN_SPEECH and not form.endswith("ing") and c.quote_type != "direct" \
                    and not noun:  # ("there were lots of tweets" goes on)
                # "A said the plan failed, B said ...": the first content ran on; end it
                # before the second source and let the second claim stand
                inner = left_source(ctx, us, cue_s)
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


def after_quote_trailer(ctx: Ctx, us: int, cue_s: int) -> bool:
    """'"...," the group states' / '"...," Roe notes': a closed quotation, then a short
    subject and the cue -- the noun-like form is the verb of a direct trailer."""
    k = sentence_left_edge(ctx.text, us, cue_s)
    q = quote_closing_before(ctx, k) if k < cue_s else None
    if q is None or ctx.text[q.end - 1:q.end] not in ",?!":
        return False
    return _QUOTE_SUBJ.fullmatch(ctx.text, k, cue_s) is not None


# "One report from the Gazette says ...", "One reported case involved ...",
# "Another alleged issue is ...": a lone "One"/"Another" opening the sentence
# before a cue-like word -- a noun ("report"), or a participle used as an
# adjective before its noun and the sentence's verb -- is no speaker
_LONE_QUANTIFIER = re.compile(r"[\"\u201c']?(?:One|Another)\s+(?:(?:recently|widely|previously|severely|"
                              r"often|also|publicly)\s+)?$")
_NOUN_THEN_VERB = re.compile(r"\s+(?!(?:he|she|it|we|they|you|i|there|this|that|these|those|the|a|an|his|her|its|"
                             r"their|our|my|your|some|no|one)\s)[a-z][\w-]*\s+"
                             r"(?:is|was|are|were|will|would|has|had|involved|involves)\b")


def _quantifier_before_noun(text: str, form: str, lemma: str, cue_s: int, cue_e: int, us: int) -> bool:
    """A cue word after a lone opening "One"/"Another" that reads as a noun or an
    adjective (see ``_LONE_QUANTIFIER``)."""
    if _LONE_QUANTIFIER.fullmatch(text, us, cue_s) is None:
        return False
    low = form.lower()
    if low.endswith("ed"):
        return _NOUN_THEN_VERB.match(text, cue_e) is not None
    return low in NOUNISH_CUE_FORMS and low == lemma


def noun_or_narration(ctx: Ctx, form: str, lemma: str, cue_s: int, cue_e: int, us: int) -> bool:
    """Cheap exits before any source search: "declined 3 percent", "state
    delegate", "pledged delegates", "the report".  (Asked only for the forms
    ``may_be_noun_or_narration`` lets through: an exit added here must be
    added there.)"""
    text = ctx.text
    low_form0 = form.lower()
    if lemma in ("decline", "refuse") and not _REFUSE_TO_SPEAK.match(text, cue_e):
        # "declined to comment" is a refusal to speak; "refused to back the sanctions"
        # and "sales declined 3 percent" are narration
        return True
    if (low_form0 in ("state", "states") or (low_form0 in ("pledged", "promising")
                                             and not text.startswith(" to ", cue_e))) \
            and "that" not in text[cue_e:cue_e + 40] and not (
                low_form0 in ("state", "states") and after_quote_trailer(ctx, us, cue_s)):
        # mostly nouns/adjectives ("Minnesota state delegate", "pledged delegates");
        # a verb after a quotation and its subject ('"...," the group states.')
        return True
    if _quantifier_before_noun(text, form, lemma, cue_s, cue_e, us):
        return True
    if low_form0 in ("attack", "attacks"):
        # mostly the noun ("the Paris attacks"); the verb only after a pronoun subject
        prev = prev_word(text, max(us, cue_s - 24), cue_s)
        if prev is None or prev.lower() not in ("he", "she", "they", "we", "i", "who", "it"):
            return True
    if low_form0 in NOUNISH_CUE_FORMS:
        # cheap exit for noun readings: "the report", "a call", "its statement"
        prev = prev_word(text, max(us, cue_s - 24), cue_s)
        if prev is not None and prev.lower() in NOUN_BEFORE and not (
                prev[:1].isupper() and prev.lower() in NAME_WORDS) and not (
                prev.lower() == "to" and low_form0 == lemma
                and CONTROL_TO.search(text, max(us, cue_s - 40), cue_s)):
            # (but "went on to call", "continued to question" are verbs)
            # ("the press reports", but "The Associated Press reports that ...")
            return True
    return False


def may_be_noun_or_narration(low_form: str, lemma: str) -> bool:
    """False when ``noun_or_narration`` is False for this cue form whatever
    its sentence: each of its exits needs one of these forms or lemmas (read
    once per form by ``cue._FormFacts``, not per cue; a new exit there must
    add its form here)."""
    return lemma in ("decline", "refuse") or low_form in ("state", "states", "pledged", "promising", "attack",
                                                          "attacks") \
        or low_form.endswith("ed") or low_form in NOUNISH_CUE_FORMS


def stance_of(lemma: str, cls: str) -> str:
    """The stance a cue carries, from its lexicon class."""
    if lemma in STANCE_LEMMAS:
        return "stance"
    return STANCE_OF_CLASS.get(cls) or "assertion"


# "went on to call", "continued to question", "tried to discuss", "refused to
# call": an aspect or try verb before "to" makes the bare form a verb of the
# subject's speech, even for forms that are mostly nouns or not annotated
CONTROL_TO = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|(?:went|goes|go|going)\s+on|tr(?:y|ies|ied|ying)|s(?:ought|eeks?|eeking)|"
    r"refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|moved|hesitated|began|begins|started|starts|decided|"
    r"seemed|seems|appeared|appears)\s+to\s+(?:(?:also|again|publicly|openly|even|then|later)\s+)?$")


def _end_earlier(ctx: Ctx, c: Claim, ne: int) -> None:
    """End claim ``c``'s content at ``ne`` (undone by ``extract_cue`` when the
    cue that caused it makes no claim)."""
    if ctx.pending_cuts is not None:
        ctx.pending_cuts.append((c, c.content, c.id))
    ne = without_trailing_conjunction(ctx.text, c.content.start, ne)
    c.content = make_span(ctx.text, c.content.start, ne)
    c.id = f"{ctx.article.id}:{c.content.start}-{ne}"


def prep_object(text: str, form: str, lemma: str, cue_e: int, ue: int) -> tuple[int, int] | None:
    """ "wrote about the event", "joked about stereotypes", "agreed with much of it"."""
    if lemma not in PREP_OBJECT_LEMMAS:
        return None
    if form.lower().endswith(PREP_ENDINGS):
        return (cue_e, cue_e)
    pm = _PREP_OBJ.match(text, cue_e, ue)
    if pm is not None and pm.group(1) in PREP_OBJECT_LEMMAS[lemma]:
        return (pm.end(1), pm.end())
    return None
