"""Issue #10 part 3, after Round 22: quotation trailers that named the speaker
but left the quotation to the author -- a manner-of-speaking verb inverted
('"...," shouted Jo Roe', "yelled the protester") and a trailer whose "told"
stands bare, its hearer dropped ('"...," Kelpco spokesman Jo Roe told.').
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "The bridge at Dunmore closed on Monday. "
QUOTE = '"We will rebuild the bridge by May," '
CONTENT = "We will rebuild the bridge by May"


@pytest.mark.parametrize("trailer, source, speaker, sourcing", [
    ("shouted Tom Reyes.", "Tom Reyes", "Tom Reyes", "named_person"),
    ("yelled Rep. Tom Reyes (D-KS).", "Rep. Tom Reyes", "Tom Reyes", "named_person"),
    ("screamed the protester as he was led out.", "the protester", "the protester", "anonymous_generic"),
    ("shouted Tom Reyes, Kelp Federation president, to a crowd on the lawn.", "Tom Reyes", "Tom Reyes",
     "named_person"),
])
def test_manner_verb_inverted_after_quotation(trailer, source, speaker, sourcing):
    one(LEAD + QUOTE + trailer + " Work starts in March.", CONTENT, source=source, speaker=speaker,
        sourcing=sourcing, rule="direct.trailer_inverted")


@pytest.mark.parametrize("trailer, source, speaker", [
    ("Kelpco spokesman Tom Reyes told.", "Kelpco spokesman Tom Reyes", "Tom Reyes"),
    ("Tom Reyes told. Work starts in March.", "Tom Reyes", "Tom Reyes"),
])
def test_bare_told_closing_a_quotation(trailer, source, speaker):
    one(LEAD + QUOTE + trailer, CONTENT, source=source, speaker=speaker, sourcing="named_person",
        rule="direct.trailer")


@pytest.mark.parametrize("text", [
    "Tom Reyes was never told. He left the hall.",
    "The workers had not been told. The bridge stayed shut.",
])
def test_bare_told_without_quotation_is_no_claim(text):
    assert [c for c in run(text) if c.cue and c.cue.text == "told"] == []


def test_shouted_after_comma_clause_is_not_inverted():
    # no quotation before: "shouted" with its own subject keeps it
    text = "The crowd grew loud as Tom Reyes shouted that the bridge must reopen."
    c = one(text, "the bridge must reopen", speaker="Tom Reyes")
    assert c.cue.text == "shouted"


@pytest.mark.parametrize("trailer", [
    "said acting harbour director Tom Reyes in a statement.",
    "said acting Kelp director Tom Reyes.",
])
def test_ing_office_before_its_holder(trailer):
    one(LEAD + QUOTE + trailer, CONTENT, speaker="Tom Reyes", sourcing="named_person",
        rule="direct.trailer_inverted")


@pytest.mark.parametrize("trailer", ["said, laughing.", "said pointing at Tom Reyes.", "said quoting Tom Reyes."])
def test_ing_word_without_office_is_no_source(trailer):
    one(LEAD + QUOTE + trailer, CONTENT, speaker=None, sourcing="author")


@pytest.mark.parametrize("trailer, speaker", [
    ("said Kelpco guitarist, Tom van Reyes.", "Tom van Reyes"),
    ("said head of the harbour board, Major General Tom al-Reyes.", "Tom al-Reyes"),
])
def test_holder_name_with_lower_case_particle(trailer, speaker):
    one(LEAD + QUOTE + trailer, CONTENT, speaker=speaker, sourcing="named_person",
        rule="direct.trailer_inverted")
