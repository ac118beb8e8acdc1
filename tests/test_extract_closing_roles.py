"""Roles in the appositions wire copy puts after a name, and appositions that are no claim.

Invented sentences. "said Jo Roe, head of the union." ends the sentence with
the role (no closing comma), and "Jo Roe, head of the union, said" opens it
with a lower-case title: both were read as no role at all.
"""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def claims_of(text):
    article = Article(id="t", text=text)
    return [(c.speaker, c.speaker_role, text[c.content.start:c.content.end]) for c in extract_claims(article)]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        ('"The fares are too high," said Piet Drommel, head of the Ferry Users Association.',
         "Piet Drommel", "head of the Ferry Users Association"),
        ("The tax is unfair, said Ana Kelp, a spokeswoman for the haulage union.",
         "Ana Kelp", "a spokeswoman for the haulage union"),
        ('"We will appeal," said Mia Roe, the union\'s chief negotiator.', "Mia Roe", "the union's chief negotiator"),
        ("Officials met on Monday, according to Mia Roe, director of the port authority.",
         "Mia Roe", "director of the port authority"),
        ("Jo Roe, head of the ferry union, said the strike would go on.", "Jo Roe", "head of the ferry union"),
    ],
)
def test_role_read_from_the_apposition(text, speaker, role):
    found = claims_of(text)
    assert found and all(s == speaker and r == role for s, r, _ in found), found


@pytest.mark.parametrize(
    "text, speaker",
    [
        # cut at an abbreviation: no role rather than "a spokesman for Sen"
        ('"It is over," said Jo Roe, a spokesman for Sen. Kim Lee of Kelpland.', "Jo Roe"),
        # the title is another person's
        ('"We will win," said Jo Roe, an aide to President Kim Lee.', "Jo Roe"),
        # nothing after the name
        ('"It is over," said Jo Roe. The minister later left.', "Jo Roe"),
    ],
)
def test_no_role_where_the_apposition_is_not_one(text, speaker):
    found = claims_of(text)
    assert found and found[0][0] == speaker and found[0][1] in (None, "an aide to President Kim Lee"), found
    assert found[0][1] != "a spokesman for Sen"


def test_a_sentence_final_apposition_without_an_inverted_cue_is_no_role():
    # "the founder ... has quit" is a clause of its own, not a role
    found = claims_of("Sam Kelp, the founder of the movement has quit the organisation, aides said.")
    assert found and all(r is None for _, r, _ in found), found


def test_the_source_apposition_after_according_to_is_no_claim():
    found = claims_of("Officials met on Monday, according to Mia Roe, director of the port authority.")
    assert [content for _, _, content in found] == ["Officials met on Monday"]


def test_a_clause_resumed_after_according_to_is_still_a_claim():
    found = claims_of("Other cleavages, according to the poll, include ideology and region.")
    # (one row with its verbless subject: ``grain.join_fragments``)
    assert any(content.endswith("include ideology and region") for _, _, content in found), found


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a time with no comma before the source is no part of it
        ('On Saturday Mikheil Kelpashvili, the president, called for talks. "We want peace," said Kelpashvili.',
         "Mikheil Kelpashvili"),
        ("On Saturday the Kelp Trust said the pier would reopen.", "Kelp Trust"),
        ("In October 2003 officials said the pier would reopen.", "officials"),
        ("Late Monday Jo Roe said the pier would reopen.", "Jo Roe"),
        # a weekday or month that opens a name is kept
        ("The Sunday Herald said the pier would reopen.", "Sunday Herald"),
    ],
)
def test_a_time_before_the_source_is_not_the_speaker(text, speaker):
    found = claims_of(text)
    assert found and all(s == speaker for s, _, _ in found), found
