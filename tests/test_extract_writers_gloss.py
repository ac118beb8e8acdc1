"""The writer's summing-up after a trailer is no part of what the source said.

Invented sentences. "..., two officials said on Monday, a move likely to anger
truckers" was a second claim of the officials, "a move likely to anger
truckers": a reporter's characterisation credited to the source.
"""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def contents(text):
    article = Article(id="t", text=text)
    return [(c.speaker, text[c.content.start:c.content.end]) for c in extract_claims(article)]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Kelpland will raise its fuel tax by 8 percent next year, two officials said on Monday, a move likely to "
         "anger truckers.", "Kelpland will raise its fuel tax by 8 percent next year"),
        ("The bridge will close in May, officials said, a decision that angered drivers.",
         "The bridge will close in May"),
        ("The port will be sold, the ministry said, the latest sign that the government needs cash.",
         "The port will be sold"),
    ],
)
def test_a_summing_up_apposition_is_not_the_source_s(text, kept):
    found = contents(text)
    assert [content for _, content in found] == [kept], found


@pytest.mark.parametrize(
    "text, second",
    [
        # the clause resumes after the trailer: still the source's
        ("The plan, advisers say, will fail within a year.", "will fail within a year"),
        # inside a quotation the speaker's own words go on
        ('"The war has been a mistake, I say, a grotesque mistake," Jo Roe said.', None),
    ],
)
def test_what_resumes_after_the_trailer_is_kept(text, second):
    found = contents(text)
    if second is not None:
        # (the verbless subject joins the clause: ``grain.join_fragments``)
        assert any(content.endswith(second) for _, content in found), found
    else:
        assert any("a grotesque mistake" in content for _, content in found), found
