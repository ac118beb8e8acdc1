"""Round 45 (issue #10 part 3): who said it, the twenty-fifth audit.  The
constructions the audit's wrong speakers came from, each a general rule: an
indefinite description ("a judge", "a firm executive") given to a person the
story introduces later with a description of their own; a passive "is quoted
as saying" trailer after a quotation closed UK-style; an office's run of
capitals ending on "Member" or "Superintendent" ("Green Member of Parliament
Jo Roe") and a headline's rank ("Top Roe Aide ...") read as a person; a
profile card's quotation ("Name: Jo Roe Age: 27 ... "...""); a newsletter's
excerpt under a quoted headline and its byline; a paper's "Star" read as a
title whose holder was looked for.  Invented sentences and names only; each
text goes the product's path (a loaded document, its headline the first line),
as ``claims extract`` reads it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import about, rows
from tests.extract_helpers import run_as_loaded as run


LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. "


# --- an indefinite description is no later person who has a description of their own ---------

@pytest.mark.parametrize("later", [
    '"The ruling is a narrow one," said Theo Brandt, a law professor at Halden University.',
    'Union spokesman Theo Brandt said the ruling was "a narrow one."',
    'The defence minister, Theo Brandt, said the ruling was "a narrow one."',
])
def test_a_description_is_not_a_later_speaker_described_otherwise(later):
    text = (LEAD + "The union asked the court to stop the sale of the quay.\n\n"
            "A district judge agreed with the union. The appeal court overruled the decision.\n\n" + later)
    c = about(run(text), "the union")
    assert c.speaker != "Theo Brandt", rows(run(text))


def test_a_description_in_the_lead_is_the_person_named_next():
    text = ("Harbour campaign most costly yet\n\n"
            "A senior Kelpland advertising executive says the harbour board's campaign is the most costly "
            "in the city's history. Mara Lind from Lind and Partners says the board spent $26 million on "
            "television spots.")
    assert about(run(text), "most costly").speaker == "Mara Lind"


def test_a_description_past_the_lead_is_not_the_next_person_quoted():
    text = (LEAD + "The harbour board met in the afternoon.\n\n"
            "The video, shot by a worker on the floor, spread fast.\n\n"
            "''This is strictly a business decision,'' a Kelpco executive tells the workers.\n\n"
            "Three days later, Jo Roe seized on the video at a rally.\n\n"
            '"We will keep these jobs," Roe said.')
    c = about(run(text), "strictly a business decision")
    assert c.speaker != "Jo Roe", rows(run(text))


def test_a_later_speaker_whose_own_description_has_the_same_head_stays():
    text = (LEAD + '"There were no lawyers at the hearing," said a Halden attorney. "It was a sham."\n\n'
            '"The men are not criminals," said Theo Brandt, an attorney for two of the men.')
    assert about(run(text), "no lawyers").speaker == "Theo Brandt"


# --- "is quoted as saying" after a quotation closed UK-style ------------------------------------

def test_a_passive_quoted_trailer_after_a_comma_outside_the_marks():
    text = LEAD + '"Nobody is above the harbour rules", port spokesman Jo Roe is quoted by the Halden Star as saying.'
    c = about(run(text), "above the harbour rules")
    assert (c.speaker, c.rule, c.via) == ("Jo Roe", "passive.quoted_as_saying", "the Halden Star"), rows(run(text))


def test_the_passive_trailer_takes_no_adjunct_as_its_content():
    text = LEAD + '"The board must act", the council chairman Jo Roe was quoted as saying on Saturday.'
    claims = run(text)
    assert not [c for c in claims if c.content.text.strip() == "on Saturday"], rows(claims)
    assert about(claims, "board must act").speaker == "Jo Roe"


# --- an office's run of capitals, a headline's rank ----------------------------------------------

@pytest.mark.parametrize("source, name", [
    ("Labour Member of Parliament Jo Roe", "Jo Roe"),
    ("Member of Parliament Ann Vole", "Ann Vole"),
    ("Senior Superintendent of Police Theo Brandt", "Theo Brandt"),
])
def test_an_office_ending_on_member_or_superintendent_is_no_name(source, name):
    text = LEAD + source + ' commented: "We want to send a message. The cuts must stop."'
    c = about(run(text), "send a message")
    assert c.speaker == name, rows(run(text))


def test_a_headline_rank_opens_no_name():
    text = ("Top Roe adviser sent 'secret' messages to her private account.\n\n"
            "In two other instances, Roe had asked Veld to send sensitive information.")
    c = about(run(text), "Veld to send")
    assert c.speaker is not None and not c.speaker.startswith("Top"), rows(run(text))


# --- a profile card --------------------------------------------------------------------------

def test_a_profile_card_quotation_is_the_card_person_s():
    text = ("Faces of the harbour strike\n\nThe workers told us why they walked out.\n\n"
            "Name: Mara Lind Age: 31City: Port HaldenJob: CookWhy she is striking: \u201cI work two jobs and "
            "still cannot pay the rent. We need a fair wage for everyone in the kitchen.\u201d")
    claims = run(text)
    for words in ("two jobs", "fair wage"):
        c = about(claims, words)
        assert (c.speaker, c.sourcing) == ("Mara Lind", "named_person"), rows(claims)


def test_a_card_field_label_is_no_speaker():
    text = ("Faces of the harbour strike\n\nThe workers told us why they walked out.\n\n"
            "Name: Mara Lind Age: 31 Job: cook\n\nName: Theo Brandt Age: 45 Job: porter")
    assert not [c for c in run(text) if c.speaker == "Name"], rows(run(text))


# --- a newsletter's excerpt under a quoted headline and its byline --------------------------

@pytest.mark.parametrize("byline, writer", [
    ("by Times' Jo Roe", "Jo Roe"),
    ("by the Halden Star's Mara Lind", "Mara Lind"),
])
def test_an_excerpt_after_a_headline_and_byline_is_the_writer_s(byline, writer):
    text = ("Halden culture digest\n\nHere is the week's news.\n\n"
            'HARBOUR BEAT\u2014"Old mill to close in May," ' + byline + ': "The old mill, a busy venue for '
            'forty years, will close in May. Its owners blame the new tolls."')
    claims = run(text)
    assert about(claims, "will close in May").speaker == writer, rows(claims)


def test_a_quoted_headline_without_a_writer_credits_no_one():
    text = ("Halden culture digest\n\nHere is the week's news.\n\n"
            'HARBOUR BEAT\u2014"Old mill to close in May," by order of the board: "The old mill, a busy venue '
            'for forty years, will close in May. Its owners blame the new tolls."')
    claims = run(text)
    assert about(claims, "will close in May").speaker is None, rows(claims)


# --- a paper's "Star" ------------------------------------------------------------------------

def test_a_paper_named_star_is_no_title_holder():
    text = ("Puppy scam spreads\n\nA scam has been circling for months. Just yesterday the Halden Star "
            "reported about a woman who was scammed by a man, Ivo Veld, claiming to be a missionary.\n\n"
            'In his emails Veld wrote: "I am a man of God. I love this puppy."')
    claims = run(text)
    assert about(claims, "a woman who was scammed").speaker == "the Halden Star", rows(claims)
    assert about(claims, "man of God").speaker_role != "the Halden Star", rows(claims)


def test_a_lower_case_star_is_still_a_title():
    text = LEAD + "The reality star Mara Lind said the show was over."
    assert about(run(text), "show was over").speaker == "Mara Lind"
