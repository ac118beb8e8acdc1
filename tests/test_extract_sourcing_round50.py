"""Round 50: how it was sourced -- "it", "which" and "that" as the source (issue #10 part 3).

An "it" that opens its sentence after a sentence naming one document (and no
body the "it" can stand for) is that document; so is an "it" after the document
that opens its own sentence ("While the report is critical ..., it also says").
A relative "which"/"that" says for the document it follows across a modifier
("a document, now described as incomplete, which says"), and for the noun
phrase that opens a sentence ("The harbour ministry, which said").  A paper
known by one word is an outlet when the article writes it with a paper's kind
("the Kelpman newspaper"), and an outlet's opinion poll is a document, as any
poll is in the sourcing labels.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract import sourcing
from tests.extract_helpers import about, rows, run

LEAD = "Port Halden harbour news\n\nA ferry sank on Monday near Port Halden. "


def _source(text: str, words: str):
    c = about(run(LEAD + text), words)
    return c.speaker, c.sourcing


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("In his speech, Jo Roe cited a 2004 memorandum issued by the harbour board. "
     "It says that ferries must carry two lifeboats.", "two lifeboats", "a 2004 memorandum"),
    ("The mayors at the summit later approved a declaration in which Roe apologized for the delay. "
     "It also mentioned a plan to fight smuggling.", "fight smuggling", "a declaration"),
    ("The news comes after the release of a harbour board report on the sinking. "
     "It said that the crew had ignored two warnings.", "ignored two warnings", "a harbour board report"),
    ("The new law stipulates that every ferry carries a radio. It assumes that crews can use one.",
     "crews can use one", "The new law"),
])
def test_it_opening_a_sentence_is_the_document_the_sentence_before_names(text, words, speaker):
    assert _source(text, words) == (speaker, "document")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("While the report is critical of the mayor, it also says that the harbour is safer than before.",
     "safer than before", "the report"),
    ("Although the report notes that repairs were made, it adds that the dock remains unsafe.",
     "remains unsafe", "the report"),
    ("The Kelpish script indirectly names the port as it calls for a new pier.", "a new pier", "The Kelpish script"),
])
def test_it_after_the_document_that_opens_its_own_sentence(text, words, speaker):
    assert _source(text, words) == (speaker, "document")


def test_a_documentary_that_opens_the_sentence_is_the_press():
    assert _source("The Kelpish documentary showed photos of what it said were damaged hulls.", "damaged hulls") \
        == ("The Kelpish documentary", "media_report")


@pytest.mark.parametrize(("text", "words"), [
    # "In a statement, it said": the body speaks in its statement
    ("The Kelp Ferry Federation also suspended its trips. In a statement it said the dock would be checked daily.",
     "checked daily"),
    # an "it" inside a later clause is no document of the sentence before
    ("Roe said the port kept a private log, and officials watched it. "
     "Copies of the log began circulating after it announced a breach.", "a breach"),
])
def test_it_that_stays_with_the_body_or_is_left_open(text, words):
    speaker, code = _source(text, words)
    assert code != "document", (speaker, code)


def test_the_body_named_before_it_still_speaks():
    assert _source("The board sent Jo Roe a letter on Monday. It said the licence was void.", "licence was void") \
        == ("The board", "named_org")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Police released a document, now described as incomplete, which says the crew was drunk.",
     "crew was drunk", "a document"),
    ("The poll came after the release of the board report on her email practices that suggested they were careless.",
     "were careless", "the board report"),
    ("The Kelp Water minister will release a report in Halden today which suggests that the river is clean.",
     "river is clean", "a report"),
    ("There were no arrests, only this statement, which urges sailors not to share the photos.",
     "not to share the photos", "this statement"),
])
def test_which_or_that_after_a_document_and_its_modifier(text, words, speaker):
    assert _source(text, words) == (speaker, "document")


def test_which_after_a_body_that_opens_the_sentence():
    assert _source("The harbour ministry, which said the ferry was safe, refused to comment.", "ferry was safe") \
        == ("The harbour ministry", "named_org")


def test_which_after_a_paper_that_opens_the_sentence():
    text = "Roe confirmed a story from the Halden Courier; The same newspaper that revealed last week a second case."
    assert _source(text, "a second case") == ("The same newspaper", "media_report")


@pytest.mark.parametrize(("text", "words"), [
    # a verb between: the relative's noun is the analysts, not "The reports ..."
    ("The reports surprised most analysts, who had forecast that the firm would lose money.", "lose money"),
    # a statement its issuer put out still speaks for the issuer
    ("The ministry issued a statement which said the ferry was safe.", "ferry was safe"),
])
def test_relatives_that_keep_their_old_reading(text, words):
    speaker, _code = _source(text, words)
    assert speaker in ("most analysts", "The ministry"), speaker


def test_an_indefinite_person_opening_a_sentence_before_who_is_left_to_the_person_rules():
    claims = run(LEAD + "A woman who has accused the mayor said on Monday that he lied. "
                 "She also described a meeting with the mayor's wife.")
    assert all(c.speaker != "A woman" for c in claims), rows(claims)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The Kelpman newspaper ran the story on Monday. The Kelpman reported that the ferry was overloaded.",
     "was overloaded", "The Kelpman"),
    ("The weekly Kelpman ran the story. Kelpman reported that the ferry was overloaded.", "was overloaded",
     "Kelpman"),
    ("Roe spoke to Kelpman, a Halden weekly, on Monday. Kelpman reported that the ferry was overloaded.",
     "was overloaded", "Kelpman"),
])
def test_a_paper_known_by_one_word(text, words, speaker):
    assert _source(text, words) == (speaker, "media_report")


@pytest.mark.parametrize("text", [
    # the last word of a longer name, and an adjective before a kind, name no paper
    "The Times of Kelpland newspaper ran the story. Kelpland said that the ferry was overloaded.",
    "The firm sells popular Kelpco magazine brands. Kelpco said that the ferry was overloaded.",
])
def test_no_paper_by_one_word(text):
    _speaker, code = _source(text, "was overloaded")
    assert code == "named_org"


@pytest.mark.parametrize(("mention", "code"), [
    ("a Halden Times-KTV News poll", "document"),
    ("A recent KTV survey", "document"),
    ("The Kelp Herald/KTV poll released Monday", "document"),
    ("a KTV exit poll", "document"),
    ("a recent Kelp News survey of voter lists", "media_report"),  # the outlet's own reporting
    ("The Halden Times", "media_report"),
    ("a new poll", "document"),
])
def test_an_outlets_opinion_poll_is_a_document(mention, code):
    assert sourcing.classify(mention, False) == code
