"""The source of a cue: the noun phrase to its left (or the clause subject).

Why separate: finding where a source starts ("Sergei Lavrov, Russia's foreign
minister, said", "aides to X who ... said", "and later said") is the most
intricate and most reused part of the extractor -- verbal cues, nested "citing
X as saying", colon quotes and participles ("..., adding") all need it -- and it
is pure left-context walking with no knowledge of contents.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import NamedTuple

from . import claim_index
from . import patterns as P
from .anonymity import participle_before, relative_before
from .lexicon import (
    LOWER_PREPOSITIONS,
    CLAUSE_SUBJECTS,
    COLLECTIVE_NOUNS,
    COUNTRY_LIKE,
    COUNTRY_PAIRS,
    CUE_FORMS,
    ATTRIBUTIVE_ONLY,
    BODY_KIND_HEADS,
    DATE_WORDS,
    DOCUMENT_NOUNS,
    EXTRA_COLLECTIVE,
    HONORIFICS,
    IRREGULAR_PASTS,
    LY_NOT_ADVERBS,
    LY_NOUNS,
    MEDIA_WORDS,
    PERSON_DESCRIPTION_HEADS,
    PLACED_WITHIN_HEADS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS_BEYOND_STOPWORDS,
    JOINED_ARTICLES,
    NAME_PARTICLES,
    OFFICE_HEADS,
    OFFICIAL_NOUNS,
    OPENING_ADVERBS,
    PHRASE_DETERMINERS,
    SPEECH_NOUNS,
    ORG_HINTS,
    ORG_KIND_HEADS,
    TIME_NOUNS,
    TITLE_WORDS,
    TITLE_WORDS_AMBIGUOUS,
    TRAILING_SUBORDINATORS,
    WEEKDAYS,
)
from .context import Ctx, DETERMINERS, FINITE, PRONOUN_CONTRACTIONS, Subject, inside_quote
from .speakers import initials_name, joined_surname
from ..text import STOPWORDS

AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may",
       "might", "can", "did", "does", "do", "also", "later", "then", "previously", "earlier",
       "again", "repeatedly", "recently", "publicly", "privately", "once", "often", "never",
       "not", "already", "still", "initially", "first", "further", "ultimately", "separately",
       "quickly", "flatly", "firmly", "strongly", "bluntly", "frankly", "openly", "long",
       "just", "even", "only", "n't", "been", "being", "be", "reportedly", "allegedly",
       "should", "must", "shall", "angrily", "simply", "immediately", "subsequently",
       "essentially", "effectively", "basically", "actually", "specifically", "explicitly",
       "falsely", "wrongly", "correctly", "rightly", "apparently", "himself", "herself",
       "themselves", "itself", "personally", "officially", "directly", "indirectly", "both",
       "all", "each", "now", "previous", "back", "since", "ever", "always", "usually",
       "however", "though", "too", "instead", "meanwhile", "yesterday", "today", "tonight",
       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
       "last", "week", "night", "morning", "afternoon", "evening", "ago", "years", "months",
       "weeks", "days", "turn", "therefore", "nonetheless", "nevertheless", "don't", "doesn't",
       "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't",
       "haven't", "hadn't", "don\u2019t", "doesn\u2019t", "didn\u2019t", "won\u2019t",
       "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "hasn\u2019t", "haven\u2019t"}
_SKIP_AFTER_PREP = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "turn", "response", "addition", "part", "reply", "fact", "private", "public",
                    "particular", "contrast", "recent"}
BE_AUX = {"is", "was", "were", "are", "be", "been", "being"}
STOP = {"that", "which", "and", "but", "or", "while", "because", "when", "if", "as", "after",
        "before", "since", "although", "though", "so", "than", "where", "whether", "what",
        "whom", "whose", "why", "how", "to", "not", "nor", "yet", "until", "unless", "once",
        "also", "is", "was", "are", "were", "has", "have", "had", "be", "been", "will",
        "would", "could", "should", "can", "may", "might", "must", "did", "do", "does",
        "said", "says", "told", "say", "tell", "this", "there", "here", "then", "even",
        "just", "only", "however", "meanwhile", "instead", "moreover", "indeed", "thus",
        "hence", "still", "again", "yes", "no", "by", "into", "about", "over", "against",
        "between", "through", "during", "without", "within", "upon", "like", "unlike",
        "despite", "amid", "among", "toward", "towards", "across", "behind", "beyond",
        "under", "it's", "let", "per", "via", "whereas", "mean", "means", "meant", "get",
        "got", "made", "make", "saw", "see", "found", "find", "took", "take", "went", "go",
        "came", "come", "gave", "give", "put", "left", "won", "lost", "held", "kept",
        "called", "asked", "wanted", "want", "needed", "need", "tried", "try", "used"}
SUBJ_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}
NOT_BEFORE_SUBJECT = {"to", "the", "a", "an", "of", "for", "with", "by", "his", "her", "their",
                      "its", "our", "my", "your", "from", "into", "about", "on", "in", "at"}
PUNCT_STOP = set("<>/=|*#@+&,;:!?()[]{}\"'\u201c\u201d\u2018\u2019\u2014\u2013\u00ab\u00bb\u2026")
_REL_SUBJ = re.compile(
    r"(?P<np>(?:(?:[A-Z][\w.'\u2019&-]*|the|a|an|and|of|other|others|some|many)\s+){0,6}"
    r"(?:[A-Z][\w.'\u2019&-]*|[a-z][\w-]*s))\s+(?:who|that)\s+[^,;:\"\u201c\u201d]{1,90}$")


def _last_single_mark(text: str, mark: str, lo: int, hi: int) -> int:
    """The last single quotation mark in [lo, hi), passing over apostrophes inside a
    word ("Norland's harbour minister", "don't"): those close no quotation."""
    j = text.rfind(mark, lo, hi)
    while j > lo and text[j - 1].isalpha() and text[j + 1:j + 2].isalpha():
        j = text.rfind(mark, lo, j)
    return j


def sentence_left_edge(text, us, cue_s):
    """Start of the source before a cue: back over words to a quote mark or the unit start."""
    lo = max(us, cue_s - 120)
    k = max(text.rfind('"', lo, cue_s), text.rfind("\u201d", lo, cue_s),
            _last_single_mark(text, "'", lo, cue_s), _last_single_mark(text, "\u2019", lo, cue_s))
    if k < 0:
        return us if lo == us else cue_s
    k += 1
    while k < cue_s and text[k] in " ,":
        k += 1
    return k


_UNIT_NP = re.compile(
    r"[\"\u201c\u2018'(]?(?P<np>(?:(?:The|A|An|Some|Many|Several|Two|Three|Other|Most)\s+)?"
    r"(?:[A-Z][\w.'\u2019&-]*|[a-z][\w'\u2019-]*)(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|for|at|to|and|the|"
    r"[a-z][\w-]*(?:s|er|or|ist|ian|man|woman|person|ent|ant|ee)\b)){0,7})(?=,)")


_MID_ADV = re.compile(
    r"(?<![\w'\u2019-])(?:(?:in|at|for|over|on)\s+(?:the\s+)?(?:past|fact|particular|time|times|one\s+point|"
    r"first\s+time|recent\s+(?:days|weeks|months|years)|(?:last|past)\s+(?:few\s+|several\s+|two\s+)?"
    r"(?:days|weeks|months|years|decades?)|any\s+time|occasion|general|effect|some\s+point)"
    r"|(?:last|this)\s+(?:year|month|spring|summer|fall|autumn|winter)"
    r"|twice|seldom|rarely|frequently|routinely|consistently|soon|afterwards?)$")


# every word _MID_ADV can end with
_MID_ADV_LAST = ("past", "fact", "particular", "time", "times", "point", "days", "weeks", "months", "years",
                 "decade", "decades", "occasion", "general", "effect", "year", "month", "spring", "summer",
                 "fall", "autumn", "winter", "twice", "seldom", "rarely", "frequently", "routinely",
                 "consistently", "soon", "afterward", "afterwards")


_DOC_NOUNS = {"statement", "statements", "email", "emails", "e-mail", "tweet", "tweets", "letter", "letters",
              "memo", "message", "messages", "note", "release", "video", "ad", "ads", "op-ed", "article",
              "response", "report", "petition", "petitions", "signs", "banners", "website", "editorial",
              "column", "flyer", "mailer", "essay", "post", "posts", "blog", "appeal", "notice", "ruling",
              "order", "opinion", "brief", "filing", "complaint", "motion", "lawsuit", "suit", "document"}
_OBJ_VERBS = {"issued", "released", "sent", "put", "posted", "published", "emailed", "tweeted", "wrote",
              "penned", "filed", "drafted", "gave", "delivered", "aired", "ran", "launched", "unveiled",
              "circulated", "distributed", "shared", "signed", "fired", "issue", "release", "send",
              "post", "publish", "write", "draft", "file", "issues", "releases", "sends", "posts",
              "publishes", "writes", "files", "issuing", "releasing", "sending", "posting", "writing",
              "carried", "carrying", "held", "holding", "revised", "made", "putting", "firing"}


_ASPECT = {"began", "begun", "begin", "begins", "started", "start", "starts", "stopped", "stop", "stops",
           "continued", "continue", "continues", "kept", "keep", "keeps", "avoided", "avoid", "avoids",
           "resumed", "quit", "finished", "ceased"}


_ING_WORD = re.compile(r"[a-z]+ing\b")
_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s|s'|s\u2019)$")


def _name_word(word: str) -> bool:
    """A word of a person's name as written: capitalised, a particle ("van",
    "de") or a surname with a joined article ("al-Kelp")."""
    return word[:1].isupper() or word in NAME_PARTICLES or joined_surname(word) is not None


@dataclass(slots=True)
class _CueWords:
    """Where the cue starts once its auxiliaries and adverbs join it, and the
    last token left for the source."""

    cue_start: int
    last: int  # index into the tokens; -1 when nothing is left
    passive: bool  # a form of "be" joined the cue ("was told")


def left_source(ctx: Ctx, ustart: int, cue_start: int) -> Subject | None:
    """The source ending just before a cue (and its auxiliaries), or None.

    Steps: the noun phrase before an anonymity formula; the words that join the
    cue ("has also said"); then what ends the left context decides the reading:
    a pronoun, a contact clause, an apposition closed by a comma ("Jane Roe, a
    spokeswoman, said"), or a plain noun phrase.
    """
    found = _before_anonymity_formula(ctx, ustart, cue_start)
    if found is not None:
        return found
    text = ctx.text
    cue0 = cue_start
    wstart = max(ustart, cue_start - 150)
    toks, ctx._left_tokens = P.window_tokens(ctx._left_tokens, text, wstart, cue_start)
    words = _cue_words(text, toks, wstart, cue_start)
    cue_start, i = words.cue_start, words.last
    if words.passive and text.startswith(" by ", _cue_end_after(text, toks[-1][1] if toks else ustart)):
        # "was first reported by Politico": the agent follows; not a subject
        return None
    if i < 0:
        return None
    i = _before_parenthesis(toks, i)
    low0 = toks[i][2].lower().replace("\u2019", "'")
    if low0 in PRONOUN_CONTRACTIONS:
        res = _finish_left(ctx, toks, i, i, cue_start, ustart, None)
        return None if res is None else dataclasses.replace(res, end=res.start + low0.index("'"))
    if low0 in SUBJ_PRONOUNS:
        return _finish_left(ctx, toks, i, i, cue_start, ustart, None)
    contact = _contact_clause(toks, i)
    if contact is not None:
        return _finish_left(ctx, toks, contact, i, cue_start, ustart, None)
    toks = _commas_for_dashes(text, toks, i)
    toks = _comma_out_of_title(toks, i)
    t0 = toks[i][2]
    if t0 == ",":
        found = _whose_clause_opening(text, ustart, _apposition_source(ctx, toks, i, cue_start, ustart))
        return _name_before_bare_office(ctx, ustart, _described_opening_name(ctx, ustart, found))
    if t0 in PUNCT_STOP or t0 in (".", "-"):
        return None
    speaking = _speaking_opening_name(ctx, ustart, cue0)
    if speaking is not None:
        return speaking
    found = _described_opening_name(ctx, ustart, _noun_phrase_source(ctx, toks, i, cue_start, ustart))
    return found if found is not None else _unclosed_description_name(ctx, ustart, cue0)


# a name of up to five capitalised words opening the sentence, then its comma
_NAME_THEN_COMMA = r"[\s\"\u201c]*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}),\s+"
# a name opening the sentence, its comma, then a participle phrase of the occasion whose closing
# comma is missing before the cue ("Jo Roe, speaking to Kelp Radio about the rally said")
_SPEAKING_OPENING = re.compile(_NAME_THEN_COMMA + r"(?:speaking|talking|writing|testifying|appearing)\s+"
                               r"(?:to|on|in|at|before|with)\s[^,;:\"\u201c\u201d()]{1,80}?\s*$")


# a name opening the sentence, its comma, then a description whose closing comma is missing
# before the cue ("Ambassador Jo Roe, Kelpish envoy to the union said"): a lower-case word, an
# article or a capitalised word before a lower-case one opens it
_UNCLOSED_DESCRIPTION = re.compile(
    _NAME_THEN_COMMA + r"(?P<desc>(?:[a-z][\w'\u2019-]*|[A-Z][a-z]+\s+[a-z][\w-]*)[^,;:\"\u201c\u201d()]{1,80}?)\s*$")


# a word that makes a description after a name's comma a clause ("Jo Roe, who chairs the board")
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|is|was|has|had)\b")


def _unclosed_description_name(ctx: Ctx, ustart: int, cue_start: int) -> Subject | None:
    """The person named at the sentence's start when the walk back from the cue
    found nothing in the description after the name's comma ("Ambassador Jo
    Roe, Kelpish envoy to the union said, '...'"); the description is the role.
    Not a list ("Jo Roe, the mayor and her aides said") nor a clause."""
    text = ctx.text
    m = _UNCLOSED_DESCRIPTION.match(text, ustart, cue_start)
    if m is None or _opening_person(ctx, m) is None:
        return None
    desc = m.group("desc")
    first = desc.split()[0].lower()
    if _LISTED_AFTER_AND.search(desc) is not None or _CLAUSE_WORD.search(desc) is not None \
            or first.endswith(("ed", "ing")) or first in _NOT_OPENING_NAMES and not _DESCRIPTION_OPENS.match(desc):
        return None  # (a clause, a list; "Roe, alarmed by ...", "Roe, after ...": a phrase, no description)
    return Subject(cue_start, m.start("name"), m.end("desc"), m.start("name"), "start",
                   (m.start("desc"), m.end("desc")))


def _speaking_opening_name(ctx: Ctx, ustart: int, cue_start: int) -> Subject | None:
    """ "Jo Roe, speaking to Kelp Radio about the rally said, '...'": the walk
    back from the cue stopped inside the participle phrase and found no subject;
    the person named at the sentence's start speaks (a known person's name only).
    ``cue_start`` is the cue's own start: a noun ending in "-ly" ("the rally")
    is no adverb joining the cue here."""
    text = ctx.text
    m = _SPEAKING_OPENING.match(text, ustart, cue_start)
    if m is None or _opening_person(ctx, m) is None:
        return None
    end = cue_start
    while end > m.start() and text[end - 1].isspace():
        end -= 1
    return Subject(cue_start, m.start("name"), end, m.start("name"), "start", None)


# a person's name opening the sentence (a title, a rank, an initial inside), its comma
_OPENING_NAME = re.compile(r"[\s\"\u201c]*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,5}),\s+$")
# a first word that opens no name ("Like Roe, ...", "But Jo Roe, ...")
_NOT_OPENING_NAMES = frozenset(STOPWORDS | STOP)
# a description's first word: an article or a possessive determiner
_DESCRIPTION_OPENS = re.compile(r"(?:an?|the|his|her|their|its)\s")
# a second member of a list after "and": "the party and other groups", "and Ann Roe"
_LISTED_AFTER_AND = re.compile(r"\sand\s+(?:the|a|an|other|others|his|her|their|its|[A-Z])")


def _opening_person(ctx: Ctx, m: re.Match):
    """The known person whose name (or surname) the match's ``name`` group ends
    with, opening the sentence; None when its first word opens no name ("Like
    Roe", "But Jo Roe") or no person of the article is named there."""
    if m.group("name").split()[0].lower() in _NOT_OPENING_NAMES:
        return None
    p = ctx.people.person_in(m.start("name"), m.end("name"))
    return p if p is not None and m.group("name").endswith((p.name, p.surname)) else None


def _described_opening_name(ctx: Ctx, ustart: int, found: Subject | None) -> Subject | None:
    """ "Major General Jo B. Roe, a spokesman for the army told reporters";
    "Senator Jo Roe, a Democrat from Kelp, in the name of ..., has proposed"; "Jo
    Roe, an actor, who runs a theatre, recalled": the walk stopped at the
    description's last comma or at the title and initial, and the description
    alone spoke.  When only a known person's name and its comma stand between the
    sentence's start and a source opening on an article or a possessive, the
    person speaks and the description up to its first comma is the role; not
    when the description lists others ("Premier Jo Roe, the opposition and
    other groups condemned": three sources)."""
    if found is None or found.start <= ustart:
        return found
    text = ctx.text
    if not _DESCRIPTION_OPENS.match(text, found.start) or text.startswith(_NAMING_CUES, found.cue_start):
        return found  # ("Jo Roe, an officer of a unit called Kelp Watch, has": a naming, no speech)
    m = _OPENING_NAME.fullmatch(text, ustart, found.start)
    if m is None or _LISTED_AFTER_AND.search(text, found.start, found.end) is not None:
        return found
    p = _opening_person(ctx, m)
    if p is None:
        return found  # ("Like Roe, the party has"; "But Jo Roe, ..." was read right before)
    # the role ends where a clause or a phrase goes on after a comma ("a Democrat from
    # Kelp, in the name of ..."; not "a salesman from Vell, Norland")
    more = _COMMA_THEN_LOWER.search(text, found.start, found.end)
    role_end = found.end if more is None else more.start()
    start = m.start("name")
    for w in m.group("name").split()[:-len(p.name.split())]:
        if not (w.isupper() and len(w) > 1):
            break
        start = text.index(" ", start) + 1  # a dateline's place before the name ("USA Jo Roe"): no part of it
    return Subject(found.cue_start, start, found.end, start, "start", (found.start, role_end))


_COMMA_THEN_LOWER = re.compile(r",\s+(?=[a-z])")

# (round 51) a person's name and its comma right before a description that opens on a bare
# office word: at the sentence's start or after a fronted phrase's comma ("Last week, Jo Roe,
# editor of the Kelp Post, a weekly, wrote"); the name may open on initials ("J.J. Roe")
_NAME_BEFORE_OFFICE = re.compile(r"(?:^|(?P<comma>,)\s+)[\"\u201c]?(?P<name>[A-Z][\w.'\u2019-]*"
                                 r"(?:\s+[A-Z][\w.'\u2019-]*){0,4}),\s+$")
_BARE_OFFICE = re.compile(r"(?P<word>[a-z]+)(?:-[a-z]+)?\s+(?:at\s+large\s+)?(?:of|for|at)\s")


def _name_before_bare_office(ctx: Ctx, ustart: int, found: Subject | None) -> Subject | None:
    """ "Last week, Jo Roe, editor of the Kelp Post, a weekly paper, wrote": the
    walk back from the cue took the description with its own apposition and
    stopped at the name's comma, the description opening on an office word with
    no article ("editor of", "president of").  The person named right before it
    speaks, the description up to its first comma is the role; not when the
    description lists others, nor when the words before are no person's name."""
    if found is None or found.start <= ustart:
        return found
    text = ctx.text
    office = _BARE_OFFICE.match(text, found.start)
    if office is None or office.group("word") not in TITLE_WORDS \
            or _LISTED_AFTER_AND.search(text, found.start, found.end) is not None:
        return found
    lead = text[ustart:found.start]
    m = _NAME_BEFORE_OFFICE.search(lead)
    if m is None:
        return found
    name = m.group("name")
    if name.split()[0].lower() in _NOT_OPENING_NAMES:
        return found
    start, end = ustart + m.start("name"), ustart + m.end("name")
    p = ctx.people.person_in(start, end)
    if not (p is not None and name.endswith((p.name, p.surname)) or initials_name(name)):
        return found
    more = _COMMA_THEN_LOWER.search(text, found.start, found.end)
    role_end = found.end if more is None else more.start()
    return Subject(found.cue_start, start, found.end, start, "comma" if m.group("comma") else "start",
                   (found.start, role_end))


# a name opening the sentence, then a relative clause on "whose" ("Ann Vole, whose
# husband, pilot Bo Vole, was lost off Kelp, Norland, said"): commas inside the clause
_WHOSE_OPENING = re.compile(r"[\s\"\u201c]*(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*),\s+whose\s"
                            r"[^\"\u201c\u201d;]{1,240},\s*$")


def _whose_clause_opening(text: str, ustart: int, found: Subject | None) -> Subject | None:
    """The name that opens the sentence when a "whose" clause runs from it to the
    comma before the cue and the walker ``found`` only the clause's last phrase;
    what it found otherwise (the whole "Roe, whose office is nearby," stays)."""
    if found is None or not text[ustart:found.start].strip(" \"\u201c"):
        return found
    m = _WHOSE_OPENING.match(text, ustart, found.cue_start)
    if m is None or found.start <= m.start("np"):
        return found
    return Subject(found.cue_start, m.start("np"), m.end("np"), m.start("np"), "start", None)


def _before_anonymity_formula(ctx: Ctx, ustart: int, cue_start: int) -> Subject | None:
    """The noun phrase before an anonymity formula that ends just before the cue,
    the formula kept in the mention; None when there is no formula (or nothing
    before it), and the plain search goes on."""
    if not ctx.anon_spans:
        return None
    text = ctx.text
    anon = relative_before(text, max(ustart, cue_start - 300), cue_start)
    if anon is not None and anon.start() > ustart:
        # "officials who spoke on condition of anonymity [because ...] said"
        k = anon.start()
        while k > ustart and text[k - 1] in " ,":
            k -= 1
        inner = left_source(ctx, ustart, k)
        if inner is not None:
            return dataclasses.replace(inner, cue_start=cue_start, end=anon.end())
    if anon is not None:
        return None
    part = participle_before(text, max(ustart, cue_start - 300), cue_start)
    if part is not None and part.start() > ustart and text[ustart:part.start()].rstrip().endswith(","):
        # "a ministry official, speaking on condition of anonymity because ..., said":
        # the noun phrase before the participle (a reason may hold a cue of its own)
        k = text[ustart:part.start()].rstrip().rfind(",") + ustart
        inner = left_source(ctx, ustart, _before_state(text, ustart, k))
        if inner is not None:
            return dataclasses.replace(inner, cue_start=cue_start)
    return None


# the state after a place and its comma, ending a noun phrase ("in Boise, Idaho", "Dover, N.H.")
_STATE_AFTER_PLACE = re.compile(r"[A-Z][\w'\u2019-]*,\s+(?P<state>[A-Z][\w.]*)$")


def _before_state(text: str, ustart: int, k: int) -> int:
    """Where the noun phrase before the comma at ``k`` ends when it closes on a
    place and its state ("Officials in Boise, Idaho, speaking on condition of
    anonymity, said"): at the place, the state's comma no apposition's; else k."""
    m = _STATE_AFTER_PLACE.search(text, max(ustart, k - 60), k)
    if m is None or m.group("state").rstrip(".") not in _STATES:
        return k
    return text.rfind(",", ustart, m.start("state"))


def _cue_words(text: str, toks: list, wstart: int, cue_start: int) -> _CueWords:
    """Move the cue's start left over what belongs to it: an aspect verb ("began
    writing"), auxiliaries and adverbs ("has also said"), "on Monday" / "in
    turn", and mid-sentence adverbials ("has in the past said")."""
    i = len(toks) - 1
    if i >= 1 and toks[i][2].lower() in _ASPECT and toks[i][2][:1].islower() \
            and _ING_WORD.match(text[cue_start:cue_start + 20]):
        cue_start = toks[i][0]
        i -= 1
    passive = False
    while i >= 0:
        lw = toks[i][2].lower()
        if lw in AUX or (lw.endswith("ly") and toks[i][2][:1].islower() and len(lw) > 4
                         and lw not in LY_NOT_ADVERBS):
            passive = passive or lw in BE_AUX
            cue_start = toks[i][0]
            i -= 1
        elif lw in ("on", "in") and i + 1 < len(toks) and toks[i + 1][2].lower() in _SKIP_AFTER_PREP:
            cue_start = toks[i][0]
            i -= 1
        elif lw in ("either", "neither") and toks[i][2][:1].islower() and i > 0:
            cue_start = toks[i][0]  # "The banks have either announced ... or": a correlative, no subject
            i -= 1
        else:
            k = _mid_adverbial(text, toks, i, wstart)
            if k is None:
                break
            cue_start, i = toks[k + 1][0], k
    return _CueWords(cue_start, i, passive)


def _mid_adverbial(text: str, toks: list, i: int, wstart: int) -> int | None:
    """A mid-sentence adverbial that ends at token i ("has in the past said"), or
    one set off by commas ("has, in the past, blamed"): the index of the last
    token before it, or None."""
    comma = toks[i][2] == "," and i >= 2
    j = i - 1 if comma else i
    # (_MID_ADV ends at the end of token j, so that token ends with its last word)
    if not toks[j][2].endswith(_MID_ADV_LAST):
        return None
    mm = _MID_ADV.search(text, max(wstart, toks[j][1] - 40), toks[j][1])
    if mm is None or mm.start() <= wstart:
        return None
    while j >= 0 and toks[j][0] >= mm.start():
        j -= 1
    if comma and (j < 0 or toks[j][2] != ","):
        return None
    return j - 1 if comma else j


def _before_parenthesis(toks: list, i: int) -> int:
    """ "Sen. Jane Roe (D-Ore.) said": the token before a closing parenthesis's
    opening one (``i`` itself when there is none)."""
    if toks[i][2] != ")":
        return i
    j = i - 1
    while j >= 0 and toks[j][2] != "(" and i - j < 12:
        j -= 1
    return j - 1 if j > 0 and toks[j][2] == "(" else i


def _spaced_hyphen(text: str, tok) -> bool:
    return tok[2] == "-" and text[tok[0] - 1:tok[0]] == " "


def _commas_for_dashes(text: str, toks: list, i: int) -> list:
    """A dash closing the left context ("Jane Roe -- a spokeswoman -- said")
    reads as the apposition's comma: the tokens up to ``i`` with every dash a
    comma (unchanged when token ``i`` is no dash)."""
    t0 = toks[i][2]
    if not (t0 in ("\u2014", "\u2013", "--") or _spaced_hyphen(text, toks[i])):
        return toks
    toks = toks[:i] + [(toks[i][0], toks[i][1], ",")]
    return [(a, b, "," if w in ("\u2014", "\u2013") or _spaced_hyphen(text, (a, b, w)) else w)
            for a, b, w in toks]


def _comma_out_of_title(toks: list, i: int) -> list:
    """ 'Jon Roe, host of "Morning Show," said': the comma sits inside the closing
    mark of a quoted title; read it as the apposition's comma."""
    t0 = toks[i][2]
    if t0 not in ('"', "\u201d") or i < 2 or toks[i - 1][2] != "," or _quoted_title(toks, i) is None:
        return toks
    return toks[:i - 1] + [(toks[i - 1][0], toks[i][1], t0), (toks[i - 1][0], toks[i - 1][1], ",")]


class _Apposition(NamedTuple):
    """The comma that opens an apposition closed by the comma at token ``i``."""

    comma: int  # index of the opening comma (or where the walk stopped)
    titled: bool  # it holds a quoted title ('wearing "Roe for Mayor" pins')


def _apposition_open(toks: list, i: int) -> _Apposition:
    """Walk left from the closing comma to the comma that opens the apposition,
    over quoted titles, "Boise, Idaho," and an age ("Ann Roe, 67, a ...")."""
    j = i - 1
    titled = False
    while j >= 0 and i - j < 40:
        w = toks[j][2]
        if w in ('"', "\u201d"):
            o = _quoted_title(toks, j)
            if o is None:
                break
            titled = True
            j = o - 1
            continue
        if w == "," and j >= 2 and toks[j + 1][2].rstrip(".") in _STATES and toks[j - 1][2][:1].isupper() \
                and toks[j - 1][2].rstrip(".") not in _STATES \
                and any(t[2] == "," for t in toks[max(0, j - 14):j - 1]):
            # "Mr. Roe, now 81 and retired in Boise, Idaho, said": a place with its state
            j -= 1
            continue
        if w == "," and j >= 3 and toks[j - 1][2].isdigit() and toks[j - 2][2] == "," \
                and toks[j - 3][2][:1].isupper():
            j -= 2
            continue
        if w in (",", ";", ":", "(", ")"):
            break
        j -= 1
    return _Apposition(j, titled)


_APPOSITION_FIRST_WORDS = frozenset(("a", "an", "the", "who", "now", "whose", "one", "then", "former", "his",
                                     "her", "their", "its", "also", "another", "both"))
_APPOSITION_POSSESSIVE = re.compile(r"'s\b|\u2019s\b|s['\u2019](?:\s|$)")
_APPOSITION_OF = re.compile(r"(?:[A-Z][\w.-]*\s+){1,3}(?:of|for|at|from)\s+(?:the\s+)?[A-Z]")


def _apposition_source(ctx: Ctx, toks: list, i: int, cue_start: int, ustart: int) -> Subject | None:
    """ "Jane Roe, a spokeswoman for the ministry, said": the noun phrase before
    the apposition, the apposition's span kept as its role."""
    text = ctx.text
    opened = _apposition_open(toks, i)
    j = opened.comma
    if j >= 0 and toks[j][2] == "," and i - j >= 2:
        app = (toks[j + 1][0], toks[i - 1][1])
        app_text = text[app[0]:app[1]]
        words = app_text.split()
        if not words:
            return None
        if opened.titled:
            app_text = re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", "Title", app_text)
        fin = FINITE.search(app_text)
        if fin and not re.search(r"\b(?:who|which|whose|whom)\b", app_text[:fin.start()]):
            return None
        if _CLAUSE_NOT_APPOSITION.match(app_text):
            # "..., and the talks failed, said one source": a coordinated clause
            return None
        k = _head_end_before(toks, j)
        looks_app, looks_name = _apposition_reading(app_text, words)
        if (looks_app or looks_name) and k >= 0 and toks[k][2] not in PUNCT_STOP:
            got = _walk_np(toks, k)
            if got is not None:
                only_name = looks_name and not looks_app
                opener = _name_before_description(ctx, ustart, toks[got][0], toks[i - 1][1])
                if opener is not None:
                    return Subject(cue_start, opener[0], toks[i - 1][1], opener[0], "start",
                                   (toks[got][0], toks[i - 1][1]))
                if only_name:
                    app = (toks[got][0], toks[k][1])
                res = _finish_left(ctx, toks, got, k, cue_start, ustart, app)
                if res is not None:
                    if _POSSESSIVE_END.search(app_text) and not only_name:
                        # "Paul Roe, a friend of the couple's, said": the head alone
                        # (a source cannot end in a possessive)
                        return dataclasses.replace(res, end=toks[k][1])
                    return dataclasses.replace(res, end=toks[i - 1][1])
    return _unit_np_before_apposition(ctx, toks, i, cue_start, ustart)


# a person's name opening the sentence, then a description on an article
_NAME_OPENS = re.compile(r"[\s\"\u201c]*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+$")
_DESCRIPTION_OF = re.compile(r"(?:the|a|an)\s+[^,]*\b(?:of|to|for)\b")


def _name_before_description(ctx: Ctx, ustart: int, desc_start: int, end: int) -> tuple[int, int] | None:
    """ "Raul Vole, the brother of the leader, Fidel Vole, has asked": the walker
    read "the brother of the leader" as the subject and "Fidel Vole" (or "Fidel
    Vole and the defence minister") as its apposition; but a person named at the
    sentence's start before the description is its holder, and the words after it
    name the one the description relates him to, or more of his roles.  The
    opening name's span, or None."""
    m = _NAME_OPENS.fullmatch(ctx.text, ustart, desc_start)
    if m is None or not _DESCRIPTION_OF.match(ctx.text, desc_start, end) \
            or ctx.people.person_in(m.start("name"), m.end("name")) is None:
        return None
    return m.start("name"), m.end("name")


def _head_end_before(toks: list, j: int) -> int:
    """The last token of the noun phrase before the apposition's opening comma
    at ``j``, stepping back over a parenthesis ("Sen. Jane Roe (D-Ore.), a ...")."""
    k = j - 1
    if k >= 0 and toks[k][2] == ")":
        while k >= 0 and toks[k][2] != "(" and j - k < 12:
            k -= 1
        k -= 1
    return k


# round 49: a body's name or initials, then a lower-case office with no article ("KTU
# general secretary", "House minority leader"), British style
_BODY_THEN_OFFICE = re.compile(r"(?:[A-Z][\w&.'\u2019-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)")


def _apposition_reading(app_text: str, words: list[str]) -> tuple[bool, bool]:
    """Whether the words between the commas read as an apposition ("a
    spokeswoman", "the ministry's ...", "67", "KTU general secretary") and
    whether as a name ("Jane Roe")."""
    bo = _BODY_THEN_OFFICE.fullmatch(app_text)
    looks_app = bool(words[0].lower() in _APPOSITION_FIRST_WORDS or app_text[:1].islower()
                     or _APPOSITION_POSSESSIVE.search(app_text) or re.match(r"(?:\d+|[A-Z]-)", app_text)
                     or _APPOSITION_OF.match(app_text) or bo is not None and bo.group("head") in OFFICE_HEADS)
    looks_name = all(map(_name_word, words)) and words[0][:1].isupper() and len(words) <= 5
    return looks_app, looks_name


def _unit_np_before_apposition(ctx: Ctx, toks: list, i: int, cue_start: int, ustart: int) -> Subject | None:
    """ "Aides to X, a former prosecutor, and Y, who ..., said": the unit's opening
    noun phrase, everything after its comma the apposition."""
    text = ctx.text
    m = _UNIT_NP.match(text, ustart, cue_start)
    if m and toks[0][0] <= m.start() and not re.search(r"[\"\u201c\u201d]", text[ustart:cue_start]):
        mid = text[m.end():cue_start]
        if mid.lstrip().startswith(",") and len(mid) < 260:
            return Subject(cue_start, m.start(), m.end(), m.start(), "start", (m.end() + 1, toks[i - 1][1]))
    return None


def _noun_phrase_source(ctx: Ctx, toks: list, i: int, cue_start: int, ustart: int) -> Subject | None:
    """The noun phrase ending at token ``i`` (not a relative clause's object:
    ``_relative_clause_object``); else a group with its prepositional phrase
    ("aides to the mayor") or a noun phrase with its relative clause."""
    res = _plain_noun_phrase_source(ctx, toks, i, cue_start, ustart)
    if res is None or "who" not in ctx.text[max(0, res.start - 40):res.start]:
        return res
    return _relative_clause_object(ctx, toks, res, cue_start, ustart) or res


def _plain_noun_phrase_source(ctx: Ctx, toks: list, i: int, cue_start: int, ustart: int) -> Subject | None:
    got = _walk_np(toks, i)
    if got is not None and _in_opening_phrase(toks, got, i) and _ENDS_PHRASE.match(ctx.text, cue_start):
        return None
    if got is not None and toks[i][2].lower() in _DOC_NOUNS:
        alt = _document_subject(ctx, toks, got, i, ustart)
        if alt is not None:
            return alt
    res = _finish_left(ctx, toks, got, i, cue_start, ustart, None) if got is not None else None
    if res is not None and res.kind == "comma":
        named = _apposition_left_open(ctx, toks, got, i, cue_start, ustart)
        if named is not None:
            return named
    if res is not None and got == i and toks[i][2].lower() in ("him", "them", "whom"):
        # "groups that have endorsed him say": an object pronoun ends a relative
        # clause; the subject is the noun phrase before "that"/"who"
        res = None
    if res is None:
        res = _group_with_prep(ctx, ustart, cue_start)
    if res is None:
        res = _relative_subject(ctx, ustart, cue_start)
    return res


# verbs whose object may speak next ("residents who heard the mayor say"); the
# words by which a clause names its own subject again ("who identified himself as")
_REL_OBJECT_SPEAKS = frozenset(("heard", "hear", "hears", "saw", "see", "sees", "watched", "watch", "let", "lets",
                                "made", "make", "makes", "helped", "help", "helps", "urged", "asked"))
_NAMES_ITSELF = frozenset(("himself", "herself", "themselves", "itself", "as"))


def _relative_clause_object(ctx: Ctx, toks: list, found: Subject, cue_start: int,
                            ustart: int) -> Subject | None:
    """ "One official who relayed the exchange said": the noun phrase ``found``
    is the object of a relative clause's verb ("relayed", "is", "worked
    for"); the subject is the noun phrase "who" follows, its clause kept in
    the mention ("One official who relayed the exchange", whose head is
    "official").  None when no "who" opens one to three lower-case words
    right before the phrase, or the clause names its own subject again ("who
    identified himself as Jo Roe")."""
    got = next((k for k, t in enumerate(toks) if t[0] == found.start), None)
    if got is None or toks[got][2].endswith(("ed", "ing")) and toks[got][2].islower():
        return None  # ("who is still detained for rebellion charges,": a passive, no object)
    j = got - 1
    while j >= 0 and got - j <= 3 and toks[j][2] != "who" and toks[j][2].isalpha() and toks[j][2].islower():
        j -= 1
    if j < 1 or j == got - 1 or toks[j][2] != "who" or toks[j + 1][2] in _REL_OBJECT_SPEAKS \
            or toks[j + 1][2] in SUBJ_PRONOUNS or not _NAMES_ITSELF.isdisjoint(t[2] for t in toks[j + 1:got]):
        return None
    text = ctx.text
    k = toks[j][0]
    while k > ustart and text[k - 1] in " ,":
        k -= 1
    if k <= ustart:
        return None
    inner = left_source(ctx, ustart, k)
    if inner is None or inner.end > k:
        return None
    # (the clause stays in the mention, the whole noun phrase: "A student who joined the march";
    # ``enrich._resolve`` looks for the person named before "who")
    return dataclasses.replace(inner, cue_start=cue_start, end=found.end)


def _in_opening_phrase(toks: list, got: int, i: int) -> bool:
    """Is the noun phrase ``got``..``i`` the object of a preposition opening
    the sentence ("In his Budget report, the Treasurer announced")?  When the
    cue-like word after it closes the phrase with a comma, that word is its
    noun and nothing before it is a subject: the walk took in the preposition,
    an article or possessive right after it.  ("In his radio address President
    Roe said": a verb, its subject at the phrase's end; not this reading.)"""
    return got + 1 < i and toks[got][2] in _PHRASE_OPENERS | _OPENING_PREPOSITIONS \
        and toks[got + 1][2] in PHRASE_DETERMINERS and (got == 0 or toks[got - 1][2] in PUNCT_STOP
                                                         or toks[got - 1][2] == ".")


# the cue-like word ends the phrase, a noun ("report,"; never a past or "says": "... Roe said,")
_ENDS_PHRASE = re.compile(r"(?!(?:said|told|wrote|says|[\w'\u2019-]+ed)\b)[\w'\u2019-]+,")


# a one-word cue, a comma, and the sentence going on with its verb ("Roe, an aide said, is ...")
_PARENTHETICAL_AFTER = re.compile(r"[\w'\u2019-]+,\s*[\"\u201c]?(?:" + P.AUX_DO_ALT + r")\s")
# "... and Kelp's Ida Marsh": a second person with a possessor, a list of names
_AND_POSSESSOR = re.compile(r"\sand\s+[A-Z][\w.-]*['\u2019]s?\s+[A-Z]")
_NAMING_CUES = ("called", "named", "dubbed", "labelled", "labeled", "titled", "entitled", "known")
_NAME_LEAD = frozenset((*TITLE_WORDS, *OPENING_ADVERBS, *HONORIFICS, "sen", "rep", "gov", "prof"))


def _apposition_left_open(ctx: Ctx, toks: list, got: int, i: int, cue_start: int, ustart: int) -> Subject | None:
    """ "Jo Roe, a spokeswoman for the port said": an apposition whose closing
    comma the writer left out (common in amateur copy).  The person named
    before the comma speaks, the apposition is the role, when the words before
    the comma are a known person's name (titles and an opening adverb aside),
    bounded by the sentence start or punctuation, and the words after it read
    as an apposition, not a prepositional adjunct ("Jo Roe, on the radio said")."""
    k = got - 2  # the last word before the comma
    b = k
    while b >= 0 and toks[b][2] not in PUNCT_STOP and toks[b][2] != "." and k - b < 6:
        b -= 1
    if k < 0 or b == k or (b < 0 and ctx.text[ustart:toks[0][0]].strip()):
        return None
    text = ctx.text
    head = text[toks[b + 1][0]:toks[k][1]]
    p = ctx.people.person_in(toks[b + 1][0], toks[k][1] + 1)
    if p is None or not head.endswith((" " + p.name, p.surname)) \
            or any(w.rstrip(".").lower() in HONORIFICS for w in p.name.split()[1:]):
        return None  # (a run of capitals with an honorific inside is no name: "Backing Mr Roe")
    lead = head[:-len(p.name)] if head.endswith(p.name) else head[:-len(p.surname)]
    if any(w.lower().rstrip(".") not in _NAME_LEAD for w in lead.split()):
        return None
    app_text = text[toks[got][0]:toks[i][1]]
    words = app_text.split()
    opener = words[0].lower() in _APPOSITION_FIRST_WORDS or _APPOSITION_POSSESSIVE.search(app_text) \
        or _APPOSITION_OF.match(app_text) or any(w.lower() in TITLE_WORDS for w in words[:3])
    listed = " and " in app_text and _AND_POSSESSOR.search(app_text) is not None
    if not opener or listed or text.startswith(_NAMING_CUES, cue_start) or _PARENTHETICAL_AFTER.match(text, cue_start):
        # "Jo Roe, leads the polls and the party said"; "a unit called Kelp"; "Roe, Al Poe's
        # Ed Li and Kelp's Ida Marsh argued" (a list); "Roe, an aide said, is confident" (Roe is content)
        return None
    closed = toks[:i + 1] + [(toks[i][1], toks[i][1], ",")]
    res = _apposition_source(ctx, closed, i + 1, cue_start, ustart)
    if res is None or res.apposition is None or res.start > toks[k][0]:
        return None
    return res


def _document_subject(ctx: Ctx, toks: list, got: int, i: int, ustart: int) -> Subject | None:
    """ "The mayor issued a statement saying ...": the document is the object of
    the verb; the source is that verb's subject."""
    lo = max(0, (got if got > 0 else 0) - 3)
    for v in range(i - 1, lo - 1, -1):
        lv = toks[v][2].lower()
        if lv in _OBJ_VERBS and toks[v][2][:1].islower():
            return None if v == 0 else left_source(ctx, ustart, toks[v][0])
        if lv in PUNCT_STOP or (v < i - 1 and lv in STOP):
            return None
    return None


def _relative_subject(ctx: Ctx, ustart: int, cue_start: int) -> Subject | None:
    """ "Hawkins and others who want to ban abortion said": NP + relative clause."""
    text = ctx.text
    lo = max(ustart, cue_start - 140)
    if text.find("who", lo, cue_start) < 0 and text.find("that", lo, cue_start) < 0:
        return None  # (the pattern needs a "who" or "that")
    m = _REL_SUBJ.search(text, lo, cue_start)
    if m is None or m.group("np").split()[0].lower() in STOP:
        return None
    s = m.start("np")
    kind = "start" if not text[ustart:s].strip() else "conj"
    return Subject(cue_start, s, m.end("np"), s, kind, None)


# "aides to the mayor", "two advisers close to the minister", "allies of Mr. Roe",
# "people close to Roe", "a source close to him" (one person: "a"/"one" and a singular head)
_GROUP_NP = (
    r"(?P<np>(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Oo]ther|"
    r"[Ss]enior|[Tt]op|[Ff]ormer|[Cc]lose|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Oo]ne)\s+)*"
    r"(?P<head>[A-Za-z]+s|people|person|source|official|aide|adviser|advisor|friend|associate|insider)\s+"
    r"(?:to|for|of|at|in|close\s+to|inside|within|around)\s+(?:[^,;:.\"\u201c\u201d]|\.(?=\s*[A-Z])){2,50}?)\s*$")
_GROUP_PREP = re.compile(r"(?:^|(?<=,\s)|(?<=\bbut\s)|(?<=\band\s))" + _GROUP_NP)
# _GROUP_PREP opens with look-behinds, so a search tries it at every position;
# each of them ends with a space, and behind that space taken as the first
# character the engine skips to the next space (the same matches, each a
# character earlier; ``^`` matches only at the text's start, where the first
# form is used)
_GROUP_PREP_AFTER = re.compile(r"\s(?:(?<=,\s)|(?<=\bbut\s)|(?<=\band\s))" + _GROUP_NP)


_GROUP_HEADS = OFFICIAL_NOUNS | COLLECTIVE_NOUNS | EXTRA_COLLECTIVE | {"people", "friends", "associates", "person",
                                                                     "friend", "associate"}


def _group_with_prep(ctx, ustart: int, cue_start: int):
    """A plural group head with its prepositional phrase, the words before a cue
    after a comma or at the start ("..., aides to the mayor say"): the noun
    phrase walker stops at the preposition and would find no subject."""
    lo = max(ustart, cue_start - 80)
    m = _GROUP_PREP_AFTER.search(ctx.text, lo - 1, cue_start) if lo else _GROUP_PREP.search(ctx.text, 0, cue_start)
    if m is None or m.group("head").lower() not in _GROUP_HEADS:
        return None
    s = m.start("np")
    kind = "start" if not ctx.text[ustart:s].strip(" \"\u201c") else "comma"
    return Subject(cue_start, s, m.end("np"), s, kind, None)


_STATES = {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
           "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
           "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
           "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
           "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming",
           "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
           "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M",
           "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va",
           "Wash", "W.Va", "Wis", "Wyo", "D.C"}


def _quoted_title(toks, j):
    """Index of the opening mark of a short capitalised quotation closed at token j
    ('"Morning Show"', '\u201cThe Apprentice,\u201d') inside a noun phrase, or None."""
    close = toks[j][2]
    opener = ('"',) if close == '"' else ("\u201c",)
    o = j - 1
    while o >= 0 and j - o <= 9 and toks[o][2] not in opener:
        if toks[o][2] in ('"', "\u201c", "\u201d", ";", ":", "(", ")") or (
                toks[o][2] == "," and o != j - 1):
            return None
        o -= 1
    if o < 1 or toks[o][2] not in opener or o + 1 >= j:
        return None
    if not toks[o + 1][2][:1].isupper() or toks[o - 1][2] in PUNCT_STOP:
        return None
    return o


_WORD_AT = re.compile(r"\s*[\w'\u2019-]+")


def _cue_end_after(text, pos):
    m = _WORD_AT.match(text, pos)
    return m.end() if m else pos


_APPROX = {"about", "over", "under", "nearly", "almost", "roughly", "only", "just", "around",
           "fewer", "more", "less"}
_NUMBERISH = re.compile(r"(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|half|a|"
                        r"than|a\s+third|a\s+quarter)$", re.I)


# participles that stay inside a noun phrase ("the outgoing governor")
_NP_PARTICIPLES = frozenset((
    "unidentified", "unnamed", "retired", "united", "elected", "informed",
    "leading", "ruling", "governing", "outgoing", "incoming", "presiding",
    "ranking", "high-ranking", "longstanding", "acting", "defeated", "embattled",
    "indicted", "accused", "detained", "jailed", "exiled", "elected", "appointed",
    "disgraced", "beleaguered", "so-called", "veteran", "concerned", "worried"))


_CONTACT_VERBS = {"met", "saw", "heard", "spoke", "talked", "knew", "know", "told", "interviewed", "asked",
                  "polled", "surveyed", "consulted", "contacted", "quoted", "cited"}


def _contact_clause(toks, i):
    """First token of "the experts we interviewed", "the traders I spoke to":
    a plural noun phrase with a relative clause that has no "who" or "that",
    ending at token i right before the cue; else None (the noun phrase walker
    would take the clause's verb for the subject)."""
    k = i
    if toks[k][2].lower() in ("to", "with") and k > 0:
        k -= 1
    verb = toks[k][2]
    if not verb[:1].islower() or not (verb.endswith("ed") or verb in _CONTACT_VERBS):
        return None
    if k < 2 or toks[k - 1][2].lower() not in CLAUSE_SUBJECTS:
        return None
    head = toks[k - 2][2]
    if not (head.isalpha() and head.islower() and head.endswith("s") and head not in STOP):
        return None
    return _walk_np(toks, k - 2)


_DASHES = frozenset(("\u2015", "\u2014", "\u2013", "--"))
_OPENING_PREPOSITIONS = frozenset(("In", "At", "On", "From", "Outside", "Inside"))


def _opens_after(toks, j: int) -> bool:
    """Does the "the" at token ``j`` open the subject, what precedes it being no
    part of it?  So it is after a time ("Yesterday the mayor", "Monday the
    board", "last week the council"), after a dateline's capitals or dash
    ("WASHINGTON \u2015 The administration", "Vietnam The government"), and after a place opening the
    sentence ("In Sorvik the mayor"); not inside a name ("Rock the Vote") or
    a phrase ("the head of the agency")."""
    prev = toks[j - 1][2]
    low = prev.lower()
    if low in _OPENING_TIMES or prev in _DASHES or (len(prev) > 1 and prev.isupper() and prev.isalpha()):
        return True
    if toks[j][2] == "The" and (low in COUNTRY_LIKE or (j >= 2 and f"{toks[j - 2][2]} {low}".lower() in COUNTRY_PAIRS)):
        return True  # "Vietnam The Vietnamese government": a page's tag glued to the sentence ("Save The Kelp" a name)
    return prev[:1].isupper() and j >= 2 and toks[j - 2][2] in _OPENING_PREPOSITIONS and (
        j == 2 or toks[j - 3][2] in PUNCT_STOP or toks[j - 3][2] == ".")


# prepositions that open a sentence with a phrase before its subject, and the
# words that join a phrase to what follows it (after them a subject cannot start)
_PHRASE_OPENERS = frozenset(("In", "At", "On", "During", "After", "Before", "Since", "Throughout", "Within"))
_JOINING_WORDS = frozenset(("of", "for", "to", "and", "or", "the", "a", "an", "de", "by", "with", "from", "in", "on",
                            "at", "about", "as", "than"))


def _after_opening_phrase(toks, j: int) -> bool:
    """Is token ``j`` ("the", or a capital after a lower-case word) where the
    subject starts after a prepositional phrase opening the sentence with no
    comma ("In a statement the board said", "At the same time Kelpish police
    said")?  The phrase: an opening preposition at the start or after
    punctuation, then at most five lower-case words or numbers."""
    if toks[j - 1][2] in _JOINING_WORDS or toks[j - 1][2] in DETERMINERS:
        return False  # ("In his November speech": the capital is inside the phrase)
    k = j - 1
    while k >= 0 and j - k <= 6:
        w = toks[k][2]
        if w in _PHRASE_OPENERS:
            return k == 0 or toks[k - 1][2] in PUNCT_STOP or toks[k - 1][2] == "."
        if not (w[:1].islower() or w[:1].isdigit()) or w in STOP:
            return w == "the"
        k -= 1
    return False


def _page_tag(word: str) -> bool:
    """A page's country tag glued before a sentence: "USA", "Vietnam"."""
    return (len(word) > 1 and word.isupper() and word.isalpha()) or word.lower() in COUNTRY_LIKE


_TIME_NOUNS = frozenset(TIME_NOUNS)
_TIME_DETERMINERS = frozenset(("this", "last", "next", "that"))
_OPENING_TIMES = _TIME_NOUNS | frozenset(("yesterday", "today", "tonight", *WEEKDAYS))


def _walk_np(toks, i, coord=True):
    """Index of the first token of the noun phrase ending at token i, or None:
    back from ``i`` while a token belongs to it (``_np_step``), over "and"
    between capitals ("Smith and Wesson"), at most twelve tokens."""
    j = i
    n = 0
    if toks[i][2][:1].islower() and toks[i][2] in STOP:
        return None
    if toks[i][2] in _SUFFIXES and i >= 2 and toks[i - 1][2] == "," and toks[i - 2][2][:1].isupper():
        j = i - 2  # "Jo Roe, Jr. said": the suffix closes the name across its comma
        n = 2
    while j >= 0 and n < 12:
        w = toks[j][2]
        if w.lower() == "and" and 0 < j < i:
            prev, nxt = toks[j - 1][2], toks[j + 1][2]
            if prev[:1].isupper() and nxt[:1].isupper():
                j -= 1
                n += 1
                continue
            g = _coordinated_head(toks, j) if coord else None
            if g is not None:
                return g
            break  # the phrase starts after the "and"
        step = _np_step(toks, i, j, w)
        if step is _STOP:
            break
        if step is _OPENS:
            j -= 1
            break
        j -= 1
        n += 1
    if j == i:
        return None
    return j + 1


_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr"))
_STEP, _STOP, _OPENS = "step", "stop", "opens"  # token j: in the phrase; before it; its first word


def _placed_within(toks, j: int, lw: str) -> bool:
    """ "A source within the ministry told", "Lawyers within Kelpland say": a
    person's noun before "within" -- one of the body, the phrase goes on."""
    return lw == "within" and j > 0 and toks[j - 1][2].lower() in PLACED_WITHIN_HEADS


def _np_step(toks, i: int, j: int, w: str) -> str:
    """What token ``j`` is to the noun phrase ending at token ``i``."""
    lw = w.lower()
    if w in PUNCT_STOP or w in (".", "-"):
        return _STOP
    if lw in SUBJ_PRONOUNS and j != i:
        return _STOP
    if lw in _APPROX and j < i and _NUMBERISH.match(toks[j + 1][2]):
        return _STEP  # "About four in 10 said", "Over 60 percent said": a survey share
    if (lw == "by" or lw in _AUTHORED) and j < i and _authored(toks, j, lw):
        return _STEP  # "A survey by the institute found": the document's author is in its phrase
    if lw in STOP and not _placed_within(toks, j, lw) and (w[:1].islower() or j == 0 or toks[j - 1][2] in PUNCT_STOP
                       or toks[j - 1][2] == "."):
        return _STOP
    if j < i and j > 0 and w in _TIME_NOUNS and toks[j - 1][2].lower() in _TIME_DETERMINERS:
        return _STOP  # "Earlier this week the mayor said": a time before the subject ("CBS This Morning" a name)
    if lw == "the" and j > 0 and _opens_after(toks, j):
        return _OPENS  # "Yesterday the mayor said": the article opens the subject
    if j > 1 and toks[j - 1][2][:1].islower() and ((lw == "the" and j < i) or w[:1].isupper()) \
            and _after_opening_phrase(toks, j):
        return _OPENS  # "In a statement the board said", "In the past Kelpland had denied"
    if (w == "A" or w == "An") and j > 0 and _page_tag(toks[j - 1][2]):
        return _OPENS  # "USA A senior official said": a page's tag glued to the sentence
    if lw.endswith(("ed", "ing")) and not w[:1].isupper() and j != i and not (
            j > 0 and toks[j - 1][2].lower() in DETERMINERS) and lw not in _NP_PARTICIPLES \
            and not _share_of_described(toks, j, lw) \
            and not (lw.endswith("ing") and toks[j + 1][2] in TITLE_WORDS) and not _adverbed_participle(toks, j):
        # (but a gerund before a title is a compound job title: "planning director Jo Roe")
        return _STOP
    if _speech_noun_before_name(toks, i, j):
        return _STOP  # "a pledge Dunmore called reckless": the name opens a relative clause with no "that"
    return _STEP


def _share_of_described(toks, j: int, lw: str) -> bool:
    """Is token ``j`` an "-ed" adjective after "<number> percent of" ("70
    percent of registered Kelpish voters said")?  It describes the people the
    share is of; the walk to the share's number goes on."""
    return lw.endswith("ed") and j > 2 and toks[j - 1][2].lower() == "of" \
        and toks[j - 2][2].lower() in ("percent", "%", "per cent", "cent")


def _speech_noun_before_name(toks, i: int, j: int) -> bool:
    """Is token ``j`` a speech noun after a determiner, a capitalised word next
    ("a claim Kelpland rejected", "a pledge Roe called reckless")?  A word for
    what is said never describes a name as "ferry boss Roe" does: the noun is
    what the relative clause is about, and the name its subject."""
    w = toks[j][2]
    return 0 < j < i and w[:1].islower() and w in SPEECH_NOUNS and toks[j + 1][2][:1].isupper() \
        and toks[j - 1][2].lower() in DETERMINERS


def _adverbed_participle(toks, j: int) -> bool:
    """Is token ``j`` a participle after a determiner and an -ly adverb, before a
    title ("the newly inaugurated governor", "a recently appointed judge")?  An
    adjective of the noun phrase, not a verb ending the subject before it."""
    return j > 1 and toks[j - 1][2].endswith("ly") and toks[j - 1][2].islower() \
        and toks[j - 2][2].lower() in DETERMINERS and j + 1 < len(toks) and toks[j + 1][2] in TITLE_WORDS


# Participles that name who made a document ("a poll conducted by", "research
# commissioned by"): with "by" they stay inside the document's noun phrase.
_AUTHORED = frozenset(("conducted", "commissioned", "published", "released", "produced", "compiled",
                       "prepared", "funded", "sponsored", "carried", "issued", "written", "led"))


def _authored(toks, j: int, lw: str) -> bool:
    """Is token ``j`` the "by" of a document's author, or the participle
    before that "by" ("a survey by Gallup", "a study published by the
    institute")?  Elsewhere "by" ends a subject ("killed by police")."""
    if j == 0:
        return False
    prev = toks[j - 1][2].lower()
    if lw == "by":
        return prev in DOCUMENT_NOUNS or (prev in _AUTHORED and j >= 2 and toks[j - 2][2].lower() in DOCUMENT_NOUNS)
    return lw in _AUTHORED and toks[j + 1][2] == "by" and prev in DOCUMENT_NOUNS


def _coordinated_head(toks, j: int) -> int | None:
    """ "the Ohio governor and Republican candidate said": a coordinated head,
    when the left conjunct (ending before the "and" at ``j``) opens right after a
    boundary; None otherwise (the phrase starts after the "and")."""
    prev, nxt = toks[j - 1][2], toks[j + 1][2]
    if prev in PUNCT_STOP or prev.lower() in STOP or nxt.lower() in (
            "in", "on", "at", "to", "for", "with", "by", "from", "of", "as", "he", "she", "they",
            "it", "we", "i", "you"):
        return None
    g = _walk_np(toks, j - 1, False)
    if g is not None and ((g > 0 and toks[g - 1][2] in PUNCT_STOP) or (g == 0 and (
            toks[g][2].lower() in DETERMINERS or toks[g][2][:1].isupper()))):
        return g
    return None


# words before a subject that are no part of it ("Afterwards Quill said")
_NOT_SUBJECT_OPENERS = frozenset(("and", "but", "so", "then", "also", "that", *OPENING_ADVERBS))


def _after_repeated_tag(toks, first: int, last: int) -> int:
    """ "North Korea North Korea has denied": a page's tag glued before the same
    name opening the sentence; the subject is the second copy.  (A single word
    twice is a tag only when it is a country: "Malu Malu" is a name.)"""
    n = last - first + 1
    if n < 2 or n % 2 or n > 8:
        return first
    half = n // 2
    if toks[first][2] != toks[first + half][2]:
        return first
    words = [t[2] for t in toks[first:last + 1]]
    if words[:half] != words[half:] or (half == 1 and words[0].lower() not in COUNTRY_LIKE):
        return first
    return first + half


def _finish_left(ctx, toks, first, last, cue_start, ustart, app) -> Subject | None:
    """The source of tokens ``first``..``last`` with what bounds it on the left
    (``Subject.kind``), or None when the word before cannot precede a subject."""
    text = ctx.text
    # strip leading words that cannot begin a subject
    while first < last and toks[first][2].lower() in _NOT_SUBJECT_OPENERS:
        first += 1
    first = _after_repeated_tag(toks, first, last)
    s, e = toks[first][0], toks[last][1]
    if first > 0 and toks[first - 1][2].lower() in NOT_BEFORE_SUBJECT:
        return None
    # boundary kind
    if first == 0:
        pre = toks[0][0]
        if pre <= ustart or not text[ustart:s].strip():
            kind = "start"
        else:
            kind = "other"
    else:
        prev = toks[first - 1][2]
        if prev == ",":
            k = first - 2
            kind = "quote" if k >= 0 and toks[k][2] in ("\u201d", '"', "'", "\u2019", "\u00bb") else "comma"
        elif prev in ("\u201d", '"', "\u00bb", "'", "\u2019"):
            kind = "quote"
        elif prev in (":", ";", "\u2014", "\u2013", "-", "("):
            kind = "conj"
        else:
            kind = "conj"
    boundary = toks[first - 1][0] if first > 0 else s
    glued = _after_glued_opening(toks, first, last)
    if glued > first:
        s = toks[glued][0]
    return Subject(cue_start, s, e, boundary, kind, app)


# a subordinator or a preposition opening a sentence, its phrase run into the subject without a comma
_GLUED_SUBORDINATORS = frozenset(("whilst", "while", "whenever", "although", "though", "because", "unless"))
_GLUED_PREPOSITIONS = frozenset(("in", "of", "during", "throughout", "at", "on", "after", "with", "following", "amid"))
# what opens the subject after the phrase: a determiner, a possessive, a number word
# (not a number: "in a survey one in seven people said")
_SUBJECT_DETERMINERS = frozenset(("the", "a", "an", "my", "his", "her", "their", "our", "its", "this", "these", "those",
                                  "some", "many", "several"))
# a quantifier before a determiner belongs to its noun phrase ("both the party and ...")
_BEFORE_DETERMINER = frozenset(("both", "all", "each", "half", "either", "neither"))


def _after_glued_opening(toks, first: int, last: int) -> int:
    """ "Whilst the report concedes", "In the leaked video one voice called", "Of
    the Kelp Party the Greens leader said": the subject after an opening
    subordinator, or after an opening preposition's noun phrase when a
    determiner follows one of its nouns (not a preposition: "With a lead in a
    partial count" stays whole).  The index of the subject's first token."""
    if first > 0 and toks[first - 1][2] not in PUNCT_STOP:
        return first  # (the phrase opens no sentence nor clause: "a student who engaged in the protest")
    w = toks[first][2].lower()
    if w in _GLUED_SUBORDINATORS and first < last:
        return first + 1
    if w not in _GLUED_PREPOSITIONS:
        return first
    for j in range(first + 3, last + 1):
        prev = toks[j - 1][2]
        if toks[j][2].lower() in _SUBJECT_DETERMINERS and prev.isalpha() and prev.lower() not in STOP \
                and prev.lower() not in NOT_BEFORE_SUBJECT and prev.lower() not in _SUBJECT_DETERMINERS \
                and prev.lower() not in LOWER_PREPOSITIONS and prev.lower() not in _BEFORE_DETERMINER:
            return j
    return first


# a comma-bounded stretch that opens with a conjunction and ends in a past verb
# is a clause ("and the talks failed"), never an apposition of the next subject
_CLAUSE_NOT_APPOSITION = re.compile(r"(?:and|but|yet|so)\s+(?:\S+\s+){1,5}[a-z]+ed\b")


# ", and", "and", ", then" before the cue and its auxiliaries.  (Every branch
# opens with its first character, the word boundary tested behind it: the
# engine then skips to the next comma, "a" or "b" instead of trying the
# pattern at every position of the window.)
_AND_BEFORE = re.compile(r"(?:,(?:\s*(?:and|but)\s+|\s+(?=then\s))|a(?<!\w.)nd\s+|b(?<!\w.)ut\s+)(?:(?:"
                         + "|".join(sorted(AUX)) + r")\s+)*$")


# a clause's own subject and past verb right after a comma: ", I laughed", ", Roe grinned"
_CLAUSE_SUBJECT_BEFORE = re.compile(r",\s+(?P<s>I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                                    r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s*$")


# ", many of whom say": a part of the group named before the comma
_PARTITIVE_REL = re.compile(r",\s+(?:many|most|some|all|several|few|both|none|one|two|three|half)\s+of\s+"
                            r"(?:whom|which)\s+(?:(?:also|still|now|have|had|has)\s+)*$", re.IGNORECASE)


def partitive_relative_source(ctx, us, cue_s):
    """ "the families, many of whom say ...": the group before the comma speaks
    (the walker would stop at "whom")."""
    m = _PARTITIVE_REL.search(ctx.text, max(us, cue_s - 40), cue_s)
    if m is None or inside_quote(ctx, m.start()) is not None:
        return None
    g = _GROUP_NP_BEFORE.search(ctx.text, max(us, m.start() - 80), m.start())
    if g is None:
        return None
    return Subject(cue_s, g.start("np"), g.end("np"), g.start("np"), "comma", None)


# the plural noun phrase a partitive relative follows: "the families of flood victims", "members of X"
_GROUP_NP_BEFORE = re.compile(
    r"(?P<np>(?:\b(?:the|these|those|their|his|her|its|our)\s+(?:[\w'\u2019/-]+\s+){0,2}?|\b)[\w'\u2019/-]+s"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'\u2019/-]+\s+){0,2}?[\w'\u2019/-]+)?)$")


