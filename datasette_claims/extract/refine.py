"""Last rule pass over the found claims: what is no claim, and what a denial denies.

Why a pass of its own: both need a claim already found by the cue rules.
"The Treasury declined to comment", "could not be reached for comment", "did
not respond to a request for comment" have the shape of a reported statement
(source, verb, complement) but say nothing a fact-checker can check, so they
are dropped.  "The minister denied reports that he would resign" carries two
claims: what the reports said ("he would resign", sourced ``media_report``, or
``unattributed_hedged`` when the denied allegation names no one) and the
minister's denial, whose ``denies`` points at it.
"""

from __future__ import annotations

import re

from . import relay, sourcing
from . import claim_index
from .context import content_quote_type, Ctx, make_claim
from .lexicon import BARE_CLAUSE_AUXILIARIES, REPORT_NOUNS, UNANSWERED_LEMMAS

# The content of a no-comment formula, as the cue rules cut it.
_NO_COMMENT = re.compile(
    r"(?:to\s+)?(?:immediately\s+)?(?:comment|respond|reply|elaborate|be\s+interviewed|return\s+(?:a\s+)?"
    r"(?:calls?|messages?|emails?|requests?))\b(?!\s+that\b)[^.;:\"\u201c]*$"
    r"|(?:an?\s+|the\s+|several\s+|repeated\s+|multiple\s+)?(?:(?:written|emailed|phone)\s+)?"
    r"(?:requests?|messages?|emails?|calls?|inquiries|queries|questions)\s+(?:for|seeking|requesting)\s+"
    r"(?:comment|a\s+comment|response|a\s+response)\b[^.;:\"\u201c]*$"
    r"|for\s+comment\b[^.;:\"\u201c]*$"
    # "did not respond to the request", "... to attempts to reach him": a request put
    # to the source is all the content
    r"|(?:the|an?|that|this|our|their|his|her|several|repeated|multiple)\s+requests?$"
    r"|(?:several\s+|repeated\s+|multiple\s+)?attempts?\s+to\s+(?:reach|contact)\b[^.;:\"\u201c]*$",
    re.IGNORECASE)

# "reports that ...", "media reports that ...", "a Daily Clarion report that ...", "reports he ...",
# "allegations by the opposition that ...": the denied thing and who put it about.
_DENIED = re.compile(
    r"(?P<np>(?:(?:the|a|an|recent|earlier|new|media|press|news|newspaper|online|published|persistent|"
    r"widespread|unconfirmed|[A-Z][\w.&'\u2019-]*)\s+){0,5}"
    r"(?P<noun>" + REPORT_NOUNS + ")"
    r"(?:\s+(?:in|by|from|on)\s+(?P<by>(?:the\s+)?[^,;:\"\u201c]{2,60}?))?)"
    # "that", or none before a pronoun subject and its auxiliary, as headlines write it ("denies
    # reports he will quit"; not the relative clause of "reports it published")
    r"\s+(?:(?P<that>that)\s+(?=\S)|(?=(?:he|she|it|they|we|I)\s+(?:" + "|".join(BARE_CLAUSE_AUXILIARIES)
    + r")\s+\w))")
_MEDIA_NOUNS = {"report", "reports", "story", "stories", "article", "articles"}
_DENIAL_LEMMAS = ("deny", "denied", "denies", "denying", "dismiss", "dismissed", "dismisses", "reject",
                  "rejected", "rejects", "refute", "refuted", "refutes", "rebut", "rebutted")


# "Roe rejected that claim", "denied the allegations", "dismissed such reports": a
# denial whose object only points back at what someone said, no statement of its own
_ANAPHORIC_OBJECT = re.compile(
    r"(?:the|this|that|these|those|such|his|her|their|its)\s+(?:(?!of\b)[a-z-]+\s+)?(?:" + REPORT_NOUNS + r")"
    r"[\s.,;:!?]*")


def _anaphoric_denial(c) -> bool:
    """A denial of a bare "that claim": what it denies is said elsewhere (and a
    denial is linked only to a claim inside its content, ``enrich._denials``)."""
    return c.stance == "denial" and c.quote_type == "indirect" \
        and _ANAPHORIC_OBJECT.fullmatch(c.content.text) is not None


# "Correction: An earlier version of this story said ...": the outlet's own text it has
# withdrawn -- no one's claim (the correction's fact, if any, is the outlet's own, uncued)
_WITHDRAWN_VERSION = re.compile(
    r"(?i)\b(?:earlier|previous|prior|original)\s+(?:version|edition|draft)s?\s+of\s+(?:this|the)\s+$")
_OWN_TEXT_NOUNS = {"story", "article", "report", "post", "piece", "column", "item"}


def _withdrawn_version(ctx: Ctx, c) -> bool:
    """Is the claim's source "an earlier version of this story" (a correction note)?"""
    return c.source is not None and c.source.text.strip().lower() in _OWN_TEXT_NOUNS \
        and _WITHDRAWN_VERSION.search(ctx.text, max(0, c.source.start - 50), c.source.start) is not None


