"""Round 30 of the hand audit (issue #10 part 3, seeds 137 and 139).  A person
named at a sentence's start, then a description whose closing comma is
missing after a title and an initial ("Major General Tor B. Vellan, a
spokesman for the navy told reporters") or that goes on past a second comma
(a phrase, a relative clause, a list of offices) left the description alone
as the speaker; an "it" took a counted or plural group of people ("Two
Americans were hurt. ... it said"); and a sentence's opening subordinator or
prepositional phrase, run into the subject without a comma, was kept in the
speaker ("Whilst the report concedes", "In the last election my councillor
said").  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\nThe ferry sank on Monday. "


@pytest.mark.parametrize(("sentence", "content", "speaker", "role"), [
    ('Major General Tor B. Vellan, a spokesman for the navy told reporters in Kelp, "A rescue team is on site."',
     "A rescue team is on site", "Tor B. Vellan", "a spokesman for the navy"),
    ("Former President Ana C. Vellan, a close ally of Roe said the suspension lacked any basis.",
     "the suspension lacked any basis", "Ana C. Vellan", "a close ally of Roe"),
    ("Senator Tor Vellan, a Democrat from Kelp, in the name of curbing waste, has proposed taxing boats.",
     "taxing boats", "Tor Vellan", "a Democrat from Kelp"),
    ("Tor Vellan, an actor in Kelp, who runs a small theater, recalled that he had called the mayor.",
     "he had called the mayor", "Tor Vellan", "an actor in Kelp"),
    ("Tor Vellan, the fund's lawyer, treasurer and strategist, has rejected the label.",
     "the label", "Tor Vellan", "the fund's lawyer"),
])
def test_a_name_opening_the_sentence_holds_the_description_after_it(sentence, content, speaker, role):
    one(LEAD + sentence, content, speaker=speaker, speaker_role=role, sourcing="named_person")


def test_a_dateline_place_before_the_name_is_no_part_of_the_source():
    text = "Kelp calls for more harbour funds\n\nKELP Tor Vellan, the mayor of Kelp recently asked for new funds."
    one(text, "new funds", speaker="Tor Vellan", source="Tor Vellan, the mayor of Kelp")


def test_a_place_after_the_description_stays_in_the_role():
    one(LEAD + "Ann Roe, a salesman from Vell, Norland, said the boats were late.", "the boats were late",
        speaker="Ann Roe", speaker_role="a salesman from Vell, Norland")


@pytest.mark.parametrize("sentence", [
    # a preposition opens the sentence: no name of a speaker
    "Like Vellan, the Kelp Party has written off efforts by the rebels.",
    # a naming, not a statement
    "Tor Vellan, an officer of a unit called Kelp Watch, has spoken on the topic.",
])
def test_no_speaker_from_a_phrase_or_a_naming(sentence):
    assert not [c for c in run(LEAD + sentence) if c.speaker and "Vellan" in c.speaker]


def test_an_it_is_no_counted_group_of_people():
    text = ("Kelpland harbour news\n\nThe memo, released by the Kelp Watch group, was sent at 7:19 p.m. by the "
            "harbour chief, Ivo Marsh, more than three hours after the first storm. Two Americans were hurt on the "
            "pier.\n\n\u201cI just tried you on the phone,\u201d it reads.")
    claims = [c for c in run(text) if c.source is not None and c.source.text == "it"]
    assert claims and all(c.speaker != "Two Americans" for c in claims), [(c.speaker, c.content.text) for c in claims]


def test_an_it_is_no_plural_of_people_opening_a_sentence():
    text = LEAD + ("Analysts met on Friday. The Kelpish ministry is helping to build the port. Analysts say that "
                   "the port will open late, and that it said the cost was too high.")
    claims = [c for c in run(text) if c.source is not None and c.source.text == "it"]
    assert all(c.speaker != "Analysts" for c in claims), [(c.speaker, c.content.text) for c in claims]


def test_an_it_may_stand_for_a_party_with_a_plural_name():
    text = ("Kelp harbour news\n\nThe Free Kelpians met on Monday. It said the port should close on Sundays.")
    one(text, "the port should close on Sundays", speaker="Free Kelpians")


@pytest.mark.parametrize(("sentence", "content", "speaker"), [
    ("In the last election my councillor said the port would close.", "the port would close", "my councillor"),
    ("Whilst the harbour report concedes the cost is high, it notes the gains.", "the cost is high",
     "the harbour report"),
    ("With a strong lead in a partial count the Kelp Party said it had won.", "it had won", "Kelp Party"),
])
def test_an_opening_phrase_run_into_the_subject_is_no_part_of_the_speaker(sentence, content, speaker):
    one(LEAD + sentence, content, speaker=speaker)


@pytest.mark.parametrize(("sentence", "content", "not_speaker"), [
    # the preposition opens no sentence or clause: inside a relative clause
    ('A student who engaged in the protest outside the hall said "We wanted action."', "We wanted action",
     "the hall"),
    # a quantifier before the determiner is part of the noun phrase
    ("Throughout the long campaign politicians from both the ruling party and the opposition have expressed "
     "their outrage over the attack.", "their outrage over the attack", "the ruling party and the opposition"),
    # a number opens no subject here: "one in seven people" is the survey's finding
    ("The Kelp Watch group called for an inquiry, stating that in a recent survey one in seven people said "
     "that money had been taken from their accounts.", "money had been taken from their accounts", "one"),
])
def test_an_opening_phrase_is_cut_only_before_a_determiner_of_the_subject(sentence, content, not_speaker):
    assert one(LEAD + sentence, content).speaker != not_speaker
