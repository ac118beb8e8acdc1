"""Extraction time on hostile input must grow linearly with the article.

    python benchmarks/bench_linear.py [--max-chars 800000] [--min-chars 25000] [--runs 3] [--family NAME ...]

Each family below is a pattern that once made one pass of the extractor cost
time in proportion to the square of the article (a regex that backtracks over a
run of marks, a scan from every cue to the end of a sentence that never ends,
a look-up over every claim for every quotation).  Each is built to 25k
characters and doubled up to ``--max-chars``, turned into an Article the way
the loader does (``article_from_document``), and timed through
``extract_claims`` (median of ``--runs``, CPU time of this process so that a
busy shared machine does not count).  The table shows seconds per size and the
ratio to the previous size.

Exit status 1 when a doubling costs more than 2.2 times the previous size
(linear is 2.0; ratios of runs under 20 ms are noise and not judged) or an
article costs more than 1 s per 100,000 characters.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from datasette_claims.articles import article_from_document  # noqa: E402
from datasette_claims.extract import extract_claims  # noqa: E402
from datasette_claims.models import Document  # noqa: E402

MAX_RATIO = 2.2
MAX_SECONDS_PER_100K = 1.0
NOISE_FLOOR = 0.02  # seconds: below this a ratio says nothing


def _repeat(unit: str, n: int, head: str = "") -> str:
    return head + unit * max(1, (n - len(head)) // len(unit))


# name -> builder of a text of about n characters
FAMILIES = {
    "dots": lambda n: "He said " + "." * (n - 8),
    "bangs": lambda n: "He said " + "!" * (n - 8),
    "said": lambda n: _repeat("said ", n),
    "quote_said": lambda n: _repeat('"a," he said. ', n),
    "said_that": lambda n: _repeat("said that ", n),
    "told_name": lambda n: _repeat("told Jane ", n),
    "according_to": lambda n: _repeat("according to ", n),
    "when_asked": lambda n: _repeat("when asked ", n),
    "as_saying": lambda n: _repeat("quoted as saying ", n),
    "spokesman": lambda n: _repeat("a spokesman said ", n),
    "colon_quote": lambda n: _repeat('Jane Roe: "', n),
    "colons": lambda n: _repeat("A: ", n),
    "dashes": lambda n: _repeat(" -- ", n),
    "double_quotes": lambda n: '"' * n,
    "unbalanced_quotes": lambda n: _repeat('"a ', n),
    "curly_opens": lambda n: _repeat("\u201ca ", n),
    "two_single": lambda n: _repeat("''a ", n),
    "no_sentence_end": lambda n: _repeat("the man went to the store and ", n),
    "capitalised": lambda n: _repeat("John Smith ", n),
    "sentences": lambda n: _repeat("Jane Roe said the tax would rise. ", n),
    "paragraphs": lambda n: _repeat("Jane Roe said the tax would rise.\n\n", n),
    "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "commas": lambda n: _repeat("a, ", n),
    "said_comma": lambda n: _repeat("said, ", n),
    "short_sentences": lambda n: _repeat("He said so. ", n),
    "trailers": lambda n: _repeat("Taxes will rise, officials said. ", n),
    "hedges": lambda n: _repeat("Roe is said to have left. ", n),
    "reportedly": lambda n: _repeat("reportedly ", n),
    "bare_passives": lambda n: _repeat("The plan was announced. ", n),
    "noun_cues": lambda n: _repeat("Roe said the claim that taxes rise is false. ", n),
    "mistyped_openers": lambda n: _repeat("\u201d a ", n),
    "heights_in_quotes": lambda n: _repeat('"6\'2" ', n),
}


def article_of(text: str):
    """The Article the loader would make of a JSON record with this text."""
    return article_from_document(Document(text=text, path="bench", clean=True))


def time_family(build, sizes: list[int], runs: int) -> list[float]:
    """Median CPU seconds of ``extract_claims`` per size; the runs go round the
    sizes in turn, so that a busy spell of a shared machine falls on all sizes."""
    articles = [article_of(build(size)) for size in sizes]
    times: list[list[float]] = [[] for _ in sizes]
    for _ in range(runs):
        for article, out in zip(articles, times):
            gc.collect()  # (the garbage of the previous run is not this run's time)
            t0 = time.process_time()
            extract_claims(article)
            out.append(time.process_time() - t0)
    return [statistics.median(t) for t in times]


def sizes_up_to(min_chars: int, max_chars: int) -> list[int]:
    out = [min_chars]
    while out[-1] * 2 <= max_chars:
        out.append(out[-1] * 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-chars", type=int, default=800_000)
    ap.add_argument("--min-chars", type=int, default=25_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES),
                    help="only this family (repeatable)")
    a = ap.parse_args(argv)
    sizes = sizes_up_to(a.min_chars, a.max_chars)
    names = a.family or list(FAMILIES)
    print(f"seconds of CPU per article (median of {a.runs}); x = ratio to the previous size")
    print(f"{'family':18s}" + "".join(f"{s // 1000:>8d}k" + " " * 6 for s in sizes) + "  s/100k")
    failures = []
    for name in names:
        cells, prev, worst_rate = [], None, 0.0
        for size, t in zip(sizes, time_family(FAMILIES[name], sizes, a.runs)):
            rate = t / size * 100_000
            worst_rate = max(worst_rate, rate)
            ratio = "" if prev is None else f"x{t / max(prev, 1e-6):.1f}"
            if prev is not None and t >= NOISE_FLOOR and t / max(prev, 1e-6) > MAX_RATIO:
                failures.append(f"{name}: x{t / max(prev, 1e-6):.2f} from {size // 2000}k to {size // 1000}k")
                ratio += "!"
            if rate > MAX_SECONDS_PER_100K:
                failures.append(f"{name}: {rate:.2f} s per 100k characters at {size // 1000}k")
            cells.append(f"{t:9.3f}{ratio:>6s}")
            prev = t
        print(f"{name:18s}" + "".join(cells) + f"  {worst_rate:6.3f}", flush=True)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"\nall families within x{MAX_RATIO} per doubling and {MAX_SECONDS_PER_100K:g} s per 100k characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
