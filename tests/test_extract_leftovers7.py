"""Round 41 (issue #10 part 3): leftovers of the earlier speaker audits, seventh pass.

An apposition whose closing comma the writer left out ran on into the
sentence's predicate, and the predicate became the speaker's role ("Jo Roe,
leader of the Kelp party conceded defeat"); a full name's possessive as the
source ("Jo Roe's stock answer was ...") was typed a body, where a lone
surname's already was the person; one person described by a common noun after
capitals ("A top Kelpish commander", "A young Port Halden resident") was typed
``named_org``; a phrase opening the sentence before its comma was read as the
source ("In Kelpland, the government said" -> "In Kelpland"); and an "-ed"
adjective after "percent of" cut a poll's that-clause in two.  Invented
sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract.sourcing import classify
from datasette_claims.extract.speakers import clean_role
from tests.extract_helpers import one, run

LEAD = "Harbour vote ends\n\n"


# -- a role ends before the predicate an apposition runs into ------------------------------

@pytest.mark.parametrize(("sentence", "content", "role"), [
    ("Jo Roe, leader of the Kelp party conceded defeat, saying the harbour vote was lost.",
     "the harbour vote was lost", "leader of the Kelp party"),
    ("Jo Roe, a spokesman for the Port Halden council has defended the plan, saying it would bring jobs.",
     "it would bring jobs", "a spokesman for the Port Halden council"),
    ("Jo Roe, the harbour director of Kelp Ferries firmly defended the fares, insisting that "
     "\"no fare will rise this year\".", "no fare will rise this year", "the harbour director of Kelp Ferries"),
])
def test_a_role_ends_before_the_predicate(sentence, content, role):
    one(LEAD + sentence, content, speaker="Jo Roe", speaker_role=role)


@pytest.mark.parametrize(("role", "kept"), [
    ("leader of the Kelp party conceded defeat", "leader of the Kelp party"),
    ("an attorney for the committee has responded to the letter", "an attorney for the committee"),
    ("the owner and trainer of the horse commented", "the owner and trainer of the horse"),
    # a clause, no description: nothing is left that names a person's place
    ("Roe's trip hasn't been acknowledged by the ministry", None),
])
def test_clean_role_cuts_at_a_finite_verb(role, kept):
    assert clean_role(role) == kept


@pytest.mark.parametrize("role", [
    # a relative clause's verbs are the description's own
    "a lobbyist in Port Halden who has donated to the party",
    "a pilot whose ferry has sailed for years",
    # a participle that describes the person, a preposition or a naming complement after it
    "a liaison officer of a unit called Kelp Watch",
    "a group of fishers opposed to the plan",
    "a radio host considered one of the most influential in the town",
    "the newly elected mayor",
    "a widely quoted analyst",
])
def test_a_description_keeps_its_participles(role):
    assert clean_role(role) == role


# -- a full name's possessive as the source is the person ----------------------------------

def test_a_full_names_possessive_is_the_person():
    text = (LEAD + "Jo Roe and Mara Lind spoke to reporters after the harbour vote.\n\n"
            "Jo Roe's stock answer was, \"The harbour will stay open for every boat.\"\n")
    one(text, "The harbour will stay open for every boat", speaker="Jo Roe", sourcing="named_person")


def test_a_mc_surnames_possessive_is_the_person():
    text = (LEAD + "Ivo McVole spoke to reporters after the harbour vote.\n\n"
            "McVole's response was: \"No boat will leave the harbour.\"\n")
    one(text, "No boat will leave the harbour", speaker="Ivo McVole", sourcing="named_person")


def test_a_person_owned_by_the_name_is_someone_else():
    text = (LEAD + "Mara Lind spoke to reporters after the harbour vote.\n\n"
            "Mara Lind's right-hand woman rallied the crowd, saying: \"We will keep working for the fishers.\"\n")
    c = one(text, "We will keep working for the fishers")
    assert c.sourcing != "named_person" or c.speaker != "Mara Lind"


# -- one person by a common noun is no named body ------------------------------------------

@pytest.mark.parametrize(("mention", "code"), [
    ("A top Kelpish commander", "unnamed_official"),
    ("An army commander", "unnamed_official"),
    ("A young Port Halden resident", "anonymous_generic"),
    ("An Ostrian terrorism expert", "anonymous_generic"),
    ("A Kelpish man", "anonymous_generic"),
    # guards: a place in a body, a body's name, a plain body
    ("A Kelp Bank employee", "unnamed_official"),
    ("A Kelp Watch observer", "named_org"),
    ("The Kelp Institute", "named_org"),
])
def test_one_person_by_a_common_noun(mention, code):
    assert classify(mention, False) == code


def test_an_unnamed_commander_in_a_sentence():
    one(LEAD + "A top Kelpish commander said yesterday that the navy is not planning to close the harbour.",
        "the navy is not planning to close the harbour", sourcing="unnamed_official")


# -- an opening phrase before the comma is no part of the source ---------------------------

@pytest.mark.parametrize(("sentence", "content", "speaker"), [
    ("In Kelpland, the government said the harbour would stay open.", "the harbour would stay open",
     "the government"),
    ("On the 14th of May, the Kelpish government announced that it would inspect the ferries.",
     "it would inspect the ferries", "the Kelpish government"),
    ("In 2003 the council said the pier was safe.", "the pier was safe", "the council"),
])
def test_an_opening_phrase_is_no_source(sentence, content, speaker):
    c = one(LEAD + sentence, content, speaker=speaker)
    assert c.source.text == speaker


def test_an_opening_phrase_before_a_named_person_keeps_its_time():
    # the person named in the mention is the speaker, the phrase's time the day it was said
    one(LEAD + "In an interview today, the harbour master, Jo Roe, said the pier was safe.",
        "the pier was safe", speaker="Jo Roe", said_on="2024-03-06")


def test_a_place_abbreviation_is_no_subject():
    one(LEAD + "In Halden, N.H., Mara Lind said the pier was old.", "the pier was old", speaker="Mara Lind")


# -- an "-ed" adjective after "percent of" -------------------------------------------------

def test_a_described_share_keeps_its_that_clause_whole():
    text = (LEAD + "The Kelp Institute poll found that 70 percent of registered Kelpish voters said "
            "the harbour should stay open.\n")
    one(text, "70 percent of registered Kelpish voters said the harbour should stay open",
        sourcing="document")
    assert not [c for c in run(text) if c.content.text == "70 percent of registered"]


def test_an_average_share_is_the_polls():
    text = (LEAD + "The Kelp Institute poll was taken last week.\n\n"
            "An average of 10 percent of registered voters said the ferry was too slow.\n")
    one(text, "the ferry was too slow", sourcing="document", speaker="Kelp Institute poll")
