"""Whether two claims are one statement, and what kind of link joins them.

The pipeline (``pipeline.Matcher``) proposes candidate pairs; this module
decides each pair, with no database: ``link(a, b)`` says how ``a`` and ``b``
are one statement (a ``Found``: score and how) or None, and ``kind_of(a, b)``
whether the link is ``same``, ``drift`` or ``conflict``.

What the speakers say is weighed first (``relation``, from
``aliases.speaker_relation``): SAME person, UNKNOWN or DIFFERENT.  Gates come
before any wording (``_may_link``): a claim of a single content word ("the
figures") links only to its own speaker's claims, a question only to a
question (one put to "you" only to its reprint), and reports more than
``FAR_DAYS`` apart only on ten words or more, near-identical; reported
speech reworded weeks apart only from ``RETOLD_MIN_WORDS`` words
(``_retold_weeks_apart``); two reworded tellings of an event with an
indefinite subject ("a soldier has been killed") more than ``NUMBER_DAYS``
apart not at all (``_another_event``); one speaker's reported speech under
six words, reworded, more than ``OWN_PARAPHRASE_DAYS`` apart neither
(``_own_line_again``).  A pair is then linked when

* its whole wording scores at least the threshold (``DEFAULT_THRESHOLD``;
  ``UNKNOWN_SPEAKER_THRESHOLD`` without the same speaker -- one unnamed group
  named in the same words days apart counts as the same, ``_one_group`` --; ``SHORT_THRESHOLD``
  under six words; a short quotation from an unknown speaker must not
  differ in a word);
* or a quoted stretch of one is found almost verbatim inside the other
  (``similarity.fragment_match``): two words suffice for the same
  speaker, six for an unknown one, eight across different speakers (one
  report quoting another speaker's words), one under six words only word
  for word; the whole shorter claim counts from six / ten words;
* or both quote a verbatim run of ``QUOTED_RUN_WORDS`` words within
  ``PARAPHRASE_DAYS`` (one statement, a word changed elsewhere: drift);
* or one is a paraphrase of the other (``paraphrase_evidence``: rare words
  shared in any order, reports close in time -- one speaker's within
  ``OWN_PARAPHRASE_DAYS`` --, speakers not different; across speakers not
  known to be one, neither claim a bare complement, "of adding a provision",
  whose verb stands outside it: ``_bare_complement``).

Two different speakers link otherwise only when a long statement is word
for word the same: an attribution slip in one report -- or when one quotes
the other by name ("Dahl's promise to keep the quay 'open to ...'").  Two
named speakers' reported speech, quoting nothing, is the reporters' words:
a pronoun attribution is no doubt of two people there (``_reported_only``).

A pair so linked is no link when it is a later count (figures changed,
days apart: ``_a_later_count``) or a forecast and the count after it
(``_forecast_and_count``).

A pair refused only by an occasion gate -- one speaker's like words on two
days (``_another_day``), months apart (``_far_apart``, ``_names_another``),
a short line days on (``_own_line_again``) -- is no link, but when one
speaker said both and the wording alone passes the bar, ``judge`` says so
(an ``Again``): "this person has said this before", which the pipeline keeps
apart from the links (``claim_repeats``).

Over a batch's links, ``without_neighbours`` drops a drift link to a
sentence next to the statement when the other report quotes the statement
itself exactly: one pair alone cannot see that (nor a stock phrase many
people say, ``stock.without_stock_phrases``).
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import attribution
from .aliases import DIFFERENT, SAME, UNKNOWN, speaker_relation
from .candidates import FTS_STOP, DocFreq
from .drift import (
    changed,
    counts_differ,
    meaning_flags,
    modal_classes,
    numbers_swapped,
    one_spelling,
    rewording,
    span_changed,
    word_diff,
)
from .predicates import same_predicate
from .similarity import (
    DEFAULT_THRESHOLD,
    FRAGMENT_RATIO,
    NEGATED_SPAN,
    Overlap,
    contained_score,
    fragment_match,
    fragment_words,
    is_negation,
    logit_floor,
    prepare,
    probability,
    processed,
    quoted_parts,
    quoted_run,
    quoted_words,
    stem,
    text_logit,
    tokens,
    word_overlap,
    words,
)
from .stories import earliest_key
from ..dates import day_number
from ..extract.grain import is_fragment
from ..extract.lexicon import HONORIFICS, LOWER_PREPOSITIONS, SECOND_PERSON
from ..text import STOPWORDS, content_words


UNKNOWN_SPEAKER_THRESHOLD = 0.80
# A reworded statement (see ``paraphrase_evidence``) is looked for in
# reports at most this many days apart.
PARAPHRASE_DAYS = 14
# ... and linked when it shares this many rare words and this share of the
# lighter claim's (idf-weighted) words; its score is that share scaled.
PARAPHRASE_MIN_RARE = 3
PARAPHRASE_MIN_CONTENT = 4
PARAPHRASE_SHARE = {SAME: 0.5, UNKNOWN: 0.7}
PARAPHRASE_SCORE = 0.8
PARAPHRASE_MAX_RUN = 8
PARAPHRASE_MIN_SAID = 2  # ... shared words besides names, across speakers (``_said_of_a_name_only``)
# Without the same speaker, a statement this short must not differ in a word.
UNKNOWN_REWORDED_MIN_WORDS = 10
# Two quotations sharing a verbatim run this long, in reports at most
# PARAPHRASE_DAYS apart, quote one statement (drift if a word changed).
QUOTED_RUN_WORDS = 10
# A stretch of one claim found inside the other links them when it has at
# least this many words: a quoted stretch (the speaker's own words) ...
FRAGMENT_MIN_WORDS = {SAME: 2, UNKNOWN: 6, DIFFERENT: 8}
FRAGMENT_MIN_CONTENT = {SAME: 2, UNKNOWN: 3, DIFFERENT: 4}  # ... of which this many not stop words
# ... or the whole shorter claim
CONTAINED_MIN_WORDS = {SAME: 6, UNKNOWN: 10, DIFFERENT: 10_000}
CONFLICT_MIN_WORDS = 12
# One statement is reported within weeks: the dev set's reports of one
# statement lie at most 26 days apart.  Reports further apart than FAR_DAYS
# share a phrase far more often than a statement ("for peaceful purposes",
# "no regrets", "the figures": on the whole Wikinews rebuild nearly every
# such link under ten words joined two statements), so they link only when
# the shorter claim, and any stretch found in the other, has FAR_MIN_WORDS.
FAR_DAYS = 31
FAR_MIN_WORDS = 10
FAR_THRESHOLD = 0.9  # ... and their whole wording this score, the speakers' agreement not counted
# A claim of fewer content words than this ("injured", "the partnership",
# "defeat") says too little to be recognised across speakers: it links only
# to claims of its own speaker.
THIN_CONTENT_WORDS = 2
# A claim with no verb is a name for a thing, not a statement ("Downing
# Street memo", "2008-09 financial crisis": a category label or the object of
# "known as", cut as a claim); under this many content words that are not
# numbers, two reports naming the same thing share all its words, so it too
# links only to its own speaker's claims (and to reprints).
NAME_CONTENT_WORDS = 4
# Reports further apart than this whose words differ only in numbers count
# different things (a death toll days later, the next poll): not linked.
NUMBER_DAYS = 3
CONFLICT_THRESHOLD = 0.95
DRIFT_MAX_SHARE = 0.5
SHORT_WORDS = 6
# Reported speech reworded in reports weeks apart links only from this many
# words (``_retold_weeks_apart``): shorter, it is a new event told in the same
# few words (the next death, the next poll), not the statement retold.
RETOLD_MIN_WORDS = 20
SHORT_THRESHOLD = 0.9
# A pair linked on its whole wording's score shares at least this many
# content words (``_share_meaning``).
FUZZY_MIN_SHARED = 2
# Words that join the words of one noun phrase ("the maternity ward at
# Eastmoor", "Eastmoor's ward"): articles, the possessive's "s", prepositions
# (``_one_phrase``).  A verb or auxiliary ("will be", "would be") is no glue.
PHRASE_GLUE = frozenset(("the", "a", "an", "s")) | LOWER_PREPOSITIONS
# Two words of one predicate class (``predicates``) say one thing only for
# one speaker in reports at most this many days apart (translations of one
# remark run the same day or the next).
SYNONYM_DAYS = 3
# One speaker's statement reworded in two reports runs within these days
# (``paraphrase_evidence``); a week on, the same speaker's words on the same
# matter, reworded, are mostly their next statement on it (a second call, a
# reply to a reply): an ongoing story quotes its people again and again.
OWN_PARAPHRASE_DAYS = 3
ROOT_MIN_LETTERS = 4  # a word's root ("clos" of "close") is one the other starts with (``_one_root``)

@dataclass
class ClaimInfo:
    rowid: int
    id: str
    article_id: str
    speaker_id: str | None
    content: str
    quote_type: str | None
    published: str | None
    root_article: str  # the article this one reprints, or itself
    speaker_name: str | None = None
    utterance_id: str | None = None  # the attribution this sentence belongs to, if stored
    source_text: str | None = None  # the attribution's words, as the extractor read them
    stance: str | None = None  # "denial" for "X denied that ...": its content is what X disputes
    speaker_role: str | None = None  # "operational director for MSF": the body the speaker may speak for

    @property
    def order(self) -> tuple:
        return earliest_key(self.published, self.id)


class Found(NamedTuple):
    """A link between two claims: its score and how it was found."""

    score: float
    how: str  # exact / fuzzy / partial / paraphrase / speaker-conflict


class Again(NamedTuple):
    """No link, but one speaker's like words said again on another occasion
    (``_said_again``): refused as one statement only by an occasion gate
    (``why``), the wording alone scoring ``score`` (1.0 word for word)."""

    score: float
    why: str  # one of ``SAID_AGAIN_GATES``


def relation(a: ClaimInfo, b: ClaimInfo, reworded: bool = False) -> int:
    """SAME / UNKNOWN / DIFFERENT speaker (``aliases.speaker_relation``, and
    DIFFERENT for a body named by its country and a named person whose role
    places them in another, ``attribution.another_body``;
    DIFFERENT unless the claims' own attributions doubt it,
    ``attribution.doubtful``, or one speaker's role names the other as the
    body they speak for, ``attribution.speaks_for``, in reports days apart).
    ``reworded``: for a link on rewording alone (``paraphrase_evidence``),
    where a pronoun attribution ("he said") is no doubt enough
    (``attribution.misread``): an attribution slip copies the words; two
    people's statements on one event share its rare words, reworded
    ("the efforts of the emergency services" from two prime ministers)."""
    if a.speaker_id and a.speaker_id == b.speaker_id:
        return SAME
    if not a.speaker_id or not b.speaker_id:
        return UNKNOWN
    rel = speaker_relation(a.speaker_name, b.speaker_name)
    if rel == UNKNOWN and (
        attribution.another_body(a.speaker_name, b.speaker_name, b.speaker_role)
        or attribution.another_body(b.speaker_name, a.speaker_name, a.speaker_role)
    ):
        rel = DIFFERENT  # a body named by its country and a person whose role places them in another
    doubt = attribution.misread if reworded else attribution.doubtful
    if (
        rel == DIFFERENT
        and _close_in_time(a, b)  # one statement is reported within days; a formula recurs for months
        and (doubt(a.speaker_name, a.source_text, b.speaker_name, b.source_text)
             or attribution.speaks_for(a.speaker_role, b.speaker_name)
             or attribution.speaks_for(b.speaker_role, a.speaker_name))
    ):
        return UNKNOWN  # (a doubtful attribution; or one speaks for the other: "director for MSF" / "MSF")
    return rel


def link(
    a: ClaimInfo, b: ClaimInfo, threshold: float = DEFAULT_THRESHOLD, df: DocFreq | None = None, wording: bool = True
) -> Found | None:
    """How ``a`` and ``b`` are the same statement, or None when they are not.

    ``df`` (word rarity in the database) enables the paraphrase test;
    ``wording=False`` is for pairs a cheap prefilter found too different in
    wording: only a quoted fragment of one found in the other can link
    them (``_quoted_fragment``)."""
    found = judge(a, b, threshold, df, wording)
    return found if isinstance(found, Found) else None


def judge(
    a: ClaimInfo, b: ClaimInfo, threshold: float = DEFAULT_THRESHOLD, df: DocFreq | None = None, wording: bool = True
) -> Found | Again | None:
    """``link``'s decision, and for a pair it refuses only as another occasion,
    an ``Again``: one speaker said it before (``_said_again``).  The pipeline
    stores the one in ``claim_matches``, the other in ``claim_repeats``."""
    found = _weighed(a, b, threshold, df, wording)
    if found is not None and (_a_later_count(a, b) or _forecast_and_count(a, b)):
        return None  # (a later count is another statement, not the same one said again either)
    return found


def _a_later_count(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Two reports more than ``NUMBER_DAYS`` apart whose words differ only in
    their numbers ("killed at least 55" / "at least 40", three weeks later; a
    poll's figures a week on): a later count or another event, not one
    statement in conflict with itself.  Two quotations stay linked: a figure
    changed in a quotation repeated later is a misquote (drift)."""
    days = _days_apart(a.published, b.published)
    if days is None or days <= NUMBER_DAYS or (_quoted_text(a) and _quoted_text(b)):
        return False
    return meaning_flags(word_diff(a.content, b.content)) == ["numbers"]


