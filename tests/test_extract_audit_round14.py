"""Who said it, round 14 (issue #10): a seventh audit (seed 37), speakers first.

A group named with a person in its prepositional phrase is the group; a run of
capitals before a plural noun is that noun's modifier; a place and its state
end a subject before an anonymity participle; a lower-case role noun after an
inverted cue is the role; initials stand for a forename; an "it" before a
passive of hearsay is empty; a relative "who" after "people"; a "they" after a
sentence whose subject lists named people.  Invented sentences and names; each
test failed on the code before its fix (f25b03d), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- a group of a named person is the group


def test_critics_of_a_named_person_are_the_group():
    c = one("Critics of Ann Vole say the pier is too old.", "the pier is too old")
    assert c.speaker == "Critics of Ann Vole" and c.sourcing == "collective_unnamed"


def test_opponents_of_a_titled_person_are_the_group():
    c = one("Opponents of Mayor Ann Vole have blamed her for the closure of the pier.",
            "her for the closure of the pier")
    assert c.speaker != "Ann Vole" and c.sourcing == "collective_unnamed"


def test_a_second_name_in_the_groups_phrase_is_the_groups_too():
    c = one("Strategists for Ann Vole and Bo Reyes said the pier was too old.", "the pier was too old")
    assert c.speaker not in ("Ann Vole", "Bo Reyes") and c.sourcing == "collective_unnamed"


def test_guard_a_named_person_alone_is_still_the_speaker():
    one("Mayor Ann Vole said the pier was too old.", "the pier was too old", speaker="Ann Vole",
        sourcing="named_person")


# -- capitals before a plural noun: its modifiers, no person


def test_capitals_before_a_plural_noun_are_no_person():
    one("Struggling Kelpish fishermen say that the pier is too old.", "the pier is too old",
        speaker="Struggling Kelpish fishermen", sourcing="collective_unnamed")


def test_guard_a_forename_before_a_verb_in_the_mention_stays_the_person():
    one("Treasurer Ann Vole reaffirms the policy, saying the pier was too old.", "the pier was too old",
        speaker="Ann Vole", sourcing="named_person")


# -- a place and its state before an anonymity participle


def test_a_place_and_its_state_end_the_subject_before_an_anonymity_participle():
    one("Officials in Kelp, N.Y., speaking on condition of anonymity, said that it was too old.",
        "it was too old", speaker="Officials in Kelp", sourcing="unnamed_official")


# -- a role noun after an inverted cue


def test_a_role_noun_after_an_inverted_cue_is_the_role():
    one("The pier must be closed, said protester Ann Vole.", "The pier must be closed", speaker="Ann Vole",
        speaker_role="protester")


def test_a_role_noun_with_its_modifier_after_an_inverted_cue():
    one("The pier must be closed, said local fisherman Bo Reyes.", "The pier must be closed",
        speaker="Bo Reyes", speaker_role="local fisherman")


def test_a_role_noun_after_that_of_a_complement_is_the_persons():
    one("Critics said that fisherman Bo Reyes was wrong. Reyes said it was fine.", "it was fine",
        speaker="Bo Reyes", speaker_role="fisherman")


def test_guard_a_preposition_of_an_agent_nouns_shape_is_no_role():
    text = "Bo Reyes asked after Ann Vole on Monday. Ann Vole said the pier was too old."
    c = one(text, "the pier was too old", speaker="Ann Vole")
    assert c.speaker_role != "after"


# -- initials for a forename


def test_initials_and_a_surname_are_a_person():
    one("J.M. Vole said the pier must be closed.", "the pier must be closed", speaker="J.M. Vole",
        sourcing="named_person")


def test_guard_an_initial_before_a_country_is_no_person():
    c = one("N. Korea said the pier must be closed.", "the pier must be closed")
    assert c.sourcing != "named_person"


def test_guard_a_countrys_initials_before_a_firm_are_no_person():
    c = one("U.S. Kelpco said the pier must be closed.", "the pier must be closed")
    assert c.sourcing != "named_person"


# -- an empty "it" before a passive of hearsay; "has long been"


def test_it_before_a_passive_of_hearsay_is_no_source():
    one("Kelpco runs the port. It has also been claimed that the pier was too old.", "the pier was too old",
        speaker=None, sourcing="unattributed_hedged")


def test_guard_it_before_an_active_cue_is_the_body():
    one("Kelpco is a big firm. It has also claimed that the pier was too old.", "the pier was too old",
        speaker="Kelpco")


def test_a_charge_that_has_long_been_made_is_hedged():
    # (one row: the passive's subject and its complement are one statement since the fragment rows join)
    one("A feud between the two men has long been blamed for the lack of progress.",
        "A feud between the two men has long been blamed for the lack of progress",
        sourcing="unattributed_hedged", speaker=None)


# -- "people who said"


def test_people_before_who_are_the_speakers():
    one("The pollsters interviewed 600 people who said they voted for the pier.", "they voted for the pier",
        speaker="people")


def test_people_before_who_never_reach_back_to_another_sentence():
    text = ("Feel free to look at the pier. Kelp Radio received thousands of emails from people who said "
            "they liked the pier.")
    one(text, "they liked the pier", speaker="people")


# -- "they" for the named people a sentence's subject lists


def test_they_after_a_subject_that_lists_two_named_people():
    one("Ann Vole and Bo Reyes met the harbour board on Monday. They said the pier was too old.",
        "the pier was too old", speaker="Ann Vole and Bo Reyes", sourcing="named_person")


def test_they_after_two_named_people_who_spoke():
    one("Ann Vole and Bo Reyes said the pier was too old. They added that the port was too small.",
        "the port was too small", speaker="Ann Vole and Bo Reyes", sourcing="named_person")


def test_guard_a_person_and_a_group_are_no_list_of_people():
    c = one("Ann Vole and his aides met the board. They said the pier was too old.", "the pier was too old")
    assert c.speaker != "Ann Vole and his aides" and c.sourcing != "named_person"


# -- a possessive pronoun before a noun cue


def test_their_claim_stands_for_the_group_they_stand_for():
    one("The harbour workers marched on Monday. They did not back up their claim that the pier was too old.",
        "the pier was too old", speaker="The harbour workers", sourcing="collective_unnamed")


def test_its_claim_stands_for_the_body():
    one("Kelpco is a firm. It repeated its claim that the pier was too old.", "the pier was too old",
        speaker="Kelpco")


# -- a body's kind, then its name, opening a sentence


def test_a_bodys_kind_before_its_name_is_no_subject_alone():
    one("Trade union Kelpco in Kelpland has offered its support and says it will join the strike.",
        "it will join the strike", speaker="Trade union Kelpco", sourcing="named_org")
