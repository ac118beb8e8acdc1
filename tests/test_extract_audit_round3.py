"""Who said it, on real coverage (issue #10, audit of 200 Wikinews claims, seed 11).

Each test is a construction the audit found wrong, written with invented
sentences; each failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one, run


# -- an apposition whose closing comma the writer left out ("Jo Roe, a spokeswoman said")

def test_apposition_without_closing_comma_names_the_person():
    c = one('Tara Lund, director of security at Kelp Corporation said: "The cards do not protect us."',
            "The cards do not protect us", speaker="Tara Lund", sourcing="named_person")
    assert c.speaker_role == "director of security at Kelp Corporation"


def test_apposition_without_closing_comma_before_that_clause():
    one("Piet Marsh, mayor of the Kelp Valley Council warns that the dam would flood the town.",
        "the dam would flood the town", speaker="Piet Marsh", speaker_role="mayor of the Kelp Valley Council")


def test_apposition_without_closing_comma_after_a_quotation():
    one('"We are pleased with the ruling," Lars Wood, a spokesman for the Kelp Trade Coalition said.',
        "We are pleased with the ruling", speaker="Lars Wood", rule="direct.trailer")


def test_apposition_without_closing_comma_after_an_opening_clause():
    one('Reacting to the comments, Paddy Orr, a spokesman for the Kelp Defence Force said, "Kelp has no right."',
        "Kelp has no right", speaker="Paddy Orr")


def test_a_clause_after_a_name_is_no_apposition():
    claims = run("Nora Enk, leads the polls and the old party has said that it now backs the reform.")
    assert [c.speaker for c in claims if c.content.text.startswith("it now backs")] != ["Nora Enk"]


def test_a_named_unit_is_no_apposition_of_the_person_before_it():
    claims = run("Colonel Ada Shaw, a liaison officer of a unit called Kelp Watch, has spoken on the topic.")
    assert not [c for c in claims if c.speaker == "Ada Shaw" and "Kelp Watch" in c.content.text]


def test_a_parenthetical_cue_after_a_name_leaves_the_name_in_the_content():
    claims = run("Jo Roe spoke first. Roe, a top aide said, \u201cis very confident in the contrast\u201d with Kelp.")
    assert [c.speaker for c in claims if "very confident" in c.content.text] == ["a top aide"]


def test_a_list_of_people_is_no_apposition_of_the_first():
    claims = run("Instead, Ada Matt, Kelp\u2019s Al Seitz and Reuters\u2019 Lu Lopez argued that the plan was popular.")
    assert "Ada Matt" not in [c.speaker for c in claims]


# -- a prepositional phrase opening the sentence with no comma is no part of the subject

def test_opening_phrase_without_comma_before_an_organisation():
    one("In a statement the Kelp Harbour Board said that the port would close.",
        "the port would close", speaker="Kelp Harbour Board", sourcing="named_org")


def test_opening_time_phrase_without_comma_before_a_name():
    one("In the past Kelpland had denied that it wanted to sell the missiles.",
        "it wanted to sell the missiles", speaker="Kelpland")


def test_opening_phrase_without_comma_before_a_group():
    one("At the same time Kelpish police reported that the border was calm.",
        "the border was calm", speaker="Kelpish police")


def test_a_capital_inside_the_opening_phrase_stays_in_it():
    one('In his November radio address President Tom Kelp said "The killers are loyalists."',
        "The killers are loyalists", speaker="Tom Kelp")


# -- relayed words: "was quoted saying", "is reported by X as having said", "according to him"

def test_quoted_saying_without_as_is_the_subjects():
    one("The Kelp oil minister Ada Roe was also quoted saying the price would fall.",
        "the price would fall", speaker="Ada Roe", rule="passive.quoted_as_saying")


def test_reported_as_having_said_names_the_outlet_as_via():
    c = one('A senior Kelpish official is reported by the Kelp Post as having said "We are continuing the talks."',
            "We are continuing the talks", speaker="A senior Kelpish official", rule="passive.quoted_as_saying")
    assert c.via == "the Kelp Post"


def test_according_to_him_is_the_man_named_before():
    one("Tom Roe is a lawyer in Kelp. According to him, the harbour fees are too high.",
        "the harbour fees are too high", speaker="Tom Roe")


# -- sourcing: documents and courts by their head noun

def test_a_manifesto_or_an_article_is_a_document():
    one("The manifesto proposes a new border police at the busiest ports.",
        "a new border police at the busiest ports", sourcing="document")
    one("The article says that the fund lost money.", "the fund lost money", sourcing="document")


def test_a_tribunal_is_the_body_the_story_named():
    one("The tribunal ruled that the decision of the ministry was against the law.",
        "the decision of the ministry was against the law", sourcing="named_org")


def test_an_editorial_is_its_outlets():
    one('"He must go," the editorial said.', "He must go", sourcing="media_report")


# -- a party named by its plural before its member's office and name

def test_a_plural_party_before_a_members_office_is_no_person():
    text = ("Kelp Greens leader Senator Bo Marsh called the plan a sham. "
            "The Westshire Greens MLC Ian Lund said that the waste could not be stored safely.")
    one(text, "the waste could not be stored safely", speaker="Ian Lund")


def test_an_acting_title_after_a_party_keeps_its_holder():
    one('The Kelp Democrats acting president Sim Hale welcomed the report, saying "Democracy is in crisis".',
        "Democracy is in crisis", speaker="Sim Hale")


# -- a page's country tag glued before the sentence

def test_a_two_word_country_tag_before_the_is_no_part_of_the_subject():
    one("United Kingdom The Kelp Harbour Authority has announced a new levy on ferries.",
        "a new levy on ferries", speaker="Kelp Harbour Authority")


def test_a_tag_repeating_the_subject_is_dropped():
    one("North Korea North Korea has denied that its army is preparing a missile test.",
        "its army is preparing a missile test", speaker="North Korea")


def test_a_name_of_one_word_twice_stays_a_name():
    one("Malu Malu said that the vote was fair.", "the vote was fair", speaker="Malu Malu")
