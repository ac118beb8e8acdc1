"""Person mentions and the light coreference that turns a source into a speaker.

Why rules and not a coreference model: in news the chain is short and regular.
A person is introduced by full name (often with an appositive role:
"Sergei Lavrov, Russia's foreign minister,"), then referred to by surname,
pronoun or title ("the minister").  So: collect the named people once per
article, then resolve a pronoun to the nearest earlier person of compatible
gender, a surname to the full name, and a definite title to the person holding
that role -- or, as wire leads do ("Russia's foreign minister said ..."), to the
first person named later in the article as a speaker.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from dataclasses import dataclass, field
from typing import NamedTuple

from .lexicon import (
    NOT_NAME_WORDS,
    READ_THINGS,
    ADJUNCT_AFTER_CUE,
    APPOSITION_FIRST,
    BODY_KINDS_BEFORE_PERSONLESS_NAME,
    BODY_OWNER_NOUNS,
    COLLECTIVE_NOUNS,
    COUNTRY_LIKE,
    COUNTRY_WORDS_AS_SURNAMES,
    COUNTRY_PAIRS,
    CUE_FORMS,
    DATE_WORDS,
    DOCUMENT_NOUNS,
    EXTRA_COLLECTIVE,
    FEMALE_NAMES,
    FEMALE_TITLES,
    FORENAMES,
    HOLDING_PARTICIPLES,
    HONORIFICS,
    JOINED_ARTICLES,
    KIN_NOUNS,
    LOWER_PREPOSITIONS,
    MALE_NAMES,
    MALE_TITLES,
    NAMING_LEMMAS,
    NAME_PARTICLES,
    NOT_AGENT_NOUNS,
    NOT_PLURAL_NOUNS,
    OFFICIAL_NOUNS,
    OPENING_ADVERBS,
    ORG_HINTS,
    ORG_NAME_WORDS,
    PERSON_HEADS,
    PLACE_INITIALS,
    PLACE_OR_FIRM_LAST_WORDS,
    RECORDING_NOUNS,
    ROLES_BEFORE_NAME,
    SENTENCE_OPENERS,
    SPEAKS_FOR_NOUNS,
    SPOUSE_TITLES,
    STYLE_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
)
from ..articles import DATELINE
from .patterns import CAP_CUE_WORDS, after_page_markup

# (possessive runs of lower-case letters: what may follow one -- a capital, a
# hyphen or apostrophe, a space, the end -- is never a lower-case letter, so
# giving letters back never makes a match; without the "+" the engine tried
# that, letter by letter, at every capitalised word not followed by a name;
# and so the repeated groups: a group given back leaves the match before a
# capital, a hyphen or apostrophe, or a lower-case particle, where nothing
# that follows -- a space, a capital after a particle -- can match, and what
# closes the pattern is optional, so the longest reading is the one taken.
# Possessive groups spare the engine its saved states, and the scan of every
# paragraph for names about a sixth of its instructions)
_CAP_TAIL = r"[a-z]++(?:[A-Z][a-z]++)*+(?:[-'\u2019][A-Z]?[a-z]++)*+"
_CAP = r"[A-Z](?:['\u2019][A-Z])?" + _CAP_TAIL  # McClellan, DeSantis, Ki-moon, O'Malley
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "Rev",
           "Maj", "Amb")
_PARTICLE = r"(?:" + "|".join(NAME_PARTICLES) + r")"
_PARTICLES = r"(?:" + _PARTICLE + r"\s+){0,2}+"
_JOINED_ARTICLE = r"(?:(?:" + "|".join(JOINED_ARTICLES) + r")-)?"
_NAME_REST = r"(?:\s+(?:[A-Z]\.\s*|[B-HJ-Z]\s+(?=[A-Z][a-z]))*+" + _PARTICLES + _JOINED_ARTICLE + _CAP + r"){1,4}+"


def _title_tail() -> str:
    """The titles without their first letter, each behind a look-behind for that
    letter, grouped by it (the titles of one letter keep their order)."""
    by_letter: dict[str, list[str]] = {}
    for t in _TITLES:
        by_letter.setdefault(t[0], []).append(t[1:])
    # (one look-behind for any first letter before the one per letter: most
    # capitals open no title, and are then turned down by a single test)
    return f"(?<=[{''.join(sorted(by_letter))}])(?:" + "|".join(
        f"(?<={k})(?:{'|'.join(v)})" for k, v in by_letter.items()) + r")\.?"


# An optional title ("Mr.") and two to five capitalised words.  The pattern opens
# with the capital it starts at, then looks behind it for a word character:
# the engine can then skip ahead to the next capital letter instead of trying
# the pattern at every position (a look-ahead first hides that from it).  The
# matches are those of "(?=[A-Z])(?<![\w'\u2019-])(?:(?P<title>TITLE)\s+)?
# (?P<name>CAP REST)": with a title the name is group "name"; without one it
# started at the capital already read, and group "name_tail" holds the rest of
# it.  Read the groups with ``name_parts``.
NAME_RE = re.compile(
    r"[A-Z](?<![\w'\u2019-].)(?:(?P<title_tail>" + _title_tail() + r")\s+(?P<name>" + _CAP + _NAME_REST +
    r")|(?P<name_tail>" + _CAP_TAIL + _NAME_REST + r"))(?:,?\s+(?:Jr|Sr)\.?)?")


@dataclass(slots=True)
class NameParts:
    title: str | None
    name: str
    start: int          # where the name starts (after the title)


def name_parts(text: str, m: re.Match) -> NameParts:
    """The title, name and name start of a ``NAME_RE`` match."""
    if m.start("title_tail") >= 0:
        return NameParts(text[m.start():m.end("title_tail")], m.group("name"), m.start("name"))
    return NameParts(None, text[m.start():m.end("name_tail")], m.start())

NOT_NAME = DATE_WORDS | {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "If", "When", "While", "As",
    "After", "Before", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
    "I", "Some", "Many", "Most", "His", "Her", "Their", "Our", "Its", "There", "Here",
    "According", "Asked", "Meanwhile", "However", "Still", "Yet", "So", "Now", "Then",
    "Former", "President", "Senator", "Secretary", "Minister", "Prime", "Foreign", "Vice",
    "Governor", "General", "Chairman", "Speaker", "Democratic", "Republican", "North",
    "South", "East", "West", "New", "United", "Security", "Council", "House", "Senate",
    "White", "State", "Supreme", "Court", "National", "Defense", "Justice", "Department",
    "Ministry", "Islamic", "Federal", "European", "Union", "American", "Russian",
    "Chinese", "British", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Rep", "Gov", "Presidential",
    "Congress", "Breaking", "Update", "Updated", "Read", "More", "Related", "Follow",
    "Photo", "Video", "Image", "Getty", "Images", "Associated", "Press", "Reuters",
}
_ORG_TOKENS = {w.capitalize() for w in ORG_HINTS} | {w.capitalize() for w in COUNTRY_LIKE} | {
    "News", "Times", "Post", "Journal", "Street", "Party", "Fund", "Bank", "Korea", "States",
    "Nations", "Kingdom", "Union", "Council", "Network", "Institute", "Center", "Centre",
    "University", "Security", "Ministry", "Fox", "Sunday", "Obamacare", "Twitter",
    "Facebook", "Square", "Avenue", "Road", "Hill", "Capitol", "Airport", "Island", "City",
    "County", "Valley", "River", "Sea", "Ocean", "Gulf", "Media", "Affairs", "Committee"}

# A run of capitals that ends with one of these is an office ("Kelpish Prime
# Minister"), not a name (titles that are also surnames, "King", "Major", are not here)
_OFFICE_LAST = frozenset({"Minister", "President", "Secretary", "Senator", "Governor", "Spokesman", "Spokeswoman",
                          "Spokesperson", "Chairman", "Chairwoman", "Director", "Ambassador", "Chancellor",
                          "Premier", "Commissioner", "Prosecutor", "Mayor", "Treasurer", "Member",
                          "Superintendent"})

# "Minister of the ", "President of ": an office whose place opens the next run of capitals
_OFFICE_OF = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:of|for|to|in)\s+(?:the\s+)?$")
# (what _OFFICE_OF needs before a name, with single spaces: "Mayor of", "ambassador to", "envoy in")
_OF_ENDS = ("of ", "for ", "to ", "in ", "of the ", "for the ", "to the ", "in the ")

# Function words capitalised inside a run of capitals: a title-case headline
# ("Trump As The New Mitt"), never the middle or end of a person's name.
_HEADLINE_FUNCTION = frozenset({"The", "As", "A", "An", "In", "On", "At", "For", "And", "To", "With", "From",
                                "Is", "Are", "Was", "Will", "By", "Over", "After", "Into", "Not", "But"})

# Capitalised function words that open a sentence and get glued to a name.
# (prepositions, auxiliaries and other grammar words: written capitalised in
# mid-sentence, only as a forename, "Its chairman, Per Roe, said")
_LEAD_GRAMMAR = frozenset({
    "By", "From", "Of", "With", "Without", "To", "During", "Despite", "Since", "Although",
    "Though", "Unlike", "Like", "Even", "Under", "Over", "Among", "Amid", "Through", "Via",
    "Per", "Did", "Does", "Do", "Is", "Was", "Will", "Would", "Can", "Could", "Should", "Has",
    "Have", "Had", "Dear", "Thanks", "Why", "What", "How", "Who", "Where", "Whether", "Only",
    "Just", "Both", "Neither", "Either", "Each", "Every", "All", "Unless", "Until", "Because",
    "Instead", "Also", "Including", "Against", "Besides", "Upon", "Toward", "Towards",
    "Behind", "Following", "Let", "Ask", "Sorry", "Yes", "No", "Not", "Once",
    "Watch", "Listen", "Vote", "Elect", "Presumptive",
    "Other", "Others", "Some", "Many", "Most", "Few", "Another", "Such"})  # ("Other Netizens enjoyed")
_LEAD_FUNCTION = _LEAD_GRAMMAR | {
    "Ex", "Late", "Then", "Fort", "Mount", "Lake", "Port", "Saint", "St", "Sir", "Dame",
    "Democrat", "Democratic", "Republican", "American", "Understated", "Several",
    "Top", "Senior",  # a headline's rank before a name ("Top Roe Aide Quits")
} | {w.capitalize() for w in OPENING_ADVERBS}  # ("Afterwards Quill said")
# Words that make a capitalised run a place, event or group rather than a person.
# plural and French forms of organisation words ("Voluntary Organisations", "Agence France-Presse")
_MORE_ORG_WORDS = frozenset({"Organisations", "Organizations", "Associations", "Unions", "Agencies", "Authorities",
                             "Services", "Charities", "Councils", "Groups", "Agence", "Presse",
                             # the same words in the languages whose organisations English copy names
                             # untranslated (read folded: see ``latin``)
                             "Agencia", "Partido", "Parti", "Partei", "Bloc", "Frente", "Movimiento", "Foro",
                             "Medecins", "Frontieres", "Operation", "Organizacion", "Asociacion", "Sindicato"})
NOT_PERSON_TOKEN = {w.capitalize() for w in WEEKDAYS} | _MORE_ORG_WORDS | {
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December", "East", "Eastern", "Western", "Northern", "Southern",
    "Midwest", "Democratic", "Republican", "Democrats", "Republicans", "Democrat",
    "American", "Americans", "Church", "Technologies", "Breakfast", "Monitor", "Check",
    "Primary", "Caucus", "Caucuses", "Convention", "Debate", "Election", "Act",
    "Amendment", "Program", "Programme", "Project", "Plan", "Initiative", "Agency",
    "Administration", "Commission", "Corporation", "Company", "Inc", "Corp", "Ltd", "Group",
    "Association", "Foundation", "Organization", "Organisation", "Coalition", "Alliance",
    "Campaign", "College", "School", "Hospital", "Library", "Museum",
    "Tower", "Towers", "Hotel", "Station", "Base", "Mountain",
    "Mountains", "Province", "Region", "District", "Republic", "Empire", "Club", "Team",
    "Conference", "Summit", "Forum", "Festival", "Award", "Awards", "Prize", "Week",
    "Month", "Year", "Season", "Series", "Show", "Magazine", "Radio", "Television", "TV",
    "Channel", "Online", "Daily", "Weekly", "Herald", "Tribune", "Gazette", "Review",
    "Ohio", "Iowa", "Texas", "Florida", "Nevada", "Arizona", "Colorado", "Minnesota",
    "Michigan", "Wisconsin", "Illinois", "Indiana", "Kentucky", "Tennessee", "Alabama",
    "Mississippi", "Louisiana", "Arkansas", "Missouri", "Kansas", "Nebraska", "Oklahoma",
    "Oregon", "Utah", "Idaho", "Montana", "Wyoming", "Alaska", "Hawaii", "Maine",
    "Vermont", "Massachusetts", "Connecticut", "Pennsylvania", "Maryland", "Delaware",
    "Jersey", "Hampshire", "Carolina", "Dakota", "California", "Los", "Angeles", "San",
    "Francisco", "Chicago", "Boston", "Philadelphia", "Baltimore", "Detroit", "Cleveland",
    "Miami", "Atlanta", "Dallas", "Houston", "Denver", "Phoenix", "Seattle", "Brooklyn",
    "Manhattan", "Queens", "Bronx", "Manchester", "Moines", "Plaines", "Vegas", "Orleans",
    "Africa", "African", "Asia", "Asian", "Europe", "Latin", "Hispanic", "Muslim",
    "Muslims", "Christians", "Jewish", "Catholic", "Islam", "Syrian", "Iranian",
    "Israeli", "Palestinian", "Mexican", "Canadian", "German", "French", "Turkish",
    "Saudi", "Arabia", "Emirates", "Qaeda", "Obamacare", "Medicare", "Medicaid",
    "Internet", "Web", "Facebook", "Google", "Apple", "Microsoft", "Amazon", "Twitter",
    "Live", "World", "Pro", "HuffPost", "BuzzFeed", "Politico", "Breitbart", "CNN", "MSNBC", "NBC", "CBS", "ABC",
}
# "Jo Roe, the party's leader, said" (a lower-case first word must be a title
# or open an apposition: ``_appos_opens``) and, closing the sentence after an
# inverted cue, "said Jo Roe, head of the haulage association." (``_closing_apposition``)
_APPOS = r",\s+((?:the|a|an|[A-Z][\w.'\u2019-]*|[a-z][\w-]*)\b[^,;.:\n\"\u201c\u201d]{2,80}?)"
_APPOS_AFTER = re.compile(_APPOS + ",")
_APPOS_CLOSING = re.compile(_APPOS + r"\.(?:\s|[\"\u201d]|$)")
# a role in brackets right after the name: "Jo Roe (Chairman of Kelp Mining) said"
_ROLE_IN_BRACKETS = re.compile(r"\s\(([A-Za-z][^()\n\"\u201c\u201d]{2,80})\)")
_INVERTED_CUE_BEFORE = re.compile(r"(?:\b(?:said|says|told|tells|wrote|writes|according to)|\b[a-z]{3,}ed)\s+$")
PRONOUN_RE = re.compile(r"^(?:he|she|they|it|we|i|you|who|his|her|him)$", re.IGNORECASE)


@dataclass
class Person:
    name: str
    surname: str
    gender: str | None = None   # "m", "f" or None
    role: str | None = None
    first: int = 0
    positions: list[int] = field(default_factory=list)
    first_len: int = 0  # the name's length where first written (0: len(name)); ``name`` may grow later
    role_done: bool = False  # ``People.ensure_role`` has looked for a role


# a plural common noun and a preposition before a name: "aides to (Mr.) ", "two allies of "
_GROUP_BEFORE_PP = re.compile(r"(?:[A-Za-z]+\s+){0,3}[A-Za-z][a-z]*s(?:\s+(?:to|of|for|close\s+to|around)|"
                              r",\s+(?:including|among\s+them|such\s+as))\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+|the\s+)?"
                              # the other's title in capitals: "opponents of President (Jo Roe)"
                              r"(?:(?:" + "|".join(sorted(w.capitalize() for w in TITLE_WORDS)) + r")\s+){0,2}$"
                              # one who speaks for another: "a spokesman for (Kelp Mayor) Jo Roe"
                              r"|(?:[\w.'\u2019-]+\s+){0,3}(?:" + "|".join(SPEAKS_FOR_NOUNS) + ")"
                              r"\s+(?:for|to|of)\s+(?:(?:[A-Z][\w.'\u2019-]*|presidential|"
                              + "|".join(sorted(TITLE_WORDS)) + r")\s+){0,4}$")
# (the words between are the other's title in capitals or title words: after lower-case
# words the name is the speaker's own, "spokesman for state affairs Jo Roe", "to the U.N. Jo Roe")


# A lower-case noun head before "of"/"for" and the name ("the wife of (Jo Roe)", "the chief
# executive of (Kelp Mining)", "a spokesman for the council of (Kelp Bay)"): the name is
# the object of the head's preposition, and the head -- a relation, a role, a body -- speaks.
# (after the first word no word in -s: that is a verb, "the ad uses footage of (Jo Roe)")
_NP_WORDS = r"(?:[a-z][\w'\u2019-]*\s+)?(?:[a-z][\w'\u2019-]*(?<![^s]s)\s+){0,2}[a-z][\w-]*\s+(?:of|for)\s+"
_NOUN_BEFORE_PP = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?" + _NP_WORDS
                             + r"(?:the\s+" + _NP_WORDS + r")?(?:the\s+)?")
_LAST_NOUN_BEFORE_PP = re.compile(r"([a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


# a mention opening on a plural of people or documents with its modifier ("supporters
# of Democrat Jo Roe", "Republican activists clamoring to block Jo Roe", "Exit polls
# from the primary, which Mr. Roe won"): the group is the head, whoever the modifier names
# (a participle's agent too: "documents obtained by Jo Roe", "records seen by the Kelp Star")
_GROUP_MODIFIED = re.compile(r"(?:[\w.'\u2019-]+\s+){0,3}?(?P<head>[A-Za-z][a-z]+s)\s+(?:of|for|to|from|with|"
                             r"against|behind|[a-z]{3,}ing|(?:" + "|".join(sorted(HOLDING_PARTICIPLES)) + r")\s+by)\s")


def _group_modified(text: str, start: int, pos: int) -> bool:
    """The words before a name inside a mention open on a plural of people or
    documents and its modifier, the name not set off after a comma ("One of the
    lawyers for the plaintiffs, Jo Roe": Roe speaks)."""
    m = _GROUP_MODIFIED.match(text, start, pos)
    if m is None or m.group("head").lower() not in _GROUP_NOUNS or text[start:pos].rstrip().endswith(","):
        return False
    if m.group("head")[0].islower():
        return True
    # a capital head opens the mention, and is no body's name ("Friends of the Earth
    # campaigner Jo Roe", "the Liberal Democrats acting president Jo Roe")
    return m.start("head") == start and _NAMED_BODY_OF.match(text, m.end() - 1, pos) is None


# "(Friends) of the Earth": a capital plural, "of" and a capitalised word not an honorific
_NAMED_BODY_OF = re.compile(r"(?<=of)\s+(?:the\s+)?(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z]")


def _noun_heads_name(text: str, start: int, pos: int) -> bool:
    """Does a lower-case noun with "of"/"for" head the name at ``pos`` -- not a
    recording of its speaker ("footage of Jo Roe": Roe speaks)?  A title
    between them is the name's ("the government of interim President Jo Roe":
    the government speaks)."""
    titled = _before_titles(text, start, pos)
    if not _NOUN_BEFORE_PP.fullmatch(text, start, titled):
        return False
    m = _LAST_NOUN_BEFORE_PP.search(text, start, titled)
    # (a document of a titled name is the person's: "the statement of Dr Roe")
    return m is None or m.group(1).lower() not in RECORDING_NOUNS and (
        titled == pos or m.group(1).lower() not in DOCUMENT_NOUNS)


# the last word before a name ("President |Jo Roe", "Mr. |Roe")
_WORD_BEFORE_NAME = re.compile(r"([A-Za-z][\w-]*)\.?\s+$")
# "of"/"for" and at most two words (a title's modifiers: "interim", "Kelpish") before a title; not
# "of the" ("commander of the Kelp Army Gen. Jo Roe": the title and name are the commander's apposition)
_PP_BEFORE_TITLE = re.compile(r"\b(?:of|for)\s+(?=(?:(?!(?:the|a|an)\s)[\w-]+\s+){0,2}$)")


def _before_titles(text: str, start: int, pos: int) -> int:
    """Where the titles before a name at ``pos`` start, with up to two words
    before them back to an "of"/"for" ("of |interim President Jo Roe"); ``pos``
    when no title stands right before the name or no bare "of"/"for" before it,
    or a word between them is neither capitalised ("Kelpish") nor a title's
    modifier ("interim", "acting")."""
    end = pos
    for _ in range(3):
        m = _WORD_BEFORE_NAME.search(text, start, end)
        if m is None or not (_title_word(m.group(1)) or m.group(1).lower() in HONORIFICS or m.group(1) in _TITLES):
            break
        end = m.start()
    if end == pos:
        return pos
    m = _PP_BEFORE_TITLE.search(text, max(start, end - 60), end)
    if m is None or not all(w[:1].isupper() or w in TITLE_MODIFIERS for w in text[m.end():end].split()):
        return pos  # ("the chief of surgery Dr. Jo Roe": a noun after "of", the title and name its apposition)
    return m.end()


_AND_BEFORE = re.compile(r",?\s+(?:and|or)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?")
_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]")
_PROSE_WORD = re.compile(r"\s(?!(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by|as|is)\s)[a-z]")


