"""Constructions whose claims used to be missed entirely (no prediction at all).

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


def test_verb_after_subject_is_not_part_of_the_name():
    # "Osk went" is no noun phrase ("went" ends like "-ent" nouns)
    one("Mayor Lina Osk went on to criticize the harbour board for its failure to act.",
        "the harbour board for its failure to act", source="Mayor Lina Osk")


def test_aspect_verb_before_noun_like_cue():
    # "continued to question": a verb, although "question" is mostly a noun
    one("Osk continued to question the board's budget.", "the board's budget", source="Osk")
    one("Ivo Dal went on to call the mayor a liar.", "the mayor a liar", source="Ivo Dal")


def test_to_noun_stays_a_noun():
    claims = run("Osk did not respond to questions about the budget.")
    assert not [c for c in claims if c.cue and c.cue.text == "questions"]


def test_quoted_title_inside_leading_adjunct_is_no_trailer():
    c = one("Sunday on Rolo Network\u2019s \u201cMorning Desk,\u201d Lina Osk said if the mayor picked her "
            "as a deputy the city would have a \u201ctwo-pirate ticket.\u201d",
            "if the mayor picked her as a deputy the city would have a \u201ctwo-pirate ticket",
            source="Lina Osk")
    assert c.quote_type != "direct"
    assert not [c for c in run("Sunday on Rolo Network\u2019s \u201cMorning Desk,\u201d Lina Osk said "
                               "the port is safe.") if c.content.text == "Morning Desk,"]


def test_direct_trailer_still_a_trailer():
    one("\u201cThe port is safe again,\u201d Lina Osk said on Monday.", "The port is safe again",
        source="Lina Osk", quote_type="direct")


def test_cue_in_a_list_of_predicates():
    one("The Harbour Board repeatedly concealed facts, admitted it withheld emails, and delayed findings.",
        "it withheld emails", source="The Harbour Board")


def test_past_participle_after_subject_is_not_a_list():
    claims = run("The plan, announced by the board, would close the port.")
    assert not [c for c in claims if c.source and c.source.text == "The plan"
                and c.cue and c.cue.text.startswith("announced") and c.rule == "indirect.complement"]


def test_relative_clause_gap_after_head_noun():
    one("Police examined the server \u2014 a probe the agency said was ongoing as of this month.",
        "was ongoing as of this month", source="the agency")


def test_relative_pronoun_object_described_as():
    one("The port, which Osk described as \u201ca jewel,\u201d closed in May.",
        "as \u201ca jewel", source="Osk")


def test_colon_then_unquoted_block_paragraph():
    one("In a speech last July, Osk said:\n\nLet no one be mistaken, the harbour plan is a cancer on "
        "the city.\n\nShe left the hall.",
        "Let no one be mistaken, the harbour plan is a cancer on the city", source="Osk")


def test_determiner_subject_of_coordinated_cue():
    one("The judge rubbed his chin, and then said something very strange.",
        "something very strange", source="The judge")


def test_participle_subject_after_adjunct_with_quoted_title():
    one('In an interview with "Rolo and Friends," Lina Osk pointed to Telk as the regional enforcer, '
        "remarking that the city should make things harder on Telk.",
        "the city should make things harder on Telk", source="Lina Osk")


def test_sentence_initial_participle_clause():
    one("Noting that only Ivo Dal voted with the board, Osk said the port would close.",
        "only Ivo Dal voted with the board", source="Osk", rule="indirect.initial_participle")
    one("Noting that only Ivo Dal voted with the board, Osk said the port would close.",
        "the port would close", source="Osk")


def test_sentence_initial_participle_comma_inside_quote():
    one('Acknowledging that Dal \u201csays a lot of odd stuff,\u201d Osk said she would still vote for him.',
        "Dal \u201csays a lot of odd stuff", source="Osk")


def test_initial_weak_participle_is_no_claim():
    claims = run("Holding a sign, Osk marched to the port.")
    assert not [c for c in claims if c.cue and c.cue.text == "Holding"]


def test_relative_pronoun_is_the_source():
    one("The letter came from the harbour union, which urged consideration of other nominees.",
        "consideration of other nominees", source="which")
    one('Banners went up at the harbour office that said "We stay open."', "We stay open", source="that")


def test_complementizer_that_is_no_source():
    claims = run("Osk argued that claimed losses were never proven.")
    assert not [c for c in claims if c.source and c.source.text == "that"]
