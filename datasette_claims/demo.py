"""The bundled demo: 24 freely licensed reports and transcripts, six events.

``datasette claims demo`` builds a database from them and serves it, so a
new user sees claims matched across outlets within a minute of installing.
The corpus, its manifest and its licence notes live in ``demo_corpus/``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from . import loader
from .metadata import build_metadata
from .models import Document, document_kind

CORPUS = Path(__file__).parent / "demo_corpus"

# Statements the demo's reports repeat, and how matching must treat them:
# (label, words the claim contains, "linked" or "drift").  The demo is
# built to show these; tests and benchmarks/demo_stories.py check them.
RECURRING_QUOTES = [
    ("Ban Ki-moon's statement", "strongly supports the statement of the chairman", "linked"),
    ("Mugabe: winning convincingly", "winning convincingly", "linked"),
    ("Saakashvili's decree", "signed a decree on a state of war", "linked"),
    ("Bush SOTU: the surge / no doubt", "some may deny the surge is working", "linked"),
    ("Bush SOTU: al-Qaeda on the run", "is on the run in iraq", "linked"),
    ("Bush SOTU: compete/cooperate for results", "for votes and c", "drift"),
    ("Obama SOTU: war is ending", "this war is ending", "linked"),
    ("Obama SOTU: earmark requests", "publish all earmark requests", "linked"),
]


def manifest() -> list[dict]:
    with open(CORPUS / "manifest.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def documents() -> list[Document]:
    """The demo files as Documents, with the manifest's metadata.

    The same fields a manifest gives any folder (manifest.py): the demo
    folder loaded again by hand is the same articles, unchanged."""
    docs = []
    for entry in manifest():
        path = CORPUS / entry["file"]
        docs.append(
            Document(
                text=path.read_text(encoding="utf-8"),
                path=str(path.relative_to(CORPUS.parent)),
                url=entry["source_url"],
                outlet=entry["outlet"],
                headline=entry["title"],
                published=entry["date"],
                kind=document_kind(entry.get("kind")),
                speaker=entry.get("speaker"),
            )
        )
    return docs


def build(db_path: str) -> loader.LoadReport:
    """Load (or refresh) the demo database; reloading changes nothing."""
    return loader.load_documents(db_path, documents())


def port_taken(host: str, port: int) -> bool:
    """Whether another server already listens on ``host:port`` (the demo's server would
    fail to start there, after the build, with an error that names no way out)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except socket.gaierror:
            return False  # an unknown host: the server says so itself
        except OSError:
            return True
    return False


def serving_message(db_path: str, host: str, port: int) -> str:
    """Where the demo is served, and where its claims pages are (Datasette's home page
    lists tables; the plugin's pages are under ``/<db>/-/claims``)."""
    name = os.path.splitext(os.path.basename(db_path))[0]
    base = f"http://{host}:{port}"
    return f"Serving {db_path} at {base}/ : the claims pages are at {base}/{name}/-/claims (Ctrl-C stops)"


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the database with the demo metadata, as ``datasette`` would.

    The metadata file goes to a temporary folder (not the working folder),
    and the ``datasette serve`` child stops with the demo: on Ctrl-C, on
    SIGTERM or SIGHUP, and (on Linux) even when the demo is killed outright.
    """
    name = os.path.splitext(os.path.basename(db_path))[0]
    with tempfile.TemporaryDirectory(prefix="claims-demo-") as folder:
        meta_path = os.path.join(folder, f"{name}-metadata.json")
        with open(meta_path, "w", encoding="utf-8") as f:
            json.dump(build_metadata([name]), f, indent=2)
        cmd = [sys.executable, "-m", "datasette", "serve", db_path, "-m", meta_path, "-h", host, "-p", str(port)]
        print(serving_message(db_path, host, port), file=sys.stderr)
        child = subprocess.Popen(cmd, preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
        try:
            child.wait()
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            _end(child)


def _stop(signum, frame):
    raise SystemExit(128 + signum)


def _end(child: subprocess.Popen) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _die_with_parent() -> None:
    """In the child: ask Linux to send SIGTERM when the parent dies (PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
