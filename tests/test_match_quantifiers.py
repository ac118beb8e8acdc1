"""A changed quantifier is never the same statement (issue 11): "a fare
freeze for some commuters" and "a fare freeze for every commuter" speak of
different shares of the commuters.  On quotations that is drift with the
diff flagged "scope"; on a paraphrase a conflict.  The same scope reworded
("every commuter" / "all commuters") stays the same, and so does a
universal quantifier only one side has ("the commuters" / "all the
commuters": a definite plural already speaks of them all).  Invented
sentences and names."""

from __future__ import annotations

import json

from datasette_claims.matching import decide
from datasette_claims.matching.drift import changes_meaning, meaning_flags, word_diff
from datasette_claims.matching.similarity import is_same_claim


def _info(i, content, quote_type, published="2031-03-02"):
    return decide.ClaimInfo(i, f"r{i}:0-1", f"r{i}", "tam-orvel", content, quote_type, published, f"r{i}", "Tam Orvel")


def test_some_against_every_is_a_changed_scope():
    diff = word_diff("a fare freeze for some commuters on the Kessby line",
                     "a fare freeze for every commuter on the Kessby line")
    assert meaning_flags(diff) == ["scope"]
    assert "quantifier changed" in diff["summary"]
    assert changes_meaning(diff)


def test_most_against_few_and_several_against_all_change_the_scope():
    assert "scope" in meaning_flags(word_diff("the levy will hit most harbour towns",
                                              "the levy will hit few harbour towns"))
    assert "scope" in meaning_flags(word_diff("the levy will hit several harbour towns",
                                              "the levy will hit all harbour towns"))
    assert "scope" in meaning_flags(word_diff("the grant goes to only the small farms",
                                              "the grant goes to all the small farms"))


def test_a_narrowing_quantifier_one_side_adds_changes_the_scope():
    assert "scope" in meaning_flags(word_diff("the freeze will help commuters on the line",
                                              "the freeze will help some commuters on the line"))
    assert "scope" in meaning_flags(word_diff("the freeze will help the commuters on the line",
                                              "the freeze will help many commuters on the line"))


def test_the_same_scope_reworded_is_no_change_of_meaning():
    assert meaning_flags(word_diff("a fare freeze for every commuter on the line",
                                   "a fare freeze for all commuters on the line")) == []
    assert meaning_flags(word_diff("the levy will hit several harbour towns",
                                   "the levy will hit some harbour towns")) == []
    assert meaning_flags(word_diff("the levy will hit a few harbour towns",
                                   "the levy will hit some harbour towns")) == []


def test_a_universal_quantifier_only_one_side_has_is_no_change_of_meaning():
    # decided: "the commuters" already speaks of them all
    assert meaning_flags(word_diff("the freeze will help the commuters on the line",
                                   "the freeze will help all the commuters on the line")) == []


def test_a_paraphrase_with_another_quantifier_is_a_conflict():
    kind, diff = decide.kind_of(
        _info(1, "Orvel said there would be a fare freeze for some commuters next year", "indirect"),
        _info(2, "Orvel said there would be a fare freeze for every commuter next year", "indirect", "2031-03-03"),
    )
    assert kind == "conflict"
    assert json.loads(diff)["meaning"] == ["scope"]


def test_a_quotation_with_another_quantifier_is_drift():
    kind, diff = decide.kind_of(
        _info(1, '"We will freeze fares for some commuters on the line next year," Orvel said.', "direct"),
        _info(2, '"We will freeze fares for all commuters on the line next year," Orvel said.', "direct", "2031-03-03"),
    )
    assert kind == "drift"
    assert "scope" in json.loads(diff)["meaning"]


def test_the_same_quantifier_reworded_stays_the_same_claim():
    kind, _ = decide.kind_of(
        _info(1, "Orvel said there would be a fare freeze for every commuter next year", "indirect"),
        _info(2, "Orvel said there would be a fare freeze for all commuters next year", "indirect", "2031-03-03"),
    )
    assert kind == "same"


def test_is_same_claim_refuses_another_quantifier():
    assert not is_same_claim("There will be a fare freeze for some commuters on the Kessby line",
                             "There will be a fare freeze for every commuter on the Kessby line")
    assert is_same_claim("There will be a fare freeze for every commuter on the Kessby line",
                         "There will be a fare freeze for all commuters on the Kessby line")


def test_a_quantifier_in_a_reworded_phrase_is_no_narrowing():
    # "evidence showing" / "some of": a reworded stretch, not a quantifier put before the same noun
    assert "scope" not in meaning_flags(word_diff(
        "if evidence showing its members took money from the Orvel fund was found",
        "if some of its members took money from the Orvel fund",
    ))


def test_a_quantifier_opening_a_sentence_is_no_name_changed():
    diff = word_diff("Most harbour towns will pay the levy", "Few harbour towns will pay the levy")
    assert meaning_flags(diff) == ["scope"]
    assert "name changed" not in diff["summary"]
    # a name with a capitalised article before it is still a name
    assert "names" in meaning_flags(word_diff("The Kessby council will pay the levy",
                                              "Harrowby council will pay the levy"))
