"""Predicates of news speech that two translations of one remark swap.

Two agencies translating one foreign speaker rarely pick the same verb:
"we will concentrate on the port" / "the next goal will be the port",
"they will provide the records" / "they will give the records".  Matching's
topic check (``decide._topic_only``) refuses two claims that share only a
noun phrase and say their own thing of it; a predicate of one class below on
each side is the same thing said, not two.

The table is small on purpose: a class holds words that say one act of
speech or policy in news prose whatever the object, not words that are
merely related ("close" and "cut" stay apart), and no word that is as often
another part of speech in news prose ("lower house", "a close ally", "a
product launch"): a wrong class costs a wrong link.  It is only read as further
evidence for a pair whose wording already scores as one statement, said by
one speaker within days (``decide``): alone it links nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One class per line: the words' base forms (inflected and derived forms are
# read by ``predicate_class``; an irregular past is listed as it is written).
PREDICATE_CLASSES: tuple[frozenset, ...] = tuple(
    frozenset(line.split())
    for line in (
        "concentrate focus goal aim priority prioritise prioritize target objective",
        "plan intend intention",
        "give gave given provide supply deliver",
        "reject refuse decline",
        "halt stop suspend",
        "cut reduce slash",
        "raise increase hike",
        "support endorse",
        "warn caution",
        "promise pledge vow",
        "start begin began begun",
    )
)
# Endings a base form takes ("concentrating", "planned", "refusal" is not one:
# a class lists such nouns itself).
SUFFIXES = ("", "s", "es", "d", "ed", "ing", "ion", "ions", "ment", "ments", "ity", "ities")
_ONE_VOWEL_END = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")  # a last consonant doubled before "-ed"
_ROOT_MIN = 4  # a base form's final "e" is dropped ("concentrat" + "ing") only from this length


def forms(base: str) -> set[str]:
    """The inflected and derived forms of a base form (the base among them)."""
    roots = {base}
    if base.endswith("e") and len(base) > _ROOT_MIN:
        roots.add(base[:-1])
    if base[-1] not in "aeiouwy" and (len(base) <= _ROOT_MIN or _ONE_VOWEL_END.search(base)):
        roots.add(base + base[-1])  # "plan" -> "plann"(ed), "cut" -> "cutt"(ing), "scrap" -> "scrapp"(ed)
    if base.endswith("y"):
        roots.add(base[:-1] + "i")  # "priority" -> "priorities"
    return {root + end for root in roots for end in SUFFIXES}


_CLASS_OF = {form: i for i, group in enumerate(PREDICATE_CLASSES) for base in group for form in forms(base)}


@lru_cache(maxsize=4096)
def predicate_class(word: str) -> int | None:
    """The class (an index into ``PREDICATE_CLASSES``) of a lower-case word, or None."""
    return _CLASS_OF.get(word)


def same_predicate(x: str, y: str) -> bool:
    """Are two different words one predicate of news speech ("concentrate" / "goal")?"""
    cx = predicate_class(x)
    return cx is not None and cx == predicate_class(y)
