"""Classify a source mention into the sourcing taxonomy (extraction_notes §5).

Why a lexical classifier: the type of a source is readable off the mention
itself ("Diplomatic sources in the UN" = unnamed official, "critics" =
collective, "the report" = document, "state TV" = media) plus whether a
person's name was resolved.  Kept apart from speaker resolution so that the
taxonomy can change without touching the coreference rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import anonymity
from .lexicon import (
    CLAUSE_SUBJECTS,
    COLLECTIVE_NOUNS,
    CONTEST_SIDES,
    UNNAMED_GROUP_HEADS,
    COUNTRY_LIKE,
    DOCUMENT_NOUNS,
    DOCUMENT_PARTS,
    EXTRA_COLLECTIVE,
    EXTRA_DOCUMENTS,
    GROUP_OF_BODIES_HEADS,
    GENERIC_ANON,
    JOURNALISM_PIECES,
    MEDIA_WORDS,
    MONTHS,
    OFFICIAL_ADJ,
    OFFICE_HOLDERS,
    OFFICIAL_NOUNS,
    ORG_HINTS,
    BODY_KIND_HEADS,
    INDUSTRY_NAME_WORDS,
    ORG_KIND_HEADS,
    ORG_NAME_WORDS,
    ONE_HOLDER_OFFICES,
    OUTLET_WORDS,
    PEOPLE_NOUNS,
    PERSON_HEADS,
    PLATFORM_NAMES,
    RELATIVE_NOUNS,
    SENTENCE_OPENERS,
    SOCIAL_WORDS,
    SPEAKS_FOR_NOUNS,
    TEXT_NOUNS,
    TITLES,
    TITLE_WORDS,
    WEEKDAYS,
)

_TOK = re.compile(r"[A-Za-z][\w.'\u2019&-]*")
ANON_REASON = re.compile(
    r"(?:who|which|that)\s+(?:spoke|asked|requested|declined|talked|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|insisted|did\s+not\s+want)[^.;]{0,40}?"
    r"(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|not\s+to\s+be\s+(?:named|identified)|"
    r"anonymity)(?P<reason>\s+(?:because|since|as|to)\s+[^.;]+)?",
    re.IGNORECASE)


_DEFINITE = {"the", "his", "her", "their", "its", "this", "that"}
HEAD_BREAKS = {"in", "at", "for", "of", "from", "with", "close", "to", "familiar", "who", "inside", "within", "on",
             "about", "including", "led", "across", "around", "handling", "whose", "which", "that", "like", "such"}
_NOT_MASTHEAD = {"agency", "reporters", "journalists", "outlet", "outlets", "wire", "channel", "media", "press",
                 "tv", "television", "radio", "broadcaster"}
_ONE = {"a", "an", "one", "another"}
# the heads of outlets and their pieces, lower case or not ("the media", "the magazine", "op-eds")
_MEDIA_HEADS = frozenset(("media", "reports", "newspaper", "newspapers", "outlets", "press", "editorial", "editorials",
                          "op-eds", "magazine", "magazines", "tabloid"))
# a news story as the source (``relay`` reads one that names no outlet as the credited outlet's own)
NEWS_STORY_WORDS = frozenset(("story", "stories"))
# owners that make a story a person's own account ("her story"), not a news piece
_PERSONAL_OWNERS = frozenset(("his", "her", "their", "its", "my", "our", "your"))
_QUANTIFIERS = {"few", "many", "most", "some", "other", "several", "numerous", "countless", "all"}
_OPENERS = SENTENCE_OPENERS


def classify(mention: str, named_person: bool, cue_lemma: str | None = None,
             medium: str | None = None) -> str:
    """One of the SOURCING_TYPES for a mention as written."""
    return _classified(mention, named_person, _social(cue_lemma, medium))


def _social(cue_lemma: str | None, medium: str | None) -> bool:
    """Was it posted (a tweet, or on a social medium)?  All that the cue's lemma
    and the medium tell the classifier."""
    return bool(medium and medium.lower() in SOCIAL_WORDS or cue_lemma in ("tweet",))


# The type depends on these three alone, and the same mentions ("he", "officials",
# a name) recur within and across articles, said with many lemmas and media:
# cached on them, each mention is read once (not once per lemma and medium).
@lru_cache(maxsize=4096)
def _classified(mention: str, named_person: bool, social: bool) -> str:
    if not named_person and anonymity.has_formula(mention):
        # "a regulator who was not authorized to speak": granted anonymity, so
        # unnamed whatever the noun
        code = _classify(anonymity.strip_formula(mention), False, social)
        return code if code in ("anonymous_generic", "collective_unnamed") else "unnamed_official"
    code = _classify(mention, named_person, social)
    if code in POSTERS and social:
        return "social_post"
    return code


POSTERS = {"named_person", "named_org", "unnamed_official", "anonymous_generic", "collective_unnamed"}


_NAME_THEN_APPOSITION = re.compile(r"(?P<name>(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[A-Z][\w.&'\u2019-]*),\s+\S")


def _classify(mention: str, named_person: bool, social: bool) -> str:
    code = _classify_np(mention, named_person, social)
    if code in ("collective_unnamed", "anonymous_generic"):
        nm = _NAME_THEN_APPOSITION.match(mention)
        if nm is not None and nm.group("name").split()[0].lower() not in _OPENERS:
            # "Norway, the city's main partner and its lifeline to the world": the
            # name is the head, the apposition's generic noun only describes it
            return _classify_np(nm.group("name"), named_person, social)
    return code


_PART_OF = re.compile(r"(?i)(?:(?:one|some|two|three|several|many|most|few|none|each|any|half|"
                      r"(?:one|two|three|four)-(?:thirds?|quarters?|fifths?))\s+of\s+|"
                      # a number's bound ("at least a dozen members", "more than 20 doctors"): the kind is the noun's
                      r"(?:at\s+(?:least|most)|more\s+than|fewer\s+than|as\s+many\s+as|up\s+to)\s+|"
                      # a count of a group ("a handful of Democrats", "a number of tax experts", "dozens of
                      # members"): the group's noun is the head, not the count's
                      r"(?P<count>(?:an?\s+)?(?:(?:small|large|growing|significant|wide|broad|long|whole|increasing)\s+)?"
                      r"(?:number|handful|host|slew|array|bunch|couple|pair|trio|dozens|scores|hundreds|thousands)"
                      r"\s+of\s+))(?=\S)")


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en)|being")


def _participle_phrase(low: list[str], i: int) -> bool:
    """ "the report released by the ministry", "officials involved in the talks",
    "a resolution being considered", "the report released Monday", "a
    spokesperson speaking on behalf of": a participle phrase after the head noun."""
    if low[i] in _SPEAKING_FOR:
        return i + 1 < len(low) and low[i + 1] in HEAD_BREAKS
    if low[i].endswith("ing") and low[i - 1] in _PEOPLE_NOUNS and i + 1 < len(low):
        return True  # "Republican activists clamoring to block Jo Roe": the group, then what it does
    if _PARTICIPLE.fullmatch(low[i]) is None:
        return False
    if i + 1 == len(low):
        # "a poll released" (its time cut off): the poll's; "one Republican involved", "officials
        # briefed" (the phrase after the participle cut off): the people's, not a head "involved"
        return low[i - 1] in DOCUMENT_NOUNS or (low[i] in _INVOLVED and low[i - 1] not in _DETERMINERS)
    return low[i] == "being" or low[i + 1] == "by" or low[i + 1] in HEAD_BREAKS or (
        low[i - 1] in DOCUMENT_NOUNS and low[i + 1] in _TIME_AFTER)


