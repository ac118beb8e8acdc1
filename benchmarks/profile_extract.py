"""Where extraction spends its time: CPU per step and rule pass, and per regex.

    python benchmarks/profile_extract.py [--shared ../shared] [--limit 1500] [--runs 3] [--patterns 40] [--cues]
                                         [--opcodes N]

Why: the extractor's profile is flat (no Python function above a few percent,
some 200 patterns sharing the regex engine's third of the instructions), and
a general-purpose profiler's overhead per call distorts exactly such a
profile.  This gives the two views the speed passes kept rebuilding by hand:

* ``steps``: the CPU seconds of each step of ``assemble.build`` (paragraphs,
  quotations, units, people, the cue scan, each rule pass in ``PASSES``,
  dedup, enrichment, the statement split) over the first ``--limit`` Wikinews
  articles, median of ``--runs``, with its share of the whole, and for a rule
  pass the claims it added (a pass's cost against what it yields).  One timer
  pair per step and article: the overhead is a few microseconds per article.
* ``patterns``: every call of every compiled pattern the extractor's modules
  hold (as module attributes, or in a list, tuple or dict of them) is recorded
  during one extraction pass, then replayed pattern by pattern in a tight loop:
  the regex engine's own CPU per pattern, without Python's overhead around it.
  Patterns compiled inside functions (``re.match(r"...", ...)``) are not seen.
* ``cues`` (with ``--cues``): where each cue of the reporting-verb pass ends --
  turned down by the screens, after the adjuncts, settled as a participle,
  an inverted source with no frame, no subject found, a subject refused, the
  speaker guards, no frame, or a claim -- with the CPU the cues of each end
  took: the work done for cues that make no claim.
* ``opcodes`` (with ``--opcodes N``): the reporting-verb pass's Python
  opcodes and calls per cue, by function -- counts, not CPU, so the same on a
  loaded machine (2026-12-07: 2,543 opcodes a cue on main, 2,482 after the
  twenty-third speed pass).

Measures only; the extractor is unchanged (its functions are wrapped in this
process).  CPU time moves with the machine's load; compare shares, or runs
taken one after the other.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import os
import pkgutil
import re
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from datasette_claims import extract as extract_pkg  # noqa: E402
from datasette_claims.extract import assemble, extract_claims  # noqa: E402
from datasette_claims.models import Article  # noqa: E402

try:
    from .shared_data import product_articles, require, shared_dir
except ImportError:  # run as a script
    from shared_data import product_articles, require, shared_dir

# the steps of ``assemble.build`` besides the passes, by the name build calls them under
_BUILD_STEPS = ("paragraph_spans", "find_quotes", "build_units", "People", "screen_cues", "_dedupe", "enrich")
_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")


def load_articles(corpus: str, limit: int) -> list[Article]:
    return product_articles(corpus, limit)


def _timed(spent: collections.Counter, name: str, fn):
    clock = time.process_time

    def run(*args, **kwargs):
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += clock() - t

    return run


def _counted(made: collections.Counter, name: str, fn):
    """``fn(ctx)`` (a rule pass), counting the claims it adds to ``ctx.claims``."""

    def run(ctx):
        before = len(ctx.claims)
        fn(ctx)
        made[name] += max(0, len(ctx.claims) - before)

    return run


def steps(articles: list[Article], runs: int) -> None:
    """CPU per step of ``assemble.build``, median of ``runs`` passes over ``articles``."""
    spent: collections.Counter = collections.Counter()
    made: collections.Counter = collections.Counter()
    passes = assemble.PASSES
    assemble.PASSES = tuple(p._replace(run=_timed(spent, p.name, _counted(made, p.name, p.run))) for p in passes)
    for name in _BUILD_STEPS:
        setattr(assemble, name, _timed(spent, name, getattr(assemble, name)))
    assemble.P.cue_matches = _timed(spent, "cue scan", assemble.P.cue_matches)
    assemble.grain.split_statements = _timed(spent, "split_statements", assemble.grain.split_statements)
    per_run, totals = [], []
    for _ in range(runs):
        spent.clear()
        t = time.process_time()
        for article in articles:
            extract_claims(article)
        totals.append(time.process_time() - t)
        per_run.append(dict(spent))
    total = statistics.median(totals)
    names = sorted(per_run[0], key=lambda n: -statistics.median(r.get(n, 0.0) for r in per_run))
    print(f"extract_claims over {len(articles)} articles: {total:.3f} s CPU (median of {runs}; load average "
          f"{os.getloadavg()[0]:.2f})")
    for name in names:
        s = statistics.median(r.get(name, 0.0) for r in per_run)
        added = f"  ({made[name] // runs} claims added)" if name in made else ""
        print(f"  {s * 1000:8.1f} ms {100 * s / total:5.1f}%  {name}{added}")
    rest = total - sum(statistics.median(r.get(n, 0.0) for r in per_run) for n in names)
    print(f"  {rest * 1000:8.1f} ms {100 * rest / total:5.1f}%  (the rest of build and extract_claims)")
    assemble.PASSES = passes


class _Recorder:
    """Stands for one compiled pattern and records every call made through it."""

    __slots__ = ("_calls", "_name", "_pattern")

    def __init__(self, pattern: re.Pattern, name: str, calls: dict) -> None:
        self._pattern, self._name, self._calls = pattern, name, calls

    def __getattr__(self, attr):
        value = getattr(self._pattern, attr)
        if attr not in _METHODS:
            return value

        def call(*args, **kwargs):
            self._calls.setdefault((self._name, attr), []).append((args, kwargs))
            return value(*args, **kwargs)

        return call


def _wrap_module(module, calls: dict, seen: dict) -> None:
    short = module.__name__.rsplit(".", 1)[-1]

    def wrap(value, name):
        if isinstance(value, re.Pattern):
            if id(value) not in seen:
                seen[id(value)] = (_Recorder(value, name, calls), value)
            return seen[id(value)][0]
        return value

    for attr, value in list(vars(module).items()):
        if isinstance(value, re.Pattern):
            setattr(module, attr, wrap(value, f"{short}.{attr}"))
        elif isinstance(value, (list, tuple)) and any(isinstance(v, re.Pattern) for v in value):
            items = [wrap(v, f"{short}.{attr}[{i}]") for i, v in enumerate(value)]
            setattr(module, attr, items if isinstance(value, list) else tuple(items))
        elif isinstance(value, dict) and any(isinstance(v, re.Pattern) for v in value.values()):
            setattr(module, attr, {k: wrap(v, f"{short}.{attr}[{k}]") for k, v in value.items()})


def patterns(articles: list[Article], top: int) -> None:
    """Each pattern's calls over one pass of ``articles``, replayed: CPU per pattern."""
    calls: dict = {}
    seen: dict = {}
    modules = [importlib.import_module(f"{extract_pkg.__name__}.{m.name}")
               for m in pkgutil.iter_modules(extract_pkg.__path__)]
    for module in modules:
        _wrap_module(module, calls, seen)
    for article in articles:
        extract_claims(article)
    by_name = {rec._name: pattern for rec, pattern in seen.values()}
    rows = []
    for (name, method), made in calls.items():
        fn = getattr(by_name[name], method)
        t = time.process_time()
        for args, kwargs in made:
            result = fn(*args, **kwargs)
            if method == "finditer":
                for _ in result:
                    pass
        rows.append((time.process_time() - t, len(made), method, name))
    total = sum(r[0] for r in rows)
    print(f"\nthe regex engine, calls replayed per pattern: {total:.3f} s CPU in {len(rows)} (pattern, method) "
          f"pairs; the {top} costliest:")
    for spent, n, method, name in sorted(rows, reverse=True)[:top]:
        print(f"  {spent * 1000:8.1f} ms {100 * spent / total:5.1f}% {n:8d} calls {spent / n * 1e6:7.2f} us  "
              f"{method:9s} {name}")


