"""Ctrl-C and kill in the middle of a load, then the same load again.

A real ``datasette claims load`` process, a real SQLite file, invented
articles.  Stopped part-way, a load must say what it kept (not click's
bare "Aborted!"), leave no half article, and the next load of the same
input must finish the job: every article once, every claim once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Dunmore", "Glenford", "Portwick", "Millbrook", "Ashby", "Crane Hill"]
THINGS = ["the tram line", "the swimming baths", "the night market", "the old mill", "the ring road"]


def write_dump(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(n):
            place, thing = PLACES[i % len(PLACES)], THINGS[i % len(THINGS)]
            text = (f"{place.upper()} - Councillor Edith Varga said on Monday that {thing} would cost "
                    f"{i + 3} million pounds to repair, item {i}.\n\n"
                    f'"We asked for figure {i} and got it," Varga told the {place} planning committee.')
            f.write(json.dumps({"id": f"n{i}", "outlet": "Shire Echo", "text": text}) + "\n")


def start(db: Path, dump: Path) -> subprocess.Popen:
    # a load started from a script ignores SIGINT unless told otherwise: give it the default back
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from datasette.cli import cli; sys.argv = ['datasette'] + sys.argv[1:]; cli()")
    return subprocess.Popen([sys.executable, "-c", code, "claims", "load", str(db), str(dump), "--no-match",
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        articles, claims = conn.execute("select count(*), coalesce(sum(claim_count), 0) from articles").fetchone()
        stored = conn.execute("select count(*) from claims").fetchone()[0]
    return articles, claims, stored


def stop_part_way(db: Path, dump: Path, sig: int) -> subprocess.CompletedProcess:
    proc = start(db, dump)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait for the first batch to be committed
        time.sleep(0.2)
        try:
            if db.exists() and counts(db)[0] > 0:
                break
        except sqlite3.OperationalError:
            pass  # the schema is still being written
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_stopped_load_loaded_again_loses_and_doubles_nothing(tmp_path, sig):
    dump, db = tmp_path / "dump.jsonl", tmp_path / "c.db"
    write_dump(dump, 3000)
    stopped = stop_part_way(db, dump, sig)
    articles, claims, stored = counts(db)
    assert claims == stored  # no half article: every article has the claims it counts
    if stopped.returncode == 0:
        pytest.skip("the load finished before it could be stopped")
    if sig == signal.SIGINT:
        assert stopped.returncode == 130, stopped.stderr
        assert "Traceback" not in stopped.stderr
        assert stopped.stderr.strip().splitlines()[-1].startswith("error: interrupted: what was written before is kept")
    again = start(db, dump)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{3000 - articles} new, 0 updated, {articles} unchanged" in out
    total, claims, stored = counts(db)
    assert total == 3000 and claims == stored
    with sqlite3.connect(db) as conn:
        twice = conn.execute("select count(*) from (select 1 from claims group by article_id, start, end "
                             "having count(*) > 1)").fetchone()[0]
    assert twice == 0