# participles that end a source whose phrase was cut off after them ("one Republican involved [in the
# talks]", "officials briefed [on the plan]"): of people taking part or told
_INVOLVED = frozenset(("involved", "concerned", "briefed", "consulted", "contacted", "interviewed"))
_DETERMINERS = frozenset(_DEFINITE | _ONE | {"those", "these", "all", "many", "some", "others"})
# "-ing" words that open a phrase of whom one speaks for ("a spokesperson speaking on behalf of")
_SPEAKING_FOR = frozenset(("speaking", "talking", "writing", "acting"))
# a time right after a document's participle ("the report released Monday")
_TIME_AFTER = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"yesterday", "today", "tonight", "last", "this", "earlier",
                                                         "recently"}


# an outlet's kind written before its name ("the Iranian newspaper Shargh", "state
# news agency KNTA", "TV channel KRV"): lower case, the name in capitals to the end
_OUTLET_KINDS = (r"(?<![\w-])(?P<kind>newspapers?|dail(?:y|ies)|weekly|magazine|tabloid|broadcaster|"
                 r"(?:news|press)\s+(?:agency|network|website|site|channel)|"
                 r"(?:tv|television|radio)\s+(?:channel|station|network)|channel|station),?\s+")
_OUTLET_KIND = re.compile(
    _OUTLET_KINDS + r"(?P<name>(?:(?:[A-Z][\w.'\u2019&-]*|de|del|la|el|al|of|the|and)\s+){0,4}[A-Z][\w.'\u2019&-]*)$")


# the last words of those nouns: a cheap test before the pattern
_KIND_WORDS = frozenset(("newspaper", "newspapers", "daily", "dailies", "weekly", "magazine", "tabloid",
                         "broadcaster", "agency", "network", "website", "site", "channel", "station"))


def _outlet_by_kind(mention: str, named_person: bool) -> bool:
    """Is the mention an outlet named after the noun of its kind?  Not when a
    preposition comes first ("the head of the Kelp News channel, Ann Vole": the
    head is the person), the name has a title ("Mr. Roe"), or a "broadcaster"
    the resolver took for a person ("Religious broadcaster Per Aasland")."""
    m = _OUTLET_KIND.search(mention)
    if m is None or (named_person and m.group("kind") == "broadcaster"):
        return False
    if m.group("name").split()[0] in TITLES:
        return False
    return HEAD_BREAKS.isdisjoint(w.lower() for w in _TOK.findall(mention[:m.start()]))


