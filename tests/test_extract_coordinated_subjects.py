"""The subject of a sentence whose cue is its second verb ("... met on Monday and
declared that ..."): the whole first noun phrase. Invented sentences."""

from __future__ import annotations

from extract_helpers import one


def test_a_plain_plural_subject_of_an_irregular_first_verb():
    # ("met" was not known as a verb: the subject was "The", and no claim came out)
    one("The two governments met on Monday and declared that the migrants were not refugees.",
        "the migrants were not refugees", speaker="The two governments")


def test_two_adjectives_and_one_noun():
    one("The Kelpish and Telkian governments met over the weekend and declared that the border was closed.",
        "the border was closed", speaker="The Kelpish and Telkian governments", sourcing="collective_unnamed")


def test_a_title_holder_whose_surname_has_a_joined_article():
    one('But the Kelpish official Saleh al-Kelp said the vote was a "farce" and accused the council of '
        "hiding ballots.", "the council of hiding ballots", speaker="Saleh al-Kelp")


def test_a_relative_pronoun_does_not_end_the_subject():
    one("The reporter Ivo Marek who broke the story met the editors and said that the leak was wrong.",
        "the leak was wrong", speaker="Ivo Marek")


def test_who_after_another_noun_phrase_is_that_noun_phrase():
    one("Ana Voss met a ferryman who said the harbour would flood.", "the harbour would flood",
        speaker="a ferryman", sourcing="anonymous_generic")
    one("Ana Voss, who said the harbour would flood, left early.", "the harbour would flood", speaker="Ana Voss")


def test_which_after_a_document_is_the_document():
    # (a statement its sentence's subject "issued" speaks for the subject:
    # tests/test_extract_audit_round4.py)
    one("The two councils signed a joint statement which declared that the harbour would close.",
        "the harbour would close", speaker="a joint statement", sourcing="document")
