"""A definite office held by one person ("the treasurer", "the chair") stands
for the person the article names in it, as "the mayor" does; relations ("her
lawyer", "the hotel's owner") are left alone, since they name someone other
than the possessor."""

from __future__ import annotations

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def speakers(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.sourcing) for c in extract_claims(Article(id="a", text=text))]


def test_the_treasurer_is_the_treasurer_named_before():
    text = ('The town treasurer, Ivo Brandt, presented the budget on Monday. '
            '"We will not raise the rates this year," the treasurer said.')
    assert speakers(text) == [("Ivo Brandt", "named_person")]


def test_the_chair_is_the_chair_named_before():
    text = "Marta Kell was elected chair of the harbour board in May. The chair said the ferry fares would not rise."
    assert speakers(text) == [("Marta Kell", "named_person")]


def test_her_lawyer_is_not_her():
    text = ("Ana Veld was charged with fraud on Friday. "
            "Her lawyer said the charges would be dropped before the trial.")
    assert ("Ana Veld", "named_person") not in speakers(text)


def test_an_office_is_not_the_person_the_claim_is_about():
    text = ("Ivo Brandt claimed victory in the harbour vote on Sunday. "
            "The Kelpish prime minister said Brandt should hand the ballots to the court.")
    found = [c for c in extract_claims(Article(id="a", text=text)) if "ballots" in c.content.text]
    assert [c.speaker for c in found] == ["The Kelpish prime minister"]


def test_a_name_as_a_modifier_does_not_block_the_antecedent():
    text = ("Ivo Brandt won the harbour vote on Sunday. The new mayor then said that a Brandt council "
            "would reopen the ferry before the summer.")
    found = [c for c in extract_claims(Article(id="a", text=text)) if "ferry" in c.content.text]
    assert [c.speaker for c in found] == ["Ivo Brandt"]