# the last words of bodies' names that no person's name ends with ("Kelp Motors",
# "Nordkelp Bank", "Police"; not "House" nor "White", which are surnames too)
_BODY_LAST_WORDS = frozenset({w.lower() for w in ORG_NAME_WORDS} | {
    "bank", "police", "corp", "corporation", "inc", "company", "ministry", "department", "agency", "council",
    "committee", "commission", "army", "navy", "government", "university", "institute", "foundation",
    "association", "airline", "airlines", "airways", "corps"} | INDUSTRY_NAME_WORDS)


def _body_by_its_name(toks: list[str], low: list[str]) -> bool:
    """Is a mention the resolver took for a person a body by its name: the
    last word a body's ("Kelp Motors", "Police"), or "Air" and one name ("Air
    Kelpland", an airline; not "Air Marshal Jo Roe")?"""
    if low[:1] == ["the"] and len(low) > 1:
        toks, low = toks[1:], low[1:]  # ("the Marine Corps": the article is no part of the name)
    if not low or not all(t[:1].isupper() for t in toks):
        return False  # (a person placed in a body: "Jo Roe of Kelp Capital", "Jo Roe, an analyst at ...")
    if low[-1] in _BODY_LAST_WORDS and toks[-1][:1].isupper():
        return True
    return len(toks) == 2 and toks[0] == "Air" and toks[1][:1].isupper()


@dataclass(slots=True)
class _NounPhrase:
    """A source's words read for its kind: tokens, lower-cased, and its head."""

    mention: str
    toks: list[str]
    low: list[str]
    lowset: set[str]
    head: str  # the head noun ("sources" in "sources in the UN")
    cut: int  # the index just past the head


# (round 47) a relative "who" with no comma before it, after a lower-case word ("the man who", not "Jo Roe
# who"); not "that"/"which", whose clause may name who gave a text ("counts that officials gave the Kelp Times")
_RELATIVE_NO_COMMA = re.compile(r"(?<=[a-z]\s)(?:who|whom)\s")


def _classify_np(mention: str, named_person: bool, social: bool) -> str:
    """The sourcing type of a source's noun phrase: the medium and a named person
    first, then a ladder of readings by its head, first match wins."""
    counted = False
    if not named_person:
        # (round 47) "the man who runs the shop", "a dock worker who lives nearby": the kind is the head's, not the
        # relative clause's words ("officials who spoke with the Kelp Times" are no outlet)
        rel = _RELATIVE_NO_COMMA.search(mention)
        if rel is not None:
            mention = mention[:rel.start()]
        # "one of the mayor's advisers": the kind is the group's ("at least half of voters": two in a row)
        for _ in range(2):
            part = _PART_OF.match(mention)
            if part is None:
                break
            mention = mention[part.end():]
            counted = counted or part.group("count") is not None
    code = _classify_words(mention, named_person, social)
    if counted and code == "named_org":
        return "collective_unnamed"  # "thousands of Kelplanders", "a trio of PACs": many, so no one body
    return code


def _classify_words(mention: str, named_person: bool, social: bool) -> str:
    """The ladder of ``_classify_np`` once a part or a count is cut off the mention."""
    toks = _TOK.findall(mention)
    low = [t.lower().rstrip(".") for t in toks]
    if social and (named_person or not low):
        return "social_post"  # a post or tweet named as the medium, even a named person's
    if not _KIND_WORDS.isdisjoint(low) and _outlet_by_kind(mention, named_person):
        return "media_report"  # "the Kelpish newspaper Dagbladet Nord": an outlet after its kind's noun
    if named_person and not _body_by_its_name(toks, low):
        return "named_person"
    if not low or low == ["i"] or low == ["we"]:
        return "author"  # (an unquoted "I said", "we said": the writer, or the paper)
    np = _noun_phrase(mention, toks, low)
    return (_counts_groups_and_media(np) or _offices_and_generic(np) or _unnamed_group(np)
            or _named_or_placed(np) or "anonymous_generic")


def _noun_phrase(mention: str, toks: list[str], low: list[str]) -> _NounPhrase:
    """The head is the last word before a prepositional phrase, a relative
    clause or a participle ("sources in the UN", "officials who ...").  (Past a
    comma, a participle cuts only after a common noun: "the report, published
    Friday, ..."; but "the Kelp Labour Organization, the agency involved in ..."
    is named before its apposition.)"""
    head = low[-1]
    cut = len(low)
    lead = len(_TOK.findall(mention.split(",", 1)[0])) if "," in mention else len(low)
    named_lead = lead < len(low) and any(t[:1].isupper() for t in toks[1:lead])
    if 1 < lead < len(low) and low[lead - 1] in DOCUMENT_NOUNS and toks[lead - 1].islower() \
            and not HEAD_BREAKS.intersection(low[:lead]):
        # "The report, issued June 30", "A 2006 Kelpish report, however": a
        # document before the comma heads the phrase, what follows describes it
        return _NounPhrase(mention, toks, low, set(low), low[lead - 1], lead)
    for i, w in enumerate(low):
        # (an all-capital "WHO" is the organisation, not the relative pronoun)
        if (w in HEAD_BREAKS and not (w == "who" and toks[i].isupper())) or (w in CLAUSE_SUBJECTS and i >= 2) or (
                w in ("by", "out") and i and low[i - 1] in DOCUMENT_NOUNS) or (
                i and (i < lead or not named_lead) and _participle_phrase(low, i)):
            if i:
                head = low[i - 1]
                cut = i
            break
    return _NounPhrase(mention, toks, low, set(low), head, cut)


