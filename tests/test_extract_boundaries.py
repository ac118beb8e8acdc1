"""Content boundaries measured on PolNeAR train (round of issue #10, part 3).

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


# --- a preposition straight after the cue joins the cue ----------------------

def test_warned_of_leaves_the_preposition_to_the_cue():
    one("Mayor Lina Osk warned of a long drought in the valley.", "a long drought in the valley",
        source="Mayor Lina Osk", cue="warned of")


def test_argued_for_leaves_the_preposition_to_the_cue():
    one("Senator Ivo Dal argued for a higher ferry subsidy.", "a higher ferry subsidy", cue="argued for")


def test_when_asked_about_leaves_the_preposition_to_the_cue():
    one("When asked about the ferry contract, Ivo Dal smiled.", "the ferry contract", cue="asked about")


def test_about_a_quantity_stays_in_the_content():
    one("The harbour board said about half of the berths are empty.",
        "about half of the berths are empty")


def test_that_after_the_preposition_object_is_untouched():
    claims = run("Ivo Dal spoke of a plan that the council rejected.")
    assert all(not c.content.text.startswith("of ") for c in claims)


# --- adverbs and times between the cue and its "that" ------------------------

def test_for_months_before_that():
    one("Ivo Dal has said for months that the ferry will run again.", "the ferry will run again",
        rule="indirect.that")


def test_comma_adverb_before_that():
    one("The harbour master said, however, that the berths were full.", "the berths were full")


def test_place_and_day_before_that():
    one("Lina Osk told the crowd here Sunday that she would stand again.", "she would stand again")


def test_plain_adverb_before_that():
    one("The council said repeatedly that the bridge was safe.", "the bridge was safe")


def test_relative_that_after_an_adverb_is_not_a_complement():
    claims = run("Ivo Dal said again the plan that failed was his.")
    assert all(c.content.text != "failed was his." for c in claims)


# --- quotations opened with two apostrophes ('' ... '') ----------------------

def test_adjunct_then_doubled_apostrophe_quotation():
    one("Mayor Ivo Dal said of the episode, ''I do not like it at all.''", "I do not like it at all",
        rule="direct.intro", speaker="Ivo Dal")
