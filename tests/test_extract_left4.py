"""Speaker constructions left by the trailer and missed-source helpers (issue
#10 part 3, helper xleft4): a long title run after a possessive ("Kelpland's
Deputy Health Minister Jo Roe") and an apposition whose closing comma is
missing ("Jo Roe, leader of the newly formed Kelp Party said").  Invented
sentences and names only."""

from __future__ import annotations

import pytest

from extract_helpers import one

LEAD = "The council met on Monday.\n\n"
QUOTE = '"We will open the bridge in May," '
FIRST = "We will open the bridge in May"


# -- a title of three words after a possessive ----------------------------------------

@pytest.mark.parametrize("trailer", [
    "said Kelpland's Deputy Harbour Minister Tam Vorst.",
    "Kelpland's Deputy Harbour Minister Tam Vorst said.",
])
def test_a_three_word_title_after_a_possessive_keeps_the_person(trailer):
    c = one(LEAD + QUOTE + trailer, FIRST)
    assert c.speaker == "Tam Vorst" and c.sourcing == "named_person"


@pytest.mark.parametrize("lead, role", [
    ("Kelpland's Deputy Harbour Minister", "Kelpland's Deputy Harbour Minister"),
    ("The Kelp Post's Executive Editor", "Kelp Post's Executive Editor"),
])
def test_the_title_after_a_possessive_is_the_role(lead, role):
    c = one(LEAD + lead + " Tam Vorst said the piers would open in May.", "the piers would open in May")
    assert c.speaker == "Tam Vorst" and c.speaker_role == role


def test_a_shorter_title_after_a_possessive_is_unchanged():
    c = one(LEAD + QUOTE + "said Kelpland's Harbour Minister Tam Vorst.", FIRST)
    assert c.speaker == "Tam Vorst" and c.sourcing == "named_person"


# -- an apposition whose closing comma is missing -----------------------------------

def test_an_unclosed_apposition_before_an_indirect_cue():
    c = one(LEAD + "Tam Vorst, leader of the newly formed Kelp Party said the piers would open in May.",
            "the piers would open in May")
    assert c.speaker == "Tam Vorst" and c.sourcing == "named_person"


def test_an_unclosed_apposition_in_a_trailer():
    c = one(LEAD + QUOTE + "Tam Vorst, leader of the newly formed Kelp Party said.", FIRST)
    assert c.speaker == "Tam Vorst" and c.sourcing == "named_person"


def test_a_closed_apposition_is_unchanged():
    c = one(LEAD + "Tam Vorst, leader of the Kelp Party, said the piers would open in May.",
            "the piers would open in May")
    assert c.speaker == "Tam Vorst"


def test_a_body_as_the_subject_after_a_list_is_kept():
    c = one(LEAD + "Tam Vorst, Ivo Dal and the Kelp Party said the piers would open in May.",
            "the piers would open in May")
    assert c.speaker != "Tam Vorst"


@pytest.mark.parametrize("text", [
    "Tam Vorst, an officer of a harbour unit called Kelp Watch, has spoken on the topic.",
    "In Kelpland, the source of worry was the board that backed down from promised pension reform.",
])
def test_a_cue_inside_the_apposition_or_a_place_is_no_unclosed_apposition(text):
    from extract_helpers import run
    assert [c for c in run(LEAD + text) if c.speaker in ("Tam Vorst", "In Kelpland")] == []


# -- a role in brackets after the name ----------------------------------------------

@pytest.mark.parametrize("text, content", [
    (LEAD + QUOTE + "said Tam Vorst (Chairman of Kelp Mining).", FIRST),
    (LEAD + "Tam Vorst (chairman of the Kelp Mining board) said the piers would open in May.",
     "the piers would open in May"),
])
def test_a_role_in_brackets_is_the_speakers_role(text, content):
    c = one(text, content)
    assert c.speaker == "Tam Vorst" and c.speaker_role.lower().startswith("chairman of")


def test_brackets_without_a_title_word_are_no_role():
    c = one(LEAD + "Tam Vorst (Kelp Party) said the piers would open in May.", "the piers would open in May")
    assert c.speaker == "Tam Vorst" and c.speaker_role is None