def _inside_longer_name(text: str, end: int) -> bool:
    """A surname-like word that runs on into another capitalised word ("United"
    in "United States President ...", "Clinton" in "Clinton Foundation") is a
    word of some other name, not a mention of the person -- in prose; in a
    title-case headline ("Roe Says ...") every word is capitalised."""
    if _NEXT_CAPITALISED.match(text, end) is None:
        return False
    stop = text.find("\n", end, end + 80)
    return len(_PROSE_WORD.findall(text, end, end + 80 if stop < 0 else stop)) >= 2


_ANY_ORG_WORD = frozenset(ORG_NAME_WORDS) | _ORG_TOKENS
# the organisation words that are also common surnames or places
_SURNAME_LIKE = frozenset({w.capitalize() for w in COUNTRY_LIKE} | {
    "Street", "Korea", "Square", "Avenue", "Road", "Hill", "Capitol", "Island", "City", "County",
    "Valley", "River", "Sea", "Ocean", "Gulf", "Sunday", "Fox", "White", "Post", "Who", "State",
    "States", "House", "Bank", "Union"})
_MENTION_ORG_WORD = _ANY_ORG_WORD | _MORE_ORG_WORDS
_INSTITUTION_WORD = _MENTION_ORG_WORD - _SURNAME_LIKE
_OF_ORG_HEAD = frozenset(w for w in _MENTION_ORG_WORD | NOT_PERSON_TOKEN if w[:1].isupper())


# initials for the forename: "J.M. Vole", "A. J. Roe", "T. Ann Vole", the last one's
# full stop sometimes left out ("P.S Vole", "A. B Roe"; not "N. Korea", "S. Korean")
_INITIALS_NAME = re.compile(r"(?P<initials>(?:[A-Z]\.\s?){1,3}(?:[A-Z]\s)?)(?:[A-Z][a-z]+\s+)?"
                            r"(?P<last>[A-Z][a-z][\w'\u2019-]*)$")


def initials_name(mention: str) -> bool:
    """Is the mention a name that opens on initials ("J.J. Vole", "P. Roe"), no
    country's or union's initials ("N. Korea", "U.S. Army")?"""
    m = _INITIALS_NAME.match(mention)
    if m is None:
        return False
    last = m.group("last").lower()  # (a country or its people's word: "N. Korea", "S. Korean")
    return last not in COUNTRY_LIKE and last[:-1] not in COUNTRY_LIKE \
        and re.sub(r"[.\s]", "", m.group("initials")) not in PLACE_INITIALS


def has_org_word(mention: str) -> bool:
    """Whether a capitalised mention holds a word that names an organisation
    ("Amnesty International", "the Daily News", "North Korea"): the words for
    which the people of an article never hold a name, so that a mention typed
    by its look agrees with the people found in the article.  A mention that
    opens with an honorific, a title or a known forename ("Mr Hill", "Senator
    North") is a person's whatever its surname; a place word that many people
    carry as a surname ("Hill", "Washington", "London") names a place only
    when it opens the mention."""
    toks = mention.split()
    if not toks or _MENTION_ORG_WORD.isdisjoint(toks):
        return False
    first = toks[0].rstrip(".").lower()
    if first in HONORIFICS or first in TITLE_WORDS or first in FORENAMES:
        return False
    return toks[0] in _MENTION_ORG_WORD or not _INSTITUTION_WORD.isdisjoint(toks[1:])


def _name_after_org(toks: list[str]) -> list[str] | None:
    """The words of a person's name that close a run of capitalised words after
    an organisation's ("... editor at Flight International David Learmount"):
    the words after the run's last organisation word, when they are two or
    three, hold none, and open with a known forename.  Else None."""
    if _ANY_ORG_WORD.isdisjoint(toks):  # (most runs: one set test, no loop)
        return None
    last = max(i for i, t in enumerate(toks) if t in _ANY_ORG_WORD)
    rest = toks[last + 1:]
    if not 2 <= len(rest) <= 3 or rest[0].lower() not in FORENAMES:
        return None
    if not NOT_PERSON_TOKEN.isdisjoint(rest) or rest[0] in NOT_NAME:
        return None
    return rest


