"""Compiled regexes shared by the attribution rules.

Why one module of patterns: the rule modules (``verbal``, ``nested``, ...) are easier to read
when they say "the adjuncts after the cue" or "a source after an inverted cue"
and the regex that implements it lives, compiled once, in one place.  The cue
regex is built as a trie so that hundreds of verb forms cost one pass.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import (BARE_PLURAL_SPEAKERS, CUE_FORMS, DO_AUX, FINITE_AUX, FINITE_SPEECH_FORMS, HEDGE_RE, HEDGE_WORDS,
                      JOINED_ARTICLES, LY_NOT_ADVERBS, LY_NOT_MANNER, MONTH_ABBR, MONTHS, NAME_PARTICLES,
                      TIME_NOUNS, TITLES, WEEKDAYS)


def trie_regex(words) -> str:
    """A regex alternation of ``words`` factored as a trie (fast in ``re``).

    Built from the words sorted (a node's branches in the order of their
    characters, as a trie's sorted children; a word that ends at a node sorts
    before those that go on), a run of the words' shared characters, or one
    word's rest, written at once: the same text as a trie of nested dicts
    walked node by node, for a fraction of its start-up (the cue trie has
    thousands of nodes)."""
    ws = sorted(set(words))
    if not ws:
        return ""
    escape = re.escape

    def build(lo: int, hi: int, d: int) -> str:
        # (ws[lo:hi] share their first d characters; at least one goes on past them,
        # or it is the one word ending here)
        first, last = ws[lo], ws[hi - 1]
        if lo + 1 == hi:
            return escape(first[d:])
        end = len(first) == d
        if end:
            lo += 1
            first = ws[lo]
        else:  # (a shared run: no word ends inside it, since the first is the shortest)
            k = d
            top = min(len(first), len(last))
            while k < top and first[k] == last[k]:
                k += 1
            if k > d:
                return escape(first[d:k]) + build(lo, hi, k)
        alts = []
        i = lo
        while i < hi:
            ch = ws[i][d]
            j = i + 1
            while j < hi and ws[j][d] == ch:
                j += 1
            alts.append(escape(ch) + build(i, j, d + 1))
            i = j
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(0, len(ws), 0)


# "Noting that ..., Roe said": a capitalized participle opening its sentence
CAP_PARTICIPLES = sorted(w[0].upper() + w[1:] for w in CUE_FORMS if w.endswith("ing") and " " not in w)
# (one trie of both lists: the cue forms open with a lower-case letter and the
# participles with a capital, so at any position only one of them can match --
# but a word no cue opens is then turned down by one alternation, not two)
_CUE_ALTERNATIVES = trie_regex([*CUE_FORMS, *CAP_PARTICIPLES])  # (built once: CUE_RE's and _CUE_AFTER's)
_CUE_BODY = r"(?:" + _CUE_ALTERNATIVES + r")(?![\w'\u2019-])"
CUE_RE = re.compile(r"(?<![\w'\u2019-])" + _CUE_BODY)
# CUE_RE opens with a look-behind, so the regex engine tries it at every position
# of the text.  A cue starts at the text's start or after a character that is no
# word character, apostrophe or hyphen; _CUE_AFTER is the cue behind one
# character outside a wider (ASCII) class of those, read in a copy of the text
# (``_spaced``) in which every character of that class -- every non-ASCII one
# too, which the class holds -- is a space, as bytes (one byte a character: the
# same offsets).  The scan then opens with one literal character, which the
# engine skips to, in place of a class it would test at every character (the
# cue scan runs over every paragraph of every article; -12% of its
# instructions).  Its hits are a superset of those of the class (in the copy a
# non-ASCII letter or "\u2019" after a cue word no longer stops the match), and
# each is read again with CUE_RE.match on the text itself (which tests the
# look-behind and the end), so ``cue_matches`` gives CUE_RE.finditer's matches
# exactly.
_NOT_BEFORE_CUE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'-")
_TO_SPACES = bytes(c if c in _NOT_BEFORE_CUE else 32 for c in range(256))
_CUE_AFTER = re.compile(b" (?:" + _CUE_ALTERNATIVES.encode("ascii")
                        + rb")(?![A-Za-z0-9_'-])")
# (the last text's spaced copy: ``cue_matches`` is asked once per paragraph;
# one tuple swapped whole, so that two threads never read each other's copy)
_SPACED: tuple = (None, b"")
# The hedge words (``lexicon.HEDGE_RE``, which opens with a look-ahead and a word
# boundary) behind one character of a class, as the cues were before the copy
# (contents are short: no copy of them), looked for in every claim's content.  Its
# words, longest first, as a trie: the same words match (at one position the
# alternation takes the longest that ends a word, and so does the trie), with
# one test per first letter instead of one per word at every space.
_HEDGE_AFTER = re.compile(r"[^A-Za-z0-9_](?:" + trie_regex(HEDGE_WORDS) + r")\b")


def _spaced(text: str) -> bytes:
    """The text with every character that may stand before a cue a space, as bytes."""
    global _SPACED
    last = _SPACED
    if last[0] is not text:
        last = _SPACED = (text, text.encode("ascii", "replace").translate(_TO_SPACES))
    return last[1]


def cue_matches(text: str, pos: int, endpos: int) -> list:
    """``list(CUE_RE.finditer(text, pos, endpos))``, found faster (see _CUE_AFTER)."""
    return list(matches_after(_CUE_AFTER, CUE_RE, text, pos, endpos, _spaced(text)))


def hedge_matches(text: str, pos: int, endpos: int) -> list:
    """``list(HEDGE_RE.finditer(text, pos, endpos))``, found faster (see _CUE_AFTER)."""
    return list(matches_after(_HEDGE_AFTER, HEDGE_RE, text, pos, endpos))


def matches_after(after, regex, text: str, pos: int, endpos: int, scanned=None):
    """``regex``'s matches in order, for a ``regex`` that matches only at the
    text's start or after a character ``after``'s first class holds, ``after``
    being the rest of ``regex`` behind that class, every match ending with a
    word character (the scan of ``cue_matches``; ``when.find_time`` too).
    ``after`` searches ``scanned`` when given: a copy of the text with the same
    offsets (``_spaced``)."""
    k = pos - 1  # (the character before a match at ``pos``: the look-behind sees it)
    if pos <= 0:
        m = regex.match(text, 0, endpos)
        if m is not None:
            yield m
        k = m.end() - 1 if m is not None else 0
    search, match = after.search, regex.match
    scanned = text if scanned is None else scanned
    while True:
        hit = search(scanned, k, endpos)
        if hit is None:
            return
        k = hit.start() + 1
        m = match(text, k, endpos)
        if m is not None:
            yield m
            k = m.end() - 1  # (a match ends with a word character: the next starts after it)


def any_joined(text: str, anchor: str, heads: tuple[str, ...] = ("",), tails: tuple[str, ...] = ("",)) -> bool:
    """``any(h + anchor + t in text for h in heads for t in tails)``, read with one
    walk over the occurrences of ``anchor`` instead of a scan of the whole text
    per phrase.  The passes' first tests ("is there any ' as saying', ' as
    telling', ... in the article?") scan every article once for each phrase
    (about 85 scans an article, 4.5% of extraction's instructions); phrases that
    share a word ("reported by", "revealed by": "ed by") need one scan of it
    and a look at each place it occurs (few: the shared part is a phrase too)."""
    k = text.find(anchor)
    while k >= 0:
        if text.endswith(heads, 0, k) and text.startswith(tails, k + len(anchor)):
            return True
        k = text.find(anchor, k + 1)
    return False


def search_after(after, regex, text: str, pos: int, endpos: int):
    """``regex.search(text, pos, endpos)``, for a ``regex`` that opens with
    ``\\b`` or a look-behind and so is tried at every position: the first of
    ``matches_after``'s matches (``after`` as there; only the first is read, so
    the match need not end with a word character)."""
    return next(matches_after(after, regex, text, pos, endpos), None)


# The most reporting-verb cues the rules look at in one sentence.  News sentences
# hold a handful (at most 24 in the Wikinews and PolNeAR corpora, in lists run
# together); a "sentence" of hundreds of cue words is a keyword dump or hostile
# input, and each cue costs a search of the sentence around it.
MAX_CUES_PER_SENTENCE = 40

# A preposition straight after a speech verb heads its content ("warned of a
# recession", "argued for a wage rise", "asked about the emails"): PolNeAR
# leaves the preposition out of the content (measured on train: 40 of 45
# such contents start after it), so it joins the cue span instead.
PREP_AFTER_CUE = re.compile(r"\s+(about|of|on|upon|against|for)\s+(?=\S)")


def first_cues_per_sentence(hits: list, ustarts: list[int]) -> list:
    """The cue matches ``hits`` (in text order), without those past the
    ``MAX_CUES_PER_SENTENCE``-th of their sentence (``ustarts``: sentence starts)."""
    if len(hits) <= MAX_CUES_PER_SENTENCE:
        return hits
    out, unit, count = [], None, 0
    for m in hits:
        u = bisect.bisect_right(ustarts, m.start())
        if u != unit:
            unit, count = u, 0
        count += 1
        if count <= MAX_CUES_PER_SENTENCE:
            out.append(m)
    return out


def first_per_sentence(matches):
    """``(match, sentence start, sentence end)`` triples in text order, without those
    past the ``MAX_CUES_PER_SENTENCE``-th of their sentence."""
    unit, count = None, 0
    for t in matches:
        if t[1] != unit:
            unit, count = t[1], 0
        count += 1
        if count <= MAX_CUES_PER_SENTENCE:
            yield t



# Letters that IGNORECASE matches beyond their two ASCII cases (dotted and dotless i,
# long s, Kelvin sign).
CASE_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def word_start(words: tuple[str, ...], not_after: str = r"[\w'\u2019-]", ignore_case: bool = False) -> str:
    """An alternation of ``words`` not preceded by a ``not_after`` character,
    written to open with a case-sensitive character class.

    Same matches as ``(?<!not_after)(?:w1|w2)`` (under IGNORECASE too, when
    the pattern is compiled with it and ``ignore_case`` says so), but a leading
    look-behind or IGNORECASE literal keeps the regex engine from skipping
    ahead: it tries the whole pattern at every position of the text.  A
    leading class of every case of the first letters lets it skip; the
    look-behinds then check the character before that letter, and which word
    the letter opens (in the order of ``words``)."""
    firsts = set()
    for w in words:
        firsts.update(w[0] + (w[0].upper() + CASE_FOLDS.get(w[0], "") if ignore_case else ""))
    alts = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    return f"(?-i:[{''.join(sorted(firsts))}])(?<!{not_after}.)(?:{alts})"

_CAP_CUES = (r"Says|Said|Tells|Told|Calls\s+For|Calls\s+On|Calls|Urges|Warns|Slams|Blasts|Claims|Denies|"
             r"Vows|Accuses|Asks|Admits|Insists|Rips|Predicts|Suggests|Argues|Defends|Praises|Pledges|Promises|"
             r"Reveals|Announces|Confirms|Rejects|Dismisses|Touts|Questions|Demands").split("|")
# the one-word cues of a title-case headline, none also a name ("Said" is one: Edward Said)
CAP_CUE_WORDS = frozenset(w for w in _CAP_CUES if "\\" not in w) - {"Said"}
# (each word's first letter, then the look-behind for the space before it: same
# matches as a leading (?<=\s), but the engine can skip ahead to those letters)
CAP_CUE_RE = re.compile(r"(?:" + "|".join(w[0] + r"(?<=\s.)" + w[1:] for w in _CAP_CUES) + r")(?![\w'\u2019-])")
# (first letter, then a look-behind for the word boundary before it: same matches as a
# leading \b, but the engine can skip ahead to that letter)
ACCORDING_RE = re.compile(r"[Aa](?<!\w.)ccording\s+to\b")
# The participles of "cited as saying", "quoted as telling reporters", "reported as
# writing": what follows "as" in a relayed saying (``nested``), once; "telling" with its hearer
AS_SAYING_VERBS = ("saying", "telling", "writing", "stating", "claiming")
AS_SAYING_ALT = "|".join(v + r"\s+\w+" if v == "telling" else v for v in AS_SAYING_VERBS)
# (see ACCORDING_RE for the look-behinds)
AS_SAYING_RE = re.compile(
    r"(?P<verb>c(?<!\w.)it(?:ing|es)|q(?<!\w.)uot(?:ing|ed|es))\s+(?P<who>[^,.;:\u201c\u201d\"]{2,120}?)"
    # (round 51) the one quoted may carry a description between commas ("quoted Jo Roe, an
    # economist at Kelpbank, as saying"): no part of the name
    r"(?:,\s+[^,.;:\u201c\u201d\"]{2,80}?,)?\s+"
    r"(?P<cue>as\s+(?:" + AS_SAYING_ALT + r"|"
    r"having\s+(?:also\s+)?(?:said|told\s+\w+|written|stated|claimed)))\b")

# the finite auxiliaries ("is", "had", "would"; ``lexicon.FINITE_AUX``) as
# alternatives of a pattern, and with the "do" forms ("did", "does", "do")
AUX_ALT = "|".join(FINITE_AUX)
AUX_DO_ALT = AUX_ALT + "|" + "|".join(DO_AUX)

# the names of days and months, capitalised, as alternatives of a pattern
WEEKDAY_ALT = "|".join(w.capitalize() for w in WEEKDAYS)
MONTH_ALT = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(
    a.capitalize() + r"\." for a in MONTH_ABBR)
# a day's or a month's name as a whole word ("Tuesday", "March"): a time, not a name or a place
NAME_OF_TIME = r"(?:" + WEEKDAY_ALT + "|" + MONTH_ALT + r")\b"
# a manner adverb ("evenly", "briefly", "highly"), not a word that only ends in "ly"
# (no "-ly" noun or verb, ``lexicon.LY_NOT_ADVERBS``, nor "only", "likely", ``LY_NOT_MANNER``: the lexicon's lists)
MANNER_ADV = r"(?!(?:" + trie_regex(LY_NOT_ADVERBS | LY_NOT_MANNER) + r")\b)[a-z][a-z-]{2,}ly"
TIME_ADJ = (r"(?:(?:on|late|early|earlier|later)\s+)?(?:(?:on\s+)?(?:" + WEEKDAY_ALT + r")"
            r"(?:\s+(?:morning|afternoon|evening|night))?|(?:on\s+)?(?:" + MONTH_ALT + r")\s+\d{1,2}"
            r"(?:,\s+\d{4})?|yesterday|today|tonight|recently|earlier|later|last\s+(?:week|month|year|night|"
            + WEEKDAY_ALT + "|"
            r"spring|summer|fall|autumn|winter|" + MONTH_ALT + r")"
            r"|this\s+(?:week|month|year|morning|afternoon|evening)|on\s+(?:" + WEEKDAY_ALT + r")"
            r"|in\s+(?:" + MONTH_ALT + r")|at\s+the\s+time|at\s+one\s+point|in\s+\d{4}"
            r"|\d+\s+(?:days|weeks|months|years)\s+ago)")
# a time opening a sentence with no comma after it, then the subject ("Last week
# the mayor ...", "Earlier this week the board ...", "On Monday the council ...")
_TIME_NOUN = r"(?:" + "|".join(TIME_NOUNS) + ")"
OPENING_TIME_RE = re.compile(
    r"(?:(?:(?:Earlier|Later)\s+this|Last|This|Next)\s+(?:" + _TIME_NOUN + "|" + WEEKDAY_ALT + r")"
    r"|(?:On\s+|Late\s+|Early\s+)?(?:" + WEEKDAY_ALT + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|On\s+(?:" + MONTH_ALT + r")\s+\d{1,2}(?:,\s+\d{4})?"  # (a bare "July 27, 2006" heads a dateline)
    r"|In\s+(?:(?:" + MONTH_ALT + r")(?:\s+\d{4})?|\d{4})"
    r"|Yesterday|Today|Tonight)\s+(?=[A-Za-z])(?!(?:morning|afternoon|evening|night|week|weekend)\b)")
VENUE = (r"(?:statement|interview|speech|news\s+conference|press\s+conference|conference|"
         r"briefing|press\s+briefing|debate|rally|meeting|address|op-ed|column|letter|email|"
         r"e-mail|post|tweet|series\s+of\s+tweets|video|hearing|event|town\s+hall|session|"
         r"appearance|broadcast|call|conference\s+call|message|report|memo|blog\s+post|"
         r"testimony|remarks|announcement|editorial|essay|book|radio\s+address|podcast|"
         r"campaign\s+stop|forum|summit|ceremony|visit|dinner|luncheon|gathering|release|"
         r"press\s+release|filing|note|show|program|programme|appearance)")
MEDIUM = (r"(?:Twitter|Facebook|Instagram|Telegram|X|YouTube|TikTok|Truth\s+Social|"
          r"(?:NBC(?:'s|\u2019s)?\s+)?Meet\s+the\s+Press|(?:CBS(?:'s|\u2019s)?\s+)?Face\s+the\s+Nation|"
          r"CNN|MSNBC|Fox(?:\s+News)?(?:\s+Sunday)?|NBC(?:'s)?(?:\s+[A-Z][\w\"'\u201c\u201d]*)*|"
          r"ABC(?:'s)?(?:\s+[A-Z][\w\"'\u201c\u201d]*)*|CBS(?:'s)?(?:\s+[A-Z][\w\"'\u201c\u201d]*)*|"
          r"NPR|(?:the\s+)?radio|television|TV|state\s+TV|(?:his|her|their)\s+(?:website|blog|"
          r"Twitter\s+account|Facebook\s+page))")
_ADJUNCT = (  # ("\s*(?:,\s*)?", not "\s*,?\s*": the same, without every split of a run of spaces)
    r"(?:\s*(?:,\s*)?(?P<time>" + TIME_ADJ + r")"
    r"|\s+(?P<where>(?:in|at|during|on|via|through|after|before|from|with)\s+(?:a|an|the|his|her|"
    r"their|its|this|that|one|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+(?:[\w'\u2019-]+\s+){0,4}?" + VENUE +
    r"(?:\s+(?:message|statement|interview|post|call|clip|address|release|conference|appearance|"
    r"briefing|op-ed|essay|letter|segment))?(?![\w'\u2019-])" +
    r"(?:\s+(?:with|on|in|at|to|for|from|by|before)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?!" + NAME_OF_TIME + r")[A-Z][\w.&'\u2019-]*"  # (not "on Tuesday": a time)
    r"(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w.&'\u2019-]*){0,5})?)"
    r"|\s+(?P<show>on\s+(?:[A-Z][\w.&-]*(?:'s|\u2019s)?\s+)+[\"\u201c][^\"\u201d]{1,40}[\"\u201d])"
    r"|\s+(?P<medium>(?:on|to|via|in)\s+" + MEDIUM + r")"
    r"|\s+(?P<to>to\s+(?:reporters|journalists|the\s+press|the\s+media|supporters|the\s+crowd|"
    r"a\s+crowd|an\s+audience|the\s+audience|lawmakers|members|students|voters|shareholders|investors|"
    r"employees|staff|workers|donors|delegates|troops|residents|parents|colleagues|followers|analysts|"
    r"diplomats|the\s+nation|parliament|(?:the|a)\s+(?:parliament|senate|nation)|"
    r"(?:the|a)\s+(?:council|committee|board|panel|court|jury|group|assembly|legislature|convention|"
    r"gathering|congregation|meeting|forum|hall)|(?:the\s+)?"
    r"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4}(?![\w.&'\u2019-])(?<!'s)(?<!\u2019s)(?!\s+[A-Z][\w.&-]*['\u2019]s\b)"
    r"|him|her|them|me|us)(?![\w'\u2019-]))"
    r"|\s+(?P<adv>also|again|repeatedly|previously|publicly|privately|separately|later|"
    r"flatly|bluntly|simply|recently|once\s+(?:more|again)|once|further|firmly|angrily|openly|emphatically|"
    # any manner adverb just before punctuation ("replied evenly, \"...\"")
    + MANNER_ADV + r"(?=\s*[,:.;]|\s*$)|"
    r"in\s+(?:part|response|reply|addition|turn|an\s+interview|writing)|"
    r"on\s+(?:the\s+campaign\s+trail|(?:the\s+)?(?:Senate|House)\s+floor|air|camera|"
    r"the\s+record|background|condition\s+of\s+anonymity))"
    # a whole word: "again" is not the start of "against", "once" of "onset"
    r"(?![\w'\u2019-])"
    r")"
)
ONE_ADJUNCT_RE = re.compile(_ADJUNCT)

# Object of "told"/"informed": who was told.
_NAMEW = r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*"
# after an outlet's name, the lower-case words of its medium or its staff and public
# ("told Kelp Radio reporters", "told ABC radio", "told Reuters news agency"): still
# the one told, not the start of what was said
_OUTLET_TAIL = (r"(?:\s+(?:radio|television|TV|news(?:\s+(?:service|agency|channel|network|website))?|"
                r"newspaper|magazine|channel|network|station|reporters|journalists|correspondents|viewers|"
                r"listeners|readers|audiences?)(?![\w'\u2019-]))?")
OBJECT_RE = re.compile(
    r"\s+(?P<obj>"
    r"(?:me|him|her|them|us|you|reporters|journalists|lawmakers|supporters|voters)"
    r"|(?:(?:radio|talk\s+show|TV|television|show|program|CNN|Fox|MSNBC)\s+)?(?:host|anchor|moderator|interviewer|"
    r"correspondent|reporter|columnist)\s+" + _NAMEW + r"(?:\s+" + _NAMEW + r"){0,3}"
    r"|(?:pollsters|donors|organizers|interviewers|editors|columnists|historians|listeners|viewers|"
    r"readers|followers|attendees|delegates|activists|volunteers|constituents|residents|workers|"
    r"employees|investors|officials|senators|colleagues|friends|allies|aides|advisers|students|"
    r"members|audiences|crowds|parishioners|veterans|troops|farmers|voters)"
    r"|(?:a|the)\s+(?:(?:news|press)\s+conference|briefing|crowd|audience|rally|gathering|"
    r"meeting|forum|hearing|committee|panel|court|jury|newspaper|station|radio\s+station|"
    r"(?<=the\s)(?:press|media)|"
    r"[\w-]+\s+(?:news\s+agency|newspaper|daily|magazine|committee|audience|crowd))"
    r"(?:\s+(?:in|at)\s+" + _NAMEW + r"(?:\s+" + _NAMEW + r")?)?"
    r"|(?:the\s+)?" + _NAMEW + r"(?:\s+(?:of\s+|the\s+|and\s+)?" + _NAMEW + r"){0,5}"
    r"(?:'s\s+" + _NAMEW + r"(?:\s+" + _NAMEW + r"){0,3})?" + _OUTLET_TAIL +
    r"|(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:reporter|reporters|audience|crowd|"
    r"interviewer|host|panel|committee|group|staff|members|supporters|aides|colleagues|"
    r"friends|students|delegates|donors|journalists|officials|lawmakers|newspaper|magazine|"
    r"station|network|channel|agency|conference|briefing|meeting|rally|gathering|hearing)"
    r")(?![\w'\u2019-])")

# A participle that continues the same speaker: ", adding that ...".
_PARTICIPLES = (r"adding|saying|noting|explaining|arguing|insisting|warning|claiming|stressing|"
                r"urging|calling|suggesting|telling|declaring|denying|accusing|promising|pledging|"
                r"vowing|describing|predicting|acknowledging|admitting|contending|maintaining|"
                r"complaining|cautioning|reiterating|pointing|recalling|emphasizing|asking|announcing|"
                r"charging|criticizing|questioning|responding|replying|conceding|asserting|boasting|"
                r"demanding|dismissing|rejecting|tweeting|writing|referencing|citing|praising|"
                r"blasting|slamming|attacking|blaming|mocking|touting|defending|lamenting")
_CUE_TRIE = trie_regex([f for f in CUE_FORMS if " " not in f])
_AFTER_COMMA = (
    r"(?:(?:he|she|they|it|we)\s+(?:said|says|added|noted|argued|wrote)\b|"
    r"(?:" + _PARTICIPLES + r"|according\s+to)\b|"
    r"(?:while|whereas)\b|(?:referring|putting|making|leaving|giving|bringing|sending|prompting|"
    r"raising|marking|sparking|drawing|forcing|triggering)\s|and\s+(?:has|have|had|is|was|are|were|will|would|then|also|he|she|they|it|"
    r"later|now|still|even)\b|but\s+(?:he|she|they|it|we|I|the|his|her|their)\b|"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:(?:also|later|then|quickly|flatly)\s+)?(?:" + _CUE_TRIE +
    r"|fired\s+back|shot\s+back)\b|"
    r"which\b|despite\b|even\s+as\b|(?!(?:including|during|according|regarding|concerning|following|"
    r"notwithstanding|excluding|involving|being|having|nothing|something|everything|anything|considering|"
    r"counting|beginning|starting|ranging|amounting)\b)"
    r"[a-z]{3,}ing\s+(?:the|a|an|his|her|their|its|him|them|it|more|new|further)\s|well\s+(?:above|below|ahead|short)\b)")
# (the first space branch starts after a quotation closed on its comma -- '"...
# Cleveland," referring to ...' -- so that the cut does not fall inside the
# quotation.  The pattern opens with one character class, then a look-behind
# picks the branches that begin with that character: the engine can then skip
# ahead to the next comma, semicolon or space instead of trying every branch at
# every position -- 2.4x faster, same matches, since at one position only the
# branches of its character can match, and they keep their order)
_CUE_AFTER_AND = (r"\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|told|noted|argued|wrote|"
                  r"called|urged|suggested|insisted|acknowledged|admitted|warned|stressed|conceded|claimed|"
                  r"predicted|denied|warned|insisted|asked|seemed|seems|appeared|declined|refused|"
                  + _PARTICIPLES + r")\b")
# ", but insists ...", ", and cautioned ...": after a comma, "and"/"but" then a
# finite speech verb with no subject of its own is the cue's subject speaking
# again (a new attribution), not more of the first content
_NEXT_SPEECH = (r"\s+(?:and|but)\s+(?:(?:also|then|later|still|again|instead|quickly|repeatedly)\s+)?"
                r"(?:" + trie_regex(FINITE_SPEECH_FORMS) + r")\b")
_CUT_AFTER_COMMA = (  # each branch without its opening comma
    r"[\"\u201d']?\s+" + _AFTER_COMMA + "|" + _CUE_AFTER_AND + "|" + _NEXT_SPEECH + "|"
    r"\s+and\s+(?=(?:he|she|they|it|we|I|the|a|an|his|her|their|more|most|many|some|[A-Z]|\d)\b)|"
    r"\s+(?:who|whose)\b|"
    r"\s+(?:a|an)\s+|\s+(?:compared|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that|who|which))\b|"
    r"\s+(?:until|unless)\b|\s+(?:though|although)(?=\s*(?:[.,;:!?\"\u201c\u201d]|$))|"
    # ", in a move to ...", ", in a bid to ...": the writer's framing of the act reported, not its words
    r"\s+in\s+(?:a|an)\s+(?:move|bid|effort|attempt)\b")
_CUT_AFTER_SPACE = (  # each branch without its opening space (\s+ becomes \s*)
    r"(?<=,[\"\u201d]\s)\s*" + _AFTER_COMMA + "|"
    # (the other branches go on with a space, a dash, "and"/"but" or "in": the
    # look-ahead fails at once after a space before any other word, where each
    # branch would otherwise be tried in turn)
    r"(?=[\s\u2014\u2013\-abi])(?:"
    r"\s*(?:[\u2014\u2013]|--?)\s+(?:and|but|even|while|which|though|although|as)\b|"
    r"\s*" + _CUE_AFTER_AND[3:] + "|"
    r"\s*[\u2014\u2013-]+\s+except\b|"
    r"\s*in\s+(?:a|an|his|her|their)\s+(?:tweet|statement|interview|speech|post|letter|email|op-ed|"
    r"radio\s+interview|television\s+interview)\b)")
CLAUSE_CUT = re.compile(r"[,;\s](?:(?<=,)(?:" + _CUT_AFTER_COMMA + r")|(?<=;)\s|(?<=\s)(?:" + _CUT_AFTER_SPACE + "))")

# A heading-style colon attribution: "Jane Roe: "...".
_COLON_SPEAKER = (r"(?P<src>(?:(?:[A-Z][\w.'\u2019-]*|of|the|and|for|de|van|von)\s+){0,6}[A-Z][\w.'\u2019-]*)"
                  r"\s*:\s*(?=[\"\u201c\u2018])")
COLON_SPEAKER_RE = re.compile(r"(?:^|(?<=[.!?\]\)]\s)|(?<=\s[-\u2013\u2014]\s)|(?<=\n))" + _COLON_SPEAKER)
# (each of its look-behinds ends with a space: behind one, the engine skips to
# the next space; read with ``matches_after``)
COLON_SPEAKER_AFTER = re.compile(r"\s" + _COLON_SPEAKER)
# Inverted source after the cue: "...," said Jane Roe, a spokeswoman.
# A trailing period belongs to the name only after an initial or a suffix ("Jr.",
# "Inc."); otherwise it ends the sentence ("said Kunin. \"He ...").
_CAPW = r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*(?:(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|Co))\.|(?<=\bInc)\.)?"
# ...and a title never ends one ("said Ms. Leon" is not said by "Ms").
# (every title of ``lexicon.TITLES`` but the suffixes that do end a name: "said Maj. Jo
# Roe" is not said by "Maj")
_TITLE_ABBREVS = tuple(dict.fromkeys((
    "Mr", "Ms", "Mrs", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Rev", "Prof", "Sgt",
    "Capt", "Adm", "Pres", "Sens", "Reps", *(t.rstrip(".") for t in TITLES if t not in ("Jr.", "Sr.")))))
_NOT_TITLE_END = "".join(r"(?<!\b%s)" % t for t in _TITLE_ABBREVS) + r"(?<!\b[A-Z])"  # nor an initial ("Gregory W.")
# A clause after the cue is content, not a source: "..., said she wanted change
# in Washington" or "said he recoiled when Mr. Trump ..." must not make "she
# wanted change in Washington" the speaker because it ends in a capital.
_NOT_CLAUSE_WORD = r"(?!(?:he|she|they|it|we|I|you|when|because|if|while|who|which)\b)"
_NOT_CLAUSE_START = (r"(?!(?:of|by|in|on|to|for|with|from|at|that|this|there|as|so|but|and|or|not|"
                     r"also|then|after|before|" + WEEKDAY_ALT + r")\b)")  # ("said Friday, would ...")
# A period after a title or an initial does not end anything ("whether Mr. Roe",
# "D.C. statehood"): put this right before a sentence-end "\." in a pattern.
# (the look-ahead for the period first: the look-behinds then run only where a
# period is, not at every position a lazy quantifier before them stops at)
NOT_ABBREV_END = r"(?=\.)" + _NOT_TITLE_END + "".join(r"(?<!\b%s)" % m for m in (
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Jr",
    "Sr", "No", "vs"))
# Words that may follow an inverted source and end it: a time or place, a
# relative; after a name also an adjunct of the saying ('said Jo Roe after
# signing the decree', 'said Jo Roe adding that ...'), not after a common noun
# ('..., announced his plans after ...' has no inverted source).
INV_SOURCE_NEXT = r"on|in|at|during|to|when|who|last|earlier|yesterday|today|" + WEEKDAY_ALT
_INV_NAME_NEXT = (r"of|after|before|while|following|upon|moments|shortly|adding|speaking|recalling|referring|"
                  r"explaining|interrupting|" + INV_SOURCE_NEXT)
# the full stop of an initial inside a description ("said an unnamed U.S. official
# who ..."): another initial or a lower-case word follows, not a new sentence
_INITIAL_STOP = r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s+\w)"
# a surname may open with a joined article in lower case ("said Ali al-Kelp", "said al-Kelp")
_JOINED_ARTICLE = r"(?:(?:" + "|".join(JOINED_ARTICLES) + r")-(?=[A-Z]))?"
INV_SOURCE_RE = re.compile(
    r"[ \t]+(?P<src>(?:he|she|they|I|we|it)(?=\s*[,.;!?]|$)"
    r"|(?:(?:the|a|an|one|another|two|three|four|several|some|many|other|his|her|their|its)\s+)"
    r"(?:[^,.;:\"\u201c\u201d()]|" + _INITIAL_STOP + r"){1,80}?"
    r"(?=\s*(?:[,;:!?(]|(?!" + _INITIAL_STOP + r")\.|$|\s+(?:" + INV_SOURCE_NEXT + r")\b))"
    r"|" + _NOT_CLAUSE_START + r"(?:[\w.'\u2019&-]+\s+){0,3}?(?:" + "|".join(sorted(BARE_PLURAL_SPEAKERS)) + r")"
    r"(?=\s*(?:[,.;:!?(]|$|\s+(?:" + INV_SOURCE_NEXT + r")\b))"
    r"|[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*(?=\s*,)"
    r"|" + _NOT_CLAUSE_START + r"(?:" + _NOT_CLAUSE_WORD + r"[\w.'\u2019&-]+\s+){0,8}?" + _JOINED_ARTICLE + _CAPW
    + _NOT_TITLE_END +
    r"(?=\s*(?:[,;:!?(]|\.(?:\s|$)|$|\s+(?:" + _INV_NAME_NEXT + r")\b)|[ \t]+[\"\u201c](?=[a-z])))")
# "said the company's chief executive, Jo Roe." / "said Chair of the Harbour
# Board, Ivo Brandt, in a statement": after an office, the name of who holds it
# (groups ``pp``, the office's prepositional phrase, and ``name``).
# the name of who holds an office, after it and its comma: two to four capitalised words
# (its surname may open with a particle or a joined article in lower case: "Jo van Roe", "Ali al-Kelp")
HOLDER_NAME = (r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+)?"
               + _JOINED_ARTICLE + r"[A-Z][\w'\u2019-]+")
_HOLDER = (r"(?P<pp>\s+(?:of|for|at|to)\s+[^,.;:!?\"\u201c\u201d]{1,60}?)?"
           r",\s+(?P<name>" + HOLDER_NAME + r")")
OFFICE_HOLDER = _HOLDER + r"(?=\s*(?:[.;!?,]|$))"
# ...and after an inverted cue, where the saying's adjuncts may follow the name
# ('said harbour spokesman, Jo Roe in a statement')
INV_OFFICE_HOLDER = _HOLDER + r"(?=\s*(?:[.;!?,]|$)|\s+(?:" + INV_SOURCE_NEXT + r")\b)"
# A source after a quotation's inverted cue that ``INV_SOURCE_RE`` leaves: an
# office or description with no article and no capitalised end ('"...," said
# Kelpco spokesperson.', 'said acting state engineer, Jo Roe.'), a possessive
# ('said Roe's attorney.'), or a name or description before an adjunct of the
# saying ('said Jo Roe as he left.', 'said the protester before he was led out').
# Read only right after a closing quotation mark, where no clause can follow the
# cue (``subject.inverted_source``): up to eleven words, not opening with a
# pronoun, a preposition, a time or an adverb.
_TRAILER_END = (r"(?=\s*(?:" + NOT_ABBREV_END + r"\.(?:\s|$)|[!?;](?:\s|$)|$)"
                r"|\s+(?:as|before|after|while|when|upon|following|adding|commenting|saying|explaining|"
                r"interrupting|in\s+(?:a|an|his|her|their|its)\s|to\s+(?:the\s+)?(?:reporters|journalists|"
                r"press|crowd|audience)\b)"
                r"|" + INV_OFFICE_HOLDER + r")")
QUOTE_TRAILER_SOURCE = re.compile(
    r"[ \t]+(?P<src>(?!(?:he|she|they|it|we|I|you|there|this|that|of|by|in|on|to|for|with|from|at|as|so|"
    r"but|and|or|not|also|then|later|earlier|yesterday|today|tonight|recently|[a-z]+ly|" + WEEKDAY_ALT + r")\b)"
    r"(?:[\w.'\u2019&-]+[ \t]+){0,10}?[\w.'\u2019&-]*\w)" + _TRAILER_END)
TOKEN_RE = re.compile(r"[\w][\w.'\u2019&/-]*|[^\w\s]")
# (TOKEN_RE's matches with the spaces before each; its classes written with the
# ASCII letters and digits first -- the same sets, but the engine tests a class's
# bitmap before its categories -- and its runs possessive: what may follow a run
# is never what it could give back, so the same tokens, about a seventh cheaper)
_SPACED_TOKEN = re.compile(r"(\s*+)([A-Za-z0-9\w][A-Za-z0-9\w.'\u2019&/-]*+|[^\w\s])")


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for each ``TOKEN_RE`` match in ``text[lo:hi]``.

    Only whitespace lies between two tokens (any other character starts one),
    so one ``findall`` of each token with the spaces before it gives the
    offsets by counting: about a fifth cheaper than a match object per token,
    and the source walkers tokenise the words before every cue."""
    pos = lo
    # (each token's start from the end of the one before; a comprehension, not
    # a loop of appends: this runs for every token before every cue)
    return [(start := pos + len(space), pos := start + len(tok), tok)
            for space, tok in _SPACED_TOKEN.findall(text, lo, hi)]


