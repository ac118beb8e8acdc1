"""Property: extraction never raises and every span it returns is honest.

For arbitrary Unicode text (and paragraph lists that may be odd), every claim's
content/source/cue span lies inside the text and its ``text`` field equals the
slice it claims to index.  The rules are called directly as well as through
``extract_claims`` (which guards a bulk load against rule bugs), so a crash in
a rule fails this test instead of hiding behind the guard.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datasette_claims.extract import extract_claims
from datasette_claims.extract.assemble import build
from datasette_claims.models import Article, Span

# Text built from pieces that trigger the rules, mixed with arbitrary Unicode.
PIECES = st.sampled_from([
    " said", " says", " told reporters", " according to", ", adding that", " that ", "\"",
    "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "''", ": ", ", ", ". ",
    "\n\n", "\n", " he", " She", " Mr. ", " Jane Roe", " officials", " reportedly",
    " as saying", " citing an official", " on Tuesday", " (D-Ore.)", " called for", " — ",
    " denied", " in a statement", " the minister", " Lavrov",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _check(text: str, claims) -> None:
    for c in claims:
        for span in (c.content, c.source, c.cue):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        assert c.content.end > c.content.start
    # the statement grain: ids are unique, every row has an utterance, and the
    # rows of one utterance do not overlap
    assert len({c.id for c in claims}) == len(claims)
    rows: dict = {}
    for c in claims:
        assert c.utterance_id
        rows.setdefault(c.utterance_id, []).append(c)
    for group in rows.values():
        group.sort(key=lambda c: c.content.start)
        for a, b in zip(group, group[1:]):
            assert a.content.end <= b.content.start


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2016-02-29", "1999-12-31", "garbage"]))
def test_spans_are_inside_text(text, published):
    art = Article(id="p", text=text, published=published)
    _check(text, build(art))
    _check(text, extract_claims(art))


@settings(max_examples=100, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=5))
def test_odd_paragraph_spans_do_not_break_it(text, pairs):
    paras = [Span(a, b, text[max(0, a):max(0, b)]) for a, b in pairs]
    art = Article(id="p", text=text, paragraphs=paras)
    _check(text, build(art))
