"""The progress bar of a load on a terminal stopped at 62% for a folder whose
notes, PDF and table were skipped with a warning (a skipped file counts no
step), so a finished load looked stopped part-way.  A real process on a
pseudo-terminal, invented articles.
"""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STORY = ("Pier repairs to start in June\n"
         "WESTHOLM - Harbour engineer Oskar Brandt said on Monday that the pier repairs would start in June.\n")


def test_the_bar_of_a_finished_load_reaches_100_percent(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pier.txt").write_text(STORY, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "README.md").write_text("Notes for the desk\n", encoding="utf-8")
    (folder / "coding.csv").write_text("a,b\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    main, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "claims", "load", str(tmp_path / "c.db"),
                             str(folder), "--jobs", "1"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=terminal, env=env, cwd=ROOT)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the process closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert proc.wait(timeout=120) == 0
    shown = [int(p) for p in re.findall(rb"Loading\s+\[[#-]*\]\s+(\d+)%", seen)]
    assert shown and shown[-1] == 100, seen.decode(errors="replace")
