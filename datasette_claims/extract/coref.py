"""Who a pronoun or a description stands for: the antecedent searches of ``enrich``.

Why these rules: in news the antecedent of a sentence-opening "he" or "she"
is nearly always the subject of a recent sentence -- the person the story is
about, often the last speaker -- not the nearest name, which is as often an
object ("Obama said after meeting Putin. He ...").  So the search goes back
sentence by sentence and takes the first fitting person of a sentence, not
the last; a name after a preposition or before a possessive is passed over
while a subject fits.  A definite description of one person ("the GOP
nominee", "the New York businessman") stands for the most talked-about person
of the last few sentences; an "it", "they", "which" that names no person
stands for the body or group just mentioned.  A single name that a pronoun
follows ("Melanie said ... she") is a person too.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import sourcing
from .lexicon import (
    ASKING_LEMMAS, FEMALE_NAMES, FORENAMES, LY_NOUNS, MALE_NAMES,
    COLLECTIVE_NOUNS, COMPANY_KIND_HEADS, COMPANY_NAME_HINTS, COUNT_HEADS, COUNTRY_LIKE, DO_AUX, DOCUMENT_NOUNS,
    EXTRA_COLLECTIVE, FINITE_AUX, IRREGULAR_PASTS, JOURNALISM_PIECES, MODAL_ADVERBS, NOUN_ENDINGS, OFFICIAL_NOUNS,
    ORG_HINTS, OUTLET_CUES, PEOPLE_NOUNS, LOWER_PREPOSITIONS, NON_PEOPLE_PLURALS, OPENING_WORDS,
    NOT_NATIONALITIES, PERSON_DESCRIPTION_HEADS, PERSON_HEADS, PERSON_PRONOUNS, PHRASE_DETERMINERS, PLURAL_NOUN_ENDINGS,
    PREPOSITIONS_BEYOND_STOPWORDS,
    PREMIER_WORDS, PUBLIC_OFFICES, SENTENCE_OPENERS, TITLE_WORDS, TITLE_WORDS_AMBIGUOUS, WEEKDAYS,
)
from ..text import STOPWORDS
from .context import inside_quote
from .sources import unit_subject
from .speakers import NOT_NAME, NOT_PERSON_TOKEN, People, Person

_OBLIQUE = re.compile(r"(?:\b(?:with|to|by|against|for|from|of|about|on|at|into|than|like|toward|towards|"
                      r"versus|vs\.?|and|or)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4})$")
# (not the contraction of "has"/"is": "Roe's been saying", "Roe's not ready")
_POSSESSIVE = re.compile(r"['\u2019](?!s\s+(?:been|got|gotten|not|never|also|already|still|just|always)\b)s?\b")
_BACK_UNITS = 4
# a place's preposition right before a name ("at Rocky Hollow", "in Kelp Harbor"): the name of no known
# gender there is where something happened (not "from", "to": "a letter from Jo Roe")
_AT_PLACE = re.compile(r"\b(?:at|in|near|outside|inside|throughout)\s+(?:the\s+)?$")
# the object of a relative clause's past verb ("the raid that killed Ben Varek", "a firm which hired
# Jo Roe"): named inside a description of something else, no subject for a later "he"
_RELATIVE_OBJECT = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|"
                              + "|".join(sorted(IRREGULAR_PASTS)) + r")\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$")
_PRONOUN_OF = {"m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
               "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b")}


def _unit_index(ctx, pos: int) -> int:
    return bisect.bisect_right(ctx.ustarts, pos) - 1


# the joints of a list of people: ", ", ", and ", " and "
_CONJUNCTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


class Coordinated(NamedTuple):
    """People named in a list: their names joined, and the first of them."""

    names: str
    first: Person


# the names after a subject's first that list it on ("Jo Roe, Al Poe and Ann Vole")
_LIST_TAIL = re.compile(r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
                        r"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)+")


def _listed_people(ctx, start: int, end: int) -> Coordinated | None:
    """The people a sentence's subject lists, the subject found being the
    first of them ("Jo Roe and Ann Vole met the board")."""
    tail = _LIST_TAIL.match(ctx.text, end)
    return coordinated_people(ctx, start, tail.end()) if tail is not None else None


def coordinated_people(ctx, start: int, end: int) -> Coordinated | None:
    """ "Jo Roe and Ivo Veld said", "Mr. Roe, Ms. Lund and Mr. Veld pledged":
    every conjunct a person of the article, two or more: their names joined, and
    the first person; None when any conjunct is someone else ("Jo Roe and his
    aides")."""
    text = ctx.text
    if " and " not in text[start:end]:
        return None
    names: list[str] = []
    first = None
    s = start
    for m in [*_CONJUNCTS.finditer(text, start, end), None]:
        e = m.start() if m is not None else end
        p = ctx.people.head_person_in(s, e)
        if p is None or p.name in names or text[s:e].count(" ") > 4:
            return None
        names.append(p.name)
        first = first or p
        s = m.end() if m is not None else end
    return Coordinated(", ".join(names[:-1]) + " and " + names[-1], first) if len(names) > 1 else None


_ROLE_GAP = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})")


def _names_an_employer(text: str, end: int, mentions) -> bool:
    """A name followed by a role and the next name ("Dunmore Wealth analyst
    Piet Kors"): the first name is the employer, not a person to refer back to."""
    nxt = next((q2 for q2, _ in mentions if q2 >= end), None)
    if nxt is None:
        return False
    m = _ROLE_GAP.fullmatch(text, end, nxt)
    return m is not None and any(w in TITLE_WORDS for w in m.group(1).split())


# a clause put before the main one: "Although Roe is not on the list, Kelp said ..."
_FRONTED = re.compile(r"[\s\"'\u201c(]*(?:Although|Though|While|Whilst|Because|Since|After|Before|When|If|Unless|"
                      r"Until|As|Once|Despite|Even\s+though)\s")


def _fronted_end(text: str, us: int, e: int) -> int:
    """Where a sentence's fronted clause ends (its comma), or ``us`` if it has none."""
    m = _FRONTED.match(text, us, e)
    if m is None:
        return us
    comma = text.find(",", m.end(), e)
    return comma if comma >= 0 else us


# a name used as a modifier inside a noun phrase ("at a crowded Harvest Day
# parade", "doing her best Roe impersonation", "the Roe campaign"): an article or
# possessive before it with at most two lower-case words between, a common noun
# after it -- the phrase's head is a thing, and the name no antecedent of a "he"
_PREPOSITION_ALT = "(?:" + "|".join(sorted(LOWER_PREPOSITIONS | PREPOSITIONS_BEYOND_STOPWORDS)) + ")"
_DETERMINED = re.compile(r"(?<![\w'\u2019-])(?i:" + "|".join(sorted(PHRASE_DETERMINERS)) + r")\s+"
                         r"(?:(?!" + _PREPOSITION_ALT + r"\s)[a-z0-9][\w-]*\s+"  # ("a crowded", "his best")
                         r"(?:(?!" + _PREPOSITION_ALT + r"\s)[a-z0-9][\w-]*(?<!ed)\s+)?)?"  # (not "the board steered")
                         r"(?:[A-Z][\w.-]*\s+){0,3}$")  # (the name's first words, before a surname's mention)
_NEXT_WORD = re.compile(r" ([a-z][a-z-]{2,})\b(?![\'\u2019-])")
_NOT_HEAD_NOUNS = frozenset((*STOPWORDS, *FINITE_AUX, *DO_AUX, *IRREGULAR_PASTS, *OPENING_WORDS, *MODAL_ADVERBS,
                             *PREPOSITIONS_BEYOND_STOPWORDS))


def _head_noun(word: str) -> bool:
    """A lower-case word read as a common noun, not a verb or a closed-class word:
    no "-ed", "-ly", "-ing", and a final "s" only on a plural noun ending ("supporters")."""
    if word in _NOT_HEAD_NOUNS or (word.endswith(("ed", "ly", "ing")) and word not in LY_NOUNS):
        return False  # (but "a Roe rally", "the Roe family": a noun in "-ly", ``lexicon.LY_NOUNS``)
    return not word.endswith("s") or word.endswith(PLURAL_NOUN_ENDINGS) or word[:-1].endswith(NOUN_ENDINGS)


