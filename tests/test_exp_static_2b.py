"""benchmarks/exp_static_2b.py's plain-Python word pieces: the tokeniser whose timing the
fourth 2B round reports as what the core would pay for a static embedding.  It must cut text
as BERT's uncased WordPiece does (lower case, accents off, punctuation apart, greedy longest
pieces with "##" inside a word), or the timing would be of a different encoder.

An invented vocabulary of a few pieces, and invented sentences."""

from __future__ import annotations

import importlib.util
import pathlib
import sys

_DIR = pathlib.Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(_DIR))
_spec = importlib.util.spec_from_file_location("exp_static_2b", _DIR / "exp_static_2b.py")
exp_static_2b = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(exp_static_2b)

PIECES = ["[UNK]", "mara", "lind", "said", "the", "toll", "##way", "##s", "way", "cafe", "'", ",", ".", "$", "4",
          "port", "hal", "##den", "fell"]
VOCAB = {p: i for i, p in enumerate(PIECES)}


def _cut(text: str) -> list[str]:
    return [PIECES[i] for i in exp_static_2b.wordpieces(text, VOCAB, {})]


def test_longest_pieces_first_and_continuations():
    assert _cut("Tollways") == ["toll", "##way", "##s"]
    assert _cut("Port Halden") == ["port", "hal", "##den"]


def test_lower_case_accents_and_punctuation():
    # the "s" after the apostrophe starts a word, and the vocabulary has only "##s": it is dropped
    assert _cut("Mara Lind's café, $4.") == ["mara", "lind", "'", "cafe", ",", "$", "4", "."]


def test_a_word_without_pieces_is_dropped_whole():
    # "tolls" would need a piece "##ls" after "tol" or "##s" after "toll": it has the latter
    assert _cut("the tolls fell") == ["the", "toll", "##s", "fell"]
    # "jo" has no pieces at all, so nothing of it is kept (no partial word)
    assert _cut("Jo said") == ["said"]
    assert _cut("wayx") == []  # "way" fits, "##x" does not: the word goes whole