# The steps of one reporting-verb cue (``verbal.cue``), in the order a cue
# passes them, each with the end it names when it returns None (or True for
# the participle step: the cue is settled there).
_CUE_STEPS = (("_screen_cue", "screened"), ("_read_adjuncts", "ends after its adjuncts"),
              ("_continued_participle", "a continued participle"), ("inverted_frame", "inverted, no frame"),
              ("find_subject", "no subject found"), ("refine_subject", "subject refused"),
              ("left_frame", "no frame"), ("_emit", "a frame, no claim made"))


def _cue_end(reached: dict, made: bool) -> str:
    """Where a cue that reached the steps in ``reached`` (name -> result) ended."""
    if made:
        return "claim"
    if reached.get("_continued_participle") is True:
        return "a continued participle"
    last = None
    for name, end in _CUE_STEPS:
        if name not in reached:
            continue
        last = end
        result = reached[name]
        if name == "find_subject" and result.subject is None:
            return end
        if name not in ("find_subject", "_continued_participle", "_emit") and result is None:
            return end
    if "find_subject" in reached and "left_frame" not in reached and "inverted_frame" not in reached:
        return "the speaker guards"
    return last or "screened"


def cues(articles: list[Article]) -> None:
    """Each reporting-verb cue's end over one pass of ``articles``: count and CPU."""
    from datasette_claims.extract.verbal import cue as cue_module

    reached: dict = {}
    originals = {name: getattr(cue_module, name) for name, _ in _CUE_STEPS}

    def recorded(name, fn):
        def run(*args, **kwargs):
            result = reached[name] = fn(*args, **kwargs)
            return result
        return run

    for name, fn in originals.items():
        setattr(cue_module, name, recorded(name, fn))
    steps_fn = cue_module._extract_cue_steps
    count: collections.Counter = collections.Counter()
    spent: collections.Counter = collections.Counter()

    def one_cue(ctx, m):
        reached.clear()
        before = len(ctx.claims)
        t = time.process_time()
        steps_fn(ctx, m)
        spent_here = time.process_time() - t
        end = _cue_end(reached, len(ctx.claims) > before)
        count[end] += 1
        spent[end] += spent_here

    cue_module._extract_cue_steps = one_cue
    try:
        t = time.process_time()
        for article in articles:
            extract_claims(article)
        total = time.process_time() - t
    finally:
        cue_module._extract_cue_steps = steps_fn
        for name, fn in originals.items():
            setattr(cue_module, name, fn)
    print(f"\nreporting-verb cues by where they end ({sum(count.values())} cues, {len(articles)} articles; "
          f"CPU of extraction {total:.3f} s, recorders included):")
    for end, n in count.most_common():
        print(f"  {n:7d} cues {spent[end] * 1000:8.1f} ms {100 * spent[end] / total:5.1f}% "
              f"{spent[end] / n * 1e6:7.1f} us  {end}")


