"""Round 49 (issue #10 part 3): who said it, the twenty-sixth audit.  The
constructions behind the audit's wrong speakers and non-claims, each a general
rule: an indefinite pronoun or an amount as the whole object ("said little so
far", "demanded more") reports nothing; a sentence-opening setting ("In a letter
written to the board, Jo Roe said ...", "In his statement announcing the move,
...") is no subject, and one without its comma is cut off the subject ("In a
statement Kelpco said"); a name before an article's description left without
its comma ("Jo Roe a senior economist at ...") is the head, no modifier; a
body's description with the body's name in apposition speaks by the name; a
headline's "Compares" ends a name; an "according to" source with no comma after
it ends where its clause opens ("According to the Clarion the board has ...");
a trailer's apposition of a body and an office with no article ("Jo Roe, KTU
general secretary, said") is the speaker's role; "neither X nor Y have
commented on" reports nothing.  Invented sentences and names only; each text
goes the product's path (a loaded document, its headline the first line), as
``claims extract`` reads it."""

from __future__ import annotations

import pytest

from datasette_claims import loader
from datasette_claims.articles import article_from_document
from datasette_claims.models import Document
from tests.extract_helpers import about, rows
from tests.extract_helpers import run_as_loaded as run


LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. "


# --- an amount of talk is no claim -------------------------------------------------------------

@pytest.mark.parametrize("sentence, word", [
    ("The harbour board has said little so far.", "little"),
    ("The dockers argued for much less.", "much less"),
    ("The dockers have demanded more, but they named no sum.", "more"),
    ("Mara Lind promised a new quay but said little about how.", "little about"),
    ("Both rivals agree on something.", "something"),
    ("When the fees come up, she doesn't say anything.", "anything"),
])
def test_an_amount_of_talk_is_no_claim(sentence, word):
    found = run(LEAD + sentence)
    assert not [c for c in found if c.content.text.strip(" .").startswith(word)], rows(found)


def test_a_clause_after_the_cue_is_still_a_claim():
    found = run(LEAD + "Ana Reyes said something was wrong with the quay.")
    assert about(found, "something was wrong").speaker == "Ana Reyes"


# --- a sentence-opening setting is no subject --------------------------------------------------

def test_a_letter_written_before_the_speaker_is_no_source():
    found = run(LEAD + 'In a letter written to the board on Friday, Jo Roe said that the quay is '
                '"closed to ships", adding that "no fee will be paid."')
    assert about(found, "closed to ships").speaker == "Jo Roe", rows(found)
    assert about(found, "no fee will be paid").speaker == "Jo Roe", rows(found)
    assert not [c for c in found if c.speaker and c.speaker.startswith("In a")], rows(found)


def test_a_statement_announcing_a_move_is_no_source():
    found = run(LEAD + "In his statement announcing the tariff, Ben Vole, the harbour master, conceded "
                "that the fees will go up.")
    assert about(found, "fees will go up").speaker == "Ben Vole", rows(found)
    assert not [c for c in found if c.speaker and c.speaker.startswith("In his")], rows(found)


@pytest.mark.parametrize("sentence", [
    "In her statement criticising the closure, Mara Lind defended her record.",
    "With her board hit by criticism and denying claims of waste, 40 members voted for others.",
    "In one reported case, the wardens forced a trader to leave.",
])
def test_a_setting_alone_speaks_for_nobody(sentence):
    found = run(LEAD + sentence)
    assert not [c for c in found if c.speaker and c.speaker.split()[0] in ("In", "With")], rows(found)


def test_a_setting_without_its_comma_is_cut_off_the_subject():
    found = run(LEAD + 'In a statement Kelpco said that it was "let down" by the decision.')
    assert about(found, "let down").speaker == "Kelpco", rows(found)


def test_a_place_setting_with_capitals_is_left_alone():
    # ("In the Kelp Parliament Greens said ...": the capitals may be the subject; no cut is guessed)
    found = run(LEAD + "Following the vote the harbour board said that the quay would reopen.")
    assert about(found, "quay would reopen").speaker


# --- a name before an article's description is the head ----------------------------------------

@pytest.mark.parametrize("sentence, content, speaker", [
    ('Theo Brandt a senior economist at the Bank of Kelpland said the harbour would "shrink further."',
     "shrink further", "Theo Brandt"),
    ("Mara Lind the president of the dock union said that the strike would go on.", "strike would go on",
     "Mara Lind"),
    ('Omar Roe a spokesman for the Harbour Ministry said: "We will act."', "We will act", "Omar Roe"),
])
def test_a_name_before_a_description_without_its_comma(sentence, content, speaker):
    found = run(LEAD + sentence)
    c = about(found, content)
    assert c.speaker == speaker and c.sourcing == "named_person", rows(found)


