"""When two speaker names are not enough to call two claims different people.

``aliases.speaker_relation`` reads the two speaker names alone: two names
that each clearly name someone, and not the same one, are DIFFERENT, and a
DIFFERENT pair links only on long verbatim wording.  But a speaker name is
the extractor's reading of the sentence, and the claim row keeps the text
it read it from (``source_text``, the attribution: "the opposition leader
Maren Solberg", "who", "Société Fluviale Kesselaise (SFK)").  When that text
itself throws doubt on the name, the two claims are UNKNOWN instead -- the
words decide, under the stricter tests for speakers not known to be one:

* the attribution of one claim names the other claim's speaker (its own
  speaker field disagrees with its own source: a mis-read attribution);
* the speaker name stops in the middle of a word of its attribution
  ("Fluviale Kes" from "Société Fluviale Kesselaise"): a cut name names nobody;
* the attribution is a pronoun or relative ("he", "who"): the name was
  carried over from an earlier mention, the step extraction most often
  gets wrong ("a harbour master who said ..." read as the wrong name).

And an attribution may name no one who can speak at all: "The case
[centres] on ...", "proofs [that] ...", "3 of them say" (``names_no_source``),
a subject read as a speaker; its claim is no one's statement to reword.
And an attribution may credit people at large ("A lot of people say that
...", "many people", ``people_at_large``): an opinion ascribed to no one, the
writer's framing -- in an interview, the preamble of a question put to each
guest.
And two attributions may name two sources that nothing joins, one a group
or a record ("officials", "a report in the Gazette"; ``two_sources``): each
says its own thing of one event.
And the other way: a body named by its country ("the Norway government")
and a named person whose role places them in another country ("Defence
Minister of Canada") are two speakers, though neither name alone tells it
(``another_body``).

Pure Python over plain strings, like the rest of ``matching``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .aliases import OFFICE_WORDS, ORG_WORDS, TITLE_WORDS, confident_kind, fold_word, nationality, parse_name
from ..extract.context import DETERMINERS
from ..extract.lexicon import PERSON_NOUNS
from ..extract.lexicon import COUNTRY_LIKE, DOCUMENT_NOUNS
from ..extract.sourcing import HEAD_BREAKS, classify
from ..text import is_content

# Attributions that name nobody themselves: the speaker came from elsewhere.
REFERRING_WORDS = frozenset("he she they it we i who which that this his her their its".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _words(text: str) -> list[str]:
    return [fold_word(w) for w in _WORD.findall(text or "")]


def names_other(source: str | None, other_name: str | None) -> bool:
    """Does the attribution text ``source`` name the person ``other_name``
    (its surname, three letters or more, as a word of the text)?"""
    if not source or not other_name:
        return False
    surname = parse_name(other_name).surname
    return len(surname) >= 3 and surname in _words(source)


def mentions(text: str | None, name: str | None) -> bool:
    """Does ``text`` name the person ``name`` -- its surname (three letters or
    more) as a word, or in the possessive ("Dahl's promise")?"""
    if not text or not name:
        return False
    surname = parse_name(name).surname
    return len(surname) >= 3 and not {surname, surname + "s"}.isdisjoint(_words(text))  # ("Dahl's": "dahls")


def cut_in_word(name: str | None, source: str | None) -> bool:
    """Is ``name`` found in ``source`` only with a letter right after it
    (a name cut short in the middle of a word)?"""
    if not name or not source:
        return False
    at = source.find(name)
    if at < 0:
        return False
    while at >= 0:
        after = source[at + len(name) : at + len(name) + 1]
        if not after.isalpha():
            return False
        at = source.find(name, at + 1)
    return True


def referring(source: str | None) -> bool:
    """Is the attribution only a pronoun or a relative ("He", "who")?"""
    words = (source or "").strip().lower().split()
    return len(words) == 1 and words[0] in REFERRING_WORDS


def names_no_source(source: str | None) -> bool:
    """Is the attribution a description that names no one who can speak --
    no name, no person, official, group, body, document or outlet
    (``sourcing.classify`` finds none and no word is a noun for a person):
    "The case", "proofs", "stands", "3 of them"?  The extractor read a
    sentence's subject as its speaker ("The case centres on ...", "there were
    no proofs that ..."), and what it took for the claim is no one's
    statement.  A pronoun ("he") is not such a description: it refers."""
    if not source or referring(source) or classify(source, False) != "anonymous_generic":
        return False
    words = source.split()
    first, rest = words[0], words[1:]
    if any(not w.islower() and not w.isdigit() for w in rest):
        return False  # a name ("Ina Dahl"), however classified
    if not first.islower() and not first.isdigit() and first.lower() not in DETERMINERS:
        return False
    return not any(w.lower() in PERSON_NOUNS or w.lower().rstrip("s") in PERSON_NOUNS for w in words)


# "people", "many people", "a lot of people", "some of the people": people at large
_AT_LARGE = re.compile(
    r"(?:(?:a lot|lots|plenty|many|some|most|a few|few|certain|other|all|(?:a )?(?:great|good) many)"
    r"(?: of)?(?: the)? )?people",
    re.IGNORECASE,
)


def people_at_large(source: str | None) -> bool:
    """Does the attribution credit people at large, no one in particular
    ("A lot of people say that ...", "many people", "People")?  Its claim is
    an opinion ascribed to no one -- the writer's framing, in an interview the
    preamble of the question put to each guest ("A lot of people say that X.
    What do you say to this?") -- not a statement anyone made that a second
    report could tell again.  ("People familiar with the talks" are sources:
    the whole attribution must be the crowd.)"""
    return bool(source) and _AT_LARGE.fullmatch(source.strip()) is not None


def doubtful(name_a: str | None, source_a: str | None, name_b: str | None, source_b: str | None) -> bool:
    """Do the claims' own attributions throw doubt on two different speakers?"""
    return misread(name_a, source_a, name_b, source_b) or referring(source_a) or referring(source_b)


def misread(name_a: str | None, source_a: str | None, name_b: str | None, source_b: str | None) -> bool:
    """The strong doubts of ``doubtful``: an attribution that names the other
    claim's speaker, or a name cut in the middle of a word -- the name read is
    wrong.  (A pronoun attribution only may be: the name came from elsewhere.)"""
    return (
        names_other(source_a, name_b)
        or names_other(source_b, name_a)
        or cut_in_word(name_a, source_a)
        or cut_in_word(name_b, source_b)
    )


def two_sources(a: "Attributed", b: "Attributed") -> bool:
    """Are two claims credited to two sources that nothing joins, one of them
    a group or a record?  Each attribution names a source itself (no pronoun:
    "he" takes its name from elsewhere; none missing: the report's own
    words); one is a group of people ("officials", "Both leaders", "the
    opposition") or a record or outlet ("a report in the Harbour Gazette",
    "the note", ``group_or_record``); the two share no word of their names,
    attributions or roles ("the Kelp Ministry" / "a ministry spokesman"
    share one), and neither speaks for the other (``speaks_for``).  Then each
    says its own thing of one event, in words of their own, and the rare
    words they share are no rewording of one statement.  (One person
    described, "a dock worker", "the ferry company", may be the other's
    named speaker: not two sources.)  A nationality that both put before a
    noun ("Pakistani army representatives" / "Two Pakistani officials",
    ``_origins``) is no word they share: one country has many sources."""
    if not (a.words and b.words) or a.referring or b.referring or not (a.group or b.group):
        return False
    if (a.words & b.words) - (a.origins & b.origins):
        return False  # (a nationality both put before a noun joins no one: "Pakistani army
        # representatives" and "Two Pakistani officials" are two sources of one country)
    return not (speaks_for(a.role, b.name) or speaks_for(b.role, a.name))


class Attributed(NamedTuple):
    """A claim's speaker as ``two_sources`` reads it."""

    name: str | None
    role: str | None
    words: frozenset  # the content words of its name, attribution and role
    referring: bool  # the attribution is a pronoun or a relative ("he", "who")
    group: bool  # ``group_or_record`` of the attribution
    origins: frozenset = frozenset()  # of ``words``, nationalities put before a lower-case noun ("Pakistani army")


def attributed(name: str | None, source: str | None, role: str | None) -> Attributed:
    """``Attributed`` of a speaker's name, attribution text and role."""
    texts = (name, source, role)
    words = frozenset(w for text in texts for w in _words(text) if is_content(w))
    return Attributed(name, role, words, referring(source), group_or_record(source or name), _origins(texts))


def _origins(texts) -> frozenset:
    """The nationality adjectives put before a lower-case word ("Two Pakistani
    officials", "Kelpish harbour authorities"): where a source is from, not
    who it is.  Before a capital ("Pakistani President ...") the word may
    begin a title or a name: not counted."""
    out = set()
    for text in texts:
        toks = (text or "").split()
        out.update(fold_word(w) for w, after in zip(toks, toks[1:]) if nationality(w) and after[:1].islower())
    return frozenset(out)


_RECORDS = frozenset(("media_report", "document", "collective_unnamed"))


def group_or_record(source: str | None) -> bool:
    """Is the attribution a group of people or a record, not one speaker:
    its head noun (the last word before a comma or preposition) a plural in
    lower case ("Kessby officials", "Both councillors", "harbour
    authorities") or a document's noun ("the main memo, number 12"), or
    ``sourcing.classify`` reads it as an outlet, a document or a collective?"""
    if not source or referring(source):
        return False
    head = _head(source)
    if head and head.islower() and (head.lower() in DOCUMENT_NOUNS or _plural(head)):
        return True
    return classify(source, False) in _RECORDS


def _head(source: str) -> str | None:
    words = []
    for w in re.split(r"\s+", source.split(",")[0].strip()):
        if w.lower() in HEAD_BREAKS and words:
            break
        words.append(w.strip(".;:'\"\u2019"))
    return words[-1] if words else None


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def speaks_for(role: str | None, body: str | None) -> bool:
    """Does a person's role name the body another claim is credited to
    ("operational director for MSF" and "Médecins Sans Frontières", "a
    spokesman for the Kelp Ministry" and "Kelp Ministry")?  Then the person's
    words may be the body's statement, reported under either name."""
    if not role or not body:
        return False
    role_words, body_words = _words(role), _words(body)
    if len(body_words) >= 2 and _contains(role_words, body_words):
        return True
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return len(initials) >= 2 and initials in _WORD.findall(role)


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[k:k + n] == part for k in range(len(words) - n + 1))


