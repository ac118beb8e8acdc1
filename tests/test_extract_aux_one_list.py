"""One list of finite auxiliaries, one "quote that opens at k" lookup: the
regexes and lookups built from them still read invented prose as before."""

from __future__ import annotations

from types import SimpleNamespace

from datasette_claims.extract import nominal
from datasette_claims.extract import patterns as P
from datasette_claims.extract.context import next_para_quote, quote_opening_after, quote_opening_at
from datasette_claims.extract.lexicon import DO_AUX, FINITE_AUX
from datasette_claims.extract.quotes import find_quotes
from datasette_claims.extract.verbal import complements, subject


def test_every_finite_auxiliary_ends_a_noun_phrase_and_closes_a_gap():
    for aux in FINITE_AUX:
        assert nominal._NP_END.match(f" {aux} hurt him"), aux
        assert nominal._INF_END.match(f" {aux} drawn fire"), aux
        assert subject.GAP_VERB.match(f"{aux} ongoing"), aux
        assert complements._AUX_SOON.match(f" the new ferry {aux}"), aux
    assert P.AUX_ALT.split("|") == list(FINITE_AUX)
    assert P.AUX_DO_ALT.split("|") == [*FINITE_AUX, *DO_AUX]


def test_do_ends_a_noun_phrase_but_not_an_infinitive():
    assert nominal._NP_END.match(" do harm")
    assert not nominal._INF_END.match(" do so")  # "her vow to do so"
    assert nominal._INF_END.match(" did harm")
    assert complements._CLAUSE_WORDS.search("that they do")
    assert not subject.GAP_VERB.match("mayor of Kessby")  # a word that only begins with "may"


def _ctx(text: str):
    paras = [(0, len(text))]
    quotes = find_quotes(text, paras)
    return SimpleNamespace(text=text, quotes=quotes, qstarts=[q.start for q in quotes])


def test_the_quote_opening_at_a_position_is_found_by_both_lookups():
    text = 'Ina Dahl said: "The ferry to Orsund will keep running every hour," and left.'
    ctx = _ctx(text)
    k = text.index('"')
    q = quote_opening_at(ctx, k)
    assert q is not None and q.open_at == k
    assert quote_opening_at(ctx, k + 1) is None
    assert quote_opening_at(ctx, 0) is None
    assert quote_opening_after(ctx, text.index(":")) is q
    assert next_para_quote(ctx, k - 1) is q
