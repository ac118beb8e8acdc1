"""The passes' first tests read with one walk over a shared word answer what
the scans of each phrase answered, and spans are slotted.

Why: ``patterns.any_joined`` replaced, in ``nested.as_saying``,
``according.reported_by``, the two hedge passes and the social-media hint of
``enrich``, a scan of the whole text
for each phrase ("is ' as saying' in the text? ' as telling'? ...") by one
walk over the word the phrases share.  The gate decides whether a pass runs at
all: it must be true exactly when one of the old phrases occurs.  Checked here
against the phrases as they were written, on invented sentences and random
text.  ``Span`` (built some 21 times an article) is a slotted frozen dataclass
with an ``__init__`` of its own: still immutable, hashable, compared and
copied as before.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import according, enrich, hedges, nested
from datasette_claims.extract.patterns import any_joined
from datasette_claims.models import Span

# The phrases each gate looked for, as they were written before the walk.
OLD_AS_SAYING = (" as saying", " as telling", " as writing", " as stating", " as claiming", " as having ")
OLD_TOLD_BY = ("informed by", "assured by", "reminded by", "warned by")
OLD_REPORTED_BY = ("eported by", "evealed by", "isclosed by")
OLD_TITLE_HEDGES = ("Reportedly", "Allegedly", "Purportedly", "Supposedly")
OLD_LEAD_HEDGES = ("eportedly, ", "llegedly, ")
OLD_POST_HINTS = ("weet", "witter", "acebook", "nstagram", "ikTok", "Truth Social", "posts", "posted")

# (anchor, heads, tails) as the passes call any_joined, and the phrases they stand for
GATES = [
    ((" as ", ("",), nested._AS_CUE_WORDS), OLD_AS_SAYING),
    (("ed by", according._TOLD_STEMS, ("",)), OLD_TOLD_BY),
    (("ed by", according._REPORTED_STEMS, ("",)), OLD_REPORTED_BY),
    (("edly", hedges._TITLE_STEMS, ("",)), OLD_TITLE_HEDGES),
    (("edly, ", ("eport", "lleg"), ("",)), OLD_LEAD_HEDGES),
    (("post", ("",), ("s", "ed")), ("posts", "posted")),
]

SENTENCES = [
    "Kelp Daily quoted an aide as saying the port would close.",
    "The Clarion cited Jo Roe as having said so, and as  saying nothing else.",
    "Ann Vole was informed by the council that the vote was void; she was warned by aides.",
    "The fire, first reported by the Kelp Herald, was disclosed by officials and revealed by leaks.",
    "Mayor Reportedly Plans Exit; Purportedly, Supposedly and allegedly, it ended.",
    "Reportedly, the ferry sank.  It allegedly, sank.  Repeatedly, reportedly,",
    "as saying as sayin  as sayings xas saying",
    "edly edly, ed by ed byed by told by",
    "An official not authorised to speak said; a source unauthorized; Kelp Authority",
    "She posted it and posts more; a post, a signpost; he tweeted on Twitter and Truth Social",
    "",
]
ALPHABET = st.sampled_from(list("aesdyb ,.xRApPS") + [
    " as ", "saying", "telling", "having ", "having", "ed by", "ed b", "inform", "assur", "remind", "warn",
    "eport", "eveal", "isclos", "edly", "edly, ", "Report", "Alleg", "Purport", "Suppos", "lleg", "claiming",
    "writing", "stating", "authori", "z", "post", "posts", "ed", "named", "weet", "Truth Social"])
TEXTS = st.lists(ALPHABET, max_size=30).map("".join)


def check(text: str) -> None:
    for (anchor, heads, tails), phrases in GATES:
        assert {h + anchor + t for h in heads for t in tails} == set(phrases)
        assert any_joined(text, anchor, heads, tails) == any(p in text for p in phrases), (text, phrases)
    assert (any(h in text for h in enrich._POST_HINTS) or any_joined(text, "post", tails=("s", "ed"))) \
        == any(h in text for h in OLD_POST_HINTS), text


def test_gates_on_invented_sentences():
    for text in SENTENCES:
        check(text)
        check(text.lower())


@settings(deadline=None)  # examples: the profile's (conftest.py)
@given(TEXTS)
def test_gates_on_random_text(text):
    check(text)


def test_any_joined_reads_heads_and_tails_at_each_occurrence():
    assert any_joined("was warned by aides", "ed by", heads=("warn",))
    assert not any_joined("was warned  by aides, wired by", "ed by", heads=("warn",))
    assert any_joined("quoted as x, then as saying", " as ", tails=("saying",))
    assert not any_joined("as saying", " as ", tails=("saying",))  # (no space before: not the phrase)
    assert any_joined("ed by", "ed by")


def test_span_is_slotted_frozen_and_copied_as_before():
    s = Span(3, 8, "Kelpy")
    assert not hasattr(s, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 4  # type: ignore[misc]
    assert s == Span(3, 8, "Kelpy") and hash(s) == hash(Span(3, 8, "Kelpy")) and s != Span(3, 9, "Kelpy")
    assert dataclasses.replace(s, end=9) == Span(3, 9, "Kelpy")
    assert pickle.loads(pickle.dumps(s)) == s and copy.deepcopy(s) == s
    assert dataclasses.asdict(s) == s.as_dict() == {"start": 3, "end": 8, "text": "Kelpy"}
    assert repr(s) == "Span(start=3, end=8, text='Kelpy')"
    assert Span(start=1, end=2, text="x") == Span(1, 2, "x")
