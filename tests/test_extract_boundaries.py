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