# collectives that are not officials ("critics", "the world"; a body's name when
# capitalised after a capital: ``_firm_name_end``)
_PEOPLE_NOUNS = frozenset(COLLECTIVE_NOUNS - OFFICIAL_NOUNS)


def _counts_groups_and_media(np: _NounPhrase) -> str | None:
    """Outlets and reports, a poll's share, a named plural body, a collective."""
    toks, low, lowset, head, cut = np.toks, np.low, np.lowset, np.head, np.cut
    code = _outlet_or_its_poll(np)
    if code is not None:
        return code
    if head in ("percent", "%", "majority", "plurality", "share") and (
            re.match(r"\d", np.mention) or low[0] in ("a", "the", "most")):
        return "document"  # "73 percent said": a poll's finding
    if head in _PLURAL_NAME_HEADS and toks[cut - 1][:1].isupper():
        return "named_org"  # "the United States", "the United Nations": one country or body, named
    if head in EXTRA_COLLECTIVE or (head in _PEOPLE_NOUNS and not _firm_name_end(toks, cut)) or (
            head in CONTEST_SIDES and _side_of_contest(np)) or (
            head in ("people", "americans", "voters") and low[0] in _QUANTIFIERS
            and not lowset & {"familiar", "close", "knowledge", "briefed"}):
        return "collective_unnamed"
    if head in EXTRA_DOCUMENTS or _part_of_document(np) or (
            head in TEXT_NOUNS and (cut == 1 or toks[cut - 1].islower())):
        return "document"
    if not _REPORT_WORDS.isdisjoint(lowset) and lowset & MEDIA_WORDS:
        return "media_report"
    if head in JOURNALISM_PIECES and low[cut:cut + 1] != ["of"]:
        return "media_report"  # "a piece that noted", "a column in the Clarion" (not "a piece of land")
    if head in NEWS_STORY_WORDS and toks[cut - 1].islower() and low[0] not in _PERSONAL_OWNERS \
            and low[cut:cut + 1] != ["of"]:
        # (round 44) "the story said", "a story in the Clarion"; not "her story", "the story of", nor a
        # masthead that ends in "Story", left to the name rules
        return "media_report"
    if head in _MEDIA_HEADS or (
            head in MEDIA_WORDS and any(t[:1].isupper() for t in toks) and _news_head(np)):
        return "media_report"
    if head in _BODY_OR_MEDIA and _news_head(np):
        return "media_report"  # "the state news agency": a wire, capitals or not
    if any(t[:1].isupper() and t.lower() in MEDIA_WORDS and t.lower() not in _NOT_MASTHEAD
           for t in toks[1:cut]) and head not in OFFICIAL_NOUNS and head not in COLLECTIVE_NOUNS \
            or _masthead_by_its_word(toks, low):
        # "The Daily Clarion", "the Sunday Herald": a masthead; "The Halden Globe", "the Kelp Chronicle", "The
        # Globe and Mail": one by its own word
        return "media_report"
    return None


# (round 46) words that end or open newspapers' names and no body's: kept out of MEDIA_WORDS, which the
# speaker rules read as kinds before a name ("the newspaper Kelp Daily")
_MASTHEAD_WORDS = frozenset(("globe", "chronicle", "inquirer", "examiner", "observer"))


def _masthead_by_its_word(toks: list[str], low: list[str]) -> bool:
    """Is the mention a newspaper's name, every word capitalised (bar "the",
    "and", "of") and one of them a masthead's word ("The Halden Globe", "the
    Kelp Chronicle", "The Observer"), the word last or before "and"?  Not a
    lower-case "observer", nor a title before a name ("Chief Observer Jo
    Roe")."""
    if _MASTHEAD_WORDS.isdisjoint(low):
        return False
    named = [t for t in toks if t.lower() not in ("the", "and", "of")]
    if not named or not all(t[:1].isupper() for t in named):
        return False
    # the masthead's word last, or before "and" ("The Globe and Mail"); not "Chief Observer Jo Roe"
    return low[-1] in _MASTHEAD_WORDS or any(
        w in _MASTHEAD_WORDS and low[i + 1] == "and" for i, w in enumerate(low[:-1]))


# the things a pollster produces: with an outlet only after "for" or "by" they
# are still the poll's ("exit polls conducted for the Associated Press and the networks")
_POLL_WORDS = frozenset(("poll", "polls", "polling", "survey", "surveys"))
# what a poll yields, the head before "of" and the poll ("early results of the exit poll")
_POLL_FINDINGS = frozenset(("results", "data", "findings", "figures"))


