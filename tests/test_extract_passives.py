"""Passive and sourceless attributions, one invented sentence each.

Every sentence here is made up (invented people, places and events)."""

from __future__ import annotations

from extract_helpers import one, run


def test_passive_asked_has_no_source():
    c = one("The harbour master was asked whether the ferry would sail on Sunday.",
            "whether the ferry would sail on Sunday", source=None, speaker=None)
    assert c.cue.text.endswith("asked")


def test_it_was_announced_has_no_source():
    one("It was announced on Tuesday that the old pier will close in May.",
        "the old pier will close in May", source=None, speaker=None)


def test_passive_declared_has_no_source():
    one("Ilse Marn was declared the winner in the harbour district.",
        "the winner in the harbour district", source=None, speaker=None)


def test_criticized_as_subject_and_complement():
    claims = [c for c in run("The ferry plan was widely criticized as reckless and costly.")
              if c.rule == "passive.criticized"]
    assert [c.content.text for c in claims] == ["The ferry plan was widely criticized as reckless and costly"]
    assert all(c.source is None and c.speaker is None for c in claims)
    assert claims[0].cue.text == "was widely criticized"


def test_accused_by_agent():
    claims = [c for c in run("Tomas Verhal was accused by critics of lying about the dredging costs.")
              if c.rule == "passive.criticized"]
    assert [c.content.text for c in claims] == ["Tomas Verhal was accused by critics of lying about the dredging costs"]
    assert all(c.source.text == "critics" for c in claims)


def test_criticized_by_agent_without_complement():
    c = one("The new toll was sharply criticized by fishermen.", "The new toll", source="fishermen")
    assert c.rule == "passive.criticized"


def test_criticized_after_lead_in_and_apposition():
    one("In some towns, ferry firms have been criticized for raising fares.",
        "ferry firms have been criticized for raising fares", rule="passive.criticized")
    one("Ilse Marn, 44, is accused of stealing two sailboats.", "Ilse Marn, 44, is accused of stealing two sailboats",
        rule="passive.criticized")


def test_relative_pronoun_stands_for_the_noun_phrase_before_it():
    claims = [c.content.text for c in run("The board, which was condemned for the delay, met again.")
              if c.rule == "passive.criticized"]
    assert claims == ["The board, which was condemned for the delay"]


def test_a_relative_pronoun_with_no_plain_antecedent_is_no_content():
    claims = [c.content.text for c in run("In May, the board, which was condemned for the delay, met again.")
              if c.rule == "passive.criticized"]
    assert "which" not in claims


def test_stranded_accused_of_gives_no_claim():
    claims = run("Nobody mentions the thefts her cousin, Dario, is accused of.")
    assert not [c for c in claims if c.cue and "accused" in c.cue.text]


def test_elided_subject_gives_no_passive_claim():
    claims = run("He was booed at the quay; was denounced by the bishop; and left.")
    assert not [c for c in claims if c.rule == "passive.criticized"]


def test_announced_reduced_relative():
    one("The tentative deal, announced Friday, would last three years.", "The tentative deal",
        source=None, rule="passive.announced_np")
    one("The port keeps screening boats under a plan announced earlier this year.", "a plan",
        rule="passive.announced_np")


def test_when_asked_with_event_adjunct():
    one("Asked during a council debate why the tunnel was late, Mayor Ana Pell blamed the rain.",
        "why the tunnel was late", source=None, rule="question.when_asked")
    one("When asked at the business forum about the merger, she defended it.",
        "about the merger", source=None, rule="question.when_asked")


def test_when_asked_trailing_interview_is_cut():
    one('"It is late," Pell said, asked about the delay in an interview.', "the delay",
        source=None, rule="question.when_asked")


def test_asked_for_position_and_direct_question():
    one('When asked for his position during a radio interview, Dal said, "We will see."',
        "for his position", rule="question.when_asked")
    one('Asked a direct question about this in the debate, Dal said, "I take the blame."',
        "a direct question about this", rule="question.when_asked")


def test_hedge_after_subordinate_lead_in():
    one("When the vote ended, harbour delegates reportedly erupted in loud booing.",
        "harbour delegates reportedly erupted in loud booing", source=None, rule="hedge.unattributed")


def test_hedge_cut_at_clause():
    one("The hackers have reportedly entered 100 offices, leaving staff fearful.",
        "The hackers have reportedly entered 100 offices", rule="hedge.unattributed")


def test_hedge_in_parentheses_and_conjoined_verb():
    one("For all the talk (her team has reportedly hired a ghost writer) Roe is calm.",
        "her team has reportedly hired a ghost writer", rule="hedge.unattributed")
    one("He chased smugglers for years and was reportedly targeted by a gang; he retired later.",
        "was reportedly targeted by a gang", rule="hedge.unattributed")


def test_sentence_initial_reportedly():
    one("The ferry was late. Reportedly, the captain made rude remarks to the crew.",
        "the captain made rude remarks to the crew", source=None, rule="hedge.unattributed")


def test_said_to_hedge():
    one("The deal is said to be worth $5 million.", "The deal is said to be worth $5 million",
        source=None, rule="hedge.unattributed")


def test_bare_passive_subject_is_the_content():
    one("The purchase price was not disclosed, though the boat was old.", "The purchase price",
        source=None, speaker=None, rule="passive.bare")
    one("When the harbour case was argued in May, the judges were calm.", "the harbour case",
        rule="passive.bare")


def test_bare_passive_leaves_that_clause_to_the_verbal_rule():
    c = one("Roe came under fire when it was revealed in March that she had used a private boat.",
            "she had used a private boat", source=None, speaker=None)
    assert c.rule != "passive.bare"


def test_charged_with_subject_and_short_complement():
    claims = [c for c in run("Dario Pell was charged with assault, but prosecutors dropped the case.")
              if c.rule == "passive.criticized"]
    assert [c.content.text for c in claims] == ["Dario Pell was charged with assault"]


def test_already_being_criticized():
    claims = [c for c in run("That ferry deal was already being criticized as a threat to the bay.")
              if c.rule == "passive.criticized"]
    assert [c.content.text for c in claims] == ["That ferry deal was already being criticized as a threat to the bay"]
