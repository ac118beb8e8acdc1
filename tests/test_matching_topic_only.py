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


# --- one predicate in two words: two translations of one remark ---------------------------------


def _said(i, content, speaker="ilse-varn", published="2031-06-03"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", speaker, content, "direct", published, f"a{i}",
                            "Ilse Varn" if speaker else None)


FOCUS = _said(20, "From now on we will focus on the bridge at Tollen")


def test_two_words_of_one_predicate_class_are_one_statement_of_one_speaker():
    assert _link(FOCUS, _said(21, "Our first priority will be the bridge at Tollen")) is not None
    assert _link(FOCUS, _said(22, "Now our target will be the bridge at Tollen", published="2031-06-05")) is not None


def test_a_synonym_does_not_link_without_one_speaker_within_days():
    other = _said(23, "Our first priority will be the bridge at Tollen", published="2031-06-12")
    assert _link(FOCUS, other) is None  # nine days on: another statement of one plan
    assert _link(FOCUS, _said(24, "Our first priority will be the bridge at Tollen", speaker=None)) is None
    # a predicate of another class is another statement
    assert _link(FOCUS, _said(25, "From now on we will close the bridge at Tollen")) is None
    assert _link(FOCUS, _said(26, "The bridge at Tollen will be repaired in May")) is None


def test_predicate_classes_read_inflected_forms():
    from datasette_claims.matching.predicates import predicate_class, same_predicate

    assert same_predicate("concentrating", "goal") and same_predicate("planned", "intention")
    assert same_predicate("priorities", "focused") and same_predicate("cutting", "reduced")
    assert not same_predicate("cut", "raise") and not same_predicate("planet", "plan")
    assert predicate_class("harbour") is None