_REL_WHO = re.compile(r",\s+(?P<who>who)\s")


# a second name coordinated with a sentence's subject ("Jo Roe and Mr. Ivo Veld met ...")
_AND_NAME = re.compile(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
                       r"(?=\s+[a-z])")


def coordinated_source(ctx, us, cue_s):
    """ "X called on Y to act and said ...": the subject of the first verb."""
    text = ctx.text
    m = _AND_BEFORE.search(text, max(us, cue_s - 60), cue_s)
    if not m:
        return None
    rel = None
    for rel in _REL_WHO.finditer(text, max(us, m.start() - 120), m.start()):
        pass
    if rel is not None and "," not in text[rel.end():m.start()] and inside_quote(ctx, rel.start()) is None:
        # "Jane Roe, who answered the door and said ...": the relative clause's subject
        return Subject(cue_s, rel.start("who"), rel.end("who"), rel.start("who"), "conj", None)
    near = _CLAUSE_SUBJECT_BEFORE.search(text, max(us, m.start() - 50), m.start())
    if near is not None and inside_quote(ctx, near.start("s")) is None:
        # "Once in my youth, when ..., I laughed and said": the subject of the
        # clause the first verb opens, not the sentence's first word
        return Subject(cue_s, near.start("s"), near.end("s"), near.start("s"), "conj", None)
    subj = unit_subject(ctx, us, cue_s)
    first = _first_cue_source(ctx, us, m.start(), subj)
    if first is not None:
        # "The harbour spokesman, Jo Roe said that ... and said that ...": the subject of the
        # first cue, as found for its claim (the unit's first words may be an apposition's)
        return Subject(cue_s, first.start, first.end, first.start, "conj", None)
    if subj is not None and text[subj[0]:subj[1]].split()[0].lower() not in (
            "in", "on", "at", "but", "and", "after", "when"):
        # "Mr. Roe and Mr. Veld pledged ... and called": both names are the subject
        more = _AND_NAME.match(text, subj[1], m.start()) if text[subj[0]:subj[0] + 1].isupper() else None
        end = more.end() if more is not None and text[subj[0]:subj[1]].split()[0] not in _BARE_DETS else subj[1]
        return Subject(cue_s, subj[0], end, subj[0], "conj", None)
    prev = [c for c in claim_index.cue_in(ctx, us, cue_s) if c.source]  # (not a scan of every claim)
    if prev:
        src = prev[-1].source
        return Subject(cue_s, src.start, src.end, src.start, "conj", None)
    return None


