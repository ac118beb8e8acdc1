"""Run the rule families over an article and assemble the claims.

Why separate: the order of the passes matters (nested and noun cues claim
their spans before verbal cues; quotation-first rules run after so they only
take unattributed quotations; dedup keeps the most confident claim per content
span) and is easiest to audit as data: ``PASSES`` lists each pass with the
``rule`` ids it may emit (a test checks that every emitted rule is listed), and
``build`` -- what ``extract_claims`` calls -- runs them in that order.

Why cue-first: every attribution construction in news hangs off a small set
of anchors -- a reporting verb ("said", "told", "urged"), "according to", a
nested "citing X as saying", a colon after a speaker, a hedge ("reportedly"),
or a quotation that follows an attributed one.  Finding the anchors with one
compiled regex per article and then looking only at the sentence around each
anchor keeps the extractor linear and fast, and every claim records which
rule fired (``rule``) so that a bad row can be traced to its pattern.

The span conventions follow PolNeAR (the public annotated corpus): content
excludes the cue and the source, indirect content keeps the "that"
complementizer, direct content is what is inside the quotation marks, and a
quotation split by its attribution ("A," she said, "B.") is one attribution in
several pieces -- here, several Claim rows that share the same cue span.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from ..models import Article, Claim
from . import patterns as P
from . import when
from .quotes import find_quotes
from .sentences import paragraph_spans
from .speakers import People
from .context import Ctx, build_units, inside_quote, make_claim, stands_for_elsewhere
from .verbal import reporting_verbs
from .verbal.complements import toll_object
from .according import according_to, poll_leads, reported_by, when_asked
from .nested import as_saying, quoted_as_saying
from .nominal import NOUN_CUES, nominal_that, noun_prep
from .direct_quotes import colon_and_dash_quotes, colon_speakers, floating_quotes, heading_colon
from .hedges import hedged_sentences
from .enrich import enrich
from .passives import announced_np, bare_passives, passive_claims, passive_sources
from .headlines import headlines
from .anonymity import screen_cues
from .refine import refine_claims
from .signed import signed_quotes
from .report import failure
from . import grain
from .leftover import unattributed_quotes
from .as_clauses import as_clauses


class Pass(NamedTuple):
    """One rule pass: its name, the function run on the article's context, and
    every ``rule`` id it may give a claim (tests check that none is missing)."""

    name: str
    run: Callable[[Ctx], None]
    rules: tuple[str, ...]


def _drop_inside_trailers(ctx: Ctx) -> None:
    """A cue inside the content of a trailer ("A did B and said C, officials
    said.") belongs to that content: PolNeAR gives each token to one attribution."""
    spans = [(c.content.start, c.content.end) for c in ctx.claims if c.rule in _TRAILERS]
    if not spans:
        return
    ctx.claims = [c for c in ctx.claims
                  if c.rule in _TRAILERS or c.cue is None
                  or not any(s <= c.cue.start and c.content.end <= e for s, e in spans)]


def _embedded_quotes(ctx: Ctx) -> None:
    """Quoted words embedded in another claim become a claim of their speaker
    (``grain``); the pairs are kept for ``grain.relay`` after enrichment."""
    ctx.embedded = grain.embedded_quotes(ctx, make_claim)


_TRAILERS = frozenset(("indirect.trailer", "indirect.trailer_inverted"))

# The passes in the order they run.  Nested and noun cues claim their spans
# before the reporting verbs; quotation-first rules run after them so that they
# only take unattributed quotations; hedges and headlines last.
PASSES: tuple[Pass, ...] = (
    Pass("nested.as_saying", as_saying, ("nested.citing_as_saying",)),
    Pass("nested.quoted_as_saying", quoted_as_saying, ("passive.quoted_as_saying",)),
    Pass("nominal.that", nominal_that, ("nominal.that",)),
    Pass("according.according_to", according_to,
         ("according_to.lead", "according_to.parenthetical", "according_to.trailer",
          "according_to.relayed_quote")),
    Pass("according.reported_by", reported_by, ("reported_by.lead", "reported_by.passive")),
    Pass("according.poll_leads", poll_leads, ("poll.lead",)),
    Pass("according.when_asked", when_asked, ("question.asked_by", "question.when_asked")),
    Pass("passives.passive_claims", passive_claims, ("passive.criticized",)),
    Pass("passives.announced_np", announced_np, ("passive.announced_np",)),
    Pass("passives.bare_passives", bare_passives, ("passive.bare",)),
    Pass("verbal.reporting_verbs", reporting_verbs, (
        "direct.trailer", "mixed.trailer", "direct.split", "direct.intro", "mixed.intro", "direct.colon_next",
        "direct.participle", "direct.trailer_inverted", "mixed.trailer_inverted", "direct.split_inverted",
        "indirect.trailer", "indirect.parenthetical", "indirect.trailer_inverted", "indirect.that",
        "indirect.complement", "indirect.colon", "indirect.colon_block", "indirect.prep_object",
        "indirect.participle", "indirect.initial_participle")),
    Pass("passives.passive_sources", passive_sources, ()),
    Pass("nominal.noun_prep", noun_prep, (
        "nominal.questions_raised", "nominal.criticism_faced", "nominal.attacks_pressed",
        *(f"nominal.{noun}" for noun in NOUN_CUES))),
    Pass("direct_quotes.colon_speakers", colon_speakers,
         ("direct.said_first", "direct.issued_statement", "direct.colon_heading")),
    Pass("direct_quotes.colon_and_dash_quotes", colon_and_dash_quotes,
         ("direct.colon_verb", "direct.dash_trailer", "direct.colon_para")),
    Pass("direct_quotes.heading_colon", heading_colon, ("heading.colon", "direct.said_first")),
    Pass("signed.quotes", signed_quotes, ("direct.signed",)),
    Pass("direct_quotes.floating_quotes", floating_quotes,
         ("direct.continuation", "direct.continuation_before", "indirect.trailer")),
    Pass("hedges", hedged_sentences, ("hedge.unattributed",)),
    Pass("headlines", headlines,
         ("heading.colon", "headline.accused", "headline.colon_quote", "headline.trailer", "headline.verb")),
    Pass("as_clauses", as_clauses, ("as_clause.lead", "as_clause.trailer", "as_clause.parenthetical")),
    Pass("assemble.drop_inside_trailers", _drop_inside_trailers, ()),
    Pass("refine.sourcing_rules", refine_claims, ("denial.denied_report",)),
    Pass("leftover.unattributed_quotes", unattributed_quotes, ("quote.unattributed", "quote.labelled", "quote.called",
                                                                     "quote.manner_trailer")),
    Pass("grain.embedded_quotes", _embedded_quotes, ("embedded.possessive", "embedded.called")),
)


def build(article: Article, failures: list | None = None) -> list[Claim]:
    """The claims of one article; a pass that raises is recorded in ``failures``
    (when given, else re-raised) and the other passes still run."""
    text = article.text or ""
    paras = paragraph_spans(article)
    quotes = find_quotes(text, paras)
    qstarts = [q.start for q in quotes]
    units = build_units(text, paras, quotes)
    ctx = Ctx(article, text, paras, quotes, qstarts, units, [u[0] for u in units], None,
              when.parse_published(article.published))
    ctx.people = People(text, paras, partial(inside_quote, ctx))  # (a Quote or None: read as a truth value)
    ctx.pstarts = [p[0] for p in paras]
    ctx.cue_hits = [P.first_cues_per_sentence(P.cue_matches(text, ps, pe), ctx.ustarts)
                    for ps, pe in paras]
    screen_cues(ctx)
    for rule_pass in PASSES:
        try:
            rule_pass.run(ctx)
        except Exception as e:
            if failures is None:
                raise
            failures.append(failure(rule_pass.name, e))
    claims = _dedupe(ctx)
    try:
        enrich(ctx, claims)
    except Exception as e:
        if failures is None:
            raise
        failures.append(failure("enrich", e))
    for claim in claims:
        claim.speaker = tidy_speaker(claim.speaker, claim.speaker in ctx.people.people)
        if claim.sourcing in _NAMED_BODIES and claim.speaker:
            claim.speaker = body_name(claim.speaker)
    claims = _without_stand_ins(claims)
    grain.relay(ctx.embedded)
    return grain.split_statements(article.id, text, claims, quotes)


# A speaker is who said it: a leading preposition ("of Georgia"), a trailing
# possessive ("Amnesty International's") or a bare pronoun left unresolved
# ("It", "who") would otherwise become a row of its own in the speakers table.
# (not the "at" of "at least a dozen members", a quantity of the speakers)
_LEADING_PREP = re.compile(r"^(?:from|of|in|at(?!\s+(?:least|most)\s)|by|with|for|to)\s+(?=\S)")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_NOT_SPEAKERS = {"it", "who", "which", "that", "this", "these", "those", "after", "before",
                 "when", "while", "there", "here"}


# A sentence-opening subordinator or preposition glued to a name ("During Mr",
# "Despite Mr", "Even Republicans") is not part of it; a bare title ("Mr",
# "Ms", "Mc"), an article ("The") or a date ("June 1") is no speaker at all.
_LEADING_WORD = re.compile(
    r"^(?:Despite|With|Without|Since|During|Although|Though|Unlike|Like|To|Even|Neither|Besides|Yet|Still|"
    r"While|When|After|Before|Because|If|Until|Unless|As|But|And|So|Meanwhile|However|Also|Then|Now|Once|"
    r"Whether|Whereas|Upon|Under|Over|Against|Among|Amid|Through|Toward|Towards|Via|Per|Plus|Only)\s+(?=\S)")
_BARE_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mc|Mac|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|"
                         r"Maj|Amb|St|Jr|Sr|Pres|Supt|Insp|Cmdr|Gens)\.?")
