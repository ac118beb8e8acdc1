"""Round 28 of the hand audit (issue #10 part 3, seeds 113 and 127): the
subject of a colon sentence cut short ("To the committee Jo Roe said:" gave
"To", "From the report:" gave "From", "The new ad ends with ...:" gave "The",
"The mayor of Dunmore released the following statement:" gave "The mayor");
"at least" dropped to "least ..." and typed a named body; a trailing "also"
kept in the subject; "After the <Body>" kept as the speaker; a participle of
speaking ("a spokesperson speaking on behalf of") or a time after a document's
participle ("the report released Monday") taken for the head; "the missive"
typed a generic source; fractions of a group ("Two-thirds of ...") typed a
named body.  Invented sentences and names only."""

from __future__ import annotations

from datasette_claims.extract.assemble import tidy_speaker
from datasette_claims.extract.sourcing import classify
from tests.extract_helpers import one, run

LEAD = "The harbour board met on Monday.\n\n"


def test_fronted_preposition_before_a_colon_sentence_gives_the_person():
    one(LEAD + 'To the committee Jo Roe said: "When I look back on it today, I made a mistake."',
        "When I look back on it today, I made a mistake", speaker="Jo Roe", sourcing="named_person")


def test_colon_sentence_that_is_only_from_a_document():
    one(LEAD + 'From the report: "In general, samples with more careful weighting did better."',
        "In general, samples with more careful weighting did better", speaker="the report", sourcing="document")


def test_colon_sentence_opening_in_a_phrase_names_no_one():
    c = one(LEAD + 'In the end: "We have determined that the actions were lawful."',
            "We have determined that the actions were lawful")
    assert c.speaker != "the end"


def test_determiner_noun_phrase_up_to_a_texts_verb():
    one(LEAD + 'The new ad ends with a voice over saying: "Can voters trust Jo Roe now?"',
        "Can voters trust Jo Roe now?", speaker="The new ad", sourcing="document")
    one(LEAD + 'The 60 second ad ends with a voice over saying: "Can voters trust Jo Roe now?"',
        "Can voters trust Jo Roe now?", speaker="The 60 second ad", sourcing="document")


def test_document_owning_its_parts_speaks():
    one(LEAD + "The report's last paragraphs summarise the agency's findings: \"All the fuel is accounted for.\"",
        "All the fuel is accounted for", speaker="The report", sourcing="document")


def test_lone_determiner_before_an_ed_verb_still_takes_the_phrase():
    c = one(LEAD + 'An interfaith rally on Monday had one message: "Peace for the harbour town."',
            "Peace for the harbour town")
    assert c.speaker == "An interfaith rally on Monday"


def test_title_of_a_place_before_a_colon_statement():
    one(LEAD + 'The mayor of Dunmore released the following statement on Friday: "My thoughts are with the family."',
        "My thoughts are with the family", speaker="The mayor of Dunmore")


def test_at_least_stays_with_the_speakers_and_types_them_by_the_noun():
    one("Jo Roe left early, but at least a dozen members of Congress told the Kelp Herald she thinks the vote is won.",
        "she thinks the vote is won", speaker="at least a dozen members of Congress", sourcing="collective_unnamed")
    assert tidy_speaker("at least one senator") == "at least one senator"
    assert tidy_speaker("at Kelpco") == "Kelpco"


def test_quantities_and_fractions_of_a_group_are_not_named_bodies():
    assert classify("At least one senator", False) == "unnamed_official"
    assert classify("Two-thirds of Kelpish farmers", False) == "collective_unnamed"
    assert classify("At least half of voters in each state", False) == "collective_unnamed"
    assert classify("Half of Kelpish Democrats", False) == "collective_unnamed"


def test_trailing_also_is_no_part_of_the_subject():
    one('A spokesperson speaking on behalf of Kelpco also added that: "We have never bought a customer before."',
        'that: "We have never bought a customer before', speaker="A spokesperson speaking on behalf of Kelpco",
        sourcing="unnamed_official")
    one("The Kelp Front also claimed responsibility for another bombing in the port.",
        "responsibility for another bombing in the port", speaker="Kelp Front")


