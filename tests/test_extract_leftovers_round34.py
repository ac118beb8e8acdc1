"""Round 34 (issue #10 part 3): leftovers of the earlier speaker audits.

"Mr. Roe" stayed "Mr. Roe" when only the headline, a line outside the
story's paragraphs, gave "Jo Roe"; "Miss Roe" was read as a person named
"Miss Roe", not the honorific of "Ann Roe"; "The government of President Jo
Roe said" was credited to the president, a title hiding the noun that heads
the name; and an adjunct after an inverted cue ('"...," said via telephone
from Kelpton', "said just after midnight on Kelp TV") was read as the source.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article, Span
from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\n"


def _with_headline(headline: str, body: str):
    """An article whose headline is a line outside the story's paragraphs (as
    a JSON-lines record with a title gives it)."""
    text = headline + "\n\n" + body
    start = len(headline) + 2
    paras, k = [], start
    for part in body.split("\n\n"):
        paras.append(Span(k, k + len(part), part))
        k += len(part) + 2
    return extract_claims(Article(id="t", text=text, paragraphs=paras, headline=headline,
                                  published="2024-03-06"))


def test_an_honorific_joins_the_full_name_only_the_headline_gives():
    claims = _with_headline(
        "Jonas Wendle visits the Kelpland harbour",
        'Mr. Wendle said the ferry would stop running.\n\n"We will build a new pier," Mr. Wendle added.')
    assert {c.speaker for c in claims if c.source and "Wendle" in c.source.text} == {"Jonas Wendle"}


def test_an_honorific_is_not_joined_to_a_headline_name_of_another_surname():
    claims = _with_headline("Jonas Wendle visits the Kelpland harbour",
                            "Mr. Farrow said the ferry would stop running.")
    assert [c.speaker for c in claims if c.source and "Farrow" in c.source.text] == ["Mr. Farrow"]


def test_miss_is_an_honorific_before_a_surname():
    one(LEAD + "Anneke Dorval, the harbour master, opened the pier. Miss Dorval said the ferry would stop running.",
        "the ferry would stop running", speaker="Anneke Dorval")


@pytest.mark.parametrize(("sentence", "source"), [
    ("The government of interim President Tor Amsel said that the ferry would stop running.",
     "The government of interim President Tor Amsel"),
    ("The office of Kelpish President Ann Faust said that the ferry would stop running.",
     "The office of Kelpish President Ann Faust"),
    ("Colleagues of Ms Amsel said that the ferry would stop running.", "Colleagues of Ms Amsel"),
    ("The administration of prime minister Tor Amsel said that the ferry would stop running.",
     "The administration of prime minister Tor Amsel"),
])
def test_a_noun_of_a_titled_name_heads_it(sentence, source):
    # the government, the office, the colleagues speak: not the person the title names
    one(LEAD + sentence, "the ferry would stop running", source=source, speaker=source)


@pytest.mark.parametrize("sentence", [
    "The commander of the Kelp Army Gen. Tor Amsel said that the ferry would stop running.",
    "Interim President Tor Amsel said that the ferry would stop running.",
    "The chief of surgery Dr. Tor Amsel said that the ferry would stop running.",
])
def test_a_title_in_apposition_still_names_the_speaker(sentence):
    # "of the <body>" or "of <noun>" then a title: the title and name are the commander's, the chief's apposition
    one(LEAD + sentence, "the ferry would stop running", speaker="Tor Amsel")


@pytest.mark.parametrize("sentence", [
    "The ferry will stop running, said via telephone from Kelpton.",
    "The ferry will stop running, said just after midnight on Kelp TV.",
    "The new pier, announced last May, will open soon.",
])
def test_an_adjunct_after_an_inverted_cue_is_no_source(sentence):
    sources = [c.source.text for c in run(LEAD + sentence) if c.source is not None]
    assert not any(s.split()[0] in ("via", "just", "last") for s in sources), sources


def test_the_speaker_before_the_cue_keeps_a_quotation_before_an_adjunct():
    one(LEAD + '"The ferry will stop running," Ann Faust, the harbour chief, said just after midnight on Kelp TV.',
        "The ferry will stop running", speaker="Ann Faust", rule="direct.trailer")


def test_the_title_of_a_named_person_is_not_looked_up_for_another():
    # "president" is Amsel's: the government speaks, not some other person described near a presidency
    claims = run(LEAD + "Ivo Dal, the previous presidential nominee, spoke on Monday. When the government of "
                 "President Tor Amsel called snap elections for October, Dal rallied the party.")
    called = [c for c in claims if c.source is not None and c.source.text.startswith("the government of")]
    assert called and all(c.speaker == "the government of President Tor Amsel" for c in called), \
        [(c.source.text, c.speaker) for c in called]


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("Kelpish human rights group Kelp Watch said the ferry would stop running.", "Kelp Watch",
     "Kelpish human rights group"),
    ("Accounting firm Kelpco Partners said the ferry would stop running.", "Kelpco Partners",
     "Accounting firm"),
    ("The Kelpish news agency Kelpress reported that the ferry would stop running.", "Kelpress",
     "The Kelpish news agency"),
])
def test_a_bodys_kind_is_its_role_and_the_name_speaks(sentence, speaker, role):
    one(LEAD + sentence, "the ferry would stop running", speaker=speaker, speaker_role=role)


def test_a_kind_alone_stays_the_speaker():
    one(LEAD + "The group said the ferry would stop running.", "the ferry would stop running",
        speaker="The group", speaker_role=None)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"The ferry will stop running," said Per Aasvik, the harbour master.', "Per Aasvik"),
    ('"The ferry will stop running," said Will Tarrant, the harbour master.', "Will Tarrant"),
])
def test_a_grammar_word_after_an_inverted_said_is_a_forename(sentence, speaker):
    one(LEAD + sentence, "The ferry will stop running", speaker=speaker, speaker_role="the harbour master")
