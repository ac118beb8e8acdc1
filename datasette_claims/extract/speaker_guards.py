"""Guards that keep a source from being a word that cannot speak.

A participle cue ("..., saying, ...") takes the noun phrase just before it as
its subject.  When that noun phrase is the object of a preposition ("a rule
that has existed since the Carter administration saying", "the ruling by the
court in Roe v. Doe saying") it is not who spoke: the speaker is the subject
of the clause the participle hangs on, or nobody this rule can name (then the
quotation is left to the later passes and to coreference).
"""

from __future__ import annotations

import dataclasses
import re

from ..text import STOPWORDS
from .context import FINITE, Subject
from .lexicon import DOCUMENT_NOUNS
from .patterns import search_after

# a preposition (or "such as") before the noun phrase, perhaps with its article and
# capitalised words the source search left out ("by the Supreme | Court of ...")
_PREP_NP = (
    r"(?i:since|in|by|of|from|after|before|during|until|at|on|for|with|about|against|over|under|"
    r"through|toward|towards|into|onto|than|between|among|without|within|across|such\s+as)\s+"
    r"(?:(?:the|a|an|[A-Z][\w.'\u2019-]*)\s+){0,4}$")
_PREP_BEFORE_NP = re.compile(r"\b" + _PREP_NP)
# (behind a character outside the ASCII word class the engine skips to the next
# word; read with ``patterns.search_after``)
_PREP_BEFORE_NP_AFTER = re.compile(r"[^A-Za-z0-9_]" + _PREP_NP)
# the clause's own subject: a name or a personal pronoun opening the sentence, then its verb
_CLAUSE_NAME_SUBJECT = re.compile(
    r"\s*(?P<subj>(?:[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,3}|He|She|They|We|I)"
    r"\s+(?:(?:also|then|later|again|further|once\s+more)\s+)?[a-z]+(?:ed|s)\b")
_NOT_NAME_START = {"The", "A", "An", "This", "That", "These", "Those", "Another", "Some", "Many", "Most",
                   "In", "On", "At", "For", "After", "Before", "Since", "During", "It", "There"}


def prepositional_object(text: str, unit_start: int, subj: Subject) -> bool:
    """True when the subject found for a participle is a preposition's object."""
    return search_after(_PREP_BEFORE_NP_AFTER, _PREP_BEFORE_NP, text, max(unit_start, subj.start - 60),
                        subj.start) is not None


def clause_subject(text: str, unit_start: int, cue_start: int) -> Subject | None:
    """The name or pronoun that opens the clause ("Roe also addressed ...,
    saying"), or None when the clause does not open with one."""
    m = _CLAUSE_NAME_SUBJECT.match(text, unit_start, cue_start)
    if m is None or m.group("subj").split()[0] in _NOT_NAME_START:
        return None
    return Subject(cue_start, m.start("subj"), m.end("subj"), unit_start, "start", None)


# a noun phrase whose last word is a number or a year ("in 2008", "on April 23")
_ENDS_IN_NUMBER = re.compile(r"(?<![\w.,'\u2019-])\d[\d,.]*$")
_ARTICLE_OPEN = re.compile(r"(?:[Aa]n?|[Tt]he)\s")


def participle_subject(text: str, unit_start: int, cue_start: int, subj: Subject | None) -> Subject | None:
    """The subject a participle cue may take: never a prepositional object, nor a
    noun phrase ending in a number ("filed suit in 2008 alleging": a year speaks not)
    unless no clause subject stands before it and it opens on an article ("a
    statement on May 3 saying": the statement)."""
    if subj is None:
        return None
    if prepositional_object(text, unit_start, subj):
        return clause_subject(text, unit_start, cue_start)
    if _ENDS_IN_NUMBER.search(text, subj.start, subj.end) is None:
        return subj
    found = clause_subject(text, unit_start, cue_start)
    if found is None and _ARTICLE_OPEN.match(text, subj.start, subj.end):
        return subj
    return found


