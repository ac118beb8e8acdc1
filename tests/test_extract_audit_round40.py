"""Round 40 of the hand audit (issue #10 part 3, seeds 211 and 223).  A subject
that opens on "The" and a capitalised modifier ("The Kelpish envoy", "The Kelpish
blogger Mara Lind", "The Kelpish newspaper The Halden Star") cut after the modifier
and typed a body; documents someone only obtained or saw given to that someone;
a colon sentence that quotes someone ("Roe also quotes several other passengers:")
given to the one quoting; a quoted sentence whose trailer verb is off the cue list
('"...," railed Jo Roe') left to the author; a one-word transcript label ("ROE:")
typed a body though another label gives the full name.  Invented sentences and
names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import about, rows, run

LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. "


_rows, _about = rows, about  # (tests/extract_helpers.py)


@pytest.mark.parametrize("text, words, speaker, sourcing", [
    # a person's kind between the modifier and the name
    ('The Kelpish blogger Mara Lind answered the speech by writing, "Nobody on the quay believes a word of it."',
     "Nobody on the quay", "Mara Lind", "named_person"),
    ("Reviews were harsh. The Halden sports columnist Dave Auer went as far as to say: \"The club as we knew it "
     "has gone.\"", "The club as we knew it", "Dave Auer", "named_person"),
    # a paper's kind before its name
    ('The Kelpish newspaper The Halden Star ran a leader headed "Close the old bridge at once".',
     "Close the old bridge", "Halden Star", "media_report"),
    ("The Kelpish newspaper Halden Post has seen the ledgers and says that the money was moved twice.",
     "the money was moved twice", "Halden Post", "media_report"),
    # the holder set off after the title
    ("The Kelpish shadow transport minister, Dave Auer, praised the vote, saying that it proved the bridge plan "
     "was wrong.", "it proved the bridge plan", "Dave Auer", "named_person"),
])
def test_a_place_modified_subject_runs_on_to_its_name(text, words, speaker, sourcing):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.sourcing) == (speaker, sourcing), _rows([c])


@pytest.mark.parametrize("text, words, source", [
    ('The Kelpish envoy to the United Nations likened the release to "a gift of peace to the people of '
     'Halden."', "a gift of peace", "The Kelpish envoy to the United Nations"),
    ('The Kelpish transport ministry issued a paper which "showed that the bridge had never been safe for '
     'lorries".', "showed that the bridge", "The Kelpish transport ministry"),
])
def test_a_place_modified_subject_keeps_its_noun(text, words, source):
    c = _about(run(LEAD + text), words)
    assert c.source is not None and c.source.text == source, _rows([c])


def test_an_unnamed_office_holder_is_not_the_person_the_story_is_about():
    text = ("Jo Roe, a Halden-born sailor, is suing the port. Kelpish officials said they had found nothing wrong. "
            "The Kelpish envoy to the United Nations likened the release to \"a gift of peace to the people of "
            "Halden.\"")
    c = _about(run(LEAD + text), "a gift of peace")
    assert c.speaker != "Jo Roe", _rows([c])


@pytest.mark.parametrize("text, words", [
    ('According to documents obtained by the Austin Harbour Gazette, "the pilot had been warned twice about the '
     'tides."', "the pilot had been warned"),
    ("According to records seen by Austin Kelp-Star, the mayor was paid twice for the same work.",
     "the mayor was paid"),
])
def test_documents_someone_obtained_speak_themselves(text, words):
    c = _about(run(LEAD + text), words)
    assert c.speaker.startswith(("documents", "records")) and c.sourcing != "named_person", _rows([c])


def test_a_report_a_named_person_backs_stays_that_persons():
    text = "According to official figures corroborated by Kelpish President Tom Arlow, the harbour lost money."
    c = _about(run(LEAD + text), "the harbour lost money")
    assert c.speaker == "Tom Arlow", _rows([c])


@pytest.mark.parametrize("text, words, speaker, via", [
    ('Mara Lind also quotes several other passengers: "Every winter we are told this storm was the worst the port '
     'has known."', "Every winter", "several other passengers", "Mara Lind"),
    ('Lind quotes former Kelp adviser Tom Arlow: "The dockers should be paid less than they are paid now."',
     "The dockers should be paid", "Tom Arlow", "Lind"),
])
def test_a_colon_sentence_that_quotes_someone_gives_the_quotation_to_them(text, words, speaker, via):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.via) == (speaker, via), _rows([c])


@pytest.mark.parametrize("text, words, speaker", [
    # guards: what the round must not change
    ('Tom Arlow was quoted as saying: "The port will open soon enough for all of us."', "The port will open",
     "Tom Arlow"),
    ("The Kelpish and Haldish governments said the talks had failed again.", "the talks had failed",
     "The Kelpish and Haldish governments"),
    ('The Clarion draws notice to a speech in which Tom Arlow said: "If we sell the port now, we will never get it '
     'back."', "If we sell the port now", "Tom Arlow"),
    ("The Kelpish said that they would never give in to the demands of the rebels.", "they would never give in",
     "The Kelpish"),
    ("The Kelpish national daily backed the mayor in an editorial, saying that the port had never had a better "
     "steward.", "the port had never had", "The Kelpish national daily"),
])
def test_guards(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert c.speaker == speaker, _rows([c])


@pytest.mark.parametrize("text, words, speaker", [
    ('"The harbour is ready for the talks," enthused Kelpish delegate Tom Arlow, referring to the summit.',
     "The harbour is ready", "Tom Arlow"),
    ('"It is time the harbour had a new board," urged the mayor\'s host, actress Mara Lind.',
     "It is time the harbour", "Mara Lind"),
    ('\u201cWhat a day for the port!\u201d beamed Dave Auer of Port Halden, who had climbed onto a chair.',
     "What a day for the port", "Dave Auer"),
    ('"It is very significant that the rebels did this," opined the Halden Star\'s Kelpish editor, Tom Arlow.',
     "It is very significant", "Tom Arlow"),
])
def test_a_trailer_verb_off_the_cue_list_still_names_the_speaker(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.rule) == (speaker, "quote.manner_trailer"), _rows([c])


@pytest.mark.parametrize("text", [
    # no sentence quoted, or no verb of saying's place after it
    'The fair, "Kelp Boat Show 2009", located at the north quay, opened on Monday.',
    '"Sailing without a motor is good for you", bearded sailors\' website kelpsail.de stated. But Jo Roe disagreed.',
])
def test_no_manner_trailer_without_its_construction(text):
    assert all(c.rule != "quote.manner_trailer" for c in run(LEAD + text))


def test_a_one_word_turn_label_is_the_full_name_another_label_gives():
    text = ("The port board will not meet the union.\n\nKATE ROE: Why not meet them this week?\n\nJOEL VOLE: The "
            "union has broken every promise it made to the board.\n\nROE: But the dockers want a meeting.\n\nVOLE: "
            "The union does not get to set the calendar of the board.")
    claims = run(LEAD + text)
    assert (_about(claims, "the dockers want a meeting").speaker, _about(claims, "does not get to set").speaker) == \
        ("Kate Roe", "Joel Vole"), _rows(claims)
    assert _about(claims, "does not get to set").sourcing == "named_person"
