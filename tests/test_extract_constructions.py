"""One small, invented example per attribution construction.

Every sentence here is made up (invented people, places and events), so the
tests document the rules without quoting any corpus.
"""

from __future__ import annotations

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def run(text: str, published: str | None = "2024-03-06"):
    return extract_claims(Article(id="t", text=text, published=published))


def one(text: str, content: str, **kw):
    claims = run(text, kw.pop("published", "2024-03-06"))
    found = [c for c in claims if c.content.text.strip(" \"'\u201c\u201d.,") == content]
    assert found, [(c.content.text, c.rule) for c in claims]
    c = found[0]
    for key, value in kw.items():
        got = getattr(c, key)
        if key in ("source", "cue"):
            got = got.text if got else None
        assert got == value, (key, got, value)
    assert c.text_ok if hasattr(c, "text_ok") else True
    return c


def test_direct_trailer_straight_quotes():
    one('Mayor Lina Osk opened the bridge.\n\n"The river is ours again," Osk said.',
        "The river is ours again", source="Osk", speaker="Lina Osk", quote_type="direct",
        sourcing="named_person")


def test_direct_trailer_curly_quotes_inverted():
    one("\u201cWe will rebuild the harbour,\u201d said Tomas Verhal, the port director.",
        "We will rebuild the harbour", quote_type="direct", speaker="Tomas Verhal")


def test_single_quoted_and_guillemets():
    one("'Prices will fall soon,' Ada Brenn said.", "Prices will fall soon", quote_type="direct")
    one("\u00abThe vote was fair\u00bb, Ivo Petrak said.", "The vote was fair", quote_type="direct")


def test_split_quote_shares_cue():
    claims = run('"The plan is ready," Mira Solt said, "and it starts in May."')
    direct = [c for c in claims if c.quote_type == "direct"]
    assert len(direct) == 2
    assert direct[0].cue == direct[1].cue and direct[0].speaker == "Mira Solt"


def test_colon_quote():
    one('Governor Pell Arden said: "Schools reopen on Monday."', "Schools reopen on Monday",
        quote_type="direct", speaker="Pell Arden")


def test_multi_paragraph_quote():
    text = ('Dana Quill spoke at length.\n\n"We waited for years.\n\n'
            '"Now the funds have arrived," Quill said.')
    claims = run(text)
    pieces = {c.content.text.strip('".,') for c in claims if c.quote_type == "direct"}
    assert "We waited for years" in pieces and "Now the funds have arrived" in pieces


def test_indirect_said_that_with_time():
    c = one("Finance Minister Oren Vale said on Tuesday that the budget would balance.",
            "the budget would balance", speaker="Oren Vale", quote_type="indirect")
    assert c.said_on == "2024-03-05"  # the Tuesday before Wednesday 2024-03-06


def test_no_year_no_date():
    c = one("Oren Vale said on Tuesday that the budget would balance.", "the budget would balance",
            published=None)
    assert c.said_on is None


def test_indirect_trailer():
    one("The dam will be finished next year, officials said.", "The dam will be finished next year",
        source="officials", sourcing="unnamed_official")


def test_according_to():
    one("According to the city council, the market will close early.",
        "the market will close early", source="the city council", sourcing="named_org")
    one("The market will close early, according to Rina Holt.", "The market will close early",
        source="Rina Holt")


def test_told_reporters_sets_said_to():
    c = one("Selma Grau told reporters that the strike was over.", "the strike was over")
    assert c.said_to == "reporters"


def test_told_a_news_conference_sets_where():
    c = one('"The border is calm," Piet Lorn told a news conference in Varna.', "The border is calm")
    assert c.said_where == "a news conference in Varna"


def test_in_a_statement_sets_where():
    c = one("The ministry said in a statement that the plant was safe.", "the plant was safe",
            sourcing="named_org")
    assert c.said_where == "a statement"


def test_added_participle_keeps_speaker():
    c = one('"The roads are open," Kato Brim said, adding that the trains would follow.',
            "the trains would follow", speaker="Kato Brim")
    assert c.rule == "indirect.participle"


def test_pronoun_resolves_to_nearest_named_person():
    text = ("Lena Marsh met the farmers on Monday.\n\n"
            '"We need rain," she said.')
    one(text, "We need rain", source="she", speaker="Lena Marsh")


def test_title_resolves_to_person_named_later():
    text = ("The harbour minister said on Monday that ferries would resume.\n\n"
            '"Ferries run again," Jonas Keel told reporters.')
    c = one(text, "ferries would resume", source="The harbour minister")
    assert c.speaker == "Jonas Keel" and c.speaker_role == "The harbour minister"


