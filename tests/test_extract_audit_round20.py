"""Round 20 of the hand audit (issue #10 part 3, seed 67): "the company" and the
other kind words of a trading body ("the firm", "the airline") stand for the one
body the story has already quoted by name.  Invented sentences and names only."""

from __future__ import annotations

from tests.extract_helpers import one


def test_the_company_is_the_body_quoted_before():
    text = ("Kelpworks Holdings announced on Monday that it would open a plant in Dover. Shares in Kelpworks "
            "Holdings rose. The company said that the plant would employ 300 people.")
    c = one(text, "the plant would employ 300 people", speaker="Kelpworks Holdings")
    assert c.sourcing == "named_org"


def test_the_airline_is_the_body_quoted_before():
    text = ("Vorla Airlines said on Tuesday that fares would rise in June. Flights of Vorla Airlines were full.\n\n"
            "The airline also said it would add ten routes to the south.")
    one(text, "it would add ten routes to the south", speaker="Vorla Airlines")


def test_the_firm_after_a_quotation_of_the_body():
    text = ('Shares in Brightloom rose on Friday. "We are not for sale," Brightloom said in a statement. '
            "The firm added that its profits had doubled.")
    one(text, "its profits had doubled", speaker="Brightloom")


def test_two_bodies_before_leave_the_description():
    text = ("Rivals Kelpworks Holdings and Brightloom Energy both cut prices. Kelpworks Holdings said it would "
            "cut prices. Brightloom Energy said it would match them. The company said that the cuts were overdue.")
    one(text, "the cuts were overdue", speaker="The company")


def test_a_union_or_a_country_is_no_company():
    text = ("Members of the Kelp Workers Union walked out. The Kelp Workers Union said the strike would go on. "
            "The company said that it would not negotiate.")
    one(text, "it would not negotiate", speaker="The company")
    text = ("Fishing boats from Norway sailed home. Norway said the quota was too high. "
            "The company said that it would appeal.")
    one(text, "it would appeal", speaker="The company")


def test_an_outlet_cited_is_no_company():
    text = ("The crash was first reported by Vorlavision. Vorlavision reported that the pilot had 20 years of "
            "experience. The airline said that the plane was new.")
    one(text, "the plane was new", speaker="The airline")


def test_a_capitalised_opener_only_is_no_name():
    text = ("Kelpworks Holdings said that it would open a plant. "
            "The company said that the plant would employ 300 people.")
    one(text, "the plant would employ 300 people", speaker="The company")


def test_a_name_holding_the_head_is_kept():
    text = ("The Harbour Kelp Company said on Friday that it would hire 40 divers. "
            "Rival Kelpworks said it would not. The company said that wages would rise.")
    one(text, "wages would rise", speaker="Harbour Kelp Company")


def test_the_company_inside_a_quotation_is_the_quoted_speakers_own():
    text = ("Vorla Airlines said it would sue Kelpworks Holdings. Shares in Vorla Airlines fell.\n\n"
            'Kelpworks chief Jo Roe replied in a statement: "We will fight this in every court.\n\n'
            'The Company believes the contract is valid and believes the court will agree."')
    c = one(text, "the contract is valid and believes the court will agree")
    assert c.speaker != "Vorla Airlines", c.speaker
