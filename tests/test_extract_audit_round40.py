"""Round 40 of the hand audit (issue #10 part 3, seeds 211 and 223).  A subject
that opens on "The" and a capitalised modifier ("The Kelpish ambassador", "The
Kelpish blogger Mara Lind", "The Kelpish newspaper The Halden Star") cut after
the modifier and typed a body; documents someone only obtained or saw given to
that someone ("According to documents obtained by the Austin Star"); a colon
sentence that quotes someone ("Roe also quotes a number of other survivors:")
given to the one quoting.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import run

LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. "


def _rows(claims):
    return [(c.content.text, c.source.text if c.source else None, c.speaker, c.sourcing, c.via) for c in claims]


def _about(claims, words):
    found = [c for c in claims if words in c.content.text]
    assert found, _rows(claims)
    return found[0]


@pytest.mark.parametrize("text, words, speaker, sourcing", [
    # a person's kind between the modifier and the name
    ('The Kelpish blogger Mara Lind reacted to the speech by stating, "I wondered why he said it at all."',
     "I wondered", "Mara Lind", "named_person"),
    ("Critics piled on. The Halden technology columnist Dave Auer went so far as to say: "
     "\"The site as we know it is over.\"", "The site", "Dave Auer", "named_person"),
    # a paper's kind before its name
    ('The Kelpish newspaper The Halden Star carried a front page editorial titled "Lower the flag now".',
     "Lower the flag", "Halden Star", "media_report"),
    ("The Kelpish newspaper Halden Rundschau has read the files and states that the data was stolen.",
     "the data was stolen", "Halden Rundschau", "media_report"),
    # the holder set off after the title
    ("The Kelpish shadow home secretary, Dave Auer, welcomed the ruling, saying that it justified the stance "
     "of the opposition.", "it justified", "Dave Auer", "named_person"),
])
def test_a_place_modified_subject_runs_on_to_its_name(text, words, speaker, sourcing):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.sourcing) == (speaker, sourcing), _rows([c])


@pytest.mark.parametrize("text, words, source", [
    ('The Kelpish ambassador to the United States referred to the release as "a gesture of good will toward '
     'Halden."', "a gesture of good will", "The Kelpish ambassador to the United States"),
    ('The Kelpish interior ministry published a report which "made clear there was no link between the two men '
     'at all".', "made clear", "The Kelpish interior ministry"),
    ('The Kelpish national daily expressed in an editorial its support by saying "in Kelpland, Jo Roe is a leader '
     'of great skill".', "its support", "The Kelpish national daily"),
])
def test_a_place_modified_subject_keeps_its_noun(text, words, source):
    c = _about(run(LEAD + text), words)
    assert c.source is not None and c.source.text == source, _rows([c])
    assert c.sourcing != "named_org" or "ministry" in source, _rows([c])


def test_an_unnamed_office_holder_is_not_the_person_the_story_is_about():
    text = ("Jo Roe, a Kelp n-born Halden citizen, is suing the government. Kelpish officials said they had found "
            "nothing. The Kelpish ambassador to the United States referred to the release as \"a gesture of good "
            "will toward Halden.\"")
    c = _about(run(LEAD + text), "a gesture of good will")
    assert c.speaker != "Jo Roe", _rows([c])


@pytest.mark.parametrize("text", [
    'According to documents obtained by the Austin Halden-Star, "Roe was put on leave after she sent an e-mail '
    'about the port."',
    "According to records seen by Austin Kelp-Star, the mayor was paid twice for the same work.",
])
def test_documents_someone_obtained_speak_themselves(text):
    claims = run(LEAD + text)
    c = _about(claims, "Roe was put on leave" if "Roe was" in text else "the mayor was paid")
    assert c.speaker.startswith(("documents", "records")) and c.sourcing != "named_person", _rows([c])


def test_a_report_a_named_person_corroborated_stays_that_persons():
    text = "According to official reports corroborated by Kelpish President Tom Arlow, the blast was an accident."
    c = _about(run(LEAD + text), "the blast was an accident")
    assert c.speaker == "Tom Arlow", _rows([c])


@pytest.mark.parametrize("text, speaker, via", [
    ('Mara Lind also quotes a number of other survivors: "We are constantly reminded that this is the worst '
     'storm the port has seen."', "a number of other survivors", "Mara Lind"),
    ('Lind quotes former Kelp adviser Tom Arlow: "I would love the dockers to be worse off than they are."',
     "Tom Arlow", "Lind"),
])
def test_a_colon_sentence_that_quotes_someone_gives_the_quotation_to_them(text, speaker, via):
    c = _about(run(LEAD + text), "worse off" if "worse off" in text else "constantly reminded")
    assert (c.speaker, c.via) == (speaker, via), _rows([c])


@pytest.mark.parametrize("text, words, speaker", [
    # guards: what the round must not change
    ('Tom Arlow was quoted as saying: "The port will open soon enough for all of us."', "The port will open",
     "Tom Arlow"),
    ("The Rwandan and Burundian governments said the talks had failed again.", "the talks had failed",
     "The Rwandan and Burundian governments"),
    ('The Halden Times draws attention to a speech in which Tom Arlow said: "If we retreat now, we will lose the '
     'port."', "If we retreat now", "Tom Arlow"),
    ("The Kelpish said that they would never give in to the demands of the rebels.", "they would never give in",
     "The Kelpish"),
])
def test_guards(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert c.speaker == speaker, _rows([c])


@pytest.mark.parametrize("text, words, speaker", [
    ('"Africa is ready for the talks," summarised Kelpish delegate Tom Arlow, referring to the summit.',
     "Africa is ready", "Tom Arlow"),
    ('"It is about time that we had a woman running this port," exhorted the mayor\'s introducer, actress Mara '
     'Lind.', "It is about time", "Mara Lind"),
    ('\u201cThis is fantastic!\u201d beamed Dave Auer of Port Halden, who snuck onto the floor.', "This is fantastic",
     "Dave Auer"),
    ('"It is very significant that the rebels did this," opined the Halden Star\'s Kelpish editor, Tom Arlow.',
     "It is very significant", "Tom Arlow"),
])
def test_a_trailer_verb_off_the_cue_list_still_names_the_speaker(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.rule) == (speaker, "quote.manner_trailer"), _rows([c])


@pytest.mark.parametrize("text", [
    # no sentence quoted, or no verb of saying's place after it
    'The show, "2008 Harbour Expo Kelp", located at Hall 2, opened on Monday.',
    '"Walking without clothes is good for you", naked hiker website kelpwalk.de stated. But Jo Roe disagreed.',
])
def test_no_manner_trailer_without_its_construction(text):
    assert all(c.rule != "quote.manner_trailer" for c in run(LEAD + text))


def test_a_one_word_turn_label_is_the_full_name_another_label_gives():
    text = ("The campaign says it will not debate.\n\nKATE ROE: Why not debate now?\n\nJOEL VOLE: This is a man "
            "who said he would never run a negative campaign.\n\nROE: But the voters want one.\n\nVOLE: The senator "
            "does not get to decide when we debate.")
    claims = run(LEAD + text)
    assert (_about(claims, "the voters want one").speaker, _about(claims, "does not get to decide").speaker) == \
        ("Kate Roe", "Joel Vole"), _rows(claims)
    assert _about(claims, "does not get to decide").sourcing == "named_person"