def _first_cue_source(ctx, us: int, and_at: int, subj):
    """The source of the one claim whose cue lies in the unit before the "and"
    at ``and_at``, when that source is the unit's subject: before its cue, near
    the unit's start, and the unit's first words (``subj``) or right after an
    apposition of them ("The harbour spokesman, Jo Roe said ...")."""
    prev = [c for c in claim_index.cue_in(ctx, us, and_at) if c.source and c.cue]
    if len(prev) != 1:
        return None
    src, cue = prev[0].source, prev[0].cue
    if src.end > cue.start or src.start - us > 60 or src.text.lower() in ("who", "which", "that"):
        return None
    if subj is not None and not (src.start < subj[1] and src.end > subj[0]) \
            and not ctx.text[us:src.start].rstrip().endswith(","):
        return None
    return src


# A past participle opening a passive phrase before its preposition ("Questioned
# about the timing, Roe replied ..., and emphasized ..."): the phrase, not its
# first word, opens the sentence ("Jailed activist Jo Roe said" has none)
_OPENING_PASSIVE = (r"[A-Z][a-z]{3,}ed(?=\s+(?:about|on|over|by|after|for|at|in|with|from|during|whether|why|"
                    r"how|what|if)\b)")
# A phrase-opening word takes its phrase up to the comma ("In a statement on
# Friday, ..."); a bare adverb is one word ("Then he cut into Bush, calling ...":
# the subject is "he", not whatever follows the first comma).
_LEAD_ADV = re.compile(
    r"(?:[A-Z][A-Z.'\u2019 -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:--|-|\u2014|\u2013)\s*"
    r"(?:(?:In|On|At|After|Before|During|When|While|Since|As|Last|This|Speaking|Asked|Over|For|By|Back|"
    r"Here|There|Amid|Outside|Inside|Once|Throughout|Under|Within|Following|Despite|Until|Through|Among|"
    r"From|With|Without|Along|Across|Ahead|Shortly|Hours|Days|Weeks|Months|Years|Minutes|Moments|Even|"
    r"Although|Though|Because|If|Unlike|Like|Beyond|Against|Upon|Near|Soon|Just|Perhaps|Therefore|Thus|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[A-Z][a-z]+ly|[A-Z][a-z]+ing)\b[^,\"\u201c]{0,90},\s+)?"
    r"|(?:In|On|At|After|Before|During|When|While|Since|As|Last|This|Speaking|Asked|Over|For|By|Back|"
    r"Here|Amid|Outside|Inside|Once|Throughout|Under|Within|Following|Despite|Until|Through|Among|"
    r"From|With|Without|Along|Across|Ahead|Shortly|Hours|Days|Weeks|Months|Years|Minutes|Moments|Even|"
    r"Although|Though|Because|If|Unlike|Like|Beyond|Against|Upon|Near|Soon|Just|Perhaps|Therefore|Thus|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[A-Z][a-z]+ly|[A-Z][a-z]+ing|" + _OPENING_PASSIVE + r")\b[^,\"\u201c]{0,90}"
    r"(?:,\s+|[\"\u201c][^\"\u201c\u201d,\n]{1,40},[\"\u201d]\s+)"
    r"|(?:Later|Earlier|Meanwhile|However|But|And|Still|Yet|Also|Then|Instead|Now|Today|Yesterday|"
    r"Separately|Similarly|Likewise|Overall|Afterward|Afterwards|Indeed|Rather)\b"
    r"(?:(?:(?!\s(?:he|she|they|it|we|I)\s)[^,\"\u201c]){0,30},)?\s+)")
