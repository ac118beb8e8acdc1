"""Attributions in headlines (the first paragraph), one invented example each.

Every headline here is made up (invented people, places and events).
"""

from __future__ import annotations

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article

BODY = "\n\nThe council met on Tuesday. Members debated the budget for two hours.\n"


def run(headline: str, body: str = BODY):
    return extract_claims(Article(id="t", text=headline + body, published="2024-03-06"))


def one(headline: str, content: str, **kw):
    claims = run(headline)
    found = [c for c in claims if c.content.text.strip(" \"'\u201c\u201d\u2018\u2019.,") == content]
    assert found, [(c.content.text, c.rule) for c in claims]
    c = found[0]
    for key, value in kw.items():
        got = getattr(c, key)
        if key in ("source", "cue"):
            got = got.text if got else None
        assert got == value, (key, got, value)
    return c


def none_with(headline: str, content_part: str):
    claims = run(headline)
    assert not [c for c in claims if content_part in c.content.text], \
        [(c.content.text, c.rule) for c in claims]


def test_lowercase_headline_verb():
    one("Harbor board calls 14 invoices 'irregular.'", "14 invoices 'irregular",
        source="Harbor board", cue="calls", rule="headline.verb")


def test_plural_subject_bare_verb():
    one("Mountain mayors promise they will keep roads open.", "they will keep roads open",
        source="Mountain mayors", cue="promise")


def test_infinitive_cue():
    one("Velma Orr to call for wider flood defenses.", "wider flood defenses",
        source="Velma Orr", cue="to call for")


def test_title_case_plural_verb():
    one("Leaked Memos Reveal Hidden Port Fees.", "Hidden Port Fees",
        source="Leaked Memos", cue="Reveal")


def test_just_past_tense():
    one("This Radio Host Just Dismissed The Governor\u2019s Ferry Plan.",
        "The Governor\u2019s Ferry Plan", source="This Radio Host", cue="Just Dismissed")


def test_bare_past_tense_is_no_cue():
    claims = run("Ferry Route Announced For Spring.")
    assert not [c for c in claims if c.rule == "headline.verb"]


def test_content_stops_at_as_clause():
    one("Dana Pirell Says No To Debate As Rivals Turn Up The Pressure.", "No To Debate",
        source="Dana Pirell")


def test_content_stops_at_amid_and_dash():
    one("Harbor Widow Mara Quint Defends Mayor Amid Ferry Controversy.", "Mayor",
        source="Harbor Widow Mara Quint")
    one("Kel Varga Just Revealed Who He Would Pick For Treasurer \u2013 It Might Surprise You.",
        "Who He Would Pick For Treasurer", cue="Just Revealed")


def test_coordinated_verb_keeps_subject():
    one("Lisbet Arno Backs Ferry Plan And Denounces Toll.", "Toll",
        source="Lisbet Arno", cue="Denounces")


def test_source_ends_before_first_verb():
    one("Sen. Ola Brin slams toll, praises ferry as 'a lifeline.'", "ferry as 'a lifeline",
        source="Sen. Ola Brin", cue="praises")


def test_calls_for_particle_and_after_clause():
    one("Rita Moor Calls for Special Audit after Report Reveals Missing Funds.", "Special Audit",
        source="Rita Moor", cue="Calls for")
    one("Rita Moor Calls for Special Audit after Report Reveals Missing Funds.", "Missing Funds",
        source="Report", cue="Reveals")


def test_subordinate_clause_subject():
    one("As Pell Orrin demands tunnel, engineers build bridges.", "tunnel",
        source="Pell Orrin", cue="demands")


def test_after_discord_subject():
    one("Amid uproar, Ivo Sand claims victory; \nCounting continues in three districts.",
        "victory", source="Ivo Sand", cue="claims")


def test_trailer_rules():
    one("Harbor records must be released, county judge rules.", "Harbor records must be released",
        source="county judge", cue="rules", rule="headline.trailer")


def test_verb_phrase_colon_quote():
    one("Tova Lind scolds council members: 'You are wasting time.'", "You are wasting time",
        source="Tova Lind", rule="headline.colon_quote")


def test_accused_of_has_no_source():
    c = one("Port Authority Accused Of Hiding Dredging Costs.", "Hiding Dredging Costs",
            cue="Accused Of")
    assert c.source is None


def test_noun_cue_after_verb_is_dropped():
    none_with("Old ferry rival files damages claim for clients.", "for clients")


def test_heading_colon_stops_at_subhead():
    c = one("Harbor chief: Ferry fares will not rise; \nBoard weighs new routes to islands.",
            "Ferry fares will not rise", source="Harbor chief", rule="heading.colon")
    assert "Board" not in c.content.text


def test_heading_colon_lowercase_speech_noun():
    one("Mayor's camp: Bridge tolls hurt small shops.", "Bridge tolls hurt small shops",
        source="Mayor's camp")


def test_heading_colon_lone_poll():
    one("Poll: Orrin and Vale tied in coastal districts.", "Orrin and Vale tied in coastal districts",
        source="Poll")


def test_heading_colon_not_a_label_or_question():
    none_with("The Quiet Season: Harbor Towns Brace For Winter.", "Harbor Towns")
    none_with("Ola Brin: Reformer or career politician?", "Reformer")


def test_heading_colon_verb_after_colon_is_cue():
    one("Vale Weighs In: Urges Council To Keep Ferry Running.", "Council To Keep Ferry Running",
        cue="Urges", rule="headline.verb")


def test_heading_colon_content_owns_inner_verbs():
    claims = run("Tide Gazette Check: If Orrin Says It, It Is Settled.")
    assert [c.rule for c in claims if c.content.start < 60] == ["heading.colon"]


def test_lede_paragraph_is_left_alone():
    text = ("Mayor Lina Osk said on Monday that the bridge would reopen as crews finished work. "
            "Engineers agreed. Crews cheered.\n\nThe bridge closed in May.\n")
    claims = extract_claims(Article(id="t", text=text, published="2024-03-06"))
    assert not [c for c in claims if c.rule.startswith("headline.")]


def test_known_headline_must_match_first_paragraph():
    text = "Harbor board calls 14 invoices 'irregular.'\n\nThe board met on Tuesday.\n"
    claims = extract_claims(Article(id="t", text=text, headline="A different headline entirely"))
    assert not [c for c in claims if c.rule.startswith("headline.")]
