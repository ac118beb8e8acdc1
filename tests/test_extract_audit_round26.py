"""Round 26 of the hand audit (issue #10 part 3, seeds 103 and 107): a
relative "that"/"which" right after a common noun ("under a headline that said", "a bombing which
claimed") was given a body or a capitalised word from sentences before
("Defiance" two sentences back); an "it" whose sentence before opens on the
same "it" ("It has an office. It accuses ...") was left unresolved; written
things carried or printed (banners, placards, headlines) were typed a
generic source or a named body; a relative after "the release of a survey"
gave the release, not the survey.  Invented sentences and names only."""

from __future__ import annotations

from tests.extract_helpers import one

LEAD = "Defiance and resolve ran through the letter Jo Roe sent the board after the vote.\n\n"


def test_relative_after_a_headline_is_the_headline():
    text = LEAD + 'Roe posted her letter under a headline that said, "Kelpland Closes Its Ferry Line."'
    one(text, "Kelpland Closes Its Ferry Line", speaker="a headline", sourcing="document")


def test_relative_after_a_common_noun_takes_no_body_from_before():
    text = ("The Kelp Valley Alliance held a march on Monday.\n\n"
            "A ferry crash was the worst of the year: an accident which claimed that the harbour lights failed.")
    c = one(text, "the harbour lights failed")
    assert c.speaker != "Kelp Valley Alliance"


def test_relative_after_a_noun_keeps_its_own_sentence_body():
    text = ("The harbour board met on Monday. Kelpco recommended a post on its staff blog, which said that the "
            "ferry should run all winter.")
    one(text, "the ferry should run all winter", speaker="Kelpco")


def test_relative_after_a_release_of_a_survey_is_the_survey():
    one("The vote follows the release of a survey which showed that most farmers back the plan.",
        "most farmers back the plan", speaker="a survey", sourcing="document")


def test_relative_after_a_letter_from_someone_and_a_time_is_the_letter():
    text = ("Jo Roe is a keen runner. She released a letter from her doctor Friday afternoon that says she is in "
            "good health.")
    one(text, "she is in good health", speaker="a letter from her doctor", sourcing="document")


def test_it_after_a_sentence_opening_on_the_same_it():
    text = ("The alliance of farmers recently created the Kelp Valley Fund. It has a small office in Dunmore. "
            "It accuses the mill of poisoning the river.")
    one(text, "the mill of poisoning the river", speaker="The alliance of farmers")


def test_it_after_an_it_of_the_weather_is_not_chained():
    text = ("The Kelp Valley Alliance was founded in May. It was raining in Dunmore all week. "
            "It accuses the mill of poisoning the river.")
    one(text, "the mill of poisoning the river", speaker=None)


def test_banners_are_documents():
    one('Hundreds marched to the harbour, carrying banners saying "Keep the ferry running".',
        "Keep the ferry running", sourcing="document")