_LEAD_ADV_NARROW = re.compile(
    r"(?:(?:In|On|At|After|Before|During|When|While|Since|As|Last|This|Speaking|Asked|"
    r"[A-Z][a-z]+ing)\b[^,\"\u201c]{0,90}(?:,\s+|[\"\u201c][^\"\u201c\u201d,\n]{1,40},[\"\u201d]\s+)"
    r"|(?:Later|Earlier|Meanwhile|However|But|And|Still|Yet|Also|Then|Instead|Now|Today|Yesterday|"
    r"Separately|Similarly|Likewise|Overall|Afterward|Afterwards|Indeed|Rather)\b"
    r"(?:(?:(?!\s(?:he|she|they|it|we|I)\s)[^,\"\u201c]){0,30},)?\s+)")
_SUBJ2 = re.compile(
    r"([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|(?:(?:The|A|An|One|Two|Three|Some|Many|Several|Other|Most|His|Her|Their|"
    r"the|a|an)\s+)?"
    r"(?:[A-Z][\w.'\u2019&-]*\s+){0,5}[A-Z][\w'\u2019&-]*(?:\s+of\s+[A-Z][\w.'\u2019&-]*(?=\s+[a-z]))?"
    r"(?:\s+(?!(?:has|is|was|says|does|its|went|sent|spent|meant|lent|wants|seems|appears|continues|tries|goes|"
    r"keeps|plans|hopes|refuses|declines|needs|uses|vows|promises|threatens|pledges|moves|seeks|urges|warns|asks|"
    r"tells|calls|insists|argues|claims|denies|suggests|believes|thinks|knows)\b)"
    r"[a-z][\w-]*(?:er|or|ist|ian|ent|ant|ee|man|woman|person|judge|s))?"
    r"|(?:the|The|A|An|a|an|One|Some|Many|Several|Other|Most)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"[a-z][\w-]*)(?=\s+(?!of\b|who\b|which\b|that\b)[a-z]|,)")