def window_tokens(kept: tuple | None, text: str, lo: int, hi: int) -> tuple[list, tuple]:
    """``tokens(text, lo, hi)``, and what to keep for the next window.

    ``kept`` is ``(klo, khi, toks)``, the tokens of ``text[klo:khi]`` from the
    window before; the source walkers tokenise the 150 characters before every
    cue, and a cue a few words after another asks again for most of them.  A
    window that starts inside the kept one and ends at or after its end reuses
    them: tokens never look behind, and a token ending before ``khi`` stopped
    at a character it could not take, so those stand as they are; one ending
    at ``khi`` may go on and is read again with the rest up to ``hi``.  A token
    cut by ``lo`` is read again from ``lo`` (its tail tokenises to its own end:
    a run of marks, then one word).  Any other window is tokenised afresh."""
    if kept is None or not kept[0] <= lo < kept[1] or hi < kept[1]:
        toks = tokens(text, lo, hi)
        return toks, (lo, hi, toks)
    klo, khi, toks = kept
    if hi > khi:
        n = len(toks)
        if n and toks[-1][1] == khi:
            n -= 1
        toks = toks[:n] + tokens(text, toks[n - 1][1] if n else klo, hi)
        kept = (klo, hi, toks)
    k = bisect.bisect_left(toks, (lo,))
    if k and toks[k - 1][1] > lo:
        return tokens(text, lo, toks[k - 1][1]) + toks[k:], kept
    return toks[k:], kept


