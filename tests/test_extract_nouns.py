"""Noun cues: "his criticism of X", "her call for X", "raised questions about X".

Every sentence here is invented (made-up people and places).
"""

from __future__ import annotations

from extract_helpers import one, run


def test_possessive_criticism_of():
    one("Mayor Tova Relling has been blunt in her criticism of the harbour plan.",
        "the harbour plan", source="her", cue="criticism of")


def test_named_possessive_attacks_on():
    one("Voters in Dunmere shrugged at Brannock's sharp attacks on the transit board.",
        "the transit board", source="Brannock", cue="attacks on")


def test_call_to_keeps_infinitive():
    one("The council debated Ilse Varga's call to close the old quarry by spring.",
        "to close the old quarry by spring", source="Ilse Varga", cue="call")


def test_np_content_stops_at_finite_verb():
    one("His attacks on Mirov have cost the party votes in the north.",
        "Mirov", source="His", cue="attacks on")


def test_questions_raised_without_source():
    c = one("The leaked memo raised new questions about whether the tender was rigged.",
            "whether the tender was rigged", cue="questions about")
    assert c.source is None


def test_questions_raised_by_named_subject():
    one("Orla Finch has raised questions about the budget of the port authority.",
        "the budget of the port authority", source="Orla Finch")


def test_time_after_preposition_is_not_content():
    claims = run("Senator Pell Darrow repeated his criticism on Tuesday.")
    assert not [c for c in claims if c.rule.startswith("nominal.")]


def test_noun_inside_reported_content_is_left_to_the_verb():
    claims = run("Ada Quell said his attacks on the ferry union were unfair.")
    assert [c.rule for c in claims if c.rule.startswith("nominal.")] == []
    assert any(c.content.text.startswith("his attacks on the ferry union") for c in claims)
