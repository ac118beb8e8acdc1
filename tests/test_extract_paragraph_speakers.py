"""A quotation paragraph whose speaker stands a paragraph away (issue #10, part 3).

Invented sentences and names only."""

from __future__ import annotations

import pytest

from extract_helpers import run

QUOTE = "So I can tell you today that the valley will have a surplus by the spring."


def quoted(text: str):
    found = [c for c in run(text) if c.content.text.strip(" \"'\u201c\u201d.,") == QUOTE.rstrip(".")]
    assert found, [(c.content.text, c.rule) for c in run(text)]
    return found[0]


# -- an inverted cue closing the paragraph before: "Stated Vole:" ----------------

def test_an_inverted_cue_closing_a_paragraph_introduces_the_next():
    text = ("Tom Vole, the treasurer, spoke after the vote.\n\n"
            f"Stated Vole:\n\n\u201c{QUOTE}\u201d")
    c = quoted(text)
    assert c.rule == "direct.said_first" and c.speaker == "Tom Vole"


def test_an_inverted_cue_with_a_title_closing_a_paragraph():
    text = ("The council met on Monday night.\n\n"
            f"Added Mayor Tom Reyes:\n\n\"{QUOTE}\"")
    assert quoted(text).speaker == "Tom Reyes"


def test_an_inverted_cue_before_no_quotation_is_no_claim():
    text = "The council met on Monday night.\n\nAdded Mayor Tom Reyes:\n\nThe hall closed at ten."
    assert not any(c.rule == "direct.said_first" for c in run(text))


# -- the speaker's indirect claim, then a sentence of narration, then the quotation --

def test_narration_after_an_indirect_claim_keeps_its_speaker_for_the_next_paragraph():
    text = ("The council met on Monday. Tom Reyes, the mayor, announced that he intends to cut the "
            "levy by 2030. The cuts would come after the election.\n\n"
            f"\"{QUOTE}\"")
    c = quoted(text)
    assert c.speaker == "Tom Reyes" and c.rule == "direct.continuation"


@pytest.mark.parametrize("before", [
    # another person named as a sentence's subject in between
    "Tom Reyes, the mayor, announced that he intends to cut the levy by 2030. "
    "Ann Vole, the treasurer, opposed the cuts.",
    # the same after a direct quotation (the cross-paragraph run skipped this guard)
    "\"The levy is fair,\" said Tom Reyes, the mayor. Ann Vole, the treasurer, disagreed.",
    # narration running past two sentences
    "Tom Reyes said that the levy was fair. The vote is in May. The budget is due in June. "
    "The hall will close for the summer.",
    # a parenthetical aside of the writer closing the paragraph
    "Tom Reyes said that the levy was fair. (The levy funds the ferry and the two libraries.)",
])
def test_the_run_of_a_speaker_ends(before):
    assert quoted(f"{before}\n\n\"{QUOTE}\"").speaker is None
