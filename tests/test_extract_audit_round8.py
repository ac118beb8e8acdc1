"""Who said it, round 8 (issue #10): the speaker classes a fifth audit found.

Each test is a construction found wrong, written with invented sentences and
names; each failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- an abbreviated title after a capitalised word ("Kelpish Sen. Ben Vole")


def test_a_title_abbreviation_after_a_capitalised_word_is_no_surname():
    one("Kelpish Sen. Ben Vole said the harbour was full.", "the harbour was full",
        speaker="Ben Vole", sourcing="named_person")
    one("The harbour was full, according to Kelpland Gov. Ed Vole, the governor of the province.",
        "The harbour was full", speaker="Ed Vole")
    one('"The harbour is full," said former Kelpland Gov. Ed Vole.', "The harbour is full", speaker="Ed Vole")


def test_a_surname_that_is_a_title_abbreviation_still_ends_a_sentence():
    # "Sen" after a forename, the next sentence opening with a pronoun: the person stays
    text = "The prize went to Ravi Sen. He said the harbour was full."
    one(text, "the harbour was full", source="He")


# -- a person after a body's possessive ("the Kelp Institute's Bram Vole")


def test_a_person_after_a_bodys_possessive_is_the_speaker():
    one("The Kelp Institute's Bram Vole said the harbour was full.", "the harbour was full",
        speaker="Bram Vole", sourcing="named_person")
    text = "The Kelp Post's Tane Oru said the piers were old. Oru added that the harbour was full."
    one(text, "the harbour was full", speaker="Tane Oru", sourcing="named_person")


def test_a_body_after_a_possessive_stays_a_body():
    one("Kelpland's Interior Ministry said the harbour was full.", "the harbour was full", sourcing="named_org")
    one("The Kelp Party's Central Committee said the harbour was full.", "the harbour was full",
        sourcing="named_org")
    one("The Kelp Council's Parliamentary Assembly said the harbour was full.", "the harbour was full",
        sourcing="named_org")


# -- a compound job title with a gerund ("harbour planning director Ann Vole")


def test_a_gerund_before_a_title_stays_in_the_subject():
    one('"The harbour is full," former harbour planning director Ann Vole said.', "The harbour is full",
        speaker="Ann Vole", sourcing="named_person")
    one('"The harbour is full," Kelp marketing manager Ann Vole wrote to Roe in a message.',
        "The harbour is full", speaker="Ann Vole")


# -- a title-case headline's verb after the name ("Ann Vole Calls Harbour Plan ...")


def test_a_headline_verb_ends_the_name():
    text = ("Ann Vole Calls Harbour Violence Against Fishers 'Genocide'\n\n"
            "Kelpish candidate Ann Vole on Tuesday said that the violence was genocide.")
    one(text, "Harbour Violence Against Fishers 'Genocide", speaker="Ann Vole")
    # the role is read at the next full mention, the headline having none
    one(text, "the violence was genocide", speaker="Ann Vole", speaker_role="Kelpish candidate")


# -- one who speaks for another ("a spokesman for Jo Roe")


def test_a_spokesman_for_a_person_is_the_spokesman():
    text = "Jo Roe is the mayor of Kelp. A spokesman for Roe said the harbour was full."
    one(text, "the harbour was full", speaker="A spokesman for Roe", sourcing="unnamed_official")
    one("A spokeswoman for Kelpish presidential candidate Jo Roe said the harbour was full.",
        "the harbour was full", sourcing="unnamed_official")


def test_a_spokesman_named_after_his_brief_is_the_speaker():
    one("Opposition spokesman for harbour affairs Ann Vole said the harbour was full.", "the harbour was full",
        speaker="Ann Vole", sourcing="named_person")
    one("A spokeswoman for Jo Roe, Ann Vole, said the harbour was full.", "the harbour was full",
        speaker="Ann Vole", sourcing="named_person")


# -- a correlative "either"/"neither" between the auxiliary and the cue


def test_either_before_the_cue_is_no_subject():
    one("The Kelp banks have either already announced plans for new piers, or are expected to do so soon.",
        "plans for new piers, or are expected to do so soon", speaker="The Kelp banks")


# -- "according to X in an interview with OUTLET, the local newspaper, ..."


def test_according_to_a_source_in_an_interview_ends_the_source_before_the_interview():
    text = ("According to the Kelp Harbour Board in an interview with the Kelp Times, the local newspaper, "
            "each pier has its own rules.")
    one(text, "each pier has its own rules", source="the Kelp Harbour Board")
    one("Each pier has its own rules, according to Jo Roe in an interview with the Kelp Times.",
        "Each pier has its own rules", source="Jo Roe")


# -- a second cue after "and": the subject its first cue's claim found


def test_a_coordinated_cue_takes_the_first_cues_source():
    text = ('The opposition harbour spokesman, Jo Roe said that the chair had ruled on one side and said '
            'that "there was plenty of noise from both sides".')
    one(text, "there was plenty of noise from both sides", speaker="Jo Roe")
    text = ("The Supreme Court justice -- who has been in a row with the mayor -- said she regretted her remarks "
            "and promised to stay out of it in the future.")
    c = one(text, "to stay out of it in the future")
    assert c.speaker == "The Supreme Court justice" and c.sourcing != "named_org"