class _Leftmost:
    """The matches of one pattern over one text up to one end, found once.

    ``search(k)`` is ``regex.search(text, k, end)``: the match at the leftmost
    position from ``k`` where the pattern matches.  What matches at a position
    does not depend on where the search began (look-behinds and ``\\b`` see the
    text before it), so the matches found while answering one question answer
    the next: the positions in ``[lo, hi)`` were all tried, and ``found`` holds
    the matches among them, in order.  Questions that move rightwards through
    one sentence -- every cue asks for the next clause cut after it -- then cost
    one pass over the sentence, not one pass per cue.
    """

    __slots__ = ("end", "found", "hi", "lo", "regex", "starts", "text")

    def __init__(self, regex, text: str, end: int) -> None:
        self.regex, self.text, self.end = regex, text, end
        self.lo = self.hi = -1
        self.found: list = []
        self.starts: list[int] = []

    def search(self, k: int):
        if not self.lo <= k <= self.hi:
            self.lo = self.hi = k
            self.found, self.starts = [], []
        i = bisect.bisect_left(self.starts, k)
        if i < len(self.found):
            return self.found[i]
        if self.hi >= self.end:
            return None
        m = self.regex.search(self.text, self.hi, self.end)
        if m is None:
            self.hi = self.end
            return None
        self.found.append(m)
        self.starts.append(m.start())
        self.hi = m.start() + 1
        return m


