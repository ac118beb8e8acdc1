"""Quotations that no rule attributed: still claims, with the sentence's subject as source.

Why: a report quotes someone in more ways than a list of reporting verbs can
hold ("He quotes \"...\"", "a memo, which states that \"...\"", "Saying,
\"...\", the President signed").  A quotation left out of the claims table is
invisible to search and to matching across reports, so every quotation of a
few words that no rule took becomes a claim of its own.  Its source is the
subject that opens its sentence when there is one (the speaker is resolved
from it as for any claim); otherwise it has none, and the row says so
(``sourcing`` "author", no speaker) rather than guessing.  The rule id
``quote.unattributed`` and a low confidence mark these rows.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import claim_index
from . import patterns as P
from .context import FINITE, make_claim, unit_of
from .direct_quotes import another_speaks_between
from .grain import called_lead
from .lexicon import LOWER_PREPOSITIONS
from .sources import AUX, place_modified_phrase
from .speaker_guards import name_start

# A quotation this short is a label or a scare quote ("Lady Bird", "mishandled").
MIN_WORDS = 3
# A quotation that starts in lower case is a fragment of a sentence; under this
# many words and without a finite verb it is a scare quote or a label ("the
# grown-up in the room"), not a statement ("ours is a car town" stays): on PolNeAR
# train three in four such rows matched no attribution.
MIN_FRAGMENT_WORDS = 6
# How far before a quotation "... critics called" may start.
CALLED_WINDOW = 120
# How far back in its paragraph a quotation looks for the speaker going on.
PREVIOUS_WINDOW = 1500

_NAME = r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*"
_LEAD = r"(?:(?:Today|Yesterday|Earlier|Later|Meanwhile|However|Also|Then|On\s+\w+|In\s+\w+(?:\s+\d{4})?),\s+)?"
# a small word that ends no subject ("The introduction to the | report states"):
# the noun phrase runs on over "of the report", "to the review"
_SMALL = "|".join(sorted(LOWER_PREPOSITIONS | {"the", "a", "an", "and", "or"}))
# (nor an auxiliary or adverb: "The company | has also set up a petition")
_VERBISH = "|".join(sorted(AUX))
_THE_NP = (rf"The\s+(?:(?!(?:{_VERBISH})\b)[a-z]+\s+){{0,2}}(?!(?:{_SMALL}|{_VERBISH})\b)[a-z]+\b"
           r"(?:\s+(?:of|to|for)\s+(?:the|a|an|its|their|his|her)\s+[a-z]+\b)?")
# The subject that opens the sentence: a name, a pronoun or a short noun phrase,
# then a lower-case word (its verb) somewhere before the quotation.
_SUBJECT = re.compile(
    rf"{_LEAD}(?P<src>(?:He|She|They|We|I)\b|{_THE_NP}|{_NAME})"
    r"(?=\s+(?:[a-z]+\s+){0,3}[a-z]+\b)")
# "SMITH: ..." or "Mr. Smith: ..." opening a quoted transcript line
_LABEL = re.compile(r"(?P<src>(?:[A-Z][A-Z.'-]+\s){0,2}[A-Z][A-Z'-]{2,}|(?:Mr|Mrs|Ms|Dr)\.\s[A-Z][\w'-]+):\s+(?=\S)")
_TITLE_LIKE = re.compile(r"(?:[A-Z][\w'\u2019-]*\W*\s*)+$")
# The small words a title keeps in lower case ("Orange is the New Black").
_TITLE_SMALL = frozenset(("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from",
                          "by", "is", "are", "as", "vs", "nor", "but", "into", "over", "upon"))
_TITLE_WORD = re.compile(r"[\w'\u2019-]+")
# A quotation that stands on its own (at a paragraph's start, after a dash, a
# bracket or a sentence's end) credited to its writer or outlet right after its
# closing mark ("NEW IN TOWN—\"Museum to close in May,\" by Jane Roe of the Daily
# Planet"): the title of an article cited in a digest or a letter, not words
# someone said.  (Inside a clause, "was called \"...\" by Roe" is a passive's
# agent: Roe's words.)
_CREDITED_TITLE = re.compile(r"\s*,?\s+by\s+(?:the\s+)?[A-Z]")
_STANDS_ALONE_AFTER = "\n(\u2014\u2013-.!?"


def is_title(words: str) -> bool:
    """A work's title, a programme, a slogan or a date in quotation marks ("The
    Late Show With a Host", "How the Owl Lost Its Hat", "March 10, 2016"): every
    word capitalized, a number or a small word, and at most twelve of them."""
    tokens = _TITLE_WORD.findall(words)
    if not 2 <= len(tokens) <= 12 or not tokens[0][:1].isupper():
        return False
    caps = 0
    for t in tokens:
        if t[:1].isupper() or t[:1].isdigit():
            caps += 1
        elif t.lower() not in _TITLE_SMALL:
            return False
    return caps >= 2


def unattributed_quotes(ctx) -> None:
    """A claim for each quotation of MIN_WORDS or more words that no claim covers."""
    text = ctx.text
    for q in ctx.quotes:
        if q.single or q.words < MIN_WORDS or q.open_at in ctx.used_quotes:
            continue
        if claim_index.covers(ctx, q.start) or claim_index.starting_in(ctx, q.start, q.end - 1):
            continue
        inner = text[q.start:q.end]
        if (q.words <= 4 and _TITLE_LIKE.match(inner)) or is_title(inner):
            continue  # a title or a name in quotation marks
        if _credited_title(text, q):
            continue  # an article's title and its byline
        called = called_lead(text, max(0, q.open_at - CALLED_WINDOW), q.open_at)
        if called is not None:
            # "a decision parents called "a slap in the face"": the caller's words
            make_claim(ctx, q.start, q.end, (called.start("src"), called.end("src")),
                       (called.start("cue"), called.end("cue")), "quote.called", 0.5, quote_type="partial")
            continue
        if q.words < MIN_FRAGMENT_WORDS and inner.lstrip(" '\u2018\"\u201c")[:1].islower() \
                and not FINITE.search(inner):
            continue  # a phrase picked out of a longer sentence ("a global town square")
        manner = _manner_trailer(text, q)
        if manner is not None:
            # '"The port is ready," enthused delegate Jo Roe.': a verb off the cue list in the trailer's place
            make_claim(ctx, q.start, q.end, manner.src, manner.cue, "quote.manner_trailer", 0.5,
                       quote_type="direct", lemma="say", stance="assertion")
            continue
        start, src, rule = q.start, None, "quote.unattributed"
        label = _LABEL.match(text, q.start, q.end)
        if label:
            # a transcript line quoted whole: "SMITH: We will ..."
            start, src, rule = label.end(), (label.start("src"), label.end("src")), "quote.labelled"
        else:
            src = _byline_of_title(ctx.text, q.open_at) or _subject(ctx, q.open_at) or \
                _previous_source(ctx, q.open_at) or _narrating_subject(ctx, q.open_at) or \
                _heading_name(ctx, q.open_at) or _profile_name(ctx, q.open_at)
        full = inner[:1].isupper() and q.words >= 5
        make_claim(ctx, start, q.end, src, None, rule, 0.35, quote_type="direct" if full else "partial")


class _Trailer(NamedTuple):
    """A trailer's source and cue spans."""

    src: tuple[int, int]
    cue: tuple[int, int]


