"""Round 36 (issue #10 part 3): leftovers of the earlier speaker audits, fifth pass.

"The Commission said" stayed "The Commission" though the article had named
the "Kelpish Trade Commission" before it; a noun ending in "-ly" ("the rally
said") was read as a manner adverb of the cue; a correction note's "An
earlier version of this story said ..." was a claim of "story"; "Miss
England <name>", "Italian <name>", "Controller <name>", "President-elect
<name>" kept a title or a nationality in the name; "Mr Roe" was not joined
to the "Jo Roe" only a quotation names, nor "Ms North" to "Anna North" (a
compass word refused as a surname).  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\n"


@pytest.mark.parametrize(("body", "speaker"), [
    ("The Kelpish Trade Commission met on Monday. The Commission said that the ferry would stop running.",
     "Kelpish Trade Commission"),
    ("The Government of Kelpland met on Monday. The Government said that the ferry would stop running.",
     "Government of Kelpland"),
])
def test_a_capitalised_body_head_is_the_body_named_before(body, speaker):
    one(LEAD + body, "the ferry would stop running", speaker=speaker)


def test_a_capitalised_body_head_is_not_a_name_it_only_modifies():
    # "Government House" is a building, not the government
    c = one(LEAD + "Reporters waited at Government House on Monday. The Government said that the ferry "
            "would stop running.", "the ferry would stop running")
    assert c.speaker == "The Government"


def test_a_capitalised_body_head_with_no_name_before_stays():
    one(LEAD + "The Commission said that the ferry would stop running.", "the ferry would stop running",
        speaker="The Commission")


@pytest.mark.parametrize(("sentence", "source"), [
    ("The organiser of the harbour rally said the ferry would stop running.",
     "The organiser of the harbour rally"),
    ("The Marrow family said the ferry would stop running.", "The Marrow family"),
    ("The Kelpton-based daily reported the ferry would stop running.", "The Kelpton-based daily"),
])
def test_a_noun_ending_in_ly_is_no_adverb_of_the_cue(sentence, source):
    one(LEAD + sentence, "the ferry would stop running", source=source)


def test_a_manner_adverb_still_joins_the_cue():
    one(LEAD + "The harbour master firmly said the ferry would stop running.", "the ferry would stop running",
        source="The harbour master", cue="firmly said")


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this story incorrectly said that the ferry would stop running.",
    "Clarification: A previous version of this article said the ferry would stop running.",
])
def test_a_correction_notes_withdrawn_text_is_no_claim(note):
    claims = run(LEAD + "Tor Amsel, the harbour master, opened the pier on Monday.\n\n" + note)
    assert [c for c in claims if "ferry" in c.content.text] == []


def test_a_story_reporting_is_still_a_media_report():
    one(LEAD + "The story said that the ferry would stop running.", "the ferry would stop running",
        source="The story")


@pytest.mark.parametrize(("body", "speaker"), [
    ("A Kelpish Court of Appeals on Friday heard the case. The Court said that the ferry would stop running.",
     "Kelpish Court of Appeals"),
    ("The Kelp Times, Kelpland's Ministry of Harbours and the mayor met. The Ministry said that the ferry "
     "would stop running.", "Kelpland's Ministry of Harbours"),
])
def test_a_capitalised_body_head_takes_only_the_bodys_own_words(body, speaker):
    one(LEAD + body, "the ferry would stop running", speaker=speaker)


def test_a_pageant_title_is_no_part_of_the_name():
    claims = run(LEAD + "The firm ended its deal with former Miss England Tamsin Faust on Monday. "
                 '"She wants to be a pilot," Faust said.')
    assert [c.speaker for c in claims if "pilot" in c.content.text] == ["Tamsin Faust"]
    one(LEAD + "Miss Ireland Tamsin Faust said that the ferry would stop running.", "the ferry would stop running",
        speaker="Tamsin Faust")


@pytest.mark.parametrize("sentence", [
    "Italian Tamsin Faust said that the ferry would stop running.",
    "Controller Tamsin Faust said that the ferry would stop running.",
    "The vote was called by Moderator Tamsin Faust, who said that the ferry would stop running.",
])
def test_a_nationality_or_a_listed_trade_before_a_name_is_no_part_of_it(sentence):
    one(LEAD + sentence, "the ferry would stop running", speaker="Tamsin Faust")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Adrian Tamsin Faust said that the ferry would stop running.", "Adrian Tamsin Faust"),
    ("Roman Faust said that the ferry would stop running.", "Roman Faust"),
])
def test_a_forename_that_looks_like_a_nationality_stays(sentence, speaker):
    one(LEAD + sentence, "the ferry would stop running", speaker=speaker)


def test_an_honorific_joins_the_full_name_only_a_quotation_gives():
    claims = run(LEAD + 'Protesters gathered in Kelpton. "Would Jonas Wendle accept that for his own son?" one '
                 'asked.\n\nMr Wendle said that the ferry would stop running.\n\n'
                 '"We will build a new pier," Mr Wendle added.')
    assert {c.speaker for c in claims if c.source and "Wendle" in c.source.text} == {"Jonas Wendle"}


def test_an_honorific_is_not_joined_when_a_quotation_gives_two_namesakes():
    claims = run(LEAD + 'Protesters gathered in Kelpton. "Jonas Wendle and Anna Wendle lied," one said.\n\n'
                 "Mr Wendle said that the ferry would stop running.")
    assert [c.speaker for c in claims if c.source and "Wendle" in c.source.text] == ["Mr Wendle"]


def test_a_surname_that_is_a_compass_word_is_a_name():
    one(LEAD + "Some survivors, such as Anna North, who has been active in online campaigns, want an inquiry. "
        "Ms North said that the ferry would stop running.", "the ferry would stop running", speaker="Anna North")


@pytest.mark.parametrize("sentence", [
    "United States President-elect Jonas Wendle says that the ferry would stop running.",
    "Kelpland President-elect Jonas Wendle says that the ferry would stop running.",
])
def test_an_elected_title_before_a_name_is_a_title(sentence):
    c = one(LEAD + sentence, "the ferry would stop running", speaker="Jonas Wendle")
    assert c.sourcing == "named_person"


def test_an_honorific_before_the_name_is_no_part_of_the_role():
    one(LEAD + "Harbour board chairman Dr Jonas Wendle said that the ferry would stop running.",
        "the ferry would stop running", speaker="Jonas Wendle", speaker_role="Harbour board chairman")


def test_des_opens_a_name_and_des_moines_stays_a_place():
    claims = run(LEAD + "Defence Secretary Des Wendle said that the ferry would stop running. "
                 "Mr. Wendle said it was over.")
    assert {c.speaker for c in claims} == {"Des Wendle"}
    one(LEAD + "Des Moines officials said that the ferry would stop running.", "the ferry would stop running",
        sourcing="unnamed_official")


def test_a_spouses_title_keeps_its_lady():
    one(LEAD + "First Lady Anna Wendle said that the ferry would stop running.", "the ferry would stop running",
        speaker="Anna Wendle", speaker_role="First Lady")