_LEAD_MORE = re.compile(r"(?:[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)*|(?:on|in|at|last|this|earlier|later)\s+"
                        r"[^,\"\u201c]{1,30}),\s+")


def unit_subject(ctx, us, limit):
    """The subject at the start of a sentence (after a leading adverbial)."""
    text = ctx.text
    pos = us
    while pos < limit and text[pos] in "\"\u201c\u201d' ":
        pos += 1
    q = inside_quote(ctx, pos)
    if q is not None and q.close_at < limit:
        # '"Keep up," Roe sings before asking ...': the subject follows the quotation
        pos = q.close_at
        while pos < limit and text[pos] in ",\"\u201c\u201d' ":
            pos += 1
    m = P.OPENING_TIME_RE.match(text, pos, limit) or _LEAD_ADV.match(text, pos, limit)
    sm = None
    if m:
        p2 = m.end()
        mm = _LEAD_MORE.match(text, p2, limit)
        while mm:
            # "At a rally in Portsmouth, N.H., on Tuesday, Senator Roe ...": the
            # adverbial may run on over a place abbreviation and a time phrase
            p2 = mm.end()
            mm = _LEAD_MORE.match(text, p2, limit)
        sm = _SUBJ2.match(text, p2, limit) or _SUBJ_PAREN.match(text, p2, limit)
    if sm is None:
        # the narrower opening adverbials only ("In ...,", "Later,")
        m = _LEAD_ADV_NARROW.match(text, pos, limit)
        sm = _SUBJ2.match(text, m.end() if m else pos, limit)
    if not sm:
        return None
    if text[sm.start(1):sm.end(1)].lower() in TRAILING_SUBORDINATORS:
        # "After calling for a truce Roe continued by saying ...": an opening clause
        # with no comma; its subordinator is no subject, the one after the clause is
        sm = _subject_after_clause(text, sm.end(1), limit)
        if sm is None:
            return None
    return _subject_span(text, sm.start(1), sm.end(1), limit)