def _manner_trailer(text: str, q) -> _Trailer | None:
    """The verb and source right after a quoted sentence that ends on a comma, "!" or
    "?" ('"...," railed Jo Roe.', '"...!" beamed Ann Vole of Kelp Bay'): the place of an
    inverted trailer, where a verb in the past is one of saying whatever it is
    (``_MANNER_CUE``); None elsewhere."""
    inner = text[q.start:q.end].rstrip()
    if not q.closed or not inner[:1].isupper() or q.words < 3:
        return None
    m = _MANNER_CUE.match(text, q.close_at)
    if m is None or not (inner.endswith((",", "!", "?")) or m.group("comma")):
        return None
    sm = _MANNER_SOURCE.match(text, m.end("cue"))
    if sm is None:
        return None
    # (an office and its holder after its comma: "opined the Halden Star's Kelpish editor, Jo Roe.")
    holder = _HOLDER_AFTER.match(text, sm.end("src"))
    return _Trailer((sm.start("src"), holder.end() if holder else sm.end("src")), (m.start("cue"), m.end("cue")))


# the verb of a manner-of-speaking trailer: a past tense right after the quotation (and its comma)
_MANNER_CUE = re.compile(r"(?P<comma>,)?[ \t]+(?P<cue>[a-z]{3,}ed)(?=[ \t]+(?!(?:" + "|".join(
    sorted(LOWER_PREPOSITIONS | {"by", "as", "that", "it", "up", "out", "off", "down", "back", "in", "on"}))
    + r")\b))")