def search_from(ctx, regex, k: int, end: int):
    """``regex.search(ctx.text, k, end)``, answered from the matches already found
    for the same pattern and end in this article (see ``_Leftmost``)."""
    memo = ctx._leftmost
    s = memo.get((regex.pattern, end))
    if s is None:
        s = memo[(regex.pattern, end)] = _Leftmost(regex, ctx.text, end)
    return s.search(k)


# A wiki page's markup left in the text by a scrape: a box's name ("2005 Kelp
# bombing infobox", "Template:Kelp infobox", "Kelp Inc/Infobox InfoboxEnd"), a
# magic word ("__NOTOC__") or a page name with underscores ("2008_Kelp_election").
# No source or role holds one: what comes before it belongs to the page, not the sentence.
PAGE_MARKUP = re.compile(r"(?i)\S*infobox(?:end)?(?![\w-])|__[A-Z]+__|(?<![@\w])\w+_\w+")


def after_page_markup(text: str) -> int:
    """Where ``text`` goes on after the last page markup in it (0 without any)."""
    if "_" not in text and "nfobox" not in text and "NFOBOX" not in text:
        return 0  # (nearly every mention: no regex run)
    end = 0
    for m in PAGE_MARKUP.finditer(text):
        end = m.end()
    while end < len(text) and text[end].isspace():
        end += 1
    return end
