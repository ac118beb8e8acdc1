"""A quotation paragraph whose trailing attribution failed inside its own
paragraph (issue #10 part 3, helper xtrail).

Each group is a construction of news English that the trailer readers missed, so
the quotation was left unattributed: a surname with a joined article ("said
al-Kelp"), a bare plural of officials or a collective after the cue ("said
police"), an office without an article before its holder's name followed by an
adjunct or headed by a trade ("said ferry captain, Jo Roe"), and a stray comma
between a trailer's subject and its cue.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from extract_helpers import one, run

QUOTE = "We will open the bridge in May. The work on the piers is done"
FIRST = "We will open the bridge in May."


def _quoted(trailer: str, lead: str = "The council met on Monday.\n\n"):
    return one(f'{lead}"{QUOTE}," {trailer}', FIRST.rstrip("."))


# -- a surname with a joined article ---------------------------------------------

def test_a_bare_surname_with_a_joined_article_after_the_cue():
    c = _quoted("said al-Tamri.", lead="Ali al-Tamri, the harbour minister, spoke first.\n\n")
    assert c.rule == "direct.trailer_inverted" and c.speaker == "Ali al-Tamri"


def test_a_full_name_ending_in_a_joined_article_surname_then_an_apposition():
    c = _quoted("said Tom al-Tamri, the party's treasurer.")
    assert c.speaker == "Tom al-Tamri" and c.sourcing == "named_person"


# -- a bare plural after the cue ---------------------------------------------------

@pytest.mark.parametrize("trailer, speaker, sourcing", [
    ("said officials.", "officials", "unnamed_official"),
    ("said police.", "police", "unnamed_official"),
    ("said harbour officials.", "harbour officials", "unnamed_official"),
    ("said Ruritanian lawmakers.", "Ruritanian lawmakers", "collective_unnamed"),
    ("said Ruritania's top officials in a statement.", "Ruritania's top officials", "unnamed_official"),
])
def test_a_bare_plural_of_officials_or_a_collective_after_the_cue(trailer, speaker, sourcing):
    c = _quoted(trailer)
    assert (c.speaker, c.sourcing) == (speaker, sourcing)


def test_a_bare_plural_then_a_weekday_closes_an_indirect_trailer():
    c = one("A force of 1,000 rebels attacked one of the bases, said harbour officials Sunday.",
            "A force of 1,000 rebels attacked one of the bases")
    assert c.speaker == "harbour officials"


def test_by_and_a_plural_is_no_inverted_source():
    assert not run("The levy was lower than predicted by most analysts.")


# -- an office without an article, then its holder -----------------------------------

def test_an_office_then_its_holder_then_an_adjunct():
    c = _quoted("said Harbour Board spokesman, Tom Vole in a statement.")
    assert c.speaker == "Tom Vole" and c.speaker_role == "Harbour Board spokesman"


def test_a_trade_then_its_holder():
    c = _quoted("said ferry captain, Tom Vole.")
    assert c.speaker == "Tom Vole" and c.speaker_role == "ferry captain"


def test_according_to_an_office_keeps_its_reading():
    c = one("According to the board's spokesman, Tom Vole in Kelp, the work is done.",
            "Tom Vole in Kelp, the work is done")
    assert c.source.text == "the board's spokesman"


# -- a stray comma between the trailer's subject and its cue -----------------------------

@pytest.mark.parametrize("trailer, speaker", [
    ("harbour official Tom Vole, told the radio.", "Tom Vole"),
    ("Kelp Weekly managing editor Ann Reyes, said.", "Ann Reyes"),
])
def test_a_stray_comma_before_the_cue(trailer, speaker):
    c = _quoted(trailer)
    assert c.rule == "direct.trailer" and c.speaker == speaker


def test_a_stray_comma_after_a_clause_is_no_subject():
    text = '"None of us tried to leave," Ann Vole sighs, pointing to the court.'
    assert all(c.source is None or c.source.text != "Ann Vole sighs" for c in run(text))


def test_a_quoted_word_inside_a_phrase_opens_no_trailer():
    text = ('Kelp, who writes under the "pretentious" pen name of T. Ann Kelp, announced his plans '
            "after asking the candidates for figures.")
    assert all(c.source is None or not c.source.text.startswith("pen name") for c in run(text))
