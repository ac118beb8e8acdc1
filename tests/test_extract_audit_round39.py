"""Round 39 of the hand audit (issue #10, sourcing types; seeds 197 and 199).
A group counted before its noun ("a handful of growers", "a number of
anglers") or a plural of people by what they do that the lexicon does not list
("hacking specialists say", "the crowd chanted") fell through the ladder of
readings to ``anonymous_generic``, the code of a bare "a source"; the
labelling convention makes them ``collective_unnamed``.  Invented sentences
and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract.sourcing import classify
from tests.extract_helpers import run

LEAD = "Kelpland harbour news\n\nThe ferry sank on Monday. "


@pytest.mark.parametrize(("sentence", "source"), [
    ("But a handful of growers said the new pier would ruin the harbour.", "a handful of growers"),
    ("A number of anglers have said the ferry firm ignored the warnings.", "A number of anglers"),
    ("Dozens of members of the harbour board said the pier must close.", "Dozens of members of the harbour board"),
    ("A wide array of engineers say the hull was too thin for the route.", "A wide array of engineers"),
    ("But salvage specialists say the wreck cannot be raised this year.", "salvage specialists"),
    ("Several hours later, participants said the inquiry had been a sham.", "participants"),
    # a count of a capitalised plural is many people, not one body the story named
    ("Thousands of Kelplanders say the ferry should never have sailed.", "Thousands of Kelplanders"),
])
def test_an_unlisted_or_counted_group_of_people_is_collective(sentence, source):
    claims = run(LEAD + sentence)
    found = [c for c in claims if c.source is not None and c.source.text == source]
    assert found and all(c.sourcing == "collective_unnamed" for c in found), \
        [(c.source.text if c.source else None, c.sourcing) for c in claims]


def test_the_crowd_shouting_back_is_collective():
    claims = run(LEAD + 'The mayor asked who would pay for the new ferry. "The harbour board!" the crowd yelled.')
    found = [c for c in claims if c.content.text.startswith("The harbour board")]
    assert found and found[0].sourcing == "collective_unnamed", [(c.content.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("mention", "code"), [
    # guards: a bare source stays generic, a count of officials stays official, one person is no group
    ("a couple of sources", "anonymous_generic"),
    ("people familiar with the talks", "anonymous_generic"),
    ("dozens of officials", "unnamed_official"),
    ("a reporter", "anonymous_generic"),
    ("one angler", "anonymous_generic"),
    ("a number", "anonymous_generic"),
    ("hundreds of protesters", "collective_unnamed"),
    ("a handful of Kelpland Democrats", "collective_unnamed"),
    ("a trio of PACs", "collective_unnamed"),
    ("one angler involved", "anonymous_generic"),
    # a participle whose phrase was cut off ("involved [in the talks]") is no head
    ("one Kelpland Republican involved", "unnamed_official"),
    ("officials briefed", "unnamed_official"),
])
def test_the_kind_of_a_mention(mention, code):
    assert classify(mention, False, "say") == code
