"""Organisations written alone and places are no people.

Invented sentences.  A lone capitalised name closing a direct quotation
('"...," Vorla said') is read as a person's surname unless the article writes
it as a body somewhere: after its kind ("telecoms giant Vorla"), as a web
address, with "which", with a body's word after it ("Vorla International"),
its stock ("Vorla shares") or its own "its".  A name of two words written only
after "in" or "near" (and otherwise only where a place goes too) is a place:
a pronoun does not stand for it, nor does it speak.
"""

from __future__ import annotations

import pytest
from extract_helpers import one, run

from datasette_claims.extract import enrich

QUOTE = '"The network will be ready by the spring," Vorla said.'


@pytest.mark.parametrize("written", [
    "Shares fell after telecoms giant Vorla cut its forecast.",
    "The figures were posted on Vorla.com on Monday.",
    "Vorla, which employs 4,000 people, cut its forecast.",
    "Vorla International cut its forecast on Monday.",
    "Traders sold Vorla shares on Monday.",
    "Vorla announced in its newsletter that the forecast was cut.",
])
def test_lone_name_written_as_a_body_somewhere_speaks_as_a_body(written):
    c = one(f"{written} {QUOTE}", "The network will be ready by the spring", speaker="Vorla")
    assert c.sourcing == "named_org"


def test_lone_surname_with_no_body_shape_is_still_a_person():
    text = f"Engineers worked through the night on Monday. {QUOTE}"
    c = one(text, "The network will be ready by the spring", speaker="Vorla")
    assert c.sourcing == "named_person"


def test_lone_surname_after_his_role_is_a_person():
    # "a role, then a name" is no body's kind: "engineer Vorla" is a person
    text = f"The plan was drawn up by chief engineer Vorla. {QUOTE}"
    c = one(text, "The network will be ready by the spring", speaker="Vorla")
    assert c.sourcing == "named_person"


PLACE = ("About two thousand people gathered in Marlow Park on Sunday to protest against the war.\n\n"
         "On return to Marlow Park further speeches took place, and the rally was concluded with a speech "
         "from Tam Oduya from the Kelp Peace Forum. He suggested that the war had made the region less safe.\n")


def test_pronoun_passes_over_a_place_written_only_after_in_and_to():
    c = one(PLACE, "the war had made the region less safe")
    assert c.speaker == "Tam Oduya"
    assert c.sourcing == "named_person"


def test_a_name_written_as_a_subject_somewhere_stays_a_person():
    # the same two words, once after "in" but also the subject of a sentence: a person
    text = ("Reporters found Marlow Park in Dunmore on Sunday. Marlow Park told them the rally was over.\n\n"
            "He said that the war had made the region less safe.\n")
    c = one(text, "the war had made the region less safe")
    assert c.speaker == "Marlow Park"


def test_an_owner_after_in_is_a_person():
    text = ("In Tomas Vrell's first interview since leaving office, the war was discussed. "
            "He said that the war had been hard.")
    c = one(text, "the war had been hard")
    assert c.speaker == "Tomas Vrell"


def test_a_place_glued_to_a_name_keeps_the_person():
    # "in Kelp Bay Milo Varga": a forename inside the run, so no place alone
    text = 'The leader of the party in Kelp Bay Milo Varga says: "I am shocked."'
    speakers = {c.speaker for c in run(text)}
    assert any(s and "Milo Varga" in s for s in speakers), speakers


def test_a_country_of_two_words_speaks_as_a_country():
    text = ("The rebels deny any part in the shooting.\n\n"
            "Since the shooting Sri Lanka has declared a state of emergency.\n")
    c = one(text, "a state of emergency", speaker="Sri Lanka")
    assert c.sourcing == "named_org"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shoppers queued at Quillmart before dawn.", True),
        ("Pension funds sold shares of Quillmart on Friday.", True),
        ("The discount retailer Quillmart opened a store.", True),
        ("Quillmart Holdings reported a loss.", True),
        ("Quillmart's shares fell.", True),
        ("Details are on Quillmart.com today.", True),
        ("Quillmart, which employs 900 people, declined.", True),
        ("Quillmart said in its statement that prices would rise.", True),
        ("Quillmart said on Monday in its statement that prices would rise.", False),  # one word between at most
        ("Sabat Quillmart spoke first.", False),  # a word ending in "at" is no "at"
        ("Quillmarts are everywhere.", False),  # another word
        ("XQuillmart Inc is another firm.", False),
        ("Quillmart said prices would rise.", False),
    ],
)
def test_a_name_written_as_a_body_somewhere(text, expected):
    assert enrich.written_as_body(text, "Quillmart") is expected