def _attributive(text: str, q: int, end: int) -> bool:
    """The mention text[q:end] modifies the noun after it ("a Harvest Day parade")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and _head_noun(m.group(1)) and _DETERMINED.search(text, max(0, q - 40), q) is not None


def _whole_name_start(text: str, q: int, p: Person) -> int:
    """Where the mention at ``q`` starts with the forename written before it (``q`` may be its
    surname's: "Osama bin Laden" is mentioned at "Osama" and at "bin Laden")."""
    whole = q - len(p.name) + len(p.surname)
    return whole if whole >= 0 and not text.startswith(p.name, q) and text.startswith(p.name, whole) else q


def _gendered_forename(name: str) -> bool:
    """Does the name open on a forename of a known gender ("Ben Varek", not "Rocky Hollow")?  (Its
    gender as ``People.gender`` reads it may come from the very pronoun being resolved.)"""
    first = name.split(" ", 1)[0].lower()
    return first in MALE_NAMES or first in FEMALE_NAMES


def _pick(ctx, mentions, gender: str | None, skip, us: int | None = None, ue: int | None = None) -> Person | None:
    """The subject-most fitting person among one sentence's mentions (of text[us:ue]):
    the main clause's before those of a fronted clause, objects or possessives."""
    text = ctx.text
    fronted = _fronted_end(text, us, ue) if us is not None else -1
    people = ctx.people
    best = None
    for q, p in mentions:
        if skip is not None and skip(q):
            continue
        g = people.gender(p)
        if gender is not None and g not in (None, gender):
            continue
        end = q + len(p.name) if text.startswith(p.name, q) else q + len(p.surname)
        if _names_an_employer(text, end, mentions) or _attributive(text, q, end):
            continue  # "Dunmore Wealth analyst Piet Kors": the firm is no antecedent; nor "a Roe rally"
        start = _whole_name_start(text, q, p)  # (the mention with its forename written before it)
        if _AT_PLACE.search(text, max(0, start - 12), start) and not _POSSESSIVE.match(text, end) \
                and not _gendered_forename(p.name):
            continue  # "the shooting at Rocky Hollow": no forename of a known gender, where, a place, not who
        # a subject before an object, then a known gender before an unknown one
        # (the preposition in the mention's own sentence: not "... on Monday. Roe said")
        lo = max(0, q - 60, us or 0)
        if _RELATIVE_OBJECT.search(text, lo, start):
            continue  # "A president who authorized the raid that killed Ben Varek": Varek is no one's "he"
        rank = (bool(_OBLIQUE.search(text, lo, q)) or bool(_POSSESSIVE.match(text, end))
                or q < fronted, g != gender if gender else 0)
        if best is None or rank < best[0]:
            best = (rank, p)
    return best[1] if best else None


# a finite verb after a name: the name is its clause's subject ("his minister,
# Jo Roe, made a speech, where he ..."), not an object ("to Roe, he wrote")
_VERB_AFTER = re.compile(r",?\s+(?!(?:who|whom|where|when|which|that|because|in|on|at|to|for|with|by|of|from|and|"
                         r"or|but|as|after|before|during|while|if|he|she|they|it|we|i|you|his|her|its|their|the|a|an)\b)"
                         r"[a-z]+(?<!ing)\b")


def _verb_after(text: str, q: int, p: Person) -> bool:
    end = q + len(p.name) if text.startswith(p.name, q) else q + len(p.surname)
    return _VERB_AFTER.match(text, end) is not None


# a sentence opening on a subject pronoun, after an opening phrase at most ("He has
# not ...", "In 2004, he ...", "Afterwards he ...")
_OPENING = r"[\s\"'\u201c(]*(?:[A-Z][^,.;:!?\"\u201c\u201d]{0,40},\s+|[A-Z][a-z]+\s+)?"
_OPENING_PRONOUN = {"m": re.compile(_OPENING + r"(?P<p>[Hh]e)\b"), "f": re.compile(_OPENING + r"(?P<p>[Ss]he)\b")}
# a comparison opening the sentence: "Like Roe, he ..." -- Roe is someone else
_COMPARED = re.compile(r"[\s\"'\u201c(]*(?:Like|Unlike)\s[^,]{1,60},")
_CHAIN = 20  # how many sentences opening on the pronoun are followed back


def _chained(ctx, s: int, e: int, gender: str, skip, depth: int) -> Person | None:
    """The sentence before opens on the same pronoun (after an opening phrase at
    most) and names no one after it: the two pronouns are one person ("Roe
    himself has slowed. He has held no rallies. He even said ..."), found from
    that pronoun, not from the last speaker."""
    m = _OPENING_PRONOUN[gender].match(ctx.text, s) if gender in _OPENING_PRONOUN else None
    if m is None or depth >= _CHAIN or any((skip is None or not skip(q)) and not _oblique_after(ctx.text, m.end(), q, p)
                                           for q, p in ctx.people.mentions_in(m.end(), e)):
        return None
    return pronoun_antecedent(ctx, m.start("p"), gender, skip, depth + 1)


def _oblique_after(text: str, lo: int, q: int, p: Person) -> bool:
    """(round 51) A person named after a preposition in a sentence that opens on
    the pronoun ("He handed power to General Jo Roe"): the object of the
    pronoun's verb, who does not break the chain of the pronoun's subject."""
    start = _whole_name_start(text, q, p)
    m = _OBLIQUE.search(text, max(lo, start - 60), start)
    # (", and Jo Roe took the chair": a clause of its own, with its own subject; not "a
    # Catholic and Jo Roe supporter", "Roe or Lind")
    if m is None:
        return False
    return not (m.group().startswith(("and", "or")) and text[max(0, m.start() - 3):m.start()].rstrip().endswith(","))


def pronoun_antecedent(ctx, pos: int, gender: str, skip, depth: int = 0) -> Person | None:
    """The person a "he"/"she" at ``pos`` stands for, or None."""
    people = ctx.people
    i = _unit_index(ctx, pos)
    if i < 0:
        return None
    us = ctx.units[i][0]
    # earlier in the pronoun's own sentence ("Clinton said that she ..."), unless
    # the pronoun opens it
    if ctx.text[us:pos].strip(" \"'\u201c\u201d(\u2014-"):
        # (not one named after a pronoun of that gender, unless the subject of a
        # verb: "In his letter to Roe, he wrote", "He turned to Roe, asking ...,
        # he said": the pronouns are one man)
        before = _PRONOUN_OF.get(gender)
        compared = _COMPARED.match(ctx.text, us, pos)
        mentions = [(q, p) for q, p in people.mentions_in(us, pos)
                    if (before is None or not before.search(ctx.text, us, q) or _verb_after(ctx.text, q, p))
                    and (compared is None or q > compared.end())]
        p = _pick(ctx, mentions, gender, skip, us, pos)
        if p is not None:
            return p
    for k in range(i - 1, max(-1, i - 1 - _BACK_UNITS), -1):
        s, e = ctx.units[k]
        p = _chained(ctx, s, e, gender, skip, depth) if k == i - 1 else None
        p = p or _pick(ctx, people.mentions_in(s, e), gender, skip, s, e)
        if p is None and k == i - 1:
            p = _title_holder(ctx, s, e, gender)
        if p is not None and (k == i - 1 or people.gender(p) == gender):
            return p
        if k == i - 1:
            # nobody fitting in the sentence before: the last speaker of that
            # gender, if recent, before anyone mentioned further back
            lo = ctx.units[max(0, i - 1 - 2 * _BACK_UNITS)][0]
            for q, sp in reversed(ctx.recent_speakers):
                if q < lo:
                    break
                if q < pos and people.gender(sp) == gender:
                    return sp
        if p is not None:
            return p
    return None


# what may stand between two quotations of one run: spaces and quotation marks only
_RUN_GAP = re.compile(r"[\s\"'\u201c\u201d\u2018\u2019]*")
_RUN_REACH = 1500  # how far after a speaker's quotation a pronoun trailer is looked for


class Run(NamedTuple):
    """A quotation run a pronoun trailer closes: the attributed quotation it
    continues, and where the trailer's quotation opens."""

    base: object  # models.Claim
    open_at: int


def run_base(ctx, claim) -> Run | None:
    """The attributed quotation a pronoun trailer's quotation continues ('"A,"
    Jo Roe said. "B. C. D," she went on.'; the run may cross into the next
    paragraph): the last one right before it, with only spaces between; None when
    there is none, it or the trailer asks (an exchange: the answer is another's),
    or someone is named after its words (narration between)."""
    src = claim.source
    q = inside_quote(ctx, claim.content.start)
    if q is None or claim.quote_type != "direct" or claim.content.end > src.start or q.close_at > src.start \
            or claim._lemma in ASKING_LEMMAS:
        return None
    while q.continues is not None:
        q = q.continues
    base = _quotation_before(ctx, q.open_at)
    if base is None or base._lemma in ASKING_LEMMAS or base.content.text.rstrip(" \"'\u201d.").endswith("?") \
            or ctx.people.mentions_in(_said_end(base), q.open_at):
        return None
    return Run(base, q.open_at)


class RunSpeaker(NamedTuple):
    """Who spoke a quotation run: the name or description, and the person if named."""

    name: str
    person: Person | None


def run_speaker(ctx, claim, gender: str) -> RunSpeaker | None:
    """The speaker of the quotation run a pronoun trailer continues (``run_base``):
    its person when the genders agree and the quotation does not name that person
    (a rebuttal), or its description of one person ("the harbour master") that
    fits the pronoun.  A reader carries the speaker over; the nearest person named
    before (in the quotation or in the narration ahead of the run) is no
    antecedent."""
    run = run_base(ctx, claim)
    if run is None:
        return None
    base = run.base
    p = next((sp for pos, sp in reversed(ctx.recent_speakers) if pos == base.source.start), None)
    if p is None:
        unnamed = _unnamed_speaker(base) and _description_head(ctx, base, gender) is not None
        return RunSpeaker(base.speaker, None) if unnamed else None
    if ctx.people.gender(p) != gender \
            or any(x is p for _, x in ctx.people.mentions_in(run.open_at, claim.source.start)):
        return None
    return RunSpeaker(p.name, p)


def _run_trailer_gender(ctx, c) -> str | None:
    """The gender of a pronoun trailer that continues ``c``'s quotation run
    ('"A," Vole said. "B," he added.'): the pronoun says a lone name is a person."""
    for d in _sourced_between(ctx, ctx.claims, c.source.end, c.source.end + _RUN_REACH):
        low = d.source.text.strip().lower()
        if low in ("he", "she"):
            run = run_base(ctx, d)
            if (run is not None and run.base.id == c.id) or _opens_next_sentence(ctx, c, d):
                return "m" if low == "he" else "f"
    return None


def _opens_next_sentence(ctx, c, d) -> bool:
    """The pronoun trailer ``d`` closes the sentence right after ``c``'s, whose
    words it opens, no one named between ('Vole expects the report will help.
    "I think it matters," he is quoted as saying.'; 'Vole asserted that ... To
    trust them would be stupid, he alleged.'): the pronoun is the lone name's."""
    k = _unit_index(ctx, _said_end(c) - 1)
    if k < 0 or k + 1 >= len(ctx.units) or d.content.start < ctx.units[k][1] \
            or c._lemma in ASKING_LEMMAS or d._lemma in ASKING_LEMMAS:
        return False  # (a question's answer is another's)
    q = inside_quote(ctx, d.content.start)
    opens = q.open_at if q is not None else d.content.start
    return opens <= d.source.start and _RUN_GAP.fullmatch(ctx.text, ctx.units[k][1], opens) is not None \
        and not ctx.people.mentions_in(_said_end(c), d.source.start) \
        and not _after_forename(ctx.text, c.source.text.strip())


def _after_forename(text: str, name: str) -> bool:
    """The name stands somewhere after a known forename ("Congressman Pete Roe"):
    the article writes a full name the name readers left, whose words a lone
    person of that name would take for a role."""
    for k in _word_positions(text, name):
        j = text.rfind(" ", 0, k - 1)
        if text[j + 1:k - 1].lower() in FORENAMES and text[k - 1] == " ":
            return True
    return False


def _quotation_before(ctx, open_at: int):
    """The attributed quotation whose sentence (the quotation or its trailer)
    ends right before ``open_at`` (nothing but spaces between), in that paragraph
    or the one before; None."""
    k = _unit_index(ctx, open_at - 1)
    while k >= 0 and ctx.units[k][1] > open_at:
        k -= 1
    if k < 0 or not _RUN_GAP.fullmatch(ctx.text, ctx.units[k][1], open_at):
        return None
    us, ue = ctx.units[k]
    para = ctx.paras[max(0, bisect.bisect_right(ctx.pstarts, us) - 2)][0]
    found = [c for c in _sourced_between(ctx, ctx.claims, para, open_at)
             if c.quote_type == "direct" and c.content.end <= open_at and us < _said_end(c) <= ue]
    return max(found, key=lambda c: c.content.end) if found else None


def _said_end(c) -> int:
    """Where a claim's words end: its content, source or cue, whichever is last."""
    return max(x.end for x in (c.content, c.source, c.cue) if x is not None)


# "the president's roots ...": a definite title standing for a person, no name written
# (the word patterns of the mention readers below, compiled once: they run for
# most claims, and ``re.findall(str, ...)`` looks its pattern up on every call)
_MENTION_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_NP_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
_LOWER_WORD = re.compile(r"[a-z]+")
_CAPITAL_AFTER_SPACE = re.compile(r" [A-Z]")
_BARE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")
_DEFINITE_TITLE = re.compile(r"\b[Tt]he\s+(?P<t>[a-z-]+)(?:['\u2019]s)?\b")


def _title_holder(ctx, s: int, e: int, gender: str) -> Person | None:
    """The person a definite title in text[s:e] stands for ("The president's
    roots ... In Honolulu, he told ..."): the most mentioned earlier person whose
    role holds that title, of the pronoun's gender or of none known."""
    for m in _DEFINITE_TITLE.finditer(ctx.text, s, e):
        head = m.group("t")
        if head not in PERSON_HEADS:
            continue
        best, most = None, 0
        for person in ctx.people.people.values():
            if person.first >= s:
                continue
            ctx.people.ensure_role(person)
            if not person.role or head not in person.role.lower() or ctx.people.gender(person) not in (gender, None):
                continue
            n = sum(1 for q in person.positions if q < s)
            if n > most:
                best, most = person, n
        return best
    return None


_HEAD_GENDER = {w: "f" for w in ("lady", "woman", "businesswoman", "congresswoman", "chairwoman", "spokeswoman",
                                 "queen", "mother", "wife", "widow", "daughter", "actress")}
_HEAD_GENDER.update({w: "m" for w in ("man", "businessman", "congressman", "chairman", "spokesman", "king",
                                      "prince", "father", "husband", "son", "actor")})


def indefinite_title(mention: str) -> bool:
    """ "A former party chairman", "A New York judge", a bare "Judge" in a headline:
    one person, named later in the story."""
    if not mention.startswith(("A ", "a ", "An ", "an ")) and " " in mention.strip():
        return False
    words = _MENTION_WORD.findall(mention)
    if not words or words[-1].lower() not in PERSON_HEADS or words[-1].lower() in OFFICIAL_NOUNS:
        return False  # ("a spokesman", "an aide" stay unnamed)
    return len(words) == 1 or words[0].lower() in ("a", "an")


def later_title_holder(ctx, mention: str, end: int) -> Person | None:
    """The first person named after ``end`` whose role has the mention's title
    word ("A New York judge ... Judge Frank Nervo")."""
    words = _MENTION_WORD.findall(mention)
    head = words[-1].lower() if words else ""
    heads = {head} | _TITLE_KIN.get(head, set())
    seen = set()
    for q, p in ctx.people.mentions_in(end, min(len(ctx.text), end + 1500)):
        if p.name in seen:
            continue
        seen.add(p.name)
        before = set(_LOWER_WORD.findall(ctx.text[max(end, q - 40):q].lower())[-3:])
        if heads & before:
            return p
    return None


# a person's own description where the story introduces them: "Jo Roe, a law professor at ...",
# "<party> spokesman Jo Roe", "the defence minister, Jo Roe"
_OWN_ROLE_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?P<role>[^,.;:()\n]{1,80})")
_DOER = re.compile(r"[a-z]{3}(?:er|or|ist|ian|ant)$")  # adviser, editor, economist, historian, consultant
_OWN_ROLE_BEFORE = re.compile(r"(?P<last>[A-Za-z]+),?\s+$")


