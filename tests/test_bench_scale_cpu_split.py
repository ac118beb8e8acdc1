"""benchmarks/bench_scale.py splits each phase's CPU by process and thread: the
main thread, the reading thread, the workers' feeder and the workers, so that
the extra CPU of two workers over one can be read part by part; and its bound
on idle cores can count the load's step after its batches as run alone.

A real two-worker load of invented articles in a child process, as the
benchmark runs its phases (enough of them to start the workers)."""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import subprocess
import sys

import pytest

_SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "bench_scale.py"
_spec = importlib.util.spec_from_file_location("bench_scale", _SCRIPT)
bench_scale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_scale)

NAMES = ["Marta Quellan", "Tobias Fenwright", "Ilse Varnow", "Dario Pellucci", "Anouk Brisle", "Pavel Ostrinek"]


def _text(n: int) -> str:
    a, b = NAMES[n % len(NAMES)], NAMES[(n + 1) % len(NAMES)]
    return (f"{a}, the harbour commissioner, said the ferry terminal number {n} would open in June. "
            f'"We have kept every promise," said {b}, a spokesman for the rail union.')


def _phase(tmp_path, phase: str, jobs: int) -> dict:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"inv-{n}", "headline": f"Invented {n}", "text": _text(n)}) + "\n"
                           for n in range(24)), encoding="utf-8")
    db = tmp_path / f"{phase}-{jobs}.db"
    env = dict(os.environ, PYTHONPATH=str(_SCRIPT.parent.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", bench_scale.CHILD, phase, str(jobs), str(src), str(db)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_two_worker_load_reports_its_feeder_its_reading_thread_and_its_workers(tmp_path):
    many = _phase(tmp_path, "load", 2)
    assert many["articles"] == 24
    assert many["workers_cpu_s"] > 0 and many["feeder_cpu_s"] > 0 and many["reader_cpu_s"] > 0
    split = bench_scale.cpu_split(many)
    assert split["total"] == pytest.approx(many["main_cpu_s"] + many["workers_cpu_s"])
    assert sum(v for k, v in split.items() if k != "total") == pytest.approx(split["total"], abs=1e-6)
    one = _phase(tmp_path, "load", 1)
    assert one["feeder_cpu_s"] == 0 and one["workers_cpu_s"] < many["workers_cpu_s"]  # no workers, no feeder
    # the one-worker load extracts in its writer's own thread, between its batches (no reading thread)
    assert one["reader_cpu_s"] == 0 and one["main_thread_cpu_s"] > 0


def test_the_step_after_the_batches_run_alone_lowers_the_bound():
    one = {"main_cpu_s": 8.0}
    many = {"main_cpu_s": 1.4, "workers_cpu_s": 7.6, "after_load_cpu_s": 0.4}
    results = {"load, 1 worker": one, "load, 2 workers": many}
    assert bench_scale.cpu_bound(results, "load", 2) == pytest.approx(8.0 / 4.5)
    assert bench_scale.cpu_bound_serial_end(results, "load", 2) == pytest.approx(8.0 / (8.6 / 2 + 0.4))
    assert bench_scale.cpu_bound_serial_end({**results, "load, 2 workers": {**many, "after_load_cpu_s": 0.0}},
                                            "load", 2) == pytest.approx(bench_scale.cpu_bound(results, "load", 2))