def test_a_name_as_a_modifier_is_still_no_speaker():
    found = run(LEAD + "Jo Roe won the seat in May. The Roe campaign said the count was fair.")
    assert about(found, "count was fair").speaker != "Jo Roe", rows(found)


# --- a body's description with its name in apposition ------------------------------------------

@pytest.mark.parametrize("sentence, content, name", [
    ("Dock workers' group, The Coalition for Harbour Workers (CHW) says the crews are owed two months' pay.",
     "owed two months", "Coalition for Harbour Workers"),
    ("A real estate trade group, the National Association of Kelp Realtors, said that prices fell.",
     "prices fell", "National Association of Kelp Realtors"),
    ("Another automaker, Vorla Motors (VM), said that its sales fell.", "sales fell", "Vorla Motors"),
    ("The strongly nationalist party, the Kelpish People's Party, said that the aid should stop.",
     "aid should stop", "Kelpish People's Party"),
])
def test_a_body_named_in_apposition_speaks_by_its_name(sentence, content, name):
    found = run(LEAD + sentence)
    c = about(found, content)
    assert c.speaker == name and c.sourcing == "named_org", rows(found)


def test_a_spokesman_for_a_named_body_stays_the_spokesman():
    found = run(LEAD + "A spokesman for the opposition, the Kelp Party, said that it would vote no.")
    assert about(found, "vote no").speaker != "Kelp Party", rows(found)


# --- a headline's "Compares" ends a name -------------------------------------------------------

def test_a_headline_verb_in_es_ends_the_name():
    # (a JSON Lines record as ``claims extract`` reads it: the text as given, a report)
    text = ("Chuck Roe Compares Kelpman\u2019s Plan To A Storm Over The Harbour.\n\n"
            "Kelpman drew criticism last week by saying that the judge hearing the harbour lawsuits "
            "can\u2019t be fair in Kelpman\u2019s case. Besides that, Kelpman said Sunday that "
            "other judges might be biased against him too.")
    found, failures = loader.claims_and_failures(
        article_from_document(Document(text=text, path="t.jsonl:1", id="t", clean=True, kind="report")))
    assert not failures
    assert not [c for c in found if c.speaker and "Compares" in c.speaker], rows(found)
    assert about(found, "biased against him").speaker == "Kelpman", rows(found)


# --- an "according to" source with no comma after it --------------------------------------------

@pytest.mark.parametrize("sentence, content, speaker", [
    ("The levy was welcomed by growers, but according to Kelp Radio it has pushed up the price of bread.",
     "it has pushed up the price", "Kelp Radio"),
    ("According to the fishermen the only boat left in the bay was a rowing boat.",
     "the only boat left", "the fishermen"),
    ("According to local radio reports there were at least two arrests.", "there were at least two arrests",
     "local radio reports"),
    ("According to a report released by the harbour board on Monday the quay will close.", "the quay will close",
     "a report released by the harbour board on Monday"),
])
def test_an_according_to_source_ends_where_its_clause_opens(sentence, content, speaker):
    found = run(LEAD + sentence)
    c = about(found, content)
    assert c.speaker == speaker and c.rule == "according_to.lead", rows(found)
    assert c.content.text.startswith(content), rows(found)


@pytest.mark.parametrize("sentence", [
    "According to early results of the exit poll conducted by Vorla Research for the Kelp Press, Roe leads.",
    "According to Ann Vole, the harbour master, the quay is shut.",
])
def test_an_according_to_source_with_its_comma_is_unchanged(sentence):
    found = run(LEAD + sentence)
    c = [c for c in found if c.rule == "according_to.lead"][0]
    assert "," not in c.source.text and c.content.text.split()[0] in ("Roe", "the"), rows(found)


# --- a body and its office as a trailer's apposition -------------------------------------------

@pytest.mark.parametrize("trailer, speaker", [
    ("Ben Vole, KTU general secretary, said.", "Ben Vole"),
    ("Ann Roe, Kelp House minority leader, said.", "Ann Roe"),
])
def test_a_body_and_office_apposition_without_an_article(trailer, speaker):
    found = run(LEAD + 'The wage rose on Monday.\n\n"The rise will see more cash for a million workers," ' + trailer)
    assert about(found, "more cash").speaker == speaker, rows(found)


def test_neither_nor_commented_is_no_claim():
    found = run(LEAD + "Neither the mayor nor Ann Vole, Kelp Port spokeswoman, have commented on the closure.")
    assert not [c for c in found if c.content.text.startswith("the closure")], rows(found)