# the headline (paragraph 0) and the lead paragraph
_LEAD_PARAGRAPHS = 1


def _introduced_as_other(ctx, p: Person, q: int, head: str) -> bool:
    """Is the person, where the text first names them after an indefinite
    description, given a description of their own that is no kin of the
    description's head ("A judge ruled ... Jo Roe, a law professor, said";
    "a firm executive told workers ... <party> spokesman Jo Roe said")?  Such
    a person is someone new, not the one the description stood for."""
    heads = {head} | _TITLE_KIN.get(head, set())
    text = ctx.text
    end = q + len(p.name) if text.startswith(p.name, q) else q + len(p.surname)
    after = _OWN_ROLE_AFTER.match(text, end)
    if after is not None:
        words = set(_LOWER_WORD.findall(after.group("role").lower()))
        return not words & heads and any(w in PERSON_HEADS or w in PEOPLE_NOUNS or w in PUBLIC_OFFICES
                                         or _DOER.search(w) for w in words)
    before = _OWN_ROLE_BEFORE.search(text, max(0, q - 40), q)
    if before is None:
        return False
    last = before.group("last").lower()
    return last not in heads and last in (PERSON_HEADS | PUBLIC_OFFICES)


def later_new_speaker(ctx, claims, end: int, mention: str = "") -> Person | None:
    """The first person introduced after ``end`` who is then quoted: "A former
    party chairman says ... said Don Fowler"; not one the text introduces with
    another description of their own (``_introduced_as_other``).  Only in the
    headline and the lead paragraph, where a story names its first speaker a
    sentence late; further on, "a judge", "a firm executive" is someone the
    story leaves unnamed, not the next person it quotes."""
    if bisect.bisect_right(ctx.pstarts, end) - 1 > _LEAD_PARAGRAPHS:
        return None
    words = _MENTION_WORD.findall(mention)
    head = words[-1].lower() if words else ""
    speakers = set()
    i = _unit_index(ctx, end)
    if i >= 0:
        end = max(end, ctx.units[i][1])  # not someone named in the same sentence
    for c in claims:
        if c.source is not None and end < c.source.start < end + 1500:
            q = ctx.people.person_in(c.source.start, c.source.end)
            if q is not None and q.first > end:
                speakers.add(q.name)
    for q, p in ctx.people.mentions_in(end, end + 1500):
        if p.name in speakers:
            return None if head and _introduced_as_other(ctx, p, q, head) else p
    return None


_TITLE_KIN = {"judge": {"justice"}, "justice": {"judge"}, "chairman": {"chair", "chairwoman", "chairperson"},
              "chairwoman": {"chair", "chairman", "chairperson"}, "lawmaker": {"senator", "representative",
              "congressman", "congresswoman", "rep", "sen"}}


def _office_of_named_body(words: list[str]) -> bool:
    """ "The Kelp Assembly Against Harbour Tolls Vice Chair": a capitalised office
    after a body's long name (four capitals or more) -- that body's officer,
    whom the article has not named; not "The New York Mayor", "the Kelp County
    District Attorney"."""
    return words[-1][:1].isupper() and sum(w[:1].isupper() for w in words[1:-1]) >= 4


def _named_by_capitals(words: list[str]) -> bool:
    """ "the Philippine Star", "The Daily Star": a capitalised head of two
    senses (a person's or a body's: star, host, head) after a capitalised
    word -- a name, not a description as "the Kentucky Republican" or "the
    Labour Chancellor" are."""
    head = words[-1]
    return head[:1].isupper() and head.lower() in TITLE_WORDS_AMBIGUOUS and words[-2][:1].isupper() \
        and words[-2].lower() not in ("the", "his", "her", "their")


# a role's own words end before these ("aide to the Senator", "head of the board")
OF_ANOTHER = re.compile(r"\b(?:to|of|for|with|under|by)\b")


def holds_another_office(role: str | None, head: str) -> bool:
    """Whether a known role is a public office other than the office ``head``
    names (or its kin: "Senator" is a "lawmaker"): "President" for "the lawmaker".
    Only the role's own words count, before any "of"/"to"/"for" ("aide to the
    Senator"); a president may be one of any body, so "the president" agrees
    with every role, and a premier is a prime minister."""
    heads = {head} | _TITLE_KIN.get(head, set())
    if not role or head == "president" or not heads & PUBLIC_OFFICES:
        return False
    own = OF_ANOTHER.split(role.lower(), maxsplit=1)[0]
    held = {w for w in _LOWER_WORD.findall(own) if w in PUBLIC_OFFICES}
    if not held or held & heads:
        return False
    return not (heads & PREMIER_WORDS and held <= PREMIER_WORDS)


_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ean|ese|ish|i|ic)")


def _nationalities(words) -> set[str]:
    return {w for w in words if _NATIONALITY.fullmatch(w) and w not in NOT_NATIONALITIES}


def other_nationality(mention: str, role: str | None) -> bool:
    """Does a description name one country's office ("the Iranian president")
    and the person's known role only another's ("Zimbabwean president")?"""
    if not role:
        return False
    ours = _nationalities(_MENTION_WORD.findall(mention))
    if not ours:
        return False
    theirs = _nationalities(_MENTION_WORD.findall(role))
    # (a country and its people share their first letters: "Iran" is an "Iranian"'s)
    return bool(theirs) and not {w[:4] for w in ours} & {w[:4] for w in theirs}


def description_antecedent(ctx, mention: str, pos: int) -> Person | None:
    """The person a definite description ("the GOP nominee", "The New York
    businessman") stands for: the most mentioned person of the last sentences,
    not one whose known role is another office ("President Bush" is no "the
    lawmaker")."""
    if mention[:3].lower() not in ("the", "his", "her"):
        return None
    words = _MENTION_WORD.findall(mention)
    if len(words) < 2 or words[0].lower() not in ("the", "his", "her", "their") or \
            words[-1].lower() not in PERSON_HEADS or _office_of_named_body(words) or _named_by_capitals(words):
        return None
    head = words[-1].lower()
    gender = next((_HEAD_GENDER[w.lower()] for w in words if w.lower() in _HEAD_GENDER), None)
    i = _unit_index(ctx, pos)
    if i < 0:
        return None
    lo = ctx.units[max(0, i - _BACK_UNITS)][0]
    counts: dict[str, list] = {}
    text = ctx.text
    for q, p in ctx.people.mentions_in(lo, pos):
        if gender and ctx.people.gender(p) not in (None, gender) or holds_another_office(p.role, head) \
                or other_nationality(mention, p.role):
            continue
        end = q + len(p.name) if text.startswith(p.name, q) else q + len(p.surname)
        if _CAPITAL_AFTER_SPACE.match(text[end:end + 2]):
            continue  # "the Clinton Foundation": part of another name
        entry = counts.setdefault(p.name, [0, 0, p])
        entry[0] += 1 if _OBLIQUE.search(text, max(0, q - 60), q) else 2
        entry[1] = q
    if not counts:
        return None
    for k in range(max(0, i - _BACK_UNITS), i + 1):
        s, e = ctx.units[k]
        subject = _pick(ctx, ctx.people.mentions_in(s, min(e, pos)), gender, None, s, min(e, pos))
        if subject is not None and subject.name in counts:
            counts[subject.name][0] += 1  # a sentence's subject: "Jo Roe said ... had Ann Vole ..."
    return max(counts.values(), key=lambda v: (v[0], v[1]))[2]