def _person_after_place(toks: list[str]) -> list[str] | None:
    """The words from the first known forename after the first word, when two
    or three are left ("Defence Jon Roe" -> "Jon Roe"); None otherwise."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower() in FORENAMES:
            return toks[k:] if len(toks) - k <= 3 else None
    return None


def _title_word(word: str) -> bool:
    """A title in a run of capitals: "Minister", joined ones, "Brigadier-General",
    one elected but not yet in office ("President-elect"), and a plural before
    the names it is given ("Senators Ada Quill and ...")."""
    low = word.lower().removesuffix("-elect")  # ("President-elect")
    return low in TITLE_WORDS or ("-" in low and low.rsplit("-", 1)[1] in TITLE_WORDS) or (
        low.endswith("s") and low[:-1] in TITLE_WORDS)


_ARTICLES_BEFORE = ("the ", "The ", " a ", " an ", "\na ", "\nan ")


def _article_before_name(first: str) -> bool:
    """Whether a run of capitals after "the" or "a" is no person's name: it opens
    neither with a known forename nor with a title ("the Rev. Jo Roe")."""
    low = first.lower().rstrip(".")
    return not (low in FORENAMES or low in TITLE_WORDS or low in HONORIFICS or first.rstrip(".") in _TITLES
                or low in STYLE_WORDS)


def joined_surname(word: str) -> str | None:
    """The surname of a word with a joined Arabic article ("al-Kelp", "Al-Kelp" ->
    "Kelp"), or None for any other word."""
    head, dash, rest = word.partition("-")
    return rest if dash and head.lower() in JOINED_ARTICLES and rest[:1].isupper() else None


def _without_joined_article(surname: str) -> str:
    """ "al-Kelp" is mentioned as "Al-Kelp" and "Kelp": the surname after its article."""
    return joined_surname(surname) or surname


# the next word goes on with a name: a capital, or a particle and a capital ("Lula da Silva")
_NAME_RUNS_ON = re.compile(r"\s?(?:" + _PARTICLE + r"\s+)*[A-Z]")


# a spouse's title's last word: only before one is the pair of words built and tested
_SPOUSE_LAST = frozenset(t.rsplit(" ", 1)[1] for t in SPOUSE_TITLES)
# each capitalised word's ``_title_word``, read once (the same words open run after run; cleared when large)
_TITLED: dict[str, bool] = {}


def _after_last_title(toks: list[str]) -> list[str]:
    """ "Interior Minister Jo Roe", "First Lady Ann Vole": the words after the
    last title word."""
    titled = _TITLED
    for ti in range(len(toks) - 2, -1, -1):
        tok = toks[ti]
        is_title = titled.get(tok)
        if is_title is None:
            if len(titled) > 100_000:
                titled.clear()
            is_title = titled[tok] = _title_word(tok)
        if is_title or (ti and tok.lower() in _SPOUSE_LAST and f"{toks[ti - 1]} {tok}".lower() in SPOUSE_TITLES):
            return toks[ti + 1:]
    return toks


_PARTICLE_WORDS = frozenset(NAME_PARTICLES)  # (the tuple keeps the pattern's order)
_WORD_AT = re.compile(r"[\w.\u2019'-]*")


def _name_before_particle(toks: list[str]) -> str | None:
    """ "Luiz Inacio Lula da Silva" is also "Lula": the word before the particles,
    when a forename comes before it (not "Ana" of "Ana de la Cruz")."""
    for k in range(2, len(toks) - 1):
        if toks[k] in _PARTICLE_WORDS:
            return toks[k - 1] if toks[k - 1].lower() not in FORENAMES else None
    return None


# a short family name before a hyphenated given name ("Pak Chol-min", "Ma Ying-jeou")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,4}")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _family_name_first(toks: list[str]) -> str | None:
    """ "Pak Chol-min" is also "Pak": a family name written first, known by the
    given name's shape (two syllables joined by a hyphen, the second in lower
    case), which "Jean-Pierre", "al-Sadr" or "One Roe-backed" does not have."""
    if len(toks) == 2 and _FAMILY_FIRST.fullmatch(toks[0]) and _HYPHENATED_GIVEN.fullmatch(toks[1]) \
            and toks[0].lower() not in SENTENCE_OPENERS:
        return toks[0]
    return None


def _ends_name(known: list[str], toks: list[str]) -> bool:
    """ "Lula da Silva" after "Luiz Inacio Lula da Silva": the end of a known longer
    name that holds a particle.  (Without one, "Stan Roe" after "Kelptech Stan
    Roe" is as likely a name run that took in the word before it.)"""
    return known[-len(toks):] == toks and not _PARTICLE_WORDS.isdisjoint(toks)


def _particles_only(words: list[str]) -> bool:
    """ "Van der" of "Van der Kelp said": the particles of a known surname, no forename."""
    return all(w.lower() in _PARTICLE_WORDS for w in words)


def _joined_article_before(text: str, dash: int) -> bool:
    """Whether the word before a dash is an Arabic article ("Al-" of "Al-Kelp")."""
    k = dash
    while k > 0 and text[k - 1].isalpha() and dash - k < 3:
        k -= 1
    return text[k:dash].lower() in JOINED_ARTICLES and not text[k - 1:k].isalnum()


@dataclass(slots=True)
class _Run:
    """A run of capitals ``NAME_RE`` found, cut to what may be a person's name."""
    title: str | None   # an abbreviated title before it ("Mr.")
    found: str          # the run as read (again from the name's start when a title cut it)
    start: int          # where ``found`` starts
    name: str           # the name so far (the words of ``toks``)
    toks: list[str]


def _owned_person(after: list[str], owner: str = "") -> list[str] | None:
    """The name in the words after a possessive ("The Blaze's Matt Kelp",
    "Kelpland's Prime Minister Ivo Dal"): two or three words, opened by a
    known forename or following a title, or two after a body's name ("the Kelp
    Institute's Bram Vole": ``_staff_of_body``), and not ending in a title; else None."""
    owned = _after_last_title(after)
    if 2 <= len(owned) <= 3 and (owned[0].lower() in FORENAMES or len(owned) < len(after)
                                 or _staff_of_body(owner, owned)) \
            and not _title_word(owned[-1]):
        return owned
    return None


def _staff_of_body(owner: str, owned: list[str]) -> bool:
    """ "Kelp Institute's Bram Vole", "the Kelp Post's Ana Dal": two capitalised
    words after a body's possessive, no body, place, office or grammar word
    among them, are one of its people; after a place's ("Kelpland's Interior
    Ministry") or with a body word ("the Party's Central Committee") they are not."""
    if owner not in _INSTITUTION_WORD and owner not in BODY_OWNER_NOUNS:
        return False
    if owned[0].endswith(("ary", "ical", "ional", "ive", "ern")):
        return False  # an adjective opens a body's name: "the Council's Parliamentary Assembly"
    return len(owned) == 2 and all(
        t not in _MENTION_ORG_WORD and t not in NOT_PERSON_TOKEN and t not in NOT_NAME
        and t not in _HEADLINE_FUNCTION and t not in _OFFICE_LAST and t.isalpha() for t in owned)


# an abbreviated title's full stop, then a capitalised word that can open a name
_TITLE_THEN_NAME = re.compile(r"\.\s+(?!(?:" + "|".join(sorted(NOT_NAME - set(_TITLES))) + r")\b)[A-Z][a-z]")

# abbreviated ranks that follow another ("Lt. Cmdr", "Det. Supt", "Brig. Gen")
_SECOND_RANKS = frozenset(("Cmdr", "Cdr", "Supt", "Insp", "Gen", "Col", "Sgt", "Cpl"))


def _name_run(text: str, m: re.Match, pe: int) -> _Run | None:
    """The run of a ``NAME_RE`` match without a possessive's tail and the titles
    before the name, or None when fewer than two words are left."""
    parts = name_parts(text, m)
    title, name, name_start = parts.title, parts.name, parts.start
    found = name
    toks = name.split()
    if toks[-1] in _TITLES and _TITLE_THEN_NAME.match(text, m.end()):
        return None  # "Kelpish Sen. Ben Vole": an abbreviated title ends the run, the name follows
    cut = _before_headline_verb(text, name_start, toks) if len(toks) > 2 else toks  # (it reads three words or more)
    if cut is not toks:
        toks = cut
        name = found = " ".join(toks)
    if "'s" in name or "\u2019s" in name:  # (rare: skip the loop otherwise)
        toks = _before_possessive(text, m, pe, toks)
        name = " ".join(toks)
        if name not in found:  # (the owned name ran on past the match: the run is read to its end)
            at = text.find(name, name_start, pe)
            found = text[name_start:at + len(name)] if at >= 0 else found
    if len(toks) < 2:
        return None
    if title is not None and toks[0] in _SECOND_RANKS and len(toks) > 2:
        toks = toks[1:]  # "Lt. Cmdr Jo Roe": a rank after the title is no forename
        name = " ".join(toks)
    # "Finance Minister Oren Vale": the name starts after the title word
    after = _after_last_title(toks)
    if len(after) == 1 and (_title_word(after[0]) or after[0].lower() in PERSON_HEADS):
        return None  # "the Kelp Games General Manager": an office of the body, no name after it
    if after is not toks:
        toks = after
        name = " ".join(toks)
        if m.end() < pe and _NAME_RUNS_ON.match(text, m.end(), pe):
            # "Manhattan Supreme Court Justice Frank Nervo": the run
            # was cut inside the name; read the name from its start
            at = name_start + found.rfind(" " + toks[0]) + 1
            again = NAME_RE.match(text, at, pe)
            parts = name_parts(text, again) if again is not None else None
            if parts is not None and (parts.title is None or toks[0].rstrip(".") in _TITLES):
                # (or an honorific left before the name: "Meanwhile Kelp Leader Dr Jon Varek",
                # the run cut at five words, is "Dr" and "Jon Varek")
                title = parts.title or title
                toks = _after_last_title(parts.name.split())
                found = parts.name
                name = " ".join(toks)
                name_start = parts.start
    return _Run(title, found, name_start, name, toks)


def _before_possessive(text: str, m: re.Match, pe: int, toks: list[str]) -> list[str]:
    """ "Tuesday's New Hampshire", "Clinton's Campaign": a possessive ends the name
    (but "the Kelp Institute's Bram Vole" is one of its people)."""
    for ti, tok in enumerate(toks):
        if tok.endswith(("'s", "\u2019s")):
            runs_on = m.end() < pe and _NAME_RUNS_ON.match(text, m.end(), pe)
            owned = _owned_person(_owned_words(text, m, pe, tok) if runs_on else toks[ti + 1:], tok[:-2])
            if owned is not None:
                return owned
            return [*toks[:ti], tok[:-2]]
    return toks


# the capitalised words after a possessive, to the next word in lower case
_CAPITAL_WORDS = re.compile(r"(?:\s+[A-Z](?:\.|[\w'\u2019-]*))+")


def _owned_words(text: str, m: re.Match, pe: int, possessive: str) -> list[str]:
    """All the words after the possessive when the match stopped inside the run
    ("Kelpland's Deputy Health Minister Jo Roe": five words, more than a
    ``NAME_RE`` match takes); [] when the run goes on past them."""
    at = text.find(possessive, m.start(), m.end()) + len(possessive)
    words = _CAPITAL_WORDS.match(text, at, pe)
    if words is None or (words.end() < pe and _NAME_RUNS_ON.match(text, words.end(), pe)):
        return []
    return words.group().split()


# a present-tense verb's ending, not a plural's or a surname's ("Goes", "Wins"; not "Ross", "Jones"; round
# 49: "Compares", "Praises", "Criticizes", "Accuses" -- few surnames end so)
_THIRD_PERSON_VERB = re.compile(r"[A-Z][a-z]*[^sueio]s|[A-Z][a-z]*(?:oes|shes|ches|xes|[mp]ares|ises|izes|uses)")


def _before_headline_verb(text: str, name_start: int, toks: list[str]) -> list[str]:
    """A headline's verb ends a name opened by a known forename: a cue word
    anywhere ("Ann Vole Calls Harbour Violence ..."), or, in the first line (a
    title-case headline), any word of a verb's shape after a surname with the
    headline going on ("Ann Vole Goes After Harbour Board").  Round 43: a word
    never in a name ends any run (``NOT_NAME_WORDS``: "Roe Just Announced His",
    "Instantly Has Everyone"), a cue word any run of the headline ("Roe Says
    He"), and a headline's "<capital> <noun> <verb>s" is no name when the
    article writes the noun in lower case ("Kelp Supporter Shouts").  The words
    unchanged otherwise."""
    if not NOT_NAME_WORDS.isdisjoint(toks[1:]) or text.find("\n", 0, name_start) < 0 \
            and not CAP_CUE_WORDS.isdisjoint(toks[1:]):
        # ("Jo Roe Just Announced His ...", "Roe Says He ...", "Instantly Has Everyone": a pronoun, an
        # auxiliary or a time adverb anywhere, a cue word in the headline, ends the name)
        end = min(k for k in range(1, len(toks)) if toks[k] in NOT_NAME_WORDS
                  or text.find("\n", 0, name_start) < 0 and toks[k] in CAP_CUE_WORDS)
        return toks[:1] if end > 1 and toks[end] not in NOT_NAME_WORDS and _common_noun(text, toks[end - 1]) \
            else toks[:end]  # ("Newly Released Document Reveals ...": the noun before the verb is no name)
    if text.find("\n", 0, name_start) < 0 and toks[0].lower() not in FORENAMES \
            and _THIRD_PERSON_VERB.fullmatch(toks[2]) and _common_noun(text, toks[1]):
        return toks[:1]  # ("Kelp Supporter Shouts ..." in the headline: a description, its noun in lower case too)
    if len(toks) < 3 or toks[0].lower() not in FORENAMES:
        return toks
    if not CAP_CUE_WORDS.isdisjoint(toks[2:]):
        return toks[:min(k for k in range(2, len(toks)) if toks[k] in CAP_CUE_WORDS)]
    if len(toks) > 3 and toks[1].lower() not in FORENAMES and _THIRD_PERSON_VERB.fullmatch(toks[2]) \
            and text.find("\n", 0, name_start) < 0:
        return toks[:2]
    return toks


def _common_noun(text: str, word: str) -> bool:
    """Does the article write a headline's capitalised word in lower case too
    ("Supporter": "a female supporter"), or is it a document's noun ("Memo")?
    Then it is a common noun, no name."""
    low = word.lower()
    return low in READ_THINGS or re.search(r"(?<![\w'\u2019-])" + re.escape(low) + r"(?![\w'\u2019-])",
                                           text) is not None


def _office_lead(text: str, ps: int, name_start: int) -> re.Match | None:
    """The office written before a run ("Minister of the", "ambassador to"), if any."""
    lead = _OFFICE_OF.search(text, max(ps, name_start - 40), name_start) if \
        text.endswith(_OF_ENDS, 0, name_start) else None
    if lead is not None and not _title_word(lead.group(1)) and not (
            lead.group(1)[:1].isupper() and lead.group(0).split()[1] in ("of", "for")):
        return None  # ("Doctors in the Gaza Strip"; but "ambassador to Kelpland Jo Roe")
    return lead


_TIME_PREPOSITIONS = frozenset(("On", "Early", "Late", "Last", "This", "In", "By"))
_WEEKDAY_WORDS = frozenset(w.capitalize() for w in WEEKDAYS)


def _after_time_lead(toks: list[str]) -> list[str]:
    """``toks`` without a leading time ("On Saturday", "Late Monday", "Tuesday");
    the same list when there is none.  A month alone stays: it may be a forename
    ("May Roe")."""
    if len(toks) > 2 and toks[0] in _TIME_PREPOSITIONS and toks[1] in DATE_WORDS:
        return toks[2:]
    if toks[0] in _WEEKDAY_WORDS:
        return toks[1:]
    return toks


# an executive's title in capitals, then a name: "Kelp Blue CEO Jo Roe"
_EXECUTIVE_BEFORE_NAME = re.compile(r"\s+(?:CEO|CFO|COO|CTO|CIO)\s+[A-Z][a-z]")
_EXECUTIVE_TITLES = ("CEO", "CFO", "COO", "CTO", "CIO")  # (its titles: an article with none makes no match)


# a party's office or seat, then a (titled) name: "Kelp Greens leader Senator Jo Roe", "the Democrats MLC Jo Roe"
_MEMBER_BEFORE_NAME = re.compile(r"\s+(?:(?:acting|deputy|former|parliamentary)\s+)?(?:leader|spokesman|spokeswoman|"
                                 r"spokesperson|president|chairman|MP|MLC|MEP|MSP|MLA|TD|senator|candidate|whip)"
                                 r"\s+(?:[A-Z][a-z]*\.?\s+)?[A-Z][a-z]")


def _party_before_member(text: str, run: _Run) -> bool:
    """Is the run a party by its plural name ("Kelp Greens", "Liberal Democrats"),
    as the office of a named member right after it shows?  A person's surname
    may end in "s" too ("Gerry Adams adviser"), so a run opening with a known
    forename is left a person."""
    name = run.name
    if name[-1] != "s" or name.endswith(("'s", "ss")) or name.split(None, 1)[0].lower() in FORENAMES:
        return False
    return _MEMBER_BEFORE_NAME.match(text, run.start + len(run.found)) is not None


def _person_in_run(text: str, run: _Run, ps: int) -> str | None:
    """The person's name in a run of capitals, or None when it names no person:
    the end of an organisation's name, an office's place, a lead-in word, an
    organisation before the name and title words are left out (each step
    below, in order: None when no person is left, else the words kept)."""
    name, toks = run.name, run.toks
    # (``_office_lead`` opens with this test: most runs follow no office's "of", and make no call)
    lead = _office_lead(text, ps, run.start) if text.endswith(_OF_ENDS, 0, run.start) else None
    # (a step keeps or shortens the words: a run of one or two words stays one, and skips the steps
    # that leave such a run as it is)
    for step in _RUN_STEPS if len(toks) > 2 else _SHORT_RUN_STEPS:
        kept = step(text, run, lead, toks)
        if kept is None:
            return None
        if kept is not _UNCHANGED:
            toks = kept
            name = " ".join(toks)
    return name


_UNCHANGED = object()  # a step of _person_in_run that keeps the words as they are


def _org_name_end(text: str, run: _Run, lead, toks: list[str]):
    """ "the Court of Human Rights", "the Committee of the Red Cross": the end of
    an organisation's name; "the Red Cross": a person's name takes no article.
    But a known forename opens a name: "Secretary of State for Defence Jon Roe"."""
    if run.title is None and run.found.startswith(run.name) and (
            lead.group(1) in _OF_ORG_HEAD if lead is not None and lead.group(1)[:1].isupper()
            else text.endswith(_ARTICLES_BEFORE, 0, run.start) and _article_before_name(toks[0])):
        return _person_after_place(toks)
    if lead is not None and _title_word(lead.group(1)) and lead.group(1)[:1].isupper() \
            and text.endswith(_ARTICLES_BEFORE, 0, run.start) and _article_before_name(toks[0]):
        # the body of a capitalised office ("Secretary of the Air Force"); a surname
        # after it is left as it was ("of the Kelp Council Roe")
        after = _person_after_place(toks)
        return after if after is not None or len(toks) < 3 else _UNCHANGED
    return _UNCHANGED


def _office_place(text: str, run: _Run, lead, toks: list[str]):
    """ "the Minister of the Interior Jo Roe": the run opens with the office's
    place (not "Rio" of "security chief of Rio de Janeiro"); after a brief of a
    capitalised office ("Secretary of the Air Force for Acquisition Jo Roe"),
    when a known forename follows the brief's word."""
    office = lead if len(toks) >= 3 else None
    if office is not None and run.found.startswith(toks[0]) and toks[0].lower() not in FORENAMES \
            and toks[1] not in _PARTICLE_WORDS and (office.group(1).lower() in TITLE_WORDS or (
                office.group(1)[:1].isupper() and toks[1].lower() in FORENAMES)):
        return toks[1:]
    return _UNCHANGED


def _lead_function(text: str, run: _Run, lead, toks: list[str]):
    """ "By Donald Trump", "Democrat Jo Roe": no forename.  Right after a comma
    the word is no sentence's opening but a forename ("Its chairman, Per Roe,")."""
    if toks[0] not in _LEAD_FUNCTION or _between_commas(text, run) or _forename_before_said(text, run):
        return _UNCHANGED
    while toks and toks[0] in _LEAD_FUNCTION:
        toks = toks[1:]
    return toks if len(toks) >= 2 else None


def _between_commas(text: str, run: _Run) -> bool:
    """Is the run an apposition of its own, a comma and a space before it and a
    comma right after it?"""
    start, end = run.start, run.start + len(run.found)
    return run.toks[0] in _LEAD_GRAMMAR and run.found.startswith(run.toks[0]) and start >= 2 \
        and text[start - 2:start] == ", " and text[end:end + 1] == ","


# Prepositions and modal auxiliaries that no subject and "said" can follow
# ("Per Roe said" is a name; "Although Roe said", "Had Roe said so" are not)
_NO_SUBJECT_AFTER = frozenset({
    "By", "From", "Of", "With", "Without", "To", "Per", "Via", "Under", "Over", "Among", "Amid", "Through",
    "During", "Despite", "Upon", "Toward", "Towards", "Against", "Did", "Does", "Do", "Will", "Would", "Can",
    "Could", "Should"})
_SAID_NEXT = re.compile(r"\s+(?:said|says)\b")
# an inverted cue right before a run ('"...," said |Will Roe')
_SAID_BEFORE = re.compile(r"\b(?:said|says)[ \t]+$")


def _forename_before_said(text: str, run: _Run) -> bool:
    """ "Per Aasland says ...", '"...," said Will Roe': a run opened by a word
    that cannot precede a subject, then "says" or "said", or right after an
    inverted "said": the word is a forename."""
    return run.toks[0] in _NO_SUBJECT_AFTER and run.found.startswith(run.toks[0]) \
        and (_SAID_NEXT.match(text, run.start + len(run.found)) is not None
             or _SAID_BEFORE.search(text, max(0, run.start - 8), run.start) is not None)


# a noun of a person's trade or place by its ending ("skipper", "sculptor", "florist",
# "fisherman"); in a run of capitals only at a sentence's start, where a name's first word could not be
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|man|woman)")
# what comes before a sentence's first word: its start, a full stop, a quotation mark or a line
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"\u201d']?\s+|\n\s*|(?:^|\s)[\"\u201c])$")


