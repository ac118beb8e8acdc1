"""The cue words' filters of two anchored passes keep what they found and
skip the searches that could find nothing.

Why: ``as_clauses`` searched for "as <subject> <cue>" around every "said",
"noted", "argued" ... of an article, and ``noun_prep`` for "<possessor>'s
<noun> of/to/that" around every "call", "criticism", "statement" ...; most
of those words are followed by a content, not by the mark that ends an "as"
clause, nor by the preposition or link a noun cue needs.  They are now
searched around only where that follows (tests/test_extract_scan_forms.py
checks the filters against every match on random text).
"""

from __future__ import annotations

from datasette_claims.extract import as_clauses, extract_claims, nominal
from datasette_claims.models import Article


def _claims(text: str):
    return extract_claims(Article(id="a1", text=text))


def test_as_clauses_still_found():
    found = {(c.rule, c.speaker) for c in _claims(
        "The harbour will close in June, as Mara Quill noted. The ferry, as Ivo Brandt pointed out, "
        "never sailed on time.")}
    assert ("as_clause.trailer", "Mara Quill") in found
    assert ("as_clause.parenthetical", "Ivo Brandt") in found


def test_noun_cues_still_found():
    claims = _claims("Mara Quill's criticism of the harbour board drew a reply. "
                     "Ivo Brandt's call for a new ferry was ignored.")
    assert {(c.rule, c.content.text) for c in claims} >= {
        ("nominal.criticism", "the harbour board"), ("nominal.call", "a new ferry")}


def _spied(monkeypatch, module, name: str) -> list:
    """The (lo, hi) windows ``module.name`` (a compiled pattern) is searched in, from now on."""
    windows = []
    real = getattr(module, name)

    class Spy:
        def search(self, text, lo, hi):
            windows.append((lo, hi))
            return real.search(text, lo, hi)

        def __getattr__(self, attr):
            return getattr(real, attr)

    monkeypatch.setattr(module, name, Spy())
    return windows


def test_no_search_around_a_cue_word_that_goes_on(monkeypatch):
    """ "Quill said the ferry ...": nothing after "said" could end an "as" clause."""
    windows = _spied(monkeypatch, as_clauses, "_AS_CLAUSE")
    _claims("Mara Quill said the ferry would sail as planned. Ivo Brandt noted that it never had, and argued "
            "as much.")
    assert windows == []
    _claims("The ferry sailed late, as Mara Quill said.")
    assert len(windows) == 1


def test_no_search_around_a_noun_without_its_link(monkeypatch):
    windows = _spied(monkeypatch, nominal, "_NOUN_PREP")
    _claims("Mara Quill's statement was short. Ivo Brandt's criticism came late, and calls went unanswered.")
    assert windows == []
    _claims("Mara Quill's criticism of the harbour board drew a reply.")
    assert len(windows) == 1


def test_as_clause_forms_of_several_words_still_found():
    """ "as Quill went on to point out": found from its "point", the word the
    filter passes at."""
    found = {(c.rule, c.speaker) for c in _claims(
        "The ferry lines, as Mara Quill went on to point out, carried fewer cars. "
        "Tolls will stay, as Ivo Brandt has gone on to point out. As Lena Kask goes on to point out, "
        "the quay is old. The fees, as Tova Lind put it, are a scandal.")}
    assert {("as_clause.parenthetical", "Mara Quill"), ("as_clause.trailer", "Ivo Brandt"),
            ("as_clause.lead", "Lena Kask"), ("as_clause.parenthetical", "Tova Lind")} <= found


def test_as_clause_anchors_are_words_the_filter_passes_at():
    """Every word looked for (a whole-text scan each) is one at which the cue
    filter can pass: the first word of "went on to point out" never can ("on
    to" is no tail), so "go", "went" ... are not looked for."""
    for word in as_clauses._ANCHORS:
        forms = [f for f in as_clauses._FORMS if word in f.split()]
        texts = [f"The fees rose, as Mara Quill {f}." for f in forms]
        assert any(as_clauses._CUE_THEN_END.match(t, t.index(" " + word + " " if " " + word + " " in t
                                                              else " " + word + ".") + 1)
                   for t in texts), word
