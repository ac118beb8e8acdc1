"""The source walkers find the same source when they first read only the end
of a cue's window as when they read the whole window.

Why: ``sources.left_source`` tokenised the 150 characters before every cue,
while most cues read only a few tokens back; it now reads a short last part
first (``patterns.short_window``) and the whole window only when a walker
reads a token before that part's guard tokens (``patterns.WindowCut``).  The
view stands for the whole list shifted right, so what a walker can tell apart
is only an index compared with a small constant near the window's start, where
it reads a marker.  Checked here on invented sentences at every cue position
and on random texts of the words and marks the walkers test.
"""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import patterns as P
from datasette_claims.extract import sources
from datasette_claims.extract.anonymity import screen_cues
from datasette_claims.extract.context import Ctx, People, build_units, inside_quote
from datasette_claims.extract.quotes import find_quotes
from datasette_claims.extract.sentences import paragraph_spans
from datasette_claims.models import Article


def make_ctx(text: str) -> Ctx:
    article = Article(id="t", text=text)
    paras = paragraph_spans(article)
    quotes = find_quotes(text, paras)
    units = build_units(text, paras, quotes)
    ctx = Ctx(article, text, paras, quotes, [q.start for q in quotes], units, [u[0] for u in units], None, None)
    ctx.people = People(text, paras, partial(inside_quote, ctx))
    ctx.pstarts = [p[0] for p in paras]
    ctx.cue_hits = [P.first_cues_per_sentence(P.cue_matches(text, ps, pe), ctx.ustarts) for ps, pe in paras]
    screen_cues(ctx)  # (as ``assemble.build`` makes the context before its passes)
    return ctx


def both(monkeypatch, text: str, ustart: int, cue: int):
    """(whole window's answer, short window's answer) for one cue, each on a
    fresh context (no kept window)."""
    with monkeypatch.context() as m:
        m.setattr(sources, "_SHORT_WIDTH", 10 ** 9)  # no space that far back: the whole window
        whole = sources.left_source(make_ctx(text), ustart, cue)
    return whole, sources.left_source(make_ctx(text), ustart, cue)


SENTENCES = [
    "In a long and detailed statement released late on Tuesday evening the board of the Kelp Harbour "
    "Authority said",
    "Jo Roe, a spokeswoman for the ministry of transport and the harbour board in Vell, Idaho, said",
    "Mr. Ann Lee, now 81 and retired in Boise, Idaho, after many years at the Kelp Institute, said",
    "The report on the harbour, which was published by the Kelp Institute on Monday, found",
    'Jon Roe, host of "Morning Show," and a long-time critic of the harbour board and its chair, said',
    "Officials in Boise, Idaho, speaking on condition of anonymity to the local newspaper, said",
    "The traders we spoke to at the market on the quay near the old harbour entrance told",
    "Sen. Jane Roe (D-Ore.), who chairs the committee on harbours and fisheries since 2019, has also said",
    "Residents who heard the mayor and her two deputies at the long meeting on Monday say",
    "The mayor issued a statement late on Friday after the meeting of the harbour board saying",
    "USA A senior official of the Kelp Harbour Authority, who asked not to be named, told",
    "Yesterday the mayor of the small harbour town of Vell and the chair of its board both said",
    "the Ohio governor and Republican candidate for the Senate seat in the autumn elections said",
    "Jo Roe -- a spokeswoman for the harbour board and a former member of the council -- said",
    "A survey by the Kelp Institute of four hundred residents of the harbour town of Vell found",
    "Whilst the long report on the harbour and its many problems with the old quay walls concedes",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_invented_sentences_at_every_word(monkeypatch, text):
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == " "]
    short_reads = 0
    for cue in starts[1:]:
        whole, short = both(monkeypatch, text, 0, cue)
        assert short == whole, (text[:cue], whole, short)
        short_reads += P.short_window(None, text, max(0, cue - 150), cue, sources._SHORT_WIDTH,
                                      sources._SHORT_GUARD)[0] is not None
    assert short_reads > 0  # (the sentences are long enough that some windows are read short)


PIECES = st.sampled_from(list(" ,.;:()\"'\u201c\u201d-1") + [
    "the ", "The ", "a ", "A ", "and ", "or ", "who ", "that ", "In ", "in ", "on ", "by ", "of ", "to ",
    "Jo ", "Roe", "Roe's ", "Kelp ", "Mr. ", "Sen. ", "Jr.", "Idaho", "Boise", "U.S. ", "USA ", "81 ",
    "said ", "has ", "also ", "was ", "reportedly ", "either ", "began ", "spokeswoman ", "officials ",
    "report ", "statement ", "survey ", "published ", "saying ", "we ", "spoke ", "heard ", "him ",
    "Monday ", "yesterday ", "last ", "week ", "\u2014 ", "-- ", " - ", "(D-Ore.) ", '"Morning Show," ',
])
TEXTS = st.lists(PIECES, min_size=20, max_size=90).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_random_texts(monkeypatch_session, text, data):
    cue = data.draw(st.integers(1, len(text)))
    ustart = data.draw(st.integers(0, cue - 1))
    whole, short = both(monkeypatch_session, text, ustart, cue)
    assert short == whole


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_random_texts_a_few_tokens_before_the_short_part(monkeypatch_session, text, data):
    """The sentence opens a few tokens before the short part: the guard alone
    stands between the walkers and the window's start."""
    cue = data.draw(st.integers(1, len(text)))
    ustart = max(0, cue - data.draw(st.integers(sources._SHORT_WIDTH, sources._SHORT_WIDTH + 30)))
    whole, short = both(monkeypatch_session, text, ustart, cue)
    assert short == whole


@pytest.fixture(scope="module")
def monkeypatch_session():
    with pytest.MonkeyPatch.context() as m:
        yield m


def test_the_view_is_the_whole_list_shifted():
    """The view's items from the guard on are the whole list's last ones, it is
    at least as long, and reading a marker raises ``WindowCut``."""
    text = "Jo Roe, a spokeswoman for the harbour board of Vell and a former member of the council, said"
    cue = len(text) - 4
    whole = P.tokens(text, 0, cue)
    short, kept = P.short_window(None, text, 0, cue, 30, 2)
    assert short is not None and P.whole_window(text, short) == whole
    n = len(short.toks) - 2
    assert short.view[-n:] == whole[-n:] and len(short.view) >= len(whole)
    with pytest.raises(P.WindowCut):
        short.view[-n - 1][2]
    with pytest.raises(P.WindowCut):
        a, b, w = short.view[0]
    assert P.short_window(None, text, 0, cue, 10 ** 9, 2)[0] is None