PAST_AUXILIARIES = frozenset(("was", "were", "has", "have", "had"))


def _forecast_and_count(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Other figures, and of the words that differ, one side's alone say what
    will be, the other's what has been (``PAST_AUXILIARIES``: "over 1,200
    schools will be closed by the strike" / "8,000 schools have been closed
    by the strike", two days on): a forecast and
    the count after it, two statements however close in time.  Two
    quotations stay linked (a figure changed between quotation marks is a
    misquote: drift), and so do two forecasts ("will propose the withdrawal
    of 3,000 troops" / "would propose ... 2,600")."""
    if _quoted_text(a) and _quoted_text(b):
        return False
    diff = word_diff(a.content, b.content)
    figures = diff.get("numbers") or {}
    if not (figures.get("a") and figures.get("b")):
        return False  # a figure on one side only ("would free the fifteen ...") is no other count
    said_a = [w for op in diff["ops"] for w in op.get("a", "").lower().split()]
    said_b = [w for op in diff["ops"] for w in op.get("b", "").lower().split()]
    will_a, will_b = "will" in modal_classes(said_a), "will" in modal_classes(said_b)
    if will_a == will_b:
        return False
    # ... and the other side's tells what has been ("have been closed"): "would
    # last for six months" against "are enough for eight" is one forecast reworded
    return bool(PAST_AUXILIARIES.intersection(said_b if will_a else said_a))


def _weighed(
    a: ClaimInfo, b: ClaimInfo, threshold: float, df: DocFreq | None, wording: bool
) -> Found | Again | None:
    if not wording:
        return _quoted_fragment(a, b)
    pa, pb = processed(a.content), processed(b.content)  # (the full ``prepare`` only when scored)
    if not pa or not pb:
        return None
    rel = relation(a, b, reworded=_reported_only(a, b))
    shorter = min(len(tokens(pa)), len(tokens(pb)))
    if not _may_link_any_day(a, b, rel):
        return None
    if _too_short_for_far(a, b, shorter):
        return _said_again(a, b, rel, threshold, shorter, "far-apart")
    if rel == DIFFERENT:
        return _across_speakers(a, b, pa, pb)
    if rel != SAME and (a.stance == DIRECTIVE) != (b.stance == DIRECTIVE):
        # "called for an apology" and "offered an apology": a call for a thing and a
        # statement of it are two statements (even in the same words), unless one speaker said both
        return None
    if pa == pb:
        return Found(1.0, "exact")
    gate = _occasion_gate(a, b, rel, shorter)
    if gate is not None:
        return _said_again(a, b, rel, threshold, shorter, gate)
    agree, need = _bar(a, b, rel, threshold, shorter)
    # None: the wording surely scores under ``need`` (nine pairs in ten a load scores)
    logit = text_logit(a.content, b.content, logit_floor(need, agree) if 0 < need < 1 else None)
    if logit is not None and probability(logit, agree) >= need and _share_meaning(a, b, rel):
        return _fuzzy(a, b, rel, threshold, shorter, round(probability(logit, agree), 4))
    found = _other_evidence(a, b, rel, df)
    if found is None:
        # months apart, one speaker's words short of the near-identical bar: the same line again
        return _said_again(a, b, rel, threshold, shorter, "far-apart") if _far_apart(a, b) else None
    if logit is None:  # (its score, computed in full for the few pairs linked otherwise)
        logit = text_logit(a.content, b.content)
    return Found(round(max(probability(logit, agree), found.score), 4), found.how)


def _fuzzy(a: ClaimInfo, b: ClaimInfo, rel: int, threshold: float, shorter_words: int,
           score: float) -> Found | Again | None:
    """A pair whose whole wording passes its bar (``score``): a ``fuzzy`` link,
    unless a short quotation was reworded by another mouth
    (``_short_and_reworded``), or, months apart, a formula was said to someone
    else ("our thoughts and prayers go out to ...": ``_names_another``)."""
    if rel != SAME and _short_and_reworded(a, b):
        return None
    if _far_apart(a, b) and _names_another(a, b):
        return _said_again(a, b, rel, threshold, shorter_words, "names-another")
    return Found(score, "fuzzy")


def _occasion_gate(a: ClaimInfo, b: ClaimInfo, rel: int, shorter_words: int) -> str | None:
    """The occasion gate that tells two like wordings apart as two statements
    (two days, two events, a line said again), by name, or None."""
    if _retold_weeks_apart(a, b, shorter_words):
        return "retold"
    if _another_event(a, b, shorter_words):
        return "another-event"
    if _own_line_again(a, b, rel, shorter_words):
        return "own-line"
    if _another_day(a, b):
        return "another-day"
    return None


# The occasion gates whose pairs may be a line said again (``_said_again``).  Not
# ``retold`` nor ``another-event``: they refuse reported speech reworded, the
# reporters' own words for the next event of a recurring kind ("a British soldier
# has been killed in Afghanistan", the next soldier; a town "a Hezbollah
# stronghold", the next town): like words there tell of the event's kind, not of
# a speaker saying the same again (on the Wikinews rebuild, of 9 such pairs read,
# 1 a line said again, 5 doubtful, 3 wrong: a run-off announcement retold, two
# bills, two countries' jobless rates).
SAID_AGAIN_GATES = frozenset(("another-day", "far-apart", "names-another", "own-line"))


def _said_again(
    a: ClaimInfo, b: ClaimInfo, rel: int, threshold: float, shorter_words: int, why: str
) -> Again | None:
    """A pair an occasion gate (``why``) refused as one statement: one
    speaker's like words said again -- a repeated talking point, which a
    fact-checker looks for ("this person has said this before") -- when the
    speaker is one (``SAME``), the gate one of ``SAID_AGAIN_GATES``, the
    reports two (not a reprint), each claim something said (``_said_in_words``)
    and not too little to be recognised (``_says_too_little``), and the
    wording alone, without the speaker's agreement, passes the bar of one
    statement (``threshold``; ``SHORT_THRESHOLD`` under ``SHORT_WORDS``
    words) and shares its meaning (``_share_meaning``); else None."""
    if rel != SAME or why not in SAID_AGAIN_GATES or a.root_article == b.root_article:
        return None
    if not (_said_in_words(a) and _said_in_words(b)) or _says_too_little(a) or _says_too_little(b):
        return None
    if processed(a.content) == processed(b.content):
        return Again(1.0, why)
    need = SHORT_THRESHOLD if shorter_words < SHORT_WORDS else threshold
    logit = text_logit(a.content, b.content, logit_floor(need) if 0 < need < 1 else None)
    if logit is None or probability(logit) < need or not _share_meaning(a, b, rel):
        return None
    return Again(round(probability(logit), 4), why)


def _said_in_words(c: ClaimInfo) -> bool:
    """A statement (a verb: ``grain.is_fragment``), or a phrase in the speaker's own
    quoted words ("North Korea an 'outpost of tyranny'"); not a noun phrase in the
    report's words ("a senior administration official briefing", a source's
    description read as a claim; "attention to the regional-scale effects of this
    conflict"), whose like wording months later says nothing of a line said again."""
    return not is_fragment(c.content, words=10_000) or bool(quoted_parts(c.content, c.quote_type))


def _names_another(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Does either claim's own frame -- its words outside quotation marks --
    name someone or something (a capitalised word, not the first) that the
    other claim nowhere names?  Reports months apart worded alike are one
    statement retold ("Roe v. Wade was the 'settled law of the land'") or a
    formula said again on another occasion, to another addressee: a
    candidate's "thoughts and prayers go out to his family" for a senator's
    illness in May, his "thoughts and prayers go out" to a rival and his
    family in November.  Retold, the frame names what the statement names."""
    return bool(_frame_names(a) - set(words(b.content))) or bool(_frame_names(b) - set(words(a.content)))


_CAPITALISED = re.compile(r"[A-Z][^\W\d_]+")


def _frame_names(c: ClaimInfo) -> set[str]:
    """The capitalised words (lower-cased; not the claim's first word) of a
    claim's words outside quotation marks: none for a whole quotation."""
    frame = c.content
    for part in quoted_parts(c.content, c.quote_type):
        frame = frame.replace(part, " ")
    start = len(c.content) - len(c.content.lstrip(" \"'\u201c"))  # (the claim's first word: capitalised as such)
    return {m.group().lower() for m in _CAPITALISED.finditer(frame) if m.start() != start}


def _retold_weeks_apart(a: ClaimInfo, b: ClaimInfo, shorter_words: int) -> bool:
    """Reported speech reworded in reports more than ``PARAPHRASE_DAYS``
    apart, the shorter under ``RETOLD_MIN_WORDS`` words, nothing quoted on
    either side, not a reprint: the reporters' own words for a new event of
    a recurring kind (a ministry's "a British soldier has been killed in
    southern Afghanistan" three weeks on, another soldier; the next poll
    "statistically tied"; the jobless rate "its highest level in thirteen
    years", a month later), a position held again or another place
    ("Hezbollah has a stronghold" / "is a Hezbollah stronghold", a month on,
    of another town).  A statement retold weeks later as background is
    copied (an exact link) or recounted at length (a magazine's allegation
    retold in full three months on)."""
    if a.root_article == b.root_article or shorter_words >= RETOLD_MIN_WORDS or not _weeks_apart(a, b):
        return False
    return not (_quoted_text(a) or _quoted_text(b))


def _own_line_again(a: ClaimInfo, b: ClaimInfo, rel: int, shorter_words: int) -> bool:
    """One speaker's reported speech reworded in reports more than
    ``OWN_PARAPHRASE_DAYS`` apart, the shorter under ``SHORT_WORDS`` words,
    nothing quoted on either side, not a reprint: the speaker's like line on
    another occasion, in the reporters' few words (a president "says he still
    believes that is possible" in an interview, and eleven days on, at the
    end of a tour, "said he believes peace is possible").  So few words cannot
    tell one occasion from the next, and a week on one speaker's position
    said again is mostly their next statement on it (as for a paraphrase,
    ``paraphrase_evidence``, and the speaker's agreement, ``_bar``).  From six
    words the statement tells itself: "will be willing to sell F-16 fighter
    jets to Pakistan", recounted eleven days on as background, still links
    (a first version up to ``RETOLD_MIN_WORDS`` words also removed three
    such right links and two doubtful, read).  ``_retold_weeks_apart`` is the longer
    gate for any speaker past ``PARAPHRASE_DAYS``."""
    if rel != SAME or a.root_article == b.root_article or shorter_words >= SHORT_WORDS:
        return False
    if not _days_past(a, b, OWN_PARAPHRASE_DAYS):
        return False
    return not (_quoted_text(a) or _quoted_text(b))


# Words that place what a statement says on its report's own day ("the death today of a
# soldier", "tonight's vote"), and how many days apart two reports of them tell of two days.
_DAY_DEICTIC = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
DEICTIC_DAYS = 2


def _another_day(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Two statements, not word for word the same, that each place what they say by
    their report's day ("today", "tonight", "yesterday", "tomorrow"), in reports more
    than ``DEICTIC_DAYS`` apart: one speaker's like words on two days of a recurring
    event (a minister's statement on each soldier's death: "I was saddened to hear of
    the death today of a soldier" on the 7th, "I was deeply saddened to be informed of
    the death today of a soldier" on the 20th), not one statement told again -- a
    report that retells it days later quotes it whole (``exact``, decided before this)
    or says which day it was."""
    if not _days_past(a, b, DEICTIC_DAYS):
        return False
    return _DAY_DEICTIC.search(a.content) is not None and _DAY_DEICTIC.search(b.content) is not None


def _another_event(a: ClaimInfo, b: ClaimInfo, shorter_words: int) -> bool:
    """Two reports more than ``NUMBER_DAYS`` apart that each tell, in
    reported speech under ``RETOLD_MIN_WORDS`` words and reworded, of an
    event whose subject is a new one (an indefinite noun phrase: "a British
    soldier has been killed in southern Afghanistan", a week on "A British
    soldier has been killed whilst fighting ..."): each introduces its own
    soldier, its own bomb -- the next event of a recurring kind, not one
    statement retold, which refers back ("the soldier", a name).  A noun
    phrase with no verb ("a plan to cancel the debt", what was announced)
    introduces no event; an exact copy is a copy."""
    if a.root_article == b.root_article or shorter_words >= RETOLD_MIN_WORDS:
        return False
    days = _days_apart(a.published, b.published)
    if days is None or days <= NUMBER_DAYS or _quoted_text(a) or _quoted_text(b):
        return False
    return _tells_a_new_event(a.content) and _tells_a_new_event(b.content)


@lru_cache(maxsize=50_000)
def _tells_a_new_event(content: str) -> bool:
    """A clause whose subject is an indefinite noun phrase ("A bomb exploded near the quay")."""
    first = words(content)[:1]
    return first in (["a"], ["an"]) and not is_fragment(content, words=10_000)


def _reported_only(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Two named speakers' claims in reported speech alone, neither quoting a
    word: both wordings are the reporters', so however alike they read, a
    pronoun attribution ("He said he would not support a nuclear power
    plant") is no doubt of two people (``relation``'s ``reworded``): two
    politicians state one position in the same few words.  A quotation
    copied under another name is what an attribution slip leaves."""
    return bool(a.speaker_id and b.speaker_id and not (_quoted_text(a) or _quoted_text(b)))


def _share_meaning(a: ClaimInfo, b: ClaimInfo, rel: int) -> bool:
    """Do two wordings scored alike share what they are about: at least
    ``FUZZY_MIN_SHARED`` content words (stems), or all of the one with fewer?
    One speaker's sentences cast in one mould score high on their function
    words and shape alone: "Keeping it open would be reckless" / "Keeping
    the old system would be expensive", "Rail fares will be frozen until
    January 2033" / "Road tolls will be raised in January 2032" share one
    word of meaning each and are two statements."""
    ca, cb = prepare(a.content).content, prepare(b.content).content
    shared = len(ca & cb)
    return (shared >= FUZZY_MIN_SHARED or shared >= min(len(ca), len(cb))) and not _topic_only(a, b, rel)


def _topic_only(a: ClaimInfo, b: ClaimInfo, rel: int) -> bool:
    """Do two claims share only the name of what they are about, each
    saying its own thing of it?  "The maternity ward at Eastmoor will close"
    and keeping "the Eastmoor maternity ward open 'would be reckless'" share
    three words, all in one noun phrase in each (``_one_phrase``): a plan and
    a judgement of it, two statements; one statement shares its predicate
    too ("close", "reckless").  Checked on a fuzzy or paraphrase link.
    Across speakers, one side's shared words may be one noun phrase while the
    other spreads them through a longer one ("the Orsund conference" / "a
    conference in the Kelp resort of Orsund"): a statement of its own thing
    of that name, which the other does not say (``_says_its_own``), is
    another statement too.

    One speaker's two wordings days apart may also say one predicate in two
    words of one class of ``predicates.PREDICATE_CLASSES`` (two agencies'
    translations: "we should concentrate on the port" / "the next goal will
    be the port"; at most ``SYNONYM_DAYS`` apart); from different or unknown
    speakers, or days apart, such a pair stays two statements."""
    pa, pb = prepare(a.content), prepare(b.content)
    shared = pa.content & pb.content
    if not shared:
        return False
    own_a = _one_phrase(pa.stems, words(a.content), shared)
    own_b = _one_phrase(pb.stems, words(b.content), shared)
    if rel != SAME and own_a and not _in_one_phrase(pb.stems, shared):
        return _says_its_own(a, own_a, b)
    if rel != SAME and own_b and not _in_one_phrase(pa.stems, shared):
        return _says_its_own(b, own_b, a)
    if not (own_a and own_b):
        return False
    if any(_one_root(x, y) for x in own_a for y in own_b):
        return False
    days = _days_apart(a.published, b.published)
    if rel != SAME or days is None or days > SYNONYM_DAYS:
        return True
    return not any(same_predicate(x, y) for x in own_a for y in own_b)


def _said_of_a_name_only(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Do two claims share, besides names, fewer than ``PARAPHRASE_MIN_SAID``
    content words?  A name is rare and weighs much ("Kessby Quay"), so two
    speakers' statements on one thing share most of the lighter claim's
    weight by naming it: a state minister's "the sale would secure the future
    of Kessby Quay" and the federal government "refusing to sell its share in
    Kessby Quay" share the name and "sale" alone, and say two things of it.
    One statement reworded shares what is said too ("the Kessby ledgers may
    be forged" / "it is possible that the Kessby ledgers are forged").  A word
    counts as a name when both claims write it capitalised, never first
    (``_name_stems``).  For a paraphrase link between speakers not known to
    be one: one speaker's two statements of one thing are weighed apart
    (``OWN_PARAPHRASE_DAYS``)."""
    pa, pb = prepare(a.content), prepare(b.content)
    shared = pa.content & pb.content
    return len(shared - (_name_stems(a.content, pa.stems) & _name_stems(b.content, pb.stems))) < PARAPHRASE_MIN_SAID


def _name_stems(content: str, stems: list[str]) -> set[str]:
    """The stems of a claim's words that it writes capitalised wherever they
    stand, never as its first word (``_CAPITALISED``)."""
    start = len(content) - len(content.lstrip(" \"'\u201c"))
    capitalised = {m.group().lower() for m in _CAPITALISED.finditer(content) if m.start() != start}
    named = {s for s, w in zip(stems, words(content)) if w in capitalised}
    return named - {s for s, w in zip(stems, words(content)) if w not in capitalised}


def _says_its_own(c: ClaimInfo, own: set[str], other: ClaimInfo) -> bool:
    """Does ``c``, sharing with ``other`` only one noun phrase (``own``: its
    words outside it), say a thing of that phrase that ``other`` does not
    say at all?  "The Orsund talks have changed nothing" / a party "will keep
    its truce while it weighs a ceasefire declared at talks in the Orsund
    resort": the other words the phrase in a longer one, and says its own
    thing besides.  Only for a statement (a verb: a noun phrase the other
    names, "a joint plan by the 12 harbour towns", may be what it
    announced), and none of ``c``'s own words, nor a word derived from one,
    in ``other``."""
    if is_fragment(c.content, words=10_000):
        return False
    theirs = set(words(other.content))
    return not any(_one_root(x, y) for x in own for y in theirs)


def _in_one_phrase(stems: list[str], shared: set[str]) -> bool:
    """Do the ``shared`` stems lie in one stretch of ``stems`` joined by ``PHRASE_GLUE`` alone?"""
    at = [i for i, s in enumerate(stems) if s in shared]
    return not any(s not in shared and s not in PHRASE_GLUE for s in stems[at[0]:at[-1] + 1])


def _one_phrase(stems: list[str], toks: list[str], shared: set[str]) -> set[str]:
    """The claim's own content words when the ``shared`` stems lie in one
    stretch of ``stems`` joined by ``PHRASE_GLUE`` alone; else none.  (A
    clitic's letters, the "ve" of "we've", are no word of its own.)"""
    if not _in_one_phrase(stems, shared):
        return set()
    at = [i for i, s in enumerate(stems) if s in shared]
    outside = list(range(at[0])) + list(range(at[-1] + 1, len(stems)))
    return {toks[i] for i in outside if toks[i] not in STOPWORDS and stems[i] not in shared and len(toks[i]) > 2}


def _one_root(x: str, y: str) -> bool:
    """One word derived from the other: "close" / "closure", "willing" / "willingness"."""
    short, long = sorted((x, y), key=len)
    root = short[:-1] if short.endswith("e") else short
    return len(root) >= ROOT_MIN_LETTERS and long.startswith(root)


class Bar(NamedTuple):
    """What a pair's whole wording must score: ``agree`` (1 when one speaker
    said both, which raises the score) and the probability ``need``ed."""

    agree: int
    need: float


def _bar(a: ClaimInfo, b: ClaimInfo, rel: int, threshold: float, shorter_words: int) -> Bar:
    if rel == UNKNOWN and _one_group(a, b):
        rel = SAME  # one unnamed group in the same words, days apart: weighed as one speaker
    # one speaker's words in reports more than OWN_PARAPHRASE_DAYS apart: the
    # speaker's agreement raises no reworded line ("we had a very good discussion
    # on a variety of issues" after one meeting, "we've had a good discussion
    # about a variety of issues" after another, a week on); their wording alone must
    agree = 1 if rel == SAME and not _days_past(a, b, OWN_PARAPHRASE_DAYS) else 0
    need = threshold if rel == SAME else max(threshold, UNKNOWN_SPEAKER_THRESHOLD)
    if _far_apart(a, b):
        # months apart, one speaker says much the same again ("our thoughts
        # and prayers go out to ..."): only near-identical wording is one statement
        agree, need = 0, max(need, FAR_THRESHOLD)
    elif rel != SAME and _undated(a, b):
        # a report with no date may be months from the other: across speakers
        # not known to be one, its reworded line links as a far one would (a
        # rumour relayed by an agency and, in an undated report, a president's
        # announcement of it: when each was said, nothing tells)
        need = max(need, FAR_THRESHOLD)
    if shorter_words < SHORT_WORDS:
        # "It was not easy to do" / "change is not easy": a few shared
        # words decide too much in very short texts
        need = max(need, SHORT_THRESHOLD)
    return Bar(agree, need)


def _other_evidence(a: ClaimInfo, b: ClaimInfo, rel: int, df: DocFreq | None) -> Found | None:
    """Evidence besides the whole wording's score (which ``link`` raises
    the found score to when higher): a stretch of one claim inside the
    other, a shared quoted run, a paraphrase."""
    frag = _fragment(a, b, rel)
    if frag and _fragment_enough(frag, rel, a, b):
        return Found(contained_score(frag.ratio), "partial")
    if frag and not frag.quoted:
        # the whole shorter claim was found, too short to link ("it a 'recipe for
        # ...'" with a frame word or two); the quoted stretch in it may be enough
        found = _quoted_fragment(a, b)
        if found is not None:
            return found
    if _close_in_time(a, b) and quoted_run(a.content, a.quote_type, b.content, b.quote_type) >= QUOTED_RUN_WORDS:
        return Found(contained_score(FRAGMENT_RATIO), "quoted-run")
    if df is not None:
        overlap = paraphrase_evidence(a, b, df, rel)
        if overlap:
            return Found(min(1.0, overlap.share) * PARAPHRASE_SCORE, "paraphrase")
    return None


def _quoted_fragment(a: ClaimInfo, b: ClaimInfo) -> Found | None:
    """A quoted stretch of one claim found in the other, long enough for
    the speakers' relation, for two claims too different in wording to be
    scored whole.  The whole shorter claim, a shared quoted run and a
    paraphrase are not looked for here: each needs much of one claim's
    wording in the other, which is what the prefilter measures (no strict
    bound: on the dev sets and the Wikinews corpus they linked no such
    pair that is one statement).  The stretch is looked for before the speakers'
    relation is read: few such pairs share one."""
    frag = fragment_match(a.content, a.quote_type, b.content, b.quote_type, FRAGMENT_MIN_WORDS[SAME], whole=False)
    if not frag:
        return None
    rel = relation(a, b)
    if not _may_link(a, b, rel, frag.words) or not _fragment_enough(frag, rel, a, b):
        return None
    return Found(round(contained_score(frag.ratio), 4), "speaker-conflict" if rel == DIFFERENT else "partial")


def _short_and_reworded(a: ClaimInfo, b: ClaimInfo) -> bool:
    """A short quotation with a word changed, and nothing to say that one
    person spoke both: "This is a historic moment for women" / "... for
    Romania" is two people's words far more often than one misquoted.
    (Reported speech rewords as a matter of course: not counted.)"""
    if min(len(a.content.split()), len(b.content.split())) >= UNKNOWN_REWORDED_MIN_WORDS:
        return False
    qa, qb = _quoted_text(a), _quoted_text(b)
    return bool(qa and qb and word_diff(qa, qb)["changed"])


def _fragment(a: ClaimInfo, b: ClaimInfo, rel: int):
    """``fragment_match`` of the two claims, not tried when none of the
    pieces it would try has the words ``_fragment_enough`` needs."""
    quoted = max(quoted_words(a.content, a.quote_type), quoted_words(b.content, b.quote_type))
    if quoted < FRAGMENT_MIN_WORDS[rel]:
        # A whole claim has no more words than its processed text has
        # characters (the unframed one, a suffix, no more either): across
        # speakers, where no whole claim is enough, most pairs stop here.
        if min(len(processed(a.content)), len(processed(b.content))) < CONTAINED_MIN_WORDS[rel]:
            return None
        if fragment_words(a.content, a.quote_type, b.content, b.quote_type)[1] < CONTAINED_MIN_WORDS[rel]:
            return None
    least = min(FRAGMENT_MIN_WORDS[rel], CONTAINED_MIN_WORDS[rel])  # shorter is never enough
    return fragment_match(a.content, a.quote_type, b.content, b.quote_type, least)


def _fragment_enough(frag, rel: int, a: ClaimInfo, b: ClaimInfo) -> bool:
    """Is a stretch found inside the other claim long enough to link them?

    Words a report puts in quotation marks are the speaker's own, so fewer
    of them suffice than of a whole (possibly paraphrased) claim; the less
    is known of the speakers, the longer the stretch must be; in reports
    more than ``FAR_DAYS`` apart, ``FAR_MIN_WORDS`` at least.  A short
    quoted stretch (under ``FRAGMENT_MIN_WORDS[UNKNOWN]`` words) must stand
    in the other claim word for word: found only nearly, a word of its
    three or four is another word ("a 'new arms race'" is not "this new
    round of the arms race", said four days before).
    """
    if _far_apart(a, b) and frag.words < FAR_MIN_WORDS:
        return False
    if frag.quoted:
        need = FRAGMENT_MIN_WORDS[rel]
        wording = [w for w in frag.text.split() if not w.isdigit()]  # "3,000" is read as "3 000": a figure
        if len(wording) < 3 and not (len(wording) == 2 and all(len(w) >= 4 and w not in FTS_STOP for w in wording)):
            # two words must both carry meaning: "political collaboration", not "no doubt";
            # a figure is not one of them ("3,000 centrifuges" weeks apart: a count, not a quotation)
            return False
        if frag.words < FRAGMENT_MIN_WORDS[UNKNOWN] and not _word_for_word(frag.text, a, b):
            return False
        return frag.words >= need and frag.content_words >= min(need, FRAGMENT_MIN_CONTENT[rel])
    return frag.words >= CONTAINED_MIN_WORDS[rel]


def _word_for_word(stretch: str, a: ClaimInfo, b: ClaimInfo) -> bool:
    """Do both claims hold the ``processed`` stretch as a run of whole words?"""
    run = " %s " % " ".join(tokens(stretch))
    return all(run in " %s " % " ".join(tokens(processed(c.content))) for c in (a, b))


def _across_speakers(a: ClaimInfo, b: ClaimInfo, pa: str, pb: str) -> Found | None:
    """Two known, different speakers: different claims -- unless a long
    statement is word for word the same, or one quotes the other's long
    quotation, which is far likelier an attribution slip in one report (or
    one speaker repeating another's words) than two people's own words."""
    if min(len(tokens(pa)), len(tokens(pb))) >= CONFLICT_MIN_WORDS:
        if pa == pb:
            return Found(1.0, "speaker-conflict")
        logit = text_logit(a.content, b.content, logit_floor(CONFLICT_THRESHOLD))
        if logit is not None and probability(logit, 0) >= CONFLICT_THRESHOLD:
            return Found(round(probability(logit, 0), 4), "speaker-conflict")
    rel = UNKNOWN if _cites(a, b) else DIFFERENT
    frag = _fragment(a, b, rel)
    if frag and frag.quoted and _fragment_enough(frag, rel, a, b):
        return Found(round(contained_score(frag.ratio), 4), "partial" if rel == UNKNOWN else "speaker-conflict")
    return None


def _cites(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Does one claim name the other's speaker in its own words, in reports
    days apart ("Osk said Dahl's promise to keep the quay 'open to every
    trawler in the fleet' was hollow")?  A quoted stretch in it may then be
    the other speaker's words, quoted inside a statement of its own: as long
    a stretch links them as for speakers not known to differ."""
    return _close_in_time(a, b) and (
        attribution.mentions(a.content, b.speaker_name) or attribution.mentions(b.content, a.speaker_name)
    )


def _quoted_text(c: ClaimInfo) -> str | None:
    parts = quoted_parts(c.content, c.quote_type)
    return " ".join(parts) if parts else None


DENIAL = "denial"
DIRECTIVE = "directive"  # "urged X to ...", "called for ...": what the speaker asks for
QUESTION = "question"  # "What will the levy cost?", "asked whether ..."


def kind_of(a: ClaimInfo, b: ClaimInfo) -> tuple[str, str | None]:
    """``same``, ``drift`` (a quotation whose words changed) or ``conflict``
    (a paraphrase that differs in negation, a number, a modal or a name),
    with the word diff for the latter two."""
    if a.article_id == b.article_id:
        return "same", None  # one report's own words twice: no outlet altered them
    if (a.stance == DENIAL) != (b.stance == DENIAL):
        # "The board denied reports that the wing will close" against "the wing
        # will close": the same words, opposite positions -- unless a negation
        # in one side's words turns it again ("the board did not sell the quay"
        # / the board denied "it sold the quay": one position, twice)
        diff = word_diff(a.content, b.content)
        denial, other = (a, b) if a.stance == DENIAL else (b, a)
        if diff.get("negation") or _granted_only(denial, other) or _negates_the_denied(other, denial):
            return "same", None
        return "conflict", json.dumps(diff, ensure_ascii=False)
    qa, qb = _quoted_text(a), _quoted_text(b)
    if qa and qb:
        diff = word_diff(qa, qb)
        if diff["changed"] and _misquoted(a, b, qa, qb, diff):
            return "drift", json.dumps(diff, ensure_ascii=False)
        return "same", None
    diff = word_diff(a.content, b.content)
    if (meaning_flags(diff) or numbers_swapped(diff) or counts_differ(a.content, b.content)
            or span_changed(a.content, b.content)):
        return "conflict", json.dumps(diff, ensure_ascii=False)
    return "same", None


_BUT = re.compile(r"\bbut\b", re.IGNORECASE)


def _granted_only(denial: ClaimInfo, other: ClaimInfo) -> bool:
    """Does ``other`` say only what ``denial`` grants after its "but"?  A
    denial that runs on ("denied involvement in the violence, but have
    recently admitted 'political collaboration' with the rebels ...", cut as
    one claim over several sentences) disputes what stands before "but" and
    grants what follows: a report of the admission ("admitted 'political
    collaboration' with the group") says what the denier says, not its
    opposite.  ``other``'s content words must all miss the denied part and
    some stand in the granted one."""
    parts = _BUT.split(denial.content, maxsplit=1)
    if len(parts) < 2:
        return False
    said = set(content_words(other.content))
    return bool(said) and not said & set(content_words(parts[0])) and bool(said & set(content_words(parts[1])))


def _negates_the_denied(other: ClaimInfo, denial: ClaimInfo) -> bool:
    """Does ``other`` negate, in its own words, what ``denial`` disputes?  A
    statement that runs on ("the review confirmed no such contract exists and
    we have not provided the records to the agency") against a report that
    the company "denied it gave the records to the agency": the word diff
    lines the two up as one long change, where no negation shows; but a
    negation in ``other`` governs (within ``NEGATED_SPAN`` words) a word of
    the denied content -- the word itself or one predicate of its class
    ("provided" / "gave") -- so both say one position."""
    denied = words(denial.content)
    stems = {stem(w) for w in denied if w not in STOPWORDS}
    toks = words(other.content)
    for i, w in enumerate(toks):
        if not is_negation(w):
            continue
        for x in toks[i + 1 : i + 1 + NEGATED_SPAN]:
            if x not in STOPWORDS and (stem(x) in stems or any(same_predicate(x, y) for y in denied)):
                return True
    return False


def without_neighbours(rows: list[tuple]) -> list[tuple]:
    """``claim_matches`` rows (claim_a, claim_b, score, kind, method, diff)
    less the drift links to a neighbour of the statement: a claim whose words
    another report quotes exactly in one claim (an ``exact`` link) is not
    misquoted by a second claim of that report ("We don't quit." / "I don't
    quit.", the next sentence of the speech; "It's the right thing to do." /
    "I'm convinced that was the right thing to do.", another sentence of it
    the same day): the report quoted it right, and the other claim says
    something else, however alike."""
    exact: dict[tuple[str, str], set[str]] = {}
    for a, b, _score, kind, method, _diff in rows:
        if kind == "same" and method.endswith(":exact"):
            exact.setdefault((a, article_of(b)), set()).add(b)
            exact.setdefault((b, article_of(a)), set()).add(a)
    if not exact:
        return rows
    return [row for row in rows if not _to_a_neighbour(row, exact)]


def _to_a_neighbour(row: tuple, exact: dict[tuple[str, str], set[str]]) -> bool:
    """Is the row a drift link whose either claim is quoted exactly by another
    claim of the other's report (``exact``: (claim, report) -> those claims)?"""
    a, b, _score, kind, _method, _diff = row
    if kind != "drift":
        return False
    return bool(exact.get((a, article_of(b)), set()) - {b} or exact.get((b, article_of(a)), set()) - {a})


def article_of(claim_id: str) -> str:
    """The article of a claim id ("<article>:<start>-<end>", ``extract.grain``)."""
    return claim_id.rpartition(":")[0]


def _misquoted(a: ClaimInfo, b: ClaimInfo, qa: str, qb: str, diff: dict) -> bool:
    """Is a change between two quotations of one statement (a reprint's and
    its original's too) a drift?  Drift is the same quoted words, partly
    changed: a negation, a number, a modal or a name; else content words
    changed in at most ``DRIFT_MAX_SHARE`` of either wording (``changed``),
    or anywhere when the two share a long verbatim run (a changed ending is
    still a misquote) -- not a wholly different wording of the same point
    (a paraphrase, a translation: ``same``), nor a dropped "that" or a
    spelling ("U.S." / "US"), which wire copy changes as a matter of course."""
    if meaning_flags(diff) or numbers_swapped(diff):
        return True
    change = changed(diff, qa, qb)
    if not change.content:
        return False
    if quoted_run(a.content, a.quote_type, b.content, b.quote_type) >= QUOTED_RUN_WORDS:
        return True
    return change.share <= DRIFT_MAX_SHARE and not _translated(a, b, qa, qb, diff)


# Two renderings of one remark in another language word it differently in
# several places, phrase for phrase ("hard times" / "difficult conditions",
# "has to" / "must"); a misquote changes a word or two of a quotation
# otherwise copied.  A translation has at least this share of its words
# reworded, in TRANSLATION_MIN_CHANGES places or more.
TRANSLATION_MIN_SHARE = 0.3
TRANSLATION_MIN_CHANGES = 2


def _translated(a: ClaimInfo, b: ClaimInfo, qa: str, qb: str, diff: dict) -> bool:
    """Are two quotations of one speaker, ``qa`` and ``qb`` differing as
    ``diff`` says, two translations of one remark rather than a misquote?
    Yes when they are reworded in several places, a good share of the
    words, each place a phrase swapped for one of about its length, or --
    counted in the word-for-word alignment, before neighbouring changes are
    joined for display -- as many content words given as taken (a function
    word such as "have" or "in" may come or go: "We asked ... they
    responded" / "We have asked ... they have answered"), in reports days
    apart at most, and nothing changed in meaning (no negation, number,
    modal force or name: ``meaning_flags``, checked by the caller)."""
    ops = diff["ops"]
    if relation(a, b) != SAME or diff.get("numbers") or diff.get("negation"):
        return False
    days = _days_apart(a.published, b.published)
    if (days is not None and days > NUMBER_DAYS) or diff["changed_share"] < TRANSLATION_MIN_SHARE:
        return False
    if len(ops) >= TRANSLATION_MIN_CHANGES and all(
        op["op"] == "replace" and abs(len(op["a"].split()) - len(op["b"].split())) <= 1 for op in ops
    ):
        return True
    words = rewording(qa, qb)
    return words.places >= TRANSLATION_MIN_CHANGES and words.dropped == words.added


def _days_apart(a: str | None, b: str | None) -> int | None:
    da, db = day_number(a), day_number(b)
    return None if da is None or db is None else abs(da - db)


def _close_in_time(a: ClaimInfo, b: ClaimInfo) -> bool:
    days = _days_apart(a.published, b.published)
    return days is not None and days <= PARAPHRASE_DAYS


def _days_past(a: ClaimInfo, b: ClaimInfo, limit: int) -> bool:
    """Reports known to lie more than ``limit`` days apart."""
    days = _days_apart(a.published, b.published)
    return days is not None and days > limit


def _undated(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Two reports (not one and its reprint), either without a date: how far
    apart they lie is unknown, so no gate of time can apply."""
    return a.root_article != b.root_article and _days_apart(a.published, b.published) is None


def _weeks_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Reports known to lie more than ``PARAPHRASE_DAYS`` apart."""
    days = _days_apart(a.published, b.published)
    return days is not None and days > PARAPHRASE_DAYS


def _far_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Reports known to lie more than ``FAR_DAYS`` apart (unknown dates are not far)."""
    days = _days_apart(a.published, b.published)
    return days is not None and days > FAR_DAYS


def _may_link(a: ClaimInfo, b: ClaimInfo, rel: int, shorter_words: int) -> bool:
    """The gates every link passes before any wording is weighed: a claim
    of fewer than ``THIN_CONTENT_WORDS`` content words only to its own
    speaker's claims; a question (``asks``) only to the same speaker's question, and one put to
    "you" only to its reprint (an interviewer's question to each guest); reports more than
    ``FAR_DAYS`` apart only when the shorter claim (or the stretch found) has
    ``FAR_MIN_WORDS``; a name for a thing (``names_a_thing``) likewise only
    to its own speaker's claims; what "people" say (``attribution.people_at_large``)
    only to its reprint.  A reprint's
    claims are its original's, however short."""
    return _may_link_any_day(a, b, rel) and not _too_short_for_far(a, b, shorter_words)


def _too_short_for_far(a: ClaimInfo, b: ClaimInfo, shorter_words: int) -> bool:
    """Reports more than ``FAR_DAYS`` apart, the shorter claim (or the stretch
    found) under ``FAR_MIN_WORDS``: a shared phrase, not one statement (a
    reprint's claims are its original's)."""
    return a.root_article != b.root_article and shorter_words < FAR_MIN_WORDS and _far_apart(a, b)


def _may_link_any_day(a: ClaimInfo, b: ClaimInfo, rel: int) -> bool:
    """``_may_link``'s gates but the one of reports far apart (``_too_short_for_far``)."""
    if a.root_article == b.root_article:
        return True
    if attribution.people_at_large(a.source_text) or attribution.people_at_large(b.source_text):
        return False  # "A lot of people say that ...": an opinion ascribed to no one (an interviewer's preamble)
    if asks(a) != asks(b):
        return False  # a question and a statement are two things said, whatever words they share
    if asks(a) and (rel != SAME or _to_you(a) or _to_you(b)):
        # the same question from two people, or from nobody named, is an interviewer's
        # standard question put to each guest of a series, not one statement reported
        # twice; and so is one interviewer's question put to "you" ("Which was least
        # beneficial ... to your riding?"): in another report, to another guest
        return False
    return not (rel != SAME and (_says_too_little(a) or _says_too_little(b)))


def asks(c: ClaimInfo) -> bool:
    """Does the claim ask rather than state?  A question (its stance), or the
    report's own words -- no speaker, no attribution, nothing quoted --
    speaking to "you": an interviewer's line ("What seems most effective,
    from your experience"), its question mark lost.  A reporter states
    nothing to "you" in news prose; whoever is quoted may."""
    if c.stance == QUESTION:
        return True
    if c.speaker_id or c.speaker_name or c.source_text or quoted_parts(c.content, c.quote_type):
        return False
    return _to_you(c)


def _to_you(c: ClaimInfo) -> bool:
    """Does the claim speak to "you" (a question put to one guest)?"""
    return not SECOND_PERSON.isdisjoint(words(c.content))


# A negative contraction's "n't" ("don't", "wouldn't"), read as "not" as
# ``similarity.words`` reads it: ``text.content_words`` splits at the
# apostrophe and would count the "don" of "I don't know." as a word of meaning.
_NEGATED = re.compile(r"n['\u2019]t\b", re.IGNORECASE)


def meaning_words(content: str) -> list[str]:
    """``text.content_words`` of a claim, a negative contraction read as "not"."""
    return content_words(_NEGATED.sub(" not", content))


@lru_cache(maxsize=50_000)
def _content_count(content: str) -> int:
    return len(meaning_words(content))


def _says_too_little(c: ClaimInfo) -> bool:
    """Too little to be recognised in another mouth: under
    ``THIN_CONTENT_WORDS`` content words, or a name for a thing -- unless
    the claim holds someone's own words: a whole quotation however short
    ("Beauty belongs to all the people": its verb escapes ``is_fragment``),
    or a quoted stretch inside the report's words ("called the referendum
    'a charade'": the referendum "a charade", a statement without its
    verb).  A claim quoted whole as a phrase ("Downing Street memo") is a
    name in quotation marks."""
    if _content_count(c.content) < THIN_CONTENT_WORDS:
        return True
    parts = quoted_parts(c.content, c.quote_type)
    if c.quote_type == "direct" or (parts and parts != (c.content,)):
        return False
    return names_a_thing(c.content)


# A capitalised name's "'s" before a lower-case word: a possessive ("Kessby's
# quay"), read by ``names_a_thing`` without it; before an "-ing" it is "is"
# ("Dahl's leaving").
_POSSESSIVE = re.compile(r"\b([A-Z][\w.-]*)['\u2019]s\b(?= [a-z]+(?<!ing)\b)")


@lru_cache(maxsize=50_000)
def names_a_thing(content: str) -> bool:
    """Is the claim a noun phrase naming a thing rather than a statement:
    no verb (``grain.is_fragment``'s test, at any length of words), not an
    infinitive's clause ("to appeal the decision": what someone means to
    do), and under ``NAME_CONTENT_WORDS`` content words besides numbers
    ("Downing Street memo", "the 2031 harbour levy", "a Kessby quay")?  A
    name's possessive ("Kessby's new quay", an article's title "Kelp's
    tentacles in Orsund") is no contracted "is"."""
    if content.lstrip(" \"'\u201c").lower().startswith("to "):
        return False
    if not is_fragment(_POSSESSIVE.sub(r"\1", content), words=10_000):
        return False
    return sum(not w.isdigit() for w in meaning_words(content)) < NAME_CONTENT_WORDS


def _attributed(c: ClaimInfo) -> attribution.Attributed:
    return attribution.attributed(c.speaker_name, c.source_text, c.speaker_role)


def _name_words(*names: str | None) -> frozenset:
    """The words of the speakers' names, and the honorifics ("Mr", "Dr"):
    a paraphrase's weight is in what it says, not in how it styles a name
    ("George Roe will attend" / "Mr Roe is not attending": "Mr" is no word
    the other left out)."""
    return HONORIFICS | frozenset(w for n in names if n for w in words(n))


def _uncredited_quote(c: ClaimInfo) -> bool:
    """Is the claim mostly words in quotation marks that its report credits to
    no one -- no speaker, no attribution, and at least half its words one
    quoted stretch (users would be required to "understand the link between
    ..."; the "2031 Kessby Harbour Fair")?  Whose words they are is unknown,
    so a rewording of them in another mouth is no evidence of one statement:
    the other report's speaker may as well be saying their own thing of the
    same subject.  Their wording may still match (a quoted stretch found
    verbatim).  A word or two quoted in the report's own sentence ("showed
    'bravery'") leaves it the report's account, which a rewording may match."""
    if c.speaker_id or c.speaker_name or c.source_text:
        return False
    quoted = quoted_words(c.content, c.quote_type)
    return quoted > 0 and 2 * quoted >= len(tokens(processed(c.content)))


# Prepositions that open a bare complement (``_bare_complement``): "of adding a
# provision", "for allowing the crew to sail", "about the levy".  Not "to": "to bar
# the ships from the port" is what was threatened, an infinitive's whole clause.
COMPLEMENT_PREPOSITIONS = frozenset(LOWER_PREPOSITIONS - {"to"})


def _bare_complement(c: ClaimInfo) -> bool:
    """Does the claim open with a lower-case preposition (``COMPLEMENT_PREPOSITIONS``):
    the object of a verb that stands outside it ("Roe has been accused *of adding
    a provision to the harbour bill*", "Dahl was praised *for allowing ...*")?
    What is said of those words -- accused, conceded, praised, denied -- is not in
    the claim, nor often whose words they are, so a rewording of them elsewhere is
    no evidence of one statement: a premier's accusation that the minister added a
    provision and, a week on, the minister's concession "to changes to the
    provisions" share the provision's words and say two things of it.  A phrase of
    time or place before a clause ("at midnight, two patrols crossed the line") is
    no complement: the claim has its verb (``grain.is_fragment``).  A claim that
    opens on the verb's object and then the preposition ("the Harbour Board of
    negligence", ``_object_first``) is one too."""
    words = c.content.lstrip(" \"'\u201c\u2018(").split()
    if not words or not (words[0] in COMPLEMENT_PREPOSITIONS or _object_first(words)):
        return False
    return is_fragment(c.content, words=10_000)


OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "it"))
OBJECT_NAME_WORDS = 4  # ... at most this many capitalised words name the object (``_object_first``)
# The prepositions of a verb's complement after its object ("accused X of", "blamed X for",
# "charged X with", "barred X from", "warned X about", "criticised X over"); not those of place
# or time ("Roe in the harbour" tells where, of a name it does not complete).
OBJECT_COMPLEMENTS = frozenset(("of", "for", "with", "from", "about", "over"))


def _object_first(words: list[str]) -> bool:
    """Does the claim open on a verb's object, then its complement: a name (at
    most ``OBJECT_NAME_WORDS`` capitalised words, after "the" or "a") or an
    object pronoun, then a lower-case preposition of ``OBJECT_COMPLEMENTS``
    and a lower-case word ("the Harbour Board *of* negligence", from "accused the
    Harbour Board of negligence"; "him for lying")?  A name takes no such
    complement of its own ("the Bank of Kelp": a capital after), so the verb
    -- accused, blamed, praised -- stands outside the claim, as for a claim
    opening on the preposition."""
    k = 1 if words[0].lower() in ("the", "a", "an") else 0
    if k == 0 and words[0] in OBJECT_PRONOUNS:
        n = 1
    else:
        if k >= len(words) or words[k].lower() in STOPWORDS:
            return False  # "Most of the nation ...": a quantifier's "of", no name
        n = 0
        while k + n < len(words) and n < OBJECT_NAME_WORDS and words[k + n][:1].isupper():
            n += 1
        if n == 0:
            return False
    at = k + n
    return at + 1 < len(words) and words[at] in OBJECT_COMPLEMENTS and words[at + 1][:1].islower()


def _one_group(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Are two claims with no named speaker credited to one unnamed group in the
    same words ("Opposition parties", "the harbour unions"), in two reports at most
    ``OWN_PARAPHRASE_DAYS`` apart?  The group is no known speaker (a group named by
    its kind may be two groups), but two reports of a few days telling, in rare
    words of one matter, what the same words say are the same group's statement
    reworded as often as one person's: their whole wording is weighed at one
    speaker's bar and agreement (``_bar``) and their paraphrase at one speaker's
    share (``PARAPHRASE_SHARE``), every other gate of unknown speakers kept.  A
    pronoun ("they") or a relative ("who") names no group, and words with no
    content word ("Both", "Others") none either."""
    if a.speaker_id or b.speaker_id or a.root_article == b.root_article:
        return False
    sa, sb = (a.source_text or "").strip(), (b.source_text or "").strip()
    if not sa or sa.casefold() != sb.casefold() or attribution.referring(sa) or not content_words(sa):
        return False
    return not _days_past(a, b, OWN_PARAPHRASE_DAYS) and _days_apart(a.published, b.published) is not None


def paraphrase_evidence(a: ClaimInfo, b: ClaimInfo, df: DocFreq, rel: int | None = None) -> Overlap | None:
    """The rare-word overlap of two claims when it makes them one statement
    reworded (a quotation and its reported-speech paraphrase, two
    translations of one remark), else None.

    Needed: speakers that may be one person (two named people doubted only
    by a pronoun attribution are two: ``relation``'s ``reworded``), reports at most
    ``PARAPHRASE_DAYS`` apart, ``PARAPHRASE_MIN_CONTENT`` content words in
    each (fewer: a name for a thing, "the Downing Street memo", which any
    statement naming it contains), ``PARAPHRASE_MIN_RARE`` rare words shared and
    ``PARAPHRASE_SHARE`` of the lighter claim's weight (the speakers' own
    names do not count); across speakers, no attribution that names no one
    who can speak (``attribution.names_no_source``: "The case", "proofs")
    and no bare complement (``_bare_complement``: "of adding a provision");
    one unnamed group in the same words weighed as one speaker (``_one_group``);
    and not two quotations that differ (their words decide), nor a long
    stretch word for word with the rest different.
    """
    rel = relation(a, b) if rel is None else rel
    if rel == UNKNOWN and a.speaker_id and b.speaker_id:
        rel = relation(a, b, reworded=True)  # two names, doubted: a pronoun's doubt is not enough here
    if rel == DIFFERENT or not _close_in_time(a, b) or (rel == SAME and _days_past(a, b, OWN_PARAPHRASE_DAYS)):
        return None
    if rel != SAME and (attribution.names_no_source(a.source_text) or attribution.names_no_source(b.source_text)):
        return None  # a subject read as a speaker ("The case", "proofs"): no one's statement to reword
    if rel != SAME and attribution.two_sources(_attributed(a), _attributed(b)):
        return None  # two sources, each saying its own thing of one event
    if rel != SAME and (_uncredited_quote(a) or _uncredited_quote(b)):
        return None  # words in quotation marks that the report credits to no one
    if min(_content_count(a.content), _content_count(b.content)) < PARAPHRASE_MIN_CONTENT:
        return None
    text_a, text_b = one_spelling(a.content, b.content)  # ("United Nations" / "UN": one word)
    overlap = word_overlap(
        text_a, text_b, df.idf, _name_words(a.speaker_name, b.speaker_name), df.rare_idf, PARAPHRASE_MIN_RARE
    )
    bar = PARAPHRASE_SHARE[SAME if rel == UNKNOWN and _one_group(a, b) else rel]
    if overlap.rare < PARAPHRASE_MIN_RARE or overlap.share < bar or _topic_only(a, b, rel):
        return None
    if rel != SAME and (_said_of_a_name_only(a, b) or _bare_complement(a) or _bare_complement(b)):
        return None
    qa, qb = _quoted_text(a), _quoted_text(b)
    if qa and qb and word_diff(qa, qb)["changed"]:
        return None
    ta, tb = processed(a.content).split(), processed(b.content).split()
    run = difflib.SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    if run.size >= PARAPHRASE_MAX_RUN:
        # a long stretch word for word, the rest too different to link by
        # wording: two statements sharing a phrase (or a description of the
        # speaker), not one statement reworded throughout
        return None
    return overlap
