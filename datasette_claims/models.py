"""Plain data classes that every stage of the pipeline passes along.

The flow is one way: input file -> ``Document`` (what a reader found) ->
``Article`` (cleaned, with metadata and the paragraphs that are really the
story) -> ``Claim`` objects (who said what) -> SQLite rows.  Nothing here knows
about SQLite or Datasette, so extraction and matching can be tested and reused
on their own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

# (sets a field of a frozen instance, as a frozen dataclass's own ``__init__`` does)
_set_field = object.__setattr__


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # (the generated frozen ``__init__`` does the same, but looks
        # ``__setattr__`` up on ``object`` for each field: extraction builds
        # about 21 spans an article; with the slots, about 1,000 instructions
        # fewer a span by cachegrind)
        _set_field(self, "start", start)
        _set_field(self, "end", end)
        _set_field(self, "text", text)

    def __reduce__(self):
        # Pickled as the call that makes it: the slots dataclass's own state
        # functions call ``dataclasses.fields`` for every span, and unpickling
        # an extraction worker's 57,000 spans (2,000 articles) cost the parent,
        # which takes them in turn, more than reading the input did.
        return (Span, (self.start, self.end, self.text))

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Dateline:
    """The "MOSCOW, May 27 (RIA Novosti) -" opening of a wire story.

    ``date`` is kept as written ("May 27"): a dateline rarely carries a
    year, and guessing one would invent facts.
    """

    place: str | None = None
    date: str | None = None
    agency: str | None = None
    span: Span | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "agency": self.agency}


def document_kind(stated: str | None) -> str:
    """A record's or a manifest's ``kind`` as a Document's: "transcript" when it
    says so ("transcript", "Primary transcript"), else "report"."""
    return "transcript" if "transcript" in (stated or "").lower() else "report"


@dataclass
class Document:
    """One input record as a reader found it, before any cleaning.

    ``text`` is what claim offsets will index (the input text exactly as
    given, or for HTML the text trafilatura extracted).  Metadata fields are
    whatever the input itself stated; ``None`` means it did not say.
    """

    text: str
    path: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    headline: str | None = None
    published: str | None = None
    section: str | None = None
    # True when text is a plain body (JSON record, HTML main text) rather
    # than a scraped page that may still carry navigation and captions.
    clean: bool = False
    # "report" for news, "transcript" for a speech or interview record whose
    # every sentence is ``speaker``'s own words.
    kind: str = "report"
    speaker: str | None = None
    # The whole record when it is ``claims extract`` output: its claims are
    # loaded as they are, not extracted again (see contract.py).
    extracted: dict | None = None
    # The file's text as written when the reader read it otherwise (a Markdown
    # file without its marks): an article known by its text is known by this,
    # so a change in how a format is read does not make it another article.
    written: str | None = None
    # A fact-check page's own ClaimReview markup, as ``factchecks`` rows: the
    # outlet's published ratings of the claims the page checks (one each).
    published_checks: list[dict] = field(default_factory=list)


@dataclass
class Article:
    """A news report ready for claim extraction.

    ``paragraphs`` lists the spans of ``text`` that belong to the story
    itself: page furniture (navigation, photo credits, comment widgets) and
    a lead paragraph that the page prints twice are left out, but ``text``
    stays untouched so offsets remain valid against the input.
    """

    id: str
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    section: str | None = None
    headline: str | None = None
    headline_span: Span | None = None
    published: str | None = None
    dateline: Dateline | None = None
    source_path: str | None = None
    furniture: list[Span] = field(default_factory=list)
    duplicate_paragraphs: list[Span] = field(default_factory=list)
    kind: str = "report"
    speaker: str | None = None
    # A fact-check sheet's own published ratings of the claims it checks, as
    # ``factchecks`` rows (``transcripts.sheet_checks``); empty for any other page.
    sheet_checks: list[dict] = field(default_factory=list)

    @property
    def year_known(self) -> bool:
        return bool(self.published)


def _note(default: Any = None) -> Any:
    """A field of extraction notes: not set by ``__init__``, not compared, not shown."""
    return field(default=default, init=False, repr=False, compare=False, metadata={"note": True})


@dataclass
class Claim:
    """Who said what, when, where, and how it was sourced.

    ``source`` is the mention as written ("he", "Diplomatic sources in the
    UN"); ``speaker`` is who that mention resolves to ("Sergei Lavrov"), or
    the description itself for unnamed sources.  ``rule`` names the pattern
    that produced the claim, so a doubtful row can be traced.
    """

    id: str
    content: Span
    source: Span | None = None
    cue: Span | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    sourcing: str = "author"
    quote_type: str = "indirect"
    said_on: str | None = None
    said_where: str | None = None
    said_to: str | None = None
    hedges: list[str] = field(default_factory=list)
    stance: str | None = None
    via: str | None = None
    anonymity_reason: str | None = None
    denies: str | None = None
    confidence: float = 0.5
    rule: str | None = None
    # The rows of one attribution (the sentences of a long quotation, the
    # pieces of a split one) share this id: see ``extract/grain.py``.
    utterance_id: str | None = None
    # Notes the extraction rules leave for the enrichment step (``extract.enrich``):
    # declared here so that they are typed and visible, set only by the rules,
    # never part of ``as_dict()`` nor of a stored row; ``clear_notes()`` resets them.
    _lemma: str | None = _note()  # the cue's lemma ("say")
    _base: Claim | None = _note()  # the claim this one continues
    _app: tuple[int, int] | None = _note()  # the source's apposition span
    _medium: str | None = _note()  # "on Twitter", "in a statement"
    _nested: tuple | None = _note()  # (via, who, time match) of "citing X as saying"
    _hedged: bool = _note(False)  # an unattributed hedge ("reportedly")
    _cited: tuple[int, int] | None = _note()  # "X said, citing Y": Y's span, the claim's speaker
    _sourced: bool = _note(False)  # speaker and sourcing set by a rule (a denied report's source)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in _SHOWN_FIELDS:
            value = getattr(self, name)
            if isinstance(value, Span):
                value = value.as_dict()
            elif not (value is None or type(value) in _ATOMS):  # (deepcopy returns these as they are)
                value = _copied(value)
            data[name] = value
        return data

    def json_fields(self) -> dict[str, Any]:
        """``as_dict()`` for encoding at once: the same keys and values, the
        values shared with the claim rather than copied (copying was a quarter
        of building the claims' dicts for the lines of ``claims extract``)."""
        values = self.__dict__
        data = {name: values[name] for name in _SHOWN_FIELDS}
        for name in _SPAN_FIELDS:
            span = data[name]
            if span is not None:
                data[name] = {"start": span.start, "end": span.end, "text": span.text}
        return data

    def replaced(self, **changes: Any) -> Claim:
        """``dataclasses.replace(self, **changes)``: a new claim with this one's
        fields but ``changes``, its extraction notes at their defaults (replace
        passes ``__init__`` only the fields it takes).  Built as the instance's
        dict at once, without replace's walk over the 27 fields' definitions
        and the keyword call of ``__init__``: the statement split makes a row
        so for each sentence of a long quotation (about 600 bytecodes fewer a
        row)."""
        if not _INIT_NAMES.issuperset(changes):
            raise TypeError(f"not a field Claim() takes: {sorted(set(changes) - _INIT_NAMES)}")
        values = self.__dict__
        state = {name: values[name] for name in _INIT_FIELDS}
        state.update(changes)  # (the notes are not set: they read as the class's defaults, as after replace)
        row = object.__new__(Claim)
        row.__dict__ = state
        return row

    def clear_notes(self) -> None:
        """Reset the extraction notes (once extraction is done with them)."""
        # (one update of the instance's dict: what a ``setattr`` per note does,
        # without eight calls for every claim)
        self.__dict__.update(_NOTE_DEFAULTS)


# (read once: ``dataclasses.fields`` builds its tuple anew on every call)
_SHOWN_FIELDS = tuple(f.name for f in fields(Claim) if not f.metadata.get("note"))
_NOTE_DEFAULTS = {f.name: f.default for f in fields(Claim) if f.metadata.get("note")}
_INIT_FIELDS = tuple(f.name for f in fields(Claim) if f.init)
_INIT_NAMES = frozenset(_INIT_FIELDS)
_ATOMS = (str, int, float, bool)
_SPAN_FIELDS = ("content", "source", "cue")


def _copied(value: Any) -> Any:
    """A deep copy of a field's value; a list of strings (``hedges``) is the
    common case, and a shallow copy of it is already deep (and far cheaper)."""
    if type(value) is list and all(type(v) in _ATOMS for v in value):
        return value.copy()
    return copy.deepcopy(value)


SOURCING_TYPES = (
    "named_person",
    "named_org",
    "unnamed_official",
    "anonymous_generic",
    "collective_unnamed",
    "document",
    "media_report",
    "social_post",
    "unattributed_hedged",
    "author",
)

# The sourcing codes that name nobody: what a desk treats as resting on unnamed sources.
UNNAMED_SOURCING = ("unnamed_official", "anonymous_generic", "collective_unnamed", "unattributed_hedged")

# What the pages and the ClaimReview export call each sourcing code.
SOURCING_LABELS = {
    "named_person": "Named person",
    "named_org": "Named organisation",
    "unnamed_official": "Unnamed official",
    "anonymous_generic": "Anonymous source",
    "collective_unnamed": "Unnamed group",
    "document": "Document",
    "media_report": "Media report",
    "social_post": "Social media post",
    "unattributed_hedged": "Unattributed (hedged)",
    "author": "The article's author",
}

# a sourcing kind's label names nobody ("Anonymous source: “…”"), as a pronoun does
NOBODY_LABELS = frozenset(label.casefold() for label in SOURCING_LABELS.values())

QUOTE_TYPES = ("direct", "indirect", "partial", "mixed")

STANCES = ("assertion", "denial", "directive", "question", "stance", "neutral")
