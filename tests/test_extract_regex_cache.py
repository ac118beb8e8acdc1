"""The extractor's compiled patterns kept between runs (``regex_cache``):
a pattern answered from the file is the pattern ``re`` compiles (the engine's
code compared, not only the text), a damaged or stale file changes nothing but
the time, ``off`` keeps no file, and the command prints the same lines with a
cold cache, a warm one and none."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from datasette_claims import regex_cache

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (r"(?<![\w'\u2019-])(?:warned|wrote|said)\s+(?P<who>[A-Z][a-z]+)", 0),
    (r"harbou?r\s+(?:master|board)", re.IGNORECASE),
    (rb" (?:said|says)(?![A-Za-z])", 0),
    (r"(?P<a>x)(?P<b>y)?(?:z|(?P=a))", re.MULTILINE | re.VERBOSE),
]


def _compile_all() -> list:
    re.purge()  # (re's own cache would answer before the compiler is asked)
    with regex_cache.kept():
        return [re.compile(p, f) for p, f in PATTERNS]


def _same(got: list) -> None:
    re.purge()
    want = [re.compile(p, f) for p, f in PATTERNS]
    for g, w in zip(got, want):
        # (Pattern equality compares the flags, the text and the engine's code)
        assert g == w and g.groupindex == w.groupindex and g.groups == w.groups, g.pattern


def test_patterns_from_the_file_are_those_re_compiles(tmp_path, monkeypatch):
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", str(tmp_path))
    _same(_compile_all())  # (cold: compiled, then written)
    path = regex_cache.cache_path()
    assert path is not None and os.path.dirname(path) == str(tmp_path)
    with open(path, "rb") as f:
        table = marshal.load(f)
    assert {(p, int(f)) for p, f in PATTERNS} <= set(table)
    before = os.stat(path).st_mtime_ns
    _same(_compile_all())  # (warm: from the file, which is not written again)
    assert os.stat(path).st_mtime_ns == before
    m = _compile_all()[0].search("as the mayor warned Quellan on Monday")
    assert m is not None and m.group("who") == "Quellan"


def test_a_block_inside_another_saves_one_table_with_both(tmp_path, monkeypatch):
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", str(tmp_path))
    re.purge()
    with regex_cache.kept():
        outer = re.compile(PATTERNS[0][0])
        with regex_cache.kept():
            inner = re.compile(PATTERNS[1][0], PATTERNS[1][1])
    with open(regex_cache.cache_path(), "rb") as f:
        assert set(marshal.load(f)) == {(outer.pattern, 0), (inner.pattern, int(PATTERNS[1][1]))}


def test_a_damaged_file_only_costs_the_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", str(tmp_path))
    path = regex_cache.cache_path()
    os.makedirs(tmp_path, exist_ok=True)
    Path(path).write_bytes(b"not a marshalled table")
    _same(_compile_all())
    # an entry whose code the engine refuses is compiled again, and replaced
    with open(path, "rb") as f:
        table = marshal.load(f)
    key = (PATTERNS[0][0], 0)
    table[key] = (table[key][0], b"\xff\xff\xff\xff", *table[key][2:])
    Path(path).write_bytes(marshal.dumps(table))
    _same(_compile_all())
    with open(path, "rb") as f:
        assert marshal.load(f)[key][1] != b"\xff\xff\xff\xff"


def test_off_keeps_no_file_and_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", "off")
    assert regex_cache.cache_path() is None
    _same(_compile_all())
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", "")
    assert regex_cache.cache_path() is None
    monkeypatch.delenv("DATASETTE_CLAIMS_REGEX_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_path().startswith(str(tmp_path / "datasette-claims") + os.sep)
    assert not any(tmp_path.iterdir())


RECORDS = [
    {"id": "rc-1", "title": "Ferry plans", "text": "Ferry plans\n\nThe harbour master, Orla Quennet, said the "
     "new ferry would sail in June. \"We kept every promise,\" said Tobin Varley."},
    {"id": "rc-2", "title": "Tunnel costs", "text": "Tunnel costs\n\nAccording to the regional auditor, Pim "
     "Ostrander, the tunnel had cost twice what was promised, officials said on Tuesday."},
]


def test_the_command_prints_the_same_lines_cold_warm_and_without(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    outs = []
    for setting in ("off", str(tmp_path / "cache"), str(tmp_path / "cache")):
        env = dict(os.environ, DATASETTE_CLAIMS_REGEX_CACHE=setting,
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        done = subprocess.run([sys.executable, "-m", "datasette_claims", "extract", str(corpus), "--jobs", "1"],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        outs.append(done.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert sum(len(json.loads(line)["claims"]) for line in outs[0].splitlines()) >= 2
    (kept,) = (tmp_path / "cache").iterdir()
    with open(kept, "rb") as f:
        assert len(marshal.load(f)) > 300  # (the extractor's patterns, not a handful)


# Counts the patterns parsed while Datasette's entry registers the command group: each one compiled afresh,
# by ``re`` itself or for the cache file (a pattern the file answers is not parsed).
REGISTER = """
import click
from re import _parser
parsed = [0]
parse = _parser.parse
def counting(p, flags=0):
    parsed[0] += 1
    return parse(p, flags)
_parser.parse = counting
from datasette_claims.cli import register
register(click.Group())
print(parsed[0])
"""


def test_datasette_s_entry_finds_its_command_modules_patterns_kept(tmp_path):
    env = dict(os.environ, DATASETTE_CLAIMS_REGEX_CACHE=str(tmp_path / "cache"),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    counts = []
    for _ in range(2):  # (the first start-up writes the file, the second reads it)
        done = subprocess.run([sys.executable, "-c", REGISTER], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=300)
        assert done.returncode == 0, done.stderr
        counts.append(int(done.stdout.strip().splitlines()[-1]))
    # (about 150 patterns of the readers, the cleaning and the store's modules compiled on every start-up
    # before the group imported its modules inside ``kept``; a few of Datasette's own remain)
    assert counts[0] > 100 and counts[1] < 50, counts
