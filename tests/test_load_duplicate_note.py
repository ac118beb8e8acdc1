"""``claims load`` says which articles it found to duplicate another, not only
how many: "1 duplicate article" left the desk to hunt for the reprint.
Invented reports (wire copy carried word for word by other papers); the real CLI.
"""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from datasette.cli import cli

WIRE = ("Harbour master Ola Brenn said on Monday that the Skerry ferry terminal would stay open all winter. "
        '"We will keep the terminal open twice a week whatever the weather," Brenn said.')


def _record(ident, outlet, published):
    return {"id": ident, "outlet": outlet, "published": published, "text": WIRE}


def _load(db, feed):
    return CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"], catch_exceptions=False)


def test_the_load_names_a_duplicate_and_the_article_it_duplicates(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [_record("wire", "Gull Press Agency", "2031-02-02"), _record("reprint", "Tidewater Times", "2031-02-03")]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    r = _load(tmp_path / "claims.db", feed)
    assert r.exit_code == 0, r.output
    assert "1 duplicate article" in r.output
    note = re.search(r"note: 1 duplicate article \(loaded, each marked as a copy\): (.+)\.$", r.stderr, re.M)
    assert note, r.stderr
    assert re.fullmatch(r"\S*feed\.jsonl:2 duplicates \S*feed\.jsonl:1 \(wire\)", note.group(1)), note.group(1)


def test_past_a_few_the_note_says_how_many_more(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [_record("wire", "Gull Press Agency", "2031-02-02")]
    records += [_record(f"reprint-{n}", f"Paper {n} Times", f"2031-02-0{n + 3}") for n in range(5)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    r = _load(tmp_path / "claims.db", feed)
    assert r.exit_code == 0, r.output
    note = re.search(r"note: (\d+) duplicate articles \(loaded, [^)]*\): (.+)\.$", r.stderr, re.M)
    assert note, r.stderr
    n = int(note.group(1))
    assert n >= 4 and note.group(2).count(" duplicates ") == 3
    assert note.group(2).endswith(f"and {n - 3} more")
