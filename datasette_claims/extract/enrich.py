"""Second pass over the found claims: who the speaker is, how sourced, when.

Why a separate pass: speaker resolution needs the whole article (a title in
the lead can resolve to a person named three paragraphs later, and that
person then gets the title as role), dates propagate from a claim to the
claims that continue the same news conference, and a denial links to the
claim it denies.  None of that is known while claims are still being found.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from ..models import Claim, Span
from ..text import STOPWORDS
from . import anonymity, coref, polls, relay, setting, sourcing, when
from . import patterns as P
from .context import make_span, unit_of, writes_in_lower_case
from .lexicon import (ANSWER_LABELS, BODY_KINDS_AS_ROLE, BODY_KINDS_BEFORE_NAME, BODY_NAME_ENDINGS, BODY_POSSESSIONS,
                      COUNTRY_LIKE, COUNTRY_PAIRS, CUE_FORMS, DATE_WORDS, FORENAMES, HONORIFICS, INTERVIEWER_LABELS,
                      MONTHS, KIN_NOUNS, NOUNISH_CUE_FORMS, OFFICE_GROUP_OF, OFFICE_HEADS, OFFICIAL_NOUNS, ORG_HINTS,
                      ORG_NAME_WORDS,
                      PEOPLE_PARTICIPLES, PERSON_HEADS,
                      PEOPLE_PLURAL_ENDINGS, PLACE_OPENERS, PLATFORM_NAMES, READ_THINGS,
                      SENTENCE_OPENERS, SPEAKING_LEMMAS, SPEAKS_FOR_NOUNS, TITLE_WORDS, TITLES, WEEKDAYS)
from .speakers import (GENDER_OF, People, body_of_a_country, clean_role, has_org_word, initials_name, is_pronoun,
                       place_or_firm_named, title_head, titled_after)


def _in_content(ctx, claim: Claim):
    """A test for "this position is inside the content of another claim".

    A name inside what was said ("... compared with Mr. Trump, he said") is
    seldom the pronoun's antecedent: the speaker of the sentence is."""
    spans = ctx._content_spans
    if spans is None:
        # (the target of a noun or passive cue -- "X faced criticism", "X was
        # accused" -- is talked about, not talking: it can be the antecedent;
        # so can a name in a transcript's turn, the speech the pronoun is in)
        spans = sorted((c.content.start, c.content.end) for c in ctx.claims
                       if not c._hedged
                       and not (c.rule or "").startswith(("nominal.", "passive.", "heading.colon")))
        ctx._content_spans = spans
        ctx._content_starts = [s for s, _ in spans]
    starts = ctx._content_starts
    own = claim.content.start, claim.content.end

    def skip(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        # content spans can nest; look back over the few that start before pos
        for j in range(i, max(-1, i - 4), -1):
            s, e = spans[j]
            if s <= pos < e and (s, e) != own:
                return True
        return False
    return skip


def _capitals_label(people, mention: str):
    """A transcript's speaker label in capitals ("ROE:") is the person of that surname."""
    if len(mention) < 3 or not mention.isupper() or " " in mention:
        return None
    return people.by_surname.get(mention.title())


# transcript labels in capitals that name a role or a crowd, not one person
_GROUP_LABELS = {"AUDIENCE", "CROWD", "CROSSTALK", "NARRATOR", "ANNOUNCER", "UNIDENTIFIED", "PROTESTERS"}


def _person_label(c: Claim, mention: str) -> bool:
    """A transcript line's speaker label ("ROE: ...") names a person, even one
    the article never writes out in full."""
    return c.rule == "quote.labelled" and " " not in mention and mention.isupper() \
        and mention.rstrip(".") not in _GROUP_LABELS


_ADVERBIAL_TAIL = re.compile(r"\s*,\s*(?:in|on|at|during|after|before|speaking|writing|when|while)\s")


def _office_name(mention: str, head: str) -> bool:
    """ "General" ending an office's name ("the Consulate General", "the Secretariat
    General"), not a person's title (as "the police commander" is one)."""
    words = mention.lower().split()
    return head == "general" and len(words) >= 2 and words[-1] == head and words[-2] in ORG_HINTS


_TITLE_ONLY = re.compile(r"(?i)(?:the|his|her|their|its)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?P<last>[\w-]+)")


def _ends_with_title(mention: str, head: str) -> bool:
    """A mention that is a title and nothing else ("the state attorney general",
    not "a neighbour of the president" or "the army and the minister")."""
    m = _TITLE_ONLY.fullmatch(mention)
    return m is not None and m.group("last").lower() == head.split()[-1] and not _LINKED.search(mention) \
        and not has_org_word(mention)  # ("the Japanese Consulate General")


# "a neighbour of the commissioner", "the army and the minister", "an employee
# who saw it": another head, or someone the clause describes
_LINKED = re.compile(r"\b(?:of|and|for|to|with|who|which|that)\b", re.IGNORECASE)


def _holds_title(role: str, head: str) -> bool:
    """Whether a role is that title: "Prime Minister of Kelpland" holds "prime
    minister"; "chief of staff to the Prime Minister" names another's title."""
    low = role.lower()
    if head == "pm":  # (an abbreviation: as a word, or spelt out)
        m = _PM.search(low)
        at = m.start() if m is not None else -1
    else:
        at = low.find(head)
    return at >= 0 and coref.OF_ANOTHER.search(low, 0, at) is None


def _holds_office(role: str, head: str, mention: str) -> bool:
    """``_holds_title`` for the title, or, when a "the" description ends in it,
    any role noun of its office ("Magistrate" holds "the judge"; not "Jo Roe's
    attorney", "the Justice Department" nor "the Kelp Centre for Justice", a
    body: ``lexicon.OFFICE_GROUPS``)."""
    words = mention.lower().split()
    if words[0] != "the" or words[-1] != head or has_org_word(mention):
        return _holds_title(role, head)
    return any(_holds_title(role, w) for w in OFFICE_GROUP_OF.get(head, (head,)))


def _office_before_name(ctx, person, head: str) -> str | None:
    """For an office of ``lexicon.OFFICE_GROUPS``, the office word right before
    a person's first mention (a comma between), which the role reader missed
    ("French spokesman, Jo Roe said"); None for other titles and other words
    ("A spokesman confirmed that Jo Roe ...")."""
    if head not in OFFICE_GROUP_OF:
        return None
    lead = ctx.text[max(0, person.first - 40):person.first].rstrip(" ,").split()
    return lead[-1] if lead and lead[-1].lower() in OFFICE_GROUP_OF[head] else None


_APPOSITION_GAP = re.compile(r",\s*$")


def _named_before_apposition(ctx, pos: int):
    """The person named right before a description and its comma ("Jo Roe, the
    county district attorney, says"), or None."""
    before = ctx.people.mentions_in(max(0, pos - 80), pos)
    if not before:
        return None
    q, p = before[-1]
    end = q + len(p.name) if ctx.text.startswith(p.name, q) else q + len(p.surname)
    return p if _APPOSITION_GAP.match(ctx.text, end, pos) else None


# the named body or place a title is of ("the security chief of (Kelp Harbour)")
_OWNER_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<owner>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)")


def _owner_of_title(mention: str, head: str) -> str | None:
    """The capitalised owner right after a lower-case title, or None."""
    at = mention.lower().rfind(head)
    m = _OWNER_AFTER.match(mention, at + len(head)) if at >= 0 and mention[at:at + 1].islower() else None
    return None if m is None else m.group("owner")


def _same_owner(role: str, owner: str | None) -> bool:
    """Does an earlier holder's role name the title's owner, when the mention
    names one?  ("Chief of Cabinet" holds no "security chief of Kelp Harbour".)"""
    return owner is None or owner.split()[-1].lower() in role.lower()


_PM = re.compile(r"\bpm\b|\bprime minister\b")
def _named_in(ctx, person, claim: Claim) -> bool:
    """Is ``person`` what the claim's content is about: named in it, not as a
    modifier ("an Obama government") nor as the source's own name next to it
    ('"...," Jo Roe, the firm's president, said' in a content that runs over it)?"""
    text, src = ctx.text, claim.source
    for q, p in ctx.people.mentions_in(claim.content.start, claim.content.end):
        if p is not person or _MODIFIER_BEFORE.search(text, max(0, q - 4), q):
            continue
        end = q + len(p.name) if text.startswith(p.name, q) else q + len(p.surname)
        if src is not None and end <= src.start and text[end:src.start].strip(" ,") == "":
            continue
        return True
    return False


_MODIFIER_BEFORE = re.compile(r"\b(?:an?)\s+$")


class _Resolved(NamedTuple):
    """Who a source mention is: the speaker's name, and the Person when it is one."""

    name: str | None
    person: object | None  # speakers.Person (the first of a group: it makes the sourcing a named person's)
    group: bool = False  # "Jo Roe and Ivo Veld": several people, no one's role


_NOBODY = _Resolved(None, None)


def _resolve(ctx, claim: Claim) -> _Resolved:
    """Who a claim's source mention is: a pronoun's antecedent, a relative
    "who"'s, a person named in it, else a title's holder or a description's
    antecedent in the article."""
    src = claim.source
    if src is None:
        return _NOBODY
    mention = src.text.strip()
    bare = _cut_tail(mention)
    if bare != mention and is_pronoun(bare):
        mention = bare  # "he, once again," / "who, on a call Friday,"
    low = mention.lower()
    if is_pronoun(mention) and low != "who":
        return _pronoun_speaker(ctx, claim, low)
    if low == "who":
        return _relative_speaker(ctx, src)
    group = _coordinated_people(ctx, src.start, src.end)
    if group is not None:
        return group
    p = ctx.people.head_person_in(src.start, _before_relative_who(src)) or _capitals_label(ctx.people, mention) \
        or _possessive_owner(ctx, mention, src.end)
    if p is not None:
        return _Resolved(p.name, p)
    # (a title before an adverbial aside: "Kelp Aid's Secretary General, in her letter,")
    head = title_head(bare if _ADVERBIAL_TAIL.match(mention, len(bare)) else mention)
    if head is not None and (_office_name(mention, head) or _title_of_named(ctx, src, head)):
        head = None
    if head is not None:
        return _title_holder(ctx, claim, mention, head)
    p = coref.description_antecedent(ctx, mention, src.start)
    if p is None and coref.indefinite_title(mention) and not _LINKED.search(mention):
        # "A New York judge has rejected ...": the judge named later
        p = coref.later_title_holder(ctx, mention, src.end) or coref.later_new_speaker(
            ctx, ctx.claims, src.end, mention)
    return _NOBODY if p is None else _Resolved(p.name, p)


def _title_of_named(ctx, src, head: str) -> bool:
    """Is the title the mention's head only the title of a person it names
    ("the government of President Jo Roe": the government speaks, and
    "president" is Roe's, no other president's to look for)?"""
    named = ctx.people.mentions_in(src.start, src.end)
    return bool(named) and named[0][0] > src.start \
        and ctx.text[src.start:named[0][0]].rstrip(" .").lower().endswith(head)


def _before_relative_who(src) -> int:
    """Where a mention's relative clause on "who" starts, or its end: the
    person named in the clause is not who spoke ("Dr. Ann Blanch, who treated
    Roe"; "executives who have worked with Jo Roe")."""
    k = src.text.find(" who ")
    return src.end if k < 0 else src.start + k


def _coordinated_people(ctx, start: int, end: int) -> _Resolved | None:
    """ "Jo Roe and Ivo Veld said": their names joined, and the first person
    (``coref.coordinated_people``); None when it is no list of people."""
    got = coref.coordinated_people(ctx, start, end)
    return None if got is None else _Resolved(got.names, got.first, True)


def _pronoun_speaker(ctx, claim: Claim, low: str) -> _Resolved:
    """He or she: the speaker of the quotation run a trailer continues, an unnamed
    person just before ("A senior official said ... He added ..."), else the
    antecedent of that gender."""
    if low not in GENDER_OF:
        return _NOBODY
    src = claim.source
    run = coref.run_speaker(ctx, claim, GENDER_OF[low])
    if run is not None:
        return _Resolved(run.name, run.person)
    skip = _in_content(ctx, claim)
    unnamed = coref.unnamed_person_before(ctx, claim, ctx.claims, GENDER_OF[low], skip)
    if unnamed is not None:
        return _Resolved(unnamed, None)
    p = coref.pronoun_antecedent(ctx, src.start, GENDER_OF[low], skip) or \
        ctx.people.nearest_before(src.start, GENDER_OF[low], skip)
    if p is None and claim.content.start < src.start:
        return _title_opening_content(ctx, claim) or _NOBODY
    return _NOBODY if p is None else _Resolved(p.name, p)