def _poll_for_an_outlet(np: _NounPhrase) -> bool:
    """Is the mention a poll made for or reported by an outlet named only after
    "for" or "by" ("early results of exit polls conducted for the Associated
    Press")?  A poll, in the README's convention, is a document; an outlet
    before the poll ("a KTV exit poll") is ``_outlets_opinion_poll``'s."""
    low = np.low
    if np.head not in _POLL_WORDS and not (np.head in _POLL_FINDINGS and not _POLL_WORDS.isdisjoint(low[np.cut:])):
        return False  # (not "Democrats leading in the polls for the Senate": the people speak)
    for j, w in enumerate(low):
        if w in ("for", "by"):
            return not _POLL_WORDS.isdisjoint(low[:j]) and (OUTLET_WORDS | MEDIA_WORDS).isdisjoint(low[:j])
    return False


def _outlets_opinion_poll(np: _NounPhrase) -> bool:
    """(round 50) Is the mention an outlet's opinion poll ("a Halden Times-KTV poll", "A recent KTV survey")?
    The sourcing labels have such a poll a document, as any poll is; a survey "of" things ("a Kelp News survey
    of voter lists") is the outlet's own reporting and stays the outlet's."""
    if np.head not in _POLL_WORDS or (np.head in ("survey", "surveys") and np.low[np.cut:np.cut + 1] == ["of"]):
        return False
    return not (OUTLET_WORDS | MEDIA_WORDS).isdisjoint(np.low[:np.cut - 1])


# (round 46) the participles by which an outlet came by a document ("a memo obtained by the Clarion")
_GOT_BY = frozenset(("obtained", "seen", "reviewed", "acquired", "received"))


def _document_an_outlet_got(np: _NounPhrase) -> bool:
    """Is the mention a document that an outlet, named only after "obtained
    by" or "seen by", came by ("a letter ... obtained by the Clarion", "a copy
    of the memo seen by Kelpress")?  The document speaks, as a poll made for
    an outlet does; the outlet only got it."""
    low = np.low
    for j in range(1, len(low) - 1):
        if low[j] in _GOT_BY and low[j + 1] == "by":
            if not (OUTLET_WORDS | MEDIA_WORDS).isdisjoint(low[:j]):
                return False
            return np.head in DOCUMENT_NOUNS or np.head in TEXT_NOUNS or (
                np.head in ("copy", "copies") and not DOCUMENT_NOUNS.isdisjoint(low[np.cut:j]))
    return False


def _outlet_or_its_poll(np: _NounPhrase) -> str | None:
    """An outlet by a name only outlets bear, its editorial board, or a poll
    made for it."""
    if _poll_for_an_outlet(np) or _document_an_outlet_got(np) or _outlets_opinion_poll(np):
        return "document"  # "exit polls conducted for the Associated Press": the poll speaks, not its client
    if np.lowset & OUTLET_WORDS:
        return "media_report"
    if np.head in ("board", "boards", "page", "pages") and np.low[np.cut - 2:np.cut - 1] == ["editorial"]:
        return "media_report"  # "the editorial board", "the paper's editorial page": the outlet's own voice
    return None


def _part_of_document(np: _NounPhrase) -> bool:
    """ "The introduction to the report", "the summary of the study": a part of
    a document, then "of"/"to"/"in" and the document it is part of."""
    return np.head in DOCUMENT_PARTS and np.low[np.cut:np.cut + 1] in (["of"], ["to"], ["in"]) \
        and not DOCUMENT_NOUNS.isdisjoint(np.low[np.cut + 1:])


def _side_of_contest(np: _NounPhrase) -> bool:
    """ "The opposition", "the defence", "both sides": a side, in lower case,
    not a party's ("The Labor Party opposition") nor the head of an
    apposition ("the National party, opposition to the government")."""
    before_comma = len(_TOK.findall(np.mention.split(",", 1)[0]))
    return np.toks[np.cut - 1][:1].islower() and ORG_HINTS.isdisjoint(np.low[:np.cut - 1]) \
        and np.cut <= before_comma


# heads that name a government's body as often as a newsroom ("the fisheries
# agency", "the news agency"): news only with a news word before them
_BODY_OR_MEDIA = frozenset(("agency", "agencies", "service", "services"))


def _news_head(np: _NounPhrase) -> bool:
    """Is the head a newsroom's?  "agency" only after a word of the news ("the
    state news agency", "Kelp Press Agency"), not "the Russian fisheries agency"."""
    return np.head not in _BODY_OR_MEDIA or not (MEDIA_WORDS - _BODY_OR_MEDIA).isdisjoint(np.low[:np.cut - 1])