_TITLE_END = re.compile(r"\s(?:Mr|Mrs|Ms|Miss|Dr|Mc|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev)\.?$")
_NOT_NAMES = {"the", "this", "that", "these", "those", "far", "half", "live", "besides", "despite", "overall",
              "the overall",
              "other", "such", "same", "all", "both", "each", "either", "neither", "none", "whom",
              "whose", "what", "whatever", "there's", "it's", "here's"}
_DATE_ONLY = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|,?\s+\d{4})"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\d{1,2}(?:/\d{1,2}){1,2}|\d{4}")


@lru_cache(maxsize=4096)  # (a pure function of the string; the same speakers recur, within and across articles)
def tidy_speaker(speaker: str | None, person: bool = False) -> str | None:
    """The speaker without what a name never holds; ``person``: a name the
    article's people read whole, whose first word is a forename even if it is
    also a function word ("Per Roe", "Will Roe")."""
    if not speaker:
        return speaker
    cleaned = _POSSESSIVE_END.sub("", _LEADING_PREP.sub("", speaker.strip())).strip(" ,;:")
    stripped = cleaned if person else _LEADING_WORD.sub("", cleaned)
    if stripped != cleaned and (stripped[:1].isupper() or _THE_NAME.match(stripped)):
        cleaned = stripped  # ("After the State Department": the body's name after its article)
    low = cleaned.lower()
    if not cleaned or low in _NOT_SPEAKERS or low in _NOT_NAMES:
        return None
    if _BARE_TITLE.fullmatch(cleaned) or _DATE_ONLY.fullmatch(cleaned) or cleaned.isdigit():
        return None
    if _TITLE_END.search(cleaned):
        # "Manhattan-made Mr", "Florida Gov": the name after the title was lost
        return None
    return cleaned