# "The minister won't budge, she says": a title opening the content, then its verb
_OPENING_TITLE = re.compile(r"[\"\u201c]?(?P<title>[Tt]he\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                            r"(?:won't|will|would|is|was|has|had|does|did|can|could|wants?|says?|[a-z]+s)\b")


def _title_opening_content(ctx, claim: Claim) -> _Resolved | None:
    """A pronoun no one before can be, after its content, whose subject is a
    title ("The minister won't budge, she says"): the title speaks; None when
    no title opens the content.  (Where a person of the pronoun's gender was
    named before, that person speaks: a spokeswoman's "The president believes
    ..., she said".)"""
    m = _OPENING_TITLE.match(ctx.text, claim.content.start, claim.content.end)
    if m is None or title_head(m.group("title")) is None:
        return None
    return _Resolved(m.group("title"), None)


def _relative_speaker(ctx, src) -> _Resolved:
    """ "Jane Roe, a lawyer who ...": the relative pronoun's antecedent, if close;
    "Jo Roe and Ann Vole, who said ...": all the people listed."""
    p = ctx.people.nearest_before(src.start, None)
    if p is not None:
        pos = max(q for q in p.positions if q < src.start)
        gap = ctx.text[pos:src.start]
        if len(gap) < 160 and not re.search(r"(?<![A-Z])[.;:!?\"\u201c\u201d]", gap) \
                and _relative_of(ctx, p, pos, src.start):
            listed = _listed_before_who(ctx, p, pos, src.start)
            return _Resolved(p.name, p) if listed is None else listed
    return _NOBODY


# between two people of a list: ", ", ", and ", " and ", and the next one's title ("and former
# party chief Rev. "), after a place ("Ann Vole of Kelp, ...")
_OF_PLACE = r"(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"
_LIST_JOINT = re.compile(_OF_PLACE + r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[\w.'\u2019-]+\s+){0,5}")
_COMMA_BEFORE_WHO = re.compile(_OF_PLACE + r",\s*")
# "who has said", "who is", "who leads": one person's verb
_SINGULAR_AFTER_WHO = re.compile(r"\s*(?:who|,)\s+(?:\w+ly\s+|also\s+)?(?:has|is|was|does|[a-z]+[^s\W]s)\b")


def _listed_before_who(ctx, p, pos: int, who: int) -> _Resolved | None:
    """The people of a list that ends in ``p`` right before a comma and "who"
    ("Govs. Jo Roe and Al Poe, who said", "X, Y and Z, who wrote"): their names
    joined and the first of them; None when ``p`` is alone or the verb after
    "who" is one person's ("TfL and the mayor, who has said": the mayor)."""
    text = ctx.text
    end = pos + (len(p.name) if text.startswith(p.name, pos) else len(p.surname))
    if not _COMMA_BEFORE_WHO.fullmatch(text, end, who) or _SINGULAR_AFTER_WHO.match(text, who):
        return None
    names, first, start = [p.name], p, pos
    for q_pos, q in reversed([m for m in ctx.people.mentions if pos - 200 < m[0] < pos]):
        q_end = q_pos + (len(q.name) if text.startswith(q.name, q_pos) else len(q.surname))
        if q_end > start:
            continue  # (a mention inside the next one's)
        if q.name in names or not _LIST_JOINT.fullmatch(text, q_end, start):
            break
        names.insert(0, q.name)
        first, start = q, q_pos
    if len(names) < 2:
        return None
    return _Resolved(", ".join(names[:-1]) + " and " + names[-1], first, True)


def _title_holder(ctx, claim: Claim, mention: str, head: str) -> _Resolved:
    """A title ("the minister"): an earlier person who holds it, a later one
    named with it, a description's antecedent, or, before anyone is named, the
    first person later quoted."""
    src, people = claim.source, ctx.people
    best = None
    owner = _owner_of_title(mention, head)
    for person in people.people.values():
        if person.first < src.start:
            people.ensure_role(person)
        role = person.role or _office_before_name(ctx, person, head)
        if role and person.first < src.start and _holds_office(role, head, mention) and _same_owner(role, owner) \
                and not coref.other_nationality(mention, role):
            best = person
    if best is not None:
        return _Resolved(best.name, best)
    best = coref.later_title_holder(ctx, mention, src.end) if _ends_with_title(mention, head) else None
    if best is not None:
        # "The state attorney general is confirming ... Attorney General Jo Roe"
        return _Resolved(best.name, best)
    # (an office of a group only for one introduced with it, found above, or named right
    # before it: "the judge" is no lawyer; "Jo Roe, the county district attorney says")
    best = _named_before_apposition(ctx, src.start) if head in OFFICE_GROUP_OF \
        else coref.description_antecedent(ctx, mention, src.start)
    if best is not None and _OWNED_BY_COMMON_NOUN.match(mention) and not _last_speaker(ctx, best):
        best = None  # "the agency's inspector general": the owner's office, not whoever was named last
    if best is not None and not (best.role and head in best.role.lower()) and not _named_in(ctx, best, claim) \
            and not coref.holds_another_office(best.role, head) and not coref.other_nationality(mention, best.role):
        # (not "Jo Roe, chief of staff to the Prime Minister" for "the Prime Minister";
        # not the person the claim is about: "The prime minister said Roe should resign")
        return _Resolved(best.name, best)
    if any(pos < src.start for pos, _ in people.mentions):
        return _NOBODY
    return _first_quoted_after(ctx, src, mention, head)


# a title owned by a common noun ("The region's foreign minister", "the program's host"): an office
# of that owner, which the people named before seldom hold (their own office would have matched)
_OWNED_BY_COMMON_NOUN = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}[a-z-]+['\u2019]s\s")


def _last_speaker(ctx, person) -> bool:
    """Is ``person`` the speaker resolved last ("Ware added. The congressman's
    spokesman also pointed out ...")?"""
    return bool(ctx.recent_speakers) and ctx.recent_speakers[-1][1] is person


# "Jo Roe, a farmer": the description after a person's name
_DESCRIBED = re.compile(r",\s+(?:a|an|the|one)\s+(?P<d>[^,.;:!?\"\u201d]{1,60})")


def _first_quoted_after(ctx, src, mention: str, head: str) -> _Resolved:
    """A title before anyone is named: the first person later quoted as a
    speaker, who takes the title as role if they have none (not one whose own
    role is another: "The senator said ... '...,' said Jo Roe, a farmer")."""
    people = ctx.people
    speakers = set()
    for c in ctx.claims:
        if c.source and c.source.start > src.start:
            q = people.person_in(c.source.start, c.source.end)
            if q is not None:
                speakers.add(q.name)
    p = people.first_after(src.end, speakers)
    if p is None or p.name not in speakers:
        return _NOBODY
    people.ensure_role(p)
    described = _DESCRIBED.match(ctx.text, p.first + (p.first_len or len(p.name)))
    if (p.role and not _holds_title(p.role, head)) or (described and head not in described.group("d").lower()):
        return _NOBODY
    if not p.role:
        p.role = mention
    return _Resolved(p.name, p)

_APPOSITION_START = re.compile(r"(?:\s*,|\s+(?:is|was|became|remains))\s*(?:a|an|the)\s")


def _relative_of(ctx, p, pos: int, who: int) -> bool:
    """Whether the "who" at ``who`` is the person mentioned at ``pos``'s: right
    after the name, or after the name's apposition or predicate ("Jo Roe, a
    lawyer who ...", "Roe is a lawyer who ...");
    not after another noun phrase ("Jo Roe met a man who said ...": the man)."""
    np = coref.relative_body(ctx, who)
    if np is None or np == p.name or np.split()[-1] == p.surname or np[:1].isupper():
        return True  # (the person's own mention, "Mr. Roe who", or a name the person search weighs)
    end = pos + (len(p.name) if ctx.text.startswith(p.name, pos) else len(p.surname))
    return _APPOSITION_START.match(ctx.text, end) is not None and ctx.text.find(np, end, who) >= 0


# An unresolved mention is shown as written, without what the writer appended to
# it: an apposition or relative clause ("BuzzFeed, which ..."), an aside
# (", however", " -- who ... --") or a trailing parenthesis.
_MENTION_TAIL = re.compile(r"\s*(?:,|\s[\u2014\u2013]|\s--|\s\()\s*(?=\S).*$", re.DOTALL)


def _possessive_owner(ctx, mention: str, end: int):
    """ "Roe's reaction was, "..."", "Roe's response included the statement:
    ...": a source that is a lone surname's possessive is the person of that
    surname the article names in full (not one's kin: "Roe's husband"), else None."""
    owner = mention[:-2]
    if not mention.endswith(("'s", "\u2019s")):
        return None
    if " " in owner:
        return _full_name_owner(ctx, owner, end)
    if not _OWNER_SURNAME.match(owner) or owner.lower() in STOPWORDS:
        return None  # (not "It's", "That's")
    p = ctx.people.by_surname.get(owner)
    if p is None or " " not in p.name:
        return None
    after = _NEXT_WORD.match(ctx.text, end)
    return None if after is not None and after.group(1).lower() in KIN_NOUNS else p


# a lone surname, "Mc"/"Mac"/"De" and "O'" ones too ("McRoe", "O'Vole")
_OWNER_SURNAME = re.compile(r"[A-Z](?:[a-z]+|[a-z]{1,2}[A-Z][a-z]+|['\u2019][A-Z][a-z]+)(?:-[A-Z][a-z]+)?$")
# the lower-case words after a possessive, up to the verb or a punctuation mark
_POSSESSED_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")


def _full_name_owner(ctx, owner: str, end: int):
    """ "Jo Roe's stock answer was, "..."": a source that is the possessive
    of a person's full name, as the article names them, is that person --
    unless what is owned is a person ("Jo Roe's right-hand woman rallied
    ...", "Jo Roe's husband said": someone else speaks)."""
    p = ctx.people.people.get(owner)
    if p is None:
        return None
    owned = _POSSESSED_WORDS.match(ctx.text, end)
    if owned is not None and any(w in _PERSON_WORDS for w in re.split(r"[\s-]+", owned.group(0).lower())):
        return None
    return p


_PERSON_WORDS = frozenset(KIN_NOUNS | PERSON_HEADS | set(SPEAKS_FOR_NOUNS) | TITLE_WORDS | OFFICIAL_NOUNS | {
    "man", "woman", "men", "women", "people", "person", "friend", "friends", "supporters", "staff", "team",
    "campaign", "allies", "aides", "lawyers", "family"})


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _cut_tail(mention: str) -> str:
    """The mention without its ``_MENTION_TAIL``.  Every tail opens with a comma,
    a dash or a parenthesis: a mention with none of them (most are names) is
    not scanned, as the pattern's leading ``\\s*`` would be tried at every position."""
    if "," not in mention and "(" not in mention and "-" not in mention and "\u2014" not in mention \
            and "\u2013" not in mention:
        return mention
    return _MENTION_TAIL.sub("", mention)


# A capitalised article right after a lower-case word opens a new sentence whose
# full stop the scrape lost ("... refugee infobox The aid group Kelp Relief").
_SENTENCE_INSIDE = re.compile(
    r"(?:^|\s)(?!(?:in|for|to|by|of|from|at|with|and|or|as|on|about|than|like|via|per|into|over|under|against|"
    r"between|among|after|before|told|said|says)\s)[a-z][\w'\u2019-]*\s(?P<at>(?:The|A|An) )(?=\S)")


def _speaker_text(mention: str | None) -> str | None:
    if not mention:
        return mention
    if " The " in mention or " A " in mention or " An " in mention:
        inside = _SENTENCE_INSIDE.search(mention)
        if inside is not None:
            mention = mention[inside.start("at"):]
    cut = _cut_tail(mention).strip()
    if cut and cut != mention:
        return cut
    return mention


# (compiled once here rather than looked up in re's cache on every claim)
_AGE_FIRST = re.compile(r"^\d{1,3},\s*")
_RELATIVE_ROLE = re.compile(r"(?i)(?:which|who|whose|whom|that|where|(?:as\s+)?quoted)\b")
# a forename and surname, or a title and a surname ("Mr. Roe", "Gov. Kelp"): a
# person even when the article never gives the full name
_PERSON_TITLES = "|".join(t.rstrip(".") for t in TITLES if t not in ("St.", "Jr.", "Sr."))
_PERSON_LIKE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?)*\s+[A-Z][a-z]+$|(?:Miss|" + _PERSON_TITLES +
                          r")\.?\s+[A-Z][\w'\u2019-]+$")
# a name with initials for the forename ("J.M. Vole"): ``speakers.initials_name``
_initials_name = initials_name


# "Mr Roe of the Kelp network": a titled surname, then where the person is from
_TITLED_SURNAME_OF = re.compile(r"(?P<name>(?:Miss|" + _PERSON_TITLES + r")\.?\s+[A-Z][\w'\u2019-]+)"
                                r"\s+(?P<role>(?:of|from|at)\s+\S.*)$", re.DOTALL)


# title words that also open other capitalised names ("Star Wars", "Head Start")
_NOT_SURNAME_TITLES = {"Head", "Member", "Star", "Host", "Master", "Vice", "Rival", "Hopeful", "Incumbent"}
# one capitalised word: a surname or a forename standing alone ("Roe said")
_LONE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
# the titles that stand straight before a person's surname ("Mr. Roe", "Senator Roe"):
# abbreviations may take a full stop, words may not ("Department of Justice. Prosecutors said")
_ABBREVIATED_TITLES = "|".join(sorted({t.rstrip(".") for t in TITLES if t not in ("St.", "Jr.", "Sr.")}))
_WORD_TITLES = "|".join(sorted({"Miss", "Sir", "Dame", "Lord", "Lady"}
                               | {w.capitalize() for w in TITLE_WORDS if w.isalpha()} - _NOT_SURNAME_TITLES))
# a title right before a name, the name's initial aside (no line break between
# them: "... al-Sheikh\n\nCategory:Politics")
_TITLE_BEFORE = re.compile(r"\b(?:(?:" + _ABBREVIATED_TITLES + r")\.?|" + _WORD_TITLES + r")[ \t]+"
                           r"(?:[A-Z]\.[ \t]+)?$")


def _titled_in_article(ctx, name: str) -> bool:
    """Whether the article writes ``name`` right after a person's title
    somewhere (each name looked up once per article, by its occurrences)."""
    cache = ctx._titled_names
    got = cache.get(name)
    if got is None:
        text, got = ctx.text, False
        at = text.find(name)
        while at >= 0 and not got:
            end = at + len(name)
            after = text[end:end + 1]
            got = not (after.isalnum() or after == "-") and _TITLE_BEFORE.search(text, max(0, at - 40), at) is not None
            at = text.find(name, end)
        cache[name] = got
    return got


def _lone_person_name(ctx, c: Claim, mention: str) -> bool:
    """A one-word mention is a person's name when it is a known forename
    labelling an interview's answer ("Phil: ...") or when the article writes it after a
    person's title somewhere ("Senator Roe" ... "Roe said"): a person whose
    full name the article never gives, not an organisation."""
    if not _LONE_NAME.match(mention) or mention.lower() in COUNTRY_LIKE:
        return False
    if mention.lower() in FORENAMES and c.rule in ("heading.colon", "quote.labelled"):
        return True  # (not any forename: "Jordan said" is mostly the country)
    # (not a common noun too: "Prosecutors", "Category"); the surname of someone the
    # article names in full is a person's too ("Vole said" after "Ann and Tom Vole")
    known = ctx.people.by_surname.get(mention)
    return (_titled_in_article(ctx, mention) or known is not None and " " in known.name
            or _lone_quoted_speaker(ctx, c, mention)) and not writes_in_lower_case(ctx, mention)


# the trailers of a direct quotation ('"...," Roe said', '"...," said Roe')
_QUOTE_TRAILERS = ("direct.trailer", "direct.trailer_inverted")
# a body's name written as a place, a stock or an owner ("at Kelpco", "shares in Kelpco", "Kelpco Inc",
# "Kelpco International", "Kelpco's shares", "Kelpco stock"), after its kind ("the firm Kelpco"), as a web
# address ("Kelpco.org"), with "which" ("Kelpco, which ...") or its own "its" ("Kelpco said in its blog")
_BODY_BEFORE = re.compile(r"\b(?:at|[Ss]hares\s+(?:in|of)|[Ss]takes?\s+in|" + "|".join(BODY_KINDS_BEFORE_NAME) + r")\Z")
_BODY_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:" + "|".join((*BODY_NAME_ENDINGS, *sorted(ORG_NAME_WORDS))) + r")\b"
                         r"|(?:['\u2019]s)?\s+(?:" + "|".join(BODY_POSSESSIONS) + r")\b"
                         r"|\.(?:org|com|net)\b|,\s+which\b"
                         r"|!?\s+(?:said|says|announced|stated|wrote|posted|reported)\s+(?:\w+\s+)?(?:in|on)\s+its\b")
# the words before a body's name reach back this far at most ("shares of", "the telecoms giant")
_BEFORE_REACH = 200
_WORD_CHAR = re.compile(r"\w")


def _boundary(text: str, k: int) -> bool:
    """A word boundary at ``k``, as the regular expression ``\\b`` has it."""
    before = k > 0 and _WORD_CHAR.match(text, k - 1) is not None
    return before != (k < len(text) and _WORD_CHAR.match(text, k) is not None)


def written_as_body(text: str, name: str) -> bool:
    """Does the text write ``name`` somewhere as a body's: after the words
    before a body's name (``_BODY_BEFORE``) or with a body's words after it
    (``_BODY_AFTER``)?  Each place the name stands is looked at, with two
    patterns compiled once: one pattern a name, compiled per name, cost more
    than the rest of the speaker's enrichment (4 ms a name)."""
    k = text.find(name)
    while k >= 0:
        e = k + len(name)
        if _boundary(text, k) and _BODY_AFTER.match(text, e):
            return True
        if _boundary(text, e):
            j = k
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j < k and _BODY_BEFORE.search(text, max(0, j - _BEFORE_REACH), j):
                return True
        k = text.find(name, k + 1)
    return False


def _lone_quoted_speaker(ctx, c: Claim, mention: str) -> bool:
    """One capitalised word (no country) that speaks a direct quotation in its
    trailer ('"...," Roe had said'): in news prose a person's surname, unless
    the article writes it as a body somewhere ("at Kelpco", "Kelpco Inc")."""
    if c.rule not in _QUOTE_TRAILERS or _classify(mention, False) != "named_org":
        return False  # (an outlet's name stays the outlet: '"...," Reuters reported')
    return not written_as_body(ctx.text, mention)


def _titled_surname(c: Claim, mention: str) -> str:
    """An unresolved "Mr Roe of the Kelp network" is "Mr Roe", a person, whose
    role is the rest; any other mention is returned as it is."""
    m = _TITLED_SURNAME_OF.match(mention)
    if m is None:
        return mention
    if not c.speaker_role:
        c.speaker_role = m.group("role")
    return m.group("name")


# (round 51) an office in lower case after a body's or a place's capitalised word, then a
# name that opens on initials ("Finance minister P. Roe", "Kelpland president T.K. Vole"):
# the name pattern of ``speakers`` starts a name at a capitalised word, so these stay whole
_OFFICE_THEN_INITIALS = re.compile(r"(?P<role>(?:[A-Z][\w'\u2019-]*\s+){1,3}(?P<office>[a-z]+))\s+"
                                   r"(?P<name>(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z]+\s+)?[A-Z][a-z][\w'\u2019-]*)")


def _initials_after_office(c: Claim, mention: str) -> str:
    """An unresolved "Finance minister P. Roe" is "P. Roe", a person, whose
    role is the words before; any other mention is returned as it is."""
    m = _OFFICE_THEN_INITIALS.fullmatch(mention)
    if m is None or m.group("office") not in TITLE_WORDS or not _initials_name(m.group("name")):
        return mention
    if not c.speaker_role:
        c.speaker_role = m.group("role")
    return m.group("name")


_SOCIAL_MEDIUM = re.compile(r"(?i)twitter|facebook|instagram|telegram|x\b|youtube|tiktok")


# (cached in ``sourcing``, on what the lemma and the medium tell it)
_classify = sourcing.classify


def enrich(ctx, claims: list[Claim]) -> None:
    """Who each claim's source is (name, role, sourcing type, relays) and its
    hedges; then the roles learnt late, the dates, the anonymity reasons, the
    denials, the questions and the relays across claims."""
    text = ctx.text
    resolved = {}
    coref.register_single_names(ctx, claims)
    ctx.recent_speakers = []
    by_source: dict = {}
    for c in claims:
        if c._nested is not None:
            _nested_speaker(ctx, c)
            continue
        if c._hedged or c._sourced:
            continue
        _trim_source(ctx, c)
        key = (c.source.start, c.source.end) if c.source else None
        if key in by_source:
            name, person, group = by_source[key]  # the pieces of one attribution: one speaker
        else:
            name, person, group = by_source[key] = _resolve(ctx, c)
        if person is not None and not group:
            ctx.people.ensure_role(person)
            ctx.recent_speakers.append((c.source.start, person))
        resolved[c.id] = None if group else person
        _speaker_and_sourcing(ctx, c, name, person, claims)
        hedges = P.hedge_matches(text, c.content.start, c.content.end)
        c.hedges = sorted({h.group().lower() for h in hedges}) if hedges else []  # (most claims: none)
    # roles learnt late (a title resolved to a later-named person) reach every claim
    for c in claims:
        person = resolved.get(c.id)
        if person is not None and person.role and not c.speaker_role:
            c.speaker_role = person.role
        elif not c.speaker_role and c.sourcing in ("unnamed_official", "anonymous_generic") and c.speaker:
            c.speaker_role = _body_of_source(c.speaker)
        elif not c.speaker_role and c.sourcing in ("named_org", "media_report") and c.speaker:
            m = _KIND_THEN_NAME.fullmatch(c.speaker)
            if m is not None and m.group("name").rsplit(None, 1)[-1][:1].isupper():
                c.speaker, c.speaker_role = m.group("name"), m.group("kind")
    _labelled_answers(ctx, claims)
    _transcript_turns(ctx, claims)
    _announced_transcript(ctx, claims)
    _answerers(claims)
    _unlabelled_answers(ctx, claims)
    polls.poll_sources(ctx, claims)
    _dates(ctx, claims)
    _later_anonymity(ctx, claims)
    _denials(claims)
    _questions(ctx.text, claims)
    relay.after_enrich(ctx, claims)


# a body's kind, then its name ("Kelpish human rights group Kelp Watch", "news agency Kelpress", "accounting firm
# Roe & Vole"): the kind a lower-case noun after at most four words, the name capitalised words (and their
# linking words: "Reporters Without Borders" aside, "Kelp Fund for the Sea")
_KIND_THEN_NAME = re.compile(r"(?P<kind>(?:[\w&'\u2019.-]+\s+){0,4}?(?:" + "|".join(sorted(BODY_KINDS_AS_ROLE))
                             + r"))\s+(?P<name>[A-Z0-9][\w.&'\u2019-]*(?:\s+(?:[A-Z0-9&][\w.&'\u2019-]*"
                             r"|of|the|for|and|on|in|de|du|des|la|le))*)")


# "a source within the Kelpish government", "senior sources inside the ministry", "an anonymous source at Vell
# Harbour Hospital": an unnamed source placed in a body
_SOURCE_IN_BODY = re.compile(r"(?i:(?:an?|one|two|three|several|some)\s+)?(?:[a-z]+\s+){0,2}[Ss]ources?\s+"
                             r"(?:within|inside|in|at)\s+(?P<body>(?:the\s+)?[^,;:()]{2,60})")


def _body_of_source(speaker: str) -> str | None:
    """The body an unnamed source is placed in ("a source within the Kelpish
    government": "the Kelpish government"), recorded as its role: a body with
    a body's word ("ministry", "government", "military") or one written as a
    name ("Downing Street", "Vell Harbour Hospital"); not a place's description
    ("a source in the capital of Kelp") nor a country alone."""
    m = _SOURCE_IN_BODY.fullmatch(speaker)
    if m is None:
        return None
    body = m.group("body").strip()
    words = body.split()
    named = words[1:] if words[0].lower() == "the" else words
    low = [w.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s") for w in named]
    if not ORG_HINTS.isdisjoint(low):
        return body
    if named and all(w[:1].isupper() for w in named) and " ".join(low) not in COUNTRY_LIKE | COUNTRY_PAIRS:
        return body
    return None


def _nested_speaker(ctx, c: Claim) -> None:
    """ "X said, citing Y as saying ...": Y speaks, relayed by X."""
    via, who, tm = c._nested
    c.via = via
    person = _person_named(ctx, who)
    c.speaker = person.name if person is not None else who
    c.sourcing = _classify(who, person is not None)
    if c.sourcing in ("anonymous_generic", "named_org", "author"):
        c.sourcing = "unnamed_official" if re.search(r"official|source|spokes", who) else c.sourcing
    if tm is not None:
        c.said_on = when.resolve(tm, _day_at(ctx, c.cue.start if c.cue else c.content.start))


def _day_at(ctx, pos: int):
    """The day a time expression at ``pos`` counts from: its paragraph's own
    (an update's "UPDATE, March 13, 2026:", ``when.paragraph_days``), else the
    article's published day (None when neither is known)."""
    if ctx.pub is None:
        return None
    if ctx._para_days is None:
        ctx._para_days = when.paragraph_days(ctx.text, ctx.paras)
    i = bisect.bisect_right(ctx.pstarts, pos) - 1
    return (ctx._para_days[i] if i >= 0 else None) or ctx.pub


def _person_named(ctx, mention: str):
    """The article's person a relayed speaker's words name ("Jo Roe", "Prime
    Minister Roe": a name or a known surname last), else None."""
    people = ctx.people
    last = mention.rsplit(None, 1)[-1] if mention.strip() else ""
    if mention in people.people:
        return people.people[mention]
    return people.by_surname.get(last) if last[:1].isupper() else None


# (round 44) what a named owner said aloud, as the source: "Jo Roe's remarks", "Kelpco's response"; not the
# written texts ("Roe's statement", "Roe's letter"), which the sourcing labels keep a ``document``
_SPOKEN_BY_OWNER = re.compile(r"(?P<owner>(?:[A-Z][\w.\u2019'-]*\s+){0,3}?[A-Z][\w.-]*?)['\u2019]s?\s+"
                              r"(?:remarks|speech|comments|claims|response|argument|words|testimony|answer|reply)")


def _spoken_by_owner(mention: str) -> str | None:
    """The owner of a speech noun that is the whole source ("Roe's remarks"):
    the one who spoke, written by a capitalised name, not "the minister's"."""
    m = _SPOKEN_BY_OWNER.fullmatch(mention)
    if m is None or m.group("owner").split()[0].lower() in SENTENCE_OPENERS:
        return None
    return m.group("owner")


def _owner_speaks(ctx, mention: str | None, name: str | None, person):
    """(mention, name, person) with the owner of "Roe's remarks" as the
    mention (the article's person when it names one); unchanged otherwise."""
    owner = _spoken_by_owner(mention) if name is None and mention and "s " in mention else None
    if owner is None:
        return mention, name, person
    person = _person_named(ctx, owner)
    return owner, (person.name if person is not None else None), person


def _speaker_and_sourcing(ctx, c: Claim, name: str | None, person, claims: list[Claim]) -> None:
    """The claim's speaker, role and sourcing type from its resolved source:
    the apposition's role, the mention's kind, a cited party, a body's name as
    the article spells it out."""
    mention = c.source.text.strip() if c.source else None
    mention, name, person = _owner_speaks(ctx, mention, name, person)
    role = _apposition_role(ctx, c, name) if c._app is not None else None  # (most sources: no apposition)
    if role:
        if person is not None and not person.role:
            person.role = role
        c.speaker_role = role
    if name is None and mention is not None:
        mention = _titled_surname(c, mention)
        mention = _initials_after_office(c, mention)
    c.speaker = name or _speaker_text(mention)
    if mention is not None and mention.lower() == "it" and c.cue is not None and _PASSIVE_HEARSAY.match(c.cue.text):
        mention, c.speaker = None, None  # "It has been claimed that ...": an empty subject, hearsay
    if mention is None:
        c.sourcing = "unattributed_hedged" if _agentless_charge(ctx, c) else "author"
    else:
        _source_code(ctx, c, mention, name, person, claims)
    cited, c._cited = c._cited, None
    if cited is not None:
        # "X said, citing Y, ...": Y's word, relayed by X
        c.via = c.speaker or c.via
        c.speaker = ctx.text[cited[0]:cited[1]]
        c.sourcing = _classify(c.speaker, False)
    if person is None and c.speaker:
        _body_by_name(c, mention)
    if person is None and c.speaker and c.sourcing in ("named_org", "media_report", "document"):
        # "the IMF", "the appeals court" as the article names them
        full = coref.expand_acronym(ctx, c.speaker) or coref.body_antecedent(ctx, c.speaker, c.source.start) \
            or coref.kind_antecedent(ctx, c, claims)
        if full:
            c.speaker = full
            if full in ctx.people.people:
                c.sourcing = "named_person"  # an interview's "AV:" for Ana Voss, who the article names
    _masthead_by_the_article(ctx, c)


def _masthead_by_the_article(ctx, c: Claim) -> None:
    """(round 50) "The Kelpman reported ...", where the article has "the Kelpman newspaper": a paper known by
    one word is an outlet, not a body."""
    if c.sourcing == "named_org" and c.speaker and _one_word_masthead(ctx.text, c.speaker):
        c.sourcing = "media_report"


# a paper's kind, written next to its one-word name ("the weekly Kelpman", "The Kelpman newspaper", "Kelpman, a
# Halden daily"); not a word after "of" (a longer name's last word: "the Times of Kelpland newspaper"), nor a
# word before a kind with no "the" (an adjective: "popular Kelpish magazine brands")
_PAPER_KIND_WORDS = ("newspaper", "daily", "weekly", "magazine", "tabloid")
_PAPER_KINDS = "(?:" + "|".join(_PAPER_KIND_WORDS) + ")"
_ONE_WORD = r"[A-Z][\w'\u2019-]*"
# Each pattern opens on what its match must start with, as a lookahead before the lookbehinds ("The", a capital):
# the same matches, but a position that cannot start one fails at once, where the lookbehinds were tried at every
# position of the article first (with the kind-word test below, the scan of both corpora's 6,608 articles is eleven
# times cheaper, the same names found in each).
_PAPER_BY_ONE_WORD = (
    re.compile(r"\b" + _PAPER_KINDS + r"\s+(?:[Tt]he\s+)?(" + _ONE_WORD + r")\b(?!\s+[A-Z])"),
    re.compile(r"(?=[Tt]he\s)(?<!\bof\s)\b[Tt]he\s+(" + _ONE_WORD + r")\s+" + _PAPER_KINDS + r"\b"),
    re.compile(r"(?=[A-Z])(?<!\bof\s)(?<!\bof\sthe\s)\b(" + _ONE_WORD + r"),\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}"
               + _PAPER_KINDS + r"\b"),
)


@functools.lru_cache(maxsize=4)
def _papers_by_one_word(text: str) -> frozenset[str]:
    """The one-word names an article writes as papers' (read once per article: a search per claim would be
    quadratic in a long text; each pattern on its own, as their matches overlap: "the Kelpish newspaper The
    Kelpman").  Every pattern needs a kind's word as written, so an article with none is not scanned (nine in
    ten)."""
    if not any(kind in text for kind in _PAPER_KIND_WORDS):
        return frozenset()
    return frozenset(m.group(1) for pattern in _PAPER_BY_ONE_WORD for m in pattern.finditer(text))


def _one_word_masthead(text: str, speaker: str) -> bool:
    """Is a one-word name ("The Kelpman", "Kelpman") a paper the article names as one: the word written right
    after a paper's kind, with "the" before a kind ("the Kelpman newspaper"), or with a paper's kind in its
    apposition?"""
    word = speaker[4:] if speaker[:4].lower() == "the " else speaker
    if " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3:
        return False
    return word in _papers_by_one_word(text)


def _apposition_role(ctx, c: Claim, name: str | None) -> str | None:
    """The role the source's apposition gives ("Jo Roe, 58, a nurse,"), if it is
    one: not a relative clause ("Kelpworks, which ...") nor examples."""
    app = c._app
    if app is None:
        return None
    role = _AGE_FIRST.sub("", ctx.text[app[0]:app[1]].strip())  # ("Jo Roe, 58, who lives in Dover,")
    if _RELATIVE_ROLE.match(role) or _EXAMPLES.match(role):
        return None  # a relative clause or examples, not a role
    if name and c.source is not None and role.startswith(name, _STYLED.match(role).end()):
        # "The leader of the Party, the Right Honourable Jo Roe MP": the apposition is
        # the name, the description before it the role
        head = ctx.text[c.source.start:app[0]].strip().rstrip(",").rstrip()
        described = _DETERMINED_HEAD.match(head) or head and head.split()[-1].lower() in TITLE_WORDS
        if described and name.split()[-1] not in head:
            return clean_role(head, name)
        if "," not in role:
            return None  # the name alone ("Jo Roe MP", "Jo Roe of Kelp Bay") is no role
    return clean_role(role, name)


# what may open an apposition before the name itself: "the Right Honourable (Jo Roe)"
_STYLED = re.compile(r"(?:[Tt]he\s+)?(?:(?:Right|Rt\.?|Honourable|Honorable|Hon\.?)\s+)*")
# a description with a determiner or an owner: "The leader of the Party", "Kelp's mayor"
_DETERMINED_HEAD = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[A-Z][\w.-]*['\u2019]s?)\s+[\w'\u2019-]")


_FIRST_PERSON = frozenset(("i", "we"))


def _labelled_answers(ctx, claims: list[Claim]) -> None:
    """ "A: It is a big mistake." in an interview: the interviewee speaks, the
    person the headline names (else the article's first); "TV: ..." the
    person of those initials.  The turn is their own words: direct."""
    turns = [c for c in claims if c.rule == "heading.colon" and c.sourcing != "named_person" and c.source]
    if not turns:
        return  # (most articles: no scan of the text for a question label)
    answers = sum(c.source.text.strip().lower() in ANSWER_LABELS for c in turns)
    interview = answers >= 2 or _QUESTION_LABEL.search(ctx.text) is not None
    interviewee = _interviewee(ctx) if interview else None  # (one for all the answers)
    for c in turns:
        label = c.source.text.strip()
        if label.lower() in ANSWER_LABELS:
            person = interviewee
        else:
            person = _initials_person(ctx, label)
        if person is not None:
            ctx.people.ensure_role(person)
            c.speaker, c.sourcing, c.quote_type = person.name, "named_person", "direct"
            c.speaker_role = person.role


_QUESTION_LABEL = re.compile(r"(?m)^Q(?:uestion)?\s*:")
# a transcript turn's label: a name in capitals or title case, with the
# speaker's party or place in brackets after it ("ANN ROE (Green):")
_TURN_LABEL = re.compile(r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})"
                         r"(?:\s*\((?P<party>[^()]{1,30})\))?")


