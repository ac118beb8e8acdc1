"""Who said it, round 10 (issue #10): one person, one speaker.

A person's noun before a name at a sentence's start is the role, not part of
the name; an office of one holder after its place is a person; a long office
before a name gives the name, not the body inside the office; a person named
in a title-case headline is known to the pronouns after it.  Invented
sentences and names; each test failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one, run

# -- a person's noun opening the sentence, then the name


def test_a_noun_before_a_name_at_the_start_is_the_role():
    text = "Skipper Tane Ambry said the harbour was full. Tane Ambry said the nets were torn."
    one(text, "the harbour was full", speaker="Tane Ambry", speaker_role="skipper")
    one(text, "the nets were torn", speaker="Tane Ambry")
    assert {c.speaker for c in run(text)} == {"Tane Ambry"}


def test_a_plain_noun_role_is_recorded():
    one("Headteacher Rolf Ambry said the school was full.", "the school was full",
        speaker="Rolf Ambry", speaker_role="headteacher")
    one("Fishing skipper Rolf Ambry said the harbour was full.", "the harbour was full",
        speaker="Rolf Ambry", speaker_role="fishing skipper")


def test_a_determiner_before_the_noun_is_no_bare_role():
    one("Her sister Ann Vole said the pier was old.", "the pier was old", speaker="Ann Vole", speaker_role=None)


# -- an office of one holder after its place


def test_an_office_after_its_place_is_a_person():
    one("Northern Kelpland secretary said the talks would resume.", "the talks would resume",
        sourcing="named_person")
    one("Kelp Harbour chairman said the talks would resume.", "the talks would resume", sourcing="named_person")


# -- a long office before a name, no comma


def test_the_name_after_a_long_office_speaks():
    one("Assistant Secretary of the Kelp Force for Acquisition Marvin Ambry said the jets were late.",
        "the jets were late", speaker="Marvin Ambry", sourcing="named_person",
        speaker_role="Assistant Secretary of the Kelp Force for Acquisition")
    one("Secretary of the Kelp Force Ann Vole said the jets were late.", "the jets were late",
        speaker="Ann Vole")


# -- a person named only in a title-case headline


def test_a_headline_name_is_a_person_for_the_pronouns():
    text = ("Ann Vole Goes After Harbour Board\n\n"
            "The harbour board met on Monday. Ben Roe spoke first and the board voted. "
            "She said the pier was old.")
    one(text, "the pier was old", speaker="Ann Vole", sourcing="named_person")