# a sentence opening with a noun phrase and a participle phrase ("A draft resolution
# being considered for", "The report released by", "Fishermen waiting for"): a
# determiner, number or capitalised word, at most four more words, the participle
# and a preposition that opens a complement of it (not "after", "until": a
# finite verb's adjunct, "The strike erupted after ...")
_NP_THEN_PARTICIPLE = re.compile(
    r"\s*(?!(?:In|On|At|For|After|Before|With|By|From|It|We|They|He|She|I|This|That|There|Here)\b)"
    r"(?:[A-Z][\w.'\u2019-]*|\d[\d,.]*)(?:\s+[\w.'\u2019-]+){0,4}?\s+(?:being\s+)?[a-z]{3,}(?:ed|en|ing)\s+"
    r"(?:by|in|on|at|for|from|to|into|under|against|near|across|inside|outside|within|among|about)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,6}?$")
_CLAUSE_MARKS = re.compile(r"[,;:\"\u201c\u201d()]|['\u2019](?:re|s|ve|ll|d)\b|--|"
                           r"\b(?:who|which|that|and|but|when|if|as|after|before|until|since|while|because)\b")
_PREP_WORD = re.compile(r"(?:for|by|of|in|on|at|from|with|to|about|against|over|under)\s")


def participial_subject(text: str, unit_start: int, subj: Subject | None) -> Subject | None:
    """ "A draft resolution being considered for adoption calls for ...": the
    source found is the object of a preposition in a participle phrase that
    modifies the sentence's subject; the subject is the whole noun phrase from
    the sentence start.  Other subjects are returned as they are."""
    if subj is None or subj.kind != "conj" or PRONOUN_SUBJECT.match(text, subj.start) or not (
            prepositional_object(text, unit_start, subj) or _PREP_WORD.match(text, subj.start)):
        return subj
    lead = text[unit_start:subj.start]
    if _PREP_WORD.match(text, subj.start):
        lead += text[subj.start:text.index(" ", subj.start) + 1]
    if _NP_THEN_PARTICIPLE.match(lead) is None or FINITE.search(lead) or _CLAUSE_MARKS.search(lead):
        return subj
    start = unit_start + len(lead) - len(lead.lstrip())
    return dataclasses.replace(subj, start=start, boundary=start, kind="start")


PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|it|we|I|you|He|She|They|It|We|You)\b")


_NOT_A_NAME_BUT_OK = frozenset(("He", "She", "They", "We", "I", "The", "His", "Her", "Their"))
_DETERMINERS = frozenset(("another", "every", "each", "many", "several", "both", "either", "neither", "one"))
_WORD = re.compile(r"\S+")


def name_start(text: str, start: int, end: int) -> int | None:
    """Where the speaker's name starts in capitalised words opening a sentence,
    or None when they hold no name.

    A capitalised function word ("At the same time, ...", "When Roe ...") is no
    part of a name and is passed over; a common noun capitalised only because
    it opens the sentence ("Statements include ...") is no name: a single word
    counts only when the article also writes it capitalised in mid-sentence.
    """
    words = list(_WORD.finditer(text, start, end))
    if words and words[0].group() in _NOT_A_NAME_BUT_OK:
        return start  # a pronoun or a definite noun phrase ("The agency"), judged elsewhere
    while words and (words[0].group().lower() in STOPWORDS or words[0].group().lower() in _DETERMINERS):
        words.pop(0)
    if not words:
        return None
    if len(words) == 1:
        word = _POSSESSIVE.sub("", words[0].group())
        if not _written_mid_sentence(text, word):
            return None
    return words[0].start()


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _written_mid_sentence(text: str, word: str) -> bool:
    r"""Whether ``word`` occurs in ``text`` after a lower-case letter, comma or
    semicolon and spaces: ``re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", text)``,
    by ``str.find`` over the occurrences of the word (a pattern built per call
    was compiled anew each time, then scanned the whole article)."""
    if not word:
        return re.search(r"[a-z,;]\s+\b", text) is not None
    n, end = len(word), len(text)
    k = text.find(word)
    while k >= 0:
        j = k
        while j > 0 and text[j - 1].isspace():
            j -= 1
        # "\b" after the word: a word character on one side only
        if j < k and j > 0 and text[j - 1] in _BEFORE_SPACES \
                and _is_word_char(text[k + n - 1]) != (k + n < end and _is_word_char(text[k + n])):
            return True
        k = text.find(word, k + 1)
    return False