def _transcript_turns(ctx, claims: list[Claim]) -> None:
    """A transcript of two turns or more ("RUNA ROE: We will not ..."): a turn
    labelled with a person's name is that person's own words (direct), the name
    in the case the article writes it ("Runa Roe", the full name an
    introduction gives), the bracketed party the role.  An interviewer's label
    ("HOST:", "Q:") names no one: its remarks are the publication's, and a
    claim inside its turn ("The mayor says ...") is relayed by it, never the
    guest's."""
    turns = [c for c in claims if c.rule == "heading.colon" and c.source]
    if len(turns) < 2:
        return
    guests = set()
    for c in turns:
        label = c.source.text.strip()
        if label.lower() in INTERVIEWER_LABELS:
            c.speaker, c.sourcing, c.speaker_role = None, "author", None
        elif _person_turn(ctx, c, label):
            guests.add(c.speaker)
    _interviewer_relays(ctx, claims, guests)


# a paragraph announcing a transcript ("Transcript as follows:", "Full text:", "Partial transcript below:")
_TRANSCRIPT_ANNOUNCED = re.compile(r"(?:(?:[Pp]artial|[Ff]ull|[Vv]ideo)\s+)?(?:[Tt]ranscript|text)"
                                   r"(?:\s+(?:as\s+follows|below|follows))?:")


