"""Round 44 (sourcing leftovers): what round 42 left (issue #10 part 3).

An agentless passive of speculation, argument or forecast ("It is widely
speculated that ...", "It is expected that ...") is hearsay no one is named as
making, ``unattributed_hedged``, while "It was announced that" stays the
writer's report; a named owner's spoken
words as the source ("Jo Roe's remarks echoed ...") give the owner as the
speaker; one holder of an office in a body ("the harbour police commander")
whom the article never names is ``unnamed_official``; "the story" is a
``media_report`` that keeps the relay of the outlet the lead credits.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract.sourcing import body_office_head
from tests.extract_helpers import opening, run

LEAD = "Port Halden harbour news\n\nThe ferry sank on Monday near Port Halden. "


@pytest.mark.parametrize("cue", [
    "It is widely speculated that",
    "It has been suggested that",
    "It was also argued that",
    "It is asserted that",
    # the README's hedged "is (widely) expected to", with an empty "it"
    "It is widely expected that",
])
def test_an_agentless_speculation_is_hedged(cue):
    claims = run(LEAD + f"{cue} the ferry company will lose its licence.")
    c = opening(claims, "the ferry company will lose")
    assert c.sourcing == "unattributed_hedged", (c.sourcing, c.cue and c.cue.text)
    assert c.speaker is None


@pytest.mark.parametrize("cue", ["It was announced that", "It was revealed that", "It was confirmed that"])
def test_an_agentless_announcement_stays_the_writers(cue):
    # the sourcing labels keep "a curfew was announced" the writer's own report
    claims = run(LEAD + f"{cue} the ferry company will lose its licence.")
    c = opening(claims, "the ferry company will lose")
    assert c.sourcing == "author", (c.sourcing, c.cue and c.cue.text)


def test_a_passive_whose_subject_is_the_content_is_no_speculation():
    # "The appeal was argued before the court": a case heard, nothing hedged
    claims = run(LEAD + "Judge Mara Lind ruled that the ban was lawful. "
                 "The appeal was argued before three judges in Port Halden on Friday.")
    assert all(c.sourcing != "unattributed_hedged" for c in claims if c.content.text.startswith("The appeal")), \
        [(c.content.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("owner_words", "speaker"), [
    ("Roe's remarks echo", "Jo Roe"),
    ("Roe's speech also stated", "Jo Roe"),
    ("Mr. Roe's comments echoed", "Jo Roe"),
])
def test_the_owner_of_spoken_words_is_the_speaker(owner_words, speaker):
    text = LEAD + ("Harbour master Jo Roe spoke to reporters at the quay on Tuesday. "
                   f'"The weather was bad," he said. {owner_words} that the ferry should never have sailed.')
    claims = run(text)
    c = opening(claims, "the ferry should never")
    assert (c.speaker, c.sourcing) == (speaker, "named_person"), (c.speaker, c.sourcing, c.source)


def test_a_written_statement_stays_a_document():
    text = LEAD + ("Harbour master Jo Roe spoke to reporters on Tuesday. "
                   "Roe's statement said that the ferry should never have sailed.")
    c = opening(run(text), "the ferry should never")
    assert c.sourcing == "document", (c.speaker, c.sourcing)


def test_a_firms_response_is_the_firm():
    text = LEAD + "Kelpco's response said that the ferry had passed every inspection."
    c = opening(run(text), "the ferry had passed")
    assert c.speaker == "Kelpco", (c.speaker, c.sourcing)


def test_an_office_holder_never_named_is_an_unnamed_official():
    text = LEAD + ("Divers searched the wreck all night. "
                   "The deputy commander of the harbour brigade said that two crew members were still missing.")
    c = opening(run(text), "two crew members")
    assert c.sourcing == "unnamed_official", (c.speaker, c.sourcing)


@pytest.mark.parametrize("named", [
    # the holder named next to the office word elsewhere in the article
    "Commander Mara Lind led the search. ",
    # or in the sentence before: the description stands for her
    "Colonel Mara Lind flew in from the capital on Tuesday. ",
])
def test_an_office_holder_the_article_names_stays_a_person(named):
    text = LEAD + named + "The deputy commander of the harbour brigade said that two crew members were still missing."
    c = opening(run(text), "two crew members")
    assert c.sourcing == "named_person", (c.speaker, c.sourcing)


def test_an_office_holder_named_right_after_stays_a_person():
    text = LEAD + ("Divers searched the wreck all night. "
                   "According to the commander of the harbour brigade, Mara Lind, two crew members were missing.")
    found = [c for c in run(text) if "two crew members" in c.content.text]
    assert found and all(c.sourcing == "named_person" for c in found), [(c.speaker, c.sourcing) for c in found]


@pytest.mark.parametrize(("mention", "head"), [
    ("the police commander", "commander"),
    ("The deputy commander of the brigade", "commander"),
    ("The Navy's chief", "chief"),
    ("the company manager", "manager"),
    # guards: no determiner or owner, a person's own office, no office of a body
    ("Police chief", None),
    ("Jo Roe's campaign manager", None),
    ("the judge", None),
])
def test_body_office_head(mention, head):
    assert body_office_head(mention) == head


@pytest.mark.parametrize(("mention", "code"), [
    ("The story", "media_report"),
    ("a story in the Halden Clarion", "media_report"),
    ("Neither story", "media_report"),
    # guards: a person's own story, a story of something, a masthead ending in "Story"
    ("her story", "anonymous_generic"),
])
def test_a_news_story_is_a_media_report(mention, code):
    from datasette_claims.extract.sourcing import classify
    assert classify(mention, False, "say") == code


def test_the_credited_outlets_story_keeps_the_relay():
    # the lead credits the Halden Times; "The story" that follows is its own, so the unnamed source after it
    # is still relayed by the Times
    text = ("Ferry firm hid safety faults, paper says\n\n"
            "The Halden Times reported on Tuesday that the Kelpco ferry company hid safety faults for years.\n\n"
            "The story, which the Times posted overnight, cited a former engineer at the firm.\n\n"
            "A senior harbour official said the faults were known to the company in 2019.")
    claims = run(text)
    story = [c for c in claims if c.source is not None and c.source.text.startswith("The story")]
    assert story and story[0].sourcing == "media_report", [(c.source and c.source.text, c.sourcing) for c in claims]
    official = opening(claims, "the faults were known")
    assert official.via == "The Halden Times", (official.speaker, official.via)
