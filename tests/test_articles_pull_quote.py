"""A pull quote (a line of the story a page sets again in large type, once or twice, perhaps
after a "PULL QUOTE:" label) counts once, as the story's own line: no second claim, no
speaker named "PULL QUOTE".  Through the real `claims extract` command; invented texts."""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli

STORY = """Judge rules harbour board broke tendering law

SKERROW, March 5, 2026 - A district judge ruled on Thursday that the Skerrow harbour board broke the tendering law.

"The board treated a public contract as a private favour," Judge Ortwin Hale wrote in a 40-page ruling.

{pull}

The board's chief executive, Petra Lindqvist, said the board would appeal.

{pull}

The contract ran until 2029, according to court documents.
"""


def extract(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _favour_claims(record):
    return [(c["speaker"], c["content"]["text"]) for c in record["claims"] if "private favour" in c["content"]["text"]]


def test_a_pull_quote_repeated_twice_gives_no_second_claim(tmp_path):
    for pull in ('PULL QUOTE: "The board treated a public contract as a private favour."',
                 '\u201cThe board treated a public contract as a private favour.\u201d'):
        record = extract(tmp_path, STORY.format(pull=pull))
        assert _favour_claims(record) == [("Ortwin Hale", "The board treated a public contract as a private favour")]
        assert not any("QUOTE" in (c["speaker"] or "") for c in record["claims"])
        assert [c["speaker"] for c in record["claims"]].count("Petra Lindqvist") == 1


def test_a_quotation_the_story_has_not_given_is_kept(tmp_path):
    # a paragraph of only a quotation, new words: a claim as before
    pull = '"We will keep every berth open through the winter, whatever the ruling."'
    record = extract(tmp_path, STORY.format(pull=pull))
    assert any(c["content"]["text"].startswith("We will keep every berth open") for c in record["claims"])