def _announced_transcript(ctx, claims: list[Claim]) -> None:
    """ "Gov. Jo Roe said, '...' Transcript as follows:" and then quotations
    with no speaker and no turn labels: the transcript is of the person the
    article had just quoted, so its unattributed quotations are that person's."""
    text = ctx.text
    if ":" not in text or "ranscript" not in text and "text" not in text:
        return  # (every announcement holds its colon and "transcript" or "text": most articles neither)
    announced = next((ps for ps, pe in ctx.paras
                      if text.find(":", ps, pe) >= 0 and _TRANSCRIPT_ANNOUNCED.fullmatch(text[ps:pe].strip())), None)
    if announced is None or any(c.rule == "heading.colon" and c.source and c.source.start > announced
                                for c in claims):
        return  # (labelled turns name their own speakers: ``_transcript_turns``)
    before = [c for c in claims if c.content.end <= announced and c.sourcing == "named_person"
              and c.speaker in ctx.people.people]
    if not before:
        return
    speaker = max(before, key=lambda c: c.content.end)
    for c in claims:
        if c.rule == "quote.unattributed" and c.speaker is None and c.content.start > announced:
            c.speaker, c.sourcing, c.quote_type = speaker.speaker, "named_person", "direct"
            c.speaker_role = c.speaker_role or speaker.speaker_role


def _person_turn(ctx, c: Claim, label: str) -> bool:
    """Make a turn labelled with a person's name that person's words."""
    if c.sourcing == "named_person" and c.speaker in ctx.people.people:
        c.quote_type = "direct"
        return True  # (an "A:" answer, initials or a name, resolved already)
    m = _TURN_LABEL.fullmatch(label)
    person = None if label.rstrip(".").upper() in _GROUP_LABELS else \
        _capitals_label(ctx.people, label) or ctx.people.by_surname.get(label)  # ("ROE:", "Roe:")
    if person is None and m is None and label.rstrip(".").upper() not in _GROUP_LABELS:
        # ("ROE:" after "JO ROE:", "Vole:" after "Jo Vole", "Ann-Marie:" after "Ann-Marie Roe")
        m = _TURN_LABEL.fullmatch(_label_in_full(ctx, label) or "")
    if person is None and (m is None or has_org_word(m["name"]) or m["name"].split()[0].upper() in _GROUP_LABELS):
        return False
    name = person.name if person is not None else m["name"].title() if m["name"].isupper() else m["name"]
    person = person or ctx.people.people.get(name) or ctx.people.by_surname.get(name.split()[-1])
    c.speaker = person.name if person is not None else name
    c.sourcing, c.quote_type = "named_person", "direct"
    c.speaker_role = c.speaker_role or (person.role if person is not None else None) or (m and m["party"])
    return True


def _label_in_full(ctx, label: str) -> str | None:
    """The full name a one-word turn label stands for, when the article writes it
    once and only once: a known forename, or a turn label's first word, before the
    label as a surname ("JOEL ROE: ..." then "ROE: ...", "Kelp News interviews
    Jo Vole" then "Vole: ..."), or a person the article names with the label as forename
    ("Ann-Marie Roe, vice chair" then "Ann-Marie: ..."); None otherwise."""
    if not _ONE_WORD_LABEL.fullmatch(label):
        return None
    found = set()
    for fm in re.finditer(r"\b([A-Z][A-Za-z]+)\s+" + re.escape(label) + r"\b(\s*:)?", ctx.text):
        if fm.group(1).title() in FORENAMES or fm.group(2) and fm.group(1).isupper():
            found.add(f"{fm.group(1)} {label}")  # (a known forename, or another turn's label: "JOEL ROE:")
    if not label.isupper():
        found.update(name for name in ctx.people.people if name.split()[0] == label and " " in name)
    if not found:
        found.update(_headline_full_name(ctx.text, label))
    return found.pop() if len(found) == 1 else None