def _role_noun(word: str) -> bool:
    """A common noun of a person ("Headteacher", "Skipper"), no known forename or grammar word."""
    low = word.lower()
    return low not in FORENAMES and word not in _LEAD_FUNCTION and word not in _HEADLINE_FUNCTION \
        and word not in _TITLES and low not in _ROLE_WORDS_BEFORE_TITLE and (
        low in PERSON_HEADS or low in ROLES_BEFORE_NAME or _AGENT_NOUN.fullmatch(low) is not None)


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is not None


def _role_noun_lead(text: str, run: _Run, lead, toks: list[str]):
    """ "Skipper Rolf Ambry said": a person's noun opening the sentence, then a
    known forename: the noun is the role, not part of the name; so anywhere
    for a rank or trade no name opens with ("said Midwife Ann Vole", "Linesman")."""
    if len(toks) >= 3 and (toks[1].lower() in FORENAMES or _listed_role_before_name(toks)) \
            and run.found.startswith(toks[0]) \
            and _role_noun(toks[0]) and (_opens_sentence(text, run.start) or _role_word_anywhere(toks[0])):
        return toks[1:]
    return _UNCHANGED


def _listed_role_before_name(toks: list[str]) -> bool:
    """ "Rabbi Yosef Lem Arad", "Brigadier Udo Kell": a listed rank or trade, then
    a forename the lists lack and a surname, no organisation's word ("Major League
    Kelpball" is a body; "Major Pellow", two words, may be a forename)."""
    return toks[0].lower() in ROLES_BEFORE_NAME and all(t[:1].isupper() and t.isalpha() for t in toks[1:3]) \
        and not has_org_word(" ".join(toks[1:]))


def _role_word_anywhere(word: str) -> bool:
    """A rank or trade before a name wherever it stands: from the list, or a noun
    in "-man"/"-woman" ("Linesman", "Councilwoman")."""
    low = word.lower()
    return low in ROLES_BEFORE_NAME or low.endswith(("man", "woman")) and low not in FORENAMES \
        and _AGENT_NOUN.fullmatch(low) is not None  # (not "Human")


def _time_lead(text: str, run: _Run, lead, toks: list[str]):
    """ "On Saturday Mikheil Kelp", "Monday Jo Roe": a time with no comma after it."""
    if toks[0] not in _TIME_PREPOSITIONS and toks[0] not in _WEEKDAY_WORDS:
        return _UNCHANGED  # (nearly every run: no call; ``_after_time_lead`` opens with these tests)
    timed = _after_time_lead(toks)
    if timed is toks:
        return _UNCHANGED
    return timed if len(timed) >= 2 else None


def _org_before_name(text: str, run: _Run, lead, toks: list[str]):
    """ "Flight International David Learmount": the person after the organisation;
    "Super Tuesday", "Middle East", "Minnesota Democratic": no person."""
    after = _name_after_org(toks)
    if after is not None:
        toks = after
    if not NOT_PERSON_TOKEN.isdisjoint(toks) or not ORG_NAME_WORDS.isdisjoint(toks) \
            or not _HEADLINE_FUNCTION.isdisjoint(toks[1:]) or toks[-1] in _OFFICE_LAST:
        return None
    return _UNCHANGED if after is None else toks


def _article_before_person(text: str, run: _Run, lead, toks: list[str]):
    """ "The Red Cross said": a person's name takes no article, unless a style
    comes first ("The Right Honourable Jo Roe")."""
    if toks[0] == "The" and run.title is None and len(toks) > 1 and _article_before_name(toks[1]):
        return _person_after_place(toks[1:])
    return _UNCHANGED


def _title_words_before(text: str, run: _Run, lead, toks: list[str]):
    """ "President Barack Obama", "Right Honourable Jo Roe": the leading title
    words or style dropped."""
    opening = 1 if toks[0] == "The" else 0  # ("The Honourable Jo Roe")
    styled = _style_length(toks[opening:])
    if styled:
        toks = toks[opening + styled:]
        if len(toks) < 2:
            return None
    if not (toks[0] in NOT_NAME or not _ORG_TOKENS.isdisjoint(toks)):
        return toks if styled else _UNCHANGED
    while toks and toks[0] in NOT_NAME:
        toks = toks[1:]
    if len(toks) < 2 or not (_ORG_TOKENS.isdisjoint(toks) or _forename_and_surname(toks)):
        return None
    return toks


def _style_length(toks: list[str]) -> int:
    """How many words a style opening a run takes ("Right Honourable", "Hon"):
    a run of style words ending on an "honourable" ("Right Sector" is no style)."""
    k = 0
    while k < len(toks) and toks[k].rstrip(".").lower() in STYLE_WORDS:
        k += 1
    return k if k and toks[k - 1].rstrip(".").lower().startswith("hon") else 0


# a style right before a name: "the Right Honourable (Jo Roe)", "The Hon. (Jo Roe)"
_STYLE_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?:(?:Right|Rt\.?)\s+)?(?:Honourable|Honorable|Hon\.?)\s+$")
# an office's description opening a sentence, then a comma: "The Kelp Chancellor of the Exchequer, (Jo Roe)"
_DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s))[Tt]he\s+(?P<role>(?:[\w'\u2019-]+\s+){0,7}[\w'\u2019-]+),\s+$")


def _described_before(before: str) -> str | None:
    """The role in "The Kelp Chancellor of the Exchequer, the Right Honourable
    Jo Roe PC MP,": an office's description that opens the sentence, then the
    name in apposition (its style aside); None unless it holds a title word."""
    # (every branch of the style holds "Hon": most names have none before them, and the
    # search, anchored at the end, is tried at each of up to 80 characters)
    m = _STYLE_BEFORE.search(before) if "Hon" in before else None
    if m is None:
        return None
    m = _DESCRIPTION_BEFORE.search(before, 0, m.start())
    if m is None or not any(w.lower() in TITLE_WORDS for w in m.group("role").split()):
        return None
    return m.group("role")


def _run_cut_after_org(text: str, m: re.Match, pe: int, run: _Run) -> _Run | None:
    """ "Convenor of the Kelpland West Reef Association Anna Reyes": the pattern
    takes five capitalised words at most, so a long organisation's name before
    a person's cuts the name ("... Association Anna"); when more capitals follow
    the match, the run read again from the first known forename after its last
    organisation word ("Anna Reyes"), else None."""
    if _ANY_ORG_WORD.isdisjoint(run.toks) or _NAME_RUNS_ON.match(text, m.end(), pe) is None:
        return None
    last = max(i for i, t in enumerate(run.toks) if t in _ANY_ORG_WORD)
    first = next((t for t in run.toks[last + 1:] if t.lower() in FORENAMES), None)
    if first is None:
        return None  # (only a known forename opens the name: "... Accounts Balance of Payments" is none)
    at = text.rfind(" " + first, run.start, m.end()) + 1
    again = NAME_RE.match(text, at, pe) if at > 0 else None
    return _name_run(text, again, pe) if again is not None else None


class _RunPerson(NamedTuple):
    run: _Run
    name: str


def _person_of_run(text: str, m: re.Match, pe: int, run: _Run, ps: int) -> _RunPerson | None:
    """The person's name of a run, or of the run read again after a long
    organisation's name (``_run_cut_after_org``); None when neither names one."""
    name = _person_in_run(text, run, ps)
    if name is None:
        again = _run_cut_after_org(text, m, pe, run)
        name = _person_in_run(text, again, ps) if again is not None else None
        run = again if again is not None else run
    return _RunPerson(run, name) if name is not None else None


def _pageant_place(text: str, run: _Run, lead, toks: list[str]):
    """ "Miss Ireland Jo Roe": a pageant's title before the name, its country no
    forename (as "Miss" is an honorific, the run would read "Ireland Jo Roe")."""
    k = 1 if toks[0] == "Miss" else 0
    if len(toks) - k == 3 and toks[k].lower() in _PAGEANT_PLACES \
            and (k == 1 or run.title == "Miss" or text.endswith("Miss ", 0, run.start)):
        return toks[k + 1:]
    return _UNCHANGED


_PAGEANT_PLACES = frozenset(COUNTRY_LIKE | COUNTRY_WORDS_AS_SURNAMES | {"scotland", "world", "universe"})


def _demonym_lead(text: str, run: _Run, lead, toks: list[str]):
    """ "Italian Jo Roe", "Kelpland Jo Roe": a nationality or a country before a
    forename and a surname describes the person or is a page's tag; no name opens
    with it (a known forename never counts as one)."""
    if len(toks) == 3 and _demonym(toks[0]) and toks[1][:1].isupper() and toks[1].isalpha():
        return toks[1:]
    return _UNCHANGED


def _demonym(word: str) -> bool:
    """A listed country ("Afghanistan") or its people's word ("Italian", "Haitian",
    "Zealander"), not a forename ("Roman")."""
    low = word.lower()
    return len(low) > 4 and low not in FORENAMES and (
        low in COUNTRY_LIKE or low.endswith(_DEMONYM_ENDS) and low[:4] in _COUNTRY_STEMS)


_DEMONYM_ENDS = ("an", "ese", "ish", "i", "er")
_COUNTRY_STEMS = frozenset(c[:4] for c in COUNTRY_LIKE if len(c) >= 4 and c not in ("north", "south"))


def _opening_participle(text: str, run: _Run, lead, toks: list[str]):
    """ "Accusing Jo Roe of ...", "Entrusting Jo Roe with ...": a participle
    opening the sentence is glued to the name after it, which the article writes
    elsewhere without it.  A forename and a surname must be left ("Calling Roe
    the winner": a lone surname is read where the article writes it); a name
    written twice ("Henning Roe"), a known forename or an office's modifier
    ("Acting") stays whole."""
    first = toks[0]
    if len(toks) < 3 or len(first) < 6 or not first.endswith("ing") or not run.found.startswith(first) \
            or first.lower() in FORENAMES or first.lower() in TITLE_MODIFIERS \
            or not _opens_sentence(text, run.start):
        return _UNCHANGED
    once = text.count(run.found)
    if once > 1 or text.count(toks[-1]) <= once:
        return _UNCHANGED
    return toks[1:]


def _opens_sentence(text: str, start: int) -> bool:
    """Does ``start`` open the text, a line or a sentence (after its stop and,
    perhaps, a closing quotation mark)?"""
    before = text[max(0, start - 3):start].rstrip(" ")
    return not before or before[-1] in "\n.!?" or before[-1] in "\"\u201d" and before[-2:-1] in (".", "!", "?")


_RUN_STEPS = (_pageant_place, _org_name_end, _office_place, _lead_function, _opening_participle, _demonym_lead,
              _role_noun_lead, _time_lead, _org_before_name, _article_before_person, _title_words_before)
# the steps that leave a run of one or two words as it is (each needs three words or more first)
_LONG_RUN_ONLY = frozenset((_pageant_place, _office_place, _opening_participle, _demonym_lead, _role_noun_lead))
_SHORT_RUN_STEPS = tuple(step for step in _RUN_STEPS if step not in _LONG_RUN_ONLY)


# the words of ``_ORG_TOKENS`` that are as often a surname after a forename ("Jo Hill")
# (and a country's word that is a surname too: "Jo North", "Ann Washington")
_SURNAME_ORG_TOKENS = frozenset({"Hill", "Fox"} | {w.capitalize() for w in COUNTRY_WORDS_AS_SURNAMES})


def _forename_and_surname(toks: list[str]) -> bool:
    """ "Robert Hill": a known forename, then a surname that is also an
    organisation word; a place has more words ("Jo Hill Road")."""
    return len(toks) == 2 and toks[0].lower() in FORENAMES and toks[1] in _SURNAME_ORG_TOKENS


# a surname of two words after an honorific ("Mr Duncan Kelp"), found once per article and only when needed
_TITLED_TWO_WORDS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w'\u2019-]* [A-Z][\w'\u2019-]*)")