_BEFORE_SPACES = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# "Jane Roe, a trader in Oslo said ...": a name opening the sentence, a comma and
# a role noun phrase whose closing comma is missing
_NAME_THEN_COMMA = re.compile(r"\s*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+")
_ROLE_OPEN = re.compile(r"(?:a|an|the)\s+[a-z]")


def unclosed_apposition(text: str, unit_start: int, subj: Subject | None) -> Subject | None:
    """The named person whose role the subject found is, the role kept as
    the apposition, when the role's closing comma is missing."""
    if subj is None or subj.apposition is not None or not _ROLE_OPEN.match(text, subj.start):
        return subj
    m = _NAME_THEN_COMMA.match(text, unit_start, subj.start)
    if m is None or m.end() != subj.start:
        return subj
    return dataclasses.replace(subj, start=m.start("name"), apposition=(subj.start, subj.end))


def clock_colon(text: str, colon: int) -> bool:
    """A colon between two digits ("9:21pm", "at 11:38") is a clock time."""
    return 0 < colon < len(text) - 1 and text[colon - 1].isdigit() and text[colon + 1].isdigit()


# a source that opens with "of" or "from" ("of Georgia", "from the camp") is the
# tail of some other noun phrase, not who spoke (other prepositions open adjuncts
# -- "in 2010", "at a news conference" -- whose clause often still holds a claim
# that later passes attribute; left alone here)
_PREP_OPEN = re.compile(r"(?:of|from)\s")


# round 49: a sentence-opening setting ("In a letter written to the board, Roe said",
# "In his statement announcing the move, ...", "With his campaign buffeted by ...") taken
# whole as the subject of a participle or a verb inside it: a preposition, a determiner,
# then up to three lower-case words only (a longer run may hold the subject: "Throughout
# the long campaign politicians from ... have expressed") -- or a document's noun and the
# real subject's capital right after it, with no comma ("In a statement Kelpco said", "Following Roe's
# statement the board said"); a capital elsewhere ("In the Kelp Parliament Greens")
# may be the subject and is left alone
_SETTING_OPEN = re.compile(
    r"(?:In|With|Following|During|After|Before|Amid|Amidst|Under|Despite|Since|Upon|Through|Throughout)\s+"
    r"(?:(?:a|an|the|his|her|its|their|this|that|these|those|one|[A-Z][\w'\u2019-]*(?:'s|\u2019s))\b)")
_LOWER_WORDS = re.compile(r"(?:\s+[a-z][a-z'\u2019-]*){0,3}\s*")
_DOC_THEN_CAPITAL = re.compile(r"(?:\s+[a-z][a-z'\u2019-]*)*?\s+(?P<noun>[a-z]+)\s+(?=[A-Z]|[a-z]+[A-Z])")


def setting_only(text: str, start: int, end: int) -> bool:
    """Is the span a sentence-opening setting and nothing else ("In a letter",
    "With his campaign")?"""
    sm = _SETTING_OPEN.match(text, start, end)
    return sm is not None and _LOWER_WORDS.fullmatch(text, sm.end(), end) is not None


def no_prepositional_fragment(text: str, subj: Subject | None) -> Subject | None:
    """None for a subject that is a prepositional phrase; a sentence-opening
    setting before a comma-less subject is cut off ("In a statement Kelpco")."""
    if subj is None or _PREP_OPEN.match(text, subj.start):
        return None
    sm = _SETTING_OPEN.match(text, subj.start, subj.end)
    if sm is None:
        return subj
    if setting_only(text, subj.start, subj.end):
        return None
    dm = _DOC_THEN_CAPITAL.match(text, sm.end(), subj.end)
    if dm is not None and dm.group("noun") in DOCUMENT_NOUNS:
        return dataclasses.replace(subj, start=dm.end(), apposition=None)
    return subj
