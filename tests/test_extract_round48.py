"""Round 48 (issue #10 part 3): speaker constructions audit 25 left.  A manner
adverb between a closing quotation and an inverted cue ('"...!" strongly
stated Jo Roe'); a "who" clause on the object of "told" before the quotation
it introduces ('she told the mayors who gathered in Port Halden, "..."'); the
words an object carries after a verb of receiving ("received phone calls,
claiming ...": the callers claim, not the receiver).  Each text goes the
product's load path (a document, its headline the first line), as ``claims
extract`` reads it.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import about, rows
from tests.extract_helpers import run_as_loaded as run


LEAD = "Kelpland harbour news\n\nRain fell on the quay on Monday. Mara Lind spoke at the rally first.\n\n"


# --- a manner adverb before an inverted trailer cue ---------------------------------------

@pytest.mark.parametrize("trailer", ["strongly stated", "firmly said", "angrily declared"])
def test_an_adverb_before_an_inverted_cue_keeps_the_source_after_it(trailer):
    text = LEAD + f'"The cranes are useless in Halden! The board did not care about the workers!" {trailer} ' \
                  'Jo Roe, head of the dock union.'
    found = run(text)
    for words in ("cranes are useless", "did not care"):
        c = about(found, words)
        assert c.speaker == "Jo Roe" and c.rule == "direct.trailer_inverted", rows(found)


def test_an_adverb_after_a_pronoun_trailer_is_unchanged():
    found = run(LEAD + '"The cranes are useless," Jo Roe said. "We will stay," she firmly said.')
    assert about(found, "We will stay").speaker == "Jo Roe", rows(found)


def test_an_adverb_with_no_quotation_before_it_moves_no_cue():
    found = run(LEAD + "The board, predictably, said the cranes would stay.")
    c = about(found, "the cranes would stay")
    assert c.speaker == "board" or "board" in (c.speaker or ""), rows(found)


# --- a "who" clause on the object of "told" before the quotation ------------------------

def test_told_an_object_with_a_who_clause_then_a_quotation():
    found = run(LEAD + 'But, she told the mayors who gathered in the northern city of Port Halden, '
                       '"no one should doubt our commitment to the harbour."')
    c = about(found, "no one should doubt")
    assert c.speaker == "Mara Lind" and c.said_to == "the mayors", rows(found)


def test_told_an_object_without_a_clause_is_unchanged():
    found = run(LEAD + 'She told the mayors, "no one should doubt our commitment to the harbour."')
    assert about(found, "no one should doubt").speaker == "Mara Lind", rows(found)


# --- words an object carries after a verb of receiving ----------------------------------

@pytest.mark.parametrize("received,carrier", [
    ("received phone calls", "phone calls"),
    ("received a letter", "a letter"),
    ("got anonymous e-mails", "anonymous e-mails"),
])
def test_a_participle_after_a_received_message_is_the_message(received, carrier):
    found = run(LEAD + f"Two Halden newspapers {received}, claiming responsibility for the fire on the quay.")
    c = about(found, "responsibility for the fire")
    assert c.source is not None and c.source.text == carrier, rows(found)
    assert "newspapers" not in (c.speaker or ""), rows(found)


def test_a_participle_after_another_object_stays_the_subject():
    found = run(LEAD + "The dock union issued a statement, saying the cranes would stay.")
    c = about(found, "the cranes would stay")
    assert "union" in (c.speaker or ""), rows(found)
