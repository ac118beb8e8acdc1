"""The occasion a sentence states before naming its speaker.

Wire copy often opens with the occasion: "Speaking in Paris on Tuesday, the
minister said ...", "At a news conference on Monday, ...", "On October 19,
2004, ...".  The adjuncts that follow a cue ("said on Tuesday in a statement")
are read with the cue (``verbal``); this reads the clause between the start
of the sentence and the source, for the date, venue and audience of the
statement.

Only three kinds of opening clause are read, because only they are about the
speaking: a time alone ("Earlier on Tuesday,"), a venue ("In an interview with
the BBC,"), and a participle of speech ("Speaking to reporters in Paris,",
"Asked on Monday whether ...").  Their adjuncts are read in a chain from the
start, so "After Tuesday's attack, the minister said" (the attack's day) and
"Asked whether the vote on Tuesday ..." (the vote's) give no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from . import when
from .lexicon import LANGUAGES, OCCASION_OPENERS, SPEECH_PARTICIPLES

# "in Paris", "in New South Wales", "in Washington, D.C.": a place where the
# speaker was (a language, "in Spanish", is read as one and named as none: LANGUAGES)
_PLACE = re.compile(r"\s+in\s+(?!" + P.NAME_OF_TIME + r")"
                    r"(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                    r"(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?(?=\s*(?:,|$)))?)")
_LEAD_WORD = re.compile(r"[A-Z][a-z]+")
_FILLER = re.compile(r"\s*,?")


@dataclass(frozen=True)
class Setting:
    """What an opening clause says of the statement: each part None when unsaid."""

    time: re.Match | None  # the time expression (for ``when.resolve``)
    where: str | None
    said_to: str | None


_NAMES_OF_TIME = re.compile(P.NAME_OF_TIME)


def could_open(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` begins with a word that can open a
    clause of one of the three kinds (a cheap test before reading one)."""
    lead = _LEAD_WORD.match(text, start)
    if lead is None:
        return False
    word = lead.group()
    return word in OCCASION_OPENERS or word in SPEECH_PARTICIPLES or _NAMES_OF_TIME.match(word) is not None


def opening_setting(text: str, start: int, end: int) -> Setting | None:
    """The setting stated by ``text[start:end]``, the sentence before its
    source, when that is an opening clause of one of the three kinds; None
    otherwise (no clause, or a clause about something else)."""
    clause = text[start:end].rstrip()
    if not clause.endswith(","):
        bare = P.OPENING_TIME_RE.match(text, start, end + 1)
        if bare is None or bare.end() != end:
            return None
        clause += ","  # "On Monday the mayor said": read as "On Monday, the mayor said"
    if len(clause) < 4 or clause[0] in "\"'\u201c\u2018":
        return None
    lead = _LEAD_WORD.match(clause)
    if lead is None or not could_open(clause, 0):
        return None
    # the clause as one string of adjuncts, each led by white space as the
    # cue's adjunct pattern wants them: " speaking in Paris on Tuesday,"
    first = clause[0] if _NAMES_OF_TIME.match(clause) else clause[0].lower()  # ("Tuesday," stays)
    chain = " " + first + clause[1:-1]
    participle = lead.group() in SPEECH_PARTICIPLES
    read = _read_chain(chain, 1 + lead.end() if participle else 0)
    if read is None or (not participle and (read.end < len(chain) or read.kinds == ("place",))):
        # a clause of time, venue or place must be nothing else ("In the end," is no venue;
        # "In Paris," alone may be where the news happened, not where it was said)
        return None
    # any time among the adjuncts is the statement's ("after the meeting on Tuesday"); looked
    # for in the chain, whose first letter is lowered ("Yesterday," is "yesterday")
    tm = when.find_time(chain, 0, read.end)
    return Setting(tm, read.where, read.said_to)


def place_after_cue(text: str, start: int, end: int) -> str | None:
    """The place among a cue's adjuncts, ``text[start:end]`` ("said in Paris on
    Tuesday that ..."): the cue's own reading (``verbal``) takes venues, media,
    audiences and times, not places; a language ("said in Spanish") is none."""
    if text.find(" in ", start, end) < 0:
        return None
    read = _read_chain(text[start:end], 0)
    if read is None or "place" not in read.kinds or read.where is None:
        return None  # (a language is read as a place but names none: "said in Spanish in Madrid")
    return read.where.rstrip(".")


@dataclass(frozen=True)
class _Chain:
    end: int
    kinds: tuple[str, ...]
    where: str | None
    said_to: str | None


def _read_chain(chain: str, k: int) -> _Chain | None:
    """The adjuncts read one after another from ``chain[k:]``; None when none is."""
    kinds: list[str] = []
    where = said_to = None
    while k < len(chain):
        k = _FILLER.match(chain, k).end() if chain[k] == "," else k
        one = P.ONE_ADJUNCT_RE.match(chain, k)
        if one is not None and one.end() > k:
            kind = one.lastgroup or "adv"
            if kind in ("where", "medium", "show") and where is None:
                where = one.group(kind).split(None, 1)[1]
            elif kind == "to" and said_to is None:
                said_to = one.group("to")[3:]
            kinds.append(kind)
            k = one.end()
            continue
        place = _PLACE.match(chain, k)
        if place is None:
            break
        if place.group("place") not in LANGUAGES:  # ("speaking in Spanish")
            where = where or place.group("place")
        kinds.append("place")
        k = place.end()
    if not kinds:
        return None
    return _Chain(k, tuple(kinds), where, said_to)