# The head nouns of a body a person may speak for ("the Norway government", "the
# Canadian fisheries ministry"): the organisation words less records, outlets and people.
BODY_HEADS = frozenset(ORG_WORDS - {
    "news", "press", "times", "post", "journal", "network", "reuters", "ap", "afp", "bbc", "cnn", "proposal",
    "decree", "report", "statement", "spokesman", "officials", "sources", "prize", "hotel", "airport",
    "airlines", "station", "school", "hospital", "club", "team", "tribune", "herald", "partners",
})
_FUNCTION = frozenset(("the", "a", "an", "of", "for", "and", "on", "to", "in", "de", "du", "la", "des"))
ROOT_LETTERS = 4  # two place words are one when one is the other's root ("Canada" / "Canadian")


@lru_cache(maxsize=50_000)  # (one pair of names for many pairs of claims)
def another_body(body: str | None, person: str | None, role: str | None) -> bool:
    """Is ``body`` a body named by its country ("the Norway government", "the
    Danish Harbour Council": an organisation word as its last word, a country's
    name or a word on its root besides) and ``person`` a named person (a given name and
    a surname) whose ``role`` places them in a country (a country's name or its
    nationality: "Defence Minister of Norway", "a Danish diplomat") and names no
    word of the body's name?  Then the person holds no office of that body,
    and their words are not its statement reported under another name: two
    speakers, as two names that each clearly name someone are
    (``aliases.speaker_relation``).  An office-holder whose role names the body's
    country ("President of Canada" / "the Canadian government": one root) may
    speak for it; a body named by no country ("the Accountability Office") may be
    the role's country's; a person with no role, or a role that names no country ("Foreign
    Minister", "leader of the Liberal party": the party may lead the
    government), may be anyone's: neither is told apart."""
    if not body or not person or not role or confident_kind(person) != "person":
        return False
    body, role = _spelled_out(body), _spelled_out(role)
    words = [w.strip(".,;:'\"\u2019()") for w in body.split()]
    words = [w for w in words if w]
    if not words or words[-1].lower() not in BODY_HEADS:
        return False
    names = {fold_word(w) for w in words if w[:1].isupper() and _naming(w)}
    own = [w for w in _WORD.findall(role) if w[:1].isupper()]
    if not any(_country(w) for w in names) or not any(_country(w) for w in own):
        return False  # (a body named by no country, "the Accountability Office", may be the role's)
    if any(nationality(w) and not _country(w) for w in [*words, *own]):
        return False  # "British", "Dutch"-like words on a root of their own: which country, unknown
    if _ENVOY.search(role):
        return False  # an ambassador "to Norway" names the country they are sent to
    role_words = set(_words(role))
    return not any(_one_root(n, r) for n in names for r in role_words)


