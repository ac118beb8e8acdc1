"""Every row a statement: a verbless piece of a multi-row utterance joins the
neighbouring row of its utterance (``grain.join_fragments``), or is dropped
when it is a page's label glued before the first sentence.

All sentences are invented.
"""

from __future__ import annotations

from extract_helpers import run
from datasette_claims.extract.grain import is_fragment


def _contents(text):
    return [c.content.text for c in run(text)]


def _one_utterance(claims):
    assert len({c.utterance_id for c in claims}) == 1


def test_the_subject_of_an_evaluative_passive_joins_its_complement():
    text = "Tomas Reyl is accused of hiding the harbour funds."
    claims = run(text)
    assert [c.content.text for c in claims] == ["Tomas Reyl is accused of hiding the harbour funds"]
    assert claims[0].rule == "passive.criticized"
    assert claims[0].id.endswith(f":{claims[0].content.start}-{claims[0].content.end}")


def test_the_subject_of_a_criticism_faced_joins_its_complement():
    assert _contents("The Vellmark council has faced criticism for closing the library.") == [
        "The Vellmark council has faced criticism for closing the library"]


def test_a_parenthetical_cue_keeps_its_opener_in_the_statement():
    claims = run("In a merger, Ada Quill said, the Orvo brand would survive.")
    assert [c.content.text for c in claims] == ["In a merger, Ada Quill said, the Orvo brand would survive"]
    assert claims[0].speaker == "Ada Quill"


def test_an_according_to_aside_keeps_the_subject_in_the_statement():
    assert _contents("The purpose of the levy, according to the finance office, is to repair the "
                     "old bridges over the river Tull before the winter.") == [
        "The purpose of the levy, according to the finance office, is to repair the "
        "old bridges over the river Tull before the winter"]


def test_a_verbless_sentence_of_a_quotation_stays_with_the_one_before():
    text = ('"We stayed up all night at the station. Just a bunch of volunteers. '
            'The trains came back at dawn," said Ola Brenn.')
    claims = run(text)
    assert [c.content.text for c in claims] == [
        "We stayed up all night at the station. Just a bunch of volunteers.",
        "The trains came back at dawn"]
    _one_utterance(claims)


def test_a_label_glued_before_the_first_sentence_is_no_row():
    text = "Harbours Norvia According to official figures, the port of Tull handled more ships in March."
    assert _contents(text) == ["the port of Tull handled more ships in March"]


def test_a_fragment_never_joins_across_a_sentence_end():
    text = '"The bullying," said Ada Quill. "The greed of the rich is what we see every day."'
    assert _contents(text) == ["The bullying", "The greed of the rich is what we see every day."]
    text = 'Mayor Ode continued describing the bill. "The plan addresses the root cause. It will pass."'
    assert "the bill" in _contents(text)


def test_a_row_that_would_be_mostly_attribution_is_not_joined():
    text = "Tull, as one of the governor's longest-serving climate advisers pointed out, has no storms."
    assert _contents(text) == ["Tull", "has no storms"]


def test_what_counts_as_a_fragment():
    for piece in ("He", "of receiving allocations", "And yet", "In a merger", "Just a bunch of clans."):
        assert is_fragment(piece), piece
    for piece in ("I owe everything to you", "Prices rose", "It was a strong blow.", "I'm overwhelmed",
                  "The council approved the harbour budget"):
        assert not is_fragment(piece), piece