def _offices_and_generic(np: _NounPhrase) -> str | None:
    """Office-holders and officials, a named police force, unnamed sources,
    groups, documents and posts by their head."""
    toks, low, lowset, head, cut = np.toks, np.low, np.lowset, np.head, np.cut
    if low[0] in _ONE and head in OFFICE_HOLDERS or head in ("people", "those") and _insiders(np):
        # "One Republican", "a Kelpish senator": one office-holder, unnamed; "people close to the campaign",
        # "those around him": the README's insiders
        return "unnamed_official"
    if head == "police" and cut >= 2 and toks[cut - 1][:1].isupper() and toks[cut - 2][:1].isupper() \
            and low[cut - 2] not in _OPENERS:
        return "named_org"  # "the Metropolitan Police", "West Kelp Police": a force by its name
    if head in OFFICIAL_NOUNS and not _firm_name_end(toks, cut):
        if head in ("source", "sources"):
            mods = lowset - {"a", "an", "the", "some", "two", "three", "several", "one",
                             "other", "source", "sources", "many"}
            if not (mods & OFFICIAL_ADJ) and not any(t[:1].isupper() for t in toks[1:]):
                return "anonymous_generic"
        return "unnamed_official"
    if head in SPEAKS_FOR_NOUNS and (_owned_head(np) or low[0] in _ONE | _DEFINITE and _of_or_for(np)):
        return "unnamed_official"  # "a lawyer for Jo Roe", "Jo Roe's attorney": as "a spokesman for" is
    if head in GROUP_OF_BODIES_HEADS and toks[cut - 1].islower() and "," not in np.mention:
        return "collective_unnamed"  # "both parties", "the international community": a group, as a whole
    if head in GENERIC_ANON or "familiar" in lowset or "anonymity" in lowset:
        return "anonymous_generic"
    if head in COLLECTIVE_NOUNS and not _firm_name_end(toks, cut):
        return "collective_unnamed"  # (not "Kelp World", "Vole Alliance": a body's name)
    if head in DOCUMENT_NOUNS:
        return "document"
    if head in SOCIAL_WORDS and head not in ("post", "x", "truth", "social") and not (
            head in PLATFORM_NAMES and toks[cut - 1][:1].isupper()):
        return "social_post"  # (a capitalised "Twitter" speaking is the company: left to the names)
    return None


# (round 46) who stands "around" someone: a person by pronoun or name, not a place ("people around the world")
_AROUND_SOMEONE = frozenset(("him", "her", "them", "me", "us"))


def _insiders(np: _NounPhrase) -> bool:
    """ "people close to the campaign", "those around him", "people around Jo
    Roe": plural insiders, whom the sourcing labels type as officials; not
    "people around the world"."""
    low, cut = np.low, np.cut
    if cut + 1 >= len(low):
        return False
    if low[cut] == "close" and low[cut + 1] == "to":
        return True
    return low[cut] == "around" and (low[cut + 1] in _AROUND_SOMEONE or np.toks[cut + 1][:1].isupper())


def _firm_name_end(toks: list[str], cut: int) -> bool:
    """ "Ervin & Associates": the head, capitalised after a capital, ends a
    firm's name ("Associates" alone, opening a sentence, are people)."""
    return cut >= 2 and toks[cut - 1] in ORG_NAME_WORDS and toks[cut - 2][:1] in "&ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _unnamed_group(np: _NounPhrase) -> str | None:
    """ "Another group said", "a coalition of unions said": one group, unnamed
    -- a group noun after "a", "one", "another" (perhaps an ordinal: "a second
    group") with no capital before it, not a body the story named."""
    toks, low, head, cut = np.toks, np.low, np.head, np.cut
    if head in UNNAMED_GROUP_HEADS and low[0] in _ONE and cut <= 3 and not any(t[:1].isupper() for t in toks[1:cut]):
        return "collective_unnamed"
    return None