_HEADLINE_MAX = 200  # (the first line's length when it is a headline, a body after it)


class _KnownNames:
    """The full names an article writes, for reading the runs of capitals that
    took in a word before one of them (``_without_glued_word``)."""

    def __init__(self, text: str, names: set[str]) -> None:
        self.text = text
        self.names = names
        self._titled: set[str] | None = None
        self._by_surname: dict[str, list[str]] | None = None
        self._headline: bool | None = None

    def titled(self, two_words: str) -> bool:
        """Whether the article writes ``two_words`` after an honorific: a surname."""
        if self._titled is None:
            self._titled = set(_TITLED_TWO_WORDS.findall(self.text))
        return two_words in self._titled

    def headline_first(self) -> bool:
        """Is the first line a headline ("Donor Roe Backs Ferry Plan"): short,
        with a body after it, and not opening on a wire story's dateline
        ("KELPTON, May 3 (KNA) - Minister Jo Roe said ...": prose, where a
        forename before a surname is the person's own)?"""
        if self._headline is None:
            line, _, body = self.text.partition("\n")
            self._headline = bool(body.strip()) and len(line) <= _HEADLINE_MAX and not DATELINE.match(line)
        return self._headline

    def with_surname(self, surname: str) -> list[str]:
        if self._by_surname is None:
            self._by_surname = {}
            for n in self.names:
                self._by_surname.setdefault(n.rsplit(" ", 1)[-1], []).append(n)
        return self._by_surname.get(surname, [])


def _without_glued_word(known: _KnownNames, name: str, start: int) -> tuple[str, int]:
    """(name, start) without the words a run of capitals took in before a full
    name that the article writes elsewhere on its own: a party, an event, an
    adverb or a misspelt title glued to it ("Greens Jo Roe", "Storm Kelp Jo
    Roe", "Originally Jo Roe" when "Jo Roe" is written too).  The words left
    out are no known forename ("Mary Jo Roe" stays) and the name kept opens with
    one that is no surname of its own ("Mr Duncan Kelp" for "Iain Duncan Kelp").
    An adverb before a known surname is left out too ("Originally Roe")."""
    toks = name.split()
    if known.text.find("\n", 0, start) < 0 and known.headline_first():  # (no copy of the text before)
        headed = _headline_word_before(known, toks, name, start)
        if headed is not None:
            return headed
    if len(toks) == 2:
        return _without_adverb(known, toks, name, start)
    before = known.text[max(0, start - 30):start].split()
    if before and before[-1].islower() and _title_word(before[-1]):
        # "Conservative leader Iain Duncan Kelp": after a title in lower case, the name in full
        # (a capitalised one was cut off the run: "Police Chief | Constable Jo Roe")
        return name, start
    k = 0
    while len(toks) - k > 2 and toks[k].lower() not in FORENAMES and toks[k] not in _PARTICLE_WORDS:
        k += 1
        tail = " ".join(toks[k:])
        if tail in known.names and (toks[k].lower() in FORENAMES or k == 1 and _role_noun(toks[0])
                                    and _opens_sentence(known.text, start)) and not known.titled(tail):
            # ("Skipper Tane Ambry" when "Tane Ambry" is written too: a person's noun before it)
            return tail, start + len(name) - len(tail)
    return name, start


def _headline_word_before(known: _KnownNames, toks: list[str], name: str, start: int) -> tuple[str, int] | None:
    """ "Donor Adelson Backs Roe", "Maybe Roe hasn't rewritten rules": in the
    first line (a headline, ``_KnownNames.headline_first``) a run of capitals ending on the surname
    of the one person of that surname the article names in full elsewhere is
    that person, the capitalised words before it the headline's own -- unless
    the run opens with a forename or a title.  None when it is not so."""
    first = toks[0].rstrip(".").lower()
    if first in FORENAMES or first in TITLE_WORDS or first in HONORIFICS or toks[0].rstrip(".") in _TITLES:
        return None
    full = [n for n in known.with_surname(toks[-1]) if n != name and " " in n]
    if len(full) != 1 or full[0].split()[0].lower() == first or full[0] == " ".join(toks[1:]):
        return None  # ("Skipper Jo Roe" when "Jo Roe" is written: ``_without_glued_word``)
    return full[0], start + len(name) - len(toks[-1])


def _without_adverb(known: _KnownNames, toks: list[str], name: str, start: int) -> tuple[str, int]:
    """ "Originally Roe said": an adverb before the surname of the one person
    of that surname the article names in full is that person."""
    if not toks[0].endswith("ly") or toks[0].lower() in FORENAMES:
        return name, start
    full = [n for n in known.with_surname(toks[1]) if n != name]
    if len(full) == 1:
        return full[0], start + len(toks[0]) + 1
    return name, start


# a comma, then a name (an abbreviated title before it allowed) closing a mention
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)\s*,?\s*$")


def _namesakes(people) -> dict[str, list[Person]]:
    """The surnames two people of the article share, each with those people:
    full names whose forenames are known forenames that differ in their first
    two letters ("Ann Vole", "Tom Vole"; not "Joe"/"Joseph", one person's two
    spellings, nor a run of capitals that took a word before the surname)."""
    by: dict[str, list[Person]] = {}
    for p in people:
        toks = p.name.split()
        if len(toks) > 1 and toks[0].lower() in FORENAMES:
            by.setdefault(p.surname, []).append(p)
    return {s: g for s, g in by.items()
            if len({q.name.split()[0].lower()[:2] for q in g}) == len(g) > 1}


# a possessive and a noun of family ties right before a name: "his brother ", "Vole's widow, "
_KIN_BEFORE = re.compile(r"(?:\b(?i:his|her|their)|['\u2019]s?)\s+(?:[a-z-]+\s+){0,2}(?:"
                         + "|".join(sorted(KIN_NOUNS)) + r")s?,?\s+$")


class _Topic(NamedTuple):
    person: Person | None   # who a bare surname now stands for (None: no one can tell)
    start: int              # where that person was last named
    end: int


# where a clause's subject is named: after a sentence's or clause's start, with
# the capitalised words of a title between ("In May, Prime Minister Ann Vole")
_SUBJECT_SLOT = re.compile(r"(?:^|[.!?:;,(\u2014\u2013\"\u201c]\s*)(?:[A-Z][\w.'\u2019-]*\s+){0,4}$", re.MULTILINE)
# a title of one gender before a bare surname: "Mrs. Vole"
_GENDER_TITLE_BEFORE = re.compile(r"\b(?P<title>Mrs|Ms|Miss|Mr)\.?\s+$")


def _next_topic(text: str, topic: _Topic, q: Person, pos: int, called: bool) -> _Topic:
    """The topic after ``q`` is named in full at ``pos``: ``q`` when named as a
    clause's subject; none after "Ann Vole and Tom Vole"; the topic still when
    the article has already called the topic by the bare surname (``called``:
    then it names the other in full, as news does, and "Vole" stays the
    topic's), or ``q`` is named in a possessive, an object, as a relative of
    the topic ("his brother Tom Vole") or later in the sentence that named the
    topic ("Raul Kelp, the brother of Fidel Kelp")."""
    end = pos + len(q.name)
    if topic.person is None or topic.person is q:
        return _Topic(q, pos, end)
    if topic.end <= pos and _AND_BEFORE.fullmatch(text, topic.end, pos):
        return _Topic(None, pos, end)
    if called or text[end:end + 1] in ("'", "\u2019") or not _SUBJECT_SLOT.search(text, max(0, pos - 60), pos) \
            or _KIN_BEFORE.search(text, max(0, pos - 50), pos) \
            or topic.end <= pos and _SENTENCE_END.search(text, topic.end, pos) is None:
        return topic
    return _Topic(q, pos, end)


def _by_title(text: str, k: int, group: list[Person], topic: Person | None) -> Person | None:
    """The namesake a gendered title before a bare surname points to ("Mrs. Vole"
    when only one of them is a woman), or an office's title ("President Vole": not
    the one named as a spouse, "First Lady Ann Vole"); else the topic."""
    m = _GENDER_TITLE_BEFORE.search(text, max(0, k - 6), k)
    if m is None:
        return _by_office_title(text, k, group, topic)
    want = "m" if m.group("title") == "Mr" else "f"
    if topic is not None and topic.gender == want:
        return topic
    fits = [q for q in group if q.gender == want]
    return fits[0] if len(fits) == 1 else topic


_OFFICE_TITLE_BEFORE = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+$")


def _by_office_title(text: str, k: int, group: list[Person], topic: Person | None) -> Person | None:
    """ "President Vole" after "First Lady Ann Vole": an office's title before a
    bare surname is not the spouse's, when one namesake alone was named so."""
    m = _OFFICE_TITLE_BEFORE.search(text, max(0, k - 20), k)
    if m is None or m.group("title").lower() not in TITLE_WORDS:
        return topic
    spouses = [q for q in group if any(text[max(0, pos - 20):pos].rstrip().lower().endswith(tuple(SPOUSE_TITLES))
                                       for pos in q.positions if text.startswith(q.name, pos))]
    others = [q for q in group if q not in spouses]
    return others[0] if len(spouses) == 1 and len(others) == 1 else topic


# the prepositions that put a place, not a person, after them ("rallied in Marlow Park",
# "a camp near Port Vell"; not "at": "look at Jo Roe"); "to", "from" and "of" take either ("returned to
# Marlow Park", "a letter to Jo Roe")
# Each as a branch of one pattern, searched once in the words before a name (``_BEFORE_KIND``); the
# branches are exclusive but for "the" after a preposition ("in the "), where the leftmost match is the
# preposition's, so ``lastgroup`` names the branch that three searches in this order would have found.
_LOCATIVE_BEFORE = (r"(?P<locative>[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Aa]round|"
                    r"[Tt]hroughout)\s+(?:the\s+)?")
_EITHER_BEFORE = r"(?P<either>[Tt]o|[Ff]rom|[Oo]f)\s+(?:the\s+)?"
# a name as a modifier, after an article and before a lower-case noun ("the Marlow Park rally"), or a place
# with its region after a comma ("Vell Harbor, California,"): a place's, as readily as a person's
_ARTICLE_BEFORE = r"(?P<article>[Tt]he|[Aa]n?)\s+"
_BEFORE_KIND = re.compile(r"(?:^|[^\w-])(?:" + _LOCATIVE_BEFORE + "|" + _EITHER_BEFORE + "|" + _ARTICLE_BEFORE + r")$")
_MODIFIER_AFTER = re.compile(r"\s+[a-z]")
_REGION_AFTER = re.compile(r",\s+[A-Z][a-z]+\.?[,.;]")
# a person's marks after a name, wherever it stands: an owner's "'s" ("in Jo Roe's interview") or an
# apposition about a person ("had in Jo Roe, his campaign manager,"; not ", who": "the mayor of Kelp Bay, who")
_PERSON_AFTER = re.compile(r"['\u2019]s?\b|,\s+(?:his|her)\b")


# the countries' words that are also people's surnames or compass points ("Jo North", "Ann Washington")
_COUNTRY_NOT_SURNAME = frozenset(w for w in COUNTRY_LIKE if w not in COUNTRY_WORDS_AS_SURNAMES)


def body_of_a_country(name: str) -> bool:
    """ "Statistics Kelpland", "Greenpeace Kelpland": two words, the last a
    country's name and the first no forename, honorific nor title -- a body's
    national branch (or a place: "Nazi Germany"), never a person's name."""
    toks = name.split()
    if len(toks) != 2 or toks[1].lower() not in _COUNTRY_NOT_SURNAME:
        return False
    first = toks[0].rstrip(".").lower()
    return first not in FORENAMES and first not in HONORIFICS and first not in TITLE_WORDS \
        and first not in ROLES_BEFORE_NAME


def titled_after(text: str, end: int) -> bool:
    """Whether a name is followed by a title in apposition (", Deputy Director
    at the Fund,"): a person's mark, whatever the name's words."""
    m = _APPOS_AFTER.match(text[end:end + 120]) or _APPOS_CLOSING.match(text[end:end + 120])
    return m is not None and _titled_apposition(m.group(1))


def _without_bodies_and_places(text: str, found: list[tuple[str, int, str | None]],
                               employers: set[str]) -> list[tuple[str, int, str | None]]:
    """The runs found as people, less an employer's name ("Kelp Blue CEO Jo
    Roe") and a place's: a country of two words ("Sri Lanka reiterated its
    support") or a name written as a place (``_written_as_place``)."""
    untitled = {name for name, _, title in found if title is None and " " in name}  # (each name once)
    places = {name for name in untitled if name.lower() in COUNTRY_PAIRS
              or _place_shaped(name) and _written_as_place(text, name) or _thing_named(text, name)
              or place_or_firm_named(text, name)}
    if employers or places:
        return [f for f in found if f[0] not in employers and f[0] not in places]
    return found


# a possessive determiner ending the words before a capitalised word: "his (Budget)", "their (Alternative
# Budget)"; searched where the word stands (``_owned``), no pattern compiled a name
_OWNED = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)$")
_OWNED_LAST = frozenset("sry")  # (the last letters of its words)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _thing_named(text: str, name: str) -> bool:
    """Is an untitled name of capitalised words a thing's -- a scheme, a bill, a
    heading -- not a person's?  When its first word is no forename and either
    its last word follows a possessive determiner somewhere ("their Alternative
    Budget", "in his Budget report": nobody writes "his Roe") or the article
    writes its last word in lower case too ("Working Tax Credit" beside "a tax
    cut": a surname is seldom a common word of the same article) -- unless it
    is written as a person's somewhere.  Left as a person, its last word made a
    bare "surname" of every "Budget" and drew "the Chancellor" to it."""
    words = name.split()
    if words[0].lower() in FORENAMES or _marked_as_person(text, name):
        return False
    return _owned(text, words[-1]) or _written_lower(text, words[-1].lower())


def place_or_firm_named(text: str, name: str) -> bool:
    """Is an untitled name a place's or a firm's by its last word ("Downing
    Street said", "Vorla Air Lines announced", "Kelpish Gas stated") or by the
    noun of a body's kind written before it ("rights group Kelp Watch")?  Only when
    its first word is no forename and the article never writes it as a
    person's ("Jo Park's aide", "Tor Bay, an activist").  Left as a person, it
    took a person's sourcing and drew "she" and a description to it."""
    words = name.split()
    first = words[0].rstrip(".").lower()
    if first in FORENAMES or first in TITLE_WORDS or first in HONORIFICS:
        return False
    if words[-1].rstrip(".") not in PLACE_OR_FIRM_LAST_WORDS and not _after_body_kind(text, name):
        return False
    return not _marked_as_person(text, name) and not _titled_before(text, name)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
