"""An organisation's name is never typed as a person, and a group's examples
are not its speaker.

Invented sentences.  "Brightwater International said" was sourced
``named_person`` because two capitalised words looked like a forename and a
surname; "Charities, such as Bright Paws Rescue, said" made the example the
speaker, with "such as Bright Paws Rescue" as its role."""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.extract import extract_claims
from datasette_claims.extract.speakers import clean_role, has_org_word
from datasette_claims.models import Document


def _only(text: str):
    claims = extract_claims(article_from_document(Document(text=text, path="x.txt")))
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0]


@pytest.mark.parametrize("name", ["Brightwater International", "Kelpworks Corporation",
                                  "Harbour Police", "Dunmore Technology"])
def test_an_organisation_name_is_sourced_as_an_organisation(name):
    c = _only(f"{name} said the harbour levy would rise next spring.")
    assert c.speaker == name
    assert c.sourcing != "named_person"


@pytest.mark.parametrize("name", ["Mr Hill", "Senator North", "Corin Washington", "Ms London"])
def test_a_person_whose_surname_is_a_place_stays_a_person(name):
    c = _only(f"{name} said the harbour levy would rise next spring.")
    assert c.speaker == name
    assert c.sourcing == "named_person"


def test_the_rule_reads_words_not_letters():
    assert has_org_word("Brightwater International")
    assert has_org_word("North Korea")
    assert not has_org_word("Corin Washington")
    assert not has_org_word("Dr Street")
    assert not has_org_word("Internationalist Jones")


@pytest.mark.parametrize("text, speaker", [
    ("Charities, such as Bright Paws Rescue, said that they had lost much of their money.", "Charities"),
    ("Small businesses, including Kelpworks Ltd, said that they could not pay the new levy.",
     "Small businesses"),
    ("Several unions, among them the Harbour Workers Union, said the strike would go ahead.",
     "Several unions"),
])
def test_examples_of_a_group_are_not_its_speaker_or_role(text, speaker):
    c = _only(text)
    assert c.speaker == speaker
    assert c.speaker_role is None
    assert c.sourcing != "named_person"


def test_a_role_that_mentions_examples_is_kept_whole():
    c = _only("Jane Roe, a lawyer for charities such as Bright Paws, said the fund was empty.")
    assert c.speaker == "Jane Roe"
    assert c.speaker_role == "a lawyer for charities such as Bright Paws"


@pytest.mark.parametrize("text, role", [
    ("Harbour officials, however, said that the move would save money.", None),
    ("The board's chair, in her letter to members, points to the rising costs of the port.", None),
    ("The reply was delivered by Harbour Commissioner Jane Roe. \"We cannot wait,\" she said.",
     "Harbour Commissioner"),
    ("The reply was delivered by Secretary of State Jane Roe. \"We cannot wait,\" she said.",
     "Secretary of State"),
    ("Senator Al Poe, in a letter to Port Commissioner Jane Roe, said the port was failing.", "Senator"),
    ("The mayor, speaking through a spokesman, said the port was failing.", None),
])
def test_an_adjunct_of_the_sentence_is_not_a_role(text, role):
    """"however", "in her letter to members", "delivered by" open no role; a
    title in them is kept only when it is the speaker's own."""
    c = _only(text)
    assert c.speaker_role == role


@pytest.mark.parametrize("appos", ["the [...]", "52", "the \u2026"])
def test_an_elided_role_or_an_age_is_no_role(appos):
    c = _only(f"Jane Roe, {appos}, said the port was failing.")
    assert c.speaker == "Jane Roe"
    assert c.speaker_role is None


@pytest.mark.parametrize("text", [
    "Lest you think my parents were idle, I should say that my father studied law at sixteen.",
    "We said last week that the harbour levy was a mistake.",
])
def test_an_unquoted_first_person_is_the_writer(text):
    """"I should say that ..." outside any quotation is the writer's own
    framing: sourced ``author`` with no speaker, not an organisation "I"."""
    c = _only(text)
    assert c.sourcing == "author"
    assert c.speaker is None


@pytest.mark.parametrize("text, speaker, sourcing", [
    ("All the economists we interviewed said the levy was too high.",
     "All the economists we interviewed", "collective_unnamed"),
    ("The farmers he met said the levy was too high.", "The farmers he met", "collective_unnamed"),
    ("The officials they contacted said the levy was too high.", "The officials they contacted",
     "unnamed_official"),
])
def test_a_group_with_a_clause_without_who_is_the_speaker(text, speaker, sourcing):
    """"the economists we interviewed said": the group spoke, not "interviewed"."""
    c = _only(text)
    assert (c.speaker, c.sourcing) == (speaker, sourcing)