def _subject_span(text: str, s: int, e: int, limit: int) -> tuple[int, int] | None:
    """The subject ``unit_subject`` matched at ``text[s:e]``, run on over its
    modifiers; a bare article or possessive with its noun, or the name set off
    after its description."""
    e = _verb_off_name(text, s, e, limit)
    word = text[s:e]
    if word[:4] in ("The ", "the ", "The"):
        named = kind_then_name_subject(text, s, limit)
        if named is not None:
            return named
    if word in _BARE_DETS:
        # "The judge rubbed his chin": a bare determiner read as a name
        dm = _DET_NP.match(text, s, limit)
        if dm is not None:
            return s, _extend_subject(text, s, dm.end(1), limit)
        holder = _described_holder(text, s, limit) if word in _ARTICLE_DETS else None
        if holder is not None:
            return holder
    end = _extend_subject(text, s, e, limit)
    if end == e:
        # "The Kelpish national daily backed ...": the modifiers the noun test stops at
        end = place_modified_phrase(text, s, e, limit)
    return s, end


# (round 47) the words that open an object: after a lower-case "-s" word they make it a verb ("The Halden
# Courier uncovers what it calls", "Kelpco expects the plant to"), not a plural noun of the subject
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "what", "whether", "how", "him",
                             "them", "it"))
