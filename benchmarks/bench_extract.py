"""Speed of claim extraction over a news corpus, on one core, and of the command.

    python benchmarks/bench_extract.py [--shared ../shared | --corpus FILE] [--runs 3]
                                       [--command-jobs 1,2] [--command-entry datasette,module]

Loads the corpus (fields id, title, date, url, outlet, text) into memory once,
then times ``extract_claims`` over every article (median of ``--runs``), and
one ``re.findall(r"\\w+", text)`` pass over the same texts as a yardstick for
"how close to a plain regex scan" the extractor is.  Reports articles/s, claims,
the ratio to the findall pass, and peak RSS of the process.

Then it times what a user runs, ``datasette claims extract CORPUS --jobs N >
FILE`` (the whole corpus, uncompressed first, to a file; start-up, reading,
cleaning, extracting and writing JSON), ``--runs`` times for each N of
``--command-jobs`` (``0`` skips it), and reports its median wall time, its CPU
seconds (the command and its workers) and the ratio of each to the findall
pass measured in this same run.  The load average is printed beside: on a
shared machine wall-clock figures measure the other tenants too.  Each
``--command-entry`` is timed in turn: ``datasette`` runs it as ``datasette
claims extract`` (Datasette's command line first, with all it imports),
``module`` as ``python -m datasette_claims extract`` (the same command
without it: ``datasette_claims/__main__.py``).

The command runs from a copy of the package compiled to bytecode first, as an
installed package is (pip writes the ``.pyc`` files): a checkout on a machine
that sets ``PYTHONDONTWRITEBYTECODE`` (this one does) has none, and every run
would compile the package's source again before it reads a line (about 1.1
billion instructions, some 0.2 CPU s, of a start-up that no worker shares).
``--from-source`` times the checkout as it is instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
# (the steps' fresh interpreter is handed the compiled copy's root: ``command_env``)
sys.path.insert(0, os.environ.get("BENCH_EXTRACT_ROOT") or os.path.dirname(HERE))

try:
    from .shared_data import product_articles, require, shared_dir
except ImportError:  # run as a script
    from shared_data import product_articles, require, shared_dir

WORD = re.compile(r"\w+")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=None,
                    help="the shared data folder (default ../shared): its corpora/wikinews.jsonl.gz")
    ap.add_argument("--corpus", default=None, help="a corpus file instead (JSON lines, gzipped)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--command-jobs", default="1,2",
                    help="comma-separated --jobs values to time the claims extract command with (0: skip)")
    ap.add_argument("--command-entry", default="datasette,module",
                    help="comma-separated ways to start the command: datasette (datasette claims extract), "
                         "module (python -m datasette_claims extract)")
    ap.add_argument("--from-source", action="store_true",
                    help="time the command on the checkout as it is (no bytecode compiled first: see above)")
    ap.add_argument("--command-stages", action="store_true",
                    help="split the command's CPU (one job) into its steps, in a fresh interpreter")
    ap.add_argument("--stages-of", default=None, help=argparse.SUPPRESS)  # (the fresh interpreter's side)
    a = ap.parse_args(argv)
    if set(a.command_entry.replace(" ", "").split(",")) - set(ENTRIES) - {""}:
        ap.error(f"--command-entry: one or more of {', '.join(ENTRIES)}")
    if a.stages_of:
        print(json.dumps(command_stages(a.stages_of)._asdict()))
        return
    from datasette_claims.extract import extract_claims  # (not before the stages' own imports)

    a.corpus = a.corpus or os.path.join(shared_dir(a.shared), "corpora", "wikinews.jsonl.gz")
    articles = product_articles(require(a.corpus, "--corpus FILE"), a.limit)
    chars = sum(len(x.text) for x in articles)
    ext_times, base_times, ext_cpu, base_cpu = [], [], [], []
    n_claims = 0
    for _ in range(a.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for art in articles:
            WORD.findall(art.text)
        base_times.append(time.perf_counter() - t0)
        base_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = 0
        for art in articles:
            n_claims += len(extract_claims(art))
        ext_times.append(time.perf_counter() - t0)
        ext_cpu.append(time.process_time() - c0)
    ext = statistics.median(ext_times)
    base = statistics.median(base_times)
    ecpu = statistics.median(ext_cpu)
    bcpu = statistics.median(base_cpu)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"machine: {platform.processor() or platform.machine()} {platform.python_implementation()} "
          f"{platform.python_version()}")
    print(f"articles: {len(articles)}  chars: {chars}  claims: {n_claims}")
    print(f"extract: median {ext:.3f}s of {a.runs} runs -> {len(articles) / ext:,.0f} articles/s, "
          f"{n_claims / ext:,.0f} claims/s")
    print(f"  (CPU time of this process: {ecpu:.3f}s -> {len(articles) / ecpu:,.0f} articles/s; "
          f"wall time includes waiting for a shared core, load average {os.getloadavg()[0]:.2f})")
    print(f"findall(\\w+) pass: median {base:.4f}s wall, {bcpu:.4f}s CPU -> ratio {ext / base:.1f}x "
          f"wall, {ecpu / bcpu:.1f}x CPU")
    print(f"peak RSS: {rss_kb / 1024:.1f} MiB")
    jobs = [j for j in (int(x) for x in a.command_jobs.split(",") if x.strip()) if j > 0]
    if jobs or a.command_stages:
        time_command(a.corpus, a.limit, a.runs, jobs, base, bcpu, a.command_stages, not a.from_source,
                     entries=[e.strip() for e in a.command_entry.split(",") if e.strip()])


# How each ``--command-entry`` starts ``claims extract`` (after ``python``), and what it is called.
ENTRIES = {
    "datasette": (["-m", "datasette", "claims", "extract"], "datasette claims extract"),
    "module": (["-m", "datasette_claims", "extract"], "python -m datasette_claims extract"),
}


def time_command(corpus: str, limit: int, runs: int, jobs: list[int], base: float, bcpu: float,
                 stages: bool = False, compiled: bool = True, entries: list[str] = ("datasette",)) -> None:
    """``datasette claims extract`` over the corpus to a file, beside the findall pass
    (and with ``stages`` its steps' CPU, see ``command_stages``)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = command_env(tmp if compiled else None)
        print(f"the command runs {'from a compiled copy of the package' if compiled else 'from source'}: "
              f"{env['PYTHONPATH'].split(os.pathsep)[0]}")
        warm_regex_cache(env, tmp)
        src = os.path.join(tmp, "corpus.jsonl")
        with gzip.open(corpus, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
            if limit:
                for n, line in enumerate(f):
                    if n >= limit:
                        break
                    out.write(line)
            else:
                shutil.copyfileobj(f, out)
        out_path = os.path.join(tmp, "extracted.jsonl")
        for n_jobs in jobs:
            time_entries([ENTRIES[e] for e in entries], src, out_path, n_jobs, runs, env, tmp, base, bcpu)
        if stages:
            print_stages(src, runs, env, bcpu)


def time_entries(entries: list[tuple[list[str], str]], src: str, out_path: str, n_jobs: int, runs: int,
                 env: dict, cwd: str, base: float, bcpu: float) -> None:
    """``runs`` rounds of the command started each way of ``entries`` (taken in turn within a
    round, so that a shared machine's load moves them alike), and the medians beside the findall pass."""
    walls: dict[str, list[float]] = {name: [] for _, name in entries}
    cpus: dict[str, list[float]] = {name: [] for _, name in entries}
    loads: dict[str, list[float]] = {name: [] for _, name in entries}
    n_out = 0
    for _ in range(runs):
        for args, name in entries:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            load0 = os.getloadavg()[0]
            t0 = time.perf_counter()
            with open(out_path, "w", encoding="utf-8") as out:
                # (run in ``cwd``: ``-m`` puts the working folder first on the path, and
                # from the checkout's root that would be its source, not the package on PYTHONPATH)
                subprocess.run([sys.executable, *args, src, "--jobs", str(n_jobs)], stdout=out, env=env,
                               check=True, cwd=cwd)
            walls[name].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            loads[name].append((load0 + os.getloadavg()[0]) / 2)
            with open(out_path, encoding="utf-8") as f:
                n_out = sum(1 for _ in f)
    for _, name in entries:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"{name} --jobs {n_jobs} > file: {n_out} articles, median {wall:.2f}s wall "
              f"({n_out / wall:,.0f} articles/s), {cpu:.2f}s CPU of {runs} runs -> {wall / base:.1f}x the "
              f"findall pass wall, {cpu / bcpu:.1f}x CPU (load average {statistics.median(loads[name]):.2f})")


def warm_regex_cache(env: dict, cwd: str) -> None:
    """Import the command's modules once before the timed runs, so that each run
    finds its compiled patterns in ``regex_cache``'s file, as every run after an
    installation's first does (the first compiles them and writes the file:
    about 2.4 billion instructions more); says where the file is, or that
    ``DATASETTE_CLAIMS_REGEX_CACHE`` turned it off."""
    code = ("import datasette_claims.__main__, datasette_claims.extract\n"
            "from datasette_claims.regex_cache import cache_path\nprint(cache_path() or 'off')")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, check=True, capture_output=True,
                          text=True)
    print(f"compiled patterns kept in: {done.stdout.strip()}")


