"""The pair API and the word diff, on plain strings."""

from __future__ import annotations

import pytest

from datasette_claims.matching import DEFAULT_THRESHOLD, claim_similarity, is_same_claim
from datasette_claims.matching.drift import word_diff

A = "We will rebuild the Harbor Bridge within eighteen months."


def test_identical_text_scores_one_and_empty_scores_zero():
    assert claim_similarity(A, A) == 1.0
    assert claim_similarity(A, A.upper().rstrip(".")) == 1.0  # case and punctuation do not count
    assert claim_similarity("", A) == 0.0
    assert claim_similarity(A, None) == 0.0


@pytest.mark.parametrize(
    "b, same",
    [
        ("We will rebuild the Harbor Bridge within 18 months", True),
        ("the city will rebuild the Harbor Bridge within eighteen months", True),
        ("Ferry tolls will double until next summer.", False),
        ("We will not rebuild the Harbor Bridge.", False),
    ],
)
def test_same_claim_decisions(b, same):
    score = claim_similarity(A, b)
    assert 0.0 <= score <= 1.0
    assert is_same_claim(A, b) is same, score


def test_scores_are_symmetric_and_ordered():
    close = "We will rebuild the Harbor Bridge within eighteen months, said the mayor."
    far = "The Harbor Bridge collapsed on Monday."
    assert claim_similarity(A, close) == pytest.approx(claim_similarity(close, A), abs=1e-6)
    assert claim_similarity(A, close) > claim_similarity(A, far)


def test_long_versus_short_does_not_collapse():
    long_ = A + " No family in Port Vella will pay for the repairs out of its own pocket, and the ferry will run."
    assert claim_similarity(A, long_) > 0.3


def test_speakers_shift_the_score():
    b = "We will rebuild the Harbor Bridge within 18 months"
    plain = claim_similarity(A, b)
    assert claim_similarity(A, b, "Elena Vasquez", "Mayor Elena Vasquez") >= plain
    assert claim_similarity(A, b, "Elena Vasquez", "Marco Vasquez") < plain
    assert not is_same_claim(A, b, "Elena Vasquez", "Tom Reed")
    assert is_same_claim(A, b, threshold=0.0)
    assert 0 < DEFAULT_THRESHOLD < 1


def test_word_diff_replaced_words():
    d = word_diff("The city will cooperate with engineers for results.", "The city will compete with engineers for results")
    assert d["changed"] and d["ops"] == [{"op": "replace", "a": "cooperate", "b": "compete"}]
    assert d["summary"] == "cooperate → compete"


def test_word_diff_reordered_phrase_reads_as_one_change():
    d = word_diff("not just for the sake of punishment", "not just for punishment's sake")
    assert d["ops"] == [{"op": "replace", "a": "the sake of punishment", "b": "punishment's sake"}]


def test_word_diff_numbers_negation_and_trims():
    d = word_diff("He said we sent 30,000 troops and it is not over", "we sent 20,000 troops and it is over")
    assert d["numbers"] == {"a": ["30,000"], "b": ["20,000"]}
    assert d["negation"] is True
    assert d["trimmed"]["start"] == "He said"  # a trimmed quote is not a change
    assert {"op": "delete", "a": "not", "b": ""} in d["ops"]


def test_word_diff_trim_and_spelling_are_not_drift():
    assert not word_diff("we will win this", "we will win this war today")["changed"]
    d = word_diff("Al Qaida is on the run", "Al-Qaeda is on the run")
    assert not d["changed"] and d["spelling"]


def test_text_logit_with_a_floor_stops_only_below_it():
    """The bound tested before the costliest features never turns away a
    pair whose logit reaches the floor, and a pair it lets through gets the
    logit in full."""
    from datasette_claims.matching.similarity import logit_floor, probability, text_logit

    others = [
        "We will rebuild the Harbor Bridge within 18 months",
        "the city will rebuild the Harbor Bridge within eighteen months",
        "Ferry tolls will double until next summer.",
        "We will not rebuild the Harbor Bridge.",
        "Bridge within eighteen months, we will rebuild the Harbor",
        "The harbor was quiet when the ferry left at dawn.",
    ]
    stopped = 0
    for b in others:
        full = text_logit(A, b)
        for floor in (-4.0, -1.0, 0.0, 1.0, full, full + 1e-6, 3.0):
            got = text_logit(A, b, floor)
            if got is None:
                stopped += 1
                assert full < floor
            else:
                assert got == full
    assert stopped  # the bound does stop pairs
    for need, agree in ((0.5, 1), (0.8, 0), (0.95, 0), (0.6, -1)):
        floor = logit_floor(need, agree)
        assert probability(floor, agree) < need <= probability(floor + 1e-6, agree)


def test_a_fragment_is_lifted_to_its_containment():
    long_ = ("The mayor told the council that we will rebuild the Harbor Bridge within eighteen months, "
             "whatever the ferry company says about the tolls.")
    assert claim_similarity(A, long_) >= 0.9  # the short claim stands whole inside the long one


def test_texts_of_about_one_length_are_judged_by_the_model_not_lifted():
    # an added clause is no fragment: the model's score, not the containment's 0.95
    b = "We will rebuild the Harbor Bridge within eighteen months and keep the ferry running."
    assert claim_similarity(A, b) < 0.8
