"""What a desk checks first: the signals behind the review queue, with their weights and reasons.

Why these signals: fact-checking desks rank claims by how far they travel and
how checkable they are.  ClaimBuster scores check-worthiness mostly from
numbers, comparisons and superlatives in the sentence; Full Fact's tools add
who said it and how often it recurs; a claim that rests on unnamed sources, or
whose quoted wording drifted between outlets, is the kind that goes wrong; one
that another report contradicts (a denial of what this report asserts, a
paraphrase with the negation flipped) is where a desk is needed most, so it
weighs as much as a published fact-check.  Drift and conflict are the claim's
own links (``claim_matches``), not its story's: only a quotation's wording can
drift, so a paraphrase told in a story whose quotes drifted is not flagged.

"one" is not a number word here: alone it is nearly always a pronoun or
determiner ("one of the reasons", "no one", "the one road"), and a count or
ratio with it carries another number ("one in five", "one million").  "only"
marks a superlative only as "the only" (a claim of uniqueness: "the only
hospital in the county"); the limiting adverb ("we only asked", "only time will
tell") says nothing checkable.
Every signal here is something the database already holds or the sentence
itself shows, so the queue can say, per claim, why it is where it is.

The text signals are a SQL function (``claims_checkworthy``) so the queue can be
ordered in SQLite without loading every claim into Python.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..models import UNNAMED_SOURCING
from ..offices import PUBLIC_OFFICES


@dataclass(frozen=True)
class Signal:
    key: str
    weight: float
    reason: str


# "A named public figure" as the queue can tell one: a named person whom the report gives a
# public office ("Mayor", "energy minister", "Sen."), or whom the database quotes this often
# (any role: a much-quoted economist counts).  The office is read from the claim's own
# ``speaker_role``, which only a reload of its article rewrites (with its queue row), so the
# stored bounds stay bounds (``m028_queue_public_office`` computed them again once, and
# ``m029_queue_office_words`` when judges, prosecutors, the pope and "PM" joined the offices).
PUBLIC_FIGURE_CLAIMS = 5
# (the offices: ``PUBLIC_OFFICES``, the package's one list, ``datasette_claims/offices.py``)
_ROLE_WORDS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def public_office(role) -> int:
    """SQL function ``claims_public_office(role)``: 1 when a claim's speaker role names a public
    office ("Mayor", "former energy minister"), else 0."""
    if not role:
        return 0
    return int(any(w in PUBLIC_OFFICES for w in _ROLE_WORDS.findall(str(role).lower())))

SIGNALS = {s.key: s for s in (
    Signal("repeated", 2.0, "repeated by two or more outlets"),
    Signal("widely_repeated", 1.0, "in three or more reports"),
    Signal("conflict", 2.5, "another report says otherwise (a denial, or the opposite meaning)"),
    Signal("drift", 2.0, "its quoted wording differs from another report's"),
    Signal("unnamed_source", 1.5, "rests on unnamed or unattributed sources"),
    Signal("numbers", 1.5, "contains numbers or statistics"),
    Signal("comparison", 1.0, "makes a comparison"),
    Signal("superlative", 1.0, "uses a superlative or a record"),
    Signal("public_figure", 1.0, "said by a named public office holder, or a named person quoted often "
                                 f"({PUBLIC_FIGURE_CLAIMS} claims or more)"),
    Signal("unchecked", 1.5, "not yet checked"),
    Signal("factcheck", 2.5, "similar to a published fact-check"),
    # The desk's own verdict on the same speaker's like words on an earlier occasion (``claim_repeats``):
    # the verdict to publish again, as much as a published fact-check weighs (``queue_scores.SAID_AGAIN``).
    Signal("said_again", 2.5, "said again: the speaker's like words on an earlier occasion were rated"),
)}

UNNAMED = UNNAMED_SOURCING

_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion trillion percent half third quarter dozen doubled tripled halved".split())
_SUPERLATIVE_WORDS = frozenset(
    "most least best worst first never ever record unprecedented all-time".split())
# words ending in -est that are not superlatives
_NOT_SUPERLATIVE = frozenset(
    "interest forest protest request manifest contest suggest invest arrest harvest honest modest digest earnest "
    "priest conquest inquest unrest behest attest detest guest chest nest rest test west quest pest vest zest "
    "crest jest lest best".split())
# A comparison, by the key word every match holds (``_COMPARISON_KEYS``, "creased" for
# "increased" and "decreased"): one alternative per key, so a sentence is searched only
# with the alternatives whose key it holds (``_compares``).
_COMPARISON_BY_KEY = {
    "than": r"\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|cheaper|faster|slower|better|worse)"
            r"\s+than\b",
    "compared": r"\bcompared\s+(?:with|to)\b",
    "twice": r"\btwice\s+as\b",
    "times": r"\btimes\s+(?:more|as)\b",
    "from": r"\b(?:up|down)\s+from\b",
    "rose": r"\brose\b",
    "fell": r"\bfell\b",
    "creased": r"\b(?:in|de)creased\b",
    "doubled": r"\bdoubled\b",
    "halved": r"\bhalved\b",
}
_COMPARISON = re.compile("|".join(_COMPARISON_BY_KEY.values()), re.IGNORECASE)


# Every match of _COMPARISON holds one of these as a whole word.  For ASCII text
# without a hyphen, the sentence's words (``_WORDS``, already split) rule the regex
# out without another scan (the queue scores every claim a load brings, and nine
# in ten make no comparison); with a hyphen a key may sit inside one of its words
# ("rose-tinted"), so the keys are looked for in the text.  ASCII text lowered is then
# searched without case folding (the same matches: the pattern is lower case, and
# only non-ASCII letters such as the long s fold otherwise); other text runs the
# case-folding alternatives.
_COMPARISON_WORDS = frozenset("than compared twice times from rose fell increased decreased doubled halved".split())
_COMPARISON_KEYS = tuple(_COMPARISON_BY_KEY)
_COMPARISON_LOWERED = tuple((key, re.compile(p)) for key, p in _COMPARISON_BY_KEY.items())
_COMPARISON_FOLDED = tuple((key, re.compile(p, re.IGNORECASE)) for key, p in _COMPARISON_BY_KEY.items())
# Text that is not ASCII meets the regex with its case folding, where a letter of a key
# is also matched by its capital, the capital I with a dot (U+0130), the dotless i
# (U+0131), the long s (U+017F) and the Kelvin sign (U+212A); with those three mapped
# to their letters before ``str.lower`` (which would make the capital I two characters),
# the text holds a key wherever an alternative for it could match.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(content: str) -> bool:
    """``any(ch.isdigit() for ch in content)``: one regex scan for ASCII text, ``str.isdigit`` mapped in C otherwise."""
    if content.isascii():
        return _ASCII_DIGIT.search(content) is not None
    return any(map(str.isdigit, content))


def _compares(content: str, lowered: str, words: list[str]) -> bool:
    """Does the sentence make a comparison (``_COMPARISON``)?  ``words``: ``_WORDS`` of ``lowered``."""
    if not content.isascii():
        return _any_alternative(content.translate(_FOLD_TO_ASCII).lower(), content, _COMPARISON_FOLDED)
    if "-" not in lowered and _COMPARISON_WORDS.isdisjoint(words):
        return False
    return _any_alternative(lowered, lowered, _COMPARISON_LOWERED)


def _any_alternative(keyed: str, text: str, alternatives: tuple) -> bool:
    """Does an alternative of ``_COMPARISON`` match ``text``, tried only where ``keyed``
    (``text`` as the alternative's folding sees it) holds its key?  (A substring
    search in C rules a key out far more cheaply than a regex tried at every position.)"""
    return any(key in keyed and pattern.search(text) is not None for key, pattern in alternatives)


# ASCII bytes a-z and the hyphen kept, every other byte a space (``_words``).
_WORD_BYTES = bytes(b if 0x61 <= b <= 0x7A or b == 0x2D else 0x20 for b in range(256))


def _words(lowered: str) -> list[str]:
    """``_WORDS.findall(lowered)``, in C for the most part (the queue scores every
    claim a load brings).  A word never spans a character other than a-z and the
    hyphen, so the text's bytes (each non-ASCII character one b"?") with every
    other byte a space split into runs that hold whole words: a run without a
    hyphen is one word, and only a run with one ("well-known", "a-b-c", which is
    "a-b" and "c") needs the regex."""
    runs = lowered.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split()
    if "-" not in lowered:
        return runs
    return [word for run in runs for word in (_WORDS.findall(run) if "-" in run else (run,))]


def text_signals(content: str | None) -> list[str]:
    """The check-worthiness signals the sentence itself shows.  (The words are
    searched for a superlative in -est only when "est" occurs at all: a load
    scores every claim it brings, and nine in ten have none.)"""
    if not content:
        return []
    lowered = content.lower()
    words = _words(lowered)
    found = []
    if _has_digit(content) or not _NUMBER_WORDS.isdisjoint(words):
        found.append("numbers")
    if _compares(content, lowered, words):
        found.append("comparison")
    if not _SUPERLATIVE_WORDS.isdisjoint(words) or _the_only(lowered) or ("est" in lowered and _in_est(words)):
        found.append("superlative")
    return found


def _in_est(words: list[str]) -> bool:
    """Is one of ``words`` a superlative in -est (longer than five letters, not in
    ``_NOT_SUPERLATIVE``)?  The words joined by spaces are searched for "est " in C,
    so only the few that end so are looked at, not every word in Python."""
    joined = " ".join(words) + " "
    end = joined.find("est ")
    while end >= 0:
        word = joined[joined.rfind(" ", 0, end) + 1:end + 3]
        if len(word) > 5 and word not in _NOT_SUPERLATIVE:
            return True
        end = joined.find("est ", end + 4)
    return False


_THE_ONLY = re.compile(r"\bthe\s+only\b")


def _the_only(lowered: str) -> bool:
    """"the only ...": a claim of uniqueness (the plain adverb "only" is not one)."""
    return "only" in lowered and _THE_ONLY.search(lowered) is not None


# Raise it whenever ``text_score`` gives another value for the same sentence (its text
# signals, their words, their weights): ``claims extract`` writes each claim's score with
# this version, and a load takes a score written with another version as absent and
# scores the claim afresh.  ``tests/test_extract_text_scores.py`` holds a digest of the
# scores of invented sentences against this number, so a change that forgets it fails.
TEXT_SCORE_VERSION = 1


def text_score(content) -> float:
    """SQL function ``claims_checkworthy(content)``: the weight of the text signals."""
    return sum(SIGNALS[k].weight for k in text_signals(None if content is None else str(content)))


def explain(row: dict) -> tuple[float, list[dict]]:
    """Score and reasons for one queue row (the same sum the SQL orders by)."""
    keys = list(text_signals(row.get("content")))
    if (row.get("outlets") or 0) >= 2:
        keys.append("repeated")
    if (row.get("reports") or 0) >= 3:
        keys.append("widely_repeated")
    if row.get("conflict"):
        keys.append("conflict")
    if row.get("drift"):
        keys.append("drift")
    if row.get("sourcing") in UNNAMED:
        keys.append("unnamed_source")
    if row.get("public_figure"):
        keys.append("public_figure")
    if row.get("checked") == 0:
        keys.append("unchecked")
    if row.get("factcheck"):
        keys.append("factcheck")
    if row.get("said_again"):
        keys.append("said_again")
    reasons = [{"signal": k, "weight": SIGNALS[k].weight, "reason": SIGNALS[k].reason} for k in keys]
    return round(sum(r["weight"] for r in reasons), 2), reasons