def test_a_title_case_headline_is_not_a_person():
    """A run such as "Roe As The New Face" holds capitalised function words
    that no person's name holds: it is not collected as a person."""
    text = ("Harbour Board Hails Roe As The New Face\n\n"
            "Kelp farmers met on Monday. Roe As The New Face said the levy would rise.")
    claims = extract_claims(article_from_document(Document(text=text, path="x.txt")))
    assert claims and all(c.sourcing != "named_person" for c in claims)


@pytest.mark.parametrize("text, role", [
    ("The Minister of the Interior Jane Roe said the talks had failed.", "Minister of the Interior"),
    ("President of Kelpland Jane Roe said the talks had failed.", "President of Kelpland"),
    ("United States Secretary of Homeland Security Jane Roe said the talks had failed.",
     "United States Secretary of Homeland Security"),
    ("Globe and Mail columnist Jane Roe said the talks had failed.", "Globe and Mail columnist"),
    ("In a statement Kelpish President Jane Roe said the talks had failed.", "Kelpish President"),
    ("In January President Jane Roe said the talks had failed.", "President"),
])
def test_a_title_before_a_name_is_read_whole(text, role):
    """The office's place is no part of the name ("Interior Jane Roe"), and the
    title starts where it starts: not cut after three words, not run back over a
    date or the words of the sentence before it."""
    c = _only(text)
    assert (c.speaker, c.speaker_role) == ("Jane Roe", role)


def test_a_title_inside_another_role_is_not_held():
    """"the chief of staff to the Prime Minister" does not hold the title "Prime
    Minister": a later "The Prime Minister said" is not the chief of staff's."""
    text = ("Jo Roe, the chief of staff to the Prime Minister, spoke on Monday. "
            "The Prime Minister said the levy would rise.")
    c = _only(text)
    assert c.speaker != "Jo Roe"


@pytest.mark.parametrize("text, speaker", [
    ("Jo Roe, the Kelpish Prime Minister, spoke on Monday. The Kelpish Prime Minister said the levy would rise.",
     "Jo Roe"),
    ("Jo Roe, the Kelpish Prime Minister, spoke on Monday. Kelpish Prime Minister said the levy would rise.",
     "Jo Roe"),
])
def test_an_office_is_not_a_person_named_after_it(text, speaker):
    """"Kelpish Prime Minister" is an office: its holder, named before, spoke."""
    c = _only(text)
    assert (c.speaker, c.sourcing) == (speaker, "named_person")


def test_an_unresolved_office_is_one_person():
    c = _only("Defence Secretary said the troops would stay.")
    assert c.sourcing == "named_person"


@pytest.mark.parametrize("text, speaker, role", [
    ("On Sunday, harbour spokeswoman Jo Roe, said the levy would rise.", "Jo Roe", "harbour spokeswoman"),
    ("On Wednesday, Kelpworks Limited, reported that sales had fallen.", "Kelpworks Limited", None),
    ("Late Tuesday, the Kelp Growers Union, said the strike would go ahead.", "Kelp Growers Union", None),
])
def test_a_time_before_the_source_is_not_the_speaker(text, speaker, role):
    """"On Sunday, X, said": the time opens the sentence; X spoke."""
    c = _only(text)
    assert (c.speaker, c.speaker_role) == (speaker, role)


@pytest.mark.parametrize("name", ["The Kelpton Court of Harbour Appeals",
                                  "The International Committee of the Harbour Guard",
                                  "The Centre for Coastal Studies", "The Institute of Kelp Sciences"])
def test_an_organisation_named_with_of_is_not_cut_into_a_person(name):
    # the words after "of" / "for" were kept as a forename and a surname ("Harbour Guard")
    c = _only(f"{name} said the harbour levy would rise next spring.")
    assert c.speaker == name.removeprefix("The ")  # (a body's name is given without its article)
    assert c.sourcing == "named_org"


def test_a_person_after_an_office_of_a_place_is_kept():
    c = _only("The Secretary of State for Harbours Helen Vale said the harbour levy would rise.")
    assert c.speaker == "Helen Vale"
    assert c.sourcing == "named_person"


