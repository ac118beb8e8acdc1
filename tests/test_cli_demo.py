"""Stopping `datasette claims demo` stops its server too, and the demo leaves no file in the working folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2):
            return True
    except OSError:
        return False


def children(pid: int) -> list[int]:
    path = f"/proc/{pid}/task/{pid}/children"
    try:
        with open(path) as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _as_from_a_terminal() -> None:
    """Ctrl-C's default action, as in a terminal: a test run started in the
    background by a shell without job control inherits SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_stopping_the_demo_stops_its_server(tmp_path, sig):
    work, log = tmp_path / "work", tmp_path / "demo.log"
    work.mkdir()
    port = free_port()
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "datasette", "claims", "demo", "--db", "demo.db", "--port", str(port)],
            cwd=work, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
            preexec_fn=_as_from_a_terminal,
        )
    try:
        deadline = time.time() + 180
        while time.time() < deadline and not answers(port):
            # (what it printed, should it stop: a port taken between free_port and the bind, say)
            assert proc.poll() is None, f"the demo exited early: {log.read_text(errors='replace')[-2000:]}"
            time.sleep(0.5)
        assert answers(port), "the demo server did not answer"
        server = children(proc.pid)
        assert server, "the demo runs datasette serve as a child"
        # the signal goes to the demo process alone, as `kill PID` sends it
        proc.send_signal(sig)
        proc.wait(timeout=60)
        deadline = time.time() + 30
        while time.time() < deadline and (answers(port) or any(os.path.exists(f"/proc/{p}") for p in server)):
            time.sleep(0.2)
        assert not answers(port), "the server still answers"
        for p in server:
            assert not os.path.exists(f"/proc/{p}") or open(f"/proc/{p}/stat").read().split()[2] == "Z"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=30)
    assert sorted(os.listdir(work)) == sorted(n for n in os.listdir(work) if n.startswith("demo.db"))
    assert not (work / "demo-metadata.json").exists()
