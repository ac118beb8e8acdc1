"""Round 51 (issue #10 part 3): who said it, the twenty-seventh audit.  The
constructions the audit's wrong speakers came from, each a general rule: a
relay that closes a quotation ('"...," the Kelp Herald quoted Jo Roe as
saying.'); the one quoted with a description between commas ("quoted Jo Roe,
an economist at Kelpbank, as saying"); names that open on initials ("Finance
minister P. Vell", "J.J. Vell, editor of ..."); a name before a bare office
description after a fronted phrase ("Last week, Jo Roe, editor of the Post, a
weekly, wrote"); a demonstrative "that" as the cue's object ("I would add that
to the list"); a pronoun-led sentence whose only other name is an object
("He handed power to General Jo Moss. ... he said").  Invented sentences and
names only; each text goes the product's path (a loaded document, its
headline the first line), as ``claims extract`` reads it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import about, rows
from tests.extract_helpers import run_as_loaded as run


LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday, said Tom Roe, a harbour councillor.\n\n"


# --- a relay after the quotation: '"...," the Herald quoted Jo Roe as saying.' -------------------

def test_a_relay_trailer_gives_the_quotation_to_the_one_quoted():
    found = run(LEAD + '"The agencies belong to the board. There is no other explanation," the Kelp Herald '
                'quotes harbour leader Sam Brandt as saying.')
    for words in ("belong to the board", "no other explanation"):
        c = about(found, words)
        assert (c.speaker, c.via, c.quote_type) == ("Sam Brandt", "the Kelp Herald", "direct"), rows(found)


def test_a_relay_trailer_with_a_description_and_a_day():
    found = run(LEAD + '"We need these measures now," the Kelp Herald quoted Mara Lind, senior economist at '
                'Kelpbank, as saying Wednesday.')
    c = about(found, "these measures")
    assert (c.speaker, c.sourcing) == ("Mara Lind", "named_person"), rows(found)
    assert not any(x.content.text.strip() == "Wednesday" for x in found), rows(found)


def test_a_described_person_quoted_as_saying_that():
    found = run(LEAD + "The Kelp Herald quoted Mara Lind, a former harbour pilot, as saying that the quay was "
                "unsafe.")
    assert about(found, "the quay was unsafe").speaker == "Mara Lind", rows(found)


def test_a_phrase_quoted_inside_the_sentence_is_not_the_relayed_words():
    found = run(LEAD + 'The cells held men charged with theft or "minor offenses", the Kelp Herald quoted a '
                'police source as saying.')
    assert not any(x.content.text.strip(' "') == "minor offenses" and x.rule == "nested.citing_as_saying"
                   for x in found), rows(found)


def test_a_pronoun_relayed_is_left_to_the_quotation_reading():
    found = run(LEAD + '"The port is closed," Kelp Radio quoted him as saying.')
    assert not any(x.speaker == "him" for x in found), rows(found)


# --- names that open on initials ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Finance minister P. Vell said that he was worried about the rate.", "P. Vell", "Finance minister"),
    ("Kelpland president T.K. Vell threatened legal action in response.", "T.K. Vell", "Kelpland president"),
])
def test_an_office_in_lower_case_before_an_initials_name(sentence, name, role):
    found = run(LEAD + sentence)
    c = found[-1]
    assert (c.speaker, c.speaker_role, c.sourcing) == (name, role, "named_person"), rows(found)


@pytest.mark.parametrize("sentence", [
    'J.J. Vell, editor of The Harbour Post, wrote, "We should think of the war."',
    "A harbour contractor, J.D. Vell, said that the files were destroyed.",
])
def test_an_initials_name_with_a_description_is_a_person(sentence):
    found = run(LEAD + sentence)
    c = found[-1]
    assert c.speaker.endswith("Vell") and c.sourcing == "named_person", rows(found)


def test_initials_of_a_country_stay_no_person():
    found = run(LEAD + "A harbour contractor, N. Korea, said that the files were destroyed.")
    assert found[-1].sourcing != "named_person", rows(found)


# --- a name before a bare office description, after a fronted phrase -----------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ('Just last week, J.J. Vell, editor at large of The Harbour Post, a weekly paper, wrote, "We should '
     'think of the war."', "J.J. Vell", "editor at large of The Harbour Post"),
    ("Among Kelp harbour groups, Jon J. Vell, president of the Harbour Roundtable, an association of 160 "
     "firms, said the port was ready.", "Jon J. Vell", "president of the Harbour Roundtable"),
    ("Jon Vell, president of Kelpunion, the union of the harbour trade, denounced that the firm breaks "
     "the law.", "Jon Vell", "president of Kelpunion"),
])
def test_the_name_before_a_bare_office_speaks(sentence, name, role):
    found = run(LEAD + sentence)
    c = found[-1]
    assert (c.speaker, c.speaker_role, c.sourcing) == (name, role, "named_person"), rows(found)


# --- a demonstrative "that" as the cue's object --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I would have to add that to the list.",
    "He repeated that on Thursday.",
    "I want that to be clear.",
])
def test_that_as_an_object_opens_no_complement(sentence):
    found = run(LEAD + "Jo Moss said the quay was unsafe. " + sentence)
    assert not any(sentence.split(" that ")[1].rstrip(".") == x.content.text.strip(" .") for x in found), \
        rows(found)


@pytest.mark.parametrize("sentence, content", [
    ("Roe said that at least 200 boats sank.", "at least 200 boats sank"),
    ("Roe said that in 2003 prices fell.", "in 2003 prices fell"),
    ("Roe said that to be fair, the port did well.", "to be fair, the port did well"),
])
def test_a_that_clause_opening_on_a_phrase_stays_a_claim(sentence, content):
    found = run(LEAD + sentence)
    assert about(found, content).speaker == "Tom Roe", rows(found)


# --- a pronoun's chain past an object after a preposition ----------------------------------------

def test_an_object_after_a_preposition_does_not_take_the_pronoun():
    found = run("Kelpland harbour news\n\nPort chief Sam Brandt gave up his post in a ceremony yesterday. "
                "He handed power over to General Jo Moss at the headquarters of the port.\n\n"
                "In his final address as chief of the port, he said that the port was his life.")
    assert about(found, "the port was his life").speaker == "Sam Brandt", rows(found)


def test_a_subject_named_after_the_pronoun_still_breaks_the_chain():
    found = run("Kelpland harbour news\n\nPort chief Sam Brandt gave up his post in a ceremony yesterday. "
                "He met the press, and General Jo Moss took the chair.\n\n"
                "In his first address as chief of the port, he said that the port was his life.")
    assert about(found, "the port was his life").speaker == "Jo Moss", rows(found)
