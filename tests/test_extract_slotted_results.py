"""The results the extractor's hot steps hand each other are slotted classes,
not NamedTuples (in CPython 3.11 a NamedTuple costs about twice as much to
build, and its fields are read through a tuple getter the interpreter does not
specialise); the readings that copy one with a field changed still give the
same claims.  Invented sentences and names."""

import copy
import dataclasses
import pickle

import pytest

from datasette_claims.extract import grain, sourcing, sources, speakers
from datasette_claims.extract.quotes import Quote, find_quotes
from datasette_claims.models import Span
from datasette_claims.extract.context import Subject
from datasette_claims.extract.verbal import results

from extract_helpers import one

HOT_RESULTS = [results.Cue, results.Adjuncts, results.SourceSearch, results.Frame, results.Around, Subject,
               grain.Piece, speakers.NameParts, speakers._Run, sources._CueWords, sourcing._NounPhrase,
               Span, Quote]


@pytest.mark.parametrize("cls", HOT_RESULTS, ids=lambda c: c.__name__)
def test_hot_results_are_slotted_dataclasses(cls):
    assert dataclasses.is_dataclass(cls)
    assert not issubclass(cls, tuple)
    assert "__slots__" in vars(cls) and "__dict__" not in vars(cls)


def test_a_source_after_a_stray_comma_still_moves_its_cue_start():
    # (find_subject copies the subject with the cue's start changed)
    one("Sen. Ada Quillon (D-Ore.), said the ferry levy would rise.", "the ferry levy would rise",
        source="Sen. Ada Quillon")


def test_a_contracted_pronoun_source_still_ends_before_the_contraction():
    # (left_source copies the pronoun's subject with its end moved)
    c = one("The harbour board met on Monday. She'd said the dredging would wait.", "the dredging would wait")
    assert c.source is not None and c.source.text == "She"


def test_name_parts_read_by_field():
    m = speakers.NAME_RE.search("The ferry was late, Mr. Oskar Brannvik said.")
    parts = speakers.name_parts("The ferry was late, Mr. Oskar Brannvik said.", m)
    assert (parts.title, parts.name) == ("Mr.", "Oskar Brannvik")


def test_a_span_is_still_frozen_hashable_and_picklable():
    """``Span`` is slotted: a frozen dataclass without slots set each field through
    ``object.__setattr__`` into the instance's dict (about 20 spans an article)."""
    span = Span(4, 9, "ferry")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 5
    assert span == Span(4, 9, "ferry") and hash(span) == hash(Span(4, 9, "ferry"))
    assert {span: 1}[Span(4, 9, "ferry")] == 1
    assert pickle.loads(pickle.dumps(span)) == span == copy.deepcopy(span)
    assert dataclasses.replace(span, end=7) == Span(4, 7, "ferry")
    assert dataclasses.asdict(span) == span.as_dict() == {"start": 4, "end": 9, "text": "ferry"}


def test_quotes_are_still_found_and_linked():
    text = '"The ferry is late," Ada Quillon said.\n\n"It will sail at noon.'
    paras = [(0, 38), (40, len(text))]
    quotes = find_quotes(text, paras)
    assert [text[q.start:q.end] for q in quotes] == ["The ferry is late,", "It will sail at noon."]
    assert not quotes[1].closed
