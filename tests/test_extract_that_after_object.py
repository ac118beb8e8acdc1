""""told parliament that regulated fares would ...": a "that" before an "-ed"
word opens the reported clause when the "-ed" word is an adjective whose noun
has the clause's own verb after it; "told the board that approved the plan"
stays a relative clause.  Invented sentences."""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def contents(text):
    return [c.content.text for c in extract_claims(Article(id="t", text=text))]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Karl Vole told parliament that regulated ferry fares would stay frozen.",
         "regulated ferry fares would stay frozen"),
        ("Karl Vole told parliament on Tuesday that regulated ferry fares would stay frozen until 2027.",
         "regulated ferry fares would stay frozen until 2027"),
        ("Ann Roe said on Monday that armed guards were posted at the gate.",
         "armed guards were posted at the gate"),
    ],
)
def test_an_adjective_in_ed_opens_the_reported_clause(text, content):
    assert contents(text) == [content]


def test_a_relative_clause_on_the_object_is_no_content():
    assert "approved the plan" not in " ".join(contents("Karl Vole told the board that approved the plan about "
                                                         "the costs."))