def _named_or_placed(np: _NounPhrase) -> str | None:
    """A body or a person the story named elsewhere ("the airline", "the GOP
    nominee"), a person placed in a body, a name in capitals, a plural group."""
    toks, low, head, cut = np.toks, np.low, np.head, np.cut
    if (head in ORG_KIND_HEADS or head in BODY_KIND_HEADS) and low[0] in _DEFINITE and head not in PERSON_HEADS:
        # "the airline", "the regulator", "the coastguard", "the panel": the body the story named
        return "named_org"
    if head in RELATIVE_NOUNS and (_owned_head(np) or _of_or_for(np)):
        return "named_person"  # "the brother of Jo Roe", "Jo Roe's sister": one person, described
    if (head in PERSON_HEADS or (head in _BODY_OFFICES and low[cut + 1:cut + 2] not in (["a"], ["an"], ["one"]))) and (
            low[0] in _DEFINITE or _owned_head(np) or (toks[-1][:1].isupper() and toks[0][:1].isupper())):
        # "the GOP nominee", "The New York businessman", "the police commander", "Jo Roe's campaign manager":
        # one person, named elsewhere
        return "named_person"
    if _office_by_its_place(toks, low, head, cut) or _capitalised_office_of_body(toks, low, head, cut):
        return "named_person"  # "Northern Ireland secretary said": the office's one holder
    if (head in PERSON_HEADS or head in _MEMBER_HEADS) and cut < len(low) and (
            not ORG_HINTS.isdisjoint(low[cut:]) or any(t[:1].isupper() for t in toks[cut:])):
        return "unnamed_official"  # "an employee of the interior ministry", "chief economist at Kelp Bank"
    one = _one_unnamed_person(np)
    if one is not None:
        return one
    if low[0] in _QUANTIFIERS and _PLURAL_GROUP.fullmatch(head) and cut > 1:
        # "many Latinos", "some Second Amendment radicals": a share of a group of people, whatever
        # capitals describe it, no body the story named
        return "collective_unnamed"
    named = low[:cut]  # (the head's own words: "a man who ..." names no WHO, "promoters in Ireland" no country)
    if not ORG_HINTS.isdisjoint(named) or not COUNTRY_LIKE.isdisjoint(named) or any(
            t[:1].isupper() and (k or low[0] not in _OPENERS) for k, t in enumerate(toks[:cut])):
        # (a capital that only opens the sentence -- "The", "Several" -- names nothing)
        return "named_org"
    if _PLURAL_GROUP.fullmatch(head) and low[0] in _DEFINITE | _QUANTIFIERS and len(low) > 1:
        return "collective_unnamed"  # "the farmers", "some growers": a group, not one unnamed person
    if low[0] not in _ONE and head.endswith(_AGENT_PLURALS) and _PLURAL_GROUP.fullmatch(head):
        return "collective_unnamed"  # "reporters", "security specialists": people by what they do, unnamed
    if head in _GATHERINGS and low[0] not in _ONE:
        return "collective_unnamed"  # "the crowd", "the audience": the people gathered, as one
    return None


def _one_unnamed_person(np: _NounPhrase) -> str | None:
    """One person after "a", "one", "another": "a union leader", "a Kelp Bank
    director" by their place in a body (``unnamed_official``); else "A young
    Kelp City resident", "A Kelpish man", "an Ostrian terrorism expert" by what
    they are, as "a resident" is (``anonymous_generic``) -- the capitals before
    the lower-case head name a town or a nationality, no body."""
    toks, low, head, cut = np.toks, np.low, np.head, np.cut
    if low[0] not in _ONE or cut < 2:
        return None
    if cut >= 3 and _placed_in_body(low[1:cut - 1], toks[1:cut - 1], head):
        return "unnamed_official"
    if head not in PEOPLE_NOUNS or not toks[cut - 1].islower() or not ORG_HINTS.isdisjoint(low[1:cut - 1]) \
            or not ORG_NAME_WORDS.isdisjoint(toks[1:cut - 1]):
        return None  # ("A Kelp Watch observer", "a Kelp University student": a body's name, left to it)
    return "anonymous_generic"


def _owned_head(np: _NounPhrase) -> bool:
    """Does a possessive come right before the lower-case head ("Jo Roe's wife",
    "Kelp Mining's chief executive")?  The head is the owner's one relative or
    office, not the owner."""
    cut = np.cut
    if cut < 2 or not np.toks[cut - 1][:1].islower():
        return False
    k = cut - 2
    while k > 0 and np.toks[k][:1].islower() and np.low[k] not in _DEFINITE:
        k -= 1  # ("Jo Roe's chief executive": past the head's own modifiers)
    return np.toks[k].endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _of_or_for(np: _NounPhrase) -> bool:
    """Does "of", "for" or "to" follow the head ("a lawyer for ...", "the sister of ...")?"""
    return np.cut < len(np.low) and np.low[np.cut] in ("for", "of", "to")


def _office_by_its_place(toks: list[str], low: list[str], head: str, cut: int) -> bool:
    """An office of one holder after the capitalised words of its place or body
    and nothing else, no determiner ("Northern Ireland secretary", "Kelp
    Harbour chairman"): one person, as "the Treasury secretary" is."""
    if head in ONE_HOLDER_OFFICES:
        return cut == len(low) >= 2 and toks[cut - 1] == low[cut - 1] \
            and all(t[:1].isupper() for t in toks[:cut - 1]) and low[0] not in _OPENERS
    # (round 42) a body's one leader after its name or its common noun ("Kelp Labour leader", "campaign
    # chief", "Kelpish opposition leader", "Police chief"): its holder, as an office of one holder is
    return head in _LEADING_OFFICES and cut == len(low) >= 2 and toks[cut - 1] == low[cut - 1] \
        and low[0] not in _OPENERS and all(t[:1].isupper() or w in ORG_HINTS or w in CONTEST_SIDES
                                           for t, w in zip(toks[:cut - 1], low[:cut - 1]))


# offices of one person in a body, held by one at a time: with "the" or an owner, that holder ("the police
# commander", "the company manager", "The Army's commander", "Jo Roe's campaign manager"; not "the manager of
# one bar", one of many, unnamed)
_BODY_OFFICES = frozenset(("commander", "manager", "chief", "vice-president", "captain"))
# the offices that lead a body, written after its name or its noun with no determiner ("campaign chief")
_LEADING_OFFICES = frozenset(("leader", "chief", "commander"))


