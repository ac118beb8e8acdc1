"""One list of finite auxiliaries, one "quote that opens at k" lookup: the
regexes and lookups built from them still read invented prose as before."""

from __future__ import annotations

import re
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


def _module_patterns():
    """Every compiled pattern held at module level by the extractor's modules."""
    import importlib
    import pkgutil

    import datasette_claims.extract as extract_pkg
    for info in pkgutil.walk_packages(extract_pkg.__path__, extract_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value.pattern


def test_every_alternation_of_all_the_finite_auxiliaries_is_the_shared_one():
    """An alternation that holds every finite auxiliary is built from
    ``patterns.AUX_ALT`` (in its order), not typed out again."""
    runs = re.compile(r"(?:[a-z]+\|)+[a-z]+")
    typed_out = []
    for name, pattern in _module_patterns():
        for run in runs.findall(pattern):
            if set(FINITE_AUX) <= set(run.split("|")) and P.AUX_ALT not in run:
                typed_out.append(name)
    assert typed_out == []


def test_the_shared_auxiliaries_read_invented_prose_as_before():
    from datasette_claims.extract import headlines, sources
    from datasette_claims.extract.verbal import cue, frames

    for aux in (*FINITE_AUX, *DO_AUX):
        assert frames._INV_RESUME.match(f", {aux} go"), aux
        assert frames._CLAUSE_SUBJ.match(f"Orsund {aux} go"), aux
        assert frames._ADJUNCT_THEN_CLAUSE.match(f"on Tuesday she {aux} know"), aux
        assert sources._PARENTHETICAL_AFTER.match(f"aide, {aux} "), aux
    for aux in FINITE_AUX:
        assert frames._BAD_CONTENT_START.match(f"{aux} not"), aux
        assert headlines._BAD_SUBJECT_WORD.match(aux.upper()), aux
        assert re.match(cue._ED_ADJECTIVE, f" ferry fares {aux} stay"), aux
    assert not frames._BAD_CONTENT_START.match("mayor")
    assert not sources._PARENTHETICAL_AFTER.match("aide, dozens ")
