"""More who-said-it and how-sourced constructions (issue 10, part 3), on invented sentences.

Each test is one general construction behind an error class measured on the
sourcing dev labels: a clause before an inverted trailer, the people a relative
"who" follows, a name with a descriptive apposition, transcript labels in capitals.
"""

from __future__ import annotations

import pytest
from extract_helpers import one, run


def test_inverted_trailer_after_a_coordinated_clause():
    one("The plan did not go over well with voters, and the talks stalled from there, said one union "
        "source in the room.",
        "The plan did not go over well with voters, and the talks stalled from there",
        speaker="one union source", rule="indirect.trailer_inverted")


def test_coordinated_subjects_stay_one_source():
    one("Jane Roe, and her lawyer, said the plan failed.", "the plan failed", speaker="Jane Roe")


def test_relative_who_after_a_place_is_the_people():
    c = one("The change will please the mayors in Ohio, who have argued that the tariffs hurt towns.",
            "the tariffs hurt towns")
    assert c.speaker == "the mayors in Ohio" and c.sourcing == "collective_unnamed"


def test_relative_who_after_a_name_is_the_person():
    one("The plan pleased Jane Roe of Ohio, who said it was fair.", "it was fair", speaker="Jane Roe")


def test_name_with_a_descriptive_apposition_is_named():
    one("Even Norway, the city's main partner and its lifeline to the world, said it was opposed to the test.",
        "it was opposed to the test", speaker="Norway", sourcing="named_org")


def test_transcript_label_in_capitals_is_a_person():
    claims = run('The broadcast ran for an hour.\n\n"DALE: If I may, sir, we have little time. '
                 'Will the governor be there?"')
    labelled = [c for c in claims if c.rule == "quote.labelled"]
    assert labelled and all(c.sourcing == "named_person" for c in labelled)


def test_transcript_label_of_the_crowd_is_no_person():
    claims = run('The broadcast ran for an hour.\n\n"AUDIENCE: We want the governor here now."')
    assert [c.sourcing for c in claims if c.rule == "quote.labelled"] != ["named_person"]


def test_second_speaker_after_but_keeps_its_claim():
    claims = run("Mr. Dale proposed a new levy, but analysts agreed it was still a bad plan.")
    assert [(c.content.text, c.speaker) for c in claims] == [
        ("a new levy", "Mr. Dale"), ("it was still a bad plan", "analysts")]


def test_second_speaker_after_and_with_an_auxiliary():
    claims = run("Ivo Dale has vowed to cut taxes, and Ann Roe is promising to help the towns.")
    assert [(c.content.text, c.speaker) for c in claims] == [
        ("to cut taxes", "Ivo Dale"), ("to help the towns", "Ann Roe")]


def test_participle_after_an_opening_quotation_takes_the_subject_after_it():
    c = one('The singer Ann Dale played in Dover. "Keep your hands up," Dale sings to the crowd before '
            'asking them, "Where do we go from here?"', 'them, "Where do we go from here?')
    assert c.speaker == "Ann Dale" and c.sourcing == "named_person"


def test_coordinated_verbs_take_the_clause_subject_not_the_opening_adverb():
    c = one('Once in my youth, when my aunt mentioned ghosts to me, I laughed and said, '
            '"I do not believe in ghosts."', "I do not believe in ghosts")
    assert c.source.text == "I"


def test_an_honorific_and_a_surname_is_a_person():
    one("Mr. Dale called on the council to act and said the roads were unsafe.", "the roads were unsafe",
        speaker="Mr. Dale", sourcing="named_person")


def test_group_with_a_prepositional_phrase_before_a_trailer():
    one("The mayor is tired of the campaign, advisers to the mayor say.", "The mayor is tired of the campaign",
        speaker="advisers to the mayor", sourcing="unnamed_official")


def test_group_with_a_person_in_its_phrase_is_not_that_person():
    claims = run("Jane Dale ran for mayor in Dover. But in recent days, advisers to Ms. Dale say, the mayor "
                 "has grown tired of the campaign.")
    c = [c for c in claims if "grown tired" in c.content.text][0]
    assert c.speaker == "advisers to Ms. Dale" and c.sourcing == "unnamed_official"


# --- "as" clauses ------------------------------------------------------------------------

def test_as_clause_trailer():
    one("Prices rose sharply, as the central bank had predicted.", "Prices rose sharply",
        speaker="the central bank", rule="as_clause.trailer")


def test_as_clause_parenthesis_gives_both_sides():
    claims = run("Rivers, as one of the mayor's advisers pointed out, normally do not flood twice.")
    assert [(c.content.text, c.rule) for c in claims] == [
        ("Rivers", "as_clause.parenthetical"), ("normally do not flood twice", "as_clause.parenthetical")]
    assert claims[0].sourcing == "unnamed_official" and claims[0].utterance_id == claims[1].utterance_id


def test_as_clause_lead_with_an_inclusion_names_the_group():
    c = one("Ivo Roe is a tax lawyer. As many tax experts, including Mr. Roe, have pointed out, the mayor is "
            "free to disclose her returns.", "the mayor is free to disclose her returns", rule="as_clause.lead")
    assert c.sourcing == "collective_unnamed" and c.speaker == "many tax experts"