def _capitalised_office_of_body(toks: list[str], low: list[str], head: str, cut: int) -> bool:
    """A capitalised office of one body after "the": "The Editor of the Kelp Post",
    "the Kelp Games General Manager" (a title word before it) -- its holder, not
    the body.  (Not "The Daily Star": a name, no title word before the head.)"""
    return head in TITLE_WORDS and low[0] in _DEFINITE and cut >= 2 and toks[cut - 1][:1].isupper() and (
        (cut < len(low) and low[cut] == "of") or (cut >= 3 and low[cut - 2] in TITLE_WORDS))


# people by their place in a body ("a member of the campaign", "the head of the agency")
_MEMBER_HEADS = frozenset(("head", "member", "employee", "staffer", "worker", "deputy", "official"))
# a place in a body, not a trade ("a BHP executive", not "a French journalist")
_PLACE_HEADS = _MEMBER_HEADS | frozenset((
    "executive", "director", "chairman", "chairwoman", "leader", "manager", "commander", "officer", "general",
    "president"))


def _placed_in_body(modifiers: list[str], written: list[str], head: str) -> bool:
    """Do the modifiers before a person noun name the body the person holds a
    place in?  A body's common noun does for any person noun ("a union leader",
    "a company executive"); a capitalised name only for a place in a body ("a
    Kelp Bank director"), since "a French journalist" or "One Lisbon
    economist" names a nationality or a town, not an employer."""
    if head not in PERSON_HEADS and head not in _PLACE_HEADS:
        return False  # ("An army commander", "a Kelp Navy officer": a place in a force, as a member's)
    if not ORG_HINTS.isdisjoint(modifiers):
        return True
    return head in _PLACE_HEADS and any(t[:1].isupper() for t in written)


# what an outlet publishes ("a story published in the Daily Clarion")
_REPORT_WORDS = frozenset(("report", "reports", "story", "stories", "article", "articles"))
# plural heads of the names of countries and bodies ("United States", "United
# Arab Emirates", "Solomon Islands", "United Nations")
_PLURAL_NAME_HEADS = frozenset(("states", "nations", "emirates", "islands", "provinces", "territories"))
_PLURAL_GROUP = re.compile(r"[a-z]{3,}[^s']s")
# the plural endings of people named by what they do ("reporters", "specialists", "participants",
# "trustees"; not "-ents", "-ics", "-ives", "-ths", "-ards", which end documents, fields, lives and boards)
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ees")
# the nouns of the people gathered at an event, who answer or chant as one
_GATHERINGS = frozenset(("crowd", "crowds", "audience", "audiences"))


# one capitalised plural of people ("Mourners", "Delegates", "Peruvians",
# "Anthropologists"): the endings of nouns for people that name a group.  A surname
# may take "-ers" or "-ors" ("Sanders", "Desrosiers"), so the caller asks the article
# for the verb of an agent noun ("mourn" for "Mourners") and for no name before it.
_GROUP_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ees|ites)")


def body_office_head(mention: str) -> str | None:
    """The office of one holder in a body that heads a definite description
    ("the police commander", "The deputy commander of the brigade", "the
    Army's chief"): the office word, else None.  Round 44 asks the article
    whether it ever names a holder of that office (``enrich``)."""
    words = mention.replace(",", " , ").split()
    if len(words) < 2 or words[0].lower() not in _DEFINITE and not words[0].endswith(("'s", "\u2019s")):
        return None
    cut = next((k for k, w in enumerate(words) if k and (w == "," or w.lower() in HEAD_BREAKS)), len(words))
    head = words[cut - 1]
    return head if head in _BODY_OFFICES else None


def group_plural_word(word: str) -> bool:
    """Is one capitalised word shaped as a plural of people ("Retailers",
    "Armenians", "Detainees"), not of documents ("Documents", "Papers") nor of
    things said ("Comments", "Arguments")?"""
    if _GROUP_PLURAL.fullmatch(word) is None:
        return False
    low = word.lower()
    return not low.endswith("ments") and low not in DOCUMENT_NOUNS and low not in EXTRA_DOCUMENTS


def agent_verbs(word: str) -> tuple[str, ...]:
    """The forms of the verb an agent noun's plural may come from ("Mourners":
    "mourn", "mourns", "mourned", "mourning"; "Voters": "vote", "votes", "voted";
    "Bloggers": "blog", "blogs", "blogged"), none for any other word."""
    low = word.lower()
    if not low.endswith(("ers", "ors")):
        return ()
    stem = low[:-3]
    stems = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # (a doubled consonant: "blogg-ers")
    forms = [s + end for s in stems for end in ("", "s", "ed", "ing")]
    return tuple(forms + [stem + "e", stem + "es"])


def anonymity_reason(text: str, start: int, end: int) -> str | None:
    """The stated reason a source was granted anonymity, if the mention gives one."""
    m = ANON_REASON.search(text, start, end)
    if not m:
        return None
    reason = (m.group("reason") or "").strip()
    return reason or "spoke on condition of anonymity"
