"""Round 47: subjects that lose their noun, and what "it" stands for (issue #10 part 3).

A sentence's subject written as "the <kind of body or outlet> <Name>" ("The
magazine Kelp Weekly", "the rights group Kelp Watch") is the whole phrase, not
"The", so a later "it" finds the body.  A lower-case "-s" word after a name is
the name's verb when an object opens right after it ("The Halden Courier
uncovers what it calls ..."), not a plural noun of the subject.  With the
subject read right, an infinitive is not given to it across a clause with a
subject of its own ("a call in which Veld tried to endorse") or after an empty
"it" ("makes it illegal to reveal").  An unnamed source is typed by its head
before a comma-less "who" clause ("a harbour worker who ...", "officials who
spoke with the Halden Times"), and "He added" goes on with the anonymous
speaker quoted just before.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract import sourcing
from datasette_claims.extract.sources import kind_then_name_subject, verb_before_object
from tests.extract_helpers import about, rows, run

LEAD = "Port Halden harbour news\n\nThe ferry sank on Monday near Port Halden. "


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The magazine Kelp Weekly was cautious.", "The magazine Kelp Weekly"),
    ("the rights group Kelp Watch said so.", "the rights group Kelp Watch"),
    ("The state-run newspaper Halden Daily said so.", "The state-run newspaper Halden Daily"),
    ("The group Friends of the Harbour said so.", "The group Friends of the Harbour"),
    ("The advocacy group Sailors for Safer Seas said so.", "The advocacy group Sailors for Safer Seas"),
    ("The charity Sea Aid, which runs the boats, said so.", "The charity Sea Aid"),
])
def test_a_kind_then_its_name_is_one_subject(sentence, subject):
    span = kind_then_name_subject(sentence, 0, len(sentence))
    assert span is not None and sentence[span[0]:span[1]] == subject


@pytest.mark.parametrize("sentence", [
    "The party leader Jo Roe said so.",         # a title before a person, not a body's kind
    "The ministry said Kelp would pay.",        # a verb between the article and the name
    "The council Monday said so.",              # a weekday, no name
    "The White House said so.",                 # the name itself
])
def test_other_subjects_are_not_a_kind_then_name(sentence):
    assert kind_then_name_subject(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(("text", "word", "verb"), [
    ("The Halden Courier uncovers what it calls", "uncovers", True),
    ("Kelpco expects the plant to close", "expects", True),
    ("The Kelp workers say it", "workers", False),       # no object after it
    ("After this the harbour closed", "this", False),    # a function word
    ("The Kelp press said", "press", False),             # "-ss"
])
def test_an_s_word_before_an_object_is_a_verb(text, word, verb):
    end = text.index(word) + len(word)
    assert verb_before_object(text, word, end, len(text)) is verb


def test_it_after_a_kind_and_name_is_the_outlet():
    claims = run(LEAD + "The magazine Kelp Weekly was very cautious when it reported that the ferry was old.")
    c = about(claims, "the ferry was old")
    assert (c.speaker, c.sourcing) == ("Kelp Weekly", "media_report"), rows(claims)


def test_it_after_a_name_and_its_verb_is_the_body():
    claims = run(LEAD + "The Halden Courier uncovers what it calls a scandal at the ferry company.")
    c = about(claims, "a scandal")
    assert c.speaker == "Halden Courier", rows(claims)


def test_a_body_by_its_kind_and_name_speaks_for_a_later_they():
    claims = run(LEAD + "The non-governmental organization Harbour Rights Watch said in a report that ferry "
                 "owners ignored the rules. Worse, they \"are breaking the most basic rule of the sea\", "
                 "the report said.")
    c = about(claims, "ferry owners ignored")
    assert c.speaker == "Harbour Rights Watch" and c.sourcing == "named_org", rows(claims)


@pytest.mark.parametrize(("sentence", "content"), [
    ("The Kelp Secrets Act makes it illegal to reveal the names of harbour pilots.", "the names of harbour pilots"),
    ("Mara Lind traces the row to a call in which Ivo Veld tried to persuade Jo Roe to endorse his campaign.",
     "his campaign"),
])
def test_an_infinitive_is_not_the_subjects_across_an_empty_it_or_a_clause(sentence, content):
    claims = run(LEAD + sentence)
    assert not [c for c in claims if c.content.text.startswith(content)], rows(claims)


@pytest.mark.parametrize(("mention", "code"), [
    ("a harbour worker who gave his name only as Ivo", "anonymous_generic"),
    ("Current and former officials who spoke with the Halden Times", "unnamed_official"),
    ("A freelance cameraman who works for the Halden Times", "anonymous_generic"),
    ("two other women who have accused the captain", "collective_unnamed"),
    ("Some Kelpish lawmakers who had voted for the ferry law", "collective_unnamed"),
])
def test_an_unnamed_source_is_typed_by_the_head_before_who(mention, code):
    assert sourcing.classify(mention, False) == code


def test_a_text_that_names_who_gave_it_keeps_its_clause():
    # "that" may open a clause naming who gave the text: only a "who" is cut, so the outlet still counts
    assert sourcing.classify("counts that harbour officials provided to The Associated Press", False) \
        == "media_report"


def test_he_added_goes_on_with_the_anonymous_speaker():
    claims = run(LEAD + "Inspector Jo Roe said the harbour was closed.\n\n"
                 "Speaking to a radio station, a dock worker who lives near the quay said that he "
                 "heard a loud bang. He added: \"I ran to the quay but the ferry was already under water.\"")
    c = about(claims, "I ran to the quay")
    assert c.speaker == "a dock worker who lives near the quay", rows(claims)
    assert c.sourcing == "anonymous_generic", rows(claims)