# its source: a pronoun, a name or a description ending on a capitalised name, up to the sentence's
# end or a comma (``patterns.INV_SOURCE_RE``'s name and possessive branches)
# an office's holder after its comma (``patterns.OFFICE_HOLDER``)
_HOLDER_AFTER = re.compile(P.OFFICE_HOLDER)
# (over an office's comma to its holder: '"...," urged the mayor's host, actress Jo Roe.')
_MANNER_SOURCE = re.compile(r"[ \t]+(?P<src>(?:he|she|they)\b|(?:(?:[A-Z]\.|[A-Za-z][\w'\u2019-]*),?\s+){0,7}?"
                            r"[A-Z][\w'\u2019-]+)(?=\s*(?:[,;(]|\.(?:\s|$)|$|\s+(?:of|from|in|at|who)\b))")


def _credited_title(text: str, q) -> bool:
    """A quotation standing on its own with a byline after it (``_CREDITED_TITLE``)."""
    before = text[max(0, q.open_at - 40):q.open_at].rstrip(" \t")
    return (q.closed and (not before or before[-1] in _STANDS_ALONE_AFTER)
            and _CREDITED_TITLE.match(text, q.close_at) is not None)


# a headline in quotation marks, its byline and a colon, then the excerpt: '"Port to close," by the
# Halden Star's Jo Roe: "..."' (a newsletter's digest of other outlets' stories)
_TITLE_BYLINE = re.compile(r"[\"\u201d]\s*,?\s*by\s+(?:the\s+)?"
                           r"(?P<src>(?:[A-Z][\w'\u2019.&-]*\s+){0,6}[A-Z][\w'\u2019.&-]*)\s*:\s*$")
_OUTLET_OWNER = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*(?:'s|\u2019s|'|\u2019)\s+(?=[A-Z])")


def _byline_of_title(text: str, pos: int) -> tuple[int, int] | None:
    """The byline between a quoted headline and the excerpt that follows it
    ('"Port to close," by the Star's Jo Roe: "The port ..."'): the excerpt is
    the credited writer's story, the byline its source."""
    m = _TITLE_BYLINE.search(text, max(0, pos - 120), pos)
    if m is None:
        return None
    # the writer after the outlet's possessive ("the Star's Jo Roe", "Times' Jo Roe")
    owner = _OUTLET_OWNER.match(text, m.start("src"), m.end("src"))
    return (m.start("src") if owner is None else owner.end()), m.end("src")


def _subject(ctx, pos: int) -> tuple[int, int] | None:
    """The subject opening the sentence that holds the quotation, if it precedes it."""
    unit = unit_of(ctx, pos)
    if unit is None or unit[0] >= pos:
        return None
    m = _SUBJECT.match(ctx.text, unit[0], pos)
    start = None if m is None else name_start(ctx.text, m.start("src"), m.end("src"))
    if start is None:
        return None
    # "The Kelpish| ambassador ... referred to it as "..."": the noun the name pattern left
    return start, place_modified_phrase(ctx.text, start, m.end("src"), pos)


def _previous_source(ctx, pos: int) -> tuple[int, int] | None:
    """The source of the nearest attributed claim before pos in the same paragraph:
    a quotation that runs on after one is most often the same speaker going on."""
    i = bisect.bisect_right(ctx.pstarts, pos) - 1
    if i < 0 or not ctx.paras[i][0] <= pos < ctx.paras[i][1]:
        return None
    best = None
    # (within a bounded window before the quotation: linear time on long paragraphs)
    for c in claim_index.starting_in(ctx, max(ctx.paras[i][0], pos - PREVIOUS_WINDOW), pos - 1):
        if (c.source is not None and not (c.rule or "").startswith("quote.")
                and (best is None or c.content.start > best.content.start)):
            best = c
    if best is None or another_speaks_between(ctx, best, pos):
        return None  # ('"A," said Vole. Reyes disagreed. "B."': not Vole's for sure)
    return best.source.start, best.source.end