_NAMED_BODIES = frozenset(("named_org", "media_report"))
# the lower-case words inside an organisation's name ("Court of Appeals for the ...")
_NAME_LINKS = ("of", "for", "and", "the", "de", "&")
# "the International Red Cross" and "International Red Cross" are one speaker
_THE_NAME = re.compile(r"[Tt]he\s+(?P<name>[A-Z][\w.'\u2019&-]*(?:\s+(?:[A-Z][\w.'\u2019&-]*|"
                       + "|".join(_NAME_LINKS) + r"))*)")


@lru_cache(maxsize=4096)
def body_name(speaker: str) -> str:
    """An organisation's name of two words or more without the article it is
    written with ("the White House" -> "White House"), so that one body is one
    speaker however it is introduced; a description ("the Bush administration")
    keeps its article."""
    m = _THE_NAME.fullmatch(speaker)
    words = m.group("name").split() if m is not None else ()
    if len(words) < 2 or words[-1] in _NAME_LINKS:
        return speaker  # ("The Times", "The Kremlin": the article belongs to a one-word name)
    return m.group("name")


_BARE_OBJECT_RULES = ("indirect.complement", "indirect.participle")


def _without_stand_ins(claims: list[Claim]) -> list[Claim]:
    """(round 52) Drop the reported claims that state nothing: a whole content
    that stands for what was said elsewhere ("Lind expressed similar sentiments",
    "Roe rejected such calls"), and a toll of lives as the bare object of "claim"
    ("the blast claimed 23 lives": ``complements.toll_object``).  Not a piece of
    a split attribution ("Such access, they claim, requires ..."): the pieces
    that share a cue are one statement.  On the finished rows, not in the
    frames: the claim has carried its cue, speaker and day to the claims that
    continue it ("expressed similar sentiments, accusing ...")."""
    cues = Counter(c.cue.start for c in claims if c.cue is not None)

    def states_nothing(c: Claim) -> bool:
        if c.quote_type != "indirect" or (c.cue is not None and cues[c.cue.start] > 1):
            return False
        text = c.content.text
        if c.rule in _BARE_OBJECT_RULES and toll_object(text, getattr(c, "_lemma", None) or "", (0, len(text))):
            return True
        return stands_for_elsewhere(text)

    return [c for c in claims if not states_nothing(c)]


def _dedupe(ctx: Ctx) -> list[Claim]:
    """One claim per content span; on overlap keep the more confident one."""
    claims = sorted(ctx.claims, key=lambda c: (c.content.start, -c.confidence))
    out: list[Claim] = []
    seen = set()
    for c in claims:
        if c.id in seen:
            continue
        seen.add(c.id)
        out.append(c)
    return out