# "which"/"that" right after a capitalised body: "the Chicago Police Department which reported"
_PEOPLE_NOUN = re.compile(r"(?:man|men|woman|women|person|people|er|ers|or|ors|ist|ists|ian|ians|ant|ants)$")
# a lower-case noun phrase right before a relative pronoun: "a joint statement which", "a man who"
_NOUN_PHRASE_BEFORE = re.compile(r"(?P<np>\b(?:a|an|the|its|their|his|her|one|another)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?P<head>[a-z]+))\s*,?\s*$")
# (round 50) the same at a sentence's opening, its determiner capitalised ("The harbour ministry, which said",
# "A new law that proposes"): at most two lower-case words before the head, no verb, determiner or count among
# them ("The reports surprised most analysts, who": the analysts)
_OPENING_NOUN_PHRASE_BEFORE = re.compile(
    r"(?:^|[.!?:;]\s+|\n\s*)[\"'\u201c]?(?P<np>(?:A|An|The|Its|Their|His|Her|One|Another)\s+"
    r"(?:(?!(?:a|an|the|its|their|his|her|most|many|some|all|several)\s|[a-z]+ed\s)[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z]+))\s*,?\s*$")
_BODY_BEFORE = re.compile(r"(?:the\s+)?(?P<np>(?:[A-Z][\w.&'\u2019-]*\s+){0,5}[A-Z][\w.&'\u2019-]*)\s*,?\s*$")
# a name may hold "of", "for" and "the" between its capitals ("the Department of
# Justice, which", "Friends of the Earth, which", "the Stop the War Coalition,
# who"); read again so only when the plain run is preceded by such a link
_BODY_WITH_LINKS = re.compile(r"(?:the\s+)?(?P<np>(?:[A-Z][\w.&'\u2019-]*\s+(?:(?:of|for)\s+(?:the\s+)?|the\s+)?)"
                              r"{0,5}[A-Z][\w.&'\u2019-]*)\s*,?\s*$")
_LINK_BEFORE = re.compile(r"[A-Z][\w.&'\u2019-]*\s+(?:of|for)\s+(?:the\s+)?$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.&'\u2019-]*\s+$")


def _body_before(text: str, pos: int) -> re.Match | None:
    """The run of capitals before ``pos``, with the words before it when they
    link it into a longer name ("Department of" before "Justice")."""
    m = _BODY_BEFORE.search(text, max(0, pos - 80), pos)
    if m is None:
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if _LINK_BEFORE.search(before) or (m.group(0).startswith("the") and _CAPITAL_BEFORE.search(before)):
        return _BODY_WITH_LINKS.search(text, max(0, pos - 80), pos) or m
    return m


_DETERMINER_AFTER_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(LOWER_PREPOSITIONS | PREPOSITIONS_BEYOND_STOPWORDS | {"under", "after", "before"}))
    + r")\s+(?P<np>(?:a|an|the|its|their|his|her)\s.*)$")


def _after_last_preposition(np: str) -> str:
    """The noun phrase a relative follows, from the determiner after its last
    preposition ("her message under a headline" -> "a headline")."""
    m = None
    for m in _DETERMINER_AFTER_PREPOSITION.finditer(np):
        pass
    return m.group("np") if m is not None else np


# a time between a noun phrase and its relative ("Friday afternoon", "earlier this year", "on Monday")
_TIME_BEFORE = re.compile(
    r"\s+(?:(?:on\s+)?(?:" + "|".join(w.capitalize() for w in WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening)"
    r"|yesterday|today)\s*,?\s*$")


def _document_then_preposition(np: str) -> bool:
    """Is the head of ``np`` a document noun before a preposition ("a letter
    from his doctor", "a report by the panel")?"""
    words = np.split()
    j = next((k for k in range(1, len(words)) if words[k] in LOWER_PREPOSITIONS), 0)
    return j > 0 and words[j - 1] in DOCUMENT_NOUNS


# what may stand between a document and the relative that says what it says: a time, a place, a participle's
# phrase ("the report on her email practices that", "a document, now described as incomplete, which") -- no
# finite verb, conjunction or other relative (then the relative follows some other clause's noun)
_NOT_A_MODIFIER_RUN = re.compile(r"[;:\u2014\"\u201c\u201d()]|\b(?:is|are|was|were|has|have|had|be|been|and|or|but|"
                                 r"said|says|who|whom|which|that|where|when|while|after|before|because|if)\b")
_DOCUMENT_REACH = 80


def _document_across_modifier(ctx, pos: int) -> str | None:
    """The document a relative "which"/"that" at ``pos`` says for when a modifier stands between them ("the
    report on her email practices that suggested ...", "a document, now described as incomplete, which says
    ..."): the last document noun phrase of the same sentence within reach, outside quotations, with no
    finite verb, conjunction or relative between; else None."""
    i = _unit_index(ctx, pos)
    if i < 0:
        return None
    lo = max(ctx.units[i][0], pos - _DOCUMENT_REACH)
    found = [m for m in _THE_DOCUMENT_NP.finditer(ctx.text, lo, pos) if m.end() < pos]
    if not found:
        return None
    m = found[-1]
    if inside_quote(ctx, m.start()) is not None or _NOT_A_MODIFIER_RUN.search(ctx.text, m.end(), pos):
        return None
    return m.group(0)


def _noun_phrase_before(ctx, pos: int, end: int) -> re.Match | None:
    """The noun phrase with its determiner that ends at ``end``, before the relative at ``pos``: inside a
    sentence, or (round 50) opening one ("The harbour ministry, which said"); not an indefinite person opening
    a sentence before "who" ("A woman who has accused ...": one brought in, whom the article may name next)."""
    np = _NOUN_PHRASE_BEFORE.search(ctx.text, max(0, end - 60), end)
    if np is not None:
        return np
    np = _OPENING_NOUN_PHRASE_BEFORE.search(ctx.text, max(0, end - 60), end)
    if np is not None and ctx.text.startswith("who", pos) and np.group("np").split()[0] in ("A", "An"):
        return None
    if np is not None and _bare_plural_before(ctx.text, pos, ctx.text.startswith("who", pos)) is not None:
        return None  # ("The harbour party made statements which": the plural right before, as before)
    return np


def relative_body(ctx, pos: int) -> str | None:
    """The capitalised body a relative "which"/"that"/"who" at ``pos`` follows,
    or the document ("a joint statement which declared that ...")."""
    m = _body_before(ctx.text, pos)
    if m is None:
        time = _TIME_BEFORE.search(ctx.text, max(0, pos - 40), pos)
        end = time.start() if time is not None else pos  # ("a letter from his doctor Friday afternoon that")
        np = _noun_phrase_before(ctx, pos, end)
        if np is None:
            far = None if ctx.text.startswith("who", pos) else _document_across_modifier(ctx, pos)
            return far or _bare_plural_before(ctx.text, pos, ctx.text.startswith("who", pos))
        if ctx.text.startswith("who", pos):
            # "a man who said ...": the man (a noun of people, not "the road who")
            return np.group("np") if _PEOPLE_NOUN.search(np.group("head")) or np.group("head") in _PEOPLE_HEADS \
                else None
        # "a government that promised ...": a body speaks as a document does; so does
        # what the press runs ("a piece that noted", "the same newspaper that revealed")
        head = np.group("head")
        if head not in DOCUMENT_NOUNS and _document_then_preposition(np.group("np")):
            return np.group("np")  # ("a letter from his doctor that says": the letter)
        if head not in DOCUMENT_NOUNS and head not in _BODY_HEADS:
            far = _document_across_modifier(ctx, pos)
            if far is not None:
                return far  # (round 50) "a document, now described as incomplete, which says"
        found = _after_last_preposition(np.group("np"))
        if found.split()[-1] not in DOCUMENT_NOUNS or found == np.group("np") or not np.group("np")[
                :len(np.group("np")) - len(found)].split()[1].islower():
            found = np.group("np")  # (not "a survey to the panel", "the CPRK in a statement")
        return found if head in DOCUMENT_NOUNS or head in _BODY_HEADS \
            or sourcing.classify(found, False) == "media_report" else None
    np = m.group("np")
    first = np.split()[0]
    if first.lower() in SENTENCE_OPENERS and len(np.split()) == 1:
        return None
    if ctx.text.startswith("who", pos):
        head = _PLACE_PP_HEAD.search(ctx.text, max(0, m.start() - 60), m.start())
        if head is not None:
            # "nervous farmers in Iowa, who ...": the people, not the place
            return ctx.text[head.start("head"):m.end("np")]
    return np


# the lower-case word a relative pronoun follows ("a headline that said", "a suicide bombing which claimed")
_WORD_BEFORE_RELATIVE = re.compile(r"\b(?P<word>[a-z][a-z'\u2019-]*)\s*,?\s*$")


def follows_common_noun(ctx, pos: int) -> bool:
    """Does the relative "that"/"which" at ``pos`` follow a lower-case word
    that is no function word ("a headline that said", "a bombing which
    claimed")?  Then the relative stands for that noun phrase, never for a
    body or group of the sentences before: what ``relative_body`` does not
    take as a speaker names no one (not "Defiance" two sentences back)."""
    m = _WORD_BEFORE_RELATIVE.search(ctx.text, max(0, pos - 40), pos)
    return m is not None and m.group("word") not in STOPWORDS and m.group("word") not in LOWER_PREPOSITIONS


def in_own_sentence(ctx, mention: str, claim) -> bool:
    """Is ``mention`` written in the sentence of ``claim``'s source, before it,
    or is that sentence's subject an "it"/"they" (which stands for it)?
    ("Greenpeace recommended a post on its blog, which said": a relative may
    stand for its own sentence's body, never for one sentences back.)"""
    i = _unit_index(ctx, claim.source.start)
    if i < 0:
        return False
    us = ctx.units[i][0]
    subj = unit_subject(ctx, us, claim.source.start)
    if subj is not None and ctx.text[subj[0]:subj[1]].lower() in ("they", "it"):
        return True  # ("They passed out bottles that said ...": the group the sentence's "they" stands for)
    return mention in ctx.text[us:claim.source.start]


# the verbs by which a sentence's subject puts out its own words ("The ministry issued a statement")
_STATEMENT_NOUNS = frozenset(("statement", "letter", "release", "communique", "communiqu\u00e9", "message", "note"))
_ISSUED_BEFORE = re.compile(r"\s(?:has\s+|had\s+|have\s+)?(?:issued|released|put\s+out|published|sent\s+out|"
                            r"ran|carried|aired|printed)\s+$")