def refine_claims(ctx: Ctx) -> None:
    ctx.claims = [c for c in ctx.claims
                  if not (_no_comment(c) or _absolute_clause(c) or _anaphoric_denial(c) or _unanswered(c)
                          or _withdrawn_version(ctx, c) or _neither_answered(ctx, c))]
    for c in list(ctx.claims):
        if c.stance == "denial" or (c.cue is not None and c.cue.text.lower().startswith(_DENIAL_LEMMAS)):
            _split_denial(ctx, c)
    relay.before_enrich(ctx)
    claim_index.refresh(ctx)  # relays may have moved a content start


# "With 600 of 650 seats declared, ...", "With many members expected to rebel, ...": a
# preposition opens the "source" and a past participle follows it, an absolute clause
_ABSOLUTE_OPENING = re.compile(r"(?:With|Without)\s")


def _absolute_clause(c) -> bool:
    """A claim whose source and cue are an absolute clause (nobody said anything)."""
    return c.source is not None and c.cue is not None and _ABSOLUTE_OPENING.match(c.source.text) is not None \
        and c.cue.text.endswith("ed") and c.source.end <= c.cue.start


# a negated verb of remarking, perhaps with an adverb ("has not commented directly on", "would not immediately
# comment on", "did not refer to")
_NEGATED_ANSWER = re.compile(r"(?i).*\b(?:not|never|n't)\s+(?:[a-z]+ly\s+)?(?:" + "|".join(UNANSWERED_LEMMAS)
                             + r")[a-z]*(?:\s+[a-z]+ly)?\s+(?:on|to|about|upon)$")


def _unanswered(c) -> bool:
    """ "The ministry did not comment on the raid": the object is the topic of a
    silence, nothing was said; a negated agreement ("did not agree with") is a
    stance and stays, and so does a negated "respond to" (PolNeAR annotates
    "did not respond to questions about X": dropping it lowered train F1)."""
    return c.rule == "indirect.prep_object" and c.cue is not None \
        and _NEGATED_ANSWER.fullmatch(c.cue.text) is not None and _QUOTED.search(c.content.text) is None


# round 49: "Neither Roe nor Ann Vole, the port's spokeswoman, have commented on the
# matter": a silence of both, the "neither" opening the subject
_NEITHER_BEFORE = re.compile(r"(?i)\bneither\s+(?:[\w.'\u2019-]+\s+){1,6}nor\s")
_ANSWER_CUE = re.compile(r"(?i)(?:" + "|".join(UNANSWERED_LEMMAS) + r")[a-z]*(?:\s+[a-z]+ly)?\s+(?:on|to|about|upon)")


def _neither_answered(ctx: Ctx, c) -> bool:
    """A "comment on" whose subject is "neither X nor Y": nothing was said."""
    return c.rule == "indirect.prep_object" and c.cue is not None and c.source is not None \
        and _ANSWER_CUE.search(c.cue.text) is not None \
        and _NEITHER_BEFORE.search(ctx.text, max(0, c.source.start - 80), c.source.end) is not None


# a quotation mark in the object: someone's words are quoted ("would not comment on an order 'to protect
# privacy'"), and PolNeAR keeps such a row
_QUOTED = re.compile(r"[\"\u201c\u201d]")


def _no_comment(c) -> bool:
    return c.source is not None and bool(_NO_COMMENT.match(c.content.text.strip(" \t\n,.")))


def _split_denial(ctx: Ctx, c) -> None:
    text = ctx.text
    m = _DENIED.match(text, c.content.start, c.content.end)
    if m is None or m.end() >= c.content.end:
        return
    cs, ce = (m.end("that") if m.group("that") else m.end() - 1), c.content.end
    if any(d is not c and d.content.start == cs + 1 for d in claim_index.starting_in(ctx, cs + 1, cs + 1)):
        return
    by = (m.group("by") or "").strip()
    outlet = by or _capitalised(m.group("np"))
    noun = m.group("noun").lower()
    if noun in _MEDIA_NOUNS:
        code = "media_report"
    elif outlet:
        code = sourcing.classify(outlet, False)
    else:
        code = "unattributed_hedged"
    src = (m.start("by"), m.end("by")) if by else None
    d = make_claim(ctx, cs, ce, src, (m.start("noun"), m.end("noun")), "denial.denied_report", 0.6,
              quote_type=content_quote_type(ctx, cs, ce, None, True), lemma=None, stance="assertion")
    if d is None:
        return
    d.sourcing = code
    d.speaker = outlet or None
    d._sourced = True
    c.denies = d.id


def _capitalised(np: str) -> str | None:
    """The name inside "a Daily Clarion report" ("Daily Clarion"), if any."""
    words = np.split()
    names = [w for w in words[1:] if w[:1].isupper()] if words and words[0].lower() in (
        "a", "an", "the") else [w for w in words if w[:1].isupper()]
    return " ".join(names) or None