def command_env(tmp: str | None) -> dict:
    """The environment the command runs in: this checkout's package first on the
    path, or with ``tmp`` a copy of it in ``tmp`` compiled to bytecode (the
    checkout itself is left as it is, and the installed libraries keep their
    own ``__pycache__``, which a ``PYTHONPYCACHEPREFIX`` would hide)."""
    root = os.path.dirname(HERE)
    if tmp is not None:
        root = os.path.join(tmp, "package")
        pkg = os.path.join(root, "datasette_claims")
        shutil.copytree(os.path.join(os.path.dirname(HERE), "datasette_claims"), pkg,
                        ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([sys.executable, "-m", "compileall", "-q", pkg], check=True)
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))),
                BENCH_EXTRACT_ROOT=root)


class Stages(NamedTuple):
    """CPU seconds of each step of ``claims extract --jobs 1``, in the order it runs them."""

    import_command: float     # the command's own modules (``cli.load``: the loader, readers, store, ...)
    import_datasette: float   # ``datasette.cli``: what ``datasette claims extract`` adds to ``python -m
    #                           datasette_claims extract`` (Datasette's app, views, vendored ``pint``)
    import_extractor: float   # ``datasette_claims.extract``: compiling its patterns
    read: float               # reading and decoding the corpus into Documents
    repair: float             # UTF-8 read twice put right (``parallel`` before cleaning)
    clean: float              # ``articles.article_from_document``
    screen: float             # the article's checks: only page furniture, not English, a placeholder date
    extract: float            # ``loader.claims_and_failures``
    line: float               # ``contract.article_line``
    claims: int = 0           # the claims extracted (the command's count, as a check)


