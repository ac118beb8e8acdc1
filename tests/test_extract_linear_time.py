"""Extraction time grows linearly with the article, even on hostile input.

Each family of benchmarks/bench_linear.py (runs of sentence marks, repeated cue
words, quotation marks that never pair, sentences that never end, ...) once
made some pass cost time in proportion to the square of the article.  Here each
runs at 20k and 80k characters: four times the text may cost at most eight
times the time (a quadratic pass costs sixteen), with an absolute cap, both
generous so that a busy shared machine does not fail the test.  A normal
sentence after the hostile text must still give its claim.
"""

from __future__ import annotations

import importlib.util
import pathlib
import time

import pytest

from datasette_claims.extract import extract_claims

_BENCH = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "bench_linear.py"
_spec = importlib.util.spec_from_file_location("bench_linear", _BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

SMALL, LARGE = 20_000, 80_000
MAX_RATIO = 8.0        # 4x the text: linear is 4x, quadratic 16x
MAX_SECONDS = 4.0      # per article of 80k characters (the benchmark's target is 0.8 s)
FLOOR = 0.05           # seconds: a ratio of two tinier times is noise

TAIL = "\n\nFinance minister Oren Vale said the harbour tax would double next spring."


def _cpu_seconds(text: str, runs: int = 2) -> float:
    article = bench.article_of(text)
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        extract_claims(article)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("family", sorted(bench.FAMILIES))
def test_time_grows_linearly(family):
    build = bench.FAMILIES[family]
    small = _cpu_seconds(build(SMALL))
    large = _cpu_seconds(build(LARGE))
    assert large < MAX_SECONDS, f"{family}: {large:.2f}s for {LARGE} characters"
    if large > FLOOR:
        assert large / max(small, FLOOR / 4) < MAX_RATIO, (
            f"{family}: {small:.3f}s at {SMALL}, {large:.3f}s at {LARGE} characters")


@pytest.mark.parametrize("family", sorted(bench.FAMILIES))
def test_claim_after_hostile_text_is_found(family):
    text = bench.FAMILIES[family](SMALL) + TAIL
    claims = extract_claims(bench.article_of(text))
    found = [c for c in claims if c.content.text == "the harbour tax would double next spring"]
    assert found, f"{family}: no claim for the appended sentence"
    assert found[0].source.text.endswith("Oren Vale")
    assert found[0].cue.text == "said"


def test_long_run_without_sentence_end_is_cut_not_lost():
    """A 'sentence' far longer than any news sentence is cut into pieces the rules
    can afford, and a claim inside it is still found."""
    filler = "the crews worked through the night on the eastern pier and " * 60
    text = filler + "Harbour master Ida Brandt said the pier would reopen in May " + filler
    claims = extract_claims(bench.article_of(text))
    found = [c for c in claims if c.content.text.startswith("the pier would reopen in May")]
    assert found, [(c.source and c.source.text, c.content.text[:40]) for c in claims]
    assert found[0].source.text == "Harbour master Ida Brandt"
    assert len(found[0].content.text) < 2000
