"""A "he" or "she" after an unnamed speaker: "A senior official said ... He added ..."

The pronoun stands for the description (and keeps its sourcing), not for a
person named further back; an office, or a plain person ("one student"), only
when the article names no one the pronoun could stand for.  Invented sentences.
"""

from __future__ import annotations

from extract_helpers import one


def test_he_after_an_unnamed_official_is_that_official():
    text = ("Mayor Tova Lind opened the new pier on Monday. A senior port official said the pier was late. "
            "He added that the cranes would arrive in May.")
    one(text, "the cranes would arrive in May", speaker="A senior port official", sourcing="unnamed_official")


def test_a_quoted_follow_up_of_a_spokeswoman():
    text = ('Jon Bekk chairs the board. "The pier is safe," a spokeswoman for the port said. '
            '"We test it every week," she said.')
    one(text, "We test it every week", speaker="a spokeswoman for the port", sourcing="unnamed_official")


def test_the_gender_of_the_description_must_agree():
    text = ("Mayor Tova Lind opened the new pier on Monday. A port spokesman said the pier was late. "
            "She added that the cranes would arrive in May.")
    one(text, "the cranes would arrive in May", speaker="Tova Lind")


def test_a_name_in_what_was_said_does_not_block():
    text = "A senior port official said Jon Bekk was wrong. He added that the cranes would arrive in May."
    one(text, "the cranes would arrive in May", speaker="A senior port official")


def test_a_named_person_between_is_the_antecedent():
    text = ("A senior port official said the pier was late. Harbour master Jon Bekk disagreed. "
            "He said that the cranes would arrive in May.")
    one(text, "the cranes would arrive in May", speaker="Jon Bekk")


def test_an_office_defers_to_the_person_the_article_named():
    text = ("Tomas Arvid won the vote on Sunday. The newly elected governor said taxes would not rise. "
            "He also said that schools would get more money.")
    one(text, "schools would get more money", speaker="Tomas Arvid")


def test_a_plain_person_defers_to_the_person_the_article_named():
    text = ("Minister Ines Varga spoke to students on Friday. One student asked about the fees. "
            "She said that the fees would fall.")
    one(text, "the fees would fall", speaker="Ines Varga")


def test_he_after_an_office_with_no_name_in_the_article_is_that_office():
    text = "The mayor said the channel was silting up. He said dredging would start in May."
    one(text, "dredging would start in May", speaker="The mayor")
