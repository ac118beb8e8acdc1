"""A Markdown article's claims, headline and text without its inline marks.

A ``.md`` file's ``**bold**``, ``_italic_`` and ``[link](address)`` marks were
part of the claims (a claim "We will **not** raise the toll" did not read as
its plain copy in another outlet, and ClaimReview quoted the asterisks).  Loaded
and extracted through the real CLI; a ``.txt`` file keeps its text as given."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

from conftest import load_with_cli
from datasette_claims.readers.markdown import plain_text

PAGE = (
    "# Toll vote delayed after **heated** meeting\n\n"
    "The council of Brennvik put off its vote on the bridge toll on Tuesday.\n\n"
    '"We will **not** raise the toll this year," said Mayor Oda Vrist, adding that the _current rate_ '
    'was "fair to every driver".\n\n'
    "Engineer Pal Strom said the [inspection report](https://example.org/report_2026) showed "
    "the deck would need new cables within three years.\n"
)


def _rows(db_path: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def test_markdown_marks_left_out_of_claims_and_headline(tmp_path):
    page = tmp_path / "toll.md"
    page.write_text(PAGE)
    db_path = load_with_cli(str(tmp_path / "claims.db"), page)
    claims = [r[0] for r in _rows(db_path, "select content from claims order by start")]
    assert "We will not raise the toll this year" in claims
    assert any(c.startswith("the inspection report showed the deck") for c in claims), claims
    assert not any(mark in c for c in claims for mark in ("**", "_current", "](", "https://")), claims
    [(headline, text)] = _rows(db_path, "select headline, text from articles")
    assert headline == "Toll vote delayed after heated meeting"
    assert "[inspection report]" not in text and "**" not in text
    # every claim's offsets index the stored text
    for content, start, end in _rows(db_path, "select content, start, end from claims"):
        assert text[start:end] == content


def test_text_file_keeps_its_marks(tmp_path):
    page = tmp_path / "toll.txt"
    page.write_text(PAGE)
    db_path = load_with_cli(str(tmp_path / "claims.db"), page)
    assert "**heated**" in _rows(db_path, "select text from articles")[0][0]


def test_extract_reads_markdown_as_load_does(tmp_path):
    page = tmp_path / "toll.md"
    page.write_text(PAGE)
    result = CliRunner().invoke(cli, ["claims", "extract", str(page)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert "**" not in record["text"]
    assert "We will not raise the toll this year" in [c["content"]["text"] for c in record["claims"]]


@pytest.mark.parametrize("written, read", [
    ("We will **not** go", "We will not go"),
    ("a __strong__ word and ~~struck~~ one", "a strong word and struck one"),
    ("the *new* rate and the _old_ one", "the new rate and the old one"),
    ("**_both_** marks", "both marks"),
    ("see [the report][1] now\n[1]: https://example.org/r", "see the report now\n"),
    ("![a chart](chart.png)\nText", "\nText"),
    ("<https://example.org/a>", "https://example.org/a"),
    ("> \"A quote,\" she said.", "\"A quote,\" she said."),
    ("run `make all` first", "run make all first"),
    (r"a \*literal\* star", "a *literal* star"),
    # what Markdown itself reads as no mark stays
    ("snake_case_name and file_2 stay", "snake_case_name and file_2 stay"),
    ("5 * 3 * 2 = 30", "5 * 3 * 2 = 30"),
    ("* a bullet item\n- another", "* a bullet item\n- another"),
    ("## A heading ##", "## A heading ##"),
    ("price_ and _cost", "price_ and _cost"),
])
def test_plain_text(written, read):
    assert plain_text(written) == read


def _load(db_path, path):
    result = CliRunner().invoke(cli, ["claims", "load", db_path, str(path), "--no-match"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("stored_as", ["written", "read"])
def test_a_markdown_file_loaded_again_is_the_same_article(tmp_path, stored_as):
    # a database made before Markdown's marks were read held the file's text as written
    # (as a .txt file of it is still read); one made since, the text without its marks:
    # loading the .md file now updates that article, and its verdict follows its claim
    first = tmp_path / "before" / "toll.txt"
    first.parent.mkdir()
    first.write_text(PAGE if stored_as == "written" else plain_text(PAGE))
    db_path = str(tmp_path / "claims.db")
    _load(db_path, first)
    [(article_id,)] = _rows(db_path, "select id from articles")
    with sqlite3.connect(db_path) as conn:
        claim_id = conn.execute("select id from claims where content like 'We will%'").fetchone()[0]
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) "
                     "values (?, 'false', 'ines', '2026-03-01T10:00:00')", [claim_id])
    page = tmp_path / "toll.md"
    page.write_text(PAGE)
    out = _load(db_path, page)
    assert "0 new" in out, out
    assert _rows(db_path, "select id from articles") == [(article_id,)]
    [(text,)] = _rows(db_path, "select text from articles")
    assert "**" not in text
    [(content,)] = _rows(db_path, "select c.content from verdicts v join claims c on c.id = v.claim_id")
    assert content == "We will not raise the toll this year"
    # and again: unchanged
    assert "1 unchanged" in _load(db_path, page)
