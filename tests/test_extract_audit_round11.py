"""Who said it, round 11 (issue #10): a sixth audit (seed 29), speakers first.

A name's first word alone is that person (a forename, or a family name written
first); a run of sentences opening on "he" is one man; "X's been" is no
possessive; "Like X, he" is not X; a mid-sentence adverbial between commas is
no part of the subject; a topic label ("On Harbours:") is no speaker; a
capitalised office of a named body is its holder, not the body or a person
called "Manager".  Invented sentences and names; each test failed on the code
before its fix (8053338), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import one, run

# -- a name's first word alone


def test_a_forename_alone_is_the_person_of_that_forename():
    text = "Ann Vole met the harbour board on Monday. Ann also said the pier was too old."
    one(text, "the pier was too old", speaker="Ann Vole", sourcing="named_person")


def test_a_family_name_written_first_is_the_person():
    text = ("Kelpish Premier Wen Kiabao visited the port. Wen said the harbour would be rebuilt.")
    one(text, "the harbour would be rebuilt", speaker="Wen Kiabao", sourcing="named_person")


def test_a_forename_two_people_share_stays_alone():
    text = "Ann Vole met Ann Roe on Monday. Ann also said the pier was too old."
    c = one(text, "the pier was too old")
    assert c.speaker not in ("Ann Vole", "Ann Roe")


def test_a_firm_of_two_capitals_is_no_person_by_its_first_word():
    text = "Kelp Oil bought the pier last year. Kelp said it would sell the harbour."
    c = one(text, "it would sell the harbour")
    assert c.speaker != "Kelp Oil"


# -- pronouns


def test_sentences_opening_on_he_are_one_man():
    text = ("Ben Vole said the nets were torn.\n\nWith the season over, Ivo Roe himself has slowed his "
            "campaign. He has not held big rallies. He even revealed that he would vote for Ann Kelp.")
    one(text, "he would vote for Ann Kelp", speaker="Ivo Roe")


def test_the_chain_goes_past_an_opening_adverb():
    text = ("Ben Roe said the pier was old.\n\n\"It is over,\" Roe said.\n\nTom Vole was born in Kelp. "
            "He grew up in Kelpland. Afterwards he moved to the coast. He won the seat. "
            "In 2007 he announced that he would run.")
    one(text, "he would run", speaker="Tom Vole")


def test_a_sentence_that_names_someone_after_its_pronoun_breaks_the_chain():
    text = ("Ben Roe said the pier was old.\n\nTom Vole spoke first. He asked why the board waited. "
            "Ivo Kelp, the harbour chairman, said \"we will vote.\" He said the vote was close.")
    one(text, "the vote was close", speaker="Ivo Kelp")


def test_a_contracted_has_is_no_possessive():
    # (and "on Monday." closing the sentence before is no preposition of Roe's)
    text = ("Ben Roe lit into Tom Vole on Monday.\n\nRoe's been making the case for weeks that Vole is "
            "not ready. \"You have not been tested,\" he said.")
    one(text, "You have not been tested", speaker="Ben Roe")
    text = ("Ben Roe lit into Tom Vole on Monday.\n\nRoe's aide made the case for weeks that Vole is "
            "not ready. \"You have not been tested,\" he said.")
    one(text, "You have not been tested", speaker="Tom Vole")


def test_like_someone_he_is_someone_else():
    text = ("Tom Vole spoke first.\n\nBen Roe spoke for the guild. \"We have not given up,\" Roe said. "
            "Like Tom Vole, he pointed out the rules. He believed the harbour was a unique market.")
    one(text, "the harbour was a unique market", speaker="Ben Roe")


# -- the subject


def test_an_adverbial_between_commas_is_no_part_of_the_subject():
    text = "Kelp board met. Kelpland has, in the past, blamed Harbouria for the unrest."
    one(text, "Harbouria for the unrest", speaker="Kelpland")


def test_a_topic_label_is_no_speaker():
    text = ("Ann Vole met the board.\n\nOn Harbours: The pier would be paid by the council and the "
            "town would grow.")
    assert all(c.speaker != "On Harbours" for c in run(text))


# -- a capitalised office of a named body


def test_an_office_after_a_body_name_is_its_holder():
    one("The board met.\n\nThe Kelp Games General Manager said the harbour was full.", "the harbour was full",
        speaker="The Kelp Games General Manager", sourcing="named_person")
    one("The board met.\n\nThe Editor of the Kelp Evening Post said the harbour was full.", "the harbour was full",
        sourcing="named_person")


def test_a_paper_of_two_words_stays_a_paper():
    c = one("The board met.\n\nThe Daily Star said the harbour was full.", "the harbour was full")
    assert c.sourcing != "named_person"


def test_an_officer_of_a_long_body_name_is_nobody_named_before():
    text = ("Mayor Ben Roe was suspended by the board. The Kelp Assembly Against Harbour Tolls Vice Chair "
            "said that they were outraged at the decision.")
    one(text, "they were outraged at the decision",
        speaker="The Kelp Assembly Against Harbour Tolls Vice Chair", sourcing="named_person")


# -- "they" inside its own sentence


def test_they_after_its_sentence_subject_is_that_group():
    text = ("The talks began on Monday.\n\nThe harbour officials presented material they say links the guns "
            "to Harbouria.")
    one(text, "links the guns to Harbouria", speaker="The harbour officials", sourcing="unnamed_official")


def test_they_in_a_parenthetical_cue_is_not_the_subject():
    text = ("Ann Vole's supporters met on Monday.\n\nKelpish voters, they claim, should be ready to accept "
            "the text.")
    for c in run(text):
        assert c.speaker != "Kelpish voters"
