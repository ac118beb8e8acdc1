"""Precision screens on verbal cues: a cue word in narration, a time taken for
content, a stranded preposition, junk sources and speaker strings.

Every sentence is invented (made-up people, places and events).
"""

from __future__ import annotations

import pytest

from datasette_claims.extract.assemble import tidy_speaker
from extract_helpers import one, run


def none_containing(text: str, fragment: str):
    """No claim whose content contains fragment."""
    claims = run(text)
    bad = [(c.content.text, c.rule) for c in claims if fragment in c.content.text]
    assert not bad, bad


# --- "call": naming, phoning, particles --------------------------------------

def test_group_called_name_is_naming_not_speech():
    none_containing("Farmers in Velmora formed a cooperative called Green Furrow last spring.",
                    "Green Furrow")


def test_phoned_someone_is_not_speech():
    none_containing("Governor Ada Brisk called Mayor Tom Pell on Tuesday night and offered help.",
                    "Tom Pell")
    none_containing("Senator Ilse Marr called him to congratulate him on the result.", "congratulate")


def test_called_off_is_not_speech():
    none_containing("Two shipping firms called off their merger after the new rules took effect.",
                    "their merger")


def test_call_with_secondary_predicate_is_kept():
    one("Mayor Lina Osk called the tunnel plan \u201ca costly mistake.\u201d",
        "the tunnel plan \u201ca costly mistake", source="Mayor Lina Osk")


def test_indefinite_source_with_quote_is_kept():
    one("A reporter for the Velmora Gazette called the scene \u201ctotal chaos.\u201d",
        "the scene \u201ctotal chaos")


# --- times and adverbs are not content -------------------------------------

def test_time_after_cue_is_not_content():
    none_containing("\u201cWe grieve with the town,\u201d Vela Marsh tweeted the day after the flood "
                    "destroyed the bridge.", "the day after")


def test_adverb_and_adjunct_is_not_content():
    claims = run("Mr. Dorn praised Mr. Ekel, whom he attacked bitterly during the campaign.")
    assert not [c for c in claims if c.content.text.startswith("bitterly")], [c.content.text for c in claims]


def test_time_only_complement_is_dropped():
    none_containing("It was the plan that the council members have been discussing for several weeks.",
                    "for several weeks")


def test_stranded_preposition_is_dropped():
    none_containing("This was exactly the shift the committee warned about in its 2019 report.",
                    "in its 2019 report")


# --- write: documents are not claims ------------------------------------------

def test_wrote_a_book_is_not_a_claim():
    none_containing("After retiring, Pia Lund moved to the coast and wrote a children's book.",
                    "children's book")


def test_wrote_letter_saying_is_kept():
    claims = run("Mayor Dov Kriel wrote a letter to the board asking that the fees be dropped.")
    assert any("fees be dropped" in c.content.text for c in claims), [c.content.text for c in claims]


# --- respond to X's Y: the possessive is not an addressee ---------------------

def test_respond_to_possessive_keeps_whole_object():
    one("Councilor Rhee has not responded to Mayor Osk's latest accusations.",
        "Mayor Osk's latest accusations")


def test_said_on_meet_the_press_is_not_content():
    none_containing('"Taxes will fall," Rep. Ana Voss said on NBC\'s Meet the Press, and then left.',
                    "the Press")


# --- junk sources -------------------------------------------------------------

def test_precincts_reporting_is_not_a_report():
    none_containing("With 98 percent of precincts reporting, the race in Tarn County remained close.",
                    "the race in Tarn County")


def test_adverb_source_is_dropped():
    none_containing("Mr. Halden so far hasn't attacked the companies he listed in his filings.",
                    "the companies he listed")


def test_relative_that_after_noun_cue_is_not_content():
    none_containing("Voters in Rust Valley states that have lost factory jobs turned out early.",
                    "have lost factory jobs")


def test_adding_to_a_lead_is_not_speech():
    none_containing("Senator Moro won the Tarn primary on Tuesday, adding to her lead over Mr. Vell.",
                    "lead over Mr. Vell")


def test_ordinary_speech_still_found():
    one("Mayor Lina Osk said the bridge would reopen in May.", "the bridge would reopen in May",
        source="Mayor Lina Osk")
    one("The company reported that profits rose 4 percent.", "profits rose 4 percent")


# --- speaker strings ------------------------------------------------------------

@pytest.mark.parametrize("raw, want", [
    ("During Mr", None),
    ("Despite Mr", None),
    ("Ms", None),
    ("Mc", None),
    ("the overall", None),
    ("who", None),
    ("The", None),
    ("June 1", None),
    ("the younger Mr", None),
    ("43", None),
    ("May", "May"),
    ("Even Republicans", "Republicans"),
    ("With Ana Voss", "Ana Voss"),
    ("Lina Osk", "Lina Osk"),
    ("A", "A"),
    ("they", "they"),
])
def test_tidy_speaker(raw, want):
    assert tidy_speaker(raw) == want


@pytest.mark.parametrize("text", [
    "Kelp Motors recalled 4,000 cars on Monday.",
    "The firm recalled its water pumps after two fires.",
    "Kelpstan recalled its ambassador to Telk.",
])
def test_a_body_recalling_goods_or_envoys_says_nothing(text):
    assert run(text) == []


def test_a_person_recalling_tells_a_memory():
    one("Senator Ana Voss recalled the night the dam broke.", "the night the dam broke", speaker="Ana Voss")
    one("Kelp Motors recalled how the first plant was built.", "how the first plant was built",
        sourcing="named_org")


def test_a_role_opening_the_sentence_is_written_as_in_an_apposition():
    # the same role, written once at the sentence's start and once after the name
    first = one("The harbour commissioner, Ana Voss, said the pier was safe.", "the pier was safe")
    second = one("Ana Voss, the harbour commissioner, said the pier was safe.", "the pier was safe")
    assert first.speaker_role == second.speaker_role == "the harbour commissioner"


def test_responding_to_questions_is_the_occasion_not_a_claim():
    claims = run("Responding to questions from the council, Ana Voss said that the pier would reopen.")
    assert [c.content.text for c in claims] == ["the pier would reopen"]


def test_a_closing_apposition_with_a_modifier_before_its_title_is_the_role():
    one('"The camp is closed," says Ana Voss, operational director for Kelp Aid.', "The camp is closed",
        speaker="Ana Voss", speaker_role="operational director for Kelp Aid")


@pytest.mark.parametrize("text, role", [
    ("Ana Voss, who chairs the Telk harbour board, said the pier was safe.", "chair of the Telk harbour board"),
    ("Ana Voss, who founded Kelp Aid in 1999 and sold it in 2004, said the pier was safe.", "founder of Kelp Aid"),
    ("Ana Voss, who lives by the harbour, said the pier was safe.", None),
])
def test_the_office_a_relative_clause_names_is_the_role(text, role):
    one(text, "the pier was safe", speaker="Ana Voss", speaker_role=role)
