"""Round 22 of the hand audit (issue #10 part 3, seed 73): a quotation whose
inverted trailer names its speaker in a shape the name pattern leaves -- an
office with no article ("said Kelpco spokesperson"), an office before its
holder with any head noun ("said acting state engineer, Jo Roe"), a possessive
("said Roe's attorney"), a source before an adjunct of the saying ("said the
protester before he was led out") -- was left to the author.  And a sentence
opening on a bare article and a description set off before a name gave a
participle claim the speaker "A" ("A local farmer, Jo Roe, claims ..., stating
that").
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "The bridge at Dunmore closed on Monday. "


@pytest.mark.parametrize("trailer, source, speaker", [
    ("said acting state engineer, Tom Reyes.", "Tom Reyes", "Tom Reyes"),
    ("said Kelpco guitarist, Tom Reyes.", "Tom Reyes", "Tom Reyes"),
    ("said Tom Reyes as he left the hall.", "Tom Reyes", "Tom Reyes"),
    ("said Mayor Ann Vole in a statement to the council.", "Mayor Ann Vole", "Ann Vole"),
])
def test_named_speaker_after_quotation(trailer, source, speaker):
    text = LEAD + '"We will rebuild the bridge by May," ' + trailer
    one(text, "We will rebuild the bridge by May", source=source, speaker=speaker, sourcing="named_person",
        rule="direct.trailer_inverted")


def test_office_before_any_holder_is_the_role():
    text = LEAD + '"We will rebuild the bridge by May," said acting state engineer, Tom Reyes.'
    c = one(text, "We will rebuild the bridge by May", speaker="Tom Reyes")
    assert c.speaker_role == "acting state engineer"


@pytest.mark.parametrize("trailer, source, sourcing", [
    ("said Kelpco spokesperson.", "Kelpco spokesperson", "unnamed_official"),
    ("said police spokesperson for the Dunmore police.", "police spokesperson for the Dunmore police",
     "unnamed_official"),
    ("said Vole's attorney.", "Vole's attorney", "unnamed_official"),
    ("said the protester before he was led out of the hall.", "the protester", "anonymous_generic"),
])
def test_description_after_quotation(trailer, source, sourcing):
    text = LEAD + '"We will rebuild the bridge by May," ' + trailer
    one(text, "We will rebuild the bridge by May", source=source, sourcing=sourcing,
        rule="direct.trailer_inverted")


def test_possessive_statement_is_a_document():
    text = LEAD + '"The bridge will reopen in May," said Mayor Vole\'s written statement.'
    one(text, "The bridge will reopen in May", sourcing="document", rule="direct.trailer_inverted")


@pytest.mark.parametrize("trailer", [
    "said, laughing.",
    "said Tuesday.",
    "said quietly.",
    "said in a statement.",
    "said with a smile.",
    "said, adding that the plan would fail.",
])
def test_no_source_is_made_of_an_adjunct(trailer):
    # guards: after the quotation's cue an adjunct is no source
    text = LEAD + 'Ann Vole spoke to the council. "We will rebuild the bridge by May," ' + trailer
    one(text, "We will rebuild the bridge by May", speaker="Ann Vole")


def test_a_clause_after_the_cue_is_no_source():
    # guard: no closing quotation before the cue, so nothing changes for an indirect trailer
    text = LEAD + "The bridge will reopen in May, said the harbour board in a notice."
    claims = [c for c in run(text) if "reopen" in c.content.text]
    assert claims and all(c.source is None or "reopen" not in c.source.text for c in claims)


def test_a_participle_after_a_quoted_word_takes_no_source():
    # guard: "-ing" cue after a quoted word ("'exclude' revealing ...") is no inverted trailer
    text = "Member states are allowed to 'exclude' revealing personal data in civil cases."
    assert all(c.rule != "direct.trailer_inverted" for c in run(text))


def test_a_lone_word_after_the_cue_is_no_source():
    # guard: '"...," read another.' -- no source "another"
    text = '"No more levies!" read one banner. "No more tolls," read another.'
    assert all(c.source is None or c.source.text != "another" for c in run(text))


@pytest.mark.parametrize("text", [
    "A local farmer, Tom Reyes, claims to have seen the fire, stating that it began at noon.",
    "A second member of the crew, Tom Reyes, coaxes the clerk into talking, saying that it began at noon.",
])
def test_participle_after_a_described_name_takes_the_name(text):
    one(text, "it began at noon", source="Tom Reyes", speaker="Tom Reyes", rule="indirect.participle")
