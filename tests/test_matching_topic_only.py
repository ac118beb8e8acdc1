"""Two claims that share only the name of what they are about -- a plan
and a judgement of it, each saying its own thing of one noun phrase -- are
two statements, even from one speaker on one day; a claim that shares its
predicate too ("close" / "closure") stays linked.  Invented claims."""

from __future__ import annotations

from datasette_claims.matching import decide


def _info(i, content, quote_type="indirect"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", "ilse-varn", content, quote_type, "2031-06-03", f"a{i}",
                            "Ilse Varn")


def _link(a, b):
    return decide.link(a, b, decide.DEFAULT_THRESHOLD)


PLAN = _info(1, "The ferry terminal at Brisk Harbour will close by October")
JUDGEMENT = _info(2, 'keeping the Brisk Harbour ferry terminal open "would be foolish."', "mixed")


def test_a_judgement_of_a_plan_is_not_the_plan():
    assert _link(PLAN, JUDGEMENT) is None
    assert _link(_info(3, "the closure of the ferry terminal at Brisk Harbour"), JUDGEMENT) is None


def test_claims_sharing_their_predicate_stay_linked():
    assert _link(_info(4, "Keeping it open would be foolish.", "direct"), JUDGEMENT) is not None
    assert _link(PLAN, _info(5, "Brisk Harbour's ferry terminal will close in October")) is not None
    # a noun derived from the verb is the same predicate
    assert _link(PLAN, _info(6, "the closure of the ferry terminal at Brisk Harbour by October")) is not None
    sell = _info(9, "it will be willing to sell patrol boats to Brisk Harbour on Friday")
    assert _link(sell, _info(10, "its willingness to supply patrol boats to Brisk Harbour as well")) is not None


def test_a_clitic_is_no_word_of_its_own():
    said = _info(7, "We've had a good talk about the harbour levy.", "direct")
    assert _link(said, _info(8, "they had a very good talk about the harbour levy")) is not None


def test_only_one_noun_phrase_counts_as_the_topic():
    shared = {"ferry", "terminal", "brisk", "harbour"}
    toks = "the ferry terminal at brisk harbour will close".split()
    assert decide._one_phrase(toks, toks, shared) == {"close"}
    toks = "the ferry terminal will be at brisk harbour".split()
    assert decide._one_phrase(toks, toks, shared) == set()
