"""What a fact-checker walking one statement across outlets meets: a report
that turns "will cost" into "would not cost" says the opposite, however the
rest of its words line up, and is never the same claim.  Invented reports."""

from __future__ import annotations

from datasette_claims.matching import decide
from datasette_claims.matching.drift import meaning_flags, word_diff


QUOTE = "This closure will cost harbour towns hundreds of jobs"
FLIPPED = "the closure would not cost harbour towns any jobs in the first year but would hurt them later"


def _info(i, content, quote_type, published="2031-05-12"):
    return decide.ClaimInfo(i, f"r{i}:0-1", f"r{i}", "ola-brenn", content, quote_type, published, f"r{i}", "Ola Brenn")


def test_a_lost_not_inside_a_reworded_phrase_is_a_negation():
    # aligned word for word: "This -> the", "will -> would not"; shown joined as one
    # four-word phrase, the "not" must still count
    diff = word_diff(QUOTE, FLIPPED)
    assert "negation" in meaning_flags(diff)


def test_a_paraphrase_that_drops_the_not_is_a_conflict_not_the_same_claim():
    kind, diff = decide.kind_of(_info(1, QUOTE, "direct"), _info(2, FLIPPED, "indirect", "2031-05-13"))
    assert kind == "conflict"
    assert "negation changed" in diff


def test_a_not_only_one_side_has_at_its_end_is_a_trim():
    assert meaning_flags(word_diff("the pier reopens", "the pier reopens not before June")) == []


def test_a_not_in_a_loose_alignment_is_not_weighed_word_by_word():
    # nothing shared before the lost "We are not": a loose alignment, not a flipped statement
    diff = word_diff("We are not the authors of this new round of the price war", "the rivals new price war")
    assert "negation" not in meaning_flags(diff)
