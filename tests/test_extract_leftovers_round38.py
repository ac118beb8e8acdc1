"""Round 38 (issue #10 part 3): leftovers of the earlier speaker audits, sixth pass.

"said that is not true" left the pronoun "that" outside the content, as if it
were the complementizer; a plural of people after a capitalised modifier and a
participle ("Kelp activists clamoring to ...", "many Kelpish voters") was typed
``named_org``; a "he" was given the object of a relative clause ("the raid that
killed <name>") or a place after "at" ("the shooting at <place>") instead of the
person the text is about; "a <name> rally" was not read as a name modifying a
noun because "rally" ends in "-ly"; the words in "-ly" that are no manner
adverbs lived in three lists (now ``lexicon.LY_NOUNS``, ``LY_VERBS`` and
``LY_NOT_MANNER``).  Invented sentences and names only."""

from __future__ import annotations

import re

import pytest

from datasette_claims.extract import lexicon
from datasette_claims.extract import patterns as P
from datasette_claims.extract.sourcing import classify
from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\n"


@pytest.mark.parametrize(("sentence", "content"), [
    ("The harbour master said that is not true.", "that is not true"),
    ("The harbour master said that was the plan all along.", "that was the plan all along"),
    ("The harbour master thinks that would help the ferry.", "that would help the ferry"),
    ("The harbour master said that has been part of the plan.", "that has been part of the plan"),
])
def test_a_that_before_a_finite_verb_is_the_contents_subject(sentence, content):
    one(LEAD + sentence, content, source="The harbour master")


@pytest.mark.parametrize(("sentence", "content"), [
    ("The harbour master said that the ferry is late.", "the ferry is late"),
    # an inverted condition: "that" is the complementizer, the verb's subject follows it
    ("The harbour master said that had the strike begun, the ferry would stop.",
     "had the strike begun, the ferry would stop"),
    ("The harbour master said that should the storm come, the ferry will stop.",
     "should the storm come, the ferry will stop"),
    ("The harbour master said that were the levy to pass, the ferry would stop.",
     "were the levy to pass, the ferry would stop"),
])
def test_a_complementizer_that_stays_outside_the_content(sentence, content):
    one(LEAD + sentence, content, source="The harbour master")


@pytest.mark.parametrize("mention", [
    "Kelp activists clamoring to block Jo Roe from the ballot",
    "many Kelpish voters",
    "some Second Harbour radicals",
    "several large Kelpish corporations",
])
def test_a_plural_of_people_with_capitals_is_a_group_not_a_body(mention):
    assert classify(mention, False, "say") == "collective_unnamed"


@pytest.mark.parametrize("mention", ["the Kelp Harbour Authority", "Kelp Ferries"])
def test_a_body_named_in_capitals_stays_a_body(mention):
    assert classify(mention, False, "say") == "named_org"


def test_a_pronoun_is_not_the_object_of_a_relative_clause():
    c = one(LEAD + 'President Jo Roe spoke on Monday about the raid that killed Ben Varek. "We did what we '
            'had to do," he said.', "We did what we had to do")
    assert c.speaker == "Jo Roe"


def test_a_pronoun_skips_a_relative_clauses_object_for_the_person_before():
    c = one(LEAD + "Jo Roe met the press on Monday. A president who authorized the raid that killed Ben "
            "Varek will hand over a war. On Tuesday he said the war was not over.", "the war was not over")
    assert c.speaker == "Jo Roe"


def test_a_pronoun_is_not_a_place_after_at():
    c = one(LEAD + 'Jo Roe spoke about the shooting. The vigil at Sandy Cove drew hundreds. "We must act," '
            'he added.', "We must act")
    assert c.speaker == "Jo Roe"


def test_a_pronoun_still_takes_a_person_after_at_with_a_known_forename():
    c = one(LEAD + 'The crowd cheered at Ben Varek on Monday. "We must act," he added.', "We must act")
    assert c.speaker == "Ben Varek"


def test_a_name_before_a_noun_in_ly_modifies_it():
    # "a Jo Roe rally": the rally is the head, Jo Roe no antecedent of "she"
    c = one(LEAD + 'Ann Lee spoke at a Jo Roe rally on Monday. "We will win," she said.', "We will win")
    assert c.speaker == "Ann Lee"


def test_the_ly_words_that_are_no_adverbs_live_in_the_lexicon():
    manner = re.compile(P.MANNER_ADV + r"\Z")
    for word in lexicon.LY_NOUNS | lexicon.LY_VERBS | lexicon.LY_NOT_MANNER:
        assert not manner.match(word), word
    assert manner.match("firmly") and manner.match("evenly")


def test_a_noun_in_ly_is_no_adverb_after_the_cue():
    # "said the family was ...": no adverb "family" ends the cue
    one(LEAD + "The harbour master said, evenly, that the ferry would stop.", "the ferry would stop",
        source="The harbour master")
    assert run(LEAD + "The Marrow family said the ferry would stop.")[0].source.text == "The Marrow family"


def test_an_honorific_after_a_five_word_title_run_joins_the_name():
    # the name pattern stops at five words: "Meanwhile Kelp Leader Dr Jon" and then "Varek"
    text = (LEAD + "Meanwhile Kelp Leader Dr Jon Varek is calling the report a victory. Dr Varek said the "
            "report was fair.")
    assert one(text, "the report was fair").speaker == "Jon Varek"


def test_a_relative_clauses_object_is_passed_over_at_its_surname_too():
    # "Osama bin Varek" is mentioned at the forename and at "bin Varek": neither is the "he"
    c = one(LEAD + "Jo Roe met the press on Monday. A president who authorized the raid that killed Osama bin "
            "Varek will hand over a war. On Tuesday he said the war was not over.", "the war was not over")
    assert c.speaker == "Jo Roe"