def document_issuer(ctx, pos: int, np: str) -> tuple[int, int] | None:
    """The span of the subject that put out the statement ``np`` a relative at
    ``pos`` follows ("The ministry issued a statement which said ...": the
    statement speaks for the ministry, as "a statement released by the
    ministry said" does), or None when the document's verb is no such verb or
    its subject is not the sentence's."""
    if np.split()[-1].lower() not in _STATEMENT_NOUNS | JOURNALISM_PIECES:
        return None  # (records, a report or a study one releases are not one's own words)
    at = ctx.text.rfind(np, max(0, pos - 80), pos)
    i = _unit_index(ctx, pos)
    if at < 0 or i < 0:
        return None
    s, e = ctx.units[i]
    verb = _ISSUED_BEFORE.search(ctx.text, max(s, at - 30), at)
    subj = unit_subject(ctx, s, e) if verb is not None else None
    if subj is None or ctx.text[subj[1]:verb.start()].strip():
        return None
    return subj[0], subj[1]


def issuer_or_document(ctx, pos: int, np: str) -> tuple[str, str]:
    """(speaker, sourcing) of a document or body ``np`` named before ``pos``: a
    statement the sentence's subject put out speaks for that subject
    (``document_issuer``), else the document or body itself."""
    code = sourcing.classify(np, False)
    span = document_issuer(ctx, pos, np) if code in ("document", "media_report") else None
    if span is None:
        return np, code
    person = ctx.people.head_person_in(*span)
    if person is not None:
        return person.name, "named_person"
    issuer = ctx.text[span[0]:span[1]]
    # (a piece an outlet ran is the press's, whatever the outlet's name looks like)
    return issuer, code if code == "media_report" else sourcing.classify(issuer, False)


# the words that end a bare plural noun phrase on its left ("condemned by critics")
_BARE_STOP = re.compile(r"(?:[a-z]+ed|[a-z]+ing|by|of|to|for|from|with|in|on|at|as|than|like|among|about|against|"
                        r"is|are|was|were|be|been|has|have|had|says?|said|but|while|whereas|including|such)$")


def _bare_plural_before(text: str, pos: int, who: bool) -> str | None:
    """ "critics and campaigners, who say ...", "opinion polls that showed
    ...": the plural noun phrase with no determiner right before a relative
    pronoun (its head a noun of people after "who", of documents after
    "that"/"which"; its words running back to a preposition or a verb)."""
    words = re.findall(r"[\w'\u2019-]+|[^\w\s]", text[max(0, pos - 80):pos])
    if words and words[-1] == ",":
        words.pop()
    if not words or not words[-1].isalpha() or not words[-1].islower() \
            or not words[-1].endswith(("s", "people", "men")):  # (plurals without an "s": "people who")
        return None
    head = words[-1]
    if not (head in DOCUMENT_NOUNS and not who
            or who and (_PEOPLE_NOUN.search(head) or head in _PEOPLE_HEADS or head[:-1] in PEOPLE_NOUNS)):
        return None
    return " ".join(words[_plural_run_start(words, who):])


def _plural_run_start(words: list[str], joins: bool) -> int:
    """Where the bare plural that ends ``words`` starts: its lower-case words
    back to a preposition or a verb (nor an irregular one: "made statements
    which"), at most four before the head, and past an "and"/"or" only when
    ``joins`` ("critics and campaigners, who")."""
    k = len(words) - 1
    while k > 0 and len(words) - k < 5 and words[k - 1].replace("-", "").isalpha() and words[k - 1].islower() \
            and not _BARE_STOP.match(words[k - 1]) and words[k - 1] not in IRREGULAR_PASTS \
            and (joins or words[k - 1] not in ("and", "or")):
        k -= 1
    if words[k] in ("and", "or"):
        k += 1
    return k


# (round 46) the plural heads of bodies and of those who speak for them that a bare "who" may follow ("Kelpish
# authorities who said", "welfare organisations who claimed"), beyond the nouns of people
_SPEAKING_PLURALS = frozenset(OFFICIAL_NOUNS | {"organizations", "organisations", "agencies", "companies", "firms",
                                                "groups", "unions", "charities"})


# the word and the preposition before a noun phrase ("official from", "refuted by")
_PREPOSITION_BEFORE = re.compile(r"\b(?P<word>[\w'\u2019-]+)\s+(?P<prep>[a-z]+)\s+$")


def _object_of_a_noun(text: str, start: int) -> bool:
    """Is the noun phrase at ``start`` the object of a preposition after a noun
    ("an official from [her own party]", "a faction in [the government]"), so
    that a relative after it may stand for that noun; not after a verb
    ("refuted by [the company]", "sold to [the firm]")?"""
    m = _PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("prep") not in LOWER_PREPOSITIONS:
        return False
    word = m.group("word").lower()
    return not (word.endswith("ed") or word in IRREGULAR_PASTS or word in FINITE_AUX)


def _same_kind(longer: str, shorter: str) -> bool:
    """Does a capitalised word before a plural leave its kind as it was ("Kelpish authorities", officials
    still; not "Kelpish ex-prisoners", which the classifier would read as a name)?"""
    return sourcing.classify(longer, False) == sourcing.classify(shorter, False)


def relative_group(ctx, pos: int) -> str | None:
    """What a "who" at ``pos`` that names no person stands for: a body's common
    noun with its determiner ("the company who said", as British news writes
    of a body), or a bare plural of people, of officials or of bodies right
    before it ("Kelpish authorities who said", "four ex-prisoners who say");
    None otherwise.  Asked only after no person was found for the "who", so a
    person's own "who" ("Jo Roe of the ministry, who said") never comes here."""
    text = ctx.text
    np = _NOUN_PHRASE_BEFORE.search(text, max(0, pos - 60), pos)
    if np is not None and _object_of_a_noun(text, np.start()):
        return None  # ("an official from her own party, who said": the official, a phrase longer than the match)
    if np is not None:
        # the head is the noun before the phrase's first preposition ("an official from her party": the official)
        found = np.group("np").split()
        j = next((k for k in range(1, len(found)) if found[k] in LOWER_PREPOSITIONS), len(found))
        head = found[j - 1]
        if head in OFFICIAL_NOUNS or head in PERSON_DESCRIPTION_HEADS or (
                head in _BODY_HEADS and head not in ("family", "staff")):
            return np.group("np")
    words = re.findall(r"[\w'\u2019-]+|[^\w\s]", text[max(0, pos - 80):pos])
    if words and words[-1] == ",":
        words.pop()
    if not words or words[-1].lower() != words[-1] or not words[-1].endswith("s"):
        return None
    head = words[-1].rsplit("-", 1)[-1]  # ("ex-prisoners": the prisoners)
    if head not in _SPEAKING_PLURALS and not _PEOPLE_NOUN.search(head) and head[:-1] not in PEOPLE_NOUNS:
        return None
    k = _plural_run_start(words, False)
    if k > 1 and words[k - 1][:1].isupper() and words[k - 1].isalpha() and words[k - 2].islower() \
            and words[k - 1].lower() not in SENTENCE_OPENERS \
            and _same_kind(" ".join(words[k - 1:]), " ".join(words[k:])):
        k -= 1  # (a people's or a place's word before them: "Kelpish authorities who")
    return " ".join(words[k:])


# a plural head before the place a relative "who" follows: "farmers in", "Democrats on"
_PLACE_PP_HEAD = re.compile(r"(?P<head>(?:(?:the|some|many|most|several|other)\s+)?[A-Za-z][a-z]+s)\s+"
                            r"(?:in|on|at|from|across)\s+$")


_BODY_HEADS = {"council", "committee", "board", "group", "team", "party", "government", "administration",
               "company", "campaign", "court", "panel", "commission", "police", "union", "coalition", "alliance",
               "family", "staff", "congress", "senate", "house", "parliament", "ministry", "department"}
_NOT_GROUPS = {"it", "they", "he", "she", "who", "which", "i", "we", "you", "that"}
# the pronouns that only ever stand for people (not "it", "they", "who")
_PERSON_PRONOUNS = frozenset(p for p, kind in PERSON_PRONOUNS.items() if kind in ("m", "f", "1", "1p", "2"))


def _np_head(words: list[str]) -> str:
    """The head word of a noun phrase's words: the last word before a
    post-modifier ("Residents of the valley", "farmers in Kelp"), the noun
    after a count ("Hundreds of protesters")."""
    j = next((k for k in range(1, len(words)) if words[k].lower() in LOWER_PREPOSITIONS), len(words))
    head = words[j - 1]
    if j < len(words) and head.lower() in COUNT_HEADS and words[j].lower() == "of":
        rest = [w for w in words[j + 1:] if w.lower() != "the"]
        return _np_head(rest) if rest else head
    return head


def _fits(np: str, pronoun: str) -> bool:
    """Whether a noun phrase can be what "it"/"they" stands for."""
    words = _NP_WORD.findall(np)
    if not words or words[0].lower() in _NOT_GROUPS:
        return False
    return any(_head_fits(words, head.lower().rstrip("."), pronoun) for head in {words[-1], _np_head(words)})


def _head_fits(words: list[str], head: str, pronoun: str) -> bool:
    if pronoun == "they":
        return head.endswith("s") or head in _BODY_HEADS
    if head.endswith("s") and head not in _BODY_HEADS and (
            words[0].lower() in _COUNTING or words[0].isdigit()
            or _people_plural(head) and (words[-1][:1].islower() or len(words) == 1)):
        # ("Two Americans were killed. ... it said"; "Analysts say", "the analysts": people, no "it";
        # but "The Kelpians ... its campaign" may be their country, "Liberal Democrats" a party)
        return False
    return not head.endswith("s") or head in _BODY_HEADS or words[-1][:1].isupper()


# words that count what follows them: a plural, never an "it"
_COUNTING = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                       "thousands", "many", "several", "some", "few", "both", "all", "most"))


def _group_code(np: str) -> str:
    code = sourcing.classify(np, False)
    words = np.split()
    for head in (words[-1], _np_head(words)):
        if code == "named_org" and _people_plural(head.lower()) and (head.islower() or np.startswith(head)):
            return "collective_unnamed"  # "Hundreds of protesters", "Residents" opening a sentence: no name
        if code == "anonymous_generic" and head[:1].islower() and head.endswith("s"):
            return "collective_unnamed"  # "The miners ... They said"
    return code


def _own_subject_group(ctx, us: int, pos: int, low: str) -> tuple[str, str] | None:
    """ "Kelp officials presented material they say links ...", "Researchers
    struck against what they call ...": a "they" inside its own sentence, after
    that sentence's plural subject, stands for it (not for a group of the
    sentences before); so does an "it" after a body's name ("Kelp Radio aired a
    tape it says ...")."""
    before = ctx.text[us:pos].rstrip()
    if low not in ("they", "it") or not before.strip(" \"'\u201c\u201d(") or before.endswith(","):
        return None  # (nor a parenthetical cue: "Kelp voters, they claim, should wait")
    subj = unit_subject(ctx, us, pos)
    if subj is None or subj[1] >= pos:
        return None
    np = ctx.text[subj[0]:subj[1]]
    if not _speaking_group(np) or ctx.people.head_person_in(subj[0], subj[1]) is not None or not _fits(np, low):
        return None
    code = _group_code(np)
    if low == "it" and not _body_named(ctx, np, code):
        return None
    return None if code == "author" else (np, code)


