"""The main job: `datasette claims demo` builds the database and serves it."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_builds_and_serves(tmp_path):
    db_path = tmp_path / "claims-demo.db"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "claims", "demo", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/claims-demo/articles.json?_shape=array&_size=50"
        deadline = time.time() + 90
        rows = None
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.load(response)
                    break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stdout.read().decode())
                time.sleep(0.5)
        assert rows is not None, "the demo server did not answer"
        assert len(rows) == 24
        assert {r["outlet"] for r in rows} == {"Wikinews", "American Presidency Project"}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/claims-demo/claims", timeout=10) as response:
            page = response.read().decode()
        assert "Who said what" in page  # the table description from the demo metadata
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