# Abbreviations of a country's name, spelled out before two names are compared.
_ABBREVIATED = ((re.compile(r"\bU\.?S\.?(?=\W|$)(?:A\.?)?"), "United States"),
                (re.compile(r"\bU\.?K\.?(?=\W|$)"), "United Kingdom"))


def _spelled_out(text: str) -> str:
    for pattern, name in _ABBREVIATED:
        text = pattern.sub(name, text)
    return text


_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|embassy|consul(?:ate)?|emissary)\b", re.IGNORECASE)
# Of ``lexicon.COUNTRY_LIKE``, the words that name no one country: a compass point of
# several ("North Korea", "South Africa", "Northern Territory") and continents.
_NOT_ONE_COUNTRY = frozenset(("north", "south", "america", "europe"))


@lru_cache(maxsize=10_000)
def _country(word: str) -> bool:
    """A country's name ("Norway", ``lexicon.COUNTRY_LIKE``) or a word on its root
    ("Canadian"); a nationality on another root ("Danish") is missed, which
    leaves the pair as it was."""
    w = fold_word(word)
    if w in ("united", "states", "kingdom"):
        return w != "united"  # ("United States", "United Kingdom": their second word)
    return any(_one_root(w, c) for c in COUNTRY_LIKE - _NOT_ONE_COUNTRY if len(c) >= ROOT_LETTERS)


def _naming(word: str) -> bool:
    """A capitalised word that names (a place, a body's name), not a title word
    ("Foreign", "Deputy"), an organisation word or a function word."""
    low = word.lower().strip(".")
    return low not in _FUNCTION and low not in ORG_WORDS and low not in OFFICE_WORDS and low not in TITLE_WORDS


def _one_root(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return len(short) >= ROOT_LETTERS and long_.startswith(short[:max(ROOT_LETTERS, len(short) - 1)])
