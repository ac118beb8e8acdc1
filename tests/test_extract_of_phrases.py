"""The speaker is the whole noun phrase (issue #10, part 3): in "the wife of
Jo Roe", "the chief executive of Kelp Mining", "Jo Roe's lawyer" the head --
a relation, a role, a body -- speaks, not the name inside the phrase.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

import pytest
from extract_helpers import one

from datasette_claims.extract import sourcing


@pytest.mark.parametrize("relation", ["daughter", "wife", "brother", "sister"])
def test_a_relative_of_a_named_person_is_not_that_person(relation):
    text = f"The {relation} of Ossian Brambley said the harvest failed."
    c = one(text, "the harvest failed", source=f"The {relation} of Ossian Brambley")
    assert c.speaker == f"The {relation} of Ossian Brambley"
    assert c.sourcing == "named_person"  # one person, described (as "the wife" is)


def test_a_relative_told_reporters():
    c = one("The brother of Ossian Brambley told reporters that the harvest failed.", "the harvest failed")
    assert c.speaker == "The brother of Ossian Brambley"


def test_the_office_of_a_named_company_is_its_holder_not_the_company():
    c = one("The chief executive of Quillon Dredging said the harvest failed.", "the harvest failed")
    assert c.speaker == "The chief executive of Quillon Dredging"
    assert c.sourcing == "named_person"  # the office's one holder, as "the mayor of ..." is


@pytest.mark.parametrize("body", ["port authority", "water board", "council"])
def test_a_body_of_a_two_word_place_is_the_body(body):
    c = one(f"The {body} of Marrow Sound said the harvest failed.", "the harvest failed")
    assert c.speaker == f"The {body} of Marrow Sound"
    assert c.sourcing == "named_org"


def test_a_spokesman_for_a_body_of_a_place():
    c = one("A spokesman for the council of Marrow Sound said the harvest failed.", "the harvest failed")
    assert c.speaker == "A spokesman for the council of Marrow Sound"
    assert c.sourcing == "unnamed_official"


def test_a_named_holder_in_apposition_still_speaks():
    c = one("The chief executive of Quillon Dredging, Ossian Brambley, said the harvest failed.",
            "the harvest failed")
    assert c.speaker == "Ossian Brambley"
    c = one("The wife of Ossian Brambley, Ilse Brambley, said the harvest failed.", "the harvest failed")
    assert c.speaker == "Ilse Brambley"


def test_a_named_persons_lawyer_speaks_for_them():
    c = one("Ossian Brambley's lawyer said the harvest failed.", "the harvest failed")
    assert c.speaker == "Ossian Brambley's lawyer"
    assert c.sourcing == "unnamed_official"  # as "a spokesman for Ossian Brambley" is


def test_a_lawyer_for_a_named_person_is_an_unnamed_official():
    c = one("A lawyer for Ossian Brambley said the harvest failed.", "the harvest failed")
    assert c.sourcing == "unnamed_official"


def test_a_named_persons_wife_is_one_described_person():
    c = one("Ossian Brambley's wife said the harvest failed.", "the harvest failed")
    assert c.speaker == "Ossian Brambley's wife"
    assert c.sourcing == "named_person"


def test_authority_is_no_anonymity_formula():
    assert sourcing.classify("The harbour authority of Marrow Sound", False) == "named_org"
    assert sourcing.classify("an official who was not authorised to speak", False) == "unnamed_official"


def test_a_bare_relative_is_no_description_of_someone_named():
    c = one("Ilse Brambley won the race. Her brother said the harvest failed.", "the harvest failed")
    assert c.speaker == "Her brother"


def test_an_office_with_a_capitalised_name_after_it_keeps_its_holder():
    c = one("U.S. attorney for the Marrow District Ann Brambley said the harvest failed.", "the harvest failed")
    assert c.speaker == "Ann Brambley"


def test_the_holder_of_another_title_is_not_the_officer_of_a_named_place():
    text = ("Ilse Brambley, the President's Chief of Cabinet, said costs rose. Last month, the state "
            "security chief of Marrow Sound said that the slums were at risk.")
    c = one(text, "the slums were at risk")
    assert c.speaker == "the state security chief of Marrow Sound"


def test_the_holder_of_the_same_office_of_the_place_still_speaks():
    text = ("Marrow Sound Mayor Ilse Brambley said costs rose. Later, the mayor of Marrow Sound said "
            "that the slums were at risk.")
    c = one(text, "the slums were at risk")
    assert c.speaker == "Ilse Brambley"


def test_a_verb_inside_a_long_mention_is_no_noun_head():
    c = one("The spot concludes with footage of Ann Brambley saying the harvest failed.", "the harvest failed")
    assert c.speaker == "Ann Brambley"  # "concludes" is a verb: no noun heads the name
    c = one("The news director of Prima Kelp said the harvest failed.", "the harvest failed")
    assert c.speaker == "The news director of Prima Kelp"


def test_a_recording_of_a_person_is_that_person_speaking():
    c = one("The footage of Ann Brambley said the harvest failed.", "the harvest failed")
    assert c.speaker == "Ann Brambley"
