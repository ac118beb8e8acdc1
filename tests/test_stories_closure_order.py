"""A story's links are read in the same order whatever the process's hash seed.

``stories.closure`` walked its frontier as a set, so the order of the links it
returned (and the float sums that rank a story's first claim) could differ
between two runs of the same code: the matching fingerprint of the chunked path
moved between runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

SCRIPT = """
import sqlite3, sys
from datasette_claims.matching.stories import closure
conn = sqlite3.connect(sys.argv[1])
seeds = {f"s{i}:0-1" for i in range(1200)}
members, edges = closure(conn, seeds)
print(sorted(members)); print(edges)
"""


def test_closure_is_the_same_under_any_hash_seed(tmp_path):
    path = str(tmp_path / "m.db")
    conn = sqlite3.connect(path)
    conn.execute("create table claim_matches (claim_a text, claim_b text, kind text, score real, method text)")
    # more seeds than one query's chunk of 500, each linked to a claim that links on
    rows = []
    for i in range(1200):
        rows.append((f"s{i}:0-1", f"t{(i * 7) % 1200}:2-3", "same", 0.5 + (i % 97) / 200, "text"))
        rows.append((f"t{i}:2-3", f"u{(i * 13) % 1200}:4-5", "same", 0.6 + (i % 89) / 300, "text"))
    conn.executemany("insert into claim_matches values (?, ?, ?, ?, ?)", rows)
    conn.commit()
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", SCRIPT, path], env=env, capture_output=True, text=True,
                             check=True, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        outputs.add(out.stdout)
    assert len(outputs) == 1
