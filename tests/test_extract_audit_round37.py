"""Round 37 of the hand audit (issue #10 part 3, seeds 181 and 191).  A
participle opening the sentence glued to the name after it ("Entrusting Jo Roe
with ..." made "Entrusting Jo Roe" the person every later "he" went to); a
subject that kept only its "A" or "One" ("A married couple also claiming ...");
a lone surname's possessive typed a body though the article names the person
("Roe's reaction was, "...""). Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import run

LEAD = "Kelpland harbour news\n\n"


def _speakers(claims):
    return [(c.content.text, c.speaker, c.sourcing) for c in claims]


@pytest.mark.parametrize("text", [
    "Entrusting Tom Arlow with the harbour is a risky bet. Arlow has broken promises. He has said the pier is safe.",
    "Accusing Tom Arlow and Ann Vole of breaking promises, the mayor spoke at length. Arlow said the pier is safe.",
    "Ageing Tom Arlow was seen at the quay. Arlow has broken promises. He said the pier is safe.",
])
def test_a_participle_opening_the_sentence_is_no_part_of_the_name(text):
    claims = run(LEAD + text)
    found = [c for c in claims if c.content.text == "the pier is safe"]
    assert found and found[0].speaker == "Tom Arlow", _speakers(claims)


def test_a_name_written_again_with_its_ing_forename_stays_whole():
    text = (LEAD + "Henning Dalvik said the ferry was late. The harbour board met Henning Dalvik on Monday. "
            "Dalvik said the pier is safe.")
    claims = run(text)
    assert claims and all(c.speaker == "Henning Dalvik" for c in claims), _speakers(claims)


def test_an_office_s_modifier_before_a_name_stays():
    text = LEAD + "Acting Harbour Master Tom Arlow said the ferry was late. Arlow also said the pier is safe."
    claims = run(text)
    assert claims and all(c.speaker == "Tom Arlow" for c in claims), _speakers(claims)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A married couple also claiming ties to the sea group shot two gulls in December.", "A married couple"),
    ("A few other prominent harbour leaders have begun to speak out, however, expressing dismay at the mayor.",
     "A few other prominent harbour leaders"),
    ("One operative inside the Harbour Tower tried to play down the remarks, saying they were no big deal.",
     "One operative"),
])
def test_a_lone_article_takes_its_noun(sentence, speaker):
    claims = run(LEAD + sentence)
    assert claims and all(c.speaker == speaker for c in claims), _speakers(claims)


@pytest.mark.parametrize("sentence", [
    "Arlow's reaction to the vote was, \"This is not the end of the ferry.\"",
    "Arlow's response included the statement: \"First, we will not sell the ferry.\"",
])
def test_a_lone_surname_s_possessive_is_the_person_named_in_full(sentence):
    claims = run(LEAD + "Opposition leader Tom Arlow spoke on Monday. " + sentence)
    assert claims and all(c.speaker == "Tom Arlow" and c.sourcing == "named_person" for c in claims), \
        _speakers(claims)


def test_a_possessive_before_a_kin_noun_is_not_the_owner():
    claims = run(LEAD + "Opposition leader Tom Arlow spoke on Monday. Arlow's husband, Bill, said "
                 "\"the ferry sinks\".")
    assert claims and all(c.speaker != "Tom Arlow" for c in claims), _speakers(claims)
