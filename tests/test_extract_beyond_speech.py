"""Attributions beyond speech (PolNeAR's "other" cues, measured on its train
set): the writer's perception hedges ("seems to", "is expected to"), stances
taken on an object ("endorsed Dale", "expressed concern about X"),
prepositional cues in other forms ("is talking about X", ", referring to X"),
and aims ("hopes to", ", hoping to")."""

from __future__ import annotations

from tests.extract_helpers import one, run


def _contents(text):
    return [c.content.text.strip(" .") for c in run(text)]


def test_a_perception_hedge_is_an_unattributed_hedged_claim():
    c = one("The new ferry seems to be running late again.", "The new ferry seems to be running late again",
            rule="hedge.unattributed", sourcing="unattributed_hedged", source=None)
    assert c.hedges == ["seems to"]
    one("The harbour board appeared to close the road on Monday.",
        "The harbour board appeared to close the road on Monday", rule="hedge.unattributed")
    one("Jo Roe is expected to open a bakery in Kelp.",
        "Jo Roe is expected to open a bakery in Kelp", rule="hedge.unattributed")


def test_a_hedged_relative_clause_starts_at_its_pronoun_and_ends_at_the_next_clause():
    one("The vote falls to delegates who are expected to back Jo Roe at the convention.",
        "who are expected to back Jo Roe at the convention", rule="hedge.unattributed")
    one("The two towns seemed to share the costs, and the fishermen went home.",
        "The two towns seemed to share the costs", rule="hedge.unattributed")


def test_a_hedge_inside_a_reported_content_makes_no_second_claim():
    claims = run("Jo Roe said the levy seems to be working.")
    assert [c.rule for c in claims] == ["indirect.complement"]


def test_a_stance_on_a_noun_phrase_object():
    one("Senator Ada Quill endorsed Tom Reilly on Tuesday.", "Tom Reilly", speaker="Ada Quill", cue="endorsed")
    one("Jo Roe expressed concern about the closure of the harbour.", "concern about the closure of the harbour",
        speaker="Jo Roe")
    one("The mayor touted the new ferry timetable.", "the new ferry timetable")


def test_a_stance_needs_a_subject_that_can_hold_it_and_no_modal():
    assert _contents("You endorsed the plan.") == []
    assert _contents("Jo Roe may endorse the plan.") == []


def test_prepositional_cues_in_their_other_forms():
    one("Jo Roe is talking about the harbour plan.", "the harbour plan", cue="is talking about")
    one('"We cannot wait," Jo Roe told reporters, referring to the flood barrier.', "the flood barrier",
        speaker="Jo Roe", cue="referring to", rule="indirect.participle")


def test_made_it_clear_reports_its_complement():
    one("Ada Quill made it clear that she would not run again.", "she would not run again", speaker="Ada Quill")


def test_an_aim_of_the_subjects():
    one("Tom Reilly hopes to win the seat in May.", "to win the seat in May", speaker="Tom Reilly")
    one("Jo Roe toured the harbour on Sunday, hoping to calm the fishermen.", "to calm the fishermen",
        speaker="Jo Roe", rule="indirect.participle")


def test_a_hedged_clause_joined_to_an_earlier_one_starts_at_its_subject():
    one("The harbour bill has 32 sponsors, and the bill is widely expected to pass in May.",
        "the bill is widely expected to pass in May", rule="hedge.unattributed")


def test_a_stance_object_ends_at_a_comma_a_second_predicate_or_a_time():
    one("Senator Ada Quill endorsed Tom Reilly last week and spoke at his rally.", "Tom Reilly", cue="endorsed")
    one('"We cannot wait," Jo Roe said, referring to the harbour convention, where delegates will vote.',
        "the harbour convention", cue="referring to")


def test_the_hedge_anchors_are_found_by_their_literal_heads_across_a_line_break():
    # (hedges finds each anchor's head with str.find and tries its pattern only there:
    # the head must open every match of the pattern, or a hedge would be missed)
    import re

    from datasette_claims.extract import hedges

    for anchor in hedges._ANCHORS:
        assert anchor.pattern.pattern.startswith(anchor.head) and re.escape(anchor.head) == anchor.head
    text = "Nobody lives on Gullholm now. The old lighthouse is said\nto be haunted, and so is the pier."
    starts = [hedges._next_hit(text, a, 0, len(text)) for a in hedges._ANCHORS]
    assert [s for s in starts if s >= 0] == [text.index("said")]
    one("The old lighthouse on Gullholm is rumoured  to be haunted.",
        "The old lighthouse on Gullholm is rumoured  to be haunted", rule="hedge.unattributed")
