"""A verb's plain object is no statement (issue #10, invented sentences).

A denial whose object only points back at what was said ("rejected that
claim") is no claim of its own; a time between subject and verb ("on Sunday
denied") is neither the speaker nor the cue.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run


@pytest.mark.parametrize("sentence", [
    "Tobin Varle rejected that claim.",
    "The Harrowgate council denied the allegations.",
    "Mira Quell has dismissed such reports.",
    "Ostrand Freight denies these latest accusations.",
])
def test_denial_of_a_bare_anaphoric_object_is_no_claim(sentence):
    assert [c.content.text for c in run(sentence)] == []


def test_denial_with_a_clause_is_kept():
    one("Tobin Varle rejected claims that the quarry would close.", "claims that the quarry would close",
        source="Tobin Varle", stance="denial")
    one("Tobin Varle denied that the quarry would close.", "the quarry would close", source="Tobin Varle",
        stance="denial")


def test_pronoun_object_of_a_denial_stays_no_claim():
    assert run("Mira Quell denied it.") == []


@pytest.mark.parametrize("sentence, cue", [
    ("The Kelmar Ports Authority on Sunday denied that the ferry had been sold.", "denied"),
    ("Ida Brenn on Friday said the bridge would reopen in May.", "said"),
    ("The water board yesterday warned that the reservoir was low.", "warned"),
])
def test_time_between_subject_and_cue_is_not_the_cue(sentence, cue):
    claims = run(sentence)
    assert len(claims) == 1, [(c.content.text, c.rule) for c in claims]
    assert claims[0].cue.text == cue
    assert claims[0].said_on is not None  # the time still dates the claim


def test_a_bare_later_stays_in_the_cue():
    one("Ida Brenn later said the bridge would reopen in May.", "the bridge would reopen in May",
        cue="later said")


def test_attack_pressed_ends_before_its_time():
    one("Dara Aske stepped up his attack on the harbour board on Thursday.", "the harbour board",
        source="Dara Aske", cue="attack on")


@pytest.mark.parametrize("sentence, content", [
    ("The harbour is closed for good, as the fisheries minister put it.", "The harbour is closed for good"),
    ("As the fisheries minister put it, the harbour is closed for good.", "the harbour is closed for good"),
])
def test_as_someone_put_it(sentence, content):
    c = one(sentence, content, source="the fisheries minister")
    assert "put it" in c.cue.text