def _headline_full_name(text: str, label: str) -> set[str]:
    """The full names the headline gives a one-word label in title case, the
    interviewee an interview's title names ("Kelp News interviews Jo Vole,
    Green candidate" then "Vole: ..."): a capitalised word before the label that
    is no title, office or body word ("President Vole" is no forename)."""
    if label.isupper():
        return set()
    headline = text[:text.find("\n")] if "\n" in text else text
    return {f"{fm.group(1)} {label}" for fm in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(label) + r"\b", headline)
            if fm.group(1).lower() not in TITLE_WORDS and not has_org_word(fm.group(1))
            and fm.group(1).lower() not in SENTENCE_OPENERS}


# a turn label of one word: a surname in capitals or not, or a forename ("ROE", "Vole", "Ann-Marie")
_ONE_WORD_LABEL = re.compile(r"[A-Z][A-Za-z'\u2019-]{2,}")


def _interviewer_relays(ctx, claims: list[Claim], guests: set) -> None:
    """A claim inside an interviewer's turn ("HOST: The mayor says your costs
    doubled. Is that true?") is the interviewer relaying its source: ``via``
    the label, and its source is not the guest the question is put to."""
    text = ctx.text
    starts = [ps for ps, _ in ctx.paras]
    for c in claims:
        if c.rule == "heading.colon" or c.source is None:
            continue
        ps = starts[max(0, bisect.bisect_right(starts, c.content.start) - 1)]
        m = _OPENING_LABEL.match(text, ps)
        if m is None or m["label"].lower() not in INTERVIEWER_LABELS:
            continue
        c.via = m["label"].title() if len(m["label"]) > 2 else m["label"]
        if c.speaker in guests:
            c.speaker = _speaker_text(c.source.text.strip())
            c.sourcing = _classify(c.speaker, False)
            c.speaker_role = None


_OPENING_LABEL = re.compile(r"\s*(?P<label>[A-Za-z]+)\s*:")


def _interviewee(ctx):
    """The person an interview is with: named in the headline ("Interview with
    Ann Vole"), else the one the article names most often."""
    people = list(ctx.people.people.values())
    headline = ctx.text.split("\n", 1)[0]
    named = [p for p in people if p.surname and p.surname in headline]
    if named:
        return min(named, key=lambda p: headline.find(p.surname))
    in_headline = _headline_people(ctx)
    if len(in_headline) == 1:
        return in_headline[0]
    return max(people, key=lambda p: (len(p.positions), -p.first), default=None)


def _headline_people(ctx) -> list:
    """The people a headline outside the story's paragraphs names (a .txt
    file's first line: "Interview: harbour master Ola Brenn on ..."), which
    the article's people, read from the paragraphs, miss."""
    headline = ctx.text.split("\n", 1)[0]
    if not headline or (ctx.paras and ctx.paras[0][0] == 0):
        return []
    return [p for p in People(ctx.text, [(0, len(headline))], lambda _: False).people.values()
            if p.name not in ctx.people.people]


def _initials_person(ctx, label: str):
    """The one person of the article whose initials a capitals label ("TV",
    "J.K.") spells."""
    letters = label.replace(".", "")
    if not 2 <= len(letters) <= 3 or not letters.isalpha() or not letters.isupper():
        return None
    found = [p for p in [*ctx.people.people.values(), *_headline_people(ctx)]
             if "".join(w[:1] for w in p.name.split()) == letters]
    return found[0] if len(found) == 1 else None


def _answerers(claims: list[Claim]) -> None:
    """ "KN: I think it depends ...": the first person inside an interview
    answer is whoever the answer's label names, not the article's author."""
    turns = [t for t in claims if t.rule == "heading.colon" and t.speaker and t.sourcing != "author"]
    if not turns:
        return
    for c in claims:
        if c.sourcing != "author" or c.source is None or c.source.text.strip().lower() not in _FIRST_PERSON:
            continue
        turn = next((t for t in turns if t.content.start <= c.source.start < t.content.end), None)
        if turn is not None:
            c.speaker, c.sourcing, c.speaker_role = turn.speaker, turn.sourcing, turn.speaker_role


def _unlabelled_answers(ctx, claims: list[Claim]) -> None:
    """An interview written as questions and answers with no turn labels
    ("Why did you run?: I ran for one reason ..."), its headline naming one
    person ("Interview with Ann Vole"): an "I" after the first question, in a
    paragraph that is not itself a question, is the interviewee's, not the
    writer's."""
    text = ctx.text
    headline = text[:text.find("\n")] if "\n" in text else text
    if "nterview" not in headline or any(c.rule == "heading.colon" for c in claims):
        return  # (most articles; labelled turns: ``_answerers``)
    mine = [c for c in claims if c.sourcing == "author" and c.source is not None and c.source.text.strip() == "I"]
    if not mine:
        return
    # (the people of the headline the text then speaks of: not a "Kelpland Votes 2031" series title)
    named = [p for p in ctx.people.people.values()
             if p.surname and p.surname in headline and p.positions and p.positions[-1] > len(headline)]
    first_question = text.find("?", len(headline))
    if len(named) != 1 or first_question < 0:
        return  # (two guests, or no question: whose "I" it is stays open)
    person = named[0]
    starts = [ps for ps, _ in ctx.paras]
    for c in mine:
        ps, pe = ctx.paras[max(0, bisect.bisect_right(starts, c.source.start) - 1)]
        if c.source.start < first_question or text[ps:pe].rstrip(_CLOSERS).endswith("?") \
                or _glued_question_after(text, c.source.start, pe):
            continue  # (before the questions; in a question, alone or glued to its answer: "... I know X. Is it?: Yes")
        ctx.people.ensure_role(person)
        c.speaker, c.sourcing, c.speaker_role = person.name, "named_person", person.role


def _glued_question_after(text: str, pos: int, end: int) -> bool:
    """Does the turn at ``pos`` end in a question glued to its answer ("I know X.
    Is it safe?: Yes, ...")?  Turns run on in one paragraph after a semicolon
    ("... results.; [Host] Thanks."): the question must come before any."""
    q = text.find("?", pos, end)
    return q >= 0 and text.startswith(":", q + 1) and text.find(";", pos, q) < 0


def _questions(text: str, claims: list[Claim]) -> None:
    """A claim whose words are a question ("What will the levy cost?") asks,
    it does not assert: its stance is "question", whatever verb reported it
    (an interviewer's lines, "she asked", a quoted question, "whether ...").
    So does a claim cut right before the "?" that ends its sentence: an
    interviewer's "Do you think that the levy is fair?" states nothing of
    the guest's, whatever the verb's own stance."""
    for c in claims:
        words = c.content.text
        if c.stance in (None, "assertion") and (words.rstrip(_CLOSERS).endswith("?") or words.startswith("whether ")):
            c.stance = "question"  # ("asked whether the levy would rise": a question reported)
        elif c.stance in (None, "assertion", "stance") and not (c.rule or "").startswith("nominal.") \
                and _asked_after(text, c.content.end):
            c.stance = "question"  # (not a noun's: "Was his criticism of the levy fair?" presumes the criticism)


def _asked_after(text: str, end: int) -> bool:
    """Whether a question mark comes right after a claim's last word (closing
    quotation marks and spaces between)."""
    return text[end:end + 4].lstrip(_CLOSERS).startswith("?")


_CLOSERS = " \t\n\"'\u201d\u2019\u00bb)"


ANONYMOUS = ("unnamed_official", "anonymous_generic", "collective_unnamed")
FOLLOW_UP_REACH = 600  # characters back from a follow-up sentence: the two or three sentences before it


def _later_anonymity(ctx, claims: list[Claim]) -> None:
    """The reason a follow-up sentence gives ("Both spoke on condition of
    anonymity because ...") for the anonymous claims right before it that
    state none of their own."""
    for follow in anonymity.follow_ups(ctx.text, lambda pos: (unit_of(ctx, pos) or (None,))[0]):
        before = [c for c in claims
                  if c.sourcing in ANONYMOUS and c.source is not None
                  and follow.start - FOLLOW_UP_REACH <= c.source.start < follow.start
                  and c.content.end <= follow.start]
        if not before:
            continue
        if follow.singular:
            last = max(c.source.start for c in before)
            before = [c for c in before if c.source.start == last]
        for c in before:
            if not c.anonymity_reason:
                c.anonymity_reason = follow.reason


# "the international aid group Kelp Relief", "the newspaper Harbour Times": a
# description in lower case, then the organisation's name
_DESCRIBED_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?P<role>(?:(?!(?:the|a|an|of|for|at|to|in|from|with|by|on|and|or|who|that|which|"
    r"aboard|about|after|before|into|over|under|near|against|between|among|than|as)\b)"
    r"[a-z][\w-]*\s+){1,5})(?P<name>[A-Z][\w.'\u2019&-]*(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|for|de|du|des|the|and|&))*)$")
# a description must end with its noun ("aid group", "newspaper"), not an adjective
_ADJECTIVE_END = re.compile(r"(?:al|ent|ive|ous|ic|able|ible|ed|ing|senior|junior|former|late|top|leading|major|"
                            r"new|local|recent)$")


# round 49: a body's description ending on its kind's noun ("The hardline party",
# "Dockers' advocacy group", "Another carmaker"; no "of"/"for" phrase: "a
# spokesman for the party" is a person) and, as its apposition, a name of capitals
# ("the Kelp Growers Association", "Vorla Motors (VM)", "the Coalition for Harbour
# Workers")
_BODY_DESCRIPTION = re.compile(r"(?:[\w'\u2019-]+\s+){0,5}(?P<head>[a-z][a-z-]*)")
_BODY_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w.&'\u2019-]*(?:(?:,?\s+(?:of|for|and|on|the|de|du)"
                        r"|\s+[A-Z][\w.&'\u2019-]*|,\s+[A-Z][\w.&'\u2019-]*)*))(?:\s+\([A-Z][\w.&-]*\))?")
_BODY_HEADS = ORG_HINTS | BODY_KINDS_AS_ROLE | {"body", "chain", "automaker", "carmaker"}


def _body_by_name(c: Claim, mention: str) -> None:
    """A body's speaker as its name, the description its role: the name in the
    apposition ("A trade group, the Kelp Growers Association, said"), or one
    the description runs into or closes on."""
    if c.speaker_role and c.sourcing in ("named_org", "anonymous_generic") and _body_named_in_apposition(c):
        return
    if c.sourcing in ("named_org", "media_report"):
        _name_from_description(c)
        if c.speaker == _speaker_text(mention):
            _name_after_description(c, mention)


def _body_named_in_apposition(c: Claim) -> bool:
    """The description a body's speaker was left with swapped for the name its
    apposition gives: the name speaks, the description is its role."""
    d = _BODY_DESCRIPTION.fullmatch(c.speaker)
    n = _BODY_NAME.fullmatch(c.speaker_role.strip())
    if d is None or n is None or d.group("head") not in _BODY_HEADS or " of " in c.speaker or " for " in c.speaker:
        return False
    c.speaker, c.speaker_role, c.sourcing = n.group("name"), c.speaker, "named_org"
    return True


def _name_from_description(c: Claim) -> None:
    """An organisation's speaker is its name; the description before it is its role."""
    m = _DESCRIBED_NAME.match(c.speaker)
    if m is None or not m.group("name").split()[-1][:1].isupper() or _ADJECTIVE_END.search(m.group("role").strip()) \
            or m.group("name") in DATE_WORDS:
        return
    c.speaker = m.group("name")
    if not c.speaker_role:
        c.speaker_role = m.group("role").strip()


# a description (a determiner or an owner's possessive, ending on its lower-case
# noun), a comma, then a name closing the mention: "A third car maker, Kelp
# Motors", "Roe's son, Grant,"
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?P<role>(?:[Tt]he|[Aa]n?|[Aa]nother|[A-Z][\w.-]*['\u2019]s?)\s+(?:[\w.'\u2019-]+\s+){0,5}[a-z][\w-]*),\s+"
    r"(?P<name>(?:[A-Z][\w.&'\u2019-]*\s+){0,4}[A-Z][\w&'\u2019-]*),?$")


def _name_after_description(c: Claim, mention: str) -> None:
    """A body or person named after its description ("A third car maker, Kelp
    Motors, said"): the name speaks, the description is its role; a person's
    noun as the head ("Roe's son, Grant") makes the name a person's."""
    m = _DESCRIPTION_THEN_NAME.match(mention.strip())
    if m is None or m.group("name").split()[0].lower() in SENTENCE_OPENERS:
        return
    role = m.group("role")
    c.speaker = m.group("name")
    c.speaker_role = c.speaker_role or role
    if role.rsplit(None, 1)[-1] in OFFICE_HEADS or c.speaker.split()[0].rstrip(".").lower() in HONORIFICS \
            or _initials_name(c.speaker):
        c.sourcing = "named_person"  # ("The lawyer, Mr Vole", "Roe's son, Grant", "A contractor, J.D. Vole")


