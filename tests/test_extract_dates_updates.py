"""A relative day ("on Friday", "yesterday") in a paragraph that carries its own date -- an update's
"UPDATE, March 16, 2026:", a correction's "Correction (16 March 2026):", a live blog entry's
"14:02 GMT, March 14, 2026" heading -- is counted from that paragraph's day, not from the article's
published day (which the update follows by days).  Through the real `claims extract` command; invented
texts and names."""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli


def extract(tmp_path, text, published="2026-03-12"):
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": "s1", "published": published, "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.splitlines()[0])["claims"]


def said_on(claims, words):
    found = [c["said_on"] for c in claims if words in c["content"]["text"]]
    assert found, [(c["speaker"], c["content"]["text"]) for c in claims]
    return found[0]


UPDATED = """Port Halden ferry strike talks stall

The Port Halden ferry union said on Tuesday that the strike would go on.

{label} The harbour minister, Jo Roe, said on Friday that talks would resume next week.

Mara Lind, the union's chair, said yesterday that no offer had been made.
"""


def test_an_updates_friday_is_the_friday_before_the_update(tmp_path):
    # published Thursday 12 March; the update is dated Monday 16 March
    claims = extract(tmp_path, UPDATED.format(label="UPDATE, March 16, 2026:"))
    assert said_on(claims, "talks would resume") == "2026-03-13"
    # the story's own paragraphs still count from the published day
    assert said_on(claims, "strike would go on") == "2026-03-10"
    assert said_on(claims, "no offer had been made") == "2026-03-11"


def test_other_labels_and_day_first_dates(tmp_path):
    for label in ("Update (16 March 2026):", "CORRECTION, March 16, 2026:", "Editor's note, March 16, 2026 -",
                  "Updated March 16, 2026 at 9:40 a.m. GMT:", "16:05 GMT, March 16, 2026 -"):
        claims = extract(tmp_path, UPDATED.format(label=label))
        assert said_on(claims, "talks would resume") == "2026-03-13", label


def test_yesterday_in_an_update_is_the_day_before_the_update(tmp_path):
    text = UPDATED.format(label="UPDATE, March 16, 2026: Jo Roe said yesterday that the ferries would sail.")
    claims = extract(tmp_path, text)
    assert said_on(claims, "the ferries would sail") == "2026-03-15"


LIVE = """Live: Port Halden ferry strike

14:02 GMT, March 14, 2026

Jo Roe said on Friday that the ferries would sail again.

The union said in a statement that it had not been asked.

09:15 GMT, March 17, 2026

Mara Lind said on Monday that the strike was over.
"""


def test_a_live_blogs_entries_count_from_their_headings(tmp_path):
    claims = extract(tmp_path, LIVE, published="2026-03-14")
    assert said_on(claims, "ferries would sail again") == "2026-03-13"
    assert said_on(claims, "the strike was over") == "2026-03-16"


def test_a_day_without_a_label_or_a_timeline_paragraph_keeps_the_published_day(tmp_path):
    # a day before a dash opens a story's dateline, the article's own day
    text = ("Ferry strike\n\nMarch 20, 2026 - Jo Roe said on Friday that the ferries would sail.\n\n"
            "The talks went on.\n")
    claims = extract(tmp_path, text)
    assert said_on(claims, "the ferries would sail") == "2026-03-06"
    # a timeline's entries run together: no one day for the paragraph
    text = ("Ferry strike\n\nMarch 2, 2026: The union voted.  March 16, 2026: Jo Roe said on Friday that the "
            "ferries would sail.\n")
    claims = extract(tmp_path, text)
    assert said_on(claims, "the ferries would sail") == "2026-03-06"


def test_a_pages_own_updated_line_at_the_top_dates_no_paragraph(tmp_path):
    text = ("Ferry strike\n\nUpdated March 16, 2026\n\nJo Roe said on Friday that the ferries would sail.\n\n"
            "The talks went on.\n")
    claims = extract(tmp_path, text)
    assert said_on(claims, "the ferries would sail") == "2026-03-06"


def test_a_pages_updated_line_and_an_update_heading_below(tmp_path):
    # the page's own "Updated" line over the lead is no section's heading, even with an update's heading below
    text = ("Ferry strike\n\nUpdated March 16, 2026\n\nJo Roe said on Friday that the ferries would sail.\n\n"
            "The talks went on.\n\nUPDATE, March 16, 2026\n\nMara Lind said on Saturday that the strike was over.\n")
    claims = extract(tmp_path, text)
    assert said_on(claims, "the ferries would sail") == "2026-03-06"
    assert said_on(claims, "the strike was over") == "2026-03-14"
