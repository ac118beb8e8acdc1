"""The queue's text signals rule the comparison regex out from the sentence's words
(a load scores every claim it brings): the same signals as the regex alone, for
keys hidden in hyphenated words, any case, and text beyond ASCII."""

from __future__ import annotations

import pytest

from datasette_claims.factchecks import checkworthy

SENTENCES = [
    "The toll rose by four percent.", "THE TOLL ROSE BY FOUR PERCENT.", "Fares are higher than in the valley.",
    "Fares are HIGHER THAN in the valley.", "Costs were up from last spring.", "The rose-tinted report said so.",
    "A well-compared with figure.", "The mid-than clause.", "It came up-from the quay.", "The fare fell-back again.",
    "Prices doubled-down on the quay.", "The clinic is twice as busy.", "The clinic is twice-as busy.",
    "Twice as many ferries ran.", "We met the mayor from the valley.", "The 5than figure.", "The rosebud bloomed.",
    "Café prices rose sharply.", "The ferry fare ROSE in Åsby.", "Prices ſell.", "Costs fell in the north.",
    "It grew three times more than expected.", "The bridge was compared to the old one.", "Nothing changed.",
    "the council increased the levy", "the levy decreased-by a third", "", "a-b-rose-c",
]


def regex_alone(content: str) -> bool:
    return checkworthy._COMPARISON.search(content) is not None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_words_rule_out_what_the_regex_would(sentence):
    assert ("comparison" in checkworthy.text_signals(sentence)) == regex_alone(sentence)


def test_comparisons_are_found_and_not_found():
    found = [s for s in SENTENCES if "comparison" in checkworthy.text_signals(s)]
    assert "The rose-tinted report said so." in found  # "rose" inside a hyphenated word still counts
    assert "THE TOLL ROSE BY FOUR PERCENT." in found
    assert "We met the mayor from the valley." not in found and "The rosebud bloomed." not in found
