"""A lone surname the article gives a title elsewhere is a person.

Invented sentences.  "Kelpman said", where the article writes "Mr. Kelpman"
but never a forename, was typed ``named_org``; so was an interview's answer
labelled with a forename ("Phil: ...")."""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize("title", ["Mr.", "Dr", "Ms"])
def test_a_lone_surname_the_article_titles_is_a_person(title):
    text = (f"{title} Kelpman spent the week in Dunmore. The levy was debated on Monday. "
            "Kelpman told the board that the levy would rise.")
    c = one(text, "the levy would rise")
    assert c.speaker == "Kelpman"
    assert c.sourcing == "named_person"


def test_a_lone_name_with_no_title_stays_as_it_was():
    c = one("Brightwater told the board that the levy would rise.", "the levy would rise")
    assert c.sourcing == "named_org"


def test_a_word_the_article_also_writes_in_lower_case_is_no_surname():
    text = ("Mr. Bell spent the week in Dunmore. The bell rang at noon. "
            "Bell told the board that the levy would rise.")
    c = one(text, "the levy would rise")
    assert c.sourcing == "named_org"


def test_an_answer_labelled_with_a_forename_is_a_person():
    c = one("Interview\n\nWikinews: Why Dunmore?\n\nPhil: Easter in Dunmore is normally a quiet place.",
            "Easter in Dunmore is normally a quiet place")
    assert c.speaker == "Phil"
    assert c.sourcing == "named_person"


def test_a_title_word_ending_a_sentence_titles_nobody():
    c = one("The case was brought by the Department of Justice. Prosecutors told the court that the levy was "
            "unlawful.", "the levy was unlawful")
    assert c.sourcing != "named_person"