@pytest.mark.parametrize("text", [
    "The vote came as soon as the mayor said it would.",
    "It was twice as big as the mayor said.",
    "He left the hall as the crowd said goodbye.",
])
def test_as_comparisons_and_times_are_not_attributions(text):
    assert not [c for c in run(text) if c.rule.startswith("as_clause.")]


def test_pronoun_after_a_definite_title_is_the_title_holder():
    claims = run("President Robert Dale spoke in Dover on Monday. John Roe, one of the president's aides, recalled "
                 "Mr. Dale talking about a book.\n\nThe president's roots also came into play. In Dover last week, "
                 "he told a meeting of farmers that few people understood the stakes.")
    c = [c for c in claims if c.content.text == "few people understood the stakes"][0]
    assert c.speaker == "Robert Dale"


def test_progressive_raising_questions_keeps_its_subject():
    one("Jane Roe is raising questions about the broken microphone at the debate.",
        "the broken microphone at the debate", speaker="Jane Roe", rule="nominal.questions_raised")


# --- relayed by another outlet --------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Jane Roe told the Daily Clarion that taxes would rise.", "taxes would rise"),
    ("Taxes will rise, Jane Roe told the Daily Clarion.", "Taxes will rise"),
    ("In an interview with the Daily Clarion, Jane Roe said taxes would rise.", "taxes would rise"),
    ("Jane Roe said in an interview with the Daily Clarion that taxes would rise.", "taxes would rise"),
    ("Jane Roe said in a statement to the Daily Clarion that taxes would rise.", "taxes would rise"),
    ('"Taxes will rise," Jane Roe told the Daily Clarion.', "Taxes will rise"),
])
def test_words_said_to_another_outlet_are_relayed_by_it(text, content):
    one(text, content, speaker="Jane Roe", via="the Daily Clarion")


@pytest.mark.parametrize("text", [
    "Jane Roe told reporters that taxes would rise.",
    "Jane Roe told the committee that taxes would rise.",
    '"Taxes will rise," Jane Roe said to the TV.',
])
def test_an_audience_that_is_no_outlet_relays_nothing(text):
    assert [c.via for c in run(text)] == [None]


def test_the_reports_own_outlet_relays_nothing():
    from datasette_claims.extract import extract_claims
    from datasette_claims.models import Article
    claims = extract_claims(Article(id="t", text="Jane Roe told the Daily Clarion that taxes would rise.",
                                    outlet="The Daily Clarion"))
    assert [c.via for c in claims] == [None]


def test_people_introduced_by_another_outlets_piece_speak_through_it():
    claims = run("Clarion Profile Mocks Voter, Jane Roe Says.\n\nThe Daily Clarion ran a feature Saturday that "
                 "profiled a farmer from Dover who backs Jane Roe.\n\nThe piece used one of the farmer's quotes as "
                 "its headline.\n\n\"We need new roads,\" Ivo Dale said, clapping.\n\n"
                 "\"The piece is unfair,\" Jane Roe said on Sunday.")
    via = {c.content.text: c.via for c in claims if c.speaker in ("Ivo Dale", "Jane Roe")}
    # (the headline's "..., Jane Roe Says" is Jane Roe's too since round 8: the headline verb ends her name)
    assert via == {"We need new roads": "The Daily Clarion", "The piece is unfair": None,
                   "Clarion Profile Mocks Voter": None}


def test_partitive_relative_is_the_group_before_it():
    c = one("This has not gone over well with the families of flood victims, many of whom say the mayor's "
            "claims are unfounded.", "the mayor's claims are unfounded")
    assert c.speaker == "the families of flood victims" and c.sourcing == "collective_unnamed"


def test_a_determined_plural_of_unlisted_noun_is_a_group():
    one("The council met the farmers, some of whom said the plan was fair.", "the plan was fair",
        speaker="the farmers", sourcing="collective_unnamed")


def test_subordinate_speaker_after_the_object_keeps_a_claim():
    claims = run("The mayor praised Ann Dale as a hero after she attacked the new budget plans.")
    assert [(c.content.text, c.speaker) for c in claims] == [
        ("Ann Dale as a hero", "The mayor"), ("the new budget plans", "Ann Dale")]


def test_a_noun_after_a_subordinator_is_no_second_speaker():
    one("The nominee complained about his mic the morning after the debate, even suggesting he may have been "
        "sabotaged.", "his mic the morning after the debate, even suggesting he may have been sabotaged")


def test_hedge_in_a_title_case_headline():
    c = one("Mayor Reportedly Scrambling For Votes In Dover.\n\nThe mayor spoke on Monday in Dover.",
            "Mayor Reportedly Scrambling For Votes In Dover", rule="hedge.unattributed")
    assert c.sourcing == "unattributed_hedged" and c.speaker is None


@pytest.mark.parametrize("who", ["One Republican", "A Kelpish senator", "Another Democrat", "A councillor",
                                 "A Kelp Party MP"])
def test_one_unnamed_office_holder_or_party_member_is_an_unnamed_official(who):
    one(f"The harbour bill was debated on Monday. {who} said the bill was dead.", "the bill was dead",
        sourcing="unnamed_official")
