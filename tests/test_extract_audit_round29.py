"""Round 29 of the hand audit (issue #10 part 3): speaker leftovers of earlier
audits.  A place's or a firm's name ("Vellmouth Street said", "Ostra Air
Lines announced") was registered or typed as a person, so it took a
person's sourcing and drew "she" and descriptions to it; "a source within
the Kelpish government" lost its head to the preposition ("within" stopped
the subject walk), so the body spoke, and the body an unnamed source is placed
in was recorded nowhere.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\n"


@pytest.mark.parametrize(("sentence", "content", "source"), [
    ("Vellmouth Street said the premier would meet the fishermen.", "the premier would meet the fishermen",
     "Vellmouth Street"),
    ("Ostra Air Lines announced plans to cut 700 jobs.", "plans to cut 700 jobs", "Ostra Air Lines"),
    ('"Prices will rise," Kelpish Gas stated.', "Prices will rise", "Kelpish Gas"),
    ("Tarnow Motor Co. announced it had signed an agreement with the port.",
     "it had signed an agreement with the port", "Tarnow Motor Co."),
])
def test_a_place_or_a_firm_by_its_last_word_is_no_person(sentence, content, source):
    one(LEAD + sentence, content, sourcing="named_org", source=source)


def test_a_pronoun_skips_a_place_name_for_the_person():
    text = LEAD + ("The ferry stopped at Harlow Park station on Monday. A spokeswoman for the line, Mira Ostrand, "
                   "spoke to reporters. She said it was possible that the guards did not see the signal.")
    one(text, "it was possible that the guards did not see the signal", speaker="Mira Ostrand")


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a title before the name: a person's, whatever its last word
    ("Ambassador Jo Park said the talks went well.", "Jo Park"),
    ("Mr. Tor Bay said the talks went well.", "Tor Bay"),
    # a known forename first
    ("Simon Power said the talks went well.", "Simon Power"),
])
def test_a_person_whose_surname_is_a_place_word_stays_a_person(sentence, speaker):
    one(LEAD + sentence, "the talks went well", speaker=speaker, sourcing="named_person")


def test_a_name_written_as_a_persons_elsewhere_stays_a_person():
    text = LEAD + ("Tor Bay, an activist, said the talks went well. "
                   "Tor Bay added that the harbour tax was too high.")
    one(text, "the harbour tax was too high", speaker="Tor Bay", sourcing="named_person")


def test_a_source_within_a_body_is_an_unnamed_source_of_it():
    text = LEAD + ("A source within the Kelpish government told the Kelp Press that the ambassador "
                   "had called the palace.")
    one(text, "the ambassador had called the palace", source="A source within the Kelpish government",
        sourcing="unnamed_official", speaker_role="the Kelpish government")


def test_a_quotation_trailer_with_a_source_within_a_body():
    text = LEAD + '"The port is closed," a source within the Harbour Ministry told Interfax.'
    one(text, "The port is closed", source="a source within the Harbour Ministry",
        sourcing="unnamed_official", speaker_role="the Harbour Ministry")


@pytest.mark.parametrize(("sentence", "role"), [
    ("Sources inside the ministry said the ferries would stop.", "the ministry"),
    ("An anonymous source at Vell Harbour Hospital said the ferries would stop.", "Vell Harbour Hospital"),
    # a place, not a body; a person the source is close to, not a body
    ("A police source in the capital of Vell said the ferries would stop.", None),
    ("A source close to him said the ferries would stop.", None),
])
def test_the_body_an_unnamed_source_is_placed_in_is_its_role(sentence, role):
    one(LEAD + sentence, "the ferries would stop", speaker_role=role)


def test_within_a_time_stays_out_of_the_source():
    text = LEAD + "Within hours, the harbour master said the ferries would stop."
    claims = [c for c in run(text) if c.content.text.startswith("the ferries")]
    assert claims and claims[0].source.text == "the harbour master", [(c.source.text, c.rule) for c in claims]


@pytest.mark.parametrize(("sentence", "content"), [
    ("Kelpco announced it was shedding 600 jobs, in a move its chief called overdue.", "it was shedding 600 jobs"),
    ("The Kelpish government has announced it is cutting the ferry tax by two points, in a bid to get "
     "travellers sailing again.", "it is cutting the ferry tax by two points"),
])
def test_the_writers_in_a_move_framing_is_no_part_of_the_content(sentence, content):
    one(LEAD + sentence, content)


def test_in_a_bid_without_a_comma_stays_in_the_content():
    one(LEAD + "The mayor said the port was closed in a bid to stop smuggling.",
        "the port was closed in a bid to stop smuggling")


def test_a_description_of_one_countrys_office_skips_anothers_holder():
    text = ("Kelpish president in Vellmark for trade fair\n\n"
            "Kelp Vorsa, the president of Kelpland, is visiting Vellmark to sign trade agreements and meet "
            "with Vellish president Anton Roebuck.\n\n"
            "Vorsa, in comments at the trade fair, said trade between the two nations should grow. "
            "The Kelpish president remarked that Vellmark and Kelpland were friends.")
    one(text, "Vellmark and Kelpland were friends", speaker="Kelp Vorsa")


def test_a_party_word_is_no_nationality():
    text = LEAD + ("Republican senator Jo Roebuck, an American lawyer, visited the port on Monday. "
                   "The Republican senator said the ferries would run.")
    one(text, "the ferries would run", speaker="Jo Roebuck")


@pytest.mark.parametrize("sentence", [
    "The harbour board has not commented directly on the claim by the ferry union.",
    "Jo Roebuck would not immediately comment on the memo.",
    "The mayor did not refer to the ferry strike in his speech.",
])
def test_a_silence_about_a_topic_is_no_claim(sentence):
    assert not [c.content.text for c in run(LEAD + sentence)]


@pytest.mark.parametrize(("sentence", "content"), [
    # a stance
    ("The mayor did not agree with the end of the ferry embargo.", "the end of the ferry embargo"),
    # quoted words in the object
    ("Senator Jo Roebuck would not comment on an order signed by the governor \u201cto protect privacy and "
     "equality\u201d for state workers.",
     "an order signed by the governor \u201cto protect privacy and equality\u201d for state workers"),
])
def test_a_negated_agreement_or_a_quoted_object_stays(sentence, content):
    one(LEAD + sentence, content)