def _person_mention(ctx, c: Claim, mention: str) -> bool:
    """Whether a mention no person was resolved from still names one: a
    transcript's speaker label ("ROE:"), or a capitalised name that is no
    pronoun, sentence opener, place, organisation (one named for its country:
    "Statistics Kelpland") or employer."""
    return bool(_person_label(c, mention) or (
        mention[:1].isupper() and is_pronoun(mention) is False and
        bool(_PERSON_LIKE.match(mention) or _initials_name(mention) or _lone_person_name(ctx, c, mention))
        and mention.split()[0].lower() not in SENTENCE_OPENERS
        and mention.split()[0] not in PLACE_OPENERS and not has_org_word(mention)
        and not (" " in mention and place_or_firm_named(ctx.text, mention))
        and not (body_of_a_country(mention) and not titled_after(ctx.text, c.source.end))
        and mention not in ctx.people.employers and mention.lower() not in COUNTRY_PAIRS))


def _pronoun_sourcing(ctx, c: Claim, plow: str, name, person, claims) -> bool:
    """A pronoun whose antecedent is a description or a body: the sourcing of
    what it stands for (speaker too for a body); True when it set them."""
    if name is not None and person is None and plow in ("he", "she"):
        # an unnamed person's description stands for the pronoun (``_resolve``)
        c.sourcing = _classify(name, False)
        return True
    thing = _what_it_reads(ctx.text, c.source.start) if name is None and plow == "it" and c.cue is not None \
        and c.cue.text.lower() in ("reads", "read") else None
    if thing is not None and not thing.issued:
        c.speaker, c.sourcing = thing.words, "document"
        return True
    if name is None and plow in ("it", "they", "which", "that", "who", "its", "their"):
        # "the Chicago Police Department which reported", "the campaign ... It said", "their claim that"
        body = coref.relative_body(ctx, c.source.start) if plow in ("which", "that", "who") else None
        if body is None and plow == "who":
            body = coref.relative_group(ctx, c.source.start)  # ("the company who said", "authorities who said")
        got = (_issuer_or_body(ctx, c, body) if body else coref.group_antecedent(ctx, c, claims))
        if body is None and got is not None and plow in ("which", "that") \
                and coref.follows_common_noun(ctx, c.source.start) and not coref.in_own_sentence(ctx, got[0], c):
            return False  # ("a headline that said": the noun it follows, no group of the sentences before)
        if got is not None:
            c.speaker, c.sourcing = got
            if plow == "who" and c.sourcing != "named_person":
                # ("the extradition of Roe, who denies"): a person the article names, or titles ("Mr Roe")
                person = _person_named(ctx, c.speaker)
                if person is not None:
                    c.speaker, c.sourcing = person.name, "named_person"
                elif " " not in c.speaker and c.speaker[:1].isupper() and _titled_in_article(ctx, c.speaker):
                    c.sourcing = "named_person"
            return True
    if thing is not None:
        c.speaker, c.sourcing = thing.words, "document"  # (put out by no one found)
        return True
    return False


# a text or a thing that carries one, with its determiner ("a campaign poster", "the letter")
_READ_THING = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Oo]ne)\s+"
                         r"(?:[\w'\u2019-]+\s+){0,2}?(?:"
                         + "|".join(sorted(sorted(READ_THINGS), key=len, reverse=True)) + r")\b")
# a verb that puts a text out, right before it ("issued a statement", "unveiled a poster")
_ISSUED_BEFORE = re.compile(r"\b(?:issued|released|sent|posted|published|wrote|put\s+out|tweeted|unveiled|"
                            r"distributed|circulated)\s+$")
# how far back "it reads" looks for what it stands for
_READ_REACH = 300


class _ReadThing(NamedTuple):
    words: str     # as written: "a campaign poster"
    issued: bool   # someone put it out right before: "issued a statement"


def _what_it_reads(text: str, start: int) -> _ReadThing | None:
    """ "A campaign poster ... It reads: ...", "a sign of her own. '...,' it
    read": the last text or thing that carries one, named in the words before
    the "it" (as written, its determiner first); None when there is none.
    When someone put it out right before ("Roe issued a statement"), the
    body or person found for "it" speaks for it, as the issuer of "a
    statement which said" does; the thing only when no one is found."""
    last = None
    for last in _READ_THING.finditer(text, max(0, start - _READ_REACH), start):
        pass
    if last is None:
        return None
    return _ReadThing(last.group(), _ISSUED_BEFORE.search(text, max(0, last.start() - 30), last.start()) is not None)


def _issuer_or_body(ctx, c: Claim, body: str) -> tuple[str, str]:
    """(speaker, sourcing) of a relative's antecedent; a document its subject
    put out ("Jo Roe issued a statement which said") speaks for that subject."""
    return coref.issuer_or_document(ctx, c.source.start, body)


# an unresolved pronoun's code: "he" / "she" stand for a person the report has
# named (the sourcing labels' convention: a pronoun for a named person is
# ``named_person``), never for an anonymous source; "they" for a group
_UNRESOLVED_PERSON = ("he", "she", "him", "her")
# the codes a bare pronoun gets from its words alone ("She" capitalised reads as a name)
_PRONOUN_CODES = ("named_person", "named_org", "anonymous_generic")


def _unresolved_pronoun_code(plow: str, code: str) -> str:
    """The code of a pronoun that names no one found ("she said", "they stress")."""
    if plow in _UNRESOLVED_PERSON:
        return "named_person"
    if plow == "they":
        return "collective_unnamed"
    if plow == "you" and code in _PRONOUN_CODES:
        return "anonymous_generic"  # "You can't say ...", "You have written ...": no one named
    return "anonymous_generic" if code == "named_person" or plow in ("who", "it") else code


# one capitalised plural word ("Organizers", "Fact-checkers"): a description when it opens its sentence
# (the endings of nouns for people: "Retailers", "Employees", "Participants", "Youths"; not "Rumours",
# "Devices", "Caucus")
_PLURAL_WORD = re.compile(r"[A-Z][a-z]+(?:-(?P<tail>[a-z]+))?(?:" + "|".join(e[:-1] for e in PEOPLE_PLURAL_ENDINGS)
                          + r")s")


def _common_plural_opener(ctx, c: Claim, mention: str) -> bool:
    """Is a one-word source a plural description capitalised only because it
    opens its sentence ("Organizers said", "Fact-checkers say")?  So when the
    article writes it in lower case too, or a hyphen joins lower-case words
    ("Fact-checkers"); never a name the article gives a person."""
    m = _PLURAL_WORD.fullmatch(mention)
    if (m is None and not sourcing.group_plural_word(mention) and _DEMONYM_PLURAL.fullmatch(mention) is None) \
            or c.source is None or mention in ctx.people.by_surname:
        return False
    if _demonym_plural(ctx, mention):
        return True  # (a people's plural is capitalised anywhere in its sentence: "In Kelp, Kelpis say")
    before = ctx.text[max(0, c.source.start - 3):c.source.start].rstrip(" ")
    if before and before[-1] not in ".!?\n\"\u201c\u201d:":
        return False
    if m is not None and (m.group("tail") is not None or writes_in_lower_case(ctx, mention)):
        return True
    # (round 42: "Mourners say", "Delegates agreed" -- a plural of people the article never writes in lower
    # case, when no name stands before it anywhere: "Jo Sanders" makes "Sanders" a surname; an agent
    # noun's "-ers" only when the article writes its verb, "mourn", as a lone "Desrosiers" is a name)
    if not sourcing.group_plural_word(mention) or _after_a_name(ctx, mention):
        return False
    verbs = sourcing.agent_verbs(mention)
    return not verbs or any(writes_in_lower_case(ctx, v) for v in verbs)


# a people's plural: "Kelpis", "Kelpans", "Kelpites" (the singular, "Kelpi", "Kelpan", "Kelpite", its adjective)
_PEOPLE_PLURAL_END = r"(?:i|an|ite)s"  # (the endings of a people's plural, in both patterns below)
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]{3,}" + _PEOPLE_PLURAL_END)


def _demonym_plural(ctx, word: str) -> bool:
    """Is a one-word plural a people named for its nation, faith or place
    ("Kelpis say", "Kelpans protested"): shaped so, and the article writes the
    singular as an adjective before a lower-case noun ("a Kelpi official",
    "the Kelpan capital"), never after a capitalised word other than an opener
    ("Jo Kelpan" is a surname) nor as a person's surname?  (No list of nations:
    the article's own adjective tells.)"""
    if _DEMONYM_PLURAL.fullmatch(word) is None:
        return False
    return _written_as_nation(ctx, word[:-1])


def _written_as_nation(ctx, single: str) -> bool:
    """Does the article write ``single`` ("Kelpi", "North Kelpan", "Kelpish")
    as a nation's adjective before a lower-case noun, and never as a name
    (after a capitalised word that opens no sentence, or a person's surname)?"""
    if single in ctx.people.by_surname or any(
            m.group(1).lower() not in SENTENCE_OPENERS and (not m.group(1).endswith(".") or m.group(1) in TITLES)
            for m in re.finditer(r"([A-Z][\w.'\u2019-]*)[ \t]+" + re.escape(single) + r"s?\b", ctx.text)):
        return False  # (after a capitalised word that ends no sentence: "Jo Kelpan", "Mr. Kelpan")
    adjective = r"(?:\b[a-z]+|\b(?:The|An?))[ \t]+" + re.escape(single) + r"[ \t]+[a-z]{3,}\b"
    return re.search(adjective, ctx.text) is not None


# (round 46) a people with "the": "the Kelpis", "The North Kelpans", and the nation's adjective used as its people
# ("the Kelpish", "the Kelpese", "the French", "the Dutch")
_DEFINITE_PEOPLE = re.compile(r"[Tt]he\s+(?P<people>(?:(?:North|South|East|West)\s+)?[A-Z]"
                              r"(?:[a-z]{3,}(?:(?P<plural>" + _PEOPLE_PLURAL_END + r")|ese|ish)|rench|utch))")


def _definite_people(ctx, c: Claim, mention: str) -> bool:
    """Is the source a nation's or faith's people with "the" ("The Kelpans said",
    "the Kelpish insisted"): many people, not one body, by the same test of the
    article's own adjective as ``_demonym_plural``?"""
    m = _DEFINITE_PEOPLE.fullmatch(mention)
    if m is None:
        return False
    people = m.group("people")
    if not m.group("plural"):
        # "the Kelpish" is a people only as the subject of a plural verb ("the Kelpish say"), not before a noun
        # ("The Kelpish warning cites") nor with a body's singular verb ("the Kelpish has yet to ...")
        cue = c.cue
        if cue is None or c.source is None or ctx.text[c.source.end:cue.start].strip() \
                or _SINGULAR_VERB.match(cue.text) or cue.text.split()[0].endswith("ing"):
            return False
    return _written_as_nation(ctx, people[:-1] if m.group("plural") else people)


_SINGULAR_VERB = re.compile(r"(?:has|is|was|does)\b", re.IGNORECASE)


def _after_a_name(ctx, word: str) -> bool:
    """Does the article write ``word`` after a capitalised word that is not a
    sentence's opener ("Jo Sanders", "Mr. Walters", "Israeli Arabs")?"""
    for m in re.finditer(r"([A-Z][\w.'\u2019-]*)[ \t]+" + re.escape(word) + r"\b", ctx.text):
        if m.group(1).lower() not in SENTENCE_OPENERS:
            return True
    return False


def _source_code(ctx, c: Claim, mention: str, name, person, claims) -> None:
    """The claim's sourcing code (and via, anonymity reason) from its mention."""
    medium = c._medium
    c.sourcing = _classify(mention, person is not None or _person_mention(ctx, c, mention)
                           or _initials_speaker(ctx, c, mention), c._lemma, medium)
    if c.sourcing == "named_org" and name is None and (_common_plural_opener(ctx, c, mention)
                                                       or _definite_people(ctx, c, mention)):
        c.sourcing = "collective_unnamed"  # "Organizers said", "Fact-checkers say", "The Kelpans said": people
    plow = mention.lower()
    if (name is None or person is None) and _pronoun_sourcing(ctx, c, plow, name, person, claims):
        return  # (a person resolved by name is no pronoun's description, body or document: no call)
    if c.sourcing in _PRONOUN_CODES and name is None and is_pronoun(mention):
        c.sourcing = _unresolved_pronoun_code(plow, c.sourcing)
    if c.sourcing == "author" and name is None:
        c.speaker = None  # the writer: named by the byline, not by the claim
    if c.sourcing == "named_person" and name is None and person is None and _holder_never_named(ctx, c, mention):
        c.sourcing = "unnamed_official"  # "the police commander said", and the article never names one
    if medium and _SOCIAL_MEDIUM.match(medium):
        c.via = c.via or medium
    elif c.sourcing in sourcing.POSTERS and _posted(ctx, c):
        c.sourcing = "social_post"
    if c.sourcing in ANONYMOUS:
        c.anonymity_reason = _anonymity_reason(ctx, c)
        if c.speaker and name is None:
            c.speaker = anonymity.strip_formula(c.speaker)


