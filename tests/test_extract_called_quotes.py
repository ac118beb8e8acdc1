"""Words in quotation marks after "<someone> called" are the caller's, even
when no other claim holds them: "a decision parents called "a slap in the
face"" is a partial quotation of the parents.  A thing called something (a
story's title, "being labelled") quotes no one."""

from __future__ import annotations

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def claims_of(text: str):
    return extract_claims(Article(id="a", text=text))


def test_a_decision_parents_called_is_the_parents_words():
    text = 'The board closed the pool in May, a decision parents called "a slap in the face" on Monday.'
    [claim] = [c for c in claims_of(text) if c.content.text == "a slap in the face"]
    assert (claim.speaker, claim.quote_type, claim.rule) == ("parents", "partial", "quote.called")
    assert claim.cue.text == "called"


def test_a_plan_a_named_person_dubbed():
    text = 'Residents rejected the plan that Ivo Brandt has dubbed "the harbour of the future" at the meeting.'
    found = [c for c in claims_of(text) if c.content.text == "the harbour of the future"]
    assert [c.speaker for c in found] == ["Ivo Brandt"]


def test_a_thing_called_something_quotes_no_one():
    text = 'The station ran the risk of being labeled "the mayor\'s own mouthpiece" by its rivals.'
    assert not [c for c in claims_of(text) if c.rule in ("quote.called", "embedded.called")]
