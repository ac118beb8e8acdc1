"""Who said it, round 9 (issue #10): classes the fifth audit left.

Invented sentences and names; each test failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- a description before its name ("The Chief Executive of Kelp Sheep, Ann Vole")


def test_a_name_after_an_office_of_a_body_is_the_speaker():
    one("The Chief Executive of Kelp Sheep, Ann Vole, said the harbour was full.", "the harbour was full",
        speaker="Ann Vole", sourcing="named_person", speaker_role="the Chief Executive of Kelp Sheep")
    one("The Kelpish Commissioner for Harbour Protection, Ann Vole, said the harbour was full.",
        "the harbour was full", speaker="Ann Vole")


def test_a_name_then_its_description_keeps_the_name():
    one("Ann Vole, the mayor of Port Kelp, said the harbour was full.", "the harbour was full",
        speaker="Ann Vole", speaker_role="the mayor of Port Kelp")


def test_a_body_named_after_its_description_speaks_by_its_name():
    one("A third car maker, Kelp Motor Company, said the harbour was full.", "the harbour was full",
        speaker="Kelp Motor Company", sourcing="named_org", speaker_role="a third car maker")


def test_a_relative_named_after_the_kinship_is_a_person():
    one("Roe's son, Grant, said the harbour was full.", "the harbour was full",
        speaker="Grant", sourcing="named_person", speaker_role="Roe's son")
    one("The lawyer, Mr Vole, said the harbour was full.", "the harbour was full",
        speaker="Mr Vole", sourcing="named_person")


# -- labelled interview answers ("Q: ... A: ...", "TV: ...")

_INTERVIEW = ("Talking harbours with Ann Vole\n\n"
              "Ann Vole, the harbour master of Port Kelp, spoke to us this week.\n\n"
              "Q: Is the harbour full?\n\n"
              "A: The harbour is full and the piers are old.\n\n"
              "Q: What comes next?\n\n"
              "A: A new pier will be built next spring.")


def test_an_answer_label_is_the_interviewee():
    one(_INTERVIEW, "The harbour is full and the piers are old", speaker="Ann Vole",
        sourcing="named_person", quote_type="direct")
    one(_INTERVIEW, "A new pier will be built next spring", speaker="Ann Vole")


def test_initials_label_the_person_of_those_initials():
    text = ("Talking with Tane Vole\n\nTane Vole spoke to us.\n\n"
            "WN: Is the harbour full?\n\nTV: The harbour is full and the piers are old.")
    one(text, "The harbour is full and the piers are old", speaker="Tane Vole", sourcing="named_person",
        quote_type="direct")


def test_a_pair_joined_by_and_is_not_an_apposition():
    # "Vole and harbour chief, Ben Roe": a list, not a description of Roe; the first stays
    c = one("Both Ann Vole and harbour chief, Ben Roe, said the harbour was full.", "the harbour was full")
    assert c.speaker != "Ben Roe"


def test_an_answer_label_outside_an_interview_is_left():
    # one "A:" line and no question label: no transcript, no interviewee
    text = "Harbour notes\n\nAnn Vole wrote the notes.\n\nA: The harbour is full and the piers are old."
    c = one(text, "The harbour is full and the piers are old")
    assert c.speaker != "Ann Vole"


# -- pronouns: one named after a pronoun of that gender in its own sentence is someone else


def test_a_pronoun_is_not_one_named_after_a_pronoun_of_its_gender():
    text = ("Ben Vole, who ran the harbour for years, resigned on Sunday. "
            "In his letter to Ivo Roe, he wrote that the piers were old.")
    one(text, "the piers were old", speaker="Ben Vole")
    text = "Ann Vole left the board on Monday. In her reply to Ida Roe, she said the harbour was full."
    one(text, "the harbour was full", speaker="Ann Vole")
    text = ("Ben Vole spoke for an hour. He then turned to Ivo Roe, asking him to read the report, "
            "which he said showed that the harbour was full.")
    c = one(text, "showed that the harbour was full")
    assert c.speaker != "Ivo Roe"


def test_a_pronoun_still_takes_its_sentences_subject():
    one("Ann Vole left the board. After talks with Ida Roe on Monday, Ivo Kelp said he was sure the harbour "
        "was full.", "he was sure the harbour was full", speaker="Ivo Kelp")
    one("Although Ben Roe was not on the list, he said the harbour was full.", "the harbour was full",
        speaker="Ben Roe")
