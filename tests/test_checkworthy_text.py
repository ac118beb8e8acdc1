"""The queue's text signals: the ASCII shortcuts give what the plain checks give."""

import pytest

from datasette_claims.factchecks import checkworthy


def plain_signals(content):
    """The signals as written before the shortcuts: every check run on every sentence."""
    words = checkworthy._WORDS.findall(content.lower())
    found = []
    if any(ch.isdigit() for ch in content) or not checkworthy._NUMBER_WORDS.isdisjoint(words):
        found.append("numbers")
    if checkworthy._COMPARISON.search(content):
        found.append("comparison")
    if not checkworthy._SUPERLATIVE_WORDS.isdisjoint(words) or any(
            len(w) > 5 and w.endswith("est") and w not in checkworthy._NOT_SUPERLATIVE for w in words):
        found.append("superlative")
    return found


SENTENCES = [
    "Bus fares in the valley are HIGHER THAN anywhere else in the province",
    "Ticket sales Rose sharply after the festival moved to the harbour",
    "The orchard yield was up from last spring",
    "Compared To the old bridge, the ferry carries twice as many cyclists",
    "The lighthouse keeper said the storm was the fiercest in memory",
    "Membership doubled over the winter",
    "Nobody in the village council disagreed",
    "Turnout reached 4,512 voters at the lakeside polls",
    "The hatchery released ² more trout",  # a digit that is not decimal
    "Prices roſe at the market",  # long s: IGNORECASE folds it to s
    "Rents were cheaper than in the capital, the café owner said",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_shortcuts_agree_with_the_plain_checks(sentence):
    assert checkworthy.text_signals(sentence) == (plain_signals(sentence) if sentence else [])


def test_signals_found():
    assert checkworthy.text_signals("Fares are higher than last year") == ["comparison"]
    assert checkworthy.text_signals("The hatchery released ² more trout") == ["numbers"]
    assert checkworthy.text_signals("Prices roſe at the market") == ["comparison"]
    assert checkworthy.text_signals("A calm afternoon on the pier") == []
