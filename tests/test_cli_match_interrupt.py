"""Ctrl-C during ``datasette claims match`` (after ``load --no-match``, the
long step of a bulk load) printed click's bare "Aborted!" and exited 1,
where ``load`` says what it kept and exits 130.  A real process, a real
SQLite file, invented articles (the chaos walkthrough's dump).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_chaos_interrupt import write_dump

ROOT = Path(__file__).resolve().parent.parent


def command(*args: str) -> list[str]:
    # a command started from a script ignores SIGINT unless told otherwise: give it the default back
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from datasette.cli import cli; sys.argv = ['datasette'] + sys.argv[1:]; cli()")
    return [sys.executable, "-c", code, "claims", *args]


def environment() -> dict:
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


def test_ctrl_c_during_match_says_what_is_kept(tmp_path):
    dump, db = tmp_path / "dump.jsonl", tmp_path / "claims.db"
    write_dump(dump, 400)
    loaded = subprocess.run(command("load", str(db), str(dump), "--no-match", "--jobs", "1", "-q"),
                            capture_output=True, text=True, env=environment(), timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    proc = subprocess.Popen(command("match", str(db)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=environment())
    shm = Path(str(db) + "-shm")
    deadline = time.monotonic() + 60
    while not shm.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the database is open: the command is past its imports
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        import pytest

        pytest.skip("matching finished before it could be stopped")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "Aborted!" not in err
    assert err.strip().splitlines()[-1].startswith("error: interrupted: what was written before is kept")
    again = subprocess.run(command("match", str(db)), capture_output=True, text=True, env=environment(),
                           timeout=600)
    assert again.returncode == 0, again.stderr