_BODY_CODES = ("named_org", "media_report", "document")
_NAME_IN_RUNNING_TEXT = r"[a-z,]\s"


def _body_named(ctx, np: str, code: str) -> bool:
    """Is a sentence's subject a body an "it" can stand for: a body, an outlet
    or a document by its code, not opened by a sentence adverb or an opener
    ("Already", "According"), and if one word, a name the article also writes
    capitalised inside a sentence (not a sentence's first word alone)?"""
    words = np.split()
    first = words[0].lower()
    if code not in _BODY_CODES or first in OPENING_WORDS or first in _NOT_SUBJECT_OPENERS \
            or first in ("another", "last", "next", "already", "according"):
        return False
    if len(words) > 1:
        return True
    word = words[0]
    if len(word) > 1 and word.isupper() and word.isalpha():
        return True  # (round 46) an acronym is a name wherever it stands ("KPIC has documents which it says")
    return not word.endswith(("ing", "ly", "ish")) and \
        re.search(_NAME_IN_RUNNING_TEXT + re.escape(word) + r"\b", ctx.text) is not None


_NOT_SUBJECT_OPENERS = LOWER_PREPOSITIONS | {"what", "how", "why", "where", "when", "as", "despite", "this", "these",
                                             "those", "there", "here"}


def _speaking_group(np: str) -> bool:
    """A noun phrase that can say or believe: people ("protesters", "the
    militants"), a body ("the police", "the Kelp government"), a name -- not
    "Such access", "The incidents", nor an opening word read as a subject
    ("As", "In April this")."""
    words = _NP_WORD.findall(np)
    first = words[0].lower().replace("\u2019", "'").removesuffix("'s") if words else ""
    if not first or first in _NOT_GROUPS or first in _NOT_SUBJECT_OPENERS:
        return False  # (nor "That's because ... they")
    head = words[-1]
    low = head.lower()
    return len(low) > 3 and (head[:1].isupper() or low in _PEOPLE_HEADS or low in _BODY_HEADS
                             or low.rstrip("s") in _BODY_HEADS or _PEOPLE_NOUN.search(low) is not None)


# a plural noun of people anywhere in a sentence (an object, a possessor, inside
# a prepositional phrase): "met the harbour workers", "a meeting of farmers"
_PLURAL_PEOPLE = re.compile(r"(?:\b(?P<det>[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|"
                            r"[Hh]undreds\s+of|[Tt]housands\s+of|[Dd]ozens\s+of|\d[\d,]*)\s+(?:[a-z][\w-]*\s+)?)?"
                            r"\b(?P<head>[A-Za-z][a-z]{2,}s)\b(?!['\u2019])"
                            r"(?P<pp>\s+(?:of|from|in)\s+(?:the\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}"
                            r"(?!(?:had|has|have|was|were|is|are|will|would|said|says|[a-z]+ed)\b)[a-z]{3,}\b(?!['\u2019])|"
                            r"(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,4}[A-Z][\w.&-]*))?")
_NOT_PEOPLE_GROUPS = DOCUMENT_NOUNS | NON_PEOPLE_PLURALS


_NAME_AFTER = re.compile(r"\s+[A-Z]")  # "candidates Jo Roe and Ann Vole": named people, no group


def _people_plural(head: str) -> bool:
    return head not in _NOT_PEOPLE_GROUPS and (head in _PEOPLE_HEADS or head[:-1] in PEOPLE_NOUNS)


def _plural_group_in(ctx, s: int, e: int) -> str | None:
    """The one plural group of people a sentence names outside its subject
    ("The mayor met the harbour workers."); None when it names none, or two."""
    lead = s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip(" \"'\u201c"))
    found = {m.group(0).strip(): m.group("head").lower() for m in _PLURAL_PEOPLE.finditer(ctx.text, s, e)
             if _people_plural(m.group("head").lower()) and (m.group("head").islower() or m.start() == lead)
             and inside_quote(ctx, m.start("head")) is None and not _NAME_AFTER.match(ctx.text, m.end("head"))}
    heads = set(found.values())
    return max(found, key=len) if len(heads) == 1 else None


_SUBJECT_OF_POSSESSIVE = {"their": "they", "its": "it"}
# a document or piece named after a sentence's subject, by its singular noun: "after the release of a
# harbour board report", "under the new law" (a noun before "of" heads some other phrase: "the release of")
_NOT_A_MODIFIER = "|".join(sorted(LOWER_PREPOSITIONS | {"and", "or", "that", "which", "who", "a", "an", "the"}))
_DOCUMENT_NP = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)\s+"
    r"(?:(?!(?:" + _NOT_A_MODIFIER + r")\b)[\w.'\u2019-]+\s+){0,4}?"
    r"(?:" + "|".join(sorted(sorted(w for w in DOCUMENT_NOUNS | JOURNALISM_PIECES if not w.endswith("s")),
                             key=len, reverse=True)) + r")\b"
    r"(?=\s*(?:[,.;:)\u2014]|$)|\s+(?!of\b)(?:" + _NOT_A_MODIFIER + r"|[a-z]+ed|is|was|has|had|will|would)\b)")


def _names_a_person(np: str) -> bool:
    """Is a sentence's subject a person, named or described ("The mayor", "a judge", "One teenager")?
    An "it" never stands for one."""
    words = _NP_WORD.findall(np)
    if not words:
        return False
    head = _np_head(words).lower()
    return head in PERSON_DESCRIPTION_HEADS or head.endswith(("man", "woman", "person")) \
        or sourcing.classify(np, False) in ("named_person", "unnamed_official")


def _one_document_in(ctx, s: int, e: int, pattern: re.Pattern = _DOCUMENT_NP) -> tuple[str, str] | None:
    """(speaker, sourcing) of the one document or piece a span names outside quotations (its issuer's, when
    the sentence's subject put it out: "Jo Roe issued a statement. It said ..."), else None."""
    found = [m for m in pattern.finditer(ctx.text, s, e) if inside_quote(ctx, m.start()) is None]
    if len(found) != 1:
        return None
    return issuer_or_document(ctx, found[0].end(), found[0].group(0))


# (round 50) the same noun phrase, also before a present-tense verb ("The new law stipulates", "the report
# notes"), and never one's own ("its report", "his letter": the owner's words); for the "it" whose sentence,
# or the sentence before, names no body the "it" can stand for
_THE_DOCUMENT_NP = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his)\s+"
    r"(?:(?!(?:" + _NOT_A_MODIFIER + r")\b)[\w.'\u2019-]+\s+){0,4}?"
    r"(?:" + "|".join(sorted(sorted(w for w in DOCUMENT_NOUNS | JOURNALISM_PIECES if not w.endswith("s")),
                             key=len, reverse=True)) + r")\b"
    r"(?=\s*(?:[,.;:)\u2014]|$)|\s+(?!of\b)(?:" + _NOT_A_MODIFIER + r"|[a-z]+ed|[a-z]+(?<!s)s|[a-z]+ly|is|was|has|"
    r"had|will|would)\b)")
# the words a sentence may open with before the document an "it" of the same sentence stands for ("While the
# report is critical of the mayor, it also says ..."); not "In": "In a statement, it said" is the body's voice
_CLAUSE_OPENERS = frozenset(("while", "although", "though", "whereas", "but", "however", "and", "yet"))


def _document_opening_own_sentence(ctx, us: int, pos: int) -> tuple[str, str] | None:
    """(speaker, sourcing) of the document that opens the sentence of an "it" at ``pos`` (after at most one
    opening word), the one document that sentence names before the "it"; else None.  A body or person
    opening the sentence ("After the ministry published the report, it said") is what the "it" stands for,
    not the document, so the document must come first."""
    found = [m for m in _THE_DOCUMENT_NP.finditer(ctx.text, us, pos) if inside_quote(ctx, m.start()) is None]
    if len(found) != 1:
        return None
    lead = ctx.text[us:found[0].start()].strip(" \"'\u201c(").split()
    if len(lead) > 1 or (lead and lead[0].lower().rstrip(",") not in _CLAUSE_OPENERS):
        return None
    return issuer_or_document(ctx, found[0].end(), found[0].group(0))


def _opening_word(np: str) -> bool:
    """A lone word that opens a sentence without naming anything ("So, too, is
    ...", "Still, ...", "Are you ...?"): an adverb, a conjunction or the
    auxiliary of a question, no body for an "it" or a "they"."""
    low = np.strip().lower()
    return " " not in low and (low in _NOT_SUBJECT_OPENERS or low in OPENING_WORDS)


def group_antecedent(ctx, claim, claims) -> tuple[str, str] | None:
    """(speaker, sourcing) for an "it"/"they" that stands for the body or group
    of a recent claim or of a recent sentence's subject."""
    pos = claim.source.start
    low = claim.source.text.strip().lower()
    low = _SUBJECT_OF_POSSESSIVE.get(low, low)  # ("their claim that ...": what "they" stands for)
    i = _unit_index(ctx, pos)
    if i < 0:
        return None
    own = _own_subject_group(ctx, ctx.units[i][0], pos, low)
    if own is not None:
        return own
    if low == "it":
        own = _document_opening_own_sentence(ctx, ctx.units[i][0], pos)
        if own is not None:
            return own
    lo = ctx.units[max(0, i - 2)][0]
    prev = [c for c in claims if c is not claim and c.source is not None and lo <= c.source.start < pos
            and c.sourcing not in ("named_person", "author", "unattributed_hedged")
            and c.speaker and _fits(c.speaker, low) and not (low == "it" and _names_a_person(c.speaker))]
    if prev:
        c = max(prev, key=lambda c: c.source.start)
        return c.speaker, c.sourcing
    return _sentence_subject_group(ctx, i, low, pos)


def _opens_its_sentence(ctx, us: int, pos: int) -> bool:
    """Is the pronoun at ``pos`` its sentence's subject, with at most one opening word before it ("It said",
    "But it also says"), not a pronoun inside a later clause ("Documents began circulating after it ...")?"""
    lead = ctx.text[us:pos].strip(" \"'\u201c(").split()
    return not lead or (len(lead) == 1 and lead[0].lower().rstrip(",") in _CLAUSE_OPENERS | {"still", "also", "then"})