# a lower-case word and one space before a name, on its line ("rights group| Kelp Watch")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]+) $")
_LOWER_OR_HYPHEN = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _after_body_kind(text: str, name: str) -> bool:
    """Is the name written somewhere right after the noun of a body's kind
    ("Environmental group Blue Shore", "electronics retailer Kelp Buy", "news
    website Raw Kelp")?  Such a name is a body's, whatever its last word."""
    for k in _starts(text, name):
        # (the pattern's space ends the text before the name, or stands before a
        # line break that does, and a lower-case letter or hyphen before it: tested
        # first, since most names follow a capital or a mark)
        b = k - 1 if text[k - 1:k] == " " else k - 2 if text[k - 2:k] == " \n" else 0
        if b > 0 and text[b - 1] in _LOWER_OR_HYPHEN:
            m = _LOWER_WORD_BEFORE.search(text, max(0, k - 30), k)
            if m is not None and m.group(1) in BODY_KINDS_BEFORE_PERSONLESS_NAME:
                return True
    return False


def _titled_before(text: str, name: str) -> bool:
    """Is the name written somewhere right after a title or an honorific
    ("Ambassador Jo Park", "Mr. Tor Bay")?"""
    for k in _starts(text, name):
        m = _WORD_BEFORE.search(text, max(0, k - 30), k)
        if m is not None and (m.group(1).lower() in TITLE_WORDS or m.group(1).lower() in HONORIFICS):
            return True
    return False


# (the last name looked up by ``_starts`` and where it starts: the tests of one
# name -- as a person's, after a body's kind, after a title -- each read every
# place it is written, and one scan of the text finds them for all; one tuple
# swapped whole, so that two threads never read each other's)
_STARTS: tuple = (None, "", [])


def _starts(text: str, name: str) -> list[int]:
    """Where ``name`` is written in ``text``: each place found with ``str.find``
    from the end of the one before."""
    global _STARTS
    last = _STARTS
    if last[0] is not text or last[1] != name:
        found = []
        k = text.find(name)
        while k >= 0:
            found.append(k)
            k = text.find(name, k + len(name))
        last = _STARTS = (text, name, found)
    return last[2]


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _owned(text: str, word: str) -> bool:
    """Does ``word`` stand somewhere after a possessive determiner, no capital
    after it ("their Budget"; not "his Roe Prize")?"""
    k = text.find(word)
    while k >= 0:
        e = k + len(word)
        j = k
        while j > 0 and text[j - 1].isspace():
            j -= 1
        # (a determiner ends right before the spaces, so in "s", "r" or "y": most
        # mentions -- "Jo Roe", "the Budget" -- are passed by that letter alone)
        if j < k and text[j - 1] in _OWNED_LAST and _word_char(word[-1]) != (e < len(text) and _word_char(text[e])) \
                and not _CAPITAL_AFTER.match(text, e) and _OWNED.search(text, max(0, j - 6), j):
            return True
        k = text.find(word, k + 1)
    return False


def _written_lower(text: str, low: str) -> bool:
    """Does ``low`` (a word in lower case) stand in the text as a word of its own?"""
    k = text.find(low)
    while k >= 0:
        e = k + len(low)
        if not (k and (text[k - 1].isalnum() or text[k - 1] in "_-")) \
                and not (e < len(text) and (text[e].isalnum() or text[e] in "_-")):  # (``_word_char`` or "-")
            return True
        k = text.find(low, k + 1)
    return False


# an apposition of a person's noun after a name: ", an activist and", ", the party's chairman"
_PERSON_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                                r"[a-z]*(?:man|woman|person|er|or|ist|ian|ant)\b")


def _marked_as_person(text: str, name: str) -> bool:
    """Is the name written somewhere as a person's: an owner's "'s", or an
    apposition of a person's noun after it ("Khin Zaw Win, an activist")?"""
    for k in _starts(text, name):
        end = k + len(name)
        if _PERSON_AFTER.match(text, end) or _PERSON_APPOSITION.match(text, end):
            return True
    return False


def _place_shaped(name: str) -> bool:
    """Could the name be a place's alone: three capitalised words at most and no
    forename after its first word, as a place glued to a person's name has ("in
    Kelp Bay Jo Roe")?  (A title glued so, "in Kelp Bay Ms Roe", leaves the
    person her full name, written elsewhere.)"""
    words = name.split()
    # (a count only past three words, a loop only past two: most names have two)
    if len(words) > 3 and sum(w[:1].isupper() for w in words) > 3:
        return False
    return words[1].lower() not in FORENAMES if len(words) == 2 else all(w.lower() not in FORENAMES for w in words[1:])


def _before_kind(before: str) -> str | None:
    """Which of a locative preposition, "to"/"from"/"of" or an article ends
    ``before`` (the branch of ``_BEFORE_KIND``), or None."""
    m = _BEFORE_KIND.search(before)
    return m.lastgroup if m is not None else None


def _written_as_place(text: str, name: str) -> bool:
    """Is a name of two or more words, never titled, written only as a place?
    After "in", "at", "near" once or more ("rallied in Marlow Park"), and
    otherwise only where a place goes as well as a person ("returned to Marlow
    Park", "the Marlow Park rally", "Vell Harbor, California,"): never as a
    subject, an apposition or an owner, as a person is somewhere ("Jo Roe
    said", "Jo Roe's aide")."""
    placed = False
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if not (text[k - 1:k].isalnum() or text[end:end + 1].isalnum()):
            if _PERSON_AFTER.match(text, end):
                return False
            # (each branch ends with a space before the end: nothing to search for without one)
            kind = _before_kind(text[max(0, k - 16):k]) if text[k - 1:k].isspace() else None
            if kind == "locative":
                placed = True
            elif not (kind == "either" or _REGION_AFTER.match(text, end)
                      or kind == "article" and _MODIFIER_AFTER.match(text, end)):
                return False
        k = text.find(name, end)
    return placed


