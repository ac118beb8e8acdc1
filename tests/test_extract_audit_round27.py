"""Round 27 of the hand audit (issue #10 part 3): leftovers of earlier audits.
A thing's capitalised name ("their Alternative Budget", "Ferry Credit would
rise") was registered as a person, whose last word then made a bare "surname"
of every "Budget" and drew "the Chancellor" to it; a name wrapped in a style
and postnominals ("the Right Honourable Jo Roe PC MP") gave no role, or the
wrapped name itself as the role.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one

LEAD = "Kelpland budget day\n\n"


@pytest.mark.parametrize("middle", [
    "Before the speech, the opposition had proposed the same cut in their Alternative Budget in May.",
    "Before the speech, the opposition said that Ferry Credit would have to rise, as the ferry credit was too low.",
])
def test_a_things_name_is_no_person_a_title_resolves_to(middle):
    text = LEAD + ("The Chancellor, Robert Roebury, presented his Budget today.\n\n" + middle
                   + "\n\nThe Budget runs to 200 pages.\n\n"
                   "In his Budget report, the Chancellor announced that the harbour tax would fall.")
    one(text, "the harbour tax would fall", speaker="Robert Roebury")


def test_a_name_written_with_a_persons_apposition_stays_a_person():
    text = LEAD + ("Before the vote, Khin Tor Win, an activist, said the harbour tax would fall. "
                   "The opposition expects a win in May.")
    one(text, "the harbour tax would fall", speaker="Khin Tor Win", sourcing="named_person")
