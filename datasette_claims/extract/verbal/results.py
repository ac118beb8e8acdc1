"""What the steps of one reporting-verb cue hand each other (see ``cue``).

Small dataclasses with slots, one per step: the screened ``Cue``, its ``Adjuncts``,
the ``SourceSearch`` for its subject, the ``Frame`` that says what kind of
claim it is, and the quotations ``Around`` it.  (Slotted classes, not
NamedTuples: in CPython 3.11 they cost half as much to build, and a field is
read by the specialised attribute look-up instead of a tuple getter.)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context import Subject
from ..quotes import Quote

@dataclass(slots=True)
class Cue:
    """A reporting-verb anchor that passed the screens, with its sentence unit."""

    form: str
    lemma: str
    cls: str                                  # the lexicon's class: "assertion", "denial", ...
    start: int
    end: int
    us: int                                   # the sentence unit around the cue
    ue: int
    weak: bool                                # "show", "want", ...: needs "that" or a quotation
    participle: bool                          # an "-ing" form
    stance: str
    data_source: bool                         # "a poll released Monday shows ..."
    prep_object: tuple[int, int] | None       # "wrote about": (end of the preposition, its object)


@dataclass(slots=True)
class Adjuncts:
    """What the words right after the cue say, and where its content may start."""

    end: int                                  # after adjuncts and object ("told reporters on Monday")
    cue_end: int                              # the cue span's end (an object cue keeps its object)
    said_to: str | None
    where: str | None
    medium: str | None
    has_that: bool                            # a "that" complement follows


@dataclass(slots=True)
class SourceSearch:
    """The subject found left of the cue, and which search found it."""

    subject: Subject | None
    infinitive: bool                          # the controller of "to say"
    list_coordinated: bool                    # "hid the facts, admitted ..."
    relative: bool                            # "the union, which urged ..."


@dataclass(slots=True)
class Frame:
    """How the cue's content is laid out: the claims to emit."""

    segments: list[tuple[int, int]]
    rule: str
    confidence: float
    quote_type: str
    source: tuple[int, int] | None
    cue: tuple[int, int]
    apposition: tuple[int, int] | None = None


@dataclass(slots=True)
class Around:
    """The quotations and text on either side of a cue whose subject is on its left."""

    after: str                                # the unit's text after the adjuncts
    after_stripped: str
    nxt: str                                  # its first character
    q_before: Quote | None                    # a quotation closing before the subject
    q_after: Quote | None                     # a quotation opening after the adjuncts
