"""Poll data is sourced to the poll (issue #10): a share of respondents is no
speaker, and a sentence opened by the poll it reports is the poll's claim."""

from __future__ import annotations

from tests.extract_helpers import one


def test_a_share_is_poll_data_of_the_named_poll():
    one("A Clarion poll of 800 adults was released on Monday. About 48 percent said they would vote "
        "for the mayor.", "they would vote for the mayor", sourcing="document", speaker="Clarion poll")


def test_a_share_with_no_poll_named_is_a_document_with_no_speaker():
    one("48% said they would vote for the mayor.", "they would vote for the mayor",
        sourcing="document", speaker=None)
    one("Half of those questioned said the fence should stay.", "the fence should stay",
        sourcing="document", speaker=None)


def test_a_poll_opening_the_sentence_is_the_source():
    one("In a Clarion poll released Monday, 48 percent of voters chose Jo Roe over Al Poe.",
        "48 percent of voters chose Jo Roe over Al Poe", rule="poll.lead", sourcing="document",
        speaker="Clarion poll", source="a Clarion poll released Monday")


def test_a_memo_released_as_polls_closed_is_no_poll():
    one("In a memo released as polls closed Tuesday, Jo Roe said the vote was close.",
        "the vote was close", speaker="Jo Roe")


def test_the_poll_named_in_the_lead_and_a_share_the_source_search_cut():
    one("Jo Roe and Al Poe are tied, according to a new Kelp News-Clarion national poll.\n\n"
        "Only 52 percent of registered voters said Roe was fit to serve.", "Roe was fit to serve",
        sourcing="document", speaker="Kelp News-Clarion poll")


def test_a_council_majority_is_no_poll():
    one("Half of the council members said the fence should stay.", "the fence should stay",
        speaker="Half of the council members")


def test_a_sentence_adverb_names_no_poll():
    one("Also poll workers were tired. 48% said they would vote again.", "they would vote again",
        sourcing="document", speaker=None)