def test_a_role_is_read_in_the_paragraph_of_the_name_not_in_the_headline():
    text = ("Kelp tax rises in the State of the Harbour address\n\n"
            "President Jane Roe has said the kelp tax will rise. She said it would pay for the quay.")
    claims = extract_claims(article_from_document(Document(text=text, path="x.txt")))
    assert claims and all(c.speaker == "Jane Roe" and c.speaker_role == "President" for c in claims)


@pytest.mark.parametrize("role, kept", [("the President of [\u2026]", "the President"),
                                        ("the harbour master of [...]", "the harbour master"),
                                        ("the [\u2026]", None)])
def test_an_elided_end_of_a_role_is_dropped(role, kept):
    assert clean_role(role, "Jane Roe") == kept


@pytest.mark.parametrize("text, speaker, role", [
    ("The pressure group Kelp Watch said the levy was unfair.", "Kelp Watch", "pressure group"),
    ("The newspaper Harbour Times said the mayor had resigned.", "Harbour Times", "newspaper"),
    ("kelp harbour infobox The aid group Kelp Watch said the levy was unfair.", "Kelp Watch", "aid group"),
])
def test_an_organisation_described_before_its_name_is_named(text, speaker, role):
    c = _only(text)
    assert (c.speaker, c.speaker_role) == (speaker, role)


@pytest.mark.parametrize("text, speaker", [
    ("Save The Kelp said the levy was unfair.", "Save The Kelp"),
    ("A senior Kelpish MP said the levy was unfair.", "A senior Kelpish MP"),
])
def test_a_name_or_an_adjective_is_not_cut_as_a_description(text, speaker):
    assert _only(text).speaker == speaker


@pytest.mark.parametrize("text, speaker, sourcing", [
    ("The Kelp Watch said the levy was unfair.", "Kelp Watch", "named_org"),
    ("The Right Honourable Helen Vale said the levy was unfair.", "Helen Vale", "named_person"),
    ("The Kelpish Minister for the Harbours Helen Vale said the levy was unfair.", "Helen Vale", "named_person"),
])
def test_a_run_of_capitals_after_the_is_no_person_unless_a_forename_opens_a_name(text, speaker, sourcing):
    c = _only(text)
    assert (c.speaker, c.sourcing) == (speaker, sourcing)


@pytest.mark.parametrize("text, speaker", [
    ("The Kelp Growers Union said the strike would go ahead.", "Kelp Growers Union"),
    ("Kelp Growers Union said the strike would go ahead.", "Kelp Growers Union"),
    ("The Kelpton Herald reported that the strike would go ahead.", "Kelpton Herald"),
    ("The Kremlin said the strike would go ahead.", "The Kremlin"),
    ("The growers' union said the strike would go ahead.", "The growers' union"),
])
def test_a_body_is_one_speaker_with_or_without_its_article(text, speaker):
    # "the International Red Cross" and "International Red Cross" were two speakers of the demo
    assert _only(text).speaker == speaker


@pytest.mark.parametrize("text, speaker, sourcing", [
    ("A statement issued by the Kelpish Ministry of Harbours said that two piers had closed.",
     "Kelpish Ministry of Harbours", "named_org"),
    ("A statement from the Kelp Growers Union said the strike would go ahead.", "Kelp Growers Union", "named_org"),
    ("According to a press release from the Harbour Board, the pier will close.", "Harbour Board", "named_org"),
    ("A statement from Jo Kelp said she would resign.", "Jo Kelp", "named_person"),
])
def test_the_body_that_issued_a_statement_is_its_source(text, speaker, sourcing):
    # ("A statement issued by the Ministry" was the speaker, typed now a document, now an organisation)
    c = _only(text)
    assert (c.speaker, c.sourcing) == (speaker, sourcing)


@pytest.mark.parametrize("place", ["New Kelpton", "San Kelpo", "Port Kelpa"])
def test_a_place_that_looks_like_a_name_is_no_person(place):
    assert _only(f"{place} said the harbour levy would rise next spring.").sourcing == "named_org"


def test_a_body_named_again_is_read_from_its_own_line():
    # the run of capitals went back over a lost full stop and a line break: "Kelpland\n\nKelpland The ..."
    c = _only("Kelpland\n\nKelpland The International Harbour Fund (IHF) met on Monday. "
              "The fund said the loan would be paid in May.")
    assert c.speaker == "International Harbour Fund"
