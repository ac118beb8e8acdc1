"""``patterns.trie_regex``: an alternation of words factored as a trie.  It is
built from the sorted words, a shared run written at once; the reference here
is the plain trie of nested dicts, walked node by node, which it replaced (the
same text: the compiled patterns, and their cache keys, stay the same)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract.patterns import trie_regex


def _reference(words) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


def test_invented_word_lists():
    for words in (["warned", "warns", "warn", "wrote", "Warned"], ["co-chair", "co.", "cochair", "c"],
                  ["said", "said"], ["a", "ab", "abc", "abd"], ["x"], [], [""], ["", "q"]):
        assert trie_regex(words) == _reference(words), words


@settings(deadline=None)  # examples: the profile's (conftest.py)
@given(st.lists(st.text(alphabet="ab.-c\u00e9 *", max_size=6), max_size=12))
def test_the_same_text_as_the_plain_trie(words):
    text = trie_regex(words)
    assert text == _reference(words)
    full = re.compile(r"(?:" + text + r")\Z") if words else None
    for w in words:
        assert full.match(w), (w, text)
