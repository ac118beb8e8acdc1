"""``python -m datasette_claims extract`` (``__main__``) is ``datasette claims
extract`` without Datasette's command line: the same output byte for byte,
the same messages and exit status, and none of Datasette's web application
imported on the way (its start-up is what the entry point is for), nor
sqlite-utils and the NumPy it imports: the command writes no database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RECORDS = [
    {"id": "mod-1", "title": "Harbour plans", "text": "Harbour plans\n\nThe harbour commissioner, Marta Quellan, "
     "said the new ferry terminal would open in June. \"We have kept every promise,\" said Tobias Fenwright."},
    {"id": "mod-2", "title": "Bridge repairs", "text": "Bridge repairs\n\nIlse Varnow, the regional health "
     "minister, said that the bridge repairs had cost twice what was promised."},
]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=300)


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return corpus


def test_the_module_entry_prints_what_the_datasette_command_prints(tmp_path):
    corpus = str(_corpus(tmp_path))
    fast = _run(tmp_path, "-m", "datasette_claims", "extract", corpus, "--jobs", "1")
    slow = _run(tmp_path, "-m", "datasette", "claims", "extract", corpus, "--jobs", "1")
    assert fast.returncode == slow.returncode == 0, fast.stderr + slow.stderr
    assert fast.stdout == slow.stdout
    assert [json.loads(line)["id"] for line in fast.stdout.splitlines()] == ["mod-1", "mod-2"]
    assert any(json.loads(line)["claims"] for line in fast.stdout.splitlines())


def test_the_module_entry_fails_as_the_datasette_command_does(tmp_path):
    missing = str(tmp_path / "no-such-folder")
    fast = _run(tmp_path, "-m", "datasette_claims", "extract", missing)
    slow = _run(tmp_path, "-m", "datasette", "claims", "extract", missing)
    assert fast.returncode == slow.returncode == 1
    assert fast.stdout == slow.stdout == ""
    assert fast.stderr == slow.stderr and "no-such-folder" in fast.stderr
    usage = _run(tmp_path, "-m", "datasette_claims", "extract")  # no PATHS: click's usage error
    assert usage.returncode == 2 and "python -m datasette_claims extract" in usage.stderr


def test_the_module_entry_imports_no_datasette_application(tmp_path):
    corpus = str(_corpus(tmp_path))
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print(sorted(m for m in ('datasette', 'datasette.app', 'datasette.cli') "
            "if m in sys.modules), file=sys.stderr))\n"
            "from datasette_claims.__main__ import main\n"
            "main(['extract', sys.argv[1], '--jobs', '1'], prog_name='python -m datasette_claims')\n")
    done = _run(tmp_path, "-c", code, corpus)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert len(done.stdout.splitlines()) == len(RECORDS)


def test_the_module_entry_imports_no_database_library(tmp_path):
    corpus = str(_corpus(tmp_path))
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print(sorted(m for m in ('numpy', 'sqlite_utils') "
            "if m in sys.modules), file=sys.stderr))\n"
            "sys.argv[0] = 'python -m datasette_claims'\n"
            "import runpy\n"
            "runpy.run_module('datasette_claims', run_name='__main__', alter_sys=True)\n")
    for jobs in ("1", "2"):
        done = _run(tmp_path, "-c", code, "extract", corpus, "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr
        assert len(done.stdout.splitlines()) == len(RECORDS)
