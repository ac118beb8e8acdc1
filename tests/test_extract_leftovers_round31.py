"""Round 31 (issue #10 part 3): leftovers of the earlier speaker audits.

A relative clause's object was taken for the speaker ("One official who
relayed the exchange said" gave "the exchange"); a middle initial written
without its full stop cut a name to its forename ("Tobias K Arnwell" gave
"Tobias"); a document with a description after its comma ("The report,
issued June 30") or a date after its participle ("released July 21") was
typed a named body; a name written right after the noun of a body's kind
("Environmental group Blue Shore") was registered as a person.  Invented
sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\n"


@pytest.mark.parametrize(("sentence", "source", "sourcing"), [
    ("One harbour official who relayed the exchange said the ferry would stop running.",
     "One harbour official who relayed the exchange", "unnamed_official"),
    ("The lawyer who filed the challenge on behalf of the crew has stated that the ferry would stop running.",
     "The lawyer who filed the challenge on behalf of the crew", "anonymous_generic"),
    ("A fisherman who lost a son said the ferry would stop running.", "A fisherman who lost a son",
     "anonymous_generic"),
])
def test_a_relative_clauses_object_is_not_the_speaker(sentence, source, sourcing):
    # the whole noun phrase speaks, its head the noun before "who"
    one(LEAD + sentence, "the ferry would stop running", source=source, speaker=source, sourcing=sourcing)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Bo Tarrant, who won the election said the ferry would stop running.", "Bo Tarrant"),
    # a name inside the clause is not who spoke
    ("The chief of surgery Dr. Ann Blanch, who treated Tarrant said the ferry would stop running.", "Ann Blanch"),
    ("The lawyer who filed the challenge on behalf of Ann Faust has stated that the ferry would stop running.",
     "The lawyer who filed the challenge on behalf of Ann Faust"),
    ("Executives who have worked with Tor Amsel said the ferry would stop running.",
     "Executives who have worked with Tor Amsel"),
])
def test_the_person_before_who_speaks(sentence, speaker):
    one(LEAD + sentence, "the ferry would stop running", speaker=speaker)


def test_a_clause_that_names_its_own_subject_keeps_the_name():
    # "who identified himself as ...": the name after "as" is the caller's own
    one(LEAD + "Another caller, who identified himself as harbour master Tor Amsel told the radio that the "
               "ferry would stop running.", "the ferry would stop running", speaker="Tor Amsel")


def test_a_passive_relative_clause_gives_a_noun_no_subject():
    # "charges" is a noun ending the clause, not a cue whose subject "who" follows
    claims = run(LEAD + "His colleague in the union, Rep. Bo Tarrant, who is still detained for rebellion "
                        "charges, saw in the Vell report a move to make it appear so.")
    assert not [c for c in claims if c.cue and c.cue.text == "charges"]


def test_a_quotations_speaker_is_not_the_clauses_object():
    c = one(LEAD + "A student who joined the protest outside the ministry said \"We want the ferry back.\"",
            "We want the ferry back")
    assert c.speaker.startswith("A student"), c.speaker


def test_an_initial_without_its_full_stop_stays_in_the_name():
    text = LEAD + "President Tobias K Arnwell said the ferry would stop running. He added that it was safe."
    one(text, "the ferry would stop running", speaker="Tobias K Arnwell")
    one(text, "it was safe", speaker="Tobias K Arnwell")


def test_a_lone_capital_a_is_no_initial():
    # "A" and "I" are words more often than initials: "Class A Drugs" is not read so
    claims = run(LEAD + "Mara Ostrand said the ferry would stop running.")
    assert [c.speaker for c in claims] == ["Mara Ostrand"]


@pytest.mark.parametrize("sentence", [
    "The Kelpland Harbour Board released a study on Monday. The report, issued June 30, said the ferry would "
    "stop running.",
    "the ferry would stop running, according to a Kelpish report released July 21.",
    "The Kelpish survey, released at the harbour forum, said the ferry would stop running.",
])
def test_a_document_described_after_it_is_a_document(sentence):
    one(LEAD + sentence, "the ferry would stop running", sourcing="document")


@pytest.mark.parametrize(("sentence", "sourcing"), [
    ("Environmental group Blue Shore said the ferry would stop running.", "named_org"),
    ("Electronics retailer Kelp Buy said the ferry would stop running.", "named_org"),
    # a person may be called by a publisher's or a broadcaster's noun
    ("Publisher Tor Amsel said the ferry would stop running.", "named_person"),
])
def test_a_name_after_a_bodys_kind_is_a_body(sentence, sourcing):
    one(LEAD + sentence, "the ferry would stop running", sourcing=sourcing)


@pytest.mark.parametrize(("text", "speaker"), [
    # a family name written first
    ("The foreign minister, Lu Zhaoxan, met the envoy on Monday. Mr. Lu said the talks had gone well.",
     "Lu Zhaoxan"),
    # the first of two surnames
    ("The bank's president, Marta Ostra Vell, spoke on Monday. Ms. Ostra said the talks had gone well.",
     "Marta Ostra Vell"),
    # a forename after an honorific is no one's when the person's surname is written alone
    ("Jordan Vole met the envoy. Vole said the talks were long. Mr. Jordan said the talks had gone well.",
     "Mr. Jordan"),
])
def test_an_honorific_and_a_family_name_written_first(text, speaker):
    one(LEAD + text, "the talks had gone well", speaker=speaker)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ('Fishermen in Kelp Bay woke on Monday to a campaign poster on the quay. It reads: "Vote for the ferry."',
     "Vote for the ferry", "a campaign poster"),
    # put out by someone no "it" can be: the poster
    ('Ivo Marsh unveiled a campaign poster in West Kelp that will be printed on postcards.\n\nIt reads: "Vote for '
     'the ferry."', "Vote for the ferry", "a campaign poster"),
    ('Protesters waved their banners. Ann Vole lifted a sign of her own. "I am still here," it read.',
     "I am still here", "a sign"),
])
def test_it_reads_is_the_text_named_before(text, content, speaker):
    one(LEAD + text, content, speaker=speaker, sourcing="document")


def test_a_statement_it_reads_is_its_issuers():
    one(LEAD + 'Kelpish President Ivo Marsh issued a statement. "The Kelpish nation welcomes real change," it read.',
        "The Kelpish nation welcomes real change", speaker="Ivo Marsh")


def test_it_said_is_still_the_body():
    one(LEAD + 'The Kelp Harbour Board met on Monday. "We will keep the ferry," it said.',
        "We will keep the ferry", speaker="Kelp Harbour Board", sourcing="named_org")
