"""Round 24 of the hand audit (issue #10 part 3): a lone surname that closes a
direct quotation ('"...," Kallert had said') was typed a named body; a name
after a speech noun with no "that" ("a pledge Dunmore called reckless") took
the noun into the source; "began" closing a quotation was no cue; a time
between an outlet and "quoted" ("the Gazette yesterday quoted X as saying")
stayed in the `via`; and a verbless heading line ("Transcript as follows:")
was read as the speaker of the quotation after its colon.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "The ferry to Dunmore sank on Monday. "


@pytest.mark.parametrize("trailer", [
    '"The ferry will run all winter," Kallert had said on Monday.',
    '"The ferry will run all winter," said Kallert.',
])
def test_lone_surname_closing_a_quotation_is_a_person(trailer):
    one(LEAD + trailer, "The ferry will run all winter", speaker="Kallert", sourcing="named_person")


def test_lone_name_written_as_a_body_stays_a_body():
    text = LEAD + ('Many of the crew work at Kelpco. "The ferry will run all winter," Kelpco said.')
    one(text, "The ferry will run all winter", speaker="Kelpco", sourcing="named_org")


def test_lone_surname_after_a_full_name_is_a_person():
    text = LEAD + 'Tom Kallert runs the line. "The ferry will run all winter," Kallert had said.'
    one(text, "The ferry will run all winter", speaker="Tom Kallert", sourcing="named_person")


@pytest.mark.parametrize("sentence", [
    "The board made a pledge to run all winter, a pledge Jo Dunmore called reckless.",
    "The board made a pledge to run all winter, a pledge that Jo Dunmore called reckless.",
])
def test_speech_noun_before_a_name_is_no_part_of_the_source(sentence):
    one(LEAD + sentence, "reckless", source="Jo Dunmore", speaker="Jo Dunmore")


def test_job_noun_before_a_name_stays_in_the_source():
    one(LEAD + "The ferry boss Jo Dunmore called the pledge reckless.", "the pledge reckless",
        source="The ferry boss Jo Dunmore")


@pytest.mark.parametrize("trailer", ['Roe began.', 'began Jo Roe.'])
def test_began_closing_a_quotation_is_a_cue(trailer):
    text = LEAD + '"The harbour will reopen soon and we will all be back at work," ' + trailer
    c = one(text, "The harbour will reopen soon and we will all be back at work", cue="began")
    assert c.sourcing == "named_person" and c.speaker in ("Roe", "Jo Roe")


def test_began_as_an_aspect_verb_is_no_cue():
    claims = run(LEAD + "The crew began repairs on the hull and the work went on all night.")
    assert not [c for c in claims if c.cue is not None and c.cue.text == "began"]


@pytest.mark.parametrize("when", ["yesterday", "on Monday"])
def test_time_before_quoted_is_not_the_via(when):
    text = LEAD + f"The Kelton Gazette {when} quoted Tom Reyes as saying the harbour would reopen."
    one(text, "the harbour would reopen", speaker="Tom Reyes", via="The Kelton Gazette")


@pytest.mark.parametrize("heading", ["Transcript as follows:", "Partial transcript as follows:"])
def test_heading_line_before_a_colon_is_no_speaker(heading):
    text = LEAD + heading + ' "The harbour will reopen next week and the crews will return."'
    c = one(text, "The harbour will reopen next week and the crews will return")
    assert c.speaker is None or "as" not in c.speaker.split(), (c.speaker, c.rule)


def test_statement_before_a_colon_still_has_its_speaker():
    text = LEAD + 'Jo Roe was blunt: "The harbour will reopen next week and the crews will return."'
    one(text, "The harbour will reopen next week and the crews will return", speaker="Jo Roe")


def test_lone_outlet_closing_a_quotation_stays_an_outlet():
    text = LEAD + '"The ferry will run all winter," Reuters reported.'
    one(text, "The ferry will run all winter", sourcing="media_report")


@pytest.mark.parametrize("sentence", [
    "The strike in Kelton, which began on Monday, goes on.",
    "Families began to feel angry that the ferry had not been raised.",
    "The crew, most of whom are new, began their work at 7pm.",
])
def test_began_outside_a_quotation_trailer_is_no_cue(sentence):
    claims = run(LEAD + sentence)
    assert not [c for c in claims if c.cue is not None and c.cue.text == "began"]


def test_report_before_a_time_and_quoted_is_the_via():
    text = LEAD + "A Kelpwire report yesterday quoted board member Tom Reyes as saying the harbour would reopen."
    c = one(text, "the harbour would reopen", speaker="Tom Reyes")
    assert c.via and "yesterday" not in c.via and "report" in c.via, c.via


def test_speech_noun_shaped_word_naming_a_body_stays():
    text = LEAD + "Three candidates for the state House reported that the ferry had sunk."
    c = one(text, "the ferry had sunk")
    assert c.speaker != "House", c.speaker


@pytest.mark.parametrize("heading", ["Transcript as follows:", "Partial transcript as follows:"])
def test_heading_paragraph_before_quotations_is_no_speaker(heading):
    text = ("Jo Roe vowed to fight on at a rally in Kelton on Monday.\n\n" + heading + "\n\n"
            '"Tonight we came to Kelton, and we went to a diner."\n\n'
            '"The harbour will reopen and the crews will return."\n\n')
    c = one(text, "The harbour will reopen and the crews will return")
    assert c.speaker is None or "transcript" not in c.speaker.lower(), (c.speaker, c.rule)


def test_statement_paragraph_before_quotations_keeps_its_speaker():
    text = ("The ferry to Dunmore sank on Monday.\n\nJo Roe was blunt about it:\n\n"
            '"The harbour will reopen and the crews will return."\n\n')
    one(text, "The harbour will reopen and the crews will return", speaker="Jo Roe")