def test_subordinator_before_a_body_is_cut():
    assert tidy_speaker("After the Kelp Department") == "the Kelp Department"
    assert tidy_speaker("While the ministry") == "While the ministry"  # (no name after the article: left)


def test_document_participle_then_a_time_is_a_document():
    assert classify("a Kelp University Poll released Sunday", False) == "document"
    assert classify("data released Friday by state regulators", False) == "document"
    assert classify("Kelp Motors released Friday", False) != "document"


def test_missive_is_a_document():
    one("But the missive suggests the farmers have no intention of backing down.",
        "the farmers have no intention of backing down", speaker="the missive", sourcing="document")


def test_corps_ends_a_bodys_name():
    assert classify("the Kelp Marine Corps", True) == "named_org"
    assert classify("the Jo Roe", True) == "named_person"


def test_title_owned_by_a_common_noun_is_not_the_last_person_named():
    text = ("Jo Roe used a private server while leading the agency.\n\n"
            "The agency's inspector general said that he thought that some of the emails held secret material.")
    c = one(text, "he thought that some of the emails held secret material")
    assert c.speaker != "Jo Roe"
    c = one("Jo Roe spoke at the rally.\n\nThe region's foreign minister said the border would stay closed.",
            "the border would stay closed")
    assert c.speaker != "Jo Roe"


def test_title_owned_by_a_common_noun_after_a_named_title_holder():
    text = ("Foreign Minister Jo Roe spoke on Monday.\n\n"
            "The region's foreign minister said the border would stay closed.")
    one(text, "the border would stay closed", speaker="Jo Roe")


INTERVIEW = ("Kelp Votes 2031: Interview with Green Party candidate Jo Roe\n\n"
             "Jo Roe is running for the Green Party in Dunmore. I believe that she is the youngest candidate.\n\n"
             "Why did you choose to run?: I ran because I believe that the harbour must be cleaned up.\n\n"
             "What is your top issue?\n\nI think that the ferry should run all winter.\n\n"
             "I think that voters deserve an answer, so will you sell the ferry?")


def test_unlabelled_interview_answer_in_the_first_person_is_the_interviewee():
    one(INTERVIEW, "the harbour must be cleaned up", speaker="Jo Roe", sourcing="named_person")
    one(INTERVIEW, "the ferry should run all winter", speaker="Jo Roe", sourcing="named_person")


def test_first_person_before_the_questions_or_in_a_question_stays_the_writers():
    one(INTERVIEW, "she is the youngest candidate", speaker=None, sourcing="author")
    asked = [c for c in run(INTERVIEW) if c.source is not None and c.source.start > INTERVIEW.rfind("\n")]
    assert asked and all(c.speaker != "Jo Roe" for c in asked)


def test_interview_with_two_guests_leaves_the_first_person_open():
    text = INTERVIEW.replace("candidate Jo Roe", "candidates Jo Roe and Al Poe").replace(
        "in Dunmore.", "in Dunmore with Al Poe.")
    one(text, "the ferry should run all winter", speaker=None, sourcing="author")


def test_first_person_in_a_question_glued_to_its_answer_stays_the_writers():
    text = INTERVIEW + ("\n\nThe ferry is old. I know that the council is involved, but is it safe?: Yes, I believe "
                        "that the ferry is safe.")
    asked = one(text, "the council is involved, but is it safe?: Yes")
    assert asked.speaker != "Jo Roe"
    one(text, "the ferry is safe", speaker="Jo Roe")


def test_answer_turn_before_a_semicolon_and_the_next_question_is_the_interviewees():
    text = INTERVIEW + ("\n\nIs it safe?: Yes. I believe that the ferry is safe.; [Reporter] Thanks. And will it run "
                        "in winter?: It will.")
    one(text, "the ferry is safe", speaker="Jo Roe")


def test_fronted_preposition_before_a_single_name_speaking():
    one(LEAD + 'To the committee Kelpworth said: "When I look back on it today, I made a mistake."',
        "When I look back on it today, I made a mistake", speaker="Kelpworth")