class People:
    """The named people of one article, with every position each is mentioned at."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]],
                 inside_quote) -> None:
        self.text = text
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, Person] = {}
        self.mentions: list[tuple[int, Person]] = []
        found: list[tuple[str, int, str | None]] = []
        employers: set[str] = set()
        executives = any(t in text for t in _EXECUTIVE_TITLES)  # (most articles: no match tried per run)
        for ps, pe in paragraphs:
            for m in NAME_RE.finditer(text, ps, pe):
                run = _name_run(text, m, pe)
                if run is None:
                    continue
                if executives and _EXECUTIVE_BEFORE_NAME.match(text, run.start + len(run.found)) \
                        or run.name[-1] == "s" and _party_before_member(text, run):
                    employers.add(run.name)  # "Kelp Blue CEO Jo Roe": the run is the company, here and elsewhere
                    continue
                found_in = _person_of_run(text, m, pe, run, ps)
                if found_in is None:
                    continue
                run, name = found_in.run, found_in.name
                start = run.start + run.found.find(name)
                if not inside_quote(start):
                    found.append((name, start, run.title))
        found = _without_bodies_and_places(text, found, employers)
        self.employers = employers
        known = _KnownNames(text, {name for name, _, _ in found})
        for name, start, title in found:
            self._add(*_without_glued_word(known, name, start), title)
        if self.by_surname and paragraphs:
            self._surname_mentions(paragraphs[0][0], paragraphs[-1][1], inside_quote)
        for p in self.people.values():
            for pos in p.positions:
                self.mentions.append((pos, p))
        self.mentions.sort(key=itemgetter(0))
        self._pos = [m[0] for m in self.mentions]

    def _surname_mentions(self, lo: int, hi: int, inside_quote) -> None:
        """Surname-only mentions ("Lavrov said") of people already known."""
        namesakes = _namesakes(self.people.values())
        for surname, p in self.by_surname.items():
            if surname in namesakes:
                self._namesake_mentions(namesakes[surname], lo, hi, inside_quote)
                continue
            known = set(p.positions)  # (a set: one look-up per mention, not a scan)
            p.positions.extend([k for k in self._bare_surnames(surname, lo, hi, inside_quote) if k not in known])

    def _namesake_mentions(self, group: list[Person], lo: int, hi: int, inside_quote) -> None:
        """The bare surname of two people ("Ann Vole ... Tom Vole ... Vole said") is
        the one a reader holds in mind: the one named in full last -- unless the
        sentence naming them had named the other first ("Raul Kelp, the brother
        of Fidel Kelp, ...": the second is said of the first); nobody after "Ann
        Vole and Tom Vole", which a reader cannot settle.  Before either is named
        in full: the first named."""
        text = self.text
        surname = group[0].surname
        named = [(pos, q) for q in group for pos in q.positions]
        in_names = {pos + len(q.name) - len(surname) for pos, q in named}
        events = sorted(named + [(k, None) for k in self._bare_surnames(surname, lo, hi, inside_quote)
                                 if k not in in_names], key=lambda e: e[0])
        topic = _Topic(events[0][1] or group[0], events[0][0], events[0][0])
        called: set[str] = set()  # (the names of those the article has called by the bare surname)
        for pos, q in events:
            if q is None:
                who = _by_title(text, pos, group, topic.person)
                if who is not None:
                    who.positions.append(pos)
                    called.add(who.name)
                    topic = _Topic(who, pos, pos + len(surname))
                continue
            if text.startswith(q.name, pos):
                topic = _next_topic(text, topic, q, pos, topic.person is not None and topic.person.name in called)
        for q in group:
            q.positions.sort()

    def _bare_surnames(self, surname: str, lo: int, hi: int, inside_quote) -> list[int]:
        """Where a surname is written alone (not inside a longer name nor a quote);
        str.find is a C loop: far cheaper than a regex per article."""
        text = self.text
        found = []
        k = text.find(surname, lo, hi)
        while k >= 0:
            end = k + len(surname)
            if not (text[k - 1:k].isalnum() or text[end:end + 1].isalnum()) and not inside_quote(k) \
                    and not _inside_longer_name(text, end):
                found.append(k)
            k = text.find(surname, end, hi)
        return found

    def _add(self, name: str, start: int, title: str | None) -> None:
        toks = name.split()
        surname = _without_joined_article(toks[-1])
        p = self.people.get(name)
        if p is None:
            p = self.by_surname.get(surname)
            if p is not None and len(toks) > 1 and len(p.name.split()) > 1 \
                    and _forename(toks) != _forename(p.name.split()) and not _particles_only(toks[:-1]) \
                    and not (len(toks) == 2 and _role_word_anywhere(toks[0])) \
                    and not _ends_name(p.name.split(), toks):
                # "Bill Clinton" after "Hillary Clinton": another person of that surname
                # (but "Van der Berg" or "Lula da Silva" after "Luiz Inacio Lula da Silva": the same)
                p = None
        if p is None:
            gender = None
            t = (title or "").lower().rstrip(".") + "."
            if t in FEMALE_TITLES:
                gender = "f"
            elif t in MALE_TITLES:
                gender = "m"
            elif toks[0].lower() in FEMALE_NAMES:
                gender = "f"
            elif toks[0].lower() in MALE_NAMES:
                gender = "m"
            p = Person(name, surname, gender, first=start, first_len=len(name))
            self.people[name] = p
            self.by_surname.setdefault(surname, p)
            before = _name_before_particle(toks) or _family_name_first(toks)
            if before is not None:
                self.by_surname.setdefault(before, p)
        p.positions.append(start)

    def head_person_in(self, start: int, end: int) -> Person | None:
        """The person a mention text[start:end] is about: its head, not a modifier.

        "Sanders' spokesman Jo Briggs" is Briggs, "the Cruz campaign" is nobody
        in particular, "Graham, a former candidate," is Graham."""
        text = self.text
        i = bisect.bisect_left(self._pos, start)
        passed = start  # (the end of a name passed over: its surname is no new head)
        last = -1  # (the end of the last name of a group's prepositional phrase)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            pos, p = self.mentions[i]
            i += 1
            if pos < passed:
                continue
            if text.startswith(p.name, pos):
                k = pos + len(p.name)
            elif text.startswith(p.surname, pos):
                k = pos + len(p.surname)
            else:
                k = _WORD_AT.match(text, pos).end()  # another key ("Lula" of "... Lula da Silva")
            rest = text[k:end].lstrip()
            passed = k
            if rest[:1] in ("'", "\u2019"):
                continue  # a possessive: "Trump's campaign"
            if text[pos - 1:pos] == "-" and not _joined_article_before(text, pos - 1):
                continue  # "Anti-Trump forces", "pro-Clinton group" (but "Al-Kelp said")
            if _noun_heads_name(text, start, pos):
                last = k
                continue  # "the wife of Jo Roe", "the chief executive of Kelp Mining": the noun is the head
            if _GROUP_BEFORE_PP.match(text, start, pos) or pos > start and _AND_BEFORE.fullmatch(text, last, pos) \
                    or _group_modified(text, start, pos):
                last = k  # ("strategists for Jo Roe and Ann Vole": the second name is the group's too)
                continue  # "aides to Mr. Roe", "experts, including Roe": the group is the head
            if rest[:1].islower() and not _ARTICLE_NEXT.match(rest) and (
                    _modifier(rest) or _DETERMINED.search(text, start, pos)
                    or _plural_head(rest) and self._named_once(p) and p.name.split()[0].lower() not in FORENAMES):
                continue  # a noun modifier: "the Cruz campaign", "one Trump confidant"
            if pos > start and not rest.startswith("and ") and self._named_in_apposition(start, k, end):
                continue  # "the Commissioner for Kelp Affairs, Ann Vole": the name after the description
            return p
        return None

    def _named_once(self, p: Person) -> bool:
        """Whether the article mentions ``p`` once only (its surname inside that
        one full name aside)."""
        full = [q for q in p.positions if self.text.startswith(p.name, q)]
        return len(full) == 1 and all(full[0] <= q < full[0] + len(p.name) for q in p.positions)

    def _named_in_apposition(self, start: int, k: int, end: int) -> bool:
        """Does the mention (a description with a lower-case word) close, after
        a comma past k, on a known person's name?  Then the description is that
        person's role and the name its head, not a capitalised word inside the
        description ("Commissioner for Harbour Protection, Ann Vole")."""
        m = _APPOSED_NAME.search(self.text, k, end)
        if m is None or not _LOWER_WORD.search(self.text, start, m.start()):
            return False  # ("Kelp Mayor Ann Vole, Ben Roe": a list of names, no description)
        return self.person_in(m.start(1), m.end(1)) is not None

    def _role_from_context(self, p: Person, start: int, length: int) -> None:
        text = self.text
        after = text[start + length:start + length + 120]
        m = _APPOS_AFTER.match(after) or _ROLE_IN_BRACKETS.match(after)
        if m and _titled_apposition(m.group(1)):
            if not _names_another_in(m.group(1), p.name):
                p.role = _before_cue(m.group(1))
            return
        before = text[max(0, start - 80):start]
        before = before[before.rfind("\n") + 1:]  # (the paragraph's own words: not a headline's)
        before = before[after_page_markup(before):]  # (nor a page's: "Kelp election infobox President")
        if before[-1:].isspace():
            p.role = _title_run_role(before, p.name) or _described_before(before)
        if not p.role:
            p.role = _role_noun_opening(text, start) or _role_noun_after_cue(text, start) \
                or self._closing_apposition(p, start, after)
        if not p.role:
            p.role = _role_of_relative(after)

    def _closing_apposition(self, p: Person, start: int, after: str) -> str | None:
        """The role in "said Jo Roe, head of the haulage association.": an
        apposition that ends the sentence, after an inverted cue only (elsewhere
        a sentence-final ", the ..." is as often a clause of its own)."""
        if not _INVERTED_CUE_BEFORE.search(self.text, max(0, start - 20), start):
            return None
        m = _APPOS_CLOSING.match(after)
        if m is None or not _titled_apposition(m.group(1)) or _names_another_in(m.group(1), p.name):
            return None
        last = m.group(1).rsplit(None, 1)[-1]
        if last.lower() in _ROLE_CANNOT_END or last in _TITLES or len(last) == 1:
            return None  # "a spokesman for Sen." / "head of the U.S." cut at an abbreviation
        return clean_role(_before_cue(m.group(1)), p.name)

    def ensure_role(self, p: Person) -> None:
        """Work out a person's role from the context of their first mention, once."""
        if p.role_done:
            return
        p.role_done = True
        if not p.role:
            self._role_from_context(p, p.first, p.first_len or len(p.name))
        if not p.role and self.text.find("\n", 0, p.first) < 0:
            # named first in the headline ("Jo Roe Slams ..."): the role is at the next full mention
            later = [k for k in p.positions if k > p.first and self.text.startswith(p.name, k)]
            if later:
                self._role_from_context(p, min(later), len(p.name))

    def person_in(self, start: int, end: int) -> Person | None:
        """A known person named inside text[start:end]."""
        i = bisect.bisect_left(self._pos, start)
        if i < len(self.mentions) and self.mentions[i][0] < end:
            return self.mentions[i][1]
        return None

    def nearest_before(self, pos: int, gender: str | None, skip=None) -> Person | None:
        """The nearest person mentioned before pos whose gender fits.

        ``skip(position)`` leaves out mentions that cannot be the antecedent
        (those inside what someone else said); if that leaves nobody, every
        mention counts."""
        i = bisect.bisect_left(self._pos, pos) - 1
        first = None
        while i >= 0:
            q, p = self.mentions[i]
            if gender is None or p.gender in (None, gender):
                if skip is None or not skip(q):
                    return p
                if first is None:
                    first = p
            i -= 1
        return first

    def gender(self, p: Person) -> str | None:
        """A person's gender: from the title or forename, else from the pronouns
        that follow the person's mentions before anyone else is named ("Melanie
        said ... she"), worked out once."""
        if p.gender is not None or getattr(p, "_gender_done", False):
            return p.gender
        p._gender_done = True  # type: ignore[attr-defined]
        votes = {"m": 0, "f": 0}
        text = self.text
        for pos in p.positions[:6]:
            k = pos + len(p.surname)
            nxt = bisect.bisect_right(self._pos, pos)
            limit = min(self._pos[nxt] if nxt < len(self._pos) else len(text), k + 200)
            stop = _SENTENCE_END.search(text, k, limit)
            if stop is not None:
                # past the sentence only when it names no one else: "Ivo met Lena. He ..."
                # says nothing of Lena
                sent = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
                first = bisect.bisect_right(self._pos, sent)
                last = bisect.bisect_left(self._pos, pos)
                alone = all(self.mentions[j][1] is p for j in range(first, last))
                limit = stop.end() + 12 if alone else stop.start()
            m = _GENDER_PRONOUN.search(text, k, limit)
            if m is not None and (m.group().lower() in ("he", "she") or m.start() - k < 25):
                # (a possessive further on may be someone else's: "said to the
                # nominee, who began his speech")
                votes["f" if m.group().lower() in ("she", "her", "hers", "herself") else "m"] += 1
        if votes["m"] != votes["f"]:
            p.gender = "m" if votes["m"] > votes["f"] else "f"
        return p.gender

    def add_person(self, p: Person) -> None:
        """Add a person found after the article was read (a single-name speaker)."""
        self.people[p.name] = p
        self.by_surname.setdefault(p.surname, p)
        self._add_mentions(p, p.positions)

    def _add_mentions(self, p: Person, positions) -> None:
        """Mentions of ``p`` at ``positions``, kept in the order of the text."""
        for pos in positions:
            i = bisect.bisect_right(self._pos, pos)
            self.mentions.insert(i, (pos, p))
            self._pos.insert(i, pos)

    def first_word_of(self, word: str) -> Person | None:
        """The one person whose name of two words or more opens with ``word``: a
        forename alone ("Ann" of "Ann Vole") or a family name written first ("Wen"
        of "Wen Kiabao"); None when no one or two people do."""
        found = [p for p in self.people.values() if p.name.startswith(word + " ") and p.surname != word]
        if len(found) != 1:
            return None
        # (a person, not a firm's name of two capitals -- "Kelp Oil", "Nordrop Gramm": a
        # known forename, a gender from a title or the pronouns after the name, a role)
        p = found[0]
        if word.lower() in FORENAMES or self.gender(p) is not None:
            return p
        self.ensure_role(p)  # (or a role: "Foreign Ministry spokesman Liu Jianchao"; not "CEO of",
        # the role of someone before a firm's name)
        return p if p.role and p.role.split()[-1] not in LOWER_PREPOSITIONS else None

    def add_alias(self, word: str, p: Person, positions: list[int]) -> None:
        """Another key for a known person ("Ann" of "Ann Vole"), mentioned at positions."""
        self.by_surname.setdefault(word, p)
        known = set(p.positions)
        new = [pos for pos in positions if pos not in known]
        p.positions.extend(new)
        self._add_mentions(p, new)
        p.positions.sort()

    def remove_person(self, p: Person) -> None:
        self.people.pop(p.name, None)
        if self.by_surname.get(p.surname) is p:
            del self.by_surname[p.surname]
        self.mentions = [m for m in self.mentions if m[1] is not p]
        self._pos = [m[0] for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[tuple[int, Person]]:
        """Every person mention that starts in text[start:end], in order."""
        i = bisect.bisect_left(self._pos, start)
        j = bisect.bisect_left(self._pos, end, i)
        return self.mentions[i:j]

    def first_after(self, pos: int, speakers: set[str]) -> Person | None:
        i = bisect.bisect_left(self._pos, pos)
        for j in range(i, len(self.mentions)):
            p = self.mentions[j][1]
            if p.name in speakers:
                return p
        return self.mentions[i][1] if i < len(self.mentions) else None


_GROUP_NOUNS = TITLE_WORDS | OFFICIAL_NOUNS | COLLECTIVE_NOUNS | DOCUMENT_NOUNS | {
    "campaign", "campaigns", "team", "office", "camp", "staff", "allies", "associates",
    "backers", "supporter", "defenders", "loyalists", "confidants", "surrogates", "surrogate",
    "administration", "spokesperson", "aides", "advisers", "advisors", "people", "family",
    "lawyers", "attorneys", "organization", "foundation", "website", "account", "operation", "operatives",
    "operative", "transition", "committee", "fans", "voters",
    # (round 33: people spoken of as a group after a name or a nationality that modifies them,
    # "three former Kelp employees", "Sri Kelpish government troops"; not "states", a verb too)
    "spokesmen", "spokeswomen"} | (EXTRA_COLLECTIVE - {"states"})


# a determiner or quantifier right before a name inside a mention: "a Clinton ally"
_DETERMINED = re.compile(r"(?i)\b(?:the|a|an|one|two|three|some|several|many|another|other|every|"
                         r"each|all|any|no|this|that|these|those|\d{4})\s+(?-i:[a-z]\w*\s+)?$")


# A role that opens with one of these is an adjunct of the sentence ("however",
# "in her letter to members", "delivered by"), not a description of the speaker.
_ADJUNCT_ROLE = re.compile(r"(?i)(?:but|yet|however|meanwhile|also|too|though|likewise|in\s+turn|"
                           r"for\s+(?:his|her|their|its)\s+part|in|on|during|after|before|while|when|"
                           r"speaking|writing|[a-z]+ed\s+by)\b")
_WORD_OF_ROLE = re.compile(r"[^\W\d_]{2}")
_ROLE_WORDS_BEFORE_TITLE = {"the", "former", "deputy", "senior", "acting", "vice", "assistant",
                            "associate", "interim", "outgoing", "incoming", "chief", "general"}


_NOT_IN_TITLE = {"that", "said", "says", "say", "told", "tells", "and", "or", "but", "with", "to", "by", "from",
                 "for", "at", "in", "on", "as", "was", "is", "were", "are", "has", "had", "have", "when", "while",
                 "after", "before", "of", "about", "against", "over", "than"}


# a word that ends a clause or a preposition's opening, never a role
_CLAUSE_END_WORD = re.compile(r"a|an|the|for|with|as|that|was|is|were|are|be|been|against|after|before|by|to|"
                              r"and|at|from|when|while|[a-z]{3,}ed")


# a country's abbreviation: no second country comes before it in a title
_COUNTRY_ABBREVIATIONS = frozenset(("us", "u.s.", "uk", "u.k.", "usa", "eu", "un", "u.n."))


def _title_run_start(words: list[str], i: int) -> int:
    """Where the title that ends with the title word words[i] starts: up to
    three capitalised words back ("United States Secretary", "Globe and Mail
    columnist"), or one lower-case word right before it ("health minister"),
    "the" included; never a verb, a function word or a plural noun before
    it ("announced that movie director" -> "movie director", "statement
    Egyptian President" -> "Egyptian President")."""
    k = i
    while k > 0 and i - k < 3:
        w = words[k - 1]
        lw = w.lower()
        if lw == "and" and k > 1 and words[k - 2][:1].isupper() and words[k][:1].isupper():
            k -= 1  # "Globe and Mail"
            continue
        if lw == "the":
            return k - 1
        if lw in COUNTRY_LIKE and words[k].lower() in _COUNTRY_ABBREVIATIONS:
            break  # "Kelpland US President": a page's tag glued before the country
        if not w[:1].isalpha() or lw in _NOT_IN_TITLE or w in DATE_WORDS:
            break  # ("In January President Roe": a date, not the title)
        if not w[:1].isupper() and lw not in TITLE_WORDS and lw not in _ROLE_WORDS_BEFORE_TITLE and (
                k != i or lw.endswith("ed") or (lw.endswith("s") and not lw.endswith("ss"))):
            break
        k -= 1
    return k


def _names_another(after_title: list[str], name: str | None) -> bool:
    """Whether the words after a role's last title name someone other than the
    speaker ("Port Commissioner Al Poe" in a role of Jane Roe's)."""
    if not after_title or not after_title[0][:1].isupper():
        return False  # "Secretary of State": the title goes on
    return not (name and name.endswith(after_title[-1].strip(",")))


_ELIDED_END = re.compile(r"(?:\s+(?:of|for|in|at|to|and|the))*\s*(?:\[(?:\u2026|\.\.\.)\]|\u2026|\.\.\.)$")


# (finite speech verbs that are no nouns: not "claims", "reports", "states")
_CUE_IN_ROLE = re.compile(r"\s(?:said|says|told|tells|stated|announced|announces|added|adds|explained|explains|"
                          r"declared|declares|claimed|insisted|insists)\b")


_ROLE_CANNOT_END = {"the", "a", "an", "of", "for", "and", "to", "in", "at", "on", "with", "by"}


def _titled_apposition(words: str) -> bool:
    """An apposition that may be a role: a proper opening and a title word in it."""
    return _appos_opens(words) and any(w in TITLE_WORDS for w in re.findall(r"[a-z-]+", words.lower()))


def _names_another_in(apposition: str, name: str) -> bool:
    """Whether the apposition's last title belongs to someone it names ("an
    aide to President Jo Roe")."""
    words = apposition.split()
    titled = [k for k, w in enumerate(words) if w.lower().strip(",") in TITLE_WORDS]
    return bool(titled) and _names_another(words[titled[-1] + 1:], name)


# a past-tense verb with an object inside an apposition: a clause, not a role
# ("workplace spokesperson for the opposition attacked Mr Roe's claims")
_VERB_IN_ROLE = re.compile(r"\s[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|Mr|Ms|Mrs|[A-Z][a-z]+'s)\b")


# "Jo Roe, who chairs the harbour board, said": the office a relative clause
# names, as a title ("chair of the harbour board")
_OFFICE_VERBS = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
                 "founded": "founder", "co-founded": "co-founder", "represents": "representative",
                 "manages": "manager", "edits": "editor", "coaches": "coach"}
_RELATIVE_OFFICE = re.compile(r",\s+who\s+(?P<verb>" + "|".join(_OFFICE_VERBS) + r")\s+"
                              r"(?P<obj>(?:the|a|an|[A-Z])[^,;.:\n\"\u201c\u201d]{2,70}?),")


_AND_CLAUSE = re.compile(r"\s+and\s+(?=[a-z])")
_OBJECT_TIME = re.compile(r"\s+(?:in|since|from)\s+\d{4}\b.*$")


_OPENING_ROLE = re.compile(r"([A-Za-z][a-z-]+ )?([A-Za-z][a-z-]+) $")
_ROLE_LAST_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-")  # (what ends _OPENING_ROLE's second word)


def _opening_role_may_end(text: str, start: int) -> bool:
    """False when ``_OPENING_ROLE`` cannot match ending at ``start``: its match
    ends in a lower-case letter or a hyphen, then a space, right before
    ``start`` or before a line break there (where ``$`` matches too)."""
    end = start - 1 if text.endswith("\n", 0, start) else start
    return text.endswith(" ", 0, end) and text[end - 2:end - 1] in _ROLE_LAST_LETTERS


def _role_noun_opening(text: str, start: int) -> str | None:
    """The role in "Skipper Rolf Ambry said", "Fishing skipper Rolf Ambry
    said": one or two words from the sentence's start to the name, the last a
    person's noun; the sentence's capital dropped from a common word."""
    if not _opening_role_may_end(text, start):
        return None  # (most names: no search over the 40 characters before them)
    m = _OPENING_ROLE.search(text, max(0, start - 40), start)
    if m is None or not _role_noun(m.group(2)) or not _opens_sentence(text, m.start()):
        return None
    first = m.group(1) or ""
    if first and (not m.group(2).islower() or first.strip() in _HEADLINE_FUNCTION
                  or first.strip().lower() in FORENAMES or first.strip().lower() in SENTENCE_OPENERS):
        return None  # ("Kelpish Skipper Rolf": a run of capitals; "The skipper", "Her sister": a description)
    role = m.group(0).strip()
    return role[0].lower() + role[1:] if role[1:2].islower() and (not first or first.endswith("ing ")) else role


# an inverted cue, then a lower-case role noun (a modifier before it) right before the name:
# "said protester Jo Roe", "according to local fisherman Jo Roe"
_CUE_THEN_ROLE = re.compile(r"\b(?:said|says|added|adds|wrote|writes|told|tells|explained|asked|according\s+to)"
                            r"\s+(?:(?:the|a|an|that|this)\s+)?(?P<role>(?P<mod>[a-z][a-z-]+\s+)?(?P<noun>[a-z][a-z-]+))\s+$")


def _role_noun_after_cue(text: str, start: int) -> str | None:
    """The role in "said protester Jo Roe", "according to local fisherman Jo
    Roe": a person's noun (a modifier before it) between an inverted cue and
    the name, as "Skipper Jo Roe said" gives one at a sentence's start."""
    m = _CUE_THEN_ROLE.search(text, max(0, start - 60), start)
    if m is None or m.group("noun") in NOT_AGENT_NOUNS or not _role_noun(m.group("noun")):
        return None
    mod = (m.group("mod") or "").strip()
    if mod in NOT_AGENT_NOUNS or mod in _ROLE_CANNOT_END or mod.endswith("ly"):
        return m.group("noun")
    return m.group("role")


def _role_of_relative(after: str) -> str | None:
    """The role in "Jo Roe, who chairs the harbour board, said" ("chair of the harbour board")."""
    m = _RELATIVE_OFFICE.match(after)
    if m is None:
        return None
    # ("who founded Kelp Aid in 1999 and sold it": the office only; "Commercial and Administrative Law" whole)
    obj = _OBJECT_TIME.sub("", _AND_CLAUSE.split(m.group("obj"), 1)[0])
    if obj.rsplit(None, 1)[-1] in ("the", "a", "an", "of"):
        return None  # (a name cut at its comma: "heads the party the, ...")
    if obj.startswith(("a ", "an ")):
        obj = "the " + obj.split(" ", 1)[1]  # ("who heads a small charity": head of the small charity)
    return f"{_OFFICE_VERBS[m.group('verb')]} of {obj}"


def _appos_opens(words: str) -> bool:
    """Whether an apposition may start with ``words``' first word: a capital,
    an article, or a lower-case title or apposition opener ("head of ...",
    "former ...", "his chief of staff"), never a verb or a conjunction."""
    first, *rest = words.split(None, 2)
    if not first[:1].islower() or first in ("the", "a", "an"):
        return True
    if rest and rest[0] in ("a", "an", "the"):
        return False  # a verb: "Jo Roe, head a scheme that ..."
    if rest and rest[0] in TITLE_WORDS and first.isalpha() and not first.endswith(("ed", "s")) \
            and first not in ("who", "whose", "which", "that") and not _VERB_IN_ROLE.search(words):
        return True  # a modifier, then the title: "operational director for ...", "managing editor of ..."
    return first in TITLE_WORDS or (first in APPOSITION_FIRST and first not in ("who", "whose", "which"))


def _before_cue(role: str) -> str | None:
    """A role read up to a speech verb ("the presidential spokesman said today" ->
    "the presidential spokesman"): what follows is the sentence, not the role."""
    cue = _CUE_IN_ROLE.search(role)
    role = role if cue is None else role[:cue.start()].rstrip(" ,") or None
    return _before_predicate(role) if role else role


# a finite verb inside an apposition whose closing comma the writer left out:
# "has"/"have"/"had" and a participle, or a cue's past form or a past form with
# an object, an "-ly" adverb perhaps before it ("leader of the party conceded
# defeat", "a spokesman for the canton has defended the law")
_PREDICATE_IN_ROLE = re.compile(
    r"\s(?:(?:has|have|had)(?:n['\u2019]t|\s+not)?\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b"
    r"|(?:[a-z]+ly\s+)?(?P<past>[a-z]{3,}ed)\b(?P<det>\s+(?:the|a|an|his|her|their|its)\b)?)")
_DETERMINERS_BEFORE_VERB = frozenset(("a", "an", "the", "his", "her", "their", "its", "this", "that"))
_RELATIVE_IN_ROLE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def _before_predicate(role: str) -> str | None:
    """ "Jo Roe, leader of the Kelp party conceded defeat, saying ...": an
    apposition whose closing comma was left out runs on into the sentence's
    predicate; the role ends before that verb, and is no role unless what is
    left names a person's place ("Roe's trip hasn't been acknowledged by ..."
    after "According to the Daily Kelp,": a clause, not a description).  Not
    past a relative pronoun ("a lobbyist who has donated ...", "a group that
    has sued"), whose verbs are the description's own; a bare "-ed" word only
    when it is a cue's past ("conceded") or takes an object ("defended the
    law"; not "a group related to ...")."""
    for m in _PREDICATE_IN_ROLE.finditer(role):
        if _RELATIVE_IN_ROLE.search(role, 0, m.start() + 1):
            return role
        past = m.group("past")
        if past is not None and m.group("det") is None and not _finite_cue_past(past, role, m.end()):
            continue
        kept = role[:m.start()].rstrip(" ,")
        if not kept or kept.rsplit(None, 1)[-1].lower() in _DETERMINERS_BEFORE_VERB:
            continue  # "a widely quoted analyst": a modifier, no verb
        return kept if any(_person_word(w) for w in re.findall(r"[a-z-]+", kept.lower())) else None
    return role


# passives that describe the person or body before them ("a group called Kelp
# Watch", "a host considered the most ...", "a group opposed to ...")
_DESCRIBING_LEMMAS = frozenset(NAMING_LEMMAS | {"consider", "regard", "know", "see", "expect", "believe"})
_NEXT_ROLE_WORD = re.compile(r"\s*([a-z]+)")


def _finite_cue_past(past: str, role: str, end: int) -> bool:
    """Is a bare "-ed" word in a role a cue's past tense, the sentence's own
    ("leader of the party conceded defeat", "the trainer commented"), rather
    than a participle describing the person, which a preposition or a naming
    complement follows ("a group opposed to ...", "a letter addressed to ...",
    "a firm called Kelp Ltd")?"""
    info = CUE_FORMS.get(past)
    if info is None or info[0] in _DESCRIBING_LEMMAS:
        return False
    after = _NEXT_ROLE_WORD.match(role, end)
    return after is None or after.group(1) not in ADJUNCT_AFTER_CUE and after.group(1) not in ("as", "to")


def _person_word(word: str) -> bool:
    """A title, a person's noun or a doer's noun ("owner", "trainer")."""
    return word in TITLE_WORDS or word in PERSON_HEADS or word.endswith(("er", "or", "ist", "ian"))


_OPENING_ARTICLES = ("The ", "A ", "An ")


# a name and a relative clause whose predicate is the role, with no comma between them
_NAME_WHO_IS = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,3}who\s+(?:is|was)\s+(?:also\s+|now\s+|still\s+)?(?=\S)")


