"""A person named right after an organisation, in one run of capitalised words
("editor at Harbour Analytics Group David Fenwick said"), is that person with
the words before as the role; the organisation never becomes the speaker."""

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def _speakers(text):
    article = Article(id="name-after-org", text=text, headline=None, outlet="Test Gazette", url=None,
                      published="2024-03-05")
    return [(c.speaker, c.speaker_role, c.sourcing) for c in extract_claims(article)]


def test_the_person_after_the_organisation_speaks():
    got = _speakers("Senior editor at Harbour Analytics Group David Fenwick said the fleet was too old.")
    assert len(got) == 1
    speaker, role, sourcing = got[0]
    assert speaker == "David Fenwick" and sourcing == "named_person"
    assert role and "Harbour Analytics Group" in role


def test_a_country_before_the_name_is_not_the_speaker():
    got = _speakers("President and CEO of Northwind Canada Jay Harlow said sales would recover.")
    assert [(s, so) for s, _, so in got] == [("Jay Harlow", "named_person")]


def test_words_after_an_organisation_that_are_no_forename_stay_with_it():
    # "Merrill Lynch" opens with no known forename: no person is made of it
    got = _speakers("Analysts at Bank of America Merrill Lynch said the rate would hold.")
    assert got and all(s != "Merrill Lynch" for s, _, _ in got)
