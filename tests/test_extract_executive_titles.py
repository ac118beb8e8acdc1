"""A company before an executive's title in capitals is not a person.

Invented sentences.  In "Kelp Blue CEO Brett Godfrey said ...", "Kelp Blue"
looked like a forename and a surname and stood before the person's name, so
it became the speaker (and the company, written alone elsewhere in the
article, a person)."""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize("title", ["CEO", "CFO", "COO"])
def test_the_person_after_the_title_speaks(title):
    c = one(f"Kelp Blue cut four flights on Monday. Kelp Blue {title} Brett Godfrey said that the move "
            "was part of a package of savings.", "the move was part of a package of savings")
    assert c.speaker == "Brett Godfrey"
    assert c.sourcing == "named_person"


def test_the_company_alone_is_not_a_person_either():
    c = one("Kelp Blue CEO Brett Godfrey met the unions on Monday. Kelp Blue said that the cuts would stand.",
            "the cuts would stand")
    assert c.speaker == "Kelp Blue"
    assert c.sourcing == "named_org"


def test_a_member_of_parliament_after_the_name_stays_a_person():
    c = one("Ana Lind MP said that the levy would rise.", "the levy would rise")
    assert c.speaker == "Ana Lind"
    assert c.sourcing == "named_person"