def clean_role(role: str | None, name: str | None = None) -> str | None:
    """A speaker's role as a reader would write it, or None.

    A role that opens with an adjunct of the sentence keeps only the title it
    ends with ("In its yearly report the Trust's chief executive" -> "the
    Trust's chief executive", "delivered by Harbour Commissioner" -> "Harbour
    Commissioner"); one that holds no title ("however", "in her letter to
    members"), or whose title is someone else's ("in a letter to Port
    Commissioner Al Poe", "through a spokesman") is no role."""
    if not role:
        return role
    role = _before_cue(role)
    named = _NAME_WHO_IS.match(role) if role else None
    if named is not None:
        role = role[named.end():]  # "Roe who is also Kelpland's energy minister": the predicate
    if role and role.endswith((" who", " which", " that")):
        role = role.rsplit(None, 1)[0]  # "Jo Roe, a lawyer who said ...": the relative pronoun is no part
    if not role:
        return None
    if role.endswith(("]", "\u2026", "...")):
        role = _ELIDED_END.sub("", role)  # "the President of [...]": what was left out is no role
        if role.lower() in ("", "the", "a", "an"):
            return None  # "the [...]": an elided role
    if _WORD_OF_ROLE.search(role, 4 if role[:4].lower() == "the " else 0) is None:
        return None  # "the [...]": an elided role
    if _ADJUNCT_ROLE.match(role) is None:
        # an article capitalised only because the role opened the sentence ("The
        # regional minister, Jo Roe, said") is written as in an apposition
        return role[0].lower() + role[1:] if role.startswith(_OPENING_ARTICLES) else role
    return _title_after_adjunct(role.split(), name)


def _title_after_adjunct(words: list[str], name: str | None) -> str | None:
    """The title a role that opens with an adjunct ends with, with the words of
    the title before it ("the Trust's chief executive"); None when it holds no
    title, or the title is someone else's."""
    titled = [k for k, w in enumerate(words) if w.lower().strip(",") in TITLE_WORDS]
    if not titled:
        return None
    last = titled[-1]
    if _names_another(words[last + 1:], name):
        return None
    k = last
    while k > 0 and k > last - 6:
        w = words[k - 1]
        if not (w[:1].isupper() or w.lower() in TITLE_WORDS or w.lower() in _ROLE_WORDS_BEFORE_TITLE):
            break
        k -= 1
        if w.lower() == "the":
            break
    if k == 0 or words[k - 1].lower() in ("a", "an"):
        return None  # (the adjunct itself opened the run; "through a spokesman": another person)
    own_name = last + 1 < len(words) and words[last + 1][:1].isupper()
    return " ".join(words[k:last + 1] if own_name else words[k:])


# round 49: an article right after a name opens a description the writer left without
# its comma ("Jo Roe a senior economist at ...", "Jo Roe the president of ..."): the
# name is the head, no modifier (a modifier stands right before its noun: "the Roe
# campaign", "Roe constituent Ann Vole")
_ARTICLE_NEXT = re.compile(r"(?:a|an|the)\s+[a-z]")


def _modifier(rest: str) -> bool:
    """Whether the lower-case words after a name make it a modifier of a noun:
    "campaign", "senior communications adviser Jo Roe" -- not "earlier", "isn't"."""
    for k, w in enumerate(rest.split()[:5]):
        if w[:1].isupper():
            return k > 0 and w[:1].isalpha()  # "Cruz constituent Dan Golvach"
        if w.strip(",.;:").lower() in _GROUP_NOUNS:
            return True
        if w.endswith(",") or w in _FUNCTION_WORDS:
            return False  # "Jo Roe and Al Poe", "Roe of the Fund", "Roe, who ..."
    return False


def _plural_head(rest: str) -> bool:
    """Whether the rest of a mention after a name is one lower-case plural
    noun, the mention's head: "Struggling Kelpish fishermen", "Angry Vole
    hospitals" -- the capitalised words are its modifiers, no person (asked of
    a "name" written once only: after a known person's name, or a forename, the
    word is as often a verb, "Dale sings", "Jo Roe reaffirms")."""
    word = rest.strip()
    if not word.isalpha() or not word.islower() or word in NOT_PLURAL_NOUNS:
        return False
    return word.endswith(("men", "people")) or word.endswith("s") and not word.endswith(("ss", "us", "is"))


_FUNCTION_WORDS = {"and", "or", "nor", "but", "of", "in", "at", "for", "from", "on", "with",
                   "who", "whose", "whom", "by", "to", "as", "&", "himself", "herself"}


def _forename(toks: list[str]) -> str:
    return toks[0].rstrip(".").lower()


def is_pronoun(mention: str) -> bool:
    mention = mention.strip()
    # (every pattern character matches one character: a mention longer than
    # "they" is no pronoun, and most mentions are names or noun phrases)
    return len(mention) <= 4 and PRONOUN_RE.match(mention) is not None


_TITLE_WORDS_RE = re.compile(r"[A-Za-z'\u2019-]+")


# "Kelp Aid's Secretary General", "Kelpland's foreign minister": a named owner, then the title
_OWNER_TITLE = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['\u2019]s\s+(?:[\w-]+\s+){0,3}[\w-]+")


def title_head(mention: str) -> str | None:
    """The title word of a definite title mention ("the minister" -> "minister")."""
    words = _TITLE_WORDS_RE.findall(mention)
    if not words:
        return None
    first = words[0].lower()
    definite = first in ("the", "his", "her", "their", "its") or first.endswith(("'s", "\u2019s")) or (
        words[-1].lower() in TITLE_WORDS and _OWNER_TITLE.fullmatch(mention) is not None) or (
        words[-1] in _OFFICE_LAST and words[0][:1].isupper())  # "Kelpish Prime Minister said"
    if not definite:
        return None
    for w in reversed(words):
        if w.lower() in TITLE_WORDS and w != "Star":  # (capitalised, a paper: "the Halden Star", "the Star Ledger")
            return w.lower()
    return None


_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+")
# he, him, his, himself, she, her, hers, herself as whole words: the first letter,
# then the look-behind before it (the engine skips ahead to an h or s instead
# of trying the look-behind at every position)
_GENDER_PRONOUN = re.compile(r"[HhSs](?<![\w'\u2019-].)(?:(?<=[Hh])(?:e|im|is|imself|er|ers|erself)|(?<=[Ss])he)"
                             r"(?![\w'\u2019-])")


GENDER_OF = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}


# honorifics that end no title (not "Lady" of "First Lady", nor "Lord" of "Lord Chancellor")
_HONORIFIC_NOT_TITLE = HONORIFICS - {"lady", "lord"}


def _title_run_role(before: str, name: str) -> str | None:
    """The role in the words right before a name: the trailing run of them that
    holds a title word ("Interior Minister"), or a spouse's title ("First Lady")."""
    words = before.split()[-8:]
    # stop at punctuation: only the words right before the name
    for k in range(len(words) - 1, -1, -1):
        if words[k][-1:] in ",.;:!?\"\u201d)|-\u2013\u2014":  # dashes: a dateline's "LONDON -"
            words = words[k + 1:]
            break
    if len(words) > 1 and words[-1].rstrip(".").lower() in _HONORIFIC_NOT_TITLE:
        words = words[:-1]  # "Harbour chairman Dr Jo Roe": the honorific goes with the name, not the role
    # keep only the trailing run that contains a title word
    for i in range(len(words) - 1, -1, -1):
        if (words[i].lower().strip(",") in TITLE_WORDS or _role_word_anywhere(words[i])
                and i == len(words) - 1) and not (
                i > 0 and words[i - 1].lower().strip(",") in TITLE_WORDS):
            if i < len(words) - 1 and _CLAUSE_END_WORD.fullmatch(words[-1]):
                # "Actress Jo Roe took the stage at a [Kelp] rally", "Osk will
                # meet with [Kelp]": a clause ends right before the name, and
                # the title in it is someone else's
                return None
            role = " ".join(words[_title_run_start(words, i):])
            if role.lower().startswith(("and ", "the ", "by ")):
                role = role.split(" ", 1)[1]
            return clean_role(role, name)
    if " ".join(words[-2:]).lower() in SPOUSE_TITLES:
        return " ".join(words[-2:])  # ("First Lady Ann Vole")
    return None
