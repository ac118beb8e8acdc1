"""The queue's text score by its cheaper paths (the words split in C, comparisons tried
only by the alternatives whose key the text holds, the folding of text beyond ASCII,
the -est words found by a search of the joined words) gives what the plain definition
gives: the words regex, the one case-folding comparison regex, every word looked at."""

from __future__ import annotations

import random
import re

import pytest

from datasette_claims.factchecks import checkworthy

# The definition as it was written before the cheaper paths (kept here as the reference).
PLAIN_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
PLAIN_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|cheaper|faster|slower|better|worse)\s+than\b"
    r"|\b(?:compared\s+(?:with|to)|twice\s+as|times\s+(?:more|as)|up\s+from|down\s+from|"
    r"rose|fell|increased|decreased|doubled|halved)\b",
    re.IGNORECASE)


def plain_signals(content: str) -> list[str]:
    if not content:
        return []
    lowered = content.lower()
    words = PLAIN_WORDS.findall(lowered)
    found = []
    if any(ch.isdigit() for ch in content) or not checkworthy._NUMBER_WORDS.isdisjoint(words):
        found.append("numbers")
    if PLAIN_COMPARISON.search(content):
        found.append("comparison")
    if (not checkworthy._SUPERLATIVE_WORDS.isdisjoint(words) or re.search(r"\bthe\s+only\b", lowered)
            or any(len(w) > 5 and w.endswith("est") and w not in checkworthy._NOT_SUPERLATIVE for w in words)):
        found.append("superlative")
    return found


SENTENCES = [
    "The ferry fare rose5 percent.", "The toll rose_by a third.", "Prices rose-and-fell-back twice-as-often.",
    "A well-known, so-called twice-as-long road.", "a-b-c-d rose", "--rose-- fell--", "the quickest-ever ferry",
    "The grandest hall in Velmora.", "Our harvest, the modest honest request.", "The sunniest-est day.",
    "Fares ROſE in Brelin.", "Costs doubled in the TWİCE AS busy port.", "The rail is twıce as long.",
    "The \u212aestrel rose.", "Taxes fell — sharply — in Ostrava Nove.", "Café fares were HIGHER\u00a0THAN before.",
    "It was the ONLY road.", "the  only", "Numbers: ٣ ferries.", "Twenty-two ferries ran.", "twenty two",
    "The mayor compared\twith the clerk.", "up\nfrom the quay", "Décreased? No: decreased.", "the fin­est wine",
    "İstanbul rose", "naïve biggest", "x\ud800y more than", "", "est", "the testiest est",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_same_signals_as_the_plain_definition(sentence):
    assert checkworthy.text_signals(sentence) == plain_signals(sentence)
    assert checkworthy._words(sentence.lower()) == PLAIN_WORDS.findall(sentence.lower())


def test_random_texts_of_the_pieces_that_matter():
    pieces = list("abcdefghijklmnopqrstuvwxyzTHANROSE- -_09.,'\u00e9\u017f\u0130\u0131\u212a\u2014\t") + [
        "rose", "than", "more ", "the only", "est", "two", "THAN", "RO\u017fE", "TW\u0130CE", "tw\u0131ce",
        "T\u0130MES AS", "up from", "-est", "twenty", "ever", "largest", "interest", "creased", "halved"]
    rnd = random.Random(14)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 24)))
        assert checkworthy.text_signals(text) == plain_signals(text), text
        assert checkworthy._words(text.lower()) == PLAIN_WORDS.findall(text.lower()), text
