"""An agentless passive cue whose subject is its patient reports nothing
(issue #10): "was admitted to hospital", "were denied access".  Charges,
hearsay, questions put and names given in the passive stay claims."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run


@pytest.mark.parametrize("text", [
    "The mayor of Brooksville has been admitted to a hospital in Tulsa for tests.",
    "Police were called to several shops in Varno to keep order.",
    "Some topics are mentioned more often by callers than other topics.",
    "The farmers of Oskel were denied access for a week.",
    "The draft budget will be proposed next week in the assembly.",
    "The second copy of the ledger was found on a bench in Kanata.",
    "The young senator was written off as a fringe candidate.",
])
def test_agentless_passive_is_no_claim(text):
    assert [c.content.text for c in run(text)] == []


def test_hedged_passive_keeps():
    one("The smuggler is reported to have killed two guards.", "to have killed two guards",
        sourcing="unattributed_hedged")
    one("Eight hikers were reported missing near the pass.", "missing near the pass")


def test_expletive_it_keeps():
    one("It is also claimed the mayor is serious about the race.", "the mayor is serious about the race")


def test_question_put_and_name_given_keep():
    one("The editor was asked if she thought the levy was fair.", "if she thought the levy was fair")
    one("Mr Tavin has been called a quiet reformer in praise and in scorn.",
        "a quiet reformer in praise and in scorn")


def test_progressive_is_no_passive():
    one("The farmers' union is calling for a new levy on imports.", "a new levy on imports")


def test_agentless_passive_leaves_the_next_quote_to_its_speaker():
    one('When the decision was announced to appoint Tam Oro in July, Jo Roe, chairman of the board, said of him: '
        '"His long experience will serve the firm well in the years ahead."',
        "His long experience will serve the firm well in the years ahead", speaker="Jo Roe")


def test_agentless_passive_takes_no_prepositional_object():
    assert [c.content.text for c in run("A border was finally agreed on paper after the visit.")] == []


def test_agentless_hearsay_is_hedged():
    one("It is also claimed the mayor is serious about the race.", "the mayor is serious about the race",
        sourcing="unattributed_hedged")
    one("The smuggler is also claimed to have sold the land.", "to have sold the land",
        sourcing="unattributed_hedged")


def test_revealed_fact_stays_the_authors():
    one("It was revealed the mayor had sold the land.", "the mayor had sold the land", sourcing="author")


def test_coordinated_hearsay_is_hedged():
    one("The blast happened on the edge of Varno and is reported to have killed two guards.",
        "to have killed two guards", sourcing="unattributed_hedged")
    one("It is feared the strike could continue into May.", "the strike could continue into May",
        sourcing="unattributed_hedged")
