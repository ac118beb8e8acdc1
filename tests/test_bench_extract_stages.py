"""benchmarks/bench_extract.py's split of the extract command into its steps
(``--command-stages``): it runs the command's own steps over a corpus file, so
it must keep working as they change (reading, cleaning, extracting, the JSON
line), and its figures must add up to the command's work."""

from __future__ import annotations

import gc
import importlib.util
import json
import pathlib
import sys

from datasette_claims import loader
from datasette_claims.articles import article_from_document

_SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "bench_extract.py"
if str(_SCRIPT.parent) not in sys.path:
    sys.path.append(str(_SCRIPT.parent))  # (its helper module shared_data, as when run as a script)
_spec = importlib.util.spec_from_file_location("bench_extract", _SCRIPT)
bench_extract = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_extract)

RECORDS = [
    {"id": "inv-1", "title": "Harbour plans", "text": "Harbour plans\n\nThe harbour commissioner, Marta Quellan, "
     "said the new ferry terminal would open in June. \"We have kept every promise,\" said Tobias Fenwright."},
    {"id": "inv-2", "title": "Bridge repairs", "text": "Bridge repairs\n\nIlse Varnow, the regional health "
     "minister, said that the bridge repairs had cost twice what was promised."},
]


def test_stages_cover_every_step(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    assert gc.isenabled()
    stages = bench_extract.command_stages(str(corpus))
    assert gc.isenabled()  # (paused for the steps only, as the command does)
    assert stages._fields == ("import_command", "import_datasette", "import_extractor", "read", "repair", "clean",
                              "screen", "extract", "line", "claims")
    assert all(cpu >= 0 for cpu in stages[:-1])
    # every article went through the extractor, as the command's own path takes it
    expected = sum(len(loader.claims_for(article_from_document(d))) for d in loader.iter_documents([str(corpus)], {}))
    assert expected > 0
    assert stages.claims == expected


def test_stages_line_reaches_the_main_entry(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    bench_extract.main(["--stages-of", str(corpus)])
    printed = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert set(printed) == set(bench_extract.Stages._fields)


def test_command_runs_from_a_compiled_copy(tmp_path):
    """The command is timed as an installed package runs: from bytecode, not
    compiling the package's source at each start (``command_env``)."""
    import os
    import subprocess

    checkout = _SCRIPT.parent.parent / "datasette_claims"
    before = sorted(p.name for p in checkout.rglob("*.pyc"))
    env = bench_extract.command_env(str(tmp_path))
    assert sorted(p.name for p in checkout.rglob("*.pyc")) == before  # the checkout left as it is
    where = subprocess.run(
        [sys.executable, "-c", "import importlib.util, os, datasette_claims.extract as m; "
         "print(m.__file__); print(os.path.exists(importlib.util.cache_from_source(m.__file__)))"],
        env=env, check=True, capture_output=True, text=True, cwd=tmp_path).stdout.split("\n")
    assert where[0].startswith(str(tmp_path)) and where[1] == "True"
    assert env["BENCH_EXTRACT_ROOT"] == env["PYTHONPATH"].split(os.pathsep)[0]
    # from source: the checkout itself, nothing compiled
    assert bench_extract.command_env(None)["PYTHONPATH"].split(os.pathsep)[0] == str(checkout.parent)


def test_warm_up_writes_the_compiled_patterns_before_the_timed_runs(tmp_path, capsys, monkeypatch):
    """The timed runs find the patterns compiled (``warm_regex_cache``), as every
    run after an installation's first does."""
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", str(tmp_path / "kept"))
    env = bench_extract.command_env(str(tmp_path))
    bench_extract.warm_regex_cache(env, str(tmp_path))
    (kept,) = (tmp_path / "kept").iterdir()
    assert capsys.readouterr().out.strip() == f"compiled patterns kept in: {kept}"
    monkeypatch.setenv("DATASETTE_CLAIMS_REGEX_CACHE", "off")
    bench_extract.warm_regex_cache(bench_extract.command_env(None), str(tmp_path))
    assert capsys.readouterr().out.strip() == "compiled patterns kept in: off"
