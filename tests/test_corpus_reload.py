"""Reloading a researcher's corpus: the counts say what changed, nothing else.

A dump loaded from its file and piped in again on standard input is the
same articles: "unchanged", no claims written again, the stored file name
kept.  Records are invented; loads go through the real CLI into real SQLite.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

SPEAKERS = ["Ada Perrin", "Bo Lundqvist", "Cy Marsh", "Di Kerrigan", "Ed Vance", "Flo Ruddock",
            "Gus Pike", "Hal Dorsey", "Ivy Stone", "Jo Brant"]
TOPICS = ["the tram line", "the swimming pool", "the bus depot", "the night market", "the cycle bridge",
          "the harbour wall", "the town archive", "the tennis courts", "the fire station", "the ferry slip"]


def records() -> list[dict]:
    return [
        {"url": f"https://paper{i}.example/story-{i}", "title": f"Story {i}", "publishedAt": f"2026-05-0{i % 9 + 1}",
         "content": f"{name}, a councillor, said on Monday that {topic} would reopen in {i + 2} weeks."}
        for i, (name, topic) in enumerate(zip(SPEAKERS, TOPICS))
    ]


def load(db_path, *args, stdin=None):
    return CliRunner().invoke(cli, ["claims", "load", str(db_path), *args, "--no-match"], input=stdin)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_dump_piped_in_after_its_file_is_unchanged(tmp_path, jobs):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    db_path = tmp_path / "corpus.db"
    first = load(db_path, str(dump), "--jobs", jobs)
    assert first.exit_code == 0, first.output
    assert "10 new" in first.output
    stamps = list(sqlite_utils.Database(db_path).query("select id, loaded_at, source_path from articles"))
    again = load(db_path, "-", "--jobs", jobs, stdin=dump.read_text(encoding="utf-8"))
    assert again.exit_code == 0, again.output
    assert "(0 new, 0 updated, 10 unchanged), 0 claims written (unchanged articles keep theirs)" in again.output
    # not a timestamp moved, and the stored file name is kept
    assert list(sqlite_utils.Database(db_path).query("select id, loaded_at, source_path from articles")) == stamps
    assert stamps[0]["source_path"].startswith(str(dump))


def test_a_changed_article_on_standard_input_is_updated(tmp_path):
    dump = tmp_path / "dump.jsonl"
    rows = records()[:2]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db_path = tmp_path / "corpus.db"
    assert load(db_path, str(dump)).exit_code == 0
    rows[1]["content"] = rows[1]["content"].replace("reopen", "close")
    again = load(db_path, "-", stdin="".join(json.dumps(r) + "\n" for r in rows))
    assert "(0 new, 1 updated, 1 unchanged), 1 claim written" in again.output, again.output
    db = sqlite_utils.Database(db_path)
    assert any("would close" in r["content"] for r in db.query("select content from claims"))


def test_the_same_dump_under_another_name_or_spelling_is_unchanged(tmp_path, monkeypatch):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    db_path = tmp_path / "corpus.db"
    assert load(db_path, str(dump)).exit_code == 0
    stamps = list(sqlite_utils.Database(db_path).query("select id, loaded_at, source_path from articles"))
    renamed = tmp_path / "copy of dump.jsonl"
    renamed.write_bytes(dump.read_bytes())
    again = load(db_path, str(renamed))
    assert "(0 new, 0 updated, 10 unchanged), 0 claims written" in again.output, again.output
    monkeypatch.chdir(tmp_path)
    spelled = load(db_path, "./dump.jsonl")
    assert "(0 new, 0 updated, 10 unchanged), 0 claims written" in spelled.output, spelled.output
    assert list(sqlite_utils.Database(db_path).query("select id, loaded_at, source_path from articles")) == stamps