def _where(code) -> str:
    return f"{os.path.basename(code.co_filename)}:{code.co_firstlineno}({code.co_name})"


def _traced_pass(articles: list[Article], hook, setter) -> int:
    """One extraction pass over ``articles`` with ``hook`` set by ``setter``
    (``sys.settrace`` or ``sys.setprofile``) while each reporting-verb cue is
    read; the number of cues."""
    from datasette_claims.extract.verbal import cue as cue_module

    original = cue_module.extract_cue
    seen = [0]

    def run(ctx, m):
        seen[0] += 1
        setter(hook)
        try:
            return original(ctx, m)
        finally:
            setter(None)

    cue_module.extract_cue = run
    try:
        for article in articles:
            extract_claims(article)
    finally:
        cue_module.extract_cue = original
    return seen[0]


def opcodes(articles: list[Article], top: int) -> None:
    """Python opcodes and calls inside the reporting-verb pass, per function, per cue.

    Counted with ``sys.settrace`` (opcode events) and ``sys.setprofile`` (calls,
    Python and C) while ``extract_cue`` runs, each in its own pass over
    ``articles``: counts that do not move with the machine's load, to tell a
    structural cut (fewer calls and opcodes per cue) from the clock's noise.
    Opcodes leave out the C work (the regex engine, string building): measure
    that with ``cachegrind_extract.py``."""
    ops: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()

    def on_opcode(frame, event, arg):
        if event == "opcode":
            ops[_where(frame.f_code)] += 1
        return on_opcode

    def on_call(frame, event, arg):
        frame.f_trace_opcodes, frame.f_trace_lines = True, False
        return on_opcode

    def on_profile(frame, event, arg):
        if event == "call":
            calls[_where(frame.f_code)] += 1
        elif event == "c_call":
            calls["C " + str(getattr(arg, "__qualname__", arg))] += 1

    n = _traced_pass(articles, on_call, sys.settrace)
    _traced_pass(articles, on_profile, sys.setprofile)
    n = n or 1
    print(f"\nreporting-verb pass, per cue ({n} cues, {len(articles)} articles): "
          f"{sum(ops.values()) / n:.1f} Python opcodes, {sum(calls.values()) / n:.1f} calls (Python and C)")
    for name, k in ops.most_common(top):
        print(f"  {k / n:7.1f} opcodes {calls.get(name, 0) / n:5.2f} calls  {name}")
    print("  the C functions called most:")
    for name, k in [(nm, k) for nm, k in calls.most_common() if nm.startswith("C ")][:top // 2]:
        print(f"  {k / n:7.2f} calls  {name[2:]}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared)")
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--patterns", type=int, default=40, help="how many patterns to list (0: no replay)")
    ap.add_argument("--cues", action="store_true", help="also count the reporting-verb cues by where they end")
    ap.add_argument("--opcodes", type=int, default=0, metavar="N",
                    help="also count the reporting-verb pass's Python opcodes and calls per cue (N functions)")
    a = ap.parse_args(argv)
    corpus = require(os.path.join(shared_dir(a.shared), "corpora", "wikinews.jsonl.gz"))
    articles = load_articles(corpus, a.limit)
    extract_claims(articles[0])  # (compiles the patterns compiled on first use)
    steps(articles, a.runs)
    if a.cues:
        cues(articles)
    if a.opcodes:
        opcodes(articles, a.opcodes)
    if a.patterns:
        patterns(articles, a.patterns)


if __name__ == "__main__":
    main()