_OBJECT_AFTER = re.compile(r"\s+([a-z]+)\b")
# the "-s" words that are no verb ("this", "was", "always")
_S_NOT_VERBS = frozenset(STOPWORDS | {"always", "sometimes", "perhaps", "besides", "afterwards", "towards",
                                      "nowadays", "whereas", "thus", "unless", "less"})


def verb_before_object(text: str, word: str, end: int, limit: int) -> bool:
    """Is ``word`` (ending at ``end``) a verb's "-s" form, as an object
    opening right after it shows ("uncovers what", "expects the"); not
    "-ss", nor a word of two letters ("as", "us")?"""
    if len(word) < 3 or not word.endswith("s") or word.endswith("ss") or not word.islower() or word in _S_NOT_VERBS:
        return False
    m = _OBJECT_AFTER.match(text, end, limit)
    return m is not None and m.group(1) in _OBJECT_OPENERS


def _verb_off_name(text: str, s: int, e: int, limit: int) -> int:
    """The end of a subject the name pattern ran on over the verb after a
    name ("The Halden Courier| uncovers what it calls", "Kelpco| expects the
    plant to"): before that verb; ``e`` for any other subject (and for a
    determiner's "This means the", which the determiner rules read)."""
    cut = text.rfind(" ", s, e)
    if cut < 0 or not verb_before_object(text, text[cut + 1:e], e, limit):
        return e
    before = text[s:cut].rstrip()
    if not before or not before.split()[-1][:1].isupper() or before in _BARE_DETS:
        return e
    return s + len(before)


