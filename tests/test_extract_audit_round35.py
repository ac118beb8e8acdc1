"""Round 35 of the hand audit (issue #10 part 3, seeds 167 and 173).  A lone
family name nobody wrote with a forename ("Vorsk expects the report will
help.") stayed a body, so the "he" closing the next sentence's quotation went
to someone named further back.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import run

LEAD = "Kelpland harbour news\n\nThe ferry sank on Monday. "
BEFORE = ("The panel was set up by Harbour Minister Tom Arlow in June. "
          "Arlow has already responded to the findings, ordering a review of the ferry firm.\n\n")


@pytest.mark.parametrize(("text", "content"), [
    (LEAD + BEFORE + 'Vorsk expects the report will answer the critics of the firm. "I think it is important to '
     'find out the extent those attacks are justified," he is quoted as saying.',
     "I think it is important to find out the extent those attacks are justified"),
    (LEAD + BEFORE + "Vorsk accused the two firms of breaking promises and asserted that neither can be trusted. "
     "To trust the new company would be stupid, he alleged.", "To trust the new company would be stupid"),
    (LEAD + BEFORE + 'Charges that the firm hid its losses are unfair, Vorsk said. "We do not find evidence '
     'of a slush fund," he said.', "We do not find evidence of a slush fund"),
])
def test_a_pronoun_trailer_after_a_lone_name_is_that_person(text, content):
    claims = run(text)
    found = [c for c in claims if c.content.text == content]
    assert found and found[0].speaker == "Vorsk", [(c.content.text, c.speaker) for c in claims]
    assert all(c.sourcing == "named_person" for c in claims if c.speaker == "Vorsk")


def test_the_answer_to_a_lone_name_s_question_is_not_the_asker():
    text = (LEAD + "Tom Arlow spoke to the radio on Monday. Vorsk then asked Arlow which piers he could save. "
            '"Well, we feel great about every one of them," he said.')
    claims = run(text)
    found = [c for c in claims if c.content.text.startswith("Well, we feel great")]
    assert found and found[0].speaker != "Vorsk", [(c.content.text, c.speaker) for c in claims]


def test_a_lone_name_written_after_a_forename_takes_no_forename_for_a_role():
    text = (LEAD + "Tom Arlow met the crew. "
            "\"The hearing was closed but New Kelp Congressman Pete Vorsk spoke afterwards.\" "
            'Vorsk said the ferry was safe. "It was checked in June," he said.')
    claims = run(text)
    assert not [c for c in claims if c.speaker_role and "Pete" in c.speaker_role], \
        [(c.content.text, c.speaker, c.speaker_role) for c in claims]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('The crowd chanted back at him, "Close the harbour," and "Sink the ferry."', "The crowd"),
    ('The final report credited the new rules: "We feel the rules still work."', "The final report"),
    ('The hecklers equipped by the station shouted "Tor Vellan is a liar."', "The hecklers"),
    ("A Kelp Daily poll released on Monday showed that the mayor leads by ten points.", "A Kelp Daily poll"),
])
def test_a_subject_ends_before_its_past_tense(sentence, speaker):
    claims = run(LEAD + sentence)
    assert claims and all(c.speaker == speaker for c in claims), [(c.content.text, c.speaker) for c in claims]


def test_those_surveyed_keep_their_participle():
    claims = run(LEAD + "Most of those surveyed said the ferry was unsafe.")
    assert [c.speaker for c in claims] == ["Most of those surveyed"], [(c.content.text, c.speaker) for c in claims]


def test_a_capital_you_is_no_body():
    claims = run(LEAD + "That is not fair.\n\nYou can't say you are for fairness if you shut the harbour to the poor.")
    assert claims and all(c.sourcing == "anonymous_generic" for c in claims if c.source.text == "You"), \
        [(c.source.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("But Kelp activists clamoring to block Tor Vellan from the party nomination say they are suddenly winning.",
     "Kelp activists clamoring to block Tor Vellan from the party nomination"),
    ("By a wide margin, supporters of Democrat Ann Roe say the bill should pass.", "supporters of Democrat Ann Roe"),
    ("Friends of Mr. Vellan said he was well liked.", "Friends of Mr. Vellan"),
    ("Lawyers acting for Harbour Minister Tor Vellan announced that they would appeal.",
     "Lawyers acting for Harbour Minister Tor Vellan"),
])
def test_a_group_with_a_modifier_naming_someone_is_the_speaker(sentence, speaker):
    claims = run(LEAD + sentence)
    assert claims and all(c.speaker == speaker for c in claims), [(c.content.text, c.speaker) for c in claims]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Friends of the Sea nuclear campaigner Dr Ivo Marsh said the plant should close.", "Ivo Marsh"),
    ("The Liberal Democrats acting president Ann Roe welcomed the report, saying the vote was fair.", "Ann Roe"),
    ("One of the lawyers for the fishermen, Ivo Marsh, said the case was strong.", "Ivo Marsh"),
])
def test_a_named_body_or_an_apposition_keeps_its_person(sentence, speaker):
    claims = run(LEAD + sentence)
    assert claims and all(c.speaker == speaker for c in claims), [(c.content.text, c.speaker) for c in claims]
