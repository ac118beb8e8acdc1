"""A quotation after "<clause>, he said:" is the speaker's claim once: the
headline-style colon rule ("Jane Roe: Taxes must fall") does not take the
words before the colon as a second speaker ("Asked about ..., he said:" gave
the speaker "Asked" and the quotation twice)."""

from __future__ import annotations

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article

QUOTE = "The ferry timetable will not change before the summer."


def claims_of(text: str):
    return extract_claims(Article(id="a", text=text))


def test_asked_then_he_said_colon_gives_one_claim_of_the_quote():
    text = f'Ivo Brandt runs the harbour board.\n\nAsked about the union\'s warning, he said: "{QUOTE}"'
    holding = [c for c in claims_of(text) if QUOTE[:30] in c.content.text]
    assert len(holding) == 1, [(c.rule, c.speaker) for c in holding]
    assert holding[0].rule == "direct.intro" and holding[0].speaker == "Ivo Brandt"
    assert not [c for c in claims_of(text) if c.speaker == "Asked"]


def test_a_headline_colon_still_speaks():
    found = claims_of("Ivo Brandt: Ferry fares must not rise this year\n\nThe harbour board meets on Monday.")
    assert [(c.rule, c.speaker) for c in found if c.rule == "heading.colon"] == [("heading.colon", "Ivo Brandt")]


def test_a_roster_of_names_after_a_colon_is_no_claim():
    text = ("Members of the panel, not all of whom answered:\n\nWestvale: Ana Brook, Ted Morn, Lise Carro, "
            "Pavel Ostrin Jr., Dana K. Fell.\n\nEastmoor: Ivo Brandt, Mira Sand and Olaf Tenn.")
    assert not [c for c in claims_of(text) if c.rule == "heading.colon"], \
        [(c.rule, c.content.text) for c in claims_of(text)]


def test_a_heading_colon_with_a_statement_still_speaks():
    found = claims_of("Ivo Brandt: Ferry Fares, Tram Fares and Bus Fares Stay\n\nThe harbour board meets on Monday.")
    assert [c.rule for c in found if "Tram Fares" in c.content.text] == ["heading.colon"]