def _sentence_subject_group(ctx, i: int, low: str, pos: int | None = None) -> tuple[str, str] | None:
    """(speaker, sourcing) of the body or group an "it"/"they" of unit ``i``
    stands for, read from the subjects of the two sentences before (a
    sentence opening on the same pronoun lets the search go one further)."""
    k, stop = i, max(-1, i - 3)
    opens_sentence = pos is not None and _opens_its_sentence(ctx, ctx.units[i][0], pos)
    while k - 1 > stop:
        k -= 1
        s, e = ctx.units[k]
        subj = unit_subject(ctx, s, e)
        np = ctx.text[subj[0]:subj[1]] if subj is not None else ""
        if np.lower() == low and _continues_subject(ctx.text, subj[1]):
            stop = max(-1, stop - 1)  # "... created the Kelp Alliance. It has an office. It accuses ...": the same "it"
            continue
        named = _listed_people(ctx, subj[0], subj[1]) if np and low == "they" else None
        if named is not None:
            return named.names, "named_person"  # "Jo Roe and Ann Vole met the board. They said ..."
        if np and low == "it" and (np.split()[0].lower() in _PERSON_PRONOUNS or _names_a_person(np)
                                   or ctx.people.head_person_in(subj[0], subj[1]) is not None):
            return _one_document_in(ctx, subj[1], e)  # an "it" is no person: the one document the sentence names
        if np and (np.split()[0].lower() in _NOT_GROUPS or ctx.people.head_person_in(subj[0], subj[1]) is not None):
            return None  # a person is the topic: not a group
        if np and _opening_word(np) and _fits(np, low):
            return None  # ("So, too, is ...": the sentence's subject is no body; look no further back)
        if not np or not _fits(np, low):
            if low == "it" and k == i - 1 and opens_sentence:
                # (round 50) "The mayors approved a declaration ... It also mentioned ...", "The new law
                # stipulates ... It assumes ...": the one document the sentence before names
                found = _one_document_in(ctx, s, e, _THE_DOCUMENT_NP)
                if found is not None:
                    return found
            np = _plural_group_in(ctx, s, e) if low == "they" and k == i - 1 else None
            if np is None:
                continue
        np = _TRAILING_ADVERB.sub("", np)  # ("The alliance of farmers recently created ...")
        code = _group_code(np)
        if code != "author":
            return np, code
    return None


_TRAILING_ADVERB = re.compile(r"\s+[a-z]+ly$")


# a verb after a pronoun subject that says what the body or group does or has, not an "it" of the weather,
# a time or a clause to come ("It is raining", "It was the first visit", "It is not known who")
_SUBJECT_VERB = re.compile(r"\s+(?:also\s+|still\s+|now\s+)?(?:has|have|had|was|were|is|are)\s+(?:a|an|its|their|"
                           r"been|long|more|about|some|several|no)\b|\s+(?:also\s+|still\s+|now\s+)?(?!(?:was|is|has|does)\s)[a-z]+(?<!ss)s\s")


def _continues_subject(text: str, end: int) -> bool:
    """Does the pronoun subject ending at ``end`` go on with a verb of what it
    has or does ("It has an office", "They run a shelter"), so that a later
    "it"/"they" is the same one and the search may go a sentence further?"""
    return _SUBJECT_VERB.match(text, end) is not None


# an unnamed person's description, by its head noun (lexicon.PERSON_DESCRIPTION_HEADS);
# the gender, where the noun gives one
_NAME_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*,\s*$")
_PEOPLE_HEADS = PERSON_DESCRIPTION_HEADS | COLLECTIVE_NOUNS | EXTRA_COLLECTIVE | {"child", "children", "family"}
_FEMININE = re.compile(r"(?:woman|ess|queen|lady|wife|widow|mother|daughter)$")
_MASCULINE = re.compile(r"(?:man|king|prince|duke|emperor|husband|father|son|widower)$")