def lone_article_phrase(text: str, span: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
    """A participle's subject that the subject patterns left as a lone "A" or
    "One" ("A married couple also claiming ...") run on over its noun phrase
    (``_noun_after_article``); any other span as it is."""
    if span is None or text[span[0]:span[1]] not in _LONE_DETS:
        return span
    return span[0], _noun_after_article(text, span[1], limit)


# the determiners that, left alone, are no subject at all ("A", "One")
_LONE_DETS = frozenset(("A", "An", "One", "Another"))
# a time the phrase measures, no speaker ("A day after declaring ...", "One month after announcing")
_TIME_HEADS = frozenset((*_TIME_NOUNS, "day", "days", "hour", "hours", "moment", "time", "decade"))
_LOOSE_WORD = re.compile(r" ([A-Za-z][\w'\u2019-]*)")
_QUANTITY_WORDS = frozenset(("few", "other", "more"))
_NOT_IN_NOUN_PHRASE = frozenset(STOPWORDS | LOWER_PREPOSITIONS | PREPOSITIONS_BEYOND_STOPWORDS | IRREGULAR_PASTS
                                | AUX | PLACE_PREPOSITIONS) - _QUANTITY_WORDS


def _noun_after_article(text: str, e: int, limit: int) -> int:
    """The end of the noun phrase a lone "A" or "One" opens, when the subject
    patterns kept the determiner only ("A married couple also claiming ...", "A
    few other prominent leaders and ..., expressing", "One operative inside the
    tower tried"): up to five words, ending on the last that may be a noun (an
    "-ed" word only as the first modifier; never a verb, a preposition, an
    adverb or a speech verb); ``e`` itself when none is."""
    end, pos = e, e
    for k in range(5):
        m = _LOOSE_WORD.match(text, pos, limit)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        if low in _NOT_IN_NOUN_PHRASE or low in CUE_FORMS or low.endswith("ing") or (
                low.endswith("ly") and low not in LY_NOUNS) or (k and low.endswith("ed")):
            break
        if low in _TIME_HEADS:
            return e
        pos = m.end()
        if not low.endswith("ed") and low not in _QUANTITY_WORDS:
            end = pos
    return end


# the determiners that never stand alone as a subject ("Some", "One", "Many" do)
_ARTICLE_DETS = frozenset(("The", "A", "An", "His", "Her", "Their", "Its"))
# a description and the name set off after it: "A local farmer, Jo Roe, claims ..."
_DESCRIBED_HOLDER = re.compile(r"[A-Z][a-z]*(?:\s+[\w'\u2019-]+){1,6}?,\s+(" + P.HOLDER_NAME + r")(?=\s*,)")


def _described_holder(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """The subject opening on a bare article that no verb follows: the name set
    off after its description ("A local farmer, Jo Roe, claims ..."), or None."""
    m = _DESCRIBED_HOLDER.match(text, s, limit)
    if m is None or FINITE.search(text, s, m.start(1)):
        return None
    return m.start(1), m.end(1)


# an opening clause's lower-case words, then the subject's first capital ("After
# calling for a truce Roe continued"): no comma, no quotation, no finite verb read
_CLAUSE_THEN_CAPITAL = re.compile(r"(?:\s+[a-z][\w'\u2019-]*){1,12}\s+(?=[A-Z])")
# an opening clause up to its comma (no quotation inside)
_CLAUSE_COMMA = re.compile(r"\s[^,\"\u201c\u201d]{1,240}?,\s+(?=[A-Z])")


def _subject_after_clause(text: str, pos: int, limit: int):
    """The subject after an opening clause: after its comma ("When the board chose
    Kelp Mining on May 2 to build the line, Roe objected, saying"), else, when the
    clause opens on a participle, at the first capital ("After calling for a truce
    Roe continued", "When asked why Roe replied")."""
    m = _CLAUSE_COMMA.match(text, pos, limit)
    if m is None and re.match(r"\s+[a-z]+(?:ing|ed)\b", text[pos:limit]):
        m = _CLAUSE_THEN_CAPITAL.match(text, pos, limit)
    return _SUBJ2.match(text, m.end(), limit) if m else None


_BARE_DETS = {"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "One", "Some",
              "Many", "Several", "Most", "Other", "Each", "Both"}
_DET_NP = re.compile(r"([A-Z][a-z]*\s+(?:(?!(?:who|which|that|and|or|to|is|was|has|had)\s)[\w'\u2019-]+\s+){0,3}?"
                     r"(?!(?:the|a|an|of|in|on|at|for|to|with|just|his|her|their|its|who|which|that)\b)[a-z][\w-]*)"
                     r"(?=\s+(?:(?:also|then|later|first|has|have|had|was|were|is|are|will|would|could|did|does|"
                     r"not|never|quickly|repeatedly)\s+)*(?:[a-z]+(?:ed|es)|said|told|wrote|took|went|made|gave|"
                     r"stood|spoke|began|came|got|kept|held|sought|saw|thought|felt|led|put|ran|left|won|lost|"
                     r"met|found|sent|brought|built|bought|fought|chose|drove|rose|fell|grew|knew|broke|paid|"
                     r"says|tells|writes|argues|notes|adds|claims|insists|warns|calls|urges|asks|sees|"
                     r"thinks|believes|wants|seems|appears|said)\b)")


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_NOUNISH_END = re.compile(r"(?:ion|ions|ment|ments|ness|ity|ist|ists|[^e]er|[^e]ers|or|ors|ian|ians|ant|ants|dent|"
                          r"dents|ee|ees|man|men|woman|women|person|people|ial|ials|ign|igns|ate|ates|ary|aries|"
                          r"ff|crowd|crowds|ad|ads|sense|order|group|groups|team|teams|party|office|staff|"
                          r"panel|board|family|council|court|press|media|side|voters|allies)$")
_NOT_NOUNS = {"sent", "spent", "meant", "went", "lent", "bent", "either", "neither", "never", "ever", "other",
              "rather", "after", "later", "under", "over", "whether", "together", "for", "nor", "appear",
              "appears", "offer", "offers", "answer", "answers", "order", "orders", "consider", "considers",
              "remember", "suffer", "gather", "deliver", "delivers", "enter", "enters", "prefer", "prefers",
              "wonder", "wonders", "counter", "counters", "debate", "debates", "indicate", "indicates", "create",
              "stressed", "insist", "insists", "resist", "persist", "separate", "assert", "asserts", "comment",
              "comments", "argument", "urge", "warn", "warns", "state", "states", "relate", "relates", "mention",
              "mentions", "question", "questions", "sanction", "lament", "laments", "claim", "claims",
              "cater", "visit", "visits", "paid", "said", "gave", "came", "became", "rejected", "people"}


_AND_ADJECTIVE = re.compile(r"\s+and\s+[A-Z][a-z][\w'\u2019-]*(?=\s+[a-z][\w-]*s\b)")


def _extend_subject(text, s, e, limit):
    """ "the overall sense", "The Clinton campaign", "the former president": a
    subject that the shortest-match regex ends on a modifier runs on over the
    lowercase nouns that follow (never over a verb-like word)."""
    words = text[s:e].split()
    if not words or words[0].lower() in SUBJ_PRONOUNS or len(words) > 6:
        return e
    both = _AND_ADJECTIVE.match(text, e, limit)
    if both is not None and words[0] in ("The", "the") and words[-1][:1].isupper():
        e = both.end()  # "The Rwandan and Burundian governments": two adjectives, one noun
    n = 0
    while n < 3:
        m = _NEXT_WORD.match(text, e, limit)
        if not m:
            break
        w = m.group(1)
        if w in _NP_PARTICIPLES and len(words) > 1 and words[-1][:1].isupper() and words[-1] not in _BARE_DETS \
                and (t := _NEXT_WORD.match(text, m.end(), limit)) is not None and t.group(1) in TITLE_WORDS:
            e = m.end()  # "The Kelp Democrats acting president Jo Roe": a modifier of the title
            n += 1
            continue
        if w in STOP or w in AUX or w in _NOT_NOUNS or w in NOT_BEFORE_SUBJECT or CUE_FORMS.get(w) \
                or w.endswith(("ed", "ing", "ly")) or len(w) < 3 and w not in ATTRIBUTIVE_ONLY or not (
                    _NOUNISH_END.search(w) or w in _TITLE_NOUNS
                    or w == "general" and text[s:e].split()[-1].lower() in TITLE_WORDS
                    or text[s:e].split()[-1].lower() in ATTRIBUTIVE_ONLY):
            break
        if text[e - 1:e].isalpha() and text[s:e].split()[-1][:1].isupper() and verb_before_object(
                text, w, m.end(), limit):
            break  # (round 47) "The Halden Courier uncovers what": a verb, not a plural noun
        nxt = _NEXT_WORD.match(text, m.end(), limit)
        if nxt is None and not re.match(r"\s*,", text[m.end():limit]):
            named = _name_after_noun(text, w, words, m.end(), limit)
            if named is not None:
                return named
            break
        e = m.end()
        n += 1
    if n and text[s:e].split()[-1].lower() in TITLE_WORDS:
        # "Clinton's campaign manager Robby Mook": the title's holder follows
        nm = _TITLE_HOLDER.match(text, e, limit) or _TITLE_PP_HOLDER.match(text, e, limit)
        if nm is not None:
            e = nm.end()
    return e


def _name_after_noun(text, w: str, words: list[str], e: int, limit: int) -> int | None:
    """Where a subject ending on the noun ``w`` (at ``e``) runs on over a
    name: a title's holder ("Clinton's campaign manager Robby Mook"), or a
    body's name after its kind at the sentence's start ("Trade union Kelpco
    has ..."); None when no name follows."""
    if w in TITLE_WORDS:
        nm = _TITLE_HOLDER.match(text, e, limit)
        return nm.end() if nm is not None else None
    if w in ORG_HINTS and len(words) == 1 and words[0] not in _BARE_DETS:
        nm = _BODY_NAME.match(text, e, limit)
        if nm is not None and nm.group(1) not in WEEKDAYS:
            return nm.end()
    if _place_modified(words):
        return _kind_then_name(text, w, e, limit)
    return None


def place_modified_phrase(text: str, s: int, e: int, limit: int) -> int:
    """Where a subject that a name pattern cut after "The" and a capitalised
    modifier ends: "The Kelpish| ambassador to Halden referred to ..." runs on over
    its noun ("The Kelpish ambassador") and a name after it ("The Kelpish blogger
    Jo Roe"), as ``_extend_subject`` reads it; ``e`` for any other subject."""
    if not _place_modified(text[s:e].split()):
        return e
    end, pos = e, e
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos, limit)
        if m is None:
            break
        w = m.group(1)
        if w not in _KIND_NOUNS and (
                w in STOP or w in AUX or w in _NOT_NOUNS or w in NOT_BEFORE_SUBJECT or CUE_FORMS.get(w)
                or w.endswith(("ed", "ing")) or w.endswith("ly") and w not in LY_NOUNS):
            break
        noun = w in _KIND_NOUNS or _NOUNISH_END.search(w) or _PERSON_KIND_END.search(w)
        if not noun and w.endswith("s") and not w.endswith("ss"):
            break  # "The Clarion draws notice": a verb, not a modifier
        pos = m.end()
        if noun:
            end = pos
            named = _kind_then_name(text, w, end, limit)
            if named is not None:
                return named
            if w in TITLE_WORDS or w in PERSON_DESCRIPTION_HEADS:
                # "The Kelpish shadow minister, Jo Roe, ...": the holder set off after the title;
                # "The Kelpish ambassador to the United Nations": the office's body with it
                pp = _TITLE_PP_HOLDER.match(text, end, limit) or _OFFICE_OF_NAME.match(text, end, limit)
                return pp.end() if pp is not None else end
            if w.endswith("s"):
                break  # a plural ends the phrase ("The Kelpish officials")
    return end


def _place_modified(words: list[str]) -> bool:
    """Whether the subject so far is "The" and one capitalised modifier ("The
    Kelpish", "The Halden"): a nationality or a place describing the noun after it,
    never a name of its own there."""
    return len(words) == 2 and words[0] in ("The", "the") and words[1][:1].isupper() \
        and words[1][1:].isalpha() and words[1][1:].islower()


def _kind_then_name(text, w: str, e: int, limit: int) -> int | None:
    """Where "The Kelpish blogger Jo Roe", "The Kelpish newspaper The Halden Star"
    end: a person's kind before a name of two words, a paper's or a body's kind
    before its name; None when ``w`` is neither or no name follows."""
    if w in ORG_HINTS or w in MEDIA_WORDS:
        nm = _BODY_NAME.match(text, e, limit)
        return nm.end() if nm is not None and nm.group(1) not in WEEKDAYS else None
    if w in TITLE_WORDS or w in PERSON_DESCRIPTION_HEADS or _PERSON_KIND_END.search(w):
        nm = _TITLE_HOLDER.match(text, e, limit)
        return nm.end() if nm is not None else None
    return None


# the nouns a place-modified subject ends on though their endings do not tell ("The Kelpish transport
# ministry", "The Kelpish national daily", "The Kelpish planning document")
_KIND_NOUNS = frozenset(ORG_HINTS | MEDIA_WORDS | TITLE_WORDS | PERSON_DESCRIPTION_HEADS | DOCUMENT_NOUNS
                        | SPEECH_NOUNS)
# an office's body after its title ("ambassador to the United Nations", "minister of Kelp Affairs")
_OFFICE_OF_NAME = re.compile(r"\s+(?:of|to|for|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}")
# the endings of a noun that names a person by what they do ("blogger", "activist", "historian")
_PERSON_KIND_END = re.compile(r"(?:[^e]er|ist|ian)$")


# the title nouns a subject runs on over ("UN special envoy Jo Roe appealed"; not
# those that are verbs or adjectives as often: ``lexicon.TITLE_WORDS_AMBIGUOUS``)
_TITLE_NOUNS = TITLE_WORDS - TITLE_WORDS_AMBIGUOUS
# the holder after a title's brief, set off by commas ("UN special envoy for Kelp, Jo Roe, appealed")
_TITLE_PP_HOLDER = re.compile(r"(?:\s+(?:for|of|to|at|in)\s+[^,;\"\u201c\u201d]{1,50}?)?,\s+"
                              + P.HOLDER_NAME + r"(?=\s*,)")
# a body's name after its kind: "(Trade union) Kelpco has", "(Rights group) Kelp Watch said"
_BODY_NAME = re.compile(r"\s+([A-Z][\w'\u2019&-]*)(?:\s+[A-Z][\w'\u2019&-]*){0,2}(?=\s+[a-z]|,)")
# (a surname may carry a joined article: "Saleh al-Kelp")
_JOINED = "|".join(a + "|" + a.capitalize() for a in JOINED_ARTICLES)
_TITLE_HOLDER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)(?:[A-Z]\.\s+)?(?:(?:" + _JOINED + r")-)?"
                           r"[A-Z][\w'\u2019-]+(?=\s+[a-z]|,)")


# (round 47) the kinds of body and of outlet whose name may follow them ("the magazine Kelp Weekly", "the
# charity Sea Aid", "the rights group Kelp Watch"); not the words that are the start of a name themselves
# ("the White House", "the state ...", "the city ...")
_BODY_KINDS = frozenset((ORG_HINTS | MEDIA_WORDS | ORG_KIND_HEADS | BODY_KIND_HEADS)
                        - {"white", "house", "state", "states", "city", "who", "un", "eu", "news", "press", "times",
                           "post", "media", "fox"})
# "The" and up to two lower-case modifiers, a kind's word, then its name: capitalised words, which may run on
# over "of", "for" or "to" ("the group Friends of the Harbour", "the newspaper Times of Halden"), and a lower-case word,
# a comma or a parenthesis after it
_CAP = r"[A-Z][\w'\u2019&-]*"
_KIND_THEN_NAME = re.compile(r"[Tt]he((?:\s+[a-z][\w-]*){1,3}?)\s+(" + _CAP + r")(?:\s+" + _CAP + r"){0,2}"
                             r"(?:\s+(?:of|for|to|against)\s+(?:(?:a|an|the)\s+)?" + _CAP
                             + r"(?:\s+(?:and\s+)?" + _CAP + r"){0,3})?(?=\s+[a-z(]|,)")
# the modifiers before a kind's word: no verb, no function word ("The group said party Kelp ...")
_NOT_KIND_MODIFIER = frozenset(STOPWORDS | LOWER_PREPOSITIONS | IRREGULAR_PASTS | set(WEEKDAYS))


def kind_then_name_subject(text: str, s: int, limit: int) -> tuple[int, int] | None:
    """ "The magazine Kelp Weekly was cautious when it reported ...", "the
    rights group Kelp Watch said": a subject opening on "The", a body's or an
    outlet's kind (``_BODY_KINDS``, after at most two modifiers) and its name,
    the whole phrase; None when the words at ``s`` are not such a phrase."""
    m = _KIND_THEN_NAME.match(text, s, limit)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1] not in _BODY_KINDS or m.group(2) in DATE_WORDS or any(
            w in _NOT_KIND_MODIFIER or w in CUE_FORMS or (w.endswith("ed") and "-" not in w) for w in words[:-1]):
        return None
    return s, m.end()


# "Sen. Jane Roe (D-Ore.) continued ...": a name before a parenthetical
_SUBJ_PAREN = re.compile(r"((?:[A-Z][\w.'\u2019&-]*\s+){0,5}[A-Z][\w'\u2019&-]*)(?=\s+\()")


def left_noun(text, us, pos):
    toks = P.tokens(text, max(us, pos - 120), pos)
    if not toks:
        return None
    i = len(toks) - 1
    j = i
    while j >= 0 and toks[j][2].lower() not in STOP and toks[j][2] not in PUNCT_STOP and i - j < 5:
        if j < i and CUE_FORMS.get(toks[j][2].lower()):
            break
        j -= 1
    if j == i:
        return None
    return toks[j + 1][0], toks[i][1]