_TIMED = Stages._fields[:-1]


def command_stages(src: str) -> Stages:
    """The command's steps one after the other, each over the whole corpus (run
    in a fresh interpreter: the imports are the first thing timed), as
    ``parallel.prepare`` takes an article through them."""
    clock = time.process_time
    t0 = clock()
    import datasette_claims.cli.load  # noqa: F401

    t1 = clock()
    import datasette.cli  # noqa: F401

    t2 = clock()
    import datasette_claims.extract  # noqa: F401

    t3 = clock()
    from datasette_claims import collector, contract, loader, parallel
    from datasette_claims.articles import article_from_document
    from datasette_claims.language import language_warning

    with collector.paused():  # (as the command, around the whole run)
        docs = [d for d in loader.iter_documents([src], {}) if not isinstance(d, loader.LoadError)]
        t4 = clock()
        for doc in docs:
            parallel._undo_double_encoding(doc)
        t5 = clock()
        articles = [article_from_document(d) for d in docs]
        t6 = clock()
        kept = []  # (an article of page furniture only is an error, not extracted)
        for doc, art in zip(docs, articles):
            if not parallel.only_furniture(doc, art):
                language_warning(art)
                parallel._placeholder_date(art)
                kept.append(art)
        articles = kept
        t7 = clock()
        claims = [loader.claims_and_failures(art)[0] for art in articles]
        t8 = clock()
        for art, found in zip(articles, claims):
            contract.article_line(art, found)
        t9 = clock()
    return Stages(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6, t8 - t7, t9 - t8,
                  sum(map(len, claims)))


def print_stages(src: str, runs: int, env: dict, bcpu: float) -> None:
    """The median of each step over ``runs`` fresh interpreters, and its share of the findall ratio."""
    found = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--stages-of", src],
                             env=env, check=True, capture_output=True, text=True).stdout
        found.append(Stages(**json.loads(out.splitlines()[-1])))
    medians = {name: statistics.median(getattr(s, name) for s in found) for name in _TIMED}
    total = sum(medians.values())
    print(f"  its steps (CPU, median of {runs} fresh interpreters, {found[0].claims} claims; {total:.2f}s, "
          f"{total / bcpu:.1f}x in all; python -m datasette_claims extract skips import_datasette):")
    for name, cpu in medians.items():
        print(f"    {name:<17} {cpu:6.2f}s  {cpu / bcpu:5.1f}x")


if __name__ == "__main__":
    main()
