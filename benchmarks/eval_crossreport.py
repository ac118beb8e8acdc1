"""Cross-report matching on real coverage: the crossreport dev set, scored.

    python benchmarks/eval_crossreport.py [--shared ../shared] [--set crossreport_dev]
                                          [--db PATH] [--json OUT]

Runs the product's own path -- ``datasette claims load`` of the set's
``articles.jsonl`` into a fresh database, then ``datasette claims match``
(which finds nothing left to match after a load that matched) -- and scores
the database with the set's own ``score_crossreport.py`` (mentions found,
link recall and precision, negatives linked, drift flagged).  Nothing is
post-processed: the figures are what a user's database holds.

The database is written to ``--db`` (default: a temporary file, removed
afterwards); an existing file there is replaced.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile


def run(cmd: list[str], env: dict) -> None:
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--set", dest="set_name", default="crossreport_dev", help="folder under SHARED/eval")
    ap.add_argument("--db", help="where to write the database (default: a temporary file)")
    ap.add_argument("--json", dest="json_out", help="also write the scorer's figures as JSON")
    a = ap.parse_args(argv)
    set_dir = os.path.join(a.shared, "eval", a.set_name)
    articles = os.path.join(set_dir, "articles.jsonl")
    scorer = os.path.join(set_dir, "score_crossreport.py")
    for path in (articles, scorer):
        if not os.path.exists(path):
            print(f"error: {path} not found (is --shared right?)", file=sys.stderr)
            return 2
    env = dict(os.environ)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    tmp = None
    db = a.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="eval-crossreport-")
        db = os.path.join(tmp, "crossreport.db")
    elif os.path.exists(db):
        os.remove(db)
    try:
        datasette = [sys.executable, "-m", "datasette"]
        run([*datasette, "claims", "load", "-q", db, articles], env)
        run([*datasette, "claims", "match", db], env)
        score = [sys.executable, scorer, db, "--set", set_dir]
        if a.json_out:
            score += ["--json", a.json_out]
        run(score, env)
    except subprocess.CalledProcessError as e:
        print(f"error: {' '.join(e.cmd)} exited with {e.returncode}", file=sys.stderr)
        return 1
    finally:
        if tmp:
            for name in os.listdir(tmp):
                os.remove(os.path.join(tmp, name))
            os.rmdir(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
