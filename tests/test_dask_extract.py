"""The distributed path: ``claims extract`` on a local Dask cluster gives the
same output as the command, and ``claims load`` stores it without extracting.
Skipped when the optional ``distributed`` extra is not installed."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

distributed = pytest.importorskip("distributed")

SAYINGS = [
    '"The ferry will run all winter," said Marta Quellan, the harbour commissioner.',
    "Tobias Fenwright, a spokesman for the rail union, said that the night trains had been cut.",
    "According to Ilse Varnow, the clinic will open on Monday.",
    "Officials who asked not to be named said the bridge repairs were late.",
]


def test_local_cluster_extract_then_load(tmp_path):
    from datasette_claims.dask_extract import extract_to_folder

    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{n}", "title": f"Harbour story {n}",
                         "text": f"PORT ABERNAY - Day {n}.\n\n" + " ".join(SAYINGS[n % 4:] + SAYINGS[:n % 4])})
             for n in range(30)]
    # a saved API response on one line gives its records, as the command reads it
    wrapped = json.dumps({"status": "ok", "articles": [
        {"id": f"w{n}", "title": f"Ferry story {n}", "text": f"PORT ABERNAY - Ferry {n}.\n\n" + " ".join(SAYINGS)}
        for n in range(2)]})
    src.write_text("\n".join(lines[:20] + ["{broken", wrapped] + lines[20:]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        report = extract_to_folder([str(src)], str(out), blocksize=2000)
    assert report.articles == 32
    assert len(report.errors) == 1 and "invalid JSON" in report.errors[0]
    parts = sorted(out.iterdir())
    assert len(parts) > 1  # more than one partition, read back in order
    produced = "".join(p.read_text(encoding="utf-8") for p in parts)
    command = CliRunner().invoke(cli, ["claims", "extract", str(src), "--jobs", "1"])
    assert [json.loads(x) for x in produced.splitlines()] == [json.loads(x) for x in command.stdout.splitlines()]

    db = tmp_path / "c.db"
    loaded = CliRunner().invoke(cli, ["claims", "load", str(db), str(out), "--no-match"])
    assert loaded.exit_code == 0, loaded.output
    conn = sqlite3.connect(db)
    stored = [r[0] for r in conn.execute("select id from claims order by rowid")]
    assert stored == [c["id"] for x in command.stdout.splitlines() for c in json.loads(x)["claims"]]