# the subject of a sentence of narration that sets a speaker's turn: a name or "He"/"She"
_TURN_SUBJECT = re.compile(rf"{_LEAD}(?P<src>(?:He|She)\b|(?!(?:The|A|An|This|That|These|Those)\s){_NAME})"
                           r"(?=\s+(?:[a-z]+\s+){0,3}[a-z]+\b)")
# what no such sentence holds: a quotation, a colon, a semicolon, a verb of saying that
# no rule took ("Vole has no right to act he said")
_NOT_A_TURN = re.compile(r"[\"\u201c\u201d:;]|\b(?:said|says|told|tells|added|adds|wrote|writes|according)\b")


def _narrating_subject(ctx, pos: int) -> tuple[int, int] | None:
    """ 'Mr. Vole then took over. "Thank you, Mr. President. ..."': a quotation
    that opens its sentence right after a sentence of narration, in the same
    paragraph, whose subject is a person (or "he"/"she") and which names no one
    else and reports nothing: the person the narration hands the turn to."""
    text = ctx.text
    i = bisect.bisect_right(ctx.ustarts, pos) - 1
    if i < 1 or text[ctx.units[i][0]:pos].strip(" \"\u201c'") or not ctx.units[i][0] <= pos < ctx.units[i][1]:
        return None
    ps, pe = ctx.units[i - 1]
    if "\n" in text[ps:pos] or _NOT_A_TURN.search(text, ps, pe) or claim_index.cue_in(ctx, ps, pe):
        return None
    m = _TURN_SUBJECT.match(text, ps, pe)
    if m is None or name_start(text, m.start("src"), m.end("src")) is None \
            or m.group("src").endswith(("'s", "\u2019s")) or m.group("src").split()[0].lower() in LOWER_PREPOSITIONS:
        return None  # ("Vole's parents live in Kelp.", "In Dr Vole's speech he ...": not the subject)
    named = {id(p) for _, p in ctx.people.mentions_in(ps, pe)}
    own = ctx.people.person_in(m.start("src"), m.end("src"))
    if len(named) > 1 or (m.group("src") not in ("He", "She") and (own is None or named != {id(own)})):
        return None
    return m.start("src"), m.end("src")



# a line that is only a name with its title and body ("President Ann Vole of Kelpland"): capitalised
# words and the small words of a name, ten at most, no verb and no closing punctuation
_NAME_LINE = re.compile(r"(?:[A-Z][\w.'\u2019-]*|of|the|and|de|van|von|al)(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|of|the|"
                        r"and|de|van|von|al)){0,9}")


def _heading_name(ctx, pos: int) -> tuple[int, int] | None:
    """A quotation paragraph under a line that is only one person's name, with title ("Prime Minister
    Tom Reyes of Kelpland", then '"We stand together ..."'): a speech printed under its speaker's name,
    the label of the quotation.  Not a section heading that names no one ("Reactions"), nor a line of
    two names."""
    i = bisect.bisect_right(ctx.pstarts, pos) - 1
    if i < 1 or ctx.text[ctx.paras[i][0]:pos].strip(" \"\u201c'"):
        return None
    ps, pe = ctx.paras[i - 1]
    line = ctx.text[ps:pe].strip()
    if _NAME_LINE.fullmatch(line) is None:
        return None
    start = ps + ctx.text[ps:pe].index(line)
    named = {id(p) for _, p in ctx.people.mentions_in(start, start + len(line))}
    if len(named) != 1 or ctx.people.head_person_in(start, start + len(line)) is None:
        return None
    return start, start + len(line)


# a profile card's first field, "Name: Jo Roe", then the next field's label ("Age:", "Job:")
_PROFILE_NAME = re.compile(r"\s*Name\s*:\s*(?P<src>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}?)"
                           r"(?=\s*(?:[A-Z][a-z]+\s*:|[,;\n]|$))")


def _profile_name(ctx, pos: int) -> tuple[int, int] | None:
    """A quotation in a profile card, a paragraph that opens on "Name: <person>" and goes on with
    other fields ("Name: Jo Roe Age: 27 Job: Cook Why she is here: "..."): the card's person speaks.
    Only a name the article's people read as one person."""
    i = bisect.bisect_right(ctx.pstarts, pos) - 1
    if i < 0:
        return None
    ps = ctx.paras[i][0]
    m = _PROFILE_NAME.match(ctx.text, ps, pos)
    if m is None or ctx.people.head_person_in(m.start("src"), m.end("src")) is None:
        return None
    return m.start("src"), m.end("src")
