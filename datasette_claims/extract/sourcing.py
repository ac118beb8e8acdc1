"""Classify a source mention into the sourcing taxonomy (extraction_notes §5).

Why a lexical classifier: the type of a source is readable off the mention
itself ("Diplomatic sources in the UN" = unnamed official, "critics" =
collective, "the report" = document, "state TV" = media) plus whether a
person's name was resolved.  Kept apart from speaker resolution so that the
taxonomy can change without touching the coreference rules.
"""

from __future__ import annotations

import re

from . import anonymity
from .lexicon import (
    COLLECTIVE_NOUNS,
    COUNTRY_LIKE,
    DOCUMENT_NOUNS,
    GENERIC_ANON,
    MEDIA_WORDS,
    OFFICIAL_ADJ,
    OFFICIAL_NOUNS,
    ORG_HINTS,
    PERSON_HEADS,
    SENTENCE_OPENERS,
    SOCIAL_WORDS,
)

_TOK = re.compile(r"[A-Za-z][\w.'\u2019&-]*")
ANON_REASON = re.compile(
    r"(?:who|which|that)\s+(?:spoke|asked|requested|declined|talked|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|insisted|did\s+not\s+want)[^.;]{0,40}?"
    r"(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|not\s+to\s+be\s+(?:named|identified)|"
    r"anonymity)(?P<reason>\s+(?:because|since|as|to)\s+[^.;]+)?",
    re.IGNORECASE)


_DEFINITE = {"the", "his", "her", "their", "its", "this", "that"}
_OPENERS = SENTENCE_OPENERS


def classify(mention: str, named_person: bool, cue_lemma: str | None = None,
             medium: str | None = None) -> str:
    """One of the SOURCING_TYPES for a mention as written."""
    if not named_person and anonymity.has_formula(mention):
        # "a regulator who was not authorized to speak": granted anonymity, so
        # unnamed whatever the noun
        code = _classify(anonymity.strip_formula(mention), False, cue_lemma, medium)
        return code if code in ("anonymous_generic", "collective_unnamed") else "unnamed_official"
    return _classify(mention, named_person, cue_lemma, medium)


def _classify(mention: str, named_person: bool, cue_lemma: str | None, medium: str | None) -> str:
    toks = _TOK.findall(mention)
    low = [t.lower().rstrip(".") for t in toks]
    lowset = set(low)
    if medium and medium.lower() in SOCIAL_WORDS or cue_lemma in ("tweet",):
        if named_person or not low:
            return "social_post" if not named_person else "named_person"
    if named_person:
        return "named_person"
    if not low:
        return "author"
    head = low[-1]
    # "sources in the UN": the head is before the prepositional phrase.
    for i, w in enumerate(low):
        if w in ("in", "at", "for", "of", "from", "with", "close", "familiar", "who", "inside"):
            if i:
                head = low[i - 1]
            break
    if ("reports" in lowset or "report" in lowset) and lowset & MEDIA_WORDS:
        return "media_report"
    if head in ("media", "reports", "newspaper", "newspapers", "outlets", "press") or (
            lowset & MEDIA_WORDS and any(t[:1].isupper() for t in toks) and head in MEDIA_WORDS):
        return "media_report"
    if head in OFFICIAL_NOUNS:
        if head in ("source", "sources"):
            mods = lowset - {"a", "an", "the", "some", "two", "three", "several", "one",
                             "other", "source", "sources", "many"}
            if not (mods & OFFICIAL_ADJ) and not any(t[:1].isupper() for t in toks[1:]):
                return "anonymous_generic"
        return "unnamed_official"
    if head in GENERIC_ANON or "familiar" in lowset or "anonymity" in lowset:
        return "anonymous_generic"
    if head in COLLECTIVE_NOUNS:
        return "collective_unnamed"
    if head in DOCUMENT_NOUNS:
        return "document"
    if head in SOCIAL_WORDS and head not in ("post", "x", "truth", "social"):
        return "social_post"
    if head in PERSON_HEADS and low[0] in _DEFINITE:
        # "the GOP nominee", "The New York businessman": one person, named elsewhere
        return "named_person"
    if lowset & ORG_HINTS or lowset & COUNTRY_LIKE or any(
            t[:1].isupper() and (k or low[0] not in _OPENERS) for k, t in enumerate(toks)):
        # (a capital that only opens the sentence -- "The", "Several" -- names nothing)
        return "named_org"
    return "anonymous_generic"


def anonymity_reason(text: str, start: int, end: int) -> str | None:
    """The stated reason a source was granted anonymity, if the mention gives one."""
    m = ANON_REASON.search(text, start, end)
    if not m:
        return None
    reason = (m.group("reason") or "").strip()
    return reason or "spoke on condition of anonymity"
