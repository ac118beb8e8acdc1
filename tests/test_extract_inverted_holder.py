"""'"...," said the company's chief executive, Jo Roe.': after an inverted cue,
an office followed by a name is the holder speaking, with the office as role
(the speaker was the office, unresolved).  A name followed by its role, and a
role followed by a description, are as before."""

from __future__ import annotations

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def who(text: str) -> list[tuple]:
    return [(c.speaker, c.speaker_role, c.sourcing) for c in extract_claims(Article(id="a", text=text))]


@pytest.mark.parametrize("text, role", [
    ('"Sales will recover by spring," said the company\'s chief executive, Jo Roe.', "the company's chief executive"),
    ('"Sales will recover by spring," said the chief executive, Jo Roe, in a statement.', "the chief executive"),
    ("Sales will recover by spring, said the chief executive, Jo Roe.", "the chief executive"),
    ('"She has a clean record," said Veld\'s lawyer, Jo Roe.', "Veld's lawyer"),
    ('"Sales will recover," said the chief economist at Kelp Bank in Dover, Jo Roe.',
     "the chief economist at Kelp Bank in Dover"),
    ('"Sales will recover," said Chair of the Harbour Board, Jo Roe.', "Chair of the Harbour Board"),
])
def test_office_then_name_is_the_holder(text, role):
    assert who(text) == [("Jo Roe", role, "named_person")]


def test_name_then_role_unchanged():
    assert who('"We won," said Jo Roe, the coach.') == [("Jo Roe", "the coach", "named_person")]


def test_role_then_description_names_no_one_new():
    assert [w[0] for w in who('"We won," said the coach, a former player.')] == ["the coach"]


def test_a_name_and_its_role_before_a_verb_is_a_subject_not_a_statement():
    found = who("Ivo Brandt, the mayor of Kelp, claimed victory in the harbour vote on Sunday.")
    assert not [w for w in found if w[0] and "Sunday" in w[0]]
