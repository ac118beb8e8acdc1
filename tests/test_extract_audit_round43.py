"""Round 43 (issue #10 part 3): the classes the twenty-fourth audit (round 40)
left.  A one-word label that names a topic ("Economy: ...", a form's "Name:",
a wiki's "Category:") read as a body; a one-word interview label whose full name
stands only in the headline typed a body; a people's plural ("Kelpis",
"Kelpans") typed a body; headline words taken into a name ("Roe Says He",
"Instantly Has Everyone"); a source read inside a relative clause ("Jo Roe,
whose house is behind the hotel, said"); a subject run on over its verb ("The
family feels"); a linking adverb kept in the source ("Critics, however").
Invented sentences and names only; each text goes the product's path (a
loaded document, its headline the first line), as ``claims extract`` reads it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import about, rows
from tests.extract_helpers import run_as_loaded as run


LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. "


_rows, _about = rows, about  # (tests/extract_helpers.py)


# --- a topic label gives no claim -------------------------------------------------------------

INTERVIEW = ("Kelp News interviews Mara Lind, Green candidate for Port Halden\n\n"
             "Mara Lind is standing for the Greens in Port Halden.\n\n"
             "What are the three main issues in your riding?\n\n")


@pytest.mark.parametrize("para, words", [
    ("Schooling: We must keep every small school in the riding open.", "small school"),
    ("Harbours: Residents are worried about the rising cost of the ferry.", "rising cost of the ferry"),
    ("Name: Ann Vole Age: 27 Job: waitress. She says the pay is too low to live on.", "Ann Vole"),
])
def test_a_topic_label_the_article_writes_nowhere_else_gives_no_claim(para, words):
    claims = run(INTERVIEW + para)
    assert not [c for c in claims if c.rule == "heading.colon" and words in c.content.text], _rows(claims)


def test_a_wiki_category_line_gives_no_claim():
    claims = run(LEAD + "The quay was closed.\n\nCategory:Kelpland Category:Harbours and ports of the north")
    assert not [c for c in claims if c.rule == "heading.colon"], _rows(claims)


def test_a_turn_label_named_again_stays_a_speaker():
    text = ("Kelp News talks to the harbour board\n\nWe spoke to the board's chair, Dave Auer.\n\n"
            "Kelp News: Will the quay reopen?\n\nAuer: We expect the quay to reopen in the spring.\n\n"
            "Kelp News: And the ferry?\n\nAuer: The ferry will run again once the quay is safe.")
    c = _about(run(text), "reopen in the spring")
    assert c.speaker == "Dave Auer", _rows([c])


# --- an interview label's full name from the headline ----------------------------------------

def test_a_one_word_label_is_the_full_name_the_headline_gives():
    text = ("Kelp News interviews Tovan Vole, Harbour Party mayoral candidate\n\n"
            "Kelp News reached out to the candidates by e-mail.\n\n"
            "Why do you want to be mayor?:Vole: Because the harbour has been run badly for years.\n\n"
            "What would you change first?:Vole: The ferry timetable, which nobody can follow.")
    claims = run(text)
    c = _about(claims, "run badly for years")
    assert (c.speaker, c.sourcing) == ("Tovan Vole", "named_person"), _rows(claims)


def test_a_title_before_the_label_in_the_headline_is_no_forename():
    text = ("Kelp News interviews Mayor Vole\n\nKelp News reached out by e-mail.\n\n"
            "Why do you want a second term?:Vole: Because the harbour work is not finished.\n\n"
            "What comes first?:Vole: The ferry timetable, which nobody can follow.")
    c = _about(run(text), "harbour work is not finished")
    assert c.speaker != "Mayor Vole", _rows([c])


# --- a people's plural ------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("A Kelpani soldier was hurt. Kelpanis said that the border post had been shelled twice.",
     "the border post had been shelled", "Kelpanis"),
    ("The Tarvian capital was quiet. In the north, Tarvians said the new tax was unfair.",
     "the new tax was unfair", "Tarvians"),
])
def test_a_peoples_plural_is_collective(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.sourcing) == (speaker, "collective_unnamed"), _rows([c])


def test_a_surname_plural_stays_a_name():
    # "Halvis" is the plural of a surname the article gives a person: no people
    text = "Jo Halvi and her husband run the inn. The Halvi family inn is old. Halvis said that the inn would close."
    c = _about(run(LEAD + text), "the inn would close")
    assert c.sourcing != "collective_unnamed", _rows([c])


# --- headline words are no part of a name ------------------------------------------------------

@pytest.mark.parametrize("headline, body, words, speaker", [
    ("Roe Says He Never Pledged To Raise The Harbour Tax.",
     "Ben Roe said on Monday that he had never backed the tax.", "Never Pledged To Raise", "Ben Roe"),
    ("Ann Lind Just Announced Her Official Endorsement Of A Big Name Candidate.",
     "Former Kelp mayor Ann Lind announced her endorsement on Sunday.", "Official Endorsement", "Ann Lind"),
])
def test_a_headline_verb_or_pronoun_ends_the_name(headline, body, words, speaker):
    c = _about(run(headline + "\n\n" + body), words)
    assert c.speaker == speaker, _rows([c])


def test_a_pronoun_after_a_headline_phrase_is_no_name():
    text = ("Fan Shouts One Word At Rally, Instantly Has Everyone's Attention.\n\n"
            "A fan shouted at the rally on Monday.\n\n"
            "\"It just came out of my mouth,\" she said.")
    c = _about(run(text), "It just came out of my mouth")
    assert "Instantly" not in (c.speaker or ""), _rows([c])


# --- a source inside a relative clause ---------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Dave Auer, who leads the ferry programme at Kelp House in Halden, Kelpland, said that the quay was unsafe.",
     "the quay was unsafe", "Dave Auer"),
    ("Mara Lind, who ordered the survey for US$ 50,000, said that she was pleased with the result.",
     "she was pleased with the result", "Mara Lind"),
])
def test_a_source_inside_a_relative_clause_is_the_name_it_describes(text, words, speaker):
    c = _about(run(LEAD + text), words)
    assert (c.speaker, c.sourcing) == (speaker, "named_person"), _rows([c])


def test_a_cue_inside_the_relative_clause_stays_there():
    text = "Dave Auer, who said that the ferry was late, left the quay at noon."
    claims = run(LEAD + text)
    c = _about(claims, "the ferry was late")
    assert c.speaker == "Dave Auer", _rows(claims)


# --- a subject run on over its verb --------------------------------------------------------------

@pytest.mark.parametrize("text, words, source", [
    ("The family feels frustrated and says that the ruling is unfair.", "the ruling is unfair", "The family"),
    ('The mission advises the harbour board to "close the quay at once and inspect every crane".',
     "close the quay at once", "The mission"),
    ("While the ministry expressed optimism, the HPA contends that progress is slow and blames the unions.",
     "the unions", "the HPA"),
])
def test_a_subject_ends_before_its_present_tense_verb(text, words, source):
    c = _about(run(LEAD + text), words)
    assert c.source is not None and c.source.text == source, _rows([c])


def test_a_plural_noun_before_its_verb_stays():
    c = _about(run(LEAD + "The harbour board figures show that the ferry lost money."), "the ferry lost money")
    assert c.source is not None and c.source.text.endswith("figures"), _rows([c])


# --- a linking adverb ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, source, sourcing", [
    ("Critics, however, said that the bridge would never pay for itself.", "never pay for itself", "Critics",
     "collective_unnamed"),
    ("Harbour officials, meanwhile, said the ferry would run on Sunday.", "the ferry would run", "Harbour officials",
     "unnamed_official"),
])
def test_a_linking_adverb_is_no_part_of_the_source(text, words, source, sourcing):
    c = _about(run(LEAD + text), words)
    assert (c.source.text, c.sourcing) == (source, sourcing), _rows([c])