def test_appositive_feeds_role():
    c = one("Aino Rask, a spokeswoman for the union, said the talks had failed.",
            "the talks had failed")
    assert c.speaker == "Aino Rask" and c.speaker_role == "a spokeswoman for the union"


def test_we_inside_quote_is_not_a_speaker():
    claims = run('"We said we would win," Bo Lind said.')
    assert all(c.speaker == "Bo Lind" for c in claims)


@pytest.mark.parametrize("verb,stance", [("insisted", "stance"), ("denied", "denial"),
                                         ("urged", "directive"), ("announced", "assertion")])
def test_cue_stance(verb, stance):
    c = one(f"Pia Dorn {verb} that the factory would stay open.", "the factory would stay open")
    assert c.stance == stance


def test_called_for_partial_quote():
    one('Norland has called for a "firm response" to the flooding.',
        'a "firm response" to the flooding', quote_type="partial", sourcing="named_org")


def test_mixed_quote():
    one('Officials said the levee was "holding for now."', 'the levee was "holding for now',
        quote_type="mixed")


def test_unnamed_official_with_anonymity_reason():
    c = one("A senior official, who spoke on condition of anonymity because the talks are "
            "private, said the deal was close.", "the deal was close", sourcing="unnamed_official")
    assert c.anonymity_reason and "talks are private" in c.anonymity_reason


def test_anonymous_generic_and_collective():
    one("Sources said the ferry was late.", "the ferry was late", sourcing="anonymous_generic")
    one("Critics said the ferry was late.", "the ferry was late", sourcing="collective_unnamed")


def test_document_and_media_report_sources():
    one("The report said the river was polluted.", "the river was polluted", sourcing="document")
    one("State media said the river was polluted.", "the river was polluted",
        sourcing="media_report")


def test_social_post():
    c = one("Uma Feld said on Twitter that the vote was rigged.", "the vote was rigged")
    assert c.said_where == "Twitter"


def test_reportedly_is_unattributed_hedged():
    c = one("On Friday, the convoy reportedly crossed the border.",
            "the convoy reportedly crossed the border", sourcing="unattributed_hedged")
    assert c.source is None and c.hedges == ["reportedly"]


def test_nested_citing_as_saying_and_denial():
    text = ("Arno Tell dismissed media reports citing an unnamed army official as saying "
            "that troops were moving.")
    claims = run(text)
    nested = [c for c in claims if c.rule == "nested.citing_as_saying"]
    assert nested and nested[0].speaker == "an unnamed army official"
    assert nested[0].via == "media reports" and nested[0].sourcing == "unnamed_official"
    denial = [c for c in claims if c.stance == "denial"]
    assert denial and denial[0].denies == nested[0].id


def test_dash_and_heading_colon():
    claims = run("Rui Sand: Taxes Must Fall\n\nThe mayor met voters.")
    assert any(c.source and c.source.text == "Rui Sand" for c in claims)


def test_narration_is_not_a_claim():
    assert run("The council held talks on Tuesday. The bridge opened in 2006.") == []


def test_claim_ids_are_stable():
    a = run("Oren Vale said that the budget would balance.")
    b = run("Oren Vale said that the budget would balance.")
    assert [c.id for c in a] == [c.id for c in b]
    c = a[0]
    assert c.id == f"t:{c.content.start}-{c.content.end}"


def test_nominal_claim_that():
    text = "Vera Holm spoke first. Engineers doubted her claim that the tunnel was safe."
    c = one(text, "the tunnel was safe", source="her", speaker="Vera Holm")
    assert c.rule == "nominal.that"


def test_when_asked_has_no_source():
    c = one("When asked about the tunnel, the engineer smiled.", "about the tunnel")
    assert c.source is None and c.stance == "question"


def test_mixed_quote_marks_pair():
    one('"The dam holds,\u201d Lars Ek said.', "The dam holds", quote_type="direct", speaker="Lars Ek")


def test_told_object_then_infinitive_keeps_addressee():
    one("Nils Berg told the crew to leave the site.", "the crew to leave the site")


@pytest.mark.parametrize("expr,expected", [
    ("yesterday", "2024-03-05"), ("on March 1", "2024-03-01"), ("on December 30", "2023-12-30"),
    ("on Wednesday", "2024-03-06"), ("earlier on Monday", "2024-03-04"), ("last week", None),
])
def test_time_expressions(expr, expected):
    c = one(f"Oren Vale said {expr} that the budget would balance.", "the budget would balance")
    assert c.said_on == expected