def _initials_speaker(ctx, c: Claim, mention: str) -> bool:
    """(round 51) A speaker cut from a longer mention whose name opens on
    initials ("J.J. Roe, editor of the Kelp Post", "A ship's captain, T.K.
    Vole"): the person the mention names, not the body its description does."""
    speaker = c.speaker
    return bool(speaker) and speaker != mention and _initials_name(speaker) and _person_mention(ctx, c, speaker)


def _holder_never_named(ctx, c: Claim, mention: str) -> bool:
    """Is the mention one holder of an office in a body ("the police
    commander", "the company manager") whom the article never names?  Named
    means the office word next to a capitalised name anywhere in the text
    ("Commander Jo Roe", "manager, Mara Lind", "Jo Roe, the brigade's deputy
    commander"), a person named in the mention itself, right after it or in
    the sentence before it ("General Jo Roe testified. The top commander said
    ...": the description stands for that person), or a person written just
    before another use of a capitalised word of the mention (the body's
    name).  Decided by what the article writes, as coref may miss the person."""
    head = sourcing.body_office_head(mention)
    if head is None or c.source is None:
        return False
    text, end = ctx.text, c.source.end
    before = max(text.rfind(".", 0, c.source.start), text.rfind("\n", 0, c.source.start), 0)
    since = max(text.rfind(".", 0, before), text.rfind("\n", 0, before), 0)
    mentions = [at for at, _ in ctx.people.mentions]
    if any(since <= at < end + 3 for at in mentions):
        return False  # (", Jo Roe," right after it names the holder too)
    for word in mention.split()[1:]:
        # "The commander of the Kelp Command said": a person written near the body's name elsewhere
        # ("Gen. Jo Roe, whose Kelp Command ...") may hold the office
        if word[:1].isupper() and word.lower() not in SENTENCE_OPENERS:
            for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
                if not c.source.start <= m.start() < end and any(m.start() - 80 <= at < m.start() for at in mentions):
                    return False
    office = re.escape(head)
    named = re.compile(r"(?i:\b" + office + r"),?\s+(?:[A-Z][\w.'\u2019-]+\s+)?[A-Z][a-z][\w'\u2019-]+"
                       r"|[A-Z][a-z][\w'\u2019-]+,\s+(?:[\w'\u2019-]+\s+){0,5}?(?i:" + office + r")\b")
    return named.search(ctx.text) is None


# "has been accused of", "were blamed for": a charge that no one is named as making
# the participles of a charge ("accused") and of hearsay ("reported"), after a passive auxiliary
_CHARGES = ("accused", "blamed", "alleged", "suspected", "rumored", "rumoured")
_HEARSAY = ("reported", "said", "believed", "thought", "claimed", "understood", "feared")
# (round 44) speculation and argument no one is named as making, only as a passive right after its auxiliary
# ("It is widely speculated that", "it has been suggested that", and "it is expected that" as the README's
# hedged "is expected to"); "It was announced / revealed / confirmed that" stays the writer's own report
# (``author``), as the sourcing labels have "a curfew was announced"; (round 46) an estimate, a forecast, an
# assumption or a hope no one is named as holding is the same kind of unowned view ("It is estimated that",
# "It was predicted that", "it is assumed that", "It is hoped that"), while "It is known / planned that" stays
# the writer's
_SPECULATION = ("speculated", "suggested", "argued", "asserted", "expected", "estimated", "predicted", "assumed",
                "hoped")
_CHARGE_CUE = re.compile(r"(?:(?:has|have|had|is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|long)\s+)?)+"
                         r"(?:" + "|".join((*_CHARGES, "implicated", *_HEARSAY)) + r")\b", re.IGNORECASE)
# the passive itself ("has also been claimed", "is alleged"): after "it", an empty subject
_PASSIVE_HEARSAY = re.compile(r"(?:\w+\s+)*?(?:is|are|was|were|been|being)\s+(?:(?:\w+ly|also|long)\s+)?"
                              r"(?:" + "|".join((*_CHARGES, *_HEARSAY, *_SPECULATION)) + r")$", re.IGNORECASE)
_PASSIVE_SPECULATION = re.compile(r"(?:is|are|was|were|been|(?:has|have|had)\s+been)\s+(?:(?:\w+ly|also)\s+)?"
                                  r"(?:" + "|".join(_SPECULATION) + r")", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"(?:has|have|had|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:been\s+)?$",
                         re.IGNORECASE)


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also)\s+)?$", re.IGNORECASE)


def _agentless_charge(ctx, c: Claim) -> bool:
    """An agentless passive charge ("peacekeepers have been accused of ..."):
    hearsay with no source, like "reportedly"."""
    cue = c.cue
    if cue is None:
        return False
    if _CHARGE_CUE.match(cue.text):
        return True
    if _PASSIVE_SPECULATION.fullmatch(cue.text) and c.content.start >= cue.end:
        return True  # "it is widely speculated that": a hedge with no one named (not "the appeal was argued")
    word = cue.text.split()[-1].lower() if cue.text.split() else ""
    if word in _HEARSAY:
        # "... and is reported to have killed": the cue's span lost its auxiliary
        return bool(_BE_BEFORE.search(ctx.text, max(0, cue.start - 40), cue.start))
    return word in _CHARGES and bool(
        _AUX_BEFORE.search(ctx.text, max(0, cue.start - 40), cue.start))


# a post or tweet named as the medium in the claim's sentence, outside what was said;
# a bare "post" only as the medium of "in a post on his blog", "in a post." (not "in her post as minister",
# "will stay in his post.")
_IN_A_POST = (r"(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+(?:(?:an?)\s+(?:[\w-]+\s+){0,2}?post(?:ing)?(?=\s*[.,;])|"
              r"(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?post(?:ing)?"
              r"(?=\s+(?:on|to|published|titled|entitled)\s))")
_POSTED = re.compile(r"(?<![\w-])(?:tweets?|tweeted|tweeting|retweet(?:s|ed)?|Twitter|Facebook|Instagram|"
                     r"TikTok|Truth\s+Social|(?:blog|online|social\s+media)\s+posts?|posted\s+(?:on|to)\s+|"
                     r"blog\s+entr(?:y|ies)|(?P<in_post>" + _IN_A_POST + r"))(?![\w-])")


# "attacked her in early-morning tweets": the medium as an adjunct, even inside the content
_IN_POSTS = re.compile(r"(?<![\w-])(?:in|via|on|through)\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+)?"
                       r"(?:[\w-]+\s+){0,3}(?:tweets?|(?:Facebook|Instagram|social[-\s]media)\s+posts?)(?![\w-])")


_POST_HINTS = ("weet", "witter", "acebook", "nstagram", "ikTok", "Truth Social", "blog")  # (and _POST_WORD_ENDS)
# "post" followed by these: "posts", "posted", "posting", "in a post on ...", "in a post."
_POST_WORD_ENDS = ("s", "ed", "ing", " ", ",", ";", ".")


def _posted(ctx, c: Claim) -> bool:
    has = ctx._post_hints
    if has is None:
        text = ctx.text
        has = ctx._post_hints = any(h in text for h in _POST_HINTS) or P.any_joined(text, "post", tails=_POST_WORD_ENDS)
    if not has:
        return False
    unit = unit_of(ctx, c.cue.start if c.cue else c.content.start)
    if unit is None:
        return False
    us, ue = unit
    cs, ce = c.content.start, c.content.end
    if _IN_POSTS.search(ctx.text, us, ue):
        return True
    return any(_posted_word(ctx, c, m) for s, e in ((us, min(ue, cs)), (max(us, ce), ue)) if e > s
               for m in _POSTED.finditer(ctx.text, s, e))


def _posted_word(ctx, c: Claim, m: re.Match) -> bool:
    """Is a post word the medium, not the speaker's own name?  A platform named
    inside the source ("A Kelpbook spokesman", "Twitter") is the company that
    speaks; "Jo Roe, on Twitter," still posted."""
    src = c.source
    if src is None or not (src.start <= m.start() < src.end):
        return True
    if m.group("in_post") or m.group().lower() not in PLATFORM_NAMES:
        return m.group("in_post") is None  # ("Jo Roe, who served in a post on the board,": an office)
    return bool(_ON_PLATFORM.search(ctx.text, max(src.start, m.start() - 12), m.start())
                or _PLATFORM_USERS.match(ctx.text, m.end()))


_ON_PLATFORM = re.compile(r"(?<![\w-])(?:on|via|through|to)\s+$")
# "Kelpbook users", "his Twitter account", "her Facebook profile": people posting, or a post's place
_PLATFORM_USERS = re.compile(r"\s+(?:users?|accounts?|followers|pages?|posts?|feeds?|profiles?|timelines?|"
                             r"walls?|videos?|channels?)(?![\w-])")


def _anonymity_reason(ctx, c: Claim) -> str | None:
    """The reason for anonymity stated in the claim's own sentence (its source,
    a lead "Speaking on condition of anonymity," or a trailing participle),
    outside the content (a follow-up sentence is ``_later_anonymity``'s)."""
    unit = unit_of(ctx, c.source.start)
    us, ue = unit if unit else (c.source.start, c.source.end)
    us, ue = min(us, c.source.start), max(ue, c.source.end)
    cs, ce = c.content.start, c.content.end
    segments = [(us, ue)] if ce <= us or cs >= ue else [(us, cs), (ce, ue)]
    for s, e in segments:
        if e > s:
            reason = anonymity.reason_for(ctx.text, s, e)
            if reason:
                return reason
    return None


# A time before the source ("At 10:38 a.m. the president said"): the walker may
# start the mention inside it.
_TIME_LEAD = re.compile(r"(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*|\d{2}\s+)"
                        r"(?:[ap]\.\s?m\.?|[AP]M\b|[ap]m\b|o['\u2019]clock)[\s,]*",
                        re.IGNORECASE)


# a source cut at a title's full stop ("said the Rev. Peter Wherry"): the name follows
_STOP_TITLES = ("Rev", "Dr", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "Gov", "Sen", "Rep", "Mr", "Mrs", "Ms",
                "Msgr", "Fr", "St")
_TITLE_STOP = re.compile(r"(?:^|\s)(?:" + "|".join(_STOP_TITLES) + r")$")
# what a _TITLE_STOP match ends with (``$`` also matches before a last newline):
# tested first, a C call, where the search would try every position of the source
_TITLE_STOP_ENDS = (*_STOP_TITLES, "\n")
_NAME_AFTER = re.compile(r"\.\s+(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][\w'\u2019-]+")


# "Charities, such as Bright Paws, said": the examples name members of the
# group that spoke, not the speaker, and are no role of it
_EXAMPLES = re.compile(r"(?i),?\s*\b(?:such\s+as|including|among\s+(?:them|whom|others)|notably|especially|"
                       r"in\s+particular)\s")


# "On Sunday, White House spokeswoman Jo Roe, said": the time opened the
# sentence; the words between the commas are the source.  With no comma ("On
# Saturday the Kelp Trust said", "In October 2003 officials said") only a time
# with its preposition is cut: a weekday or month alone may open a name ("Sunday
# Herald", "May Roe").
_DATE_ADJUNCT = re.compile(r"(?i)(?P<prep>(?:on|in|at|by|early|late|last|this|next)\s+)?(?:"
                           + "|".join(WEEKDAYS + MONTHS)
                           + r"|yesterday|today|tonight|morning|afternoon|evening|week|month|year)"
                           r"(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?(?:,?\s+(?:of\s+)?\d{4})?"
                           r"(?:(?P<comma>,\s+)|$|(?P<space>\s+(?=\w)))")


# "a statement issued by the Ministry", "a press release from Kelp Aid": the body
# that issued it is the source, the statement its medium
_ISSUED_BY = re.compile(r"(?i)(?:an?|the|its|their)\s+(?:(?:joint|written|brief|short|separate)\s+)?"
                        r"(?P<medium>statement|press\s+release|communiqu[e\u00e9])\s+"
                        r"(?:(?:issued|released|put\s+out|sent|published|posted)\s+)?(?:by|from)\s+(?=\S)")


def _trim_source(ctx, c: Claim) -> None:
    """The source mention without what is no part of it: page markup, "a
    statement issued by", an opening date, examples after a comma; a source
    cut at a title's full stop joined to the name after it; a clock time."""
    if c.source is None:
        return
    _after_page_markup(ctx, c)
    _after_issued_by(ctx, c)
    _after_opening_date(ctx, c)
    if c.source.text[:1].isupper() and ("," in c.source.text or c.source.text[3:4].isdigit()):
        _after_opening_phrase(ctx, c)
    # (the next two read a comma, a final "also", and the time lead a first digit: most
    # sources have none, and make no call)
    if "," in c.source.text:
        _before_examples(ctx, c)
    if c.source.text.endswith(" also"):
        _before_also(ctx, c)
    _before_past_verb(ctx, c)
    if not _to_name_after_title(ctx, c) and c.source.text[:1].isdigit():
        _after_time_lead(ctx, c)
    if c.cue is not None and c.cue.start > c.source.end:
        _out_of_relative_clause(ctx, c)
    if c.source.text.endswith("s"):
        _before_present_verb(ctx, c)
    if "," in c.source.text:
        _before_linking_adverb(ctx, c)


