"""Round 46 (sourcing leftovers): what rounds 42 and 44 left (issue #10 part 3).

An estimate, a forecast, an assumption or a hope that no one is named as
holding ("It is estimated that ...", "growth is predicted to ...") is
``unattributed_hedged``, like round 44's "It is expected that"; "It is known
that" stays the writer's.  A nation's people with "the" ("The Kelpans said")
is ``collective_unnamed`` when the article writes the nation's adjective.  A
"who" that names no person stands for the body or the plural right before it
("the company who said", "Kelpish authorities who said"), or for the person
a title names ("Mr Kelpov").  "Some media reports" in a lead credit no outlet,
so the unnamed sources after them are relayed by none.  A biography, memoir or
diary is a ``document``.  An acronym subject is a body an "it" can stand for.
Plural insiders ("people close to the campaign", "those around him") are
``unnamed_official``, as the sourcing README has them.  A document "obtained
by" or "seen by" an outlet is the document, not the outlet's report.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract import sourcing
from tests.extract_helpers import opening, run

LEAD = "Port Halden harbour news\n\nThe ferry sank on Monday near Port Halden. "


@pytest.mark.parametrize("cue", [
    "It is estimated that",
    "It has been estimated that",
    "It is predicted that",
    "It was assumed that",
    "It is hoped that",
    "However it is also hoped that",
])
def test_an_unowned_estimate_forecast_or_hope_is_hedged(cue):
    claims = run(LEAD + f"{cue} the ferry company will lose its licence.")
    c = opening(claims, "the ferry company will lose")
    assert c.sourcing == "unattributed_hedged", (c.sourcing, c.cue and c.cue.text)
    assert c.speaker is None


def test_a_subject_predicted_to_is_hedged_like_expected_to():
    claims = run(LEAD + "Harbour traffic in Port Halden is predicted to fall by a third this year.")
    c = opening(claims, "to fall by a third")
    assert c.sourcing == "unattributed_hedged", (c.sourcing, c.cue and c.cue.text)


@pytest.mark.parametrize("cue", ["It is known that", "It was announced that"])
def test_what_is_known_or_announced_stays_the_writers(cue):
    claims = run(LEAD + f"{cue} the ferry company will lose its licence.")
    c = opening(claims, "the ferry company will lose")
    assert c.sourcing == "author", (c.sourcing, c.cue and c.cue.text)


@pytest.mark.parametrize(("before", "people"), [
    ("A Kelpan navy boat was seen near Port Halden. ", "The Kelpans"),
    ("A Kelpi navy boat was seen near Port Halden. ", "The Kelpis"),
    ("A North Kelpan navy boat was seen. ", "The North Kelpans"),
    ("A Kelpish navy boat was seen near Port Halden. ", "The Kelpish"),
])
def test_a_nations_people_with_the_is_collective(before, people):
    claims = run(LEAD + before + f"{people} said the harbour was theirs.")
    c = opening(claims, "the harbour was theirs")
    assert c.sourcing == "collective_unnamed", (c.source and c.source.text, c.sourcing)


def test_a_family_named_like_a_people_stays_a_name():
    # "Mr. Kelpan" makes "Kelpan" a surname: "The Kelpans" may be his family, not a nation
    claims = run(LEAD + "A Kelpan navy boat was seen near Port Halden. Mr. Kelpan said the harbour was his. "
                 "The Kelpans said the harbour was theirs.")
    c = opening(claims, "the harbour was theirs")
    assert c.sourcing != "collective_unnamed"


@pytest.mark.parametrize("sentence", [
    # a body's singular verb and an adjective before a noun are no people
    "The Kelpish has yet to finish its own inquiry, it said.",
    "The Kelpish warning cites recent attacks near the port.",
])
def test_the_nations_adjective_as_a_body_or_modifier_is_not_a_people(sentence):
    claims = run(LEAD + "A Kelpish navy boat was seen near Port Halden. " + sentence)
    assert all(c.sourcing != "collective_unnamed" for c in claims), \
        [(c.source and c.source.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("The claim is denied by the company who said it paid every worker.", "the company", "named_org"),
    ("The ban angered Kelpish authorities who said it was an insult.", "Kelpish authorities", "unnamed_official"),
])
def test_a_bare_who_stands_for_the_body_or_plural_before_it(sentence, speaker, code):
    claims = run(LEAD + sentence)
    c = [c for c in claims if c.source is not None and c.source.text == "who"]
    assert c, [(c.source and c.source.text, c.speaker) for c in claims]
    assert (c[0].speaker, c[0].sourcing) == (speaker, code)


def test_a_who_after_the_object_of_a_noun_is_not_that_object():
    # "a faction in the government who believe": the faction, not the government
    claims = run(LEAD + "There is a large faction in the government who believe the plan will fail.")
    c = opening(claims, "the plan will fail")
    assert c.speaker != "the government"


def test_a_persons_own_who_keeps_the_person():
    claims = run(LEAD + "Jo Roe of the ministry, who said the plan was sound, left.")
    c = opening(claims, "the plan was sound")
    assert (c.speaker, c.sourcing) == ("Jo Roe", "named_person")


def test_a_who_after_a_titled_surname_is_a_person():
    # the article titles the surname ("Mr Kelpov") though it never gives the full name
    claims = run(LEAD + "Mr Kelpov fled to Kelpland. The extradition of Kelpov, who denies any role in the "
                 "sinking, may fail.")
    c = opening(claims, "any role in the sinking")
    assert (c.speaker, c.sourcing) == ("Kelpov", "named_person")


@pytest.mark.parametrize(("lead", "via"), [
    ("Some media reports said on Tuesday that the Kelpco ferry company hid safety faults for years.", None),
    # (a named outlet still relays the unnamed sources after it)
    ("The Halden Times reported on Tuesday that the Kelpco ferry company hid safety faults for years.",
     "The Halden Times"),
])
def test_unnamed_outlets_in_the_lead_relay_no_one(lead, via):
    text = ("Ferry firm hid safety faults, reports say\n\n" + lead + "\n\n"
            "A senior harbour official said the faults were known to the company in 2019.")
    c = opening(run(text), "the faults were known")
    assert c.via == via, (c.speaker, c.via)


@pytest.mark.parametrize("mention", ["his biography", "her official biography", "the memoir", "Roe's memoirs",
                                     "the diaries"])
def test_a_life_written_down_is_a_document(mention):
    assert sourcing.classify(mention, False) == "document"


def test_an_acronym_subject_is_a_body_for_it():
    claims = run(LEAD + "KPIC has received documents which it says show that the port was closed.")
    c = opening(claims, "show that the port was closed")
    assert (c.speaker, c.sourcing) == ("KPIC", "named_org")


@pytest.mark.parametrize(("mention", "code"), [
    ("people close to the campaign", "unnamed_official"),
    ("those around him", "unnamed_official"),
    ("those close to the mayor", "unnamed_official"),
    # guards: a place is no insider; one "source close to" stays the README's bare source
    ("people around the world", "anonymous_generic"),
    ("a source close to him", "anonymous_generic"),
    ("people familiar with the talks", "anonymous_generic"),
])
def test_plural_insiders_are_officials(mention, code):
    assert sourcing.classify(mention, False) == code


@pytest.mark.parametrize(("mention", "code"), [
    ("Roe's letter, emailed to delegates on Thursday and obtained by the Halden Clarion", "document"),
    ("an email from the head of the Kelp union obtained by Kelpress", "document"),
    ("a redacted copy of the harbour memo seen by Reuters", "document"),
    # guard: no document, the outlet's own people
    ("a reporter seen by Reuters", "media_report"),
])
def test_a_document_an_outlet_obtained_is_a_document(mention, code):
    assert sourcing.classify(mention, False) == code


@pytest.mark.parametrize(("mention", "code"), [
    ("The Halden Globe", "media_report"),
    ("the Port Halden Chronicle", "media_report"),
    ("The Observer", "media_report"),
    ("The Globe and Kelp", "media_report"),
    # guards: a lower-case observer, and a title before a name
    ("an observer", "anonymous_generic"),
])
def test_a_masthead_by_its_word_is_an_outlet(mention, code):
    assert sourcing.classify(mention, False) == code


def test_a_piece_relays_only_the_people_it_introduces_next():
    text = ("Kelp interrogators under pressure, paper says\n\n"
            "A harbour official said on Monday that no raid was planned.\n\n"
            "The denials came as the Halden Globe ran a report saying that interrogators are under pressure.\n\n"
            "It quoted Jo Roe, a contractor at the port, as saying that the pressure is real.\n\n"
            "\"They push a lot,\" Roe said in the interview.\n\n"
            "The port has been accused of such things before.\n\n"
            "The mayor's office did not comment.\n\n"
            "On Monday, Admiral Mara Lind, speaking to the Kelp Times, said that a raid is \"not in the offing.\"")
    claims = run(text)
    roe = opening(claims, "They push a lot")
    lind = opening(claims, "a raid is")
    assert roe.via == "the Halden Globe", (roe.speaker, roe.via)
    assert lind.via is None, (lind.speaker, lind.via)
