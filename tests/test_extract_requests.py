"""A request for information states nothing: "The Tribune asked three firms for
comment" is no claim of the Tribune's, while a demand ("asked Roe for her
resignation") and a directive ("asked residents to stay indoors") stay claims."""

from __future__ import annotations

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def contents(text: str) -> list[str]:
    return [c.content.text for c in extract_claims(Article(id="a", text=text))]


@pytest.mark.parametrize("text", [
    "The Harbour Times asked three ferry firms for comment.",
    "The council asked residents for their views on the new pier.",
    "The union asked the ministry for details about the timetable.",
])
def test_a_request_for_information_is_no_claim(text):
    assert contents(text) == []


@pytest.mark.parametrize("text, content", [
    ("The mayor asked Ivo Brandt for his resignation.", "Ivo Brandt for his resignation"),
    ("The mayor asked residents to stay indoors.", "residents to stay indoors"),
])
def test_demands_and_directives_stay(text, content):
    assert contents(text) == [content]
