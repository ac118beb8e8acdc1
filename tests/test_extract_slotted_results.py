"""The results the extractor's hot steps hand each other are slotted classes,
not NamedTuples (in CPython 3.11 a NamedTuple costs about twice as much to
build, and its fields are read through a tuple getter the interpreter does not
specialise); the readings that copy one with a field changed still give the
same claims.  Invented sentences and names."""

import dataclasses

import pytest

from datasette_claims.extract import grain, sourcing, sources, speakers
from datasette_claims.extract.context import Subject
from datasette_claims.extract.verbal import results

from extract_helpers import one

HOT_RESULTS = [results.Cue, results.Adjuncts, results.SourceSearch, results.Frame, results.Around, Subject,
               grain.Piece, speakers.NameParts, speakers._Run, sources._CueWords, sourcing._NounPhrase]


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
