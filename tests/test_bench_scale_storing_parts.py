"""benchmarks/bench_scale.py splits storing's CPU into its parts: a one-worker
load's writer thread, its step after the last batch, the reading thread beyond
extraction alone, and the kernel's time (which an instruction count misses).

A real one-worker load of invented articles in a child process, as the
benchmark runs its phases; the parts add up to storing's share."""

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

TEXTS = [
    "The harbour commissioner, Marta Quellan, said the new ferry terminal would open in June. "
    '"We have kept every promise," said Tobias Fenwright, a spokesman for the rail union.',
    "Ilse Varnow, the regional health minister, said that the bridge repairs had cost twice what was "
    "promised. According to Dario Pellucci, nobody was consulted about the tram timetable.",
]


def _phase(tmp_path, phase: str) -> dict:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"inv-{n}", "headline": f"Invented {n}", "text": text}) + "\n"
                           for n, text in enumerate(TEXTS)), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(_SCRIPT.parent.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", bench_scale.CHILD, phase, "1", str(src), str(tmp_path / "l.db")],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_load_phase_reports_its_writer_thread_its_after_step_and_its_kernel_time(tmp_path):
    load = _phase(tmp_path, "load")
    assert load["articles"] == 2
    assert 0 < load["after_load_cpu_s"] <= load["main_thread_cpu_s"] <= load["main_cpu_s"] + 1e-6
    assert 0 <= load["main_sys_s"] <= load["main_cpu_s"]
    extract = _phase(tmp_path, "extract")
    assert extract["after_load_cpu_s"] == 0  # nothing written, no step after it


def test_the_parts_add_up_to_storing():
    load = {"main_cpu_s": 6.5, "main_thread_cpu_s": 1.1, "after_load_cpu_s": 0.3, "main_sys_s": 0.3}
    extract = {"main_cpu_s": 5.0, "main_sys_s": 0.05}
    parts = bench_scale.storing_parts(load, extract)
    writer, step, reading, system = parts.values()  # in the order the benchmark prints them
    assert "writer's thread" in list(parts)[0] and "system" in list(parts)[3]
    assert (writer, step) == (pytest.approx(0.8 / 5.0), pytest.approx(0.3 / 5.0))
    assert writer + step + reading == pytest.approx(6.5 / 5.0 - 1)
    assert system == pytest.approx(0.25 / 5.0)


def test_a_load_in_one_thread_splits_storing_by_what_it_did_beyond_extraction():
    load = {"main_cpu_s": 6.2, "main_thread_cpu_s": 6.2, "after_load_cpu_s": 0.3, "main_sys_s": 0.2,
            "reader_cpu_s": 0.0}
    extract = {"main_cpu_s": 5.0, "main_sys_s": 0.05}
    parts = bench_scale.storing_parts(load, extract)
    rows, step, system = parts.values()
    assert "extraction's own thread" in list(parts)[0] and "system" in list(parts)[2]
    assert rows == pytest.approx(5.9 / 5.0 - 1) and step == pytest.approx(0.3 / 5.0)
    assert rows + step == pytest.approx(6.2 / 5.0 - 1)  # storing, all of it
    assert system == pytest.approx(0.15 / 5.0)
