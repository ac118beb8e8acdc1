"""Round 33 of the hand audit (issue #10 part 3, seeds 151 and 157).  A
name or a nationality that modifies a plural of people was taken for the
speaker ("three former Vellan employees said" -> the Vellan of the article,
"Nova Kelpan government troops said" -> "Nova Kelpan"); a subject was cut on
an adjective that only ever stands before its noun ("The Navy's recent| top
adviser ... went further, arguing"), or kept when that adjective showed the
cue to be a noun ("the latest recalls were due to ..."); a time phrase
between a subject and its verb cut the subject ("Opinion polls in recent|
days have shown").  Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "Kelpland harbour news\n\nThe ferry sank on Monday. "


@pytest.mark.parametrize(("text", "source"), [
    (LEAD + "Tor Vellan runs the ferry firm. Three current and former Vellan employees said the deal was illegal.",
     "Three current and former Vellan employees"),
    (LEAD + "Nova Kelpan government troops said the town had fallen.", "Nova Kelpan government troops"),
    (LEAD + "Ivo Marsh leads the rebels. Marsh fighters said the town had fallen.", "Marsh fighters"),
])
def test_a_name_before_a_plural_of_people_is_no_speaker(text, source):
    claims = [c for c in run(text) if c.source and c.source.text == source]
    assert claims, [(c.source and c.source.text, c.speaker) for c in run(text)]
    assert all(c.speaker == source and c.sourcing == "collective_unnamed" for c in claims), \
        [(c.speaker, c.sourcing) for c in claims]


@pytest.mark.parametrize(("sentence", "content", "source", "sourcing"), [
    ("The Navy's recent top adviser on the campaign went further, arguing the plan could make the threat worse.",
     "the plan could make the threat worse", "The Navy's recent top adviser", "unnamed_official"),
    ("Kelpland's former conservative government refused to sign the pact, saying it would hurt the economy.",
     "it would hurt the economy", "Kelpland's former conservative government", "named_org"),
])
def test_a_subject_runs_on_past_an_adjective_before_its_noun(sentence, content, source, sourcing):
    one(LEAD + sentence, content, source=source, sourcing=sourcing)


@pytest.mark.parametrize("sentence", [
    "A few of the latest recalls were actually due to design flaws.",
    "It is his first speech after the recent disputed elections in which the party won.",
])
def test_a_cue_after_an_adjective_is_a_noun(sentence):
    assert not [c for c in run(LEAD + sentence) if c.source and c.source.text.split()[-1] in ("latest", "recent")]


def test_a_time_phrase_is_no_part_of_the_subject():
    one(LEAD + "Opinion polls in recent days have shown that most voters want a change.",
        "most voters want a change", source="Opinion polls", sourcing="document")


@pytest.mark.parametrize(("sentence", "content", "speaker"), [
    # a name and the others of a list stay the person named
    ("Jo Roe and other lawmakers said the town had fallen.", "the town had fallen", "Jo Roe"),
    # a plural in the words after the name's verb is no head of the name
    ("Ann Vole told fishermen that the harbour would close.", "the harbour would close", "Ann Vole"),
])
def test_a_person_before_other_people_stays_the_speaker(sentence, content, speaker):
    one(LEAD + sentence, content, speaker=speaker)


def test_the_former_stays_a_subject():
    claims = run(LEAD + "Ann Roe and Jo Vole met. The former said the talks went well.")
    assert [c for c in claims if c.source and c.source.text == "The former"]
