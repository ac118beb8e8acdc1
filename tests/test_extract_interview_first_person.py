"""The first person inside an interview answer is the one who answers, not
the article's author (issue #10)."""

from __future__ import annotations

from tests.extract_helpers import one

_INTERVIEW = (
    "Wikinews reporter David Shay talked with Kim Nolan, the founder of the Tall Club of Varno, about her work.\n\n"
    "DS: Is the club growing?:KN: I would say the club is growing slowly but surely.")


def test_first_person_in_an_answer_is_the_answerer():
    one(_INTERVIEW, "the club is growing slowly but surely", speaker="Kim Nolan", sourcing="named_person")


def test_first_person_outside_interviews_stays_the_authors():
    one("I think the club is growing slowly but surely.", "the club is growing slowly but surely",
        speaker=None, sourcing="author")
