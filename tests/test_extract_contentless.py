"""A claim whose whole content is a pronoun, a relative, a connective or
markup is no claim: what was said stands elsewhere.  Invented sentences."""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def contents(text):
    return [c.content.text for c in extract_claims(Article(id="t", text=text))]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority itself confirms this.",
        "Mayor Ann Roe, who has been criticised for the delays, opened the bridge on Monday.",
    ],
)
def test_a_pronoun_alone_is_no_content(text):
    assert not [c for c in contents(text) if c.strip(" .").lower() in ("this", "who")]


def test_a_connective_left_of_a_parenthetical_cue_is_no_claim():
    found = contents("Instead, she insisted, the smaller ferry lines would be hit hardest.")
    assert found == ["the smaller ferry lines would be hit hardest"]
