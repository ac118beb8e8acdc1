"""``claims load``'s note on undated articles, followed as written: it said "a manifest.csv
beside the files", but a manifest beside files named on the command line (a news API's JSON lines,
a list of addresses) is not read: the note names ``--manifest`` and the names a manifest keys on,
and following it dates the record.  Invented records; the real CLI.
"""

from __future__ import annotations

import json
import re
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

RECORDS = [
    {"uuid": "wx-1", "title": "Lock gates fail again", "source": {"name": "Fen Courier"},
     "authors": [{"name": "Tam Ode"}], "publishedAt": None,
     "content": "Canal engineer Rhea Molloy said on Tuesday that the lock gates at Fenby had failed twice this month."},
    {"uuid": "wx-2", "title": "Boats wait at Fenby", "source": {"name": "Fen Courier"}, "publishedAt": "2031-03-05",
     "content": "Skipper Joss Aylen said forty boats had waited at Fenby lock since Monday."},
]


def _load(*args):
    return CliRunner().invoke(cli, ["claims", "load", *map(str, args), "-q"], catch_exceptions=False)


def test_the_undated_note_says_how_to_date_a_record_named_on_the_command_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "claims.db"
    first = _load(db, feed)
    assert first.exit_code == 0, first.output
    named = re.search(r"note: 1 article without a date: (\S+)\.", first.stderr).group(1)
    assert named.endswith("feed.jsonl:1")
    assert "--manifest FILE" in first.stderr and "beside the files" not in first.stderr
    # a manifest.csv beside the file is not read (the note no longer says it is) ...
    (tmp_path / "manifest.csv").write_text(f"file,published\n{named},2031-03-04\n", encoding="utf-8")
    assert _load(db, feed).exit_code == 0
    assert _published(db) == (None,)
    # ... given with --manifest, under the name the note printed, it dates the record
    again = _load(db, feed, "--manifest", tmp_path / "manifest.csv")
    assert again.exit_code == 0 and "without a date" not in again.stderr
    assert _published(db) == ("2031-03-04",)


def _published(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select published from articles where headline = 'Lock gates fail again'").fetchone()
