"""The twenty-eighth speed pass's shortcuts, each held to what it replaces.

* ``speakers._opening_role_may_end`` is a pre-check for ``_OPENING_ROLE``: it
  may let through a place where the pattern finds nothing, never the reverse.
* ``_STYLE_BEFORE`` is searched only when "Hon" is in the words before a name:
  every match of it holds "Hon".
* ``_person_in_run`` skips, for a run of one or two words, the steps that
  leave such a run as it is: the same name as every step in turn gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import speakers as S

# text made of the pieces the patterns look at: letters of both cases, spaces,
# line breaks, hyphens, stops, and the words of a style
_PIECES = st.sampled_from(["a", "k", "Z", "Q", "e", " ", "  ", "\n", "-", ".", "\u00e9", "_", "7",
                           "Hon", "Hon.", "Honourable", "Right ", "Rt. ", "The ", "the ", "skipper ", "Jo "])
_TEXTS = st.lists(_PIECES, max_size=18).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=80))
def test_opening_role_pre_check_never_hides_a_match(text, k):
    start = min(k, len(text))
    m = S._OPENING_ROLE.search(text, max(0, start - 40), start)
    if m is not None:
        assert S._opening_role_may_end(text, start)


def test_opening_role_pre_check_on_sentences():
    text = "Skipper Rolf Ambry said the nets were empty. Fishing skipper Mara Lind agreed.\nharbour master \nJo Roe"
    for start in range(len(text) + 1):
        m = S._OPENING_ROLE.search(text, max(0, start - 40), start)
        assert m is None or S._opening_role_may_end(text, start), start
    # the words it reads stay found: a role before a name, and one before a line break
    assert S._role_noun_opening(text, text.index("Rolf")) == "skipper"
    assert S._role_noun_opening(text, text.index("Mara")) == "fishing skipper"
    assert not S._opening_role_may_end(text, text.index("Ambry") - 1)   # (after "Rolf": a capital, no space)
    assert S._opening_role_may_end("the master \nJo", len("the master \n"))


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_style_needs_hon(before):
    if S._STYLE_BEFORE.search(before) is not None:
        assert "Hon" in before


def test_described_before_still_reads_a_style():
    before = "The Kelp Chancellor of the Exchequer, the Right Honourable "
    assert S._described_before(before) == "Kelp Chancellor of the Exchequer"
    assert S._described_before("The Kelp Chancellor of the Exchequer, the ") is None


def _every_step(text: str, run, ps: int) -> str | None:
    """``_person_in_run`` as it was: every step, in order, for every run."""
    name, toks = run.name, run.toks
    lead = S._office_lead(text, ps, run.start) if text.endswith(S._OF_ENDS, 0, run.start) else None
    for step in S._RUN_STEPS:
        kept = step(text, run, lead, toks)
        if kept is None:
            return None
        if kept is not S._UNCHANGED:
            toks = kept
            name = " ".join(toks)
    return name


_SENTENCES = [
    "Skipper Rolf Ambry said the catch was poor. Monday Roe said little.",
    "Miss Kelpland Ana Vole said she would return. The Red Cross said aid was coming.",
    "On Saturday Jo Roe said the ferry would run. By Mara Lind, Port Halden.",
    "Italian Jo Roe said nothing. Accusing Jo Roe of delay, the board met. Jo Roe denied it.",
    "The Minister of the Interior Jo Roe said so. Flight Kelpcorp International Mara Lind agreed.",
    "President Ivo Dal said the harbour was safe. The Right Honourable Jo Roe MP spoke.",
    "Roe said. Lind added. Port Halden Council said the Harbour Board would meet.",
]


def test_person_in_run_as_every_step():
    seen = 0
    for text in _SENTENCES:
        for m in S.NAME_RE.finditer(text):
            run = S._name_run(text, m, len(text))
            if run is None:
                continue
            seen += 1
            assert S._person_in_run(text, run, 0) == _every_step(text, run, 0), m.group()
    assert seen >= 15


def test_long_run_only_steps_leave_short_runs():
    # each step skipped for a short run leaves it as it is, a lead of an office before it or none
    for text in _SENTENCES + ["ambassador to Jo Roe said", "the Minister of Mara Lind said"]:
        for m in S.NAME_RE.finditer(text):
            run = S._name_run(text, m, len(text))
            if run is None:
                continue
            lead = S._OFFICE_OF.search(text, 0, run.start)
            for toks in (run.toks[:1], run.toks[:2], run.toks[-2:]):
                for step in S._LONG_RUN_ONLY:
                    assert step(text, run, lead, toks) is S._UNCHANGED, (step.__name__, toks)


# --- the back-scans over a word's letters: ASCII stripped in one call, then a character at a time

_WORDY = st.lists(st.sampled_from(["a", "Z", "q", "\u00e9", "\u00df", "\u4e2d", "7", "_", "'", "\u2019", " ",
                                   "\n", "-", ".", "Kelpharbourmasterofport", "Roe"]), max_size=14).map("".join)


def _letters_start_by_walk(text: str, lo: int, hi: int) -> int:
    k = hi
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return k


@settings(max_examples=800, deadline=None)
@given(_WORDY, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_letters_start_is_the_walk(text, a, b):
    from datasette_claims.extract.context import letters_start
    for lo, hi in ((min(a, len(text)), min(b, len(text))), (0, len(text)), (min(b, len(text)), len(text))):
        assert letters_start(text, lo, hi) == _letters_start_by_walk(text, lo, hi), (text, lo, hi)


def _prev_word_by_walk(text: str, lo: int, hi: int) -> str | None:
    e = lo + len(text[lo:hi].rstrip())
    s = e
    while s > lo and (text[s - 1].isalnum() or text[s - 1] in "_'\u2019"):
        s -= 1
    return text[s:e] if s < e < hi else None


@settings(max_examples=800, deadline=None)
@given(_WORDY, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_prev_word_is_the_walk(text, a, b):
    from datasette_claims.extract.verbal.screens import prev_word
    for lo, hi in ((min(a, len(text)), min(b, len(text))), (0, len(text))):
        assert prev_word(text, lo, hi) == _prev_word_by_walk(text, lo, hi), (text, lo, hi)


def test_back_scans_on_sentences():
    from datasette_claims.extract.context import letters_start, without_trailing_conjunction
    from datasette_claims.extract.verbal.screens import prev_word
    text = "Mara Lind said the ferry to Port Halden would run, and"
    assert letters_start(text, 0, len(text)) == len(text) - 3
    assert letters_start(text, 0, 4) == 0 and letters_start(text, 5, 5) == 5
    assert without_trailing_conjunction(text, 15, len(text)) == text.index(", and")
    assert prev_word("the mayor of P\u00f6rthaven said ", 0, 28) == "said"
    assert prev_word("the mayor of P\u00f6rthaven ", 0, 23) == "P\u00f6rthaven"
    assert prev_word("Jo Roe's  ", 0, 10) == "Roe's"


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["a", "Q", "ed", "d", "e", " ", "\n", ".", "'", "chanted", "Roe", "7"]),
                max_size=12).map("".join))
def test_last_past_needs_ed_at_the_end(source):
    # enrich searches ``_LAST_PAST`` only in a source ending in "ed" (or "ed" and a line break)
    from datasette_claims.extract.enrich import _LAST_PAST
    if _LAST_PAST.search(source) is not None:
        assert source.endswith(("ed", "ed\n"))
