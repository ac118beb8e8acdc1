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


@pytest.mark.parametrize(("sentence", "content", "source"), [
    # a heading's words with no full stop, then the sentence
    ("Kelpland harbour reforms, 2005 According to initial estimates by the police, 3,000 people have rallied.",
     "3,000 people have rallied", "initial estimates by the police"),
    # an abbreviation's full stop read as no sentence end
    ("The old pier was built in 950 B.C. According to the Kelp Institute, the harbour is older than the town.",
     "the harbour is older than the town", "the Kelp Institute"),
])
def test_a_capital_according_to_leads_its_sentence(sentence, content, source):
    one(LEAD + sentence, content, source=source, rule="according_to.lead")


def test_a_trailing_according_to_stays_a_trailer():
    one(LEAD + "The harbour is older than the town, according to the Kelp Institute.",
        "The harbour is older than the town", source="the Kelp Institute", rule="according_to.trailer")


@pytest.mark.parametrize(("sentence", "content", "source"), [
    ("The agreement calls for a ceasefire by May.", "a ceasefire by May", "The agreement"),
    ("The Kelp road map also calls on Vell to halt its building.", "Vell to halt its building", "The Kelp road map"),
    ("The memos noted that the pier was unsafe.", "the pier was unsafe", "The memos"),
    ("Jo Roe leads by 4 points, according to the RealKelp average of polls.", "Jo Roe leads by 4 points",
     "the RealKelp average of polls"),
    # a document "out" on a day is a published one
    ("A Vell Tider poll out Thursday found that most voters want a change.", "most voters want a change",
     "A Vell Tider poll out"),
])
def test_written_terms_and_compilations_are_documents(sentence, content, source):
    one(LEAD + sentence, content, source=source, sourcing="document")


@pytest.mark.parametrize("sentence", [
    'Tor Vellan, speaking to Kelp Radio about the rally said, "Those who attack us are few."',
    'Tor Vellan, speaking to Kelp Radio said, "Those who attack us are few."',
])
def test_a_name_before_its_speaking_phrase_speaks(sentence):
    one(LEAD + sentence, "Those who attack us are few", speaker="Tor Vellan", sourcing="named_person")


def test_a_speaking_phrase_after_no_known_name_gives_no_speaker():
    # "The Kelp Harbour" is no person: the walk's own reading stands
    claims = run(LEAD + 'The Kelp Harbour, speaking for the town said, "We are few."')
    assert not [c for c in claims if c.speaker == "Kelp Harbour"]


@pytest.mark.parametrize(("sentence", "role"), [
    ('Ambassador Ivo Marsh, Kelpish envoy to the union said, "Those who attack us are few."',
     "Kelpish envoy to the union"),
    ('Ivo Marsh, the special envoy to Secretary Tor Vellan in Kelp said, "Those who attack us are few."',
     "the special envoy to Secretary Tor Vellan in Kelp"),
])
def test_a_name_before_its_unclosed_description_speaks(sentence, role):
    one(LEAD + sentence, "Those who attack us are few", speaker="Ivo Marsh", speaker_role=role)


def test_a_participle_phrase_after_a_name_is_no_description():
    # "alarmed by Kelp plans": the plans are Kelp's, no claim of Vellan's about a pier
    claims = run(LEAD + "Tor Vellan, alarmed by Kelp plans to build a pier in Vell, left the talks.")
    assert not [c for c in claims if c.speaker == "Tor Vellan"]