# a linking adverb set off after the subject ("Critics, however,", "Jo Roe, for her part,")
_LINKING_TAIL = re.compile(r",[ \t]*(?:however|though|meanwhile|instead|nevertheless|in[ \t]+turn|"
                           r"for[ \t]+(?:his|her|its|their|our|my)[ \t]+part)$")


def _before_linking_adverb(ctx, c: Claim) -> None:
    """ "Critics, however, said ...", "The ministry, for its part, said": the
    subject without the adverb that links its sentence to the one before (the
    adverb made "Critics, however" read as a body's name)."""
    src = c.source
    m = _LINKING_TAIL.search(src.text)
    if m is not None and m.start() > 0:
        c.source = make_span(ctx.text, src.start, src.start + m.start())


def _before_present_verb(ctx, c: Claim) -> None:
    """ "The family feels frustrated", "The report continues to detail", "the
    agency contends that": a subject read on over its verb, a cue's present
    tense (not one that is a noun too: "The state claims", "the office
    reports"), is the words before it -- unless what follows is a verb, which
    makes the last word a plural noun ("The Kelp Bureau figures show", "Party
    rules state", "Official figures have")."""
    src = c.source
    words = src.text.split()
    last = words[-1]
    if len(words) < 2 or last not in CUE_FORMS or last in NOUNISH_CUE_FORMS or not last.endswith("s") \
            or words[-2].lower() in STOPWORDS or not words[-2][-1:].isalpha():
        return
    if words[0] not in ("The", "the", "A", "a", "An", "an") and not words[0][:1].isupper():
        return
    after = _NEXT_WORD.match(ctx.text, src.end)
    if after is None or after.group(1).lower() in CUE_FORMS or after.group(1).lower() in _VERB_AFTER_NOUN:
        return  # ("The latest figures show", "Kelp Bureau figures have also", "party rules, Roe must")
    c.source = make_span(ctx.text, src.start, src.start + len(src.text) - len(last) - 1)


# the word after a source (none after a comma or a full stop)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# words that show the source's last word was a plural noun and its verb comes next
_VERB_AFTER_NOUN = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                              "may", "might", "should", "must", "do", "does", "did", "also", "too", "alone", "all"))


# a name and the relative clause open after it, up to a source inside the clause
_OPEN_RELATIVE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin))*[ \t]+"
                            r"[A-Z][\w.'\u2019-]*),[ \t]+(?:who|whose)\b[^,;:.!?\"\u201c\u201d\n]*$")
# the rest of that clause, its closing comma and the cue right after it ("..., said", "..., however, said")
_CLOSED_RELATIVE = re.compile(r"[^;:.!?\"\u201c\u201d\n]*,[ \t]+(?:(?:also|later|then|however,)[ \t]+)?$")


def _out_of_relative_clause(ctx, c: Claim) -> None:
    """ "Jo Roe, whose house is behind the hotel, said ...", "Jo Roe, who leads
    the Kelp program at Halden House, told ...": a source read inside a relative
    clause whose comma closes just before the cue is the name the clause
    describes, not a noun of the clause.  Not when the cue stands inside the
    clause ("Jo Roe, who said that ..., left")."""
    text, src = ctx.text, c.source
    lo = max(0, src.start - 200)
    if text.find("who", lo, src.start) < 0 or _CLOSED_RELATIVE.fullmatch(text, src.end, c.cue.start) is None:
        return  # (no relative pronoun before the source, or no comma closing a clause before the cue:
        # the pattern of the clause's opening, tried at every capital of the window, is not run)
    m = _OPEN_RELATIVE.search(text, lo, src.start)
    if m is None:
        return
    if "," in text[m.end("name") + 1:src.start]:
        return  # (the comma of an apposition or a list inside the clause: a sentence too long to read)
    start = m.start("name")
    for word in re.finditer(r"\S+", m.group("name")):
        if word.group().endswith(".") and len(word.group()) > 4:
            start = m.start("name") + word.end() + 1  # (a sentence's last word, "Monday.", before the name)
    if start >= m.end("name"):
        return
    c.source = make_span(text, start, m.end("name"))
    c._app = None


def _after_page_markup(ctx, c: Claim) -> None:
    """ "2005 Kelp bombing infobox The aid group": the sentence's words."""
    src = c.source
    markup = P.after_page_markup(src.text)
    if 0 < markup < len(src.text):
        s = src.start + markup
        c.source = make_span(ctx.text, s, src.end)
        if c._app is not None and c._app[0] < s:
            c._app = None


def _after_issued_by(ctx, c: Claim) -> None:
    """ "a statement issued by the ministry": the issuer, the statement its medium."""
    src = c.source
    issued = _ISSUED_BY.match(src.text)
    if issued is not None:
        c.source = make_span(ctx.text, src.start + issued.end(), src.end)
        if c._medium is None:
            c._medium = issued.group("medium").lower()


def _after_opening_date(ctx, c: Claim) -> None:
    """ "On Saturday the Kelp Trust", "On Sunday, Jo Roe": the words after the
    time; "On Sunday Jo Roe, a nurse,": the apposition's words."""
    src = c.source
    date = _DATE_ADJUNCT.match(src.text)
    if date is not None and date.group("space"):
        if date.group("prep"):
            c.source = make_span(ctx.text, src.start + date.end(), src.end)
    elif date is not None and src.text[:1].isupper():
        app = c._app
        if date.group("comma"):
            s = src.start + date.end()
            c.source = make_span(ctx.text, s, src.end)
            if app is not None and app[0] >= s:
                c._app = None  # (the words between the commas are the source itself)
        elif app is not None:
            c.source = make_span(ctx.text, app[0], app[1])
            c._app = None


# A phrase that opens the sentence, up to its comma, before the subject: "In
# Kelpland, the government", "Speaking to a local radio station, a harbour
# worker", "Following the vote, Kelp Aid"; or a year with no comma ("In 2003 the
# council").  The subject opens on an article, a possessive or a capital, not a
# place's abbreviation ("In Halden, N.H., ...") nor a year ("In her letter of
# May 3, 2007").
_OPENING_PHRASE = re.compile(
    r"(?:(?:In|On|At|During|Following|After|Before|Amid|Despite|Through|Under|Speaking|Writing|Talking|"
    r"Addressing|Responding|Testifying)\s[^,\"\u201c\u201d()]{1,90}?,|In\s+\d{4}(?:\s+and\s+\d{4})?,?)\s+"
    r"(?=(?:the|a|an|its|his|her|their)\s|[A-Z](?![A-Z]?\.)[\w'\u2019-]*(?:\s|$))")


def _after_opening_phrase(ctx, c: Claim) -> None:
    """ "In Kelpland, the government said ...": the subject after the phrase
    that opens the sentence, not the phrase (whose place or time would be
    read as the speaker)."""
    src = c.source
    m = _OPENING_PHRASE.match(src.text)
    if m is None or m.end() >= len(src.text) or ctx.people.mentions_in(src.start, src.end):
        return  # (a person named in the mention is read as the speaker already, and the
        # phrase's time and place as the setting: "In an interview today, Jo Roe")
    s = src.start + m.end()
    c.source = make_span(ctx.text, s, src.end)
    if c._app is not None and c._app[0] < s:
        c._app = None


def _before_examples(ctx, c: Claim) -> None:
    """ "Kelpworks, such as ...": the source ends before its examples."""
    src = c.source
    if "," in src.text:
        m = _EXAMPLES.search(src.text)
        if m is not None and m.start() > 0 and src.text[m.start()] == ",":
            c.source = Span(src.start, src.start + m.start(), src.text[:m.start()])
            c._app = None


def _before_also(ctx, c: Claim) -> None:
    """ "A spokesperson speaking on behalf of Kelpco also added": the adverb
    before the verb is no part of the subject."""
    src = c.source
    if src.text.endswith(" also") and len(src.text) > 5:
        c.source = make_span(ctx.text, src.start, src.end - 5)


# a source whose last word is a past tense after a noun ("The crowd chanted", "The
# final report credited"): the subject ran on into its verb, the cue being later
_LAST_PAST = re.compile(r"(?<=[\w'\u2019.])\s+([a-z]{3,}ed)$")


def _before_past_verb(ctx, c: Claim) -> None:
    """ "The crowd chanted back at him, "..."", "The hecklers equipped by the BBC
    shouted "..."": the subject is the words before the past tense or participle,
    unless that word ends a plural of people ("those surveyed") or the word
    before is no noun ("the combined", "a personally signed", "Roe's announced plans")."""
    src = c.source
    # (a match ends in "ed", or in "ed" before a closing line break, where ``$`` matches too: most
    # sources end otherwise, and the search is tried at every position of the source)
    m = _LAST_PAST.search(src.text) if src.text.endswith(("ed", "ed\n")) else None
    if m is None or m.group(1) in PEOPLE_PARTICIPLES:
        return
    before = src.text[:m.start()].rsplit(None, 1)[-1]
    low = before.lower()
    if low in STOPWORDS or low.endswith(("ly", "'s", "\u2019s")) or not before[-1:].isalpha():
        return
    c.source = make_span(ctx.text, src.start, src.start + m.start())


def _to_name_after_title(ctx, c: Claim) -> bool:
    """A source cut at a title's full stop ("said the Rev. Peter Wherry"): the
    name after it joins it, unless the content lies between.  True when the
    source ends in such a title."""
    src = c.source
    if not (src.text.endswith(_TITLE_STOP_ENDS) and _TITLE_STOP.search(src.text)):
        return False
    m = _NAME_AFTER.match(ctx.text, src.end)
    if m is not None and (c.content.start >= m.end() or c.content.end <= src.start):
        c.source = make_span(ctx.text, src.start, m.end())
    return True


def _after_time_lead(ctx, c: Claim) -> None:
    """A source opening with a clock time ("10:30 a.m. the mayor"): the words after it."""
    src = c.source
    if not src.text[:1].isdigit():
        return
    m = _TIME_LEAD.match(src.text)
    if m is None or m.end() >= len(src.text):
        return
    c.source = make_span(ctx.text, src.start + m.end(), src.end)


def _dates(ctx, claims: list[Claim]) -> None:
    """When (and, from an opening clause, where and to whom) each claim was said."""
    last_by_speaker: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.cue.start if c.cue else c.content.start)):
        if c._hedged:
            continue
        opening = _opening(ctx, c)
        if opening is not None:
            c.said_where = c.said_where or opening.where
            c.said_to = c.said_to or opening.said_to
        window = _cue_window(ctx, c) if c.cue is not None else None
        if c.said_where is None and window and c._lemma in SPEAKING_LEMMAS:
            c.said_where = setting.place_after_cue(ctx.text, c.cue.end, window[1])
        if c.said_on is None and window and ctx.pub is not None:
            tm = when.find_time(ctx.text, *window) or (opening.time if opening else None)
            if tm is not None:
                c.said_on = when.resolve(tm, _day_at(ctx, c.cue.start))
        base = c._base
        if c.said_on is None and base is not None and base.said_on:
            c.said_on = base.said_on
        # the same named speaker, later in the article, at the same occasion
        # ("The council said on Monday ... 'It will reopen,' the council added")
        named = c.speaker.lower() if c.speaker and c.sourcing in ("named_person", "named_org") else None
        if c.said_on is None and named:
            c.said_on = last_by_speaker.get(named)
        if c.said_on and named:
            last_by_speaker[named] = c.said_on


def _opening(ctx, c: Claim) -> setting.Setting | None:
    """What the clause opening the claim's sentence, before its source, says of
    the occasion ("Speaking in Paris on Tuesday, the minister said ...")."""
    if c.cue is None:
        return None
    s = min(c.cue.start, c.source.start) if c.source else c.cue.start
    unit = unit_of(ctx, s)
    if unit is None or unit[0] >= s - 3 or not setting.could_open(ctx.text, unit[0]):
        return None
    # the clause ends at a comma, after which only the rest of the source's
    # mention may come ("On Tuesday, Defence Minister Jo Roe said")
    comma = ctx.text.rfind(",", unit[0], s)
    if comma < 0:
        return setting.opening_setting(ctx.text, unit[0], s)  # a time alone, no comma: "On Monday the mayor said"
    found = setting.opening_setting(ctx.text, unit[0], comma + 1)
    if found is None and ctx.text.rfind(",", unit[0], comma) > 0:
        # "On Tuesday, after the vote, the minister said": the first clause alone
        found = setting.opening_setting(ctx.text, unit[0], ctx.text.find(",", unit[0], comma) + 1)
    return found


def _cue_window(ctx, c: Claim) -> tuple[int, int]:
    """Where the cue's own time expression can be: the source and cue, their
    adjuncts, up to the content (or to the sentence's end after a quotation)."""
    s = min(c.cue.start, c.source.start if c.source else c.cue.start)
    if c.content.start >= c.cue.end:
        return s, c.content.start
    unit = unit_of(ctx, c.cue.start)
    e = unit[1] if unit else c.cue.end + 60
    if c.content.end > c.cue.end and c.content.start > c.cue.end:
        e = min(e, c.content.start)
    return s, e


def _denials(claims: list[Claim]) -> None:
    for c in claims:
        c._sourced = False
        if c.stance != "denial" or c.denies:
            continue
        for d in claims:
            if d is c:
                continue
            if c.content.start <= d.content.start and d.content.end <= c.content.end:
                c.denies = d.id
                break