def _sourced_between(ctx, claims, lo: int, hi: int) -> list:
    """The claims whose source starts in [lo, hi), by a sorted index kept on the
    context for this list of claims (a scan per pronoun would be quadratic)."""
    index = ctx._source_index
    if index is None or index[0] is not claims:
        ordered = sorted((c.source.start, k) for k, c in enumerate(claims) if c.source is not None)
        index = ctx._source_index = (claims, [s for s, _ in ordered], [claims[k] for _, k in ordered])
    starts, by_start = index[1], index[2]
    return by_start[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def unnamed_person_before(ctx, claim, claims, gender: str, skip) -> str | None:
    """The description a "he"/"she" stands for when its antecedent is the
    unnamed speaker of the sentence before ("A senior official said ... He
    added ..."), and no one is named between them outside what was said (``skip``):
    that description, not an earlier name."""
    pos = claim.source.start
    i = _unit_index(ctx, pos)
    if i < 1:
        return None
    lo = ctx.units[i - 1][0]
    if any(skip is None or not skip(q) for q, _ in ctx.people.mentions_in(lo, pos)):
        return None
    prev = [c for c in _sourced_between(ctx, claims, lo, pos) if c is not claim and _unnamed_speaker(c)]
    if not prev:
        return None
    last = max(prev, key=lambda c: c.source.start)
    head = _description_head(ctx, last, gender)
    if head is None:
        return None
    # an official's description stands for the pronoun over any earlier name; an
    # office ("The newly elected governor") or anyone else ("One student asked")
    # only when the article has named no one the pronoun could stand for
    office = last.source.text.split()[0].lower() == "the" and head in PERSON_HEADS
    # (round 47) "a dock worker said ... He added:": "added" goes on with the speaker just quoted
    goes_on = claim._lemma == "add" and last.sourcing == "anonymous_generic"
    if (last.sourcing != "unnamed_official" or office) and not goes_on \
            and ctx.people.nearest_before(pos, gender, skip) is not None:
        return None
    return last.speaker


def _unnamed_speaker(c) -> bool:
    """A claim spoken by a description, no name ("a senior official", "the mayor")."""
    return bool(c.speaker) and (c.sourcing in ("unnamed_official", "anonymous_generic")
                                or (c.sourcing == "named_person" and c.speaker[:4].lower() == "the "))


def _description_head(ctx, c, gender: str) -> str | None:
    """The head noun of the description that speaks ``c`` when it is one person's
    and fits a pronoun of ``gender`` ("a spokeswoman for the port" -> spokeswoman:
    not "he"); None otherwise."""
    words = _NP_WORD.findall(c.speaker)
    # the head noun, before any prepositional phrase ("a spokeswoman for the port")
    cut = next((k for k, w in enumerate(words) if k and w in sourcing.HEAD_BREAKS), len(words))
    head = words[cut - 1].lower() if words else ""
    if head not in PERSON_DESCRIPTION_HEADS or words[0].lower() in _NOT_GROUPS:
        return None
    said = "f" if _FEMININE.search(head) else "m" if _MASCULINE.search(head) else None
    if said is not None and said != gender:
        return None
    if _NAME_BEFORE.search(ctx.text, max(0, c.source.start - 40), c.source.start):
        return None  # "Jo Roe, a student told ..." (a name before the description: the apposition's comma lost)
    return head


_SINGLE = re.compile(r"[A-Z][a-z]{2,}")


def _word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (str.find: no regex compiled per name)."""
    out = []
    n = len(word)
    k = text.find(word)
    while k >= 0:
        before = text[k - 1] if k else " "
        after = text[k + n] if k + n < len(text) else " "
        if not (before.isalnum() or before in "'\u2019-" or after.isalnum()):
            out.append(k)
        k = text.find(word, k + n)
    return out


def _single_name(name: str) -> bool:
    """Could a one-word source be a person's name?  Not an opener, a country,
    a word no name is, nor documents in the plural ("Polls show that she leads":
    the polls speak, whatever "she" follows)."""
    low = name.lower()
    return bool(_SINGLE.fullmatch(name)) and name not in NOT_NAME and name not in NOT_PERSON_TOKEN \
        and low not in SENTENCE_OPENERS and low not in COUNTRY_LIKE \
        and not (low.endswith("s") and low in DOCUMENT_NOUNS)


# an honorific and one word ("Mr. Li", "Ms Acosta"): that word is a family name
_TITLED_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'\u2019-]+")


def _join_titled_word(people, text: str, word: str) -> None:
    """ "Mr. Li" after "Li Zhaoxing", "Ms. Acosta" after "Ana Acosta Vell": a
    family name written first, or the first of two Spanish surnames, is the
    word after the honorific.  Joined to the one person whose name holds it so
    (first of two words, or second of three), when the last word of that name
    is never written alone (as "Zhaoxing" is not: a given name); "Mr. Jordan"
    is no "Jordan Vole", whose "Vole" the article writes alone."""
    if word in people.by_surname:
        return
    found = [p for p in people.people.values()
             if (p.name.startswith(word + " ") and p.name.count(" ") == 1)
             or (p.name.count(" ") == 2 and p.name.split()[1] == word)]
    if len(found) != 1:
        return
    p = found[0]
    last = p.name.rsplit(None, 1)[-1]
    if len(_word_positions(text, last)) > len(_word_positions(text, p.name)):
        return
    people.add_alias(word, p, _word_positions(text, word))


def _headline_namesake(ctx, titled: str, word: str) -> None:
    """ "Mr. Roe said" in a story whose headline alone gives "Jo Roe Visits
    Kelpland": the headline, a line of its own outside the story's paragraphs,
    is read for people only here; the one person of it whose surname is the
    honorific's word, named with a known forename, is the one the story calls
    "Mr. Roe" (added with every place that surname stands alone)."""
    text = ctx.text
    end = text.find("\n")
    headline = text if end < 0 else text[:end]  # (its first line; not a split of the whole text)
    if not headline or word not in headline or (ctx.paras and ctx.paras[0][0] == 0):
        return
    found = [p for p in People(text, [(0, len(headline))], lambda _: False).people.values()
             if p.surname == word and p.name.split()[0].lower() in FORENAMES]
    if len(found) != 1:
        return
    _add_namesake(ctx, found[0], titled, word)


def _quoted_namesake(ctx, titled: str, word: str) -> None:
    """ "Mr. Roe said" where only a quotation gives "Jo Roe" ('"Would Jo Roe
    accept that?" she asked'): the quotations, kept out of ``People`` (a quoted
    name may be anyone's), are read for people only here, for the one named
    with a known forename and the honorific's word as surname."""
    spans = [(q.start, q.end) for q in ctx.quotes if word in ctx.text[q.start:q.end]]
    if not spans:
        return
    found = {p.name: p for p in People(ctx.text, spans, lambda _: False).people.values()
             if p.surname == word and p.name.split()[0].lower() in FORENAMES}
    if len(found) != 1:
        return
    _add_namesake(ctx, next(iter(found.values())), titled, word)


def _add_namesake(ctx, p, titled: str, word: str) -> None:
    """The person "Mr. Roe" stands for, found outside the article's people (in the
    headline, in a quotation), added to them: the honorific's gender when it has
    none yet, and every place of the surname as theirs."""
    honorific = titled.split()[0].rstrip(".").lower()
    if p.gender is None:
        p.gender = "m" if honorific == "mr" else "f" if honorific in ("mrs", "ms", "miss") else None
    p.positions = sorted(set(p.positions) | set(_word_positions(ctx.text, word)))
    ctx.people.add_person(p)


def _register_titled(ctx, name: str) -> None:
    """ "Mr. Roe": joined to the one person of the article named "... Roe", else to
    the one the headline names, else to the one a quotation names."""
    people = ctx.people
    word = name.rsplit(None, 1)[-1]
    _join_titled_word(people, ctx.text, word)
    if word not in people.by_surname and word not in people.people:
        _headline_namesake(ctx, name, word)
    if word not in people.by_surname and word not in people.people:
        _quoted_namesake(ctx, name, word)


def register_single_names(ctx, claims) -> None:
    """Single-name speakers ("Melanie said") followed by "he"/"she" become people
    (after the name, or closing the next quotation of the name's run)."""
    people = ctx.people
    text = ctx.text
    seen: set[str] = set()   # each name once: its positions are the whole text's
    refused: set[str] = set()  # (sources no name: "he", "officials", read once, not once a claim)
    for c in claims:
        src = c.source
        if src is None:
            continue
        name = src.text.strip()
        if name in refused:
            continue
        if name not in seen and _TITLED_WORD.fullmatch(name):
            seen.add(name)
            _register_titled(ctx, name)
            continue
        if name in seen:
            continue
        if not _single_name(name):
            refused.add(name)
            continue
        if name in people.by_surname:
            continue
        seen.add(name)
        positions = _word_positions(text, name)
        known = people.first_word_of(name)
        if known is not None:
            # "Ann also said" after "Ann Vole", "Wen said" after "Wen Kiabao": the one
            # person of the article whose name opens with that word
            people.add_alias(name, known, positions)
            continue
        p = Person(name, name, None, first=positions[0] if positions else src.start)
        p.positions = positions
        people.add_person(p)
        if people.gender(p) is None and not any(n.startswith(name + " ") for n in people.people):
            p.gender = _run_trailer_gender(ctx, c)  # (not "Wen" of "Wen Kiabao")
        if p.gender is None:
            people.remove_person(p)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_SMALL = {"of", "the", "and", "for", "on", "in", "de", "&"}


def expand_acronym(ctx, speaker: str) -> str | None:
    """ "The IMF" -> "International Monetary Fund" when the article spells it out."""
    m = _ACRONYM.search(speaker)
    if m is None or not _BARE_ACRONYM.fullmatch(speaker.strip()):
        return None  # ("several former RT journalists" are not RT)
    spelled = ctx._spelled
    if spelled is None:
        # every capitalised run of the article by its initials, read once
        spelled = ctx._spelled = {}
        for run in _CAP_RUN.finditer(ctx.text):
            name = run.group()
            if name.startswith("The "):
                name = name[4:]
            words = [w for w in name.split() if w not in _SMALL]
            spelled.setdefault("".join(w[0] for w in words), name)
    return spelled.get(m.group())


_CAP_RUN = re.compile(r"[A-Z][a-z][\w'\u2019-]*(?:\s+(?:(?:of|the|and|for|on|in|de|&)\s+)*[A-Z][a-z][\w'\u2019-]*)+")


_ORG_HEADS = {"court", "committee", "commission", "agency", "department", "ministry", "council", "board", "bank",
              "fund", "panel", "union", "party", "administration", "authority", "bureau", "office", "service",
              "foundation", "institute", "company", "firm", "university", "government", "parliament", "assembly"}
_LINK_WORDS = ("of", "for", "the", "and", "on")
_WORD_AT = re.compile(r"[\w.'\u2019&-]+")


def _capital_run(text: str, k: int, n: int) -> str:
    """The capitalised name around text[k:k+n] ("U.S. Court of Appeals for the Sixth Circuit")."""
    lo, hi = max(0, k - 80), min(len(text), k + n + 80)
    toks = [(m.start() + lo, m.group()) for m in _WORD_AT.finditer(text[lo:hi])]
    i = next((j for j, (p, _) in enumerate(toks) if p == k), None)
    if i is None:
        return ""
    a = b = i
    # (one line, and no further back than a capitalised "The": "Pakistan\n\nPakistan The
    # International Monetary Fund" is page furniture, then the name)
    while a > 0 and toks[a][1] != "The" and (toks[a - 1][1][:1].isupper() or toks[a - 1][1] in _LINK_WORDS) \
            and "\n" not in text[toks[a - 1][0]:toks[a][0]]:
        a -= 1
    while b + 1 < len(toks) and (toks[b + 1][1][:1].isupper() or toks[b + 1][1] in _LINK_WORDS) \
            and "\n" not in text[toks[b][0]:toks[b + 1][0]]:
        b += 1
    while a < i and toks[a][1] in _LINK_WORDS:
        a += 1
    while b > i and toks[b][1] in _LINK_WORDS:
        b -= 1
    run = text[toks[a][0]:toks[b][0] + len(toks[b][1])].rstrip(".,")
    opened = run.rfind("(")
    return run[:opened].rstrip() if opened > 0 and ")" not in run[opened:] else run  # ("... Fund (IMF")


def body_antecedent(ctx, mention: str, pos: int) -> str | None:
    """The named body a definite description stands for: "the appeals court" ->
    "U.S. Court of Appeals for the Sixth Circuit", the nearest earlier name that
    has the description's head and its other words."""
    raw = _MENTION_WORD.findall(mention)
    words = [w.lower() for w in raw]
    # "The Commission" is the head alone, capitalised as a body's own word is: the
    # name written before it ("the European Commission ... The Commission said")
    capital = len(raw) == 2 and raw[1][:1].isupper()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _ORG_HEADS \
            or not capital and any(w[:1].isupper() for w in raw[1:]):
        return None  # (a name as written -- "the Security Council" -- is kept)
    stems = [w[:5] for w in words[1:]]
    head = words[-1].capitalize()
    text = ctx.text
    lo = max(0, pos - 3000)
    k = text.rfind(head, lo, pos)
    while k >= 0:
        name = _capital_run(text, k, len(head))
        low = _LOWER_WORD.findall(name.lower())
        if capital:
            name = _body_piece(name, head)
        if name.startswith(("The ", "the ")):
            name = name[4:]
        if len(name.split()) >= 2 and all(any(t.startswith(st) for t in low) for st in stems) \
                and (not capital or _headed_by(name, head)):
            return name
        k = text.rfind(head, lo, k)
    return None


def _body_piece(run: str, head: str) -> str:
    """The piece of a capitalised run that is the body's name: not across a comma
    or a semicolon ("Financial Times, China's Ministry of ..."), without a
    sentence's opening "Of the" / "A" or a closing "on Friday"."""
    piece = next((p for p in _PUNCT_SPLIT.split(run) if head in p.split() and len(p.split()) >= 2), "")
    piece = _RUN_OPENER.sub("", piece)
    return _RUN_DAY.sub("", piece)


_PUNCT_SPLIT = re.compile(r"\s*[,;:]\s*")
_RUN_OPENER = re.compile(r"^(?:(?:Of|For|On|And|A|An)\s+)+(?:the\s+)?")
_RUN_DAY = re.compile(r"\s+on\s+(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")$")


def _headed_by(name: str, head: str) -> bool:
    """Does the body's name end on ``head`` or hold it before "of", "on" or "for"
    ("European Commission", "Government of Fiji", "Committee on Harbours"), not as
    a modifier ("Government House")?"""
    if _SENTENCE_END_IN.search(name):
        return False  # (a run over a full stop: "Government House on Monday. The Government")
    return name.endswith(" " + head) or any((" " + head + link) in " " + name for link in _HEAD_LINKS)


_HEAD_LINKS = (" of ", " on ", " for ")


_SENTENCE_END_IN = re.compile(r"[a-z]\.\s")


def kind_antecedent(ctx, c, claims) -> str | None:
    """The trading body "the company" (or "the firm", "the airline") stands for when
    no earlier name holds the word: the one company-like name that the claims of the
    3,000 characters before quote as a named body ("Kelpworks said ... The company
    said" -> Kelpworks), and that the text writes inside a sentence too (a capitalised
    opener or a page's label is no name).  Two such names, or none, and the
    description stays."""
    words = c.speaker.split() if c.speaker and c.source is not None else []
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in COMPANY_KIND_HEADS \
            or inside_quote(ctx, c.source.start) is not None or _quotation_goes_on(ctx.text, c.source.start):
        return None  # (inside a quotation, "the company" is the quoted speaker's own)
    pos = c.source.start
    names = {d.speaker for d in claims
             if d.source is not None and pos - 3000 <= d.source.start < pos and d.sourcing == "named_org"
             and _company_like(d.speaker or "") and not _outlet_or_label_cue(d)}
    return names.pop() if len(names) == 1 and _named_inside_sentence(ctx.text, next(iter(names))) else None


def _named_inside_sentence(text: str, name: str) -> bool:
    """``name`` stands after a lower-case word or a comma somewhere in ``text``, not
    as a label ("Category:Kelp")."""
    return re.search(r"(?:\b[a-z]+|,)\s+" + re.escape(name) + r"\b(?!:)", text) is not None


def _outlet_or_label_cue(d) -> bool:
    """A body cited the way an outlet is ("according to X", "X reported") or a
    label ("X:") may be no trading body: it names none."""
    cue = d.cue.text.lower() if d.cue is not None else ""
    return cue.startswith(OUTLET_CUES) or any(w.startswith(OUTLET_CUES) for w in cue.split()) or cue == ":"


_CLOSING_MARK = re.compile(r'\S["\u201d](?:\s|$)')


def _quotation_goes_on(text: str, pos: int) -> bool:
    """``pos`` is in a paragraph that opens no quotation before it and closes one
    after it: a quotation carried over from the paragraph before."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if any(m in text[start:pos] for m in '"\u201c\u201d'):
        return False
    first = re.search('["\u201c\u201d]', text[pos:end])
    return first is not None and _CLOSING_MARK.match(text, pos + first.start() - 1) is not None


def _company_like(name: str) -> bool:
    """A name a trading body may bear: capitalised words, no country's or place's
    word, no kind word of another body ("Union", "Ministry", "Party")."""
    words = _MENTION_WORD.findall(name)
    if not words or name.startswith(("The ", "the ")) or not all(w[:1].isupper() for w in words):
        return False
    low = {w.lower() for w in words}
    return not low & COUNTRY_LIKE and not low & (ORG_HINTS - COMPANY_NAME_HINTS)
